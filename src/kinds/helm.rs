//! `helm.toolkit.fluxcd.io/v2` API types: `HelmRelease` with every field of its spec and status,
//! serialised with the Go JSON tags of helm-controller's `api/v2` (omitempty fields are skipped
//! when empty, the others are always written).
//!
//! Shared Flux meta types come from `kinds::meta` (re-exported here).

use std::collections::BTreeMap;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::{Condition, ObjectMeta, Time};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::cli::GoDuration;
pub use crate::kinds::meta::{
    CommonMetadata, CrossNamespaceSourceReference, CustomHealthCheck, DependencyReference,
    IgnoreRule, Image, KubeConfigReference, LocalObjectReference, Patch, ResourceInventory,
    Selector,
};
use crate::kinds::meta::{ReconcileRequestStatus, is_false, is_zero_i32, is_zero_i64};

/// The API group.
pub const GROUP: &str = "helm.toolkit.fluxcd.io";
/// The served version.
pub const VERSION: &str = "v2";
/// `apiVersion` of a `HelmRelease`.
pub const API_VERSION: &str = "helm.toolkit.fluxcd.io/v2";
/// The kind name.
pub const HELM_RELEASE_KIND: &str = "HelmRelease";

/// A `HelmRelease` (`helm.toolkit.fluxcd.io/v2`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HelmRelease {
    /// `helm.toolkit.fluxcd.io/v2`.
    pub api_version: String,
    /// `HelmRelease`.
    pub kind: String,
    /// Object metadata.
    #[serde(default)]
    pub metadata: ObjectMeta,
    /// Desired state.
    #[serde(default)]
    pub spec: HelmReleaseSpec,
    /// Observed state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<HelmReleaseStatus>,
}

impl HelmRelease {
    /// An object with `apiVersion`, `kind`, the given metadata and spec.
    pub fn new(metadata: ObjectMeta, spec: HelmReleaseSpec) -> Self {
        Self {
            api_version: API_VERSION.to_string(),
            kind: HELM_RELEASE_KIND.to_string(),
            metadata,
            spec,
            status: None,
        }
    }
}

/// `HelmReleaseSpec`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HelmReleaseSpec {
    /// Template of the HelmChart the release is built from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chart: Option<HelmChartTemplate>,
    /// Reference to an existing chart source (OCIRepository, HelmChart, ExternalArtifact).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chart_ref: Option<CrossNamespaceSourceReference>,
    /// Reconciliation interval.
    pub interval: GoDuration,
    /// Kubeconfig of a remote cluster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kube_config: Option<KubeConfigReference>,
    /// Whether reconciliation is suspended.
    #[serde(default, skip_serializing_if = "is_false")]
    pub suspend: bool,
    /// Name of the Helm release.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub release_name: String,
    /// Namespace the release is installed into.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target_namespace: String,
    /// Namespace where the Helm storage lives.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub storage_namespace: String,
    /// Objects that must be ready first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<DependencyReference>,
    /// Timeout of Helm actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<GoDuration>,
    /// Number of release revisions kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_history: Option<i32>,
    /// Service account to impersonate.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub service_account_name: String,
    /// Keep the Kubernetes client between Helm actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persistent_client: Option<bool>,
    /// Drift detection settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drift_detection: Option<DriftDetection>,
    /// Install settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub install: Option<Install>,
    /// Upgrade settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upgrade: Option<Upgrade>,
    /// Test settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test: Option<Test>,
    /// Rollback settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<Rollback>,
    /// Uninstall settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uninstall: Option<Uninstall>,
    /// Values from ConfigMaps and Secrets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values_from: Vec<ValuesReference>,
    /// Inline values (free-form JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<serde_json::Value>,
    /// Post renderers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub post_renderers: Vec<PostRenderer>,
    /// How post renderers treat hooks (`nohooks`, `combined`, `separate`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub post_render_strategy: String,
    /// Labels and annotations added to every rendered object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_metadata: Option<CommonMetadata>,
    /// CEL health checks for custom resources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub health_check_exprs: Vec<CustomHealthCheck>,
    /// How readiness of the release's objects is awaited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_strategy: Option<WaitStrategy>,
}

/// `HelmChartTemplate`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HelmChartTemplate {
    /// Labels and annotations of the generated HelmChart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<HelmChartTemplateObjectMeta>,
    /// The HelmChart spec.
    #[serde(default)]
    pub spec: HelmChartTemplateSpec,
}

/// `HelmChartTemplateObjectMeta`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HelmChartTemplateObjectMeta {
    /// Labels.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
    /// Annotations.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub annotations: BTreeMap<String, String>,
}

/// `HelmChartTemplateSpec`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HelmChartTemplateSpec {
    /// Chart name or path.
    #[serde(default)]
    pub chart: String,
    /// Chart version (semver range).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub version: String,
    /// The source of the chart.
    #[serde(default)]
    pub source_ref: CrossNamespaceObjectReference,
    /// Interval of chart checks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<GoDuration>,
    /// `ChartVersion` or `Revision`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reconcile_strategy: String,
    /// Values files merged from the chart source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values_files: Vec<String>,
    /// Tolerate missing values files.
    #[serde(default, skip_serializing_if = "is_false")]
    pub ignore_missing_values_files: bool,
    /// Signature verification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify: Option<HelmChartTemplateVerification>,
}

/// `HelmChartTemplateVerification`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HelmChartTemplateVerification {
    /// `cosign` or `notation`.
    #[serde(default)]
    pub provider: String,
    /// Secret with the trusted keys.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
}

/// `CrossNamespaceObjectReference` (the chart template's source). Not
/// [`CrossNamespaceSourceReference`]: helm-controller tags `kind` `omitempty` here, so an empty
/// kind is not written.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CrossNamespaceObjectReference {
    /// API version.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub api_version: String,
    /// Kind.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind: String,
    /// Name.
    #[serde(default)]
    pub name: String,
    /// Namespace.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub namespace: String,
}

/// `DriftDetection`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DriftDetection {
    /// `enabled`, `warn` or `disabled`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mode: String,
    /// Fields ignored by drift detection.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ignore: Vec<IgnoreRule>,
}

/// An install or upgrade retry strategy.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ActionStrategy {
    /// `RemediateOnFailure` or `RetryOnFailure`.
    #[serde(default)]
    pub name: String,
    /// Interval between retries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_interval: Option<GoDuration>,
}

/// `Install`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Install {
    /// Timeout of the install action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<GoDuration>,
    /// Remediation of failed installs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remediation: Option<InstallRemediation>,
    /// Retry strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<ActionStrategy>,
    /// Do not wait for resources to be ready.
    #[serde(default, skip_serializing_if = "is_false")]
    pub disable_wait: bool,
    /// Do not wait for Jobs to complete.
    #[serde(default, skip_serializing_if = "is_false")]
    pub disable_wait_for_jobs: bool,
    /// Skip hooks.
    #[serde(default, skip_serializing_if = "is_false")]
    pub disable_hooks: bool,
    /// Skip OpenAPI validation.
    #[serde(
        default,
        rename = "disableOpenAPIValidation",
        skip_serializing_if = "is_false"
    )]
    pub disable_open_api_validation: bool,
    /// Skip JSON schema validation.
    #[serde(default, skip_serializing_if = "is_false")]
    pub disable_schema_validation: bool,
    /// Do not take ownership of existing objects.
    #[serde(default, skip_serializing_if = "is_false")]
    pub disable_take_ownership: bool,
    /// Reuse a release name.
    #[serde(default, skip_serializing_if = "is_false")]
    pub replace: bool,
    /// Deprecated: skip CRDs.
    #[serde(default, rename = "skipCRDs", skip_serializing_if = "is_false")]
    pub skip_crds: bool,
    /// CRD policy (`Skip`, `Create`, `CreateReplace`).
    #[serde(default, rename = "crds", skip_serializing_if = "String::is_empty")]
    pub crds: String,
    /// Create the target namespace.
    #[serde(default, skip_serializing_if = "is_false")]
    pub create_namespace: bool,
    /// Use server-side apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_side_apply: Option<bool>,
}

/// `InstallRemediation`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct InstallRemediation {
    /// Number of retries.
    #[serde(default, skip_serializing_if = "is_zero_i32")]
    pub retries: i32,
    /// Ignore test failures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_test_failures: Option<bool>,
    /// Remediate the last failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remediate_last_failure: Option<bool>,
}

/// `Upgrade`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Upgrade {
    /// Timeout of the upgrade action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<GoDuration>,
    /// Remediation of failed upgrades.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remediation: Option<UpgradeRemediation>,
    /// Retry strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<ActionStrategy>,
    /// What to do when the chart name changes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub chart_name_change_strategy: String,
    /// Do not wait for resources to be ready.
    #[serde(default, skip_serializing_if = "is_false")]
    pub disable_wait: bool,
    /// Do not wait for Jobs to complete.
    #[serde(default, skip_serializing_if = "is_false")]
    pub disable_wait_for_jobs: bool,
    /// Skip hooks.
    #[serde(default, skip_serializing_if = "is_false")]
    pub disable_hooks: bool,
    /// Skip OpenAPI validation.
    #[serde(
        default,
        rename = "disableOpenAPIValidation",
        skip_serializing_if = "is_false"
    )]
    pub disable_open_api_validation: bool,
    /// Skip JSON schema validation.
    #[serde(default, skip_serializing_if = "is_false")]
    pub disable_schema_validation: bool,
    /// Do not take ownership of existing objects.
    #[serde(default, skip_serializing_if = "is_false")]
    pub disable_take_ownership: bool,
    /// Force resource updates.
    #[serde(default, skip_serializing_if = "is_false")]
    pub force: bool,
    /// Reuse the last release's values.
    #[serde(default, skip_serializing_if = "is_false")]
    pub preserve_values: bool,
    /// Delete new objects on failure.
    #[serde(default, skip_serializing_if = "is_false")]
    pub cleanup_on_fail: bool,
    /// CRD policy (`Skip`, `Create`, `CreateReplace`).
    #[serde(default, rename = "crds", skip_serializing_if = "String::is_empty")]
    pub crds: String,
    /// Server-side apply (`enabled`, `disabled`, `auto`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub server_side_apply: String,
}

/// `UpgradeRemediation`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct UpgradeRemediation {
    /// Number of retries.
    #[serde(default, skip_serializing_if = "is_zero_i32")]
    pub retries: i32,
    /// Ignore test failures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_test_failures: Option<bool>,
    /// Remediate the last failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remediate_last_failure: Option<bool>,
    /// `rollback` or `uninstall`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<String>,
}

/// `Test`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Test {
    /// Run tests after install and upgrade.
    #[serde(default, skip_serializing_if = "is_false")]
    pub enable: bool,
    /// Timeout of the test action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<GoDuration>,
    /// Ignore test failures.
    #[serde(default, skip_serializing_if = "is_false")]
    pub ignore_failures: bool,
    /// Which tests run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
}

/// A test filter.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Filter {
    /// Test name.
    #[serde(default)]
    pub name: String,
    /// Exclude instead of include.
    #[serde(default, skip_serializing_if = "is_false")]
    pub exclude: bool,
}

/// `Rollback`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Rollback {
    /// Timeout of the rollback action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<GoDuration>,
    /// Do not wait for resources to be ready.
    #[serde(default, skip_serializing_if = "is_false")]
    pub disable_wait: bool,
    /// Do not wait for Jobs to complete.
    #[serde(default, skip_serializing_if = "is_false")]
    pub disable_wait_for_jobs: bool,
    /// Skip hooks.
    #[serde(default, skip_serializing_if = "is_false")]
    pub disable_hooks: bool,
    /// Recreate resources.
    #[serde(default, skip_serializing_if = "is_false")]
    pub recreate: bool,
    /// Force resource updates.
    #[serde(default, skip_serializing_if = "is_false")]
    pub force: bool,
    /// Delete new objects on failure.
    #[serde(default, skip_serializing_if = "is_false")]
    pub cleanup_on_fail: bool,
    /// Server-side apply (`enabled`, `disabled`, `auto`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub server_side_apply: String,
}

/// `Uninstall`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Uninstall {
    /// Timeout of the uninstall action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<GoDuration>,
    /// Skip hooks.
    #[serde(default, skip_serializing_if = "is_false")]
    pub disable_hooks: bool,
    /// Keep the release history.
    #[serde(default, skip_serializing_if = "is_false")]
    pub keep_history: bool,
    /// Do not wait for deletion.
    #[serde(default, skip_serializing_if = "is_false")]
    pub disable_wait: bool,
    /// `background`, `foreground` or `orphan`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_propagation: Option<String>,
}

/// `ValuesReference`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ValuesReference {
    /// `Secret` or `ConfigMap`.
    #[serde(default)]
    pub kind: String,
    /// Name of the object.
    #[serde(default)]
    pub name: String,
    /// Data key holding the values.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub values_key: String,
    /// Path at which the values are merged.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target_path: String,
    /// Tolerate a missing object.
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
    /// Use the value literally (no YAML parsing) at `targetPath`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub literal: bool,
}

/// `PostRenderer`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PostRenderer {
    /// Kustomize post renderer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kustomize: Option<KustomizePostRenderer>,
}

/// The kustomize post renderer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct KustomizePostRenderer {
    /// Patches.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub patches: Vec<Patch>,
    /// Image overrides.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<Image>,
}

/// `WaitStrategy`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct WaitStrategy {
    /// `poller` or `legacy`.
    #[serde(default)]
    pub name: String,
}

/// `HelmReleaseStatus`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HelmReleaseStatus {
    /// Last observed generation.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub observed_generation: i64,
    /// Digest of the last observed post renderers.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub observed_post_renderers_digest: String,
    /// Digest of the last observed common metadata.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub observed_common_metadata_digest: String,
    /// Generation of the last attempted reconciliation.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub last_attempted_generation: i64,
    /// Conditions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// `<namespace>/<name>` of the HelmChart.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub helm_chart: String,
    /// Namespace of the Helm storage.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub storage_namespace: String,
    /// Release history, newest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Snapshot>,
    /// `install` or `upgrade`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub last_attempted_release_action: String,
    /// Duration of the last attempted release action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_attempted_release_action_duration: Option<GoDuration>,
    /// Failures since the last success.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub failures: i64,
    /// Install failures since the last success.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub install_failures: i64,
    /// Upgrade failures since the last success.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub upgrade_failures: i64,
    /// Chart version of the last attempt.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub last_attempted_revision: String,
    /// Digest of the chart of the last attempt.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub last_attempted_revision_digest: String,
    /// Deprecated: values checksum of the last attempt.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub last_attempted_values_checksum: String,
    /// Deprecated: revision of the last release.
    #[serde(default, skip_serializing_if = "is_zero_i32")]
    pub last_release_revision: i32,
    /// Config digest of the last attempt.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub last_attempted_config_digest: String,
    /// Objects of the current release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inventory: Option<ResourceInventory>,
    /// The last reconcile request handled.
    #[serde(flatten)]
    pub reconcile_request: ReconcileRequestStatus,
    /// The last force request handled.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub last_handled_force_at: String,
    /// The last reset request handled.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub last_handled_reset_at: String,
}

/// A Helm release snapshot in `status.history`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    /// Helm storage API version.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub api_version: String,
    /// Release digest.
    #[serde(default)]
    pub digest: String,
    /// Release name.
    #[serde(default)]
    pub name: String,
    /// Release namespace.
    #[serde(default)]
    pub namespace: String,
    /// Release version.
    #[serde(default)]
    pub version: i32,
    /// Release status.
    #[serde(default)]
    pub status: String,
    /// Chart name.
    #[serde(default)]
    pub chart_name: String,
    /// Chart version.
    #[serde(default)]
    pub chart_version: String,
    /// App version.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub app_version: String,
    /// Digest of the release config.
    #[serde(default)]
    pub config_digest: String,
    /// When the release was first deployed.
    #[serde(default)]
    pub first_deployed: Option<Time>,
    /// When the release was last deployed.
    #[serde(default)]
    pub last_deployed: Option<Time>,
    /// When the release was deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<Time>,
    /// Test hooks and their status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_hooks: Option<BTreeMap<String, TestHookStatus>>,
    /// OCI digest of the chart.
    #[serde(
        default,
        rename = "ociDigest",
        skip_serializing_if = "String::is_empty"
    )]
    pub oci_digest: String,
    /// The Helm action that produced this release.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub action: String,
}

/// `TestHookStatus`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TestHookStatus {
    /// When the test started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_started: Option<Time>,
    /// When the test completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_completed: Option<Time>,
    /// Test phase.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phase: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::kustomize::tests::sorted;

    #[test]
    fn chart_without_source_writes_empty_name() {
        let spec = HelmReleaseSpec {
            chart: Some(HelmChartTemplate::default()),
            ..Default::default()
        };
        let v = serde_json::to_value(HelmRelease::new(ObjectMeta::default(), spec)).unwrap();
        assert_eq!(
            v["spec"],
            serde_json::json!({"chart": {"spec": {"chart": "", "sourceRef": {"name": ""}}}, "interval": "0s"})
        );
    }

    #[test]
    fn full_object_round_trips() {
        let src = serde_json::json!({
            "apiVersion": "helm.toolkit.fluxcd.io/v2",
            "kind": "HelmRelease",
            "metadata": {"name": "podinfo", "namespace": "flux-system"},
            "spec": {
                "chart": {
                    "metadata": {"labels": {"a": "b"}, "annotations": {"c": "d"}},
                    "spec": {
                        "chart": "podinfo", "version": "*",
                        "sourceRef": {"apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "HelmRepository", "name": "p", "namespace": "n"},
                        "interval": "10m0s", "reconcileStrategy": "ChartVersion",
                        "valuesFiles": ["values.yaml"], "ignoreMissingValuesFiles": true,
                        "verify": {"provider": "cosign", "secretRef": {"name": "k"}}
                    }
                },
                "chartRef": {"apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "OCIRepository", "name": "o", "namespace": "n"},
                "interval": "5m0s",
                "kubeConfig": {"secretRef": {"name": "kc"}},
                "suspend": true,
                "releaseName": "r", "targetNamespace": "t", "storageNamespace": "s",
                "dependsOn": [{"name": "a"}, {"name": "b", "namespace": "c", "readyExpr": "x"}],
                "timeout": "5m0s", "maxHistory": 0, "serviceAccountName": "sa", "persistentClient": false,
                "driftDetection": {"mode": "enabled", "ignore": [{"paths": ["/spec/replicas"], "target": {"kind": "Deployment"}}]},
                "install": {"timeout": "1m0s", "remediation": {"retries": 3, "ignoreTestFailures": false, "remediateLastFailure": true},
                            "strategy": {"name": "RetryOnFailure", "retryInterval": "5m0s"},
                            "disableWait": true, "disableWaitForJobs": true, "disableHooks": true, "disableOpenAPIValidation": true,
                            "disableSchemaValidation": true, "disableTakeOwnership": true, "replace": true, "skipCRDs": true,
                            "crds": "Create", "createNamespace": true, "serverSideApply": true},
                "upgrade": {"timeout": "1m0s", "remediation": {"retries": -1, "strategy": "rollback"},
                            "strategy": {"name": "RemediateOnFailure"}, "chartNameChangeStrategy": "Reinstall",
                            "disableWait": true, "disableWaitForJobs": true, "disableHooks": true, "disableOpenAPIValidation": true,
                            "disableSchemaValidation": true, "disableTakeOwnership": true, "force": true, "preserveValues": true,
                            "cleanupOnFail": true, "crds": "CreateReplace", "serverSideApply": "auto"},
                "test": {"enable": true, "timeout": "1m0s", "ignoreFailures": true, "filters": [{"name": "t", "exclude": true}]},
                "rollback": {"timeout": "1m0s", "disableWait": true, "disableWaitForJobs": true, "disableHooks": true, "recreate": true,
                             "force": true, "cleanupOnFail": true, "serverSideApply": "enabled"},
                "uninstall": {"timeout": "1m0s", "disableHooks": true, "keepHistory": true, "disableWait": true, "deletionPropagation": "orphan"},
                "valuesFrom": [{"kind": "Secret", "name": "s", "valuesKey": "v.yaml", "targetPath": "a.b", "optional": true, "literal": true}],
                "values": {"replicaCount": 2, "nested": {"list": [1, "a", null, true]}},
                "postRenderers": [{"kustomize": {"patches": [{"patch": "x"}], "images": [{"name": "i", "newTag": "t"}]}}],
                "postRenderStrategy": "combined",
                "commonMetadata": {"labels": {"x": "y"}},
                "healthCheckExprs": [{"apiVersion": "x/v1", "kind": "X", "current": "true"}],
                "waitStrategy": {"name": "poller"}
            },
            "status": {
                "observedGeneration": 2, "observedPostRenderersDigest": "d1", "observedCommonMetadataDigest": "d2",
                "lastAttemptedGeneration": 2,
                "conditions": [{"type": "Ready", "status": "True", "reason": "InstallSucceeded", "message": "ok", "lastTransitionTime": "2024-01-02T03:04:05Z"}],
                "helmChart": "flux-system/flux-system-podinfo", "storageNamespace": "flux-system",
                "history": [{"apiVersion": "v1", "digest": "sha256:a", "name": "podinfo", "namespace": "default", "version": 1, "status": "deployed",
                             "chartName": "podinfo", "chartVersion": "6.3.5", "appVersion": "6.3.5", "configDigest": "sha256:b",
                             "firstDeployed": "2024-01-02T03:04:05Z", "lastDeployed": "2024-01-02T03:04:05Z", "deleted": "2024-01-02T03:04:05Z",
                             "testHooks": {"t": {"lastStarted": "2024-01-02T03:04:05Z", "lastCompleted": "2024-01-02T03:04:05Z", "phase": "Succeeded"}},
                             "ociDigest": "sha256:c", "action": "install"}],
                "lastAttemptedReleaseAction": "install", "lastAttemptedReleaseActionDuration": "2s",
                "failures": 1, "installFailures": 1, "upgradeFailures": 1,
                "lastAttemptedRevision": "6.3.5", "lastAttemptedRevisionDigest": "sha256:c", "lastAttemptedValuesChecksum": "x",
                "lastReleaseRevision": 1, "lastAttemptedConfigDigest": "sha256:b",
                "inventory": {"entries": [{"id": "default_podinfo_apps_Deployment", "v": "v1"}]},
                "lastHandledReconcileAt": "a", "lastHandledForceAt": "b", "lastHandledResetAt": "c"
            }
        });
        let hr: HelmRelease = serde_json::from_value(src.clone()).unwrap();
        assert_eq!(sorted(serde_json::to_value(&hr).unwrap()), sorted(src));
    }
}
