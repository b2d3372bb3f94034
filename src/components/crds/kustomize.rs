//! Markers of the `kustomize.toolkit.fluxcd.io/v1` Kustomization CRD (kustomize-controller
//! `api/v1`).

use serde_json::json;

use super::markers::{DURATION, Schema, kube_config, status_default};
use super::schema_of;
use crate::kinds::kustomize;

pub(super) fn kustomization() -> Schema {
    let mut s = schema_of::<kustomize::Kustomization>();
    kube_config(&mut s);
    status_default(&mut s);
    s.enumeration(
        ".spec.buildMetadata[]",
        &["originAnnotations", "transformerAnnotations"],
    )
    .enumeration(".spec.decryption.provider", &["sops"])
    .enumeration(
        ".spec.deletionPolicy",
        &["MirrorPrune", "Delete", "WaitForTermination", "Orphan"],
    )
    .default(".spec.force", json!(false))
    .each(
        &[".spec.interval", ".spec.retryInterval", ".spec.timeout"],
        |s, p| {
            s.pattern(p, DURATION);
        },
    )
    .length(".spec.namePrefix", 1, 200)
    .length(".spec.nameSuffix", 1, 200)
    .enumeration(
        ".spec.postBuild.substituteFrom[].kind",
        &["Secret", "ConfigMap"],
    )
    .length(".spec.postBuild.substituteFrom[].name", 1, 253)
    .default(".spec.postBuild.substituteFrom[].optional", json!(false))
    .enumeration(
        ".spec.postBuild.substituteStrategy",
        &["WithVariables", "Always"],
    )
    .enumeration(
        ".spec.sourceRef.kind",
        &[
            "OCIRepository",
            "GitRepository",
            "Bucket",
            "ExternalArtifact",
        ],
    )
    .length(".spec.targetNamespace", 1, 63);
    s
}
