//! Markers of the `source.toolkit.fluxcd.io/v1` CRDs (source-controller `api/v1`).

use serde_json::json;

use super::markers::{DURATION, DURATION_NO_HOURS, Schema};
use super::schema_of;
use crate::kinds::source;

/// `meta.Artifact`: `+kubebuilder:validation:Pattern` on `digest`.
pub(super) const DIGEST: &str = r"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$";

/// What every source status has: `+kubebuilder:default={"observedGeneration":-1}` and the
/// artifact digest pattern.
fn source_status(s: &mut Schema) {
    s.default(".status", json!({"observedGeneration": -1}))
        .pattern(".status.artifact.digest", DIGEST);
}

/// `spec.interval` (required, duration) and `spec.timeout` (`60s` default, no hours).
fn interval_timeout(s: &mut Schema) {
    s.pattern(".spec.interval", DURATION)
        .pattern(".spec.timeout", DURATION_NO_HOURS)
        .default(".spec.timeout", json!("60s"));
}

/// `OCIRepositoryVerification` as HelmChart and OCIRepository use it.
fn verify_provider(s: &mut Schema) {
    s.enumeration(".spec.verify.provider", &["cosign", "notation"])
        .default(".spec.verify.provider", json!("cosign"));
}

/// The cloud providers of Bucket, HelmRepository and OCIRepository (`generic` default).
fn cloud_provider(s: &mut Schema, values: &[&str]) {
    s.enumeration(".spec.provider", values)
        .default(".spec.provider", json!("generic"));
}

pub(super) fn bucket() -> Schema {
    let mut s = schema_of::<source::Bucket>();
    interval_timeout(&mut s);
    cloud_provider(&mut s, &["generic", "aws", "gcp", "azure"]);
    source_status(&mut s);
    s.cel(
        ".spec",
        &[
            (
                "self.provider == 'aws' || self.provider == 'generic' || !has(self.sts)",
                "STS configuration is only supported for the 'aws' and 'generic' Bucket providers",
            ),
            (
                "self.provider != 'aws' || !has(self.sts) || self.sts.provider == 'aws'",
                "'aws' is the only supported STS provider for the 'aws' Bucket provider",
            ),
            (
                "self.provider != 'generic' || !has(self.sts) || self.sts.provider == 'ldap'",
                "'ldap' is the only supported STS provider for the 'generic' Bucket provider",
            ),
            (
                "!has(self.sts) || self.sts.provider != 'aws' || !has(self.sts.secretRef)",
                "spec.sts.secretRef is not required for the 'aws' STS provider",
            ),
            (
                "!has(self.sts) || self.sts.provider != 'aws' || !has(self.sts.certSecretRef)",
                "spec.sts.certSecretRef is not required for the 'aws' STS provider",
            ),
            (
                "self.provider != 'generic' || !has(self.serviceAccountName)",
                "ServiceAccountName is not supported for the 'generic' Bucket provider",
            ),
            (
                "!has(self.secretRef) || !has(self.serviceAccountName)",
                "cannot set both .spec.secretRef and .spec.serviceAccountName",
            ),
        ],
    )
    .pattern(".spec.sts.endpoint", r"^(http|https)://.*$")
    .enumeration(".spec.sts.provider", &["aws", "ldap"]);
    s
}

pub(super) fn external_artifact() -> Schema {
    let mut s = schema_of::<source::ExternalArtifact>();
    s.pattern(".status.artifact.digest", DIGEST);
    s
}

pub(super) fn git_repository() -> Schema {
    let mut s = schema_of::<source::GitRepository>();
    interval_timeout(&mut s);
    source_status(&mut s);
    s.cel(
        ".spec",
        &[(
            "!has(self.serviceAccountName) || (has(self.provider) && (self.provider == 'azure' || self.provider == 'aws'))",
            "serviceAccountName can only be set when provider is 'azure' or 'aws'",
        )],
    )
    .enumeration(".spec.provider", &["generic", "aws", "azure", "github"])
    .pattern(".spec.url", r"^(http|https|ssh)://.*$")
    .enumeration(".spec.verify.mode", &["head", "HEAD", "Tag", "TagAndHEAD"])
    .default(".spec.verify.mode", json!("HEAD"))
    .pattern(".status.includedArtifacts[].digest", DIGEST);
    s
}

pub(super) fn helm_chart() -> Schema {
    let mut s = schema_of::<source::HelmChart>();
    source_status(&mut s);
    verify_provider(&mut s);
    // HelmChart's verification is `OCIRepositoryVerification` without the trusted root.
    s.remove(".spec.verify.trustedRootSecretRef")
        .cel(
            ".spec",
            &[(
                "!has(self.verify) || self.sourceRef.kind == 'HelmRepository'",
                "spec.verify is only supported when spec.sourceRef.kind is 'HelmRepository'",
            )],
        )
        .pattern(".spec.interval", DURATION)
        .enumeration(".spec.reconcileStrategy", &["ChartVersion", "Revision"])
        .default(".spec.reconcileStrategy", json!("ChartVersion"))
        .enumeration(
            ".spec.sourceRef.kind",
            &["HelmRepository", "GitRepository", "Bucket"],
        )
        .default(".spec.version", json!("*"));
    s
}

pub(super) fn helm_repository() -> Schema {
    let mut s = schema_of::<source::HelmRepository>();
    cloud_provider(&mut s, &["generic", "aws", "azure", "gcp"]);
    source_status(&mut s);
    // OCI repositories need no interval: `+optional` although Go always writes it.
    s.optional(".spec.interval")
        .pattern(".spec.interval", DURATION)
        .pattern(".spec.timeout", DURATION_NO_HOURS)
        .enumeration(".spec.type", &["default", "oci"])
        .pattern(".spec.url", r"^(http|https|oci)://.*$");
    s
}

pub(super) fn oci_repository() -> Schema {
    let mut s = schema_of::<source::OCIRepository>();
    interval_timeout(&mut s);
    cloud_provider(&mut s, &["generic", "aws", "azure", "gcp"]);
    source_status(&mut s);
    verify_provider(&mut s);
    s.enumeration(".spec.layerSelector.operation", &["extract", "copy"])
        .pattern(".spec.url", r"^oci://.*$")
        .enumeration(
            ".status.observedLayerSelector.operation",
            &["extract", "copy"],
        );
    s
}
