//! `flux reconcile source …`: the source kinds; `source chart` has its own `--with-source`.
//! Mirrors upstream `cmd/flux/reconcile_source*.go`.

use clap::{ArgAction, Args, Subcommand};

use super::ReconcileKindArgs;
use crate::cli::parse_bool;
use crate::kinds::{self, KindInfo};

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

/// The kind of a source subcommand without extra flags, and its names (`chart` is handled by
/// the caller; it maps to HelmChart here too).
pub fn plain_kind(cmd: ReconcileSourceCommand) -> (&'static KindInfo, ReconcileKindArgs) {
    match cmd {
        ReconcileSourceCommand::Bucket(a) => (&kinds::BUCKET, a),
        ReconcileSourceCommand::Chart(a) => {
            (&kinds::HELM_CHART, ReconcileKindArgs { args: a.args })
        }
        ReconcileSourceCommand::Git(a) => (&kinds::GIT_REPOSITORY, a),
        ReconcileSourceCommand::Helm(a) => (&kinds::HELM_REPOSITORY, a),
        ReconcileSourceCommand::Oci(a) => (&kinds::OCI_REPOSITORY, a),
    }
}
