//! `flux pull`: mirrors upstream `cmd/flux/pull.go`.

pub mod artifact;

use clap::{Args, Subcommand};

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// Pull artifacts from a container registry
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct PullArgs {
    #[command(subcommand)]
    pub command: PullCommand,
}

/// The `flux pull` subcommands.
#[derive(Debug, Subcommand)]
pub enum PullCommand {
    /// Pull an OCI artifact and extract it into a directory
    Artifact(artifact::PullArtifactArgs),
}

/// Runs `flux pull …`.
pub async fn run(ctx: &Ctx, args: PullArgs) -> Result<ExitStatus, CliError> {
    match args.command {
        PullCommand::Artifact(a) => artifact::run(ctx, a).await,
    }
}
