//! `flux diff`: compare local content with the cluster or a registry. Mirrors upstream
//! `cmd/flux/diff.go`.

pub mod artifact;
pub mod kustomization;

use clap::{Args, Subcommand};

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// Compare local files with what Flux has applied or published
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct DiffArgs {
    #[command(subcommand)]
    pub command: DiffCommand,
}

/// The `flux diff` subcommands.
#[derive(Debug, Subcommand)]
pub enum DiffCommand {
    /// Compare a local directory or file with an OCI artifact
    Artifact(artifact::DiffArtifactArgs),
    /// Compare a locally built Kustomization with the cluster
    #[command(visible_alias = "ks")]
    Kustomization(kustomization::DiffKustomizationArgs),
}

/// Runs `flux diff …`.
pub async fn run(ctx: &Ctx, args: DiffArgs) -> Result<ExitStatus, CliError> {
    match args.command {
        DiffCommand::Artifact(a) => artifact::run(ctx, a).await,
        DiffCommand::Kustomization(a) => kustomization::run(ctx, a).await,
    }
}
