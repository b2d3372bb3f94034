//! `flux reconcile helmrelease`: mirrors upstream `cmd/flux/reconcile_helmrelease.go`.
//! Deviations: none known.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;

const EXAMPLES: &str = "Examples:
  # Trigger a HelmRelease apply outside of the reconciliation interval
  flux reconcile hr podinfo

  # Trigger a reconciliation of the HelmRelease's source and apply changes
  flux reconcile hr podinfo --with-source

  # Force a one-off install or upgrade
  flux reconcile hr podinfo --force";

// Reconcile a HelmRelease.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ReconcileHelmreleaseArgs {
    /// name of the HelmRelease
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// reconcile the HelmRelease's source first
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub with_source: bool,

    /// force a one-off install or upgrade of the HelmRelease
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub force: bool,

    /// reset the failure count of the HelmRelease
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub reset: bool,
}
