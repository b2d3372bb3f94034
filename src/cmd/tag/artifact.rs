//! `flux tag artifact`: mirrors upstream `cmd/flux/tag_artifact.go` (artifacts-create.md §A.8).
//! Deviations: none known.

use clap::{ArgAction, Args};

use crate::cmd::Ctx;
use crate::cmd::registry::RegistryAuthArgs;
use crate::error::{CliError, ExitStatus};
use crate::oci::client::ArtifactRef;
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Tag an artifact as latest
  flux tag artifact oci://ghcr.io/org/manifests/app:v0.0.1 --tag latest";

// Tag an artifact.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct TagArtifactArgs {
    /// the artifact URL (oci://<registry>/<repository>:<tag>)
    #[arg(value_name = "URL")]
    pub args: Vec<String>,

    /// the tags to add, comma separated
    #[arg(long, value_delimiter = ',', action = ArgAction::Append)]
    pub tag: Vec<String>,

    #[command(flatten)]
    pub registry: RegistryAuthArgs,
}

/// Runs `flux tag artifact`.
pub async fn run(ctx: &Ctx, args: TagArtifactArgs) -> Result<ExitStatus, CliError> {
    let Some(url) = args.args.first().cloned() else {
        return Err(CliError::msg("artifact name is required"));
    };
    let tags: Vec<String> = args.tag.iter().filter(|t| !t.is_empty()).cloned().collect();
    if tags.is_empty() {
        return Err(CliError::msg("--tag is required"));
    }
    let reference = ArtifactRef::parse(&url).map_err(CliError::msg)?;
    args.registry.print_login(ctx);
    let work = async {
        let repo = args.registry.client(ctx, &reference, false, "").await?;
        ctx.ui.action("tagging artifact");
        let failed = |e: String| CliError::msg(format!("tagging artifact failed: {e}"));
        let manifest = repo
            .manifest_required(&reference.reference())
            .await
            .map_err(|e| failed(e.0))?;
        let media_type = if manifest.media_type.is_empty() {
            crate::oci::client::OCI_MANIFEST.to_string()
        } else {
            manifest.media_type.clone()
        };
        for tag in &tags {
            let canonical = format!("{}:{tag}", reference.repository_name());
            if ArtifactRef::parse(&format!("oci://{canonical}")).is_err() {
                return Err(failed(format!(
                    "repository can only contain the characters `abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-`: {tag}"
                )));
            }
            repo.push_manifest(tag, &media_type, manifest.body.clone())
                .await
                .map_err(|e| failed(e.0))?;
            ctx.ui.success(&format!("artifact tagged as {canonical}"));
        }
        Ok(ExitStatus::Success)
    };
    crate::cmd::registry::with_timeout(ctx, "tagging artifact failed", work).await
}
