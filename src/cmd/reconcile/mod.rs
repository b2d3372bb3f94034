//! `flux reconcile`: the kind subcommands and the generic reconcile routine driven by the kinds
//! table; kinds with extra flags have their own leaf (`helmrelease`, `kustomization`,
//! `source chart`). Mirrors upstream `cmd/flux/reconcile*.go`.

pub mod helmrelease;
pub mod kustomization;
pub mod source;

use clap::{Args, Subcommand};

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};
use crate::kinds::{self, KindInfo};

/// Trigger the reconciliation of Flux resources
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct ReconcileArgs {
    #[command(subcommand)]
    pub command: ReconcileCommand,
}

/// The `flux reconcile` kinds.
#[derive(Debug, Subcommand)]
pub enum ReconcileCommand {
    /// Reconcile a HelmRelease, optionally its source first
    #[command(visible_alias = "hr")]
    Helmrelease(helmrelease::ReconcileHelmreleaseArgs),
    /// Reconcile image automation objects
    Image(ReconcileImageArgs),
    /// Reconcile a Kustomization, optionally its source first
    #[command(visible_alias = "ks")]
    Kustomization(kustomization::ReconcileKustomizationArgs),
    /// Reconcile a Receiver
    Receiver(ReconcileKindArgs),
    /// Reconcile sources
    Source(source::ReconcileSourceArgs),
}

// The positional name shared by the kinds without extra flags.
#[derive(Debug, Clone, Args)]
pub struct ReconcileKindArgs {
    /// name of the resource to reconcile
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

// `flux reconcile image …`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct ReconcileImageArgs {
    #[command(subcommand)]
    pub command: ReconcileImageCommand,
}

/// The `flux reconcile image` kinds.
#[derive(Debug, Subcommand)]
pub enum ReconcileImageCommand {
    /// Reconcile an ImagePolicy
    Policy(ReconcileKindArgs),
    /// Reconcile an ImageRepository
    Repository(ReconcileKindArgs),
    /// Reconcile an ImageUpdateAutomation
    Update(ReconcileKindArgs),
}

/// Runs `flux reconcile …`.
pub async fn run(ctx: &Ctx, args: ReconcileArgs) -> Result<ExitStatus, CliError> {
    match args.command {
        ReconcileCommand::Helmrelease(a) => helmrelease::run(ctx, a).await,
        ReconcileCommand::Kustomization(a) => kustomization::run(ctx, a).await,
        ReconcileCommand::Receiver(a) => reconcile(ctx, &kinds::RECEIVER, a).await,
        ReconcileCommand::Source(a) => source::run(ctx, a).await,
        ReconcileCommand::Image(i) => match i.command {
            ReconcileImageCommand::Policy(a) => reconcile(ctx, &kinds::IMAGE_POLICY, a).await,
            ReconcileImageCommand::Repository(a) => {
                reconcile(ctx, &kinds::IMAGE_REPOSITORY, a).await
            }
            ReconcileImageCommand::Update(a) => {
                reconcile(ctx, &kinds::IMAGE_UPDATE_AUTOMATION, a).await
            }
        },
    }
}

/// The plain reconcile flow for `kind` (operate.md §2.2–§2.3).
pub async fn reconcile(
    _ctx: &Ctx,
    _kind: &'static KindInfo,
    _args: ReconcileKindArgs,
) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
