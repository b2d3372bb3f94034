//! `flux create secret oci`: mirrors upstream `cmd/flux/create_secret_oci.go` (v2.9.4).
//! Deviation: the password may also come from `FLUX_REGISTRY_PASSWORD` when `--password` is
//! not given. `--label` is ignored, as upstream does.

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::secret;

const EXAMPLES: &str = "Examples:
  # Create an OCI authentication secret on disk and encrypt it with Mozilla SOPS
  flux create secret oci podinfo-auth \\
    --url=ghcr.io \\
    --username=username \\
    --password=password \\
    --export > repo-auth.yaml

  sops --encrypt --encrypted-regex '^(data|stringData)$' \\
    --in-place repo-auth.yaml";

/// Create or update a Kubernetes image pull secret
///
/// Generates a Kubernetes secret of type kubernetes.io/dockerconfigjson that can be used for
/// OCIRepository authentication.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateSecretOciArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// oci repository address e.g ghcr.io/stefanprodan/charts
    #[arg(long, default_value = "")]
    pub url: String,

    /// basic authentication username
    #[arg(short = 'u', long, default_value = "")]
    pub username: String,

    /// basic authentication password (falls back to $FLUX_REGISTRY_PASSWORD)
    #[arg(short = 'p', long, default_value = "")]
    pub password: String,
}

/// Runs `flux create secret oci`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateSecretOciArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?;
    let mut password = args.password.clone();
    if password.is_empty() {
        password = ctx
            .env
            .get(crate::env::FLUX_REGISTRY_PASSWORD)
            .unwrap_or_default()
            .to_string();
    }
    let obj = secret::oci_secret(name, ctx.namespace(), &args.url, &args.username, &password)?;
    if flags.export {
        ctx.ui.out(&secret::export_secret(&obj, true)?)?;
        return Ok(ExitStatus::Success);
    }
    crate::cmd::create::apply_secret_reported(ctx, &obj, "oci").await
}
