//! `flux create secret tls`: mirrors upstream `cmd/flux/create_secret_tls.go` (v2.9.4).
//! Upstream prints this export without the trailing empty line the other secrets have.

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::secret;

const EXAMPLES: &str = "Examples:
  # Create a TLS secret on disk and encrypt it with Mozilla SOPS.
  # Files are expected to be PEM-encoded.
  flux create secret tls certs \\
    --namespace=my-namespace \\
    --tls-crt-file=./client.crt \\
    --tls-key-file=./client.key \\
    --ca-crt-file=./ca.crt \\
    --export > certs.yaml

  sops --encrypt --encrypted-regex '^(data|stringData)$' \\
    --in-place certs.yaml";

/// Create or update a Kubernetes secret with TLS certificates
///
/// Generates a Kubernetes secret with a CA certificate and/or a client certificate pair for use
/// with TLS.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateSecretTlsArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    #[command(flatten)]
    pub tls: super::TlsFileArgs,
}

/// Runs `flux create secret tls`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateSecretTlsArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?;
    let labels = crate::manifests::parse_labels(&flags.labels)?;
    let files = args.tls.read(ctx)?;
    let obj = secret::tls_secret(name, ctx.namespace(), labels, &files)?;
    if flags.export {
        ctx.ui.out(&secret::export_secret(&obj, false)?)?;
        return Ok(ExitStatus::Success);
    }
    crate::cmd::create::apply_secret_reported(ctx, &obj, "tls").await
}
