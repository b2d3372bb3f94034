//! `flux create secret`: the secret subcommands. Mirrors upstream `cmd/flux/create_secret.go`.

pub mod git;
pub mod githubapp;
pub mod helm;
pub mod notation;
pub mod oci;
pub mod proxy;
pub mod receiver;
pub mod tls;

use clap::{Args, Subcommand};

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::secret::TlsFiles;

/// Create or update Kubernetes secrets
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct CreateSecretArgs {
    #[command(subcommand)]
    pub command: CreateSecretCommand,
}

/// The `flux create secret` subcommands.
#[derive(Debug, Subcommand)]
pub enum CreateSecretCommand {
    Git(git::CreateSecretGitArgs),
    Githubapp(githubapp::CreateSecretGithubappArgs),
    Helm(helm::CreateSecretHelmArgs),
    Notation(notation::CreateSecretNotationArgs),
    Oci(oci::CreateSecretOciArgs),
    Proxy(proxy::CreateSecretProxyArgs),
    Receiver(receiver::CreateSecretReceiverArgs),
    Tls(tls::CreateSecretTlsArgs),
}

/// The certificate file flags of `secret helm` and `secret tls`.
#[derive(Debug, Args)]
pub struct TlsFileArgs {
    /// TLS authentication cert file path
    #[arg(long, default_value = "")]
    pub tls_crt_file: String,

    /// TLS authentication key file path
    #[arg(long, default_value = "")]
    pub tls_key_file: String,

    /// TLS authentication CA file path
    #[arg(long, default_value = "")]
    pub ca_crt_file: String,
}

impl TlsFileArgs {
    /// Reads the `--ca-crt-file`, `--tls-crt-file` and `--tls-key-file` contents with
    /// upstream's error texts.
    pub fn read(&self, ctx: &Ctx) -> Result<TlsFiles, CliError> {
        let read = |path: &str, what: &str| -> Result<Option<Vec<u8>>, CliError> {
            if path.is_empty() {
                return Ok(None);
            }
            crate::cmd::create::read_file(ctx, path)
                .map(Some)
                .map_err(|e| CliError::msg(format!("{what}: {e}")))
        };
        Ok(TlsFiles {
            ca_crt: read(&self.ca_crt_file, "unable to read TLS CA file")?,
            tls_crt: read(&self.tls_crt_file, "failed to read cert file")?,
            tls_key: read(&self.tls_key_file, "failed to read key file")?,
        })
    }
}

/// Runs `flux create secret …`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateSecretArgs,
) -> Result<ExitStatus, CliError> {
    match args.command {
        CreateSecretCommand::Git(a) => git::run(ctx, flags, a).await,
        CreateSecretCommand::Githubapp(a) => githubapp::run(ctx, flags, a).await,
        CreateSecretCommand::Helm(a) => helm::run(ctx, flags, a).await,
        CreateSecretCommand::Notation(a) => notation::run(ctx, flags, a).await,
        CreateSecretCommand::Oci(a) => oci::run(ctx, flags, a).await,
        CreateSecretCommand::Proxy(a) => proxy::run(ctx, flags, a).await,
        CreateSecretCommand::Receiver(a) => receiver::run(ctx, flags, a).await,
        CreateSecretCommand::Tls(a) => tls::run(ctx, flags, a).await,
    }
}
