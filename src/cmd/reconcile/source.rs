//! `flux reconcile source …`: the source kinds; `source chart` has its own `--with-source`.
//! Mirrors upstream `cmd/flux/reconcile_source*.go`.

use clap::{ArgAction, Args, Subcommand};

use super::{ReconcileKindArgs, reconcile};
use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};
use crate::kinds;

// `flux reconcile source …`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct ReconcileSourceArgs {
    #[command(subcommand)]
    pub command: ReconcileSourceCommand,
}

/// The `flux reconcile source` kinds.
#[derive(Debug, Subcommand)]
pub enum ReconcileSourceCommand {
    /// Reconcile a Bucket source
    Bucket(ReconcileKindArgs),
    /// Reconcile a HelmChart source, optionally its own source first
    Chart(ReconcileSourceChartArgs),
    /// Reconcile a GitRepository source
    Git(ReconcileKindArgs),
    /// Reconcile a HelmRepository source
    Helm(ReconcileKindArgs),
    /// Reconcile an OCIRepository source
    Oci(ReconcileKindArgs),
}

// Reconcile a HelmChart.
#[derive(Debug, Args)]
pub struct ReconcileSourceChartArgs {
    /// name of the HelmChart
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// reconcile the HelmChart's source first
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub with_source: bool,
}

/// Runs `flux reconcile source …`.
pub async fn run(ctx: &Ctx, args: ReconcileSourceArgs) -> Result<ExitStatus, CliError> {
    match args.command {
        ReconcileSourceCommand::Bucket(a) => reconcile(ctx, &kinds::BUCKET, a).await,
        ReconcileSourceCommand::Chart(_a) => crate::error::not_implemented(),
        ReconcileSourceCommand::Git(a) => reconcile(ctx, &kinds::GIT_REPOSITORY, a).await,
        ReconcileSourceCommand::Helm(a) => reconcile(ctx, &kinds::HELM_REPOSITORY, a).await,
        ReconcileSourceCommand::Oci(a) => reconcile(ctx, &kinds::OCI_REPOSITORY, a).await,
    }
}
