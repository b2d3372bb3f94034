//! `flux stats`: mirrors upstream `cmd/flux/stats.go` (operate.md §5.6). Deviations: none known.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Show the statistics of the Flux namespace
  flux stats

  # Show the statistics of all namespaces
  flux stats -A";

/// Show how many Flux resources run, fail or are suspended, and their storage
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct StatsArgs {
    /// count the resources of all namespaces
    #[arg(short = 'A', long, global = true, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub all_namespaces: bool,
}

/// Runs `flux stats`.
pub async fn run(_ctx: &Ctx, _args: StatsArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
