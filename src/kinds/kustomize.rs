//! `kustomize.toolkit.fluxcd.io/v1` API types: `Kustomization` with every field of its spec and
//! status, serialised with the Go JSON tags of kustomize-controller's `api/v1` (omitempty fields
//! are skipped when empty, the others are always written).
//!
//! The shared Flux `meta` and `kustomize` types used here (references, kubeconfig, patches,
//! images, selectors, inventories, history) live in `kinds::meta` and are re-exported here.

use std::collections::BTreeMap;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::{Condition, ObjectMeta};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::cli::GoDuration;
pub use crate::kinds::meta::{
    CommonMetadata, CrossNamespaceSourceReference, CustomHealthCheck, DependencyReference,
    IgnoreRule, Image, KubeConfigReference, LocalObjectReference, NamespacedObjectKindReference,
    Patch, ResourceInventory, ResourceRef, SecretKeyReference, Selector, Snapshot,
};
use crate::kinds::meta::{ReconcileRequestStatus, is_false, is_zero_i64};

/// The API group.
pub const GROUP: &str = "kustomize.toolkit.fluxcd.io";
/// The served version.
pub const VERSION: &str = "v1";
/// `apiVersion` of a `Kustomization`.
pub const API_VERSION: &str = "kustomize.toolkit.fluxcd.io/v1";
/// The kind name.
pub const KUSTOMIZATION_KIND: &str = "Kustomization";

// ---------------------------------------------------------------------------------------------
// Kustomization
// ---------------------------------------------------------------------------------------------

/// A `Kustomization` (`kustomize.toolkit.fluxcd.io/v1`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Kustomization {
    /// `kustomize.toolkit.fluxcd.io/v1`.
    pub api_version: String,
    /// `Kustomization`.
    pub kind: String,
    /// Object metadata.
    #[serde(default)]
    pub metadata: ObjectMeta,
    /// Desired state.
    #[serde(default)]
    pub spec: KustomizationSpec,
    /// Observed state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<KustomizationStatus>,
}

impl Kustomization {
    /// An empty object with `apiVersion`, `kind` and the given metadata.
    pub fn new(metadata: ObjectMeta, spec: KustomizationSpec) -> Self {
        Self {
            api_version: API_VERSION.to_string(),
            kind: KUSTOMIZATION_KIND.to_string(),
            metadata,
            spec,
            status: None,
        }
    }
}

/// `KustomizationSpec`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct KustomizationSpec {
    /// Labels and annotations added to every reconciled object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_metadata: Option<CommonMetadata>,
    /// Objects that must be ready first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<DependencyReference>,
    /// Secret decryption settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decryption: Option<Decryption>,
    /// Reconciliation interval.
    pub interval: GoDuration,
    /// Interval for retrying after a failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_interval: Option<GoDuration>,
    /// Kubeconfig of a remote cluster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kube_config: Option<KubeConfigReference>,
    /// Path to the directory with the manifests.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub path: String,
    /// Post-build variable substitution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_build: Option<PostBuild>,
    /// Garbage collection.
    #[serde(default)]
    pub prune: bool,
    /// What happens to the applied objects when the Kustomization is deleted.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub deletion_policy: String,
    /// Workloads whose health is assessed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub health_checks: Vec<NamespacedObjectKindReference>,
    /// CEL health checks for custom resources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub health_check_exprs: Vec<CustomHealthCheck>,
    /// Prefix added to object names.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name_prefix: String,
    /// Suffix added to object names.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name_suffix: String,
    /// Patches applied after the build.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub patches: Vec<Patch>,
    /// Image overrides.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<Image>,
    /// Service account to impersonate.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub service_account_name: String,
    /// The source of the manifests.
    #[serde(default)]
    pub source_ref: CrossNamespaceSourceReference,
    /// Whether reconciliation is suspended.
    #[serde(default, skip_serializing_if = "is_false")]
    pub suspend: bool,
    /// Namespace set on every reconciled object.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target_namespace: String,
    /// Timeout of apply and health checks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<GoDuration>,
    /// Recreate objects that cannot be patched.
    #[serde(default, skip_serializing_if = "is_false")]
    pub force: bool,
    /// Wait for every applied object to become ready.
    #[serde(default, skip_serializing_if = "is_false")]
    pub wait: bool,
    /// Kustomize components to include.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<String>,
    /// Skip components that do not exist.
    #[serde(default, skip_serializing_if = "is_false")]
    pub ignore_missing_components: bool,
    /// Kustomize build metadata options.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub build_metadata: Vec<String>,
    /// Fields to ignore when applying.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ignore: Vec<IgnoreRule>,
}

/// Secret decryption settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Decryption {
    /// The decryption provider (`sops`).
    #[serde(default)]
    pub provider: String,
    /// Secret with the decryption keys.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// Service account for cloud KMS access.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub service_account_name: String,
}

/// Post-build variable substitution.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PostBuild {
    /// Literal variables.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub substitute: BTreeMap<String, String>,
    /// Variables from ConfigMaps and Secrets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub substitute_from: Vec<SubstituteReference>,
    /// `WithVariables` or `Always`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub substitute_strategy: String,
}

/// A ConfigMap or Secret with substitution variables.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SubstituteReference {
    /// `Secret` or `ConfigMap`.
    pub kind: String,
    /// Name of the object.
    pub name: String,
    /// Tolerate a missing object.
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
}

/// `KustomizationStatus`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct KustomizationStatus {
    /// The last reconcile request handled (`reconcile.fluxcd.io/requestedAt`).
    #[serde(flatten)]
    pub reconcile_request: ReconcileRequestStatus,
    /// Last observed generation.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub observed_generation: i64,
    /// Conditions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// Last successfully applied source revision.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub last_applied_revision: String,
    /// Origin revision of the last applied artifact.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub last_applied_origin_revision: String,
    /// Last attempted source revision.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub last_attempted_revision: String,
    /// Objects applied by the last successful reconciliation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inventory: Option<ResourceInventory>,
    /// Reconciliation history.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Snapshot>,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn minimal_spec_writes_non_omitempty_fields() {
        let ks = Kustomization::new(ObjectMeta::default(), KustomizationSpec::default());
        let v = serde_json::to_value(&ks).unwrap();
        assert_eq!(
            v["spec"],
            serde_json::json!({"interval": "0s", "prune": false, "sourceRef": {"kind": "", "name": ""}})
        );
        assert!(v.get("status").is_none());
    }

    #[test]
    fn full_object_round_trips() {
        let src = serde_json::json!({
            "apiVersion": "kustomize.toolkit.fluxcd.io/v1",
            "kind": "Kustomization",
            "metadata": {"name": "apps", "namespace": "flux-system"},
            "spec": {
                "commonMetadata": {"labels": {"a": "b"}, "annotations": {"c": "d"}},
                "dependsOn": [{"name": "infra", "namespace": "x", "readyExpr": "true"}],
                "decryption": {"provider": "sops", "secretRef": {"name": "k"}, "serviceAccountName": "sa"},
                "interval": "5m0s",
                "retryInterval": "1m0s",
                "kubeConfig": {"secretRef": {"name": "kc", "key": "value"}, "configMapRef": {"name": "cm"}},
                "path": "./apps",
                "postBuild": {"substitute": {"x": "y"}, "substituteFrom": [{"kind": "ConfigMap", "name": "vars", "optional": true}], "substituteStrategy": "Always"},
                "prune": true,
                "deletionPolicy": "Orphan",
                "healthChecks": [{"apiVersion": "apps/v1", "kind": "Deployment", "name": "a", "namespace": "b"}],
                "healthCheckExprs": [{"apiVersion": "x/v1", "kind": "X", "current": "true", "failed": "false", "inProgress": "x"}],
                "namePrefix": "p-", "nameSuffix": "-s",
                "patches": [{"patch": "- op: remove", "target": {"kind": "Deployment", "labelSelector": "a=b"}}],
                "images": [{"name": "n", "newName": "m", "newTag": "t", "digest": "sha256:x"}],
                "serviceAccountName": "sa",
                "sourceRef": {"apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository", "name": "repo", "namespace": "ns"},
                "suspend": true,
                "targetNamespace": "t",
                "timeout": "2m0s",
                "force": true,
                "wait": true,
                "components": ["../c"],
                "ignoreMissingComponents": true,
                "buildMetadata": ["originAnnotations"],
                "ignore": [{"paths": ["/spec/replicas"], "target": {"kind": "Deployment"}}]
            },
            "status": {
                "lastHandledReconcileAt": "now",
                "observedGeneration": 3,
                "conditions": [{"type": "Ready", "status": "True", "reason": "ReconciliationSucceeded", "message": "ok", "lastTransitionTime": "2024-01-02T03:04:05Z", "observedGeneration": 3}],
                "lastAppliedRevision": "main@sha1:abc",
                "lastAppliedOriginRevision": "o",
                "lastAttemptedRevision": "main@sha1:abc",
                "inventory": {"entries": [{"id": "default_a_apps_Deployment", "v": "v1"}]},
                "history": [{"digest": "sha256:1", "firstReconciled": "2024-01-02T03:04:05Z", "lastReconciled": "2024-01-02T03:04:05Z", "lastReconciledDuration": "1.5s", "lastReconciledStatus": "ReconciliationSucceeded", "totalReconciliations": 2, "metadata": {"k": "v"}}]
            }
        });
        let ks: Kustomization = serde_json::from_value(src.clone()).unwrap();
        assert_eq!(sorted(serde_json::to_value(&ks).unwrap()), sorted(src));
    }

    pub(crate) fn sorted(v: serde_json::Value) -> serde_json::Value {
        match v {
            serde_json::Value::Object(m) => {
                let b: BTreeMap<String, serde_json::Value> =
                    m.into_iter().map(|(k, v)| (k, sorted(v))).collect();
                serde_json::to_value(b).unwrap()
            }
            serde_json::Value::Array(a) => {
                serde_json::Value::Array(a.into_iter().map(sorted).collect())
            }
            o => o,
        }
    }
}
