//! Typed API objects of `image.toolkit.fluxcd.io/v1`: `ImageRepository` and `ImagePolicy`
//! (image-reflector-controller `api/v1`) and `ImageUpdateAutomation` (image-automation-controller
//! `api/v1`), with Go's JSON-tag semantics: `omitempty` fields are skipped when empty, the
//! others are always written.

use std::collections::BTreeMap;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::{Condition, LabelSelector, ObjectMeta, Time};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::cli::GoDuration;
pub use crate::kinds::meta::{
    AccessFrom, CrossNamespaceSourceReference, LocalObjectReference, NamespaceSelector,
    NamespacedObjectReference,
};
use crate::kinds::meta::{ReconcileRequestStatus, is_false, is_zero_i64};
pub use crate::kinds::source::GitRepositoryRef;

/// `image.toolkit.fluxcd.io/v1`.
pub const API_VERSION: &str = "image.toolkit.fluxcd.io/v1";
/// Kind of [`ImageRepository`].
pub const IMAGE_REPOSITORY_KIND: &str = "ImageRepository";
/// Kind of [`ImagePolicy`].
pub const IMAGE_POLICY_KIND: &str = "ImagePolicy";
/// Kind of [`ImageUpdateAutomation`].
pub const IMAGE_UPDATE_AUTOMATION_KIND: &str = "ImageUpdateAutomation";

/// `spec.digestReflectionPolicy` values.
pub const REFLECT_ALWAYS: &str = "Always";
/// `spec.digestReflectionPolicy: IfNotPresent`.
pub const REFLECT_IF_NOT_PRESENT: &str = "IfNotPresent";
/// `spec.digestReflectionPolicy: Never` (the default).
pub const REFLECT_NEVER: &str = "Never";
/// `spec.update.strategy: Setters`, the only update strategy.
pub const UPDATE_STRATEGY_SETTERS: &str = "Setters";
/// `spec.git.commit.signingKey.type: gpg`.
pub const SIGNING_KEY_TYPE_GPG: &str = "gpg";
/// `spec.git.commit.signingKey.type: ssh`.
pub const SIGNING_KEY_TYPE_SSH: &str = "ssh";

// ---------------------------------------------------------------------------------------------
// ImageRepository
// ---------------------------------------------------------------------------------------------

/// `ImageRepository`: an image repository to scan for tags.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct ImageRepository {
    /// Always [`API_VERSION`].
    pub api_version: String,
    /// Always [`IMAGE_REPOSITORY_KIND`].
    pub kind: String,
    /// Object metadata.
    pub metadata: ObjectMeta,
    /// Desired state.
    pub spec: ImageRepositorySpec,
    /// Observed state.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ImageRepositoryStatus>,
}

/// `ImageRepositorySpec`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct ImageRepositorySpec {
    /// The image repository, e.g. `ghcr.io/org/app`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub image: String,
    /// Time between scans (a struct in Go, so always written).
    pub interval: GoDuration,
    /// Scan timeout (defaults to the interval).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout: Option<GoDuration>,
    /// Registry credentials secret.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// Proxy configuration secret.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proxy_secret_ref: Option<LocalObjectReference>,
    /// Service account whose pull secrets are used.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub service_account_name: String,
    /// TLS certificates secret.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cert_secret_ref: Option<LocalObjectReference>,
    /// Suspends scanning.
    #[serde(skip_serializing_if = "is_false")]
    pub suspend: bool,
    /// Cross-namespace access control.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_from: Option<AccessFrom>,
    /// Tag regexes to exclude.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub exclusion_list: Vec<String>,
    /// Authentication provider: `generic`, `aws`, `azure`, `gcp`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub provider: String,
    /// Allows plain-HTTP registries.
    #[serde(skip_serializing_if = "is_false")]
    pub insecure: bool,
}

/// `ScanResult`: the outcome of the last scan.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct ScanResult {
    /// Stable hash of the scanned tags (always written).
    pub revision: String,
    /// Number of tags found (always written).
    pub tag_count: i64,
    /// When the scan ran (`null` when unset, as Go writes a zero `metav1.Time`).
    pub scan_time: Option<Time>,
    /// A sample of the latest tags.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub latest_tags: Vec<String>,
}

/// `ImageRepositoryStatus`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct ImageRepositoryStatus {
    /// Conditions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// Last reconciled generation.
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub observed_generation: i64,
    /// The image name with implied parts made explicit.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub canonical_image_name: String,
    /// The last scan's result.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_scan_result: Option<ScanResult>,
    /// Exclusion list used for the last scan.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub observed_exclusion_list: Vec<String>,
    /// `meta.ReconcileRequestStatus`: last handled reconcile request token.
    #[serde(flatten)]
    pub reconcile_request: ReconcileRequestStatus,
}

// ---------------------------------------------------------------------------------------------
// ImagePolicy
// ---------------------------------------------------------------------------------------------

/// `ImagePolicy`: selects the latest image of an `ImageRepository` by a policy.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct ImagePolicy {
    /// Always [`API_VERSION`].
    pub api_version: String,
    /// Always [`IMAGE_POLICY_KIND`].
    pub kind: String,
    /// Object metadata.
    pub metadata: ObjectMeta,
    /// Desired state.
    pub spec: ImagePolicySpec,
    /// Observed state.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ImagePolicyStatus>,
}

/// `ImagePolicySpec`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct ImagePolicySpec {
    /// The `ImageRepository` being scanned.
    pub image_repository_ref: NamespacedObjectReference,
    /// The selection policy (always written, `{}` when no choice is set).
    pub policy: ImagePolicyChoice,
    /// Tag filter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter_tags: Option<TagFilter>,
    /// `Always`, `IfNotPresent` or `Never`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub digest_reflection_policy: String,
    /// Digest refresh interval (only with `Always`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<GoDuration>,
    /// Suspends reconciliation.
    #[serde(skip_serializing_if = "is_false")]
    pub suspend: bool,
}

/// `ImagePolicyChoice`: a union of the policy kinds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct ImagePolicyChoice {
    /// Semantic version range.
    #[serde(rename = "semver", skip_serializing_if = "Option::is_none")]
    pub semver: Option<SemVerPolicy>,
    /// Alphabetical ordering.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alphabetical: Option<AlphabeticalPolicy>,
    /// Numerical ordering.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub numerical: Option<NumericalPolicy>,
}

/// `SemVerPolicy`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct SemVerPolicy {
    /// The semver range (always written).
    pub range: String,
}

/// `AlphabeticalPolicy`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct AlphabeticalPolicy {
    /// `asc` or `desc`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub order: String,
}

/// `NumericalPolicy`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct NumericalPolicy {
    /// `asc` or `desc`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub order: String,
}

/// `TagFilter`: both fields are always written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct TagFilter {
    /// Regex the tags must match.
    pub pattern: String,
    /// Replacement built from the regex's capture groups, used for sorting.
    pub extract: String,
}

/// `ImageRef`: an image name, tag and optional digest.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct ImageRef {
    /// Bare image name.
    pub name: String,
    /// Tag.
    pub tag: String,
    /// Digest.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub digest: String,
}

/// `ImagePolicyStatus`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct ImagePolicyStatus {
    /// The selected image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latest_ref: Option<ImageRef>,
    /// The previously selected image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed_previous_ref: Option<ImageRef>,
    /// Last reconciled generation.
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub observed_generation: i64,
    /// Conditions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// `meta.ReconcileRequestStatus`: last handled reconcile request token.
    #[serde(flatten)]
    pub reconcile_request: ReconcileRequestStatus,
}

// ---------------------------------------------------------------------------------------------
// ImageUpdateAutomation
// ---------------------------------------------------------------------------------------------

/// `ImageUpdateAutomation`: commits policy-selected images into a Git repository.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct ImageUpdateAutomation {
    /// Always [`API_VERSION`].
    pub api_version: String,
    /// Always [`IMAGE_UPDATE_AUTOMATION_KIND`].
    pub kind: String,
    /// Object metadata.
    pub metadata: ObjectMeta,
    /// Desired state.
    pub spec: ImageUpdateAutomationSpec,
    /// Observed state.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ImageUpdateAutomationStatus>,
}

/// `ImageUpdateAutomationSpec`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct ImageUpdateAutomationSpec {
    /// The Git repository source.
    pub source_ref: CrossNamespaceSourceReference,
    /// Git checkout, commit and push settings (`git` in JSON).
    #[serde(rename = "git", skip_serializing_if = "Option::is_none")]
    pub git: Option<GitSpec>,
    /// Lower bound between automation runs (always written).
    pub interval: GoDuration,
    /// Filters the applied policies by label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy_selector: Option<LabelSelector>,
    /// How files are updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update: Option<UpdateStrategy>,
    /// Suspends the automation.
    #[serde(skip_serializing_if = "is_false")]
    pub suspend: bool,
}

/// `GitSpec`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct GitSpec {
    /// What to clone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checkout: Option<GitCheckoutSpec>,
    /// How to commit (always written).
    pub commit: CommitSpec,
    /// Where to push.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub push: Option<PushSpec>,
}

/// `GitCheckoutSpec`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct GitCheckoutSpec {
    /// The Git reference (`ref` in JSON).
    #[serde(rename = "ref")]
    pub reference: GitRepositoryRef,
}

/// `CommitSpec`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct CommitSpec {
    /// Commit author (always written).
    pub author: CommitUser,
    /// Commit signing key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signing_key: Option<SigningKey>,
    /// Commit message template.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub message_template: String,
    /// Extra values for the template.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub message_template_values: BTreeMap<String, String>,
}

/// `CommitUser`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct CommitUser {
    /// Author name.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Author email (always written).
    pub email: String,
}

/// `SigningKey`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct SigningKey {
    /// Secret holding the key (always written).
    pub secret_ref: LocalObjectReference,
    /// `gpg` or `ssh` (the controller defaults to `gpg`).
    #[serde(rename = "type", skip_serializing_if = "String::is_empty")]
    pub type_: String,
}

/// `PushSpec`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct PushSpec {
    /// Branch to push to.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub branch: String,
    /// Refspec to push with.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub refspec: String,
    /// Git push options.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub options: BTreeMap<String, String>,
}

/// `UpdateStrategy`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct UpdateStrategy {
    /// `Setters`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub strategy: String,
    /// Directory with the manifests to update.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub path: String,
}

/// `ImageUpdateAutomationStatus`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct ImageUpdateAutomationStatus {
    /// Last completed run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_automation_run_time: Option<Time>,
    /// SHA1 of the last pushed commit.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub last_push_commit: String,
    /// Time of the last push.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_push_time: Option<Time>,
    /// Last reconciled generation.
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub observed_generation: i64,
    /// Conditions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// Policies considered in the last run, by name.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub observed_policies: BTreeMap<String, ImageRef>,
    /// Last observed source revision.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub observed_source_revision: String,
    /// `meta.ReconcileRequestStatus`: last handled reconcile request token.
    #[serde(flatten)]
    pub reconcile_request: ReconcileRequestStatus,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::meta::tests::round_trip;

    #[test]
    fn export_examples_roundtrip() {
        round_trip::<ImageRepository>(&serde_json::json!({
            "apiVersion": API_VERSION, "kind": "ImageRepository",
            "metadata": {"name": "flux-system", "namespace": "flux-system"},
            "spec": {"exclusionList": ["^.*\\.sig$"], "image": "ghcr.io/test/podinfo",
                     "interval": "1m0s", "provider": "generic"}
        }));
        round_trip::<ImagePolicy>(&serde_json::json!({
            "apiVersion": API_VERSION, "kind": "ImagePolicy",
            "metadata": {"name": "flux-system", "namespace": "flux-system"},
            "spec": {"digestReflectionPolicy": "Never", "imageRepositoryRef": {"name": "flux-system"},
                     "policy": {"semver": {"range": "5.0.x"}}}
        }));
        round_trip::<ImageUpdateAutomation>(&serde_json::json!({
            "apiVersion": API_VERSION, "kind": "ImageUpdateAutomation",
            "metadata": {"name": "flux-system", "namespace": "flux-system"},
            "spec": {
                "git": {"commit": {
                    "author": {"email": "fluxcdbot@users.noreply.github.com", "name": "fluxcdbot"},
                    "messageTemplate": "{{range .Updated.Images}}{{println .}}{{end}}",
                    "signingKey": {"secretRef": {"name": "my-signing-key"}, "type": "ssh"}}},
                "interval": "1m0s",
                "sourceRef": {"kind": "GitRepository", "name": "flux-system"},
                "update": {"path": "./clusters/my-cluster", "strategy": "Setters"}}
        }));
    }

    #[test]
    fn status_roundtrip() {
        round_trip::<ImageRepository>(&serde_json::json!({
            "apiVersion": API_VERSION, "kind": "ImageRepository",
            "metadata": {"name": "podinfo"},
            "spec": {"image": "ghcr.io/x/y", "interval": "5m0s", "timeout": "30s",
                     "accessFrom": {"namespaceSelectors": [{"matchLabels": {"a": "b"}}]}},
            "status": {
                "canonicalImageName": "ghcr.io/x/y",
                "conditions": [{"lastTransitionTime": "2024-01-01T00:00:00Z", "message": "ok",
                                "reason": "Succeeded", "status": "True", "type": "Ready",
                                "observedGeneration": 1}],
                "lastHandledReconcileAt": "now",
                "lastScanResult": {"latestTags": ["1"], "revision": "r", "scanTime": null, "tagCount": 3},
                "observedGeneration": 1
            }
        }));
        round_trip::<ImagePolicy>(&serde_json::json!({
            "apiVersion": API_VERSION, "kind": "ImagePolicy", "metadata": {},
            "spec": {"imageRepositoryRef": {"name": "a", "namespace": "b"}, "policy": {},
                     "filterTags": {"pattern": "", "extract": ""}, "interval": "10m0s",
                     "digestReflectionPolicy": "Always"},
            "status": {"latestRef": {"name": "ghcr.io/x", "tag": "1.0.0", "digest": "sha256:1"},
                       "observedPreviousRef": {"name": "ghcr.io/x", "tag": "0.9.0"},
                       "observedGeneration": 2}
        }));
        round_trip::<ImageUpdateAutomation>(&serde_json::json!({
            "apiVersion": API_VERSION, "kind": "ImageUpdateAutomation", "metadata": {},
            "spec": {"interval": "0s", "sourceRef": {"apiVersion": "source.toolkit.fluxcd.io/v1",
                     "kind": "GitRepository", "name": "a", "namespace": "b"},
                     "git": {"checkout": {"ref": {"branch": "main"}},
                             "commit": {"author": {"email": "e"}, "messageTemplateValues": {"k": "v"}},
                             "push": {"branch": "x", "refspec": "refs/heads/x", "options": {"o": "1"}}},
                     "policySelector": {"matchLabels": {"a": "b"}}, "suspend": true},
            "status": {"lastPushCommit": "abc", "lastPushTime": "2024-01-01T00:00:00Z",
                       "observedPolicies": {"p": {"name": "n", "tag": "t"}},
                       "observedSourceRevision": "main@sha1:abc"}
        }));
    }
}
