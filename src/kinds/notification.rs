//! Typed API objects of `notification.toolkit.fluxcd.io`: `Alert` and `Provider` (`v1beta3`,
//! no status) and `Receiver` (`v1`), mirroring notification-controller `api/v1beta3` and `api/v1`
//! with Go's JSON-tag semantics.

use std::collections::BTreeMap;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::{Condition, ObjectMeta};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::cli::GoDuration;
pub use crate::kinds::meta::LocalObjectReference;
use crate::kinds::meta::{ReconcileRequestStatus, is_false, is_zero_i64};

/// `notification.toolkit.fluxcd.io/v1beta3` (Alert, Provider).
pub const API_VERSION_V1BETA3: &str = "notification.toolkit.fluxcd.io/v1beta3";
/// `notification.toolkit.fluxcd.io/v1` (Receiver).
pub const API_VERSION_V1: &str = "notification.toolkit.fluxcd.io/v1";
/// Kind of [`Alert`].
pub const ALERT_KIND: &str = "Alert";
/// Kind of [`Provider`].
pub const PROVIDER_KIND: &str = "Provider";
/// Kind of [`Receiver`].
pub const RECEIVER_KIND: &str = "Receiver";

/// `v1.CrossNamespaceObjectReference`: an object (or `*` for all) whose events are selected.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct CrossNamespaceObjectReference {
    /// API version of the referent.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub api_version: String,
    /// Kind of the referent.
    pub kind: String,
    /// Name of the referent, or `*`.
    pub name: String,
    /// Namespace of the referent, or `*`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub namespace: String,
    /// Labels the referents must carry (requires name `*`).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub match_labels: BTreeMap<String, String>,
}

// ---------------------------------------------------------------------------------------------
// Alert (v1beta3)
// ---------------------------------------------------------------------------------------------

/// `Alert`: forwards events of selected objects to a `Provider`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct Alert {
    /// Always [`API_VERSION_V1BETA3`].
    pub api_version: String,
    /// Always [`ALERT_KIND`].
    pub kind: String,
    /// Object metadata.
    pub metadata: ObjectMeta,
    /// Desired state.
    pub spec: AlertSpec,
}

/// `AlertSpec`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct AlertSpec {
    /// The provider to send to (always written).
    pub provider_ref: LocalObjectReference,
    /// `info` or `error`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub event_severity: String,
    /// Event sources (always written, `[]` when empty).
    pub event_sources: Vec<CrossNamespaceObjectReference>,
    /// Message regexes to include.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub inclusion_list: Vec<String>,
    /// Extra metadata added to events.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub event_metadata: BTreeMap<String, String>,
    /// Message regexes to exclude.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub exclusion_list: Vec<String>,
    /// Short description of the impact.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// Suspends event handling.
    #[serde(skip_serializing_if = "is_false")]
    pub suspend: bool,
}

// ---------------------------------------------------------------------------------------------
// Provider (v1beta3)
// ---------------------------------------------------------------------------------------------

/// `Provider`: where alerts are sent.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct Provider {
    /// Always [`API_VERSION_V1BETA3`].
    pub api_version: String,
    /// Always [`PROVIDER_KIND`].
    pub kind: String,
    /// Object metadata.
    pub metadata: ObjectMeta,
    /// Desired state.
    pub spec: ProviderSpec,
}

/// `ProviderSpec`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct ProviderSpec {
    /// Provider implementation, e.g. `slack` (always written).
    #[serde(rename = "type")]
    pub type_: String,
    /// Deprecated reconcile interval.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<GoDuration>,
    /// Destination channel.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub channel: String,
    /// Name events are posted under.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub username: String,
    /// Endpoint alerts are sent to.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub address: String,
    /// Timeout for sending alerts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout: Option<GoDuration>,
    /// Deprecated proxy address.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub proxy: String,
    /// Proxy configuration secret.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proxy_secret_ref: Option<LocalObjectReference>,
    /// Authentication secret.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// Service account for workload identity.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub service_account_name: String,
    /// TLS certificates secret.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cert_secret_ref: Option<LocalObjectReference>,
    /// Suspends event handling.
    #[serde(skip_serializing_if = "is_false")]
    pub suspend: bool,
    /// CEL expression for custom commit statuses.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub commit_status_expr: String,
}

// ---------------------------------------------------------------------------------------------
// Receiver (v1)
// ---------------------------------------------------------------------------------------------

/// `Receiver`: a webhook endpoint that triggers reconciliations.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct Receiver {
    /// Always [`API_VERSION_V1`].
    pub api_version: String,
    /// Always [`RECEIVER_KIND`].
    pub kind: String,
    /// Object metadata.
    pub metadata: ObjectMeta,
    /// Desired state.
    pub spec: ReceiverSpec,
    /// Observed state.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ReceiverStatus>,
}

/// `ReceiverSpec`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct ReceiverSpec {
    /// Webhook sender type, e.g. `github` (always written).
    #[serde(rename = "type")]
    pub type_: String,
    /// Reconcile interval of the secret references.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<GoDuration>,
    /// Event types to handle.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
    /// Objects to reconcile (always written, `[]` when empty).
    pub resources: Vec<ReceiverResource>,
    /// CEL filter evaluated per resource.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub resource_filter: String,
    /// Secret with the webhook token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// OIDC issuers for `generic-oidc` receivers.
    #[serde(rename = "oidcProviders", skip_serializing_if = "Vec::is_empty")]
    pub oidc_providers: Vec<OidcProvider>,
    /// Suspends event handling.
    #[serde(skip_serializing_if = "is_false")]
    pub suspend: bool,
}

/// An entry of `spec.resources`: a `CrossNamespaceObjectReference` plus the per-resource CEL
/// `filter` that the v1 Receiver CRD carries.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct ReceiverResource {
    /// API version of the referent.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub api_version: String,
    /// Kind of the referent.
    pub kind: String,
    /// Name of the referent, or `*`.
    pub name: String,
    /// Namespace of the referent.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub namespace: String,
    /// Labels the referents must carry (requires name `*`).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub match_labels: BTreeMap<String, String>,
    /// CEL filter for this resource.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub filter: String,
}

/// `OIDCProvider`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct OidcProvider {
    /// Issuer URL (always written).
    #[serde(rename = "issuerURL")]
    pub issuer_url: String,
    /// Expected audience.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub audience: String,
    /// Named CEL expressions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub variables: Vec<OidcVariable>,
    /// CEL validations (always written).
    pub validations: Vec<OidcValidation>,
}

/// `OIDCVariable`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct OidcVariable {
    /// Variable name.
    pub name: String,
    /// CEL expression.
    pub expression: String,
}

/// `OIDCValidation`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct OidcValidation {
    /// CEL boolean expression.
    pub expression: String,
    /// Message returned when it is false.
    pub message: String,
}

/// `ReceiverStatus`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct ReceiverStatus {
    /// `meta.ReconcileRequestStatus`: last handled reconcile request token.
    #[serde(flatten)]
    pub reconcile_request: ReconcileRequestStatus,
    /// Conditions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// The generated webhook path, `/hook/<sha256>`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub webhook_path: String,
    /// Last observed generation.
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub observed_generation: i64,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::meta::tests::round_trip;

    #[test]
    fn export_examples_roundtrip() {
        round_trip::<Alert>(&serde_json::json!({
            "apiVersion": API_VERSION_V1BETA3, "kind": "Alert",
            "metadata": {"name": "flux-system", "namespace": "flux-system"},
            "spec": {"eventSeverity": "info",
                     "eventSources": [{"kind": "GitRepository", "name": "*"},
                                      {"kind": "Kustomization", "name": "*"}],
                     "providerRef": {"name": "slack"}, "summary": "Slacktest Notification"}
        }));
        round_trip::<Provider>(&serde_json::json!({
            "apiVersion": API_VERSION_V1BETA3, "kind": "Provider",
            "metadata": {"name": "slack", "namespace": "flux-system"},
            "spec": {"address": "https://hooks.slack.com/services/mock",
                     "channel": "A channel with spacess", "type": "slack"}
        }));
        round_trip::<Receiver>(&serde_json::json!({
            "apiVersion": API_VERSION_V1, "kind": "Receiver",
            "metadata": {"name": "flux-system", "namespace": "flux-system"},
            "spec": {"events": ["ping", "push"], "interval": "10m0s",
                     "resources": [{"kind": "GitRepository", "name": "flux-system",
                                    "namespace": "flux-system"}],
                     "secretRef": {"name": "webhook-token"}, "type": "github"}
        }));
    }

    #[test]
    fn full_objects_roundtrip() {
        round_trip::<Alert>(&serde_json::json!({
            "apiVersion": API_VERSION_V1BETA3, "kind": "Alert", "metadata": {},
            "spec": {"providerRef": {"name": ""}, "eventSources": [],
                     "inclusionList": ["a"], "exclusionList": ["b"],
                     "eventMetadata": {"env": "prod"}, "suspend": true}
        }));
        round_trip::<Provider>(&serde_json::json!({
            "apiVersion": API_VERSION_V1BETA3, "kind": "Provider", "metadata": {},
            "spec": {"type": "github", "interval": "5m0s", "timeout": "15s",
                     "proxy": "http://p", "proxySecretRef": {"name": "p"},
                     "secretRef": {"name": "s"}, "certSecretRef": {"name": "c"},
                     "serviceAccountName": "sa", "commitStatusExpr": "x", "username": "u"}
        }));
        round_trip::<Receiver>(&serde_json::json!({
            "apiVersion": API_VERSION_V1, "kind": "Receiver", "metadata": {},
            "spec": {"type": "generic-oidc", "resources": [
                        {"kind": "GitRepository", "name": "*", "matchLabels": {"a": "b"},
                         "filter": "true", "apiVersion": "source.toolkit.fluxcd.io/v1"}],
                     "resourceFilter": "true",
                     "oidcProviders": [{"issuerURL": "https://x", "audience": "a",
                                        "variables": [{"name": "v", "expression": "1"}],
                                        "validations": [{"expression": "true", "message": "m"}]}]},
            "status": {"webhookPath": "/hook/abc", "observedGeneration": -1,
                       "lastHandledReconcileAt": "t"}
        }));
    }
}
