//! `flux events`: mirrors upstream `cmd/flux/events.go` (operate.md §5.3). Deviations: none known.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Show the events of the Flux namespace
  flux events

  # Show the events of one Kustomization and its source
  flux events --for Kustomization/podinfo

  # Show warnings only, across all namespaces
  flux events -A --types=warning";

/// Show the Kubernetes events of Flux resources
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct EventsArgs {
    /// show the events of all namespaces
    #[arg(short = 'A', long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub all_namespaces: bool,

    /// keep printing new events
    #[arg(short = 'w', long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub watch: bool,

    /// only show the events of this object and its references, as '<kind>[/<name>]'
    #[arg(long = "for")]
    pub for_: Option<String>,

    /// only show events of these types (Normal, Warning), comma separated
    #[arg(long, value_delimiter = ',', action = ArgAction::Append)]
    pub types: Vec<String>,
}

/// Runs `flux events`.
pub async fn run(_ctx: &Ctx, _args: EventsArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
