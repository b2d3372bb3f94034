//! `flux create secret proxy`: mirrors upstream `cmd/flux/create_secret_proxy.go` (v2.9.4).

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::secret;

const EXAMPLES: &str = "Examples:
  # Create a proxy secret on disk and encrypt it with Mozilla SOPS
  flux create secret proxy my-proxy \\
    --namespace=my-namespace \\
    --address=https://my-proxy.com \\
    --username=my-username \\
    --password=my-password \\
    --export > proxy.yaml

  sops --encrypt --encrypted-regex '^(data|stringData)$' \\
    --in-place proxy.yaml";

/// Create or update a Kubernetes secret for proxy authentication
///
/// Generates a Kubernetes secret with a proxy address and optional basic authentication
/// credentials.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateSecretProxyArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// proxy address
    #[arg(long, default_value = "")]
    pub address: String,

    /// proxy username
    #[arg(short = 'u', long, default_value = "")]
    pub username: String,

    /// proxy password
    #[arg(short = 'p', long, default_value = "")]
    pub password: String,
}

/// Runs `flux create secret proxy`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateSecretProxyArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?;
    let labels = crate::manifests::parse_labels(&flags.labels)?;
    let obj = secret::proxy_secret(
        name,
        ctx.namespace(),
        labels,
        &args.address,
        &args.username,
        &args.password,
    )?;
    if flags.export {
        ctx.ui.out(&secret::export_secret(&obj, true)?)?;
        return Ok(ExitStatus::Success);
    }
    crate::cmd::create::apply_secret_reported(ctx, &obj, "proxy").await
}
