//! `flux tag`: mirrors upstream `cmd/flux/tag.go`.

pub mod artifact;

use clap::{Args, Subcommand};

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// Tag artifacts in a container registry
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct TagArgs {
    #[command(subcommand)]
    pub command: TagCommand,
}

/// The `flux tag` subcommands.
#[derive(Debug, Subcommand)]
pub enum TagCommand {
    /// Add tags to an existing OCI artifact
    Artifact(artifact::TagArtifactArgs),
}

/// Runs `flux tag …`.
pub async fn run(ctx: &Ctx, args: TagArgs) -> Result<ExitStatus, CliError> {
    match args.command {
        TagCommand::Artifact(a) => artifact::run(ctx, a).await,
    }
}
