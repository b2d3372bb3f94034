//! `flux create secret helm`: mirrors upstream `cmd/flux/create_secret_helm.go` (v2.9.4).

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::secret;

const EXAMPLES: &str = "Examples:
  # Create a Helm authentication secret on disk and encrypt it with Mozilla SOPS
  flux create secret helm repo-auth \\
    --namespace=my-namespace \\
    --username=my-username \\
    --password=my-password \\
    --export > repo-auth.yaml

  sops --encrypt --encrypted-regex '^(data|stringData)$' \\
    --in-place repo-auth.yaml";

/// Create or update a Kubernetes secret for Helm repository authentication
///
/// Generates a Kubernetes secret with basic authentication credentials, or with a TLS client
/// certificate pair, for HelmRepository authentication.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateSecretHelmArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// basic authentication username
    #[arg(short = 'u', long, default_value = "")]
    pub username: String,

    /// basic authentication password
    #[arg(short = 'p', long, default_value = "")]
    pub password: String,

    #[command(flatten)]
    pub tls: super::TlsFileArgs,
}

/// Runs `flux create secret helm`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateSecretHelmArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?;
    let labels = crate::manifests::parse_labels(&flags.labels)?;
    let files = args.tls.read(ctx)?;
    let obj = secret::helm_secret(
        name,
        ctx.namespace(),
        labels,
        &args.username,
        &args.password,
        &files,
    )?;
    if flags.export {
        ctx.ui.out(&secret::export_secret(&obj, true)?)?;
        return Ok(ExitStatus::Success);
    }
    crate::cmd::create::apply_secret_reported(ctx, &obj, "helm").await
}
