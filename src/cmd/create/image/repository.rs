//! `flux create image repository`: mirrors upstream `cmd/flux/create_image_repository.go` (v2.9.4).
//! Deviations: applying to the cluster is not implemented yet.

use clap::Args;

use crate::cli::{GoDuration, parse_duration};
use crate::cmd::Ctx;
use crate::cmd::create::ApplyWords;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::image::{ImageRepositoryOptions, image_repository};
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Generate an ImageRepository for a public container image
  flux create image repository podinfo \\
    --image=ghcr.io/stefanprodan/podinfo \\
    --interval=1h

  # Generate an ImageRepository for a private image using credentials from a Secret
  flux create image repository podinfo \\
    --image=ghcr.io/stefanprodan/podinfo \\
    --secret-ref=docker-regcred \\
    --interval=5m

  # Generate an ImageRepository with a custom CA certificate from a Secret
  flux create image repository podinfo \\
    --image=ghcr.io/stefanprodan/podinfo \\
    --cert-ref=ca-crt \\
    --interval=5m";

/// Create or update an ImageRepository object
///
/// Generates an ImageRepository resource, which names a container image repository for the
/// image reflector to scan for tags.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateImageRepositoryArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// the image repository to scan, without tag (e.g. library/alpine)
    #[arg(long, default_value = "")]
    pub image: String,

    /// the name of a docker-registry Secret holding the registry credentials
    #[arg(long, default_value = "")]
    pub secret_ref: String,

    /// the name of a Secret holding the TLS certificates
    #[arg(long, default_value = "")]
    pub cert_ref: String,

    /// how long a scan may take; the interval is used when not set
    #[arg(long, default_value = "0s", value_parser = parse_duration)]
    pub scan_timeout: GoDuration,
}

/// Runs `flux create image repository`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateImageRepositoryArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?;
    let repo = image_repository(&ImageRepositoryOptions {
        name: name.to_string(),
        namespace: ctx.namespace().to_string(),
        labels: flags.labels.clone(),
        image: args.image,
        secret_ref: args.secret_ref,
        cert_ref: args.cert_ref,
        scan_timeout: args.scan_timeout,
        interval: flags.interval,
    })?;
    if flags.export {
        ctx.ui.out(&crate::manifests::export_yaml(&repo)?)?;
        return Ok(ExitStatus::Success);
    }
    ctx.ui.generate("generating ImageRepository");
    let words = ApplyWords {
        applying: Some("ImageRepository"),
        created: "ImageRepository",
        waiting: "ImageRepository",
        only_when_changed: true,
    };
    crate::cmd::create::apply_and_wait(ctx, &repo, &words).await?;
    ctx.ui.success("ImageRepository reconciliation completed");
    Ok(ExitStatus::Success)
}
