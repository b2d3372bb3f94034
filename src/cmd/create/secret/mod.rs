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

/// Runs `flux create secret …`.
pub async fn run(ctx: &Ctx, flags: &CreateFlags, args: CreateSecretArgs) -> Result<ExitStatus, CliError> {
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
