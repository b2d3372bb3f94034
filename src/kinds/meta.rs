//! Shared Flux API types (`github.com/fluxcd/pkg/apis/meta`): object references, the artifact
//! record every source publishes, the reconcile-request status field and the condition type
//! names. Conditions themselves are the Kubernetes `metav1.Condition`.
//! JSON field presence follows the Go tags: `omitempty` fields are skipped when empty, the others
//! are always written.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use k8s_openapi::apimachinery::pkg::apis::meta::v1::{Condition, Time};

/// The `Ready` condition type.
pub const READY_CONDITION: &str = "Ready";
/// The `Stalled` condition type.
pub const STALLED_CONDITION: &str = "Stalled";
/// The `Reconciling` condition type.
pub const RECONCILING_CONDITION: &str = "Reconciling";
/// The annotation that asks a controller to reconcile now.
pub const RECONCILE_REQUEST_ANNOTATION: &str = "reconcile.fluxcd.io/requestedAt";

/// A reference to an object in the same namespace (`name` only).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LocalObjectReference {
    /// Name of the referent.
    pub name: String,
}

impl LocalObjectReference {
    /// A reference to `name`.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}

/// A reference to an object in any namespace.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NamespacedObjectReference {
    /// Name of the referent.
    pub name: String,
    /// Namespace of the referent; empty means the referrer's namespace.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub namespace: String,
}

/// A typed reference to an object in any namespace.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SecretKeyReference {
    /// Name of the Secret.
    pub name: String,
    /// Key in the Secret; empty means the consumer's default key.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key: String,
}

/// Where a kubeconfig for a remote cluster is found (a Secret key or a ConfigMap).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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

/// The artifact a source publishes: where to fetch it and what it contains.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReconcileRequestStatus {
    /// The last `reconcile.fluxcd.io/requestedAt` value the controller handled.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub last_handled_reconcile_at: String,
}

/// Labels and annotations applied to every object a controller generates.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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
mod tests {
    use super::*;
    use serde_json::json;

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
