//! `flux tree`: print the objects Flux manages as a tree. Mirrors upstream `cmd/flux/tree.go`.

pub mod artifact;
pub mod kustomization;

use clap::{Args, Subcommand};

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// Print the resources reconciled by Flux as a tree
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct TreeArgs {
    #[command(subcommand)]
    pub command: TreeCommand,
}

/// The `flux tree` subcommands.
#[derive(Debug, Subcommand)]
pub enum TreeCommand {
    /// Print the trees of artifact objects
    Artifact(artifact::TreeArtifactArgs),
    /// Print the objects a Kustomization manages, recursively
    #[command(visible_alias = "ks")]
    Kustomization(kustomization::TreeKustomizationArgs),
}

/// Runs `flux tree …`.
pub async fn run(ctx: &Ctx, args: TreeArgs) -> Result<ExitStatus, CliError> {
    match args.command {
        TreeCommand::Artifact(a) => artifact::run(ctx, a).await,
        TreeCommand::Kustomization(a) => kustomization::run(ctx, a).await,
    }
}
