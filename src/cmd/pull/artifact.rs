//! `flux pull artifact`: mirrors upstream `cmd/flux/pull_artifact.go` (artifacts-create.md §A.7).
//! Deviations (deliberate): the layer must have a tar+gzip media type (Flux's, OCI's or
//! Docker's) — anything else is a `✗` before any download; the blob is streamed to a temporary
//! file and its digest checked; extraction happens in a temporary directory next to the
//! destination whose contents are then moved in, so a failed pull leaves nothing behind.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::registry::RegistryAuthArgs;
use crate::error::{CliError, ExitStatus};
use crate::oci::client::{self, ArtifactRef};
use crate::oci::{extract, stage};
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Pull an artifact into a local directory
  flux pull artifact oci://ghcr.io/org/manifests/app:v0.0.1 --output ./path/to/local/manifests";

// Pull an artifact.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct PullArtifactArgs {
    /// the artifact URL (oci://<registry>/<repository>[:<tag>|@<digest>])
    #[arg(value_name = "URL")]
    pub args: Vec<String>,

    /// existing directory to extract the artifact into
    #[arg(short = 'o', long)]
    pub output: Option<String>,

    #[command(flatten)]
    pub registry: RegistryAuthArgs,

    /// allow plain HTTP and unverified TLS to the registry
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub insecure_registry: bool,
}

/// Runs `flux pull artifact`.
pub async fn run(ctx: &Ctx, args: PullArtifactArgs) -> Result<ExitStatus, CliError> {
    let Some(url) = args.args.first().cloned() else {
        return Err(CliError::msg("artifact URL is required"));
    };
    let output = args.output.clone().unwrap_or_default();
    if output.is_empty() {
        return Err(CliError::msg("output path cannot be empty"));
    }
    let dest = ctx.env.resolve(&output);
    match std::fs::metadata(&dest) {
        Err(e) => {
            return Err(CliError::msg(format!(
                "invalid output path \"{output}\": {}",
                crate::oci::go_path_error("stat", &output, &e)
            )));
        }
        Ok(m) if !m.is_dir() => {
            return Err(CliError::msg(format!(
                "invalid output path \"{output}\": %!w(<nil>)"
            )));
        }
        Ok(_) => {}
    }
    let reference = ArtifactRef::parse(&url).map_err(CliError::msg)?;
    args.registry.print_login(ctx);
    let work = pull(ctx, &args, &url, &reference, &output, dest);
    crate::cmd::registry::with_timeout(ctx, "pulling artifact failed", work).await
}

async fn pull(
    ctx: &Ctx,
    args: &PullArtifactArgs,
    url: &str,
    reference: &ArtifactRef,
    output: &str,
    dest: std::path::PathBuf,
) -> Result<ExitStatus, CliError> {
    let repo = args
        .registry
        .client(ctx, reference, args.insecure_registry, "")
        .await?
        .pull_only();
    ctx.ui.action(&format!(
        "pulling artifact from {}",
        url.trim_start_matches("oci://")
    ));
    let manifest = repo
        .manifest_required(&reference.reference())
        .await
        .map_err(CliError::msg)?;
    let image = manifest.image().map_err(CliError::msg)?;
    let Some(layer) = image.layers.first() else {
        return Err(CliError::msg("no layers found in artifact"));
    };
    if !client::TAR_GZIP_LAYERS.contains(&layer.media_type.as_str()) {
        return Err(CliError::msg(format!(
            "artifact layer has media type '{}', expected '{}'",
            layer.media_type,
            client::FLUX_CONTENT
        )));
    }

    // Stage next to the destination (same filesystem, so the final moves are renames).
    let dest = std::fs::canonicalize(&dest).unwrap_or(dest);
    let parent = dest
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_else(|| dest.clone());
    let staging = stage::TempDir::new(&parent, ".flux-pull-")
        .or_else(|_| stage::TempDir::new(&std::env::temp_dir(), "flux-pull-"))
        .map_err(CliError::from)?;
    let blob_path = staging.path().join("layer.tar.gz");
    let mut file = tokio::fs::File::create(&blob_path).await.map_err(|e| {
        CliError::msg(crate::oci::go_path_error(
            "open",
            &blob_path.display().to_string(),
            &e,
        ))
    })?;
    repo.blob_to_file(&layer.digest, &mut file)
        .await
        .map_err(CliError::msg)?;
    drop(file);

    let content = staging.path().join("content");
    let shown_dest = std::path::PathBuf::from(output);
    let task = tokio::task::spawn_blocking(move || -> Result<(), String> {
        if !extract::is_gzip(&blob_path).map_err(|e| e.to_string())? {
            return Err("artifact layer is not a gzip-compressed tarball".to_string());
        }
        std::fs::create_dir(&content).map_err(|e| e.to_string())?;
        extract::untar(&blob_path, &content)?;
        extract::move_contents(&content, &dest, &shown_dest)
    });
    task.await
        .map_err(|e| CliError::msg(e.to_string()))?
        .map_err(CliError::msg)?;
    drop(staging);

    if let Some(ann) = &image.annotations {
        if let Some(s) = ann.get(client::ANNOTATION_SOURCE).filter(|s| !s.is_empty()) {
            ctx.ui.success(&format!("source {s}"));
        }
        if let Some(r) = ann
            .get(client::ANNOTATION_REVISION)
            .filter(|s| !s.is_empty())
        {
            ctx.ui.success(&format!("revision {r}"));
        }
    }
    ctx.ui.success(&format!(
        "digest {}@{}",
        reference.repository_name(),
        manifest.digest
    ));
    ctx.ui
        .success(&format!("artifact content extracted to {output}"));
    Ok(ExitStatus::Success)
}
