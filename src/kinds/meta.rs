//! Shared Flux API types: object references, the artifact record every source publishes, the
//! reconcile-request status field, the reconciliation history and the condition type names
//! (`github.com/fluxcd/pkg/apis/meta`); cross-namespace access lists (`pkg/apis/acl`); the
//! patch, image, selector and health-check types of `pkg/apis/kustomize`; and the source
//! reference and inventory types that kustomize-, helm- and image-automation-controller each
//! declare with the same shape. Conditions themselves are the Kubernetes `metav1.Condition`.
//! JSON field presence follows the Go tags: `omitempty` fields are skipped when empty, the others
//! are always written.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::cli::GoDuration;

pub use k8s_openapi::apimachinery::pkg::apis::meta::v1::{Condition, Time};

/// The `Ready` condition type.
pub const READY_CONDITION: &str = "Ready";
/// The `Stalled` condition type.
pub const STALLED_CONDITION: &str = "Stalled";
/// The `Reconciling` condition type.
pub const RECONCILING_CONDITION: &str = "Reconciling";
/// The annotation that asks a controller to reconcile now.
pub const RECONCILE_REQUEST_ANNOTATION: &str = "reconcile.fluxcd.io/requestedAt";

/// Go `omitempty` for a `bool`: skip `false`.
pub(crate) fn is_false(b: &bool) -> bool {
    !*b
}

/// Go `omitempty` for an `int64`: skip `0`.
pub(crate) fn is_zero_i64(n: &i64) -> bool {
    *n == 0
}

/// Go `omitempty` for an `int32`: skip `0`.
pub(crate) fn is_zero_i32(n: &i32) -> bool {
    *n == 0
}

/// A reference to an object in the same namespace (`name` only).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct LocalObjectReference {
    /// Name of the referent (always written; a missing one reads as empty, as in Go).
    #[serde(default)]
    pub name: String,
}

impl LocalObjectReference {
    /// A reference to `name`.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}

/// A reference to an object in any namespace.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct NamespacedObjectReference {
    /// Name of the referent (always written; a missing one reads as empty, as in Go).
    #[serde(default)]
    pub name: String,
    /// Namespace of the referent; empty means the referrer's namespace.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub namespace: String,
}

/// A typed reference to an object in any namespace.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct NamespacedObjectKindReference {
    /// API version of the referent; empty means the preferred version.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub api_version: String,
    /// Kind of the referent.
    pub kind: String,
    /// Name of the referent.
    pub name: String,
    /// Namespace of the referent; empty means the referrer's namespace.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub namespace: String,
}

/// A reference to one key of a Secret in the same namespace.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SecretKeyReference {
    /// Name of the Secret.
    pub name: String,
    /// Key in the Secret; empty means the consumer's default key.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key: String,
}

/// Where a kubeconfig for a remote cluster is found (a Secret key or a ConfigMap).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct KubeConfigReference {
    /// A ConfigMap with the cluster address and CA, for workload identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_map_ref: Option<LocalObjectReference>,
    /// A Secret holding a kubeconfig under `value` or `value.yaml` (or `key`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<SecretKeyReference>,
}

/// A dependency on another object, with an optional readiness expression.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DependencyReference {
    /// Name of the referent.
    pub name: String,
    /// Namespace of the referent; empty means the referrer's namespace.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub namespace: String,
    /// A CEL expression that decides when the dependency counts as ready.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ready_expr: String,
}

/// A reference to a source object, optionally in another namespace (`CrossNamespaceSourceReference`
/// of kustomize-, helm- and image-automation-controller; `kind` and `name` are always written).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
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

/// `acl.AccessFrom`: which namespaces may reference an object.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AccessFrom {
    /// Namespaces allowed to reference the object, by label selector (ORed; always written).
    #[serde(default)]
    pub namespace_selectors: Vec<NamespaceSelector>,
}

/// `acl.NamespaceSelector`: a namespace label selector of an `AccessFrom` list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct NamespaceSelector {
    /// Labels the namespace must carry.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub match_labels: BTreeMap<String, String>,
}

/// `kustomize.Selector`: which objects a patch or rule targets.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
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

/// `kustomize.Patch`: a strategic-merge or JSON6902 patch with an optional target.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Patch {
    /// The patch document.
    pub patch: String,
    /// The objects it applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Selector>,
}

/// `kustomize.Image`: an image override.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
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

/// `kustomize.CustomHealthCheck`: CEL health rules for a custom resource kind.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
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

/// An ignore rule: JSON pointers to skip on the selected objects.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct IgnoreRule {
    /// JSON pointer paths.
    #[serde(default)]
    pub paths: Vec<String>,
    /// The objects the rule applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Selector>,
}

/// One object of an inventory.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ResourceRef {
    /// `<namespace>_<name>_<group>_<kind>`.
    pub id: String,
    /// The object's API version.
    pub v: String,
}

/// The objects applied by the last successful reconciliation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ResourceInventory {
    /// The entries.
    #[serde(default)]
    pub entries: Vec<ResourceRef>,
}

/// `meta.Snapshot`: one entry of a reconciliation history.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
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

/// The artifact a source publishes: where to fetch it and what it contains.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Artifact {
    /// Path of the artifact relative to the storage root.
    #[serde(default)]
    pub path: String,
    /// HTTP address of the artifact.
    #[serde(default)]
    pub url: String,
    /// Human-readable identifier of the content (e.g. `main@sha1:…`).
    #[serde(default)]
    pub revision: String,
    /// Digest of the file, `<algorithm>:<checksum>`.
    #[serde(default)]
    pub digest: String,
    /// When the artifact was last updated; Go writes `null` for the zero time.
    #[serde(default)]
    pub last_update_time: Option<Time>,
    /// Size in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// Extra metadata (e.g. OCI annotations).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata: BTreeMap<String, String>,
}

/// The `lastHandledReconcileAt` status field embedded by every Flux status (Go `inline`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReconcileRequestStatus {
    /// The last `reconcile.fluxcd.io/requestedAt` value the controller handled.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub last_handled_reconcile_at: String,
}

/// Labels and annotations applied to every object a controller generates.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CommonMetadata {
    /// Annotations to add.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub annotations: BTreeMap<String, String>,
    /// Labels to add.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
}

/// The `Ready` condition of a condition list, if any.
pub fn ready_condition(conditions: &[Condition]) -> Option<&Condition> {
    find_condition(conditions, READY_CONDITION)
}

/// The condition of type `type_`, if any.
pub fn find_condition<'a>(conditions: &'a [Condition], type_: &str) -> Option<&'a Condition> {
    conditions.iter().find(|c| c.type_ == type_)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use serde_json::{Value, json};

    /// Asserts that `v` deserialises into `T` and serialises back to the same JSON.
    pub(crate) fn round_trip<T: serde::de::DeserializeOwned + Serialize>(v: &Value) {
        let typed: T = serde_json::from_value(v.clone()).expect("deserializes");
        assert_eq!(&serde_json::to_value(&typed).expect("serializes"), v);
    }

    #[test]
    fn omitempty_rules() {
        let r = NamespacedObjectKindReference {
            kind: "GitRepository".into(),
            name: "a".into(),
            ..Default::default()
        };
        assert_eq!(
            serde_json::to_value(&r).unwrap(),
            json!({"kind": "GitRepository", "name": "a"})
        );
        assert_eq!(
            serde_json::to_value(LocalObjectReference::default()).unwrap(),
            json!({"name": ""})
        );
        let a = Artifact::default();
        assert_eq!(
            serde_json::to_value(&a).unwrap(),
            json!({"path": "", "url": "", "revision": "", "digest": "", "lastUpdateTime": null})
        );
        assert_eq!(
            serde_json::to_value(ReconcileRequestStatus::default()).unwrap(),
            json!({})
        );
    }

    #[test]
    fn missing_names_read_as_empty() {
        let r: LocalObjectReference = serde_json::from_value(json!({})).unwrap();
        assert_eq!(r, LocalObjectReference::default());
        let r: NamespacedObjectReference = serde_json::from_value(json!({})).unwrap();
        assert_eq!(serde_json::to_value(&r).unwrap(), json!({"name": ""}));
    }

    #[test]
    fn artifact_round_trip() {
        let v = json!({
            "path": "gitrepository/ns/podinfo/sha.tar.gz",
            "url": "http://source-controller/x.tar.gz",
            "revision": "main@sha1:67e2c98a60dc92283531412a9e604dd4bae005a9",
            "digest": "sha256:1234",
            "lastUpdateTime": "2024-01-02T03:04:05Z",
            "size": 42,
            "metadata": {"org.opencontainers.image.revision": "abc"}
        });
        let a: Artifact = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(a.size, Some(42));
        assert_eq!(serde_json::to_value(&a).unwrap(), v);
    }

    #[test]
    fn finds_ready() {
        let c: Vec<Condition> = serde_json::from_value(json!([
            {"type": "Reconciling", "status": "True", "reason": "Progressing", "message": "", "lastTransitionTime": "2024-01-02T03:04:05Z"},
            {"type": "Ready", "status": "False", "reason": "Failed", "message": "failed message", "lastTransitionTime": "2024-01-02T03:04:05Z", "observedGeneration": 2}
        ]))
        .unwrap();
        assert_eq!(
            ready_condition(&c).map(|c| c.message.as_str()),
            Some("failed message")
        );
        assert!(find_condition(&c, STALLED_CONDITION).is_none());
    }
}
