//! `flux build`: build artifacts and Kustomizations locally. Mirrors upstream `cmd/flux/build.go`.

pub mod artifact;
pub mod kustomization;

use clap::{Args, Subcommand};

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// Build Flux resources locally
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct BuildArgs {
    #[command(subcommand)]
    pub command: BuildCommand,
}

/// The `flux build` subcommands.
#[derive(Debug, Subcommand)]
pub enum BuildCommand {
    /// Build a tarball artifact from a directory or file
    Artifact(artifact::BuildArtifactArgs),
    /// Build a Kustomization locally and print the resulting manifests
    #[command(visible_alias = "ks")]
    Kustomization(kustomization::BuildKustomizationArgs),
}

/// Runs `flux build …`.
pub async fn run(ctx: &Ctx, args: BuildArgs) -> Result<ExitStatus, CliError> {
    match args.command {
        BuildCommand::Artifact(a) => artifact::run(ctx, a).await,
        BuildCommand::Kustomization(a) => kustomization::run(ctx, a).await,
    }
}
