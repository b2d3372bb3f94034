//! `flux diff artifact`: mirrors upstream `cmd/flux/diff_artifact.go` (artifacts-create.md §A.10).
//! Deviations: the local tarball is flate2's gzip, so an artifact pushed by the Go CLI always
//! differs (§A.13); artifacts pushed by flux-rs compare equal when the tree is unchanged.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::registry::RegistryAuthArgs;
use crate::cmd::values::EXCLUDE_OCI;
use crate::error::{CliError, ExitStatus};
use crate::oci::client::ArtifactRef;
use crate::oci::ignore::Matcher;
use crate::oci::tarball;
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Check whether local manifests differ from an artifact
  flux diff artifact oci://ghcr.io/stefanprodan/manifests/podinfo:6.2.0 --path=./kustomize";

// Compare with an OCI artifact.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct DiffArtifactArgs {
    /// the artifact URL (oci://<registry>/<repository>:<tag>)
    #[arg(value_name = "URL")]
    pub args: Vec<String>,

    /// local directory or file to compare
    #[arg(long)]
    pub path: Option<String>,

    #[command(flatten)]
    pub registry: RegistryAuthArgs,

    /// paths to leave out, in .gitignore format, comma separated (replaces the default list)
    #[arg(long, value_delimiter = ',', action = ArgAction::Append, default_value = EXCLUDE_OCI)]
    pub ignore_paths: Vec<String>,

    /// allow plain HTTP and unverified TLS to the registry
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub insecure_registry: bool,
}

/// Runs `flux diff artifact`.
pub async fn run(ctx: &Ctx, args: DiffArtifactArgs) -> Result<ExitStatus, CliError> {
    let Some(url) = args.args.first().cloned() else {
        return Err(CliError::msg("artifact URL is required"));
    };
    let path = args.path.clone().unwrap_or_default();
    if path.is_empty() {
        return Err(CliError::msg("invalid path \"\""));
    }
    let reference = ArtifactRef::parse(&url).map_err(CliError::msg)?;
    let source = ctx.env.resolve(&path);
    if std::fs::metadata(&source).is_err() {
        return Err(CliError::msg(format!(
            "invalid path '{path}', must point to an existing directory or file"
        )));
    }
    args.registry.print_login(ctx);
    let work = async {
        let ignore = Matcher::new(&args.ignore_paths);
        let source = crate::cmd::build::artifact::absolute(&source);
        let tmp = std::env::temp_dir();
        let artifact =
            tokio::task::spawn_blocking(move || tarball::build_temp(&source, &ignore, &tmp))
                .await
                .map_err(|e| CliError::msg(format!("building artifact failed: {e}")))?
                .map_err(|e| CliError::msg(format!("building artifact failed: {e}")))?;
        let built = artifact.built().clone();
        drop(artifact);
        let repo = args
            .registry
            .client(ctx, &reference, args.insecure_registry, "")
            .await?
            .pull_only();
        let manifest = repo
            .manifest_required(&reference.reference())
            .await
            .map_err(CliError::msg)?;
        let image = manifest.image().map_err(CliError::msg)?;
        let Some(layer) = image.layers.first() else {
            return Err(CliError::msg("no layers found in artifact"));
        };
        if layer.digest != built.digest || layer.size as u64 != built.size {
            return Err(CliError::msg(
                "the remote artifact contents differs from the local one",
            ));
        }
        ctx.ui.success("no changes detected");
        Ok(ExitStatus::Success)
    };
    crate::cmd::registry::with_timeout(ctx, "diffing artifact failed", work).await
}
