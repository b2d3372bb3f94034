//! Markers of the `source.extensions.fluxcd.io/v1beta1` ArtifactGenerator CRD (source-watcher
//! `api/v1beta1`).

use super::markers::Schema;
use super::schema_of;
use crate::kinds::source_extensions;

/// `@<alias>/<path>`: a path inside a source's artifact.
const ALIAS_PATH: &str = r"^@([a-z0-9]([a-z0-9_-]*[a-z0-9])?)/(.*)$";
/// `@<alias>`: a source whose revision is taken.
const ALIAS: &str = r"^@([a-z0-9]([a-z0-9_-]*[a-z0-9])?)$";

pub(super) fn artifact_generator() -> Schema {
    let mut s = schema_of::<source_extensions::ArtifactGenerator>();
    s.cel(
        ".spec",
        &[(
            r"has(self.pathPattern) && size(self.pathPattern) > 0 || self.artifacts.all(a, a.name.matches('^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'))",
            "artifact names must be valid Kubernetes object names when pathPattern is not set",
        )],
    )
    .items(".spec.artifacts", 1, 1000)
    .items(".spec.artifacts[].copy", 1, 0)
    .items(".spec.artifacts[].copy[].exclude", 0, 100)
    .pattern(".spec.artifacts[].copy[].from", ALIAS_PATH)
    .length(".spec.artifacts[].copy[].from", 1, 1024)
    .enumeration(".spec.artifacts[].copy[].strategy", &["Overwrite", "Merge", "Extract"])
    .pattern(".spec.artifacts[].copy[].to", r"^@(artifact)/(.*)$")
    .length(".spec.artifacts[].copy[].to", 1, 1024)
    .length(".spec.artifacts[].name", 1, 253)
    .each(
        &[".spec.artifacts[].originRevision", ".spec.artifacts[].revision"],
        |s, p| {
            s.pattern(p, ALIAS).length(p, 0, 64);
        },
    )
    .pattern(".spec.pathPattern", ALIAS_PATH)
    .length(".spec.pathPattern", 0, 1024)
    .items(".spec.sources", 1, 1000)
    .pattern(".spec.sources[].alias", r"^[a-z0-9]([a-z0-9_-]*[a-z0-9])?$")
    .length(".spec.sources[].alias", 0, 63)
    .enumeration(
        ".spec.sources[].kind",
        &["Bucket", "GitRepository", "OCIRepository", "HelmChart", "ExternalArtifact"],
    )
    .pattern(".spec.sources[].name", r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")
    .length(".spec.sources[].name", 0, 253)
    .pattern(".spec.sources[].namespace", r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
    .length(".spec.sources[].namespace", 1, 63);
    s
}
