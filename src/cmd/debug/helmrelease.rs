//! `flux debug helmrelease`: mirrors upstream `cmd/flux/debug_helmrelease.go`.
//! Deviations: none known.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Print the status of a HelmRelease
  flux debug hr podinfo --show-status

  # Print the final values of a HelmRelease
  flux debug hr podinfo --show-values";

// Debug a HelmRelease.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct DebugHelmreleaseArgs {
    /// name of the HelmRelease
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// print the status of the HelmRelease
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub show_status: bool,

    /// print the values the HelmRelease computes from all its value sources
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub show_values: bool,

    /// print the release history of the HelmRelease
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub show_history: bool,
}

/// Runs `flux debug helmrelease`.
pub async fn run(_ctx: &Ctx, _args: DebugHelmreleaseArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
