//! `flux list`: list artifacts of a registry. Mirrors upstream `cmd/flux/list.go`.

pub mod artifacts;

use clap::{Args, Subcommand};

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// List artifacts
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct ListArgs {
    #[command(subcommand)]
    pub command: ListCommand,
}

/// The `flux list` subcommands.
#[derive(Debug, Subcommand)]
pub enum ListCommand {
    /// List the tags of an OCI artifact repository with their digest and origin
    Artifacts(artifacts::ListArtifactsArgs),
}

/// Runs `flux list …`.
pub async fn run(ctx: &Ctx, args: ListArgs) -> Result<ExitStatus, CliError> {
    match args.command {
        ListCommand::Artifacts(a) => artifacts::run(ctx, a).await,
    }
}
