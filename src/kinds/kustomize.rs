//! `kustomize.toolkit.fluxcd.io/v1` API types: `Kustomization` with every field of its spec and
//! status, serialised with the Go JSON tags of kustomize-controller's `api/v1` (omitempty fields
//! are skipped when empty, the others are always written).
//!
//! The shared Flux `meta` and `kustomize` types used here (references, kubeconfig, patches,
//! images, selectors, inventories, history) are defined below as private copies, each marked
//! `// fold into kinds::meta`, until `kinds::meta` lands on main.

use std::collections::BTreeMap;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::{Condition, ObjectMeta, Time};
use serde::{Deserialize, Serialize};

use crate::cli::GoDuration;

/// The API group.
pub const GROUP: &str = "kustomize.toolkit.fluxcd.io";
/// The served version.
pub const VERSION: &str = "v1";
/// `apiVersion` of a `Kustomization`.
pub const API_VERSION: &str = "kustomize.toolkit.fluxcd.io/v1";
/// The kind name.
pub const KUSTOMIZATION_KIND: &str = "Kustomization";

fn is_false(b: &bool) -> bool {
    !*b
}

// ---------------------------------------------------------------------------------------------
// Shared Flux meta / kustomize types
// ---------------------------------------------------------------------------------------------

// fold into kinds::meta
/// `meta.LocalObjectReference`: a reference to an object in the same namespace.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LocalObjectReference {
    /// Name of the referent.
    pub name: String,
}

// fold into kinds::meta
/// `meta.SecretKeyReference`: a key of a Secret in the same namespace.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SecretKeyReference {
    /// Name of the Secret.
    pub name: String,
    /// Key in the Secret (controller default when empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key: String,
}

// fold into kinds::meta
/// `meta.KubeConfigReference`: where the kubeconfig of a remote cluster comes from.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KubeConfigReference {
    /// A ConfigMap with provider settings for workload identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_map_ref: Option<LocalObjectReference>,
    /// A Secret holding a kubeconfig.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<SecretKeyReference>,
}

// fold into kinds::meta
/// `meta.NamespacedObjectKindReference`: an object of any kind, optionally in another namespace.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NamespacedObjectKindReference {
    /// API version of the referent.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub api_version: String,
    /// Kind of the referent.
    pub kind: String,
    /// Name of the referent.
    pub name: String,
    /// Namespace of the referent.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub namespace: String,
}

// fold into kinds::meta
/// `meta.DependencyReference`: an object this one depends on, with an optional readiness
/// expression.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DependencyReference {
    /// Name of the dependency.
    pub name: String,
    /// Namespace of the dependency (same namespace when empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub namespace: String,
    /// CEL expression that decides readiness.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ready_expr: String,
}

// fold into kinds::meta
/// Labels and annotations added to every reconciled object.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CommonMetadata {
    /// Annotations to add.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub annotations: BTreeMap<String, String>,
    /// Labels to add.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
}

// fold into kinds::meta
/// `kustomize.Selector`: which objects a patch or rule targets.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Selector {
    /// API group.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub group: String,
    /// API version.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub version: String,
    /// Kind.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind: String,
    /// Namespace.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub namespace: String,
    /// Name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Annotation selector.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub annotation_selector: String,
    /// Label selector.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label_selector: String,
}

// fold into kinds::meta
/// `kustomize.Patch`: a strategic-merge or JSON6902 patch with an optional target.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Patch {
    /// The patch document.
    pub patch: String,
    /// The objects it applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Selector>,
}

// fold into kinds::meta
/// `kustomize.Image`: an image override.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Image {
    /// Image name to match.
    pub name: String,
    /// Replacement name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub new_name: String,
    /// Replacement tag.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub new_tag: String,
    /// Replacement digest.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub digest: String,
}

// fold into kinds::meta
/// `kustomize.CustomHealthCheck`: CEL health rules for a custom resource kind.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomHealthCheck {
    /// API version of the resource.
    pub api_version: String,
    /// Kind of the resource.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind: String,
    /// Expression for "in progress".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub in_progress: String,
    /// Expression for "failed".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub failed: String,
    /// Expression for "current".
    pub current: String,
}

// fold into kinds::meta
/// An ignore rule: JSON pointers to skip on the selected objects.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IgnoreRule {
    /// JSON pointer paths.
    #[serde(default)]
    pub paths: Vec<String>,
    /// The objects the rule applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Selector>,
}

// fold into kinds::meta
/// One object of an inventory.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResourceRef {
    /// `<namespace>_<name>_<group>_<kind>`.
    pub id: String,
    /// The object's API version.
    pub v: String,
}

// fold into kinds::meta
/// The objects applied by the last successful reconciliation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResourceInventory {
    /// The entries.
    #[serde(default)]
    pub entries: Vec<ResourceRef>,
}

// fold into kinds::meta
/// `meta.Snapshot`: one entry of a reconciliation history.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    /// Digest of the reconciled content.
    pub digest: String,
    /// When this content was first reconciled.
    pub first_reconciled: Option<Time>,
    /// When it was last reconciled.
    pub last_reconciled: Option<Time>,
    /// How long the last reconciliation took.
    pub last_reconciled_duration: GoDuration,
    /// Result of the last reconciliation.
    pub last_reconciled_status: String,
    /// How many reconciliations this content has had.
    pub total_reconciliations: i64,
    /// Extra metadata.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata: BTreeMap<String, String>,
}

// ---------------------------------------------------------------------------------------------
// Kustomization
// ---------------------------------------------------------------------------------------------

/// A `Kustomization` (`kustomize.toolkit.fluxcd.io/v1`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
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

/// `CrossNamespaceSourceReference` of a Kustomization.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CrossNamespaceSourceReference {
    /// API version of the source.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub api_version: String,
    /// Kind of the source.
    #[serde(default)]
    pub kind: String,
    /// Name of the source.
    #[serde(default)]
    pub name: String,
    /// Namespace of the source.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub namespace: String,
}

/// Secret decryption settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KustomizationStatus {
    /// The last reconcile request handled (`reconcile.fluxcd.io/requestedAt`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub last_handled_reconcile_at: String,
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

pub(crate) fn is_zero_i64(v: &i64) -> bool {
    *v == 0
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
