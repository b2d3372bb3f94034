//! `flux debug`: inspect how Flux sees an object. Mirrors upstream `cmd/flux/debug.go`.

pub mod helmrelease;
pub mod kustomization;

use clap::{Args, Subcommand};

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// Debug Flux resources
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct DebugArgs {
    #[command(subcommand)]
    pub command: DebugCommand,
}

/// The `flux debug` subcommands.
#[derive(Debug, Subcommand)]
pub enum DebugCommand {
    /// Show the status, values or history of a HelmRelease
    #[command(visible_alias = "hr")]
    Helmrelease(helmrelease::DebugHelmreleaseArgs),
    /// Show the status, substitution variables or history of a Kustomization
    #[command(visible_alias = "ks")]
    Kustomization(kustomization::DebugKustomizationArgs),
}

/// Runs `flux debug …`.
pub async fn run(ctx: &Ctx, args: DebugArgs) -> Result<ExitStatus, CliError> {
    match args.command {
        DebugCommand::Helmrelease(a) => helmrelease::run(ctx, a).await,
        DebugCommand::Kustomization(a) => kustomization::run(ctx, a).await,
    }
}
