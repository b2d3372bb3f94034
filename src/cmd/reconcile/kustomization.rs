//! `flux reconcile kustomization`: mirrors upstream `cmd/flux/reconcile_kustomization.go`.
//! Deviations: none known.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;

const EXAMPLES: &str = "Examples:
  # Trigger a Kustomization apply outside of the reconciliation interval
  flux reconcile ks podinfo

  # Trigger a sync of the Kustomization's source and apply changes
  flux reconcile ks podinfo --with-source";

// Reconcile a Kustomization.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ReconcileKustomizationArgs {
    /// name of the Kustomization
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// reconcile the Kustomization's source first
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub with_source: bool,
}
