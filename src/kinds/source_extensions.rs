//! The `source.extensions.fluxcd.io/v1beta1` API types (source-watcher v2.2): ArtifactGenerator,
//! which composes ExternalArtifacts from other sources. Field presence follows the CRD: required
//! fields are always written, optional ones are skipped when empty.

use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::kinds::meta::{CommonMetadata, Condition, ReconcileRequestStatus};

/// The API group.
pub const GROUP: &str = "source.extensions.fluxcd.io";
/// `apiVersion` of ArtifactGenerator.
pub const API_VERSION: &str = "source.extensions.fluxcd.io/v1beta1";
/// `ArtifactGenerator` kind name.
pub const ARTIFACT_GENERATOR_KIND: &str = "ArtifactGenerator";

/// Generates ExternalArtifacts by copying files out of other sources.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactGenerator {
    /// `source.extensions.fluxcd.io/v1beta1`.
    pub api_version: String,
    /// `ArtifactGenerator`.
    pub kind: String,
    /// Object metadata.
    #[serde(default)]
    pub metadata: ObjectMeta,
    /// Desired state.
    #[serde(default)]
    pub spec: ArtifactGeneratorSpec,
    /// Observed state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ArtifactGeneratorStatus>,
}

/// `ArtifactGenerator.spec`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactGeneratorSpec {
    /// Labels and annotations for the generated ExternalArtifacts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_metadata: Option<CommonMetadata>,
    /// `@<alias>/<glob>` whose capture groups name the generated artifacts.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub path_pattern: String,
    /// The input sources.
    #[serde(default)]
    pub sources: Vec<SourceReference>,
    /// The artifacts to generate.
    #[serde(rename = "artifacts", default)]
    pub output_artifacts: Vec<OutputArtifact>,
}

/// An input source of an ArtifactGenerator.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SourceReference {
    /// Alias used in copy operations (`@<alias>/…`).
    #[serde(default)]
    pub alias: String,
    /// Name of the source.
    #[serde(default)]
    pub name: String,
    /// Namespace of the source; empty means the generator's namespace.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub namespace: String,
    /// `Bucket`, `GitRepository`, `OCIRepository`, `HelmChart` or `ExternalArtifact`.
    #[serde(default)]
    pub kind: String,
}

/// One generated ExternalArtifact.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OutputArtifact {
    /// Name of the generated artifact.
    #[serde(default)]
    pub name: String,
    /// `@<alias>` whose revision the artifact takes; empty means the content digest.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub revision: String,
    /// `@<alias>` whose origin revision is recorded on the artifact.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub origin_revision: String,
    /// Copy operations, applied in order.
    #[serde(default)]
    pub copy: Vec<CopyOperation>,
}

/// A copy from a source into the generated artifact.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CopyOperation {
    /// `@<alias>/<glob>`.
    #[serde(default)]
    pub from: String,
    /// `@artifact/<path>`.
    #[serde(default)]
    pub to: String,
    /// Glob patterns excluded from `from`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exclude: Vec<String>,
    /// `Overwrite`, `Merge` or `Extract`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub strategy: String,
}

/// `ArtifactGenerator.status`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactGeneratorStatus {
    /// `lastHandledReconcileAt`.
    #[serde(flatten)]
    pub reconcile_request: ReconcileRequestStatus,
    /// Conditions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// The generated ExternalArtifacts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inventory: Vec<ExternalArtifactReference>,
    /// Digest over the state of all input sources.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub observed_sources_digest: String,
}

/// An inventory entry: a generated ExternalArtifact and its digest.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ExternalArtifactReference {
    /// Name of the ExternalArtifact.
    #[serde(default)]
    pub name: String,
    /// Namespace of the ExternalArtifact.
    #[serde(default)]
    pub namespace: String,
    /// Digest of its artifact.
    #[serde(default)]
    pub digest: String,
    /// File name of its artifact in storage.
    #[serde(default)]
    pub filename: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn round_trip() {
        let v = json!({
            "apiVersion": API_VERSION,
            "kind": ARTIFACT_GENERATOR_KIND,
            "metadata": {"name": "podinfo", "namespace": "apps"},
            "spec": {
                "commonMetadata": {"labels": {"app": "podinfo"}},
                "sources": [{"alias": "podinfo", "kind": "GitRepository", "name": "podinfo"},
                            {"alias": "cfg", "kind": "OCIRepository", "name": "cfg", "namespace": "other"}],
                "artifacts": [{"name": "podinfo-composite", "revision": "@podinfo",
                               "copy": [{"from": "@podinfo/charts/**", "to": "@artifact/", "exclude": ["*.md"]},
                                        {"from": "@cfg/values.yaml", "to": "@artifact/podinfo/values.yaml", "strategy": "Merge"}]}]
            },
            "status": {
                "lastHandledReconcileAt": "now",
                "inventory": [{"name": "podinfo-composite", "namespace": "apps", "digest": "sha256:1", "filename": "x.tar.gz"}],
                "observedSourcesDigest": "sha256:2"
            }
        });
        let typed: ArtifactGenerator = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(typed.spec.output_artifacts[0].copy.len(), 2);
        assert_eq!(serde_json::to_value(&typed).unwrap(), v);
    }
}
