//! `flux push`: mirrors upstream `cmd/flux/push.go`.

pub mod artifact;

use clap::{Args, Subcommand};

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// Push artifacts to a container registry
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct PushArgs {
    #[command(subcommand)]
    pub command: PushCommand,
}

/// The `flux push` subcommands.
#[derive(Debug, Subcommand)]
pub enum PushCommand {
    /// Push the contents of a directory or file as an OCI artifact
    Artifact(artifact::PushArtifactArgs),
}

/// Runs `flux push …`.
pub async fn run(ctx: &Ctx, args: PushArgs) -> Result<ExitStatus, CliError> {
    match args.command {
        PushCommand::Artifact(a) => artifact::run(ctx, a).await,
    }
}
