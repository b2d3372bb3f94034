//! `flux create source oci`: mirrors upstream `cmd/flux/create_source_oci.go` (v2.9.4).
//! Deviations: without `--export` the command stops before cluster access (apply is not
//! implemented yet).

use clap::Args;

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::create::ApplyWords;
use crate::cmd::create::CreateFlags;
use crate::cmd::values::{OciProvider, parse_oci_provider};
use crate::error::{CliError, ExitStatus};
use crate::manifests::source::oci::{OciOptions, oci_repository};
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Create an OCIRepository for a public container image
  flux create source oci podinfo \\
    --url=oci://ghcr.io/stefanprodan/manifests/podinfo \\
    --tag=6.6.2 \\
    --interval=10m

  # Create an OCIRepository with OIDC signature verification
  flux create source oci podinfo \\
    --url=oci://ghcr.io/stefanprodan/manifests/podinfo \\
    --tag=6.6.2 \\
    --interval=10m \\
    --verify-provider=cosign \\
    --verify-subject=\"^https://github.com/stefanprodan/podinfo/.github/workflows/release.yml@refs/tags/6.6.2$\" \\
    --verify-issuer=\"^https://token.actions.githubusercontent.com$\"

  # Create an OCIRepository with a Helm chart layer selector
  flux create source oci podinfo \\
    --url=oci://ghcr.io/stefanprodan/charts/podinfo \\
    --tag=6.6.2 \\
    --layer-selector=\"application/vnd.cncf.helm.chart.content.v1.tar+gzip:copy\"";

/// Create or update an OCIRepository
///
/// Generates an OCIRepository object and waits for it to be ready.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateSourceOciArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// the OCI provider name (generic|aws|azure|gcp)
    #[arg(long, default_value = "generic", value_parser = parse_oci_provider)]
    pub provider: OciProvider,

    /// the OCI repository URL
    #[arg(long, default_value = "")]
    pub url: String,

    /// the OCI artifact tag
    #[arg(long, default_value = "")]
    pub tag: String,

    /// the OCI artifact tag semver range
    #[arg(long, default_value = "")]
    pub tag_semver: String,

    /// the OCI artifact digest
    #[arg(long, default_value = "")]
    pub digest: String,

    /// the name of the Kubernetes image pull secret (type 'kubernetes.io/dockerconfigjson')
    #[arg(long, default_value = "")]
    pub secret_ref: String,

    /// the name of an existing secret containing the proxy address and credentials
    #[arg(long, default_value = "")]
    pub proxy_secret_ref: String,

    /// the name of the Kubernetes service account that refers to an image pull secret
    #[arg(long, default_value = "")]
    pub service_account: String,

    /// the name of a secret to use for TLS certificates
    #[arg(long, default_value = "")]
    pub cert_ref: String,

    #[command(flatten)]
    pub verify: super::VerifyArgs,

    /// set paths to ignore resources (can specify multiple paths with commas: path1,path2)
    #[arg(long, value_delimiter = ',', action = clap::ArgAction::Append)]
    pub ignore_paths: Vec<String>,

    /// for when connecting to a non-TLS registries over plain HTTP
    #[arg(long, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub insecure: bool,

    /// the media type and operation of the layer to use, in the format '<media-type>:<operation>' (operation: extract or copy)
    #[arg(long, default_value = "")]
    pub layer_selector: String,
}

/// Runs `flux create source oci`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateSourceOciArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?;
    let opts = OciOptions {
        common: flags.source_common(name, ctx.namespace()),
        url: args.url.clone(),
        tag: args.tag.clone(),
        semver: args.tag_semver.clone(),
        digest: args.digest.clone(),
        provider: args.provider.to_string(),
        secret_ref: args.secret_ref.clone(),
        proxy_secret_ref: args.proxy_secret_ref.clone(),
        service_account: args.service_account.clone(),
        cert_ref: args.cert_ref.clone(),
        ignore_paths: args.ignore_paths.clone(),
        insecure: args.insecure,
        layer_selector: args.layer_selector.clone(),
        verify: args.verify.to_options(),
    };
    let repo = oci_repository(&opts)?;
    if flags.export {
        ctx.ui.out(&crate::manifests::export_yaml(&repo)?)?;
        return Ok(ExitStatus::Success);
    }
    ctx.ui.action("applying OCIRepository");
    let words = ApplyWords {
        applying: None,
        created: "OCIRepository",
        waiting: "OCIRepository",
        only_when_changed: false,
    };
    let ready = crate::cmd::create::apply_and_wait(ctx, &repo, &words).await?;
    ctx.ui.success("OCIRepository reconciliation completed");
    match crate::cmd::create::artifact_revision(&ready) {
        Some(rev) => ctx.ui.success(&format!("fetched revision: {rev}")),
        None => return Err(CliError::msg("no artifact was found")),
    }
    Ok(ExitStatus::Success)
}
