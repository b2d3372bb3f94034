//! The `source.toolkit.fluxcd.io/v1` API types (source-controller v1.9): GitRepository,
//! HelmRepository, HelmChart, Bucket, OCIRepository and ExternalArtifact, spec and status.
//! Field presence follows the Go JSON tags: `omitempty` fields are skipped when empty, required
//! ones (`url`, `interval`, `chart`, `sourceRef`, …) are always written.

use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::cli::GoDuration;
pub use crate::kinds::meta::{AccessFrom, NamespaceSelector};
use crate::kinds::meta::{
    Artifact, Condition, LocalObjectReference, NamespacedObjectKindReference,
    ReconcileRequestStatus, is_false, is_zero_i64,
};

/// The API group of the source kinds.
pub const GROUP: &str = "source.toolkit.fluxcd.io";
/// `apiVersion` of every kind in this module.
pub const API_VERSION: &str = "source.toolkit.fluxcd.io/v1";

/// `GitRepository` kind name.
pub const GIT_REPOSITORY_KIND: &str = "GitRepository";
/// `HelmRepository` kind name.
pub const HELM_REPOSITORY_KIND: &str = "HelmRepository";
/// `HelmChart` kind name.
pub const HELM_CHART_KIND: &str = "HelmChart";
/// `Bucket` kind name.
pub const BUCKET_KIND: &str = "Bucket";
/// `OCIRepository` kind name.
pub const OCI_REPOSITORY_KIND: &str = "OCIRepository";
/// `ExternalArtifact` kind name.
pub const EXTERNAL_ARTIFACT_KIND: &str = "ExternalArtifact";

/// `HelmRepository.spec.type` for OCI registries.
pub const HELM_REPOSITORY_TYPE_OCI: &str = "oci";

// ---------------------------------------------------------------------------------------------
// GitRepository
// ---------------------------------------------------------------------------------------------

/// A Git repository source.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct GitRepository {
    /// `source.toolkit.fluxcd.io/v1`.
    pub api_version: String,
    /// `GitRepository`.
    pub kind: String,
    /// Object metadata.
    #[serde(default)]
    pub metadata: ObjectMeta,
    /// Desired state.
    #[serde(default)]
    pub spec: GitRepositorySpec,
    /// Observed state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GitRepositoryStatus>,
}

/// `GitRepository.spec`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct GitRepositorySpec {
    /// Repository address (`http`, `https` or `ssh`).
    #[serde(default)]
    pub url: String,
    /// Secret with credentials.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// Authentication provider: `generic`, `aws`, `azure`, `github`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub provider: String,
    /// Service account for workload identity (`azure`, `aws`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub service_account_name: String,
    /// Sync interval.
    #[serde(default)]
    pub interval: GoDuration,
    /// Timeout for Git operations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<GoDuration>,
    /// The Git reference to check out.
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<GitRepositoryRef>,
    /// Commit signature verification.
    #[serde(rename = "verify", default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<GitRepositoryVerification>,
    /// Secret with proxy settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_secret_ref: Option<LocalObjectReference>,
    /// `.sourceignore` patterns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore: Option<String>,
    /// Suspends reconciliation.
    #[serde(default, skip_serializing_if = "is_false")]
    pub suspend: bool,
    /// Also clone submodules.
    #[serde(default, skip_serializing_if = "is_false")]
    pub recurse_submodules: bool,
    /// Other GitRepositories whose artifacts are included.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub include: Vec<GitRepositoryInclude>,
    /// Directories to check out (sparse checkout).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sparse_checkout: Vec<String>,
}

/// An included GitRepository artifact.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct GitRepositoryInclude {
    /// The GitRepository to include.
    #[serde(rename = "repository", default)]
    pub git_repository_ref: LocalObjectReference,
    /// Path to copy from.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub from_path: String,
    /// Path to copy to.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub to_path: String,
}

/// `GitRepository.spec.ref`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct GitRepositoryRef {
    /// Branch name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub branch: String,
    /// Tag name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tag: String,
    /// Semver range over tags.
    #[serde(rename = "semver", default, skip_serializing_if = "String::is_empty")]
    pub semver: String,
    /// Full reference name (`refs/heads/main`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Commit SHA.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub commit: String,
}

/// `GitRepository.spec.verify`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct GitRepositoryVerification {
    /// What to verify: `HEAD`, `Tag`, `TagAndHEAD` (or legacy `head`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mode: String,
    /// Secret with the trusted public keys.
    #[serde(default)]
    pub secret_ref: LocalObjectReference,
}

/// `GitRepository.status`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct GitRepositoryStatus {
    /// Last observed generation.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub observed_generation: i64,
    /// Conditions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// The last produced artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifact: Option<Artifact>,
    /// Artifacts of the included repositories.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub included_artifacts: Vec<Artifact>,
    /// Ignore patterns used for the artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_ignore: Option<String>,
    /// Submodule setting used for the artifact.
    #[serde(default, skip_serializing_if = "is_false")]
    pub observed_recurse_submodules: bool,
    /// Includes used for the artifact.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub observed_include: Vec<GitRepositoryInclude>,
    /// Sparse checkout directories used for the artifact.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub observed_sparse_checkout: Vec<String>,
    /// Verification mode last used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_verification_mode: Option<String>,
    /// `lastHandledReconcileAt`.
    #[serde(flatten)]
    pub reconcile_request: ReconcileRequestStatus,
}

// ---------------------------------------------------------------------------------------------
// HelmRepository
// ---------------------------------------------------------------------------------------------

/// A Helm repository (HTTP index or OCI registry).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HelmRepository {
    /// `source.toolkit.fluxcd.io/v1`.
    pub api_version: String,
    /// `HelmRepository`.
    pub kind: String,
    /// Object metadata.
    #[serde(default)]
    pub metadata: ObjectMeta,
    /// Desired state.
    #[serde(default)]
    pub spec: HelmRepositorySpec,
    /// Observed state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<HelmRepositoryStatus>,
}

/// `HelmRepository.spec`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HelmRepositorySpec {
    /// Repository address (`http`, `https` or `oci`).
    #[serde(default)]
    pub url: String,
    /// Secret with credentials.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// Secret with TLS material.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert_secret_ref: Option<LocalObjectReference>,
    /// Pass credentials to hosts other than the URL's.
    #[serde(default, skip_serializing_if = "is_false")]
    pub pass_credentials: bool,
    /// Sync interval (Go `omitempty` on a struct: always written).
    #[serde(default)]
    pub interval: GoDuration,
    /// Allow plain HTTP registries (OCI only).
    #[serde(default, skip_serializing_if = "is_false")]
    pub insecure: bool,
    /// Timeout for index fetches and OCI pulls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<GoDuration>,
    /// Suspends reconciliation.
    #[serde(default, skip_serializing_if = "is_false")]
    pub suspend: bool,
    /// Cross-namespace access list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_from: Option<AccessFrom>,
    /// `default` or `oci`.
    #[serde(rename = "type", default, skip_serializing_if = "String::is_empty")]
    pub type_: String,
    /// Authentication provider for OCI: `generic`, `aws`, `azure`, `gcp`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub provider: String,
}

/// `HelmRepository.status`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HelmRepositoryStatus {
    /// Last observed generation.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub observed_generation: i64,
    /// Conditions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// Fetch link of the latest artifact.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// The last produced artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifact: Option<Artifact>,
    /// `lastHandledReconcileAt`.
    #[serde(flatten)]
    pub reconcile_request: ReconcileRequestStatus,
}

// ---------------------------------------------------------------------------------------------
// HelmChart
// ---------------------------------------------------------------------------------------------

/// A Helm chart fetched from a HelmRepository, GitRepository or Bucket.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HelmChart {
    /// `source.toolkit.fluxcd.io/v1`.
    pub api_version: String,
    /// `HelmChart`.
    pub kind: String,
    /// Object metadata.
    #[serde(default)]
    pub metadata: ObjectMeta,
    /// Desired state.
    #[serde(default)]
    pub spec: HelmChartSpec,
    /// Observed state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<HelmChartStatus>,
}

/// `HelmChart.spec`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HelmChartSpec {
    /// Chart name or path in the source.
    #[serde(default)]
    pub chart: String,
    /// Semver expression for the chart version.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub version: String,
    /// The source holding the chart.
    #[serde(default)]
    pub source_ref: LocalHelmChartSourceReference,
    /// Sync interval.
    #[serde(default)]
    pub interval: GoDuration,
    /// `ChartVersion` or `Revision`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reconcile_strategy: String,
    /// Values files merged into the chart's values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values_files: Vec<String>,
    /// Ignore values files that are missing.
    #[serde(default, skip_serializing_if = "is_false")]
    pub ignore_missing_values_files: bool,
    /// Suspends reconciliation.
    #[serde(default, skip_serializing_if = "is_false")]
    pub suspend: bool,
    /// Signature verification (OCI HelmRepositories only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify: Option<OCIRepositoryVerification>,
}

/// `HelmChart.spec.sourceRef`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct LocalHelmChartSourceReference {
    /// API version of the referent.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub api_version: String,
    /// `HelmRepository`, `GitRepository` or `Bucket`.
    #[serde(default)]
    pub kind: String,
    /// Name of the referent.
    #[serde(default)]
    pub name: String,
}

/// `HelmChart.status`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HelmChartStatus {
    /// Last observed generation.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub observed_generation: i64,
    /// Source revision the chart was last built from.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub observed_source_artifact_revision: String,
    /// Chart name last resolved.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub observed_chart_name: String,
    /// Values files of the last successful build.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub observed_values_files: Vec<String>,
    /// Conditions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// Fetch link of the latest artifact.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// The last produced artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifact: Option<Artifact>,
    /// `lastHandledReconcileAt`.
    #[serde(flatten)]
    pub reconcile_request: ReconcileRequestStatus,
}

// ---------------------------------------------------------------------------------------------
// Bucket
// ---------------------------------------------------------------------------------------------

/// An object-storage bucket source.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Bucket {
    /// `source.toolkit.fluxcd.io/v1`.
    pub api_version: String,
    /// `Bucket`.
    pub kind: String,
    /// Object metadata.
    #[serde(default)]
    pub metadata: ObjectMeta,
    /// Desired state.
    #[serde(default)]
    pub spec: BucketSpec,
    /// Observed state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<BucketStatus>,
}

/// `Bucket.spec`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BucketSpec {
    /// `generic`, `aws`, `gcp` or `azure`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub provider: String,
    /// Bucket name.
    #[serde(default)]
    pub bucket_name: String,
    /// Storage address (`host[:port]`).
    #[serde(default)]
    pub endpoint: String,
    /// Security Token Service settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sts: Option<BucketSTSSpec>,
    /// Allow plain HTTP.
    #[serde(default, skip_serializing_if = "is_false")]
    pub insecure: bool,
    /// Region of the endpoint.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub region: String,
    /// Server-side object prefix filter.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prefix: String,
    /// Secret with credentials.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// Service account for workload identity (`gcp`, `aws`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub service_account_name: String,
    /// Secret with TLS material.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert_secret_ref: Option<LocalObjectReference>,
    /// Secret with proxy settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_secret_ref: Option<LocalObjectReference>,
    /// Sync interval.
    #[serde(default)]
    pub interval: GoDuration,
    /// Timeout for fetch operations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<GoDuration>,
    /// `.sourceignore` patterns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore: Option<String>,
    /// Suspends reconciliation.
    #[serde(default, skip_serializing_if = "is_false")]
    pub suspend: bool,
}

/// `Bucket.spec.sts`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BucketSTSSpec {
    /// `aws` or `ldap`.
    #[serde(default)]
    pub provider: String,
    /// STS address.
    #[serde(default)]
    pub endpoint: String,
    /// Secret with LDAP credentials.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// Secret with TLS material for the STS endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert_secret_ref: Option<LocalObjectReference>,
}

/// `Bucket.status`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BucketStatus {
    /// Last observed generation.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub observed_generation: i64,
    /// Conditions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// Fetch link of the latest artifact.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// The last produced artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifact: Option<Artifact>,
    /// Ignore patterns used for the artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_ignore: Option<String>,
    /// `lastHandledReconcileAt`.
    #[serde(flatten)]
    pub reconcile_request: ReconcileRequestStatus,
}

// ---------------------------------------------------------------------------------------------
// OCIRepository
// ---------------------------------------------------------------------------------------------

/// An OCI artifact repository source.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OCIRepository {
    /// `source.toolkit.fluxcd.io/v1`.
    pub api_version: String,
    /// `OCIRepository`.
    pub kind: String,
    /// Object metadata.
    #[serde(default)]
    pub metadata: ObjectMeta,
    /// Desired state.
    #[serde(default)]
    pub spec: OCIRepositorySpec,
    /// Observed state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OCIRepositoryStatus>,
}

/// `OCIRepository.spec`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OCIRepositorySpec {
    /// Repository address (`oci://…`).
    #[serde(default)]
    pub url: String,
    /// Which artifact to pull.
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<OCIRepositoryRef>,
    /// Which layer to use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layer_selector: Option<OCILayerSelector>,
    /// `generic`, `aws`, `azure` or `gcp`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub provider: String,
    /// Secret with registry credentials (`kubernetes.io/dockerconfigjson`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// Signature verification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify: Option<OCIRepositoryVerification>,
    /// Service account whose pull secrets are used.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub service_account_name: String,
    /// Secret with TLS material.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert_secret_ref: Option<LocalObjectReference>,
    /// Secret with proxy settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_secret_ref: Option<LocalObjectReference>,
    /// Sync interval.
    #[serde(default)]
    pub interval: GoDuration,
    /// Timeout for registry operations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<GoDuration>,
    /// `.sourceignore` patterns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore: Option<String>,
    /// Allow plain HTTP registries.
    #[serde(default, skip_serializing_if = "is_false")]
    pub insecure: bool,
    /// Suspends reconciliation.
    #[serde(default, skip_serializing_if = "is_false")]
    pub suspend: bool,
}

/// `OCIRepository.spec.ref`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OCIRepositoryRef {
    /// Manifest digest (`sha256:…`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub digest: String,
    /// Semver range over tags.
    #[serde(rename = "semver", default, skip_serializing_if = "String::is_empty")]
    pub semver: String,
    /// Regex filter for the semver candidates.
    #[serde(
        rename = "semverFilter",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub semver_filter: String,
    /// Tag.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tag: String,
}

/// `OCIRepository.spec.layerSelector`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OCILayerSelector {
    /// Media type of the layer.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub media_type: String,
    /// `extract` or `copy`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub operation: String,
}

/// Signature verification settings (OCIRepository and HelmChart).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OCIRepositoryVerification {
    /// `cosign` or `notation`.
    #[serde(default)]
    pub provider: String,
    /// Secret with trusted public keys or certificates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// Keyless identities that are accepted.
    #[serde(
        rename = "matchOIDCIdentity",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub match_oidc_identity: Vec<OIDCIdentityMatch>,
    /// Secret with a Sigstore trusted root.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trusted_root_secret_ref: Option<LocalObjectReference>,
}

/// An accepted OIDC issuer/subject pair (regular expressions).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OIDCIdentityMatch {
    /// Issuer regex.
    #[serde(default)]
    pub issuer: String,
    /// Subject regex.
    #[serde(default)]
    pub subject: String,
}

/// `OCIRepository.status`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OCIRepositoryStatus {
    /// Last observed generation.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub observed_generation: i64,
    /// Conditions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// Fetch link of the latest artifact.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// The last produced artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifact: Option<Artifact>,
    /// Ignore patterns used for the artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_ignore: Option<String>,
    /// Layer selector used for the artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_layer_selector: Option<OCILayerSelector>,
    /// `lastHandledReconcileAt`.
    #[serde(flatten)]
    pub reconcile_request: ReconcileRequestStatus,
}

// ---------------------------------------------------------------------------------------------
// ExternalArtifact
// ---------------------------------------------------------------------------------------------

/// An artifact produced by a controller outside source-controller.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ExternalArtifact {
    /// `source.toolkit.fluxcd.io/v1`.
    pub api_version: String,
    /// `ExternalArtifact`.
    pub kind: String,
    /// Object metadata.
    #[serde(default)]
    pub metadata: ObjectMeta,
    /// Desired state.
    #[serde(default)]
    pub spec: ExternalArtifactSpec,
    /// Observed state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ExternalArtifactStatus>,
}

/// `ExternalArtifact.spec`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ExternalArtifactSpec {
    /// The object the artifact was generated for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_ref: Option<NamespacedObjectKindReference>,
}

/// `ExternalArtifact.status`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ExternalArtifactStatus {
    /// The artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifact: Option<Artifact>,
    /// Conditions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::meta::tests::round_trip;
    use serde_json::json;

    #[test]
    fn required_fields_always_written() {
        let chart = HelmChart {
            api_version: API_VERSION.into(),
            kind: HELM_CHART_KIND.into(),
            ..Default::default()
        };
        let v = serde_json::to_value(&chart).unwrap();
        assert_eq!(
            v["spec"],
            json!({"chart": "", "sourceRef": {"kind": "", "name": ""}, "interval": "0s"})
        );
        let ident = OIDCIdentityMatch {
            issuer: "github".into(),
            ..Default::default()
        };
        assert_eq!(
            serde_json::to_value(&ident).unwrap(),
            json!({"issuer": "github", "subject": ""})
        );
    }

    #[test]
    fn status_round_trip() {
        let v = json!({
            "apiVersion": API_VERSION,
            "kind": "GitRepository",
            "metadata": {"name": "podinfo", "namespace": "flux-system", "generation": 2},
            "spec": {"interval": "1m0s", "ref": {"branch": "main"}, "url": "https://github.com/stefanprodan/podinfo"},
            "status": {
                "observedGeneration": 2,
                "conditions": [{"type": "Ready", "status": "True", "reason": "Succeeded", "message": "stored artifact", "lastTransitionTime": "2024-01-02T03:04:05Z", "observedGeneration": 2}],
                "artifact": {"path": "p", "url": "u", "revision": "main@sha1:abc", "digest": "sha256:1", "lastUpdateTime": "2024-01-02T03:04:05Z", "size": 10},
                "lastHandledReconcileAt": "2024-01-02T03:04:05Z"
            }
        });
        round_trip::<GitRepository>(&v);
        let oci = json!({
            "apiVersion": API_VERSION, "kind": "OCIRepository", "metadata": {"name": "x"},
            "spec": {"interval": "10m0s", "provider": "generic", "ref": {"tag": "6.3.5"}, "url": "oci://ghcr.io/x",
                     "layerSelector": {"mediaType": "m", "operation": "copy"},
                     "verify": {"provider": "cosign", "matchOIDCIdentity": [{"issuer": "i", "subject": ""}], "trustedRootSecretRef": {"name": "r"}}},
            "status": {"observedLayerSelector": {"mediaType": "m"}, "url": "http://x"}
        });
        round_trip::<OCIRepository>(&oci);
    }
}
