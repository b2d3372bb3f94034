//! `flux check`: mirrors upstream `cmd/flux/check.go` (operate.md §4). Deviations (flux-rs
//! additions): the CLI version is compared with the cluster's distribution (a mismatch is a
//! warning; a major/minor skew where the cluster does not serve an API version this CLI uses
//! fails), `-o json`, and the Deployment waits watch instead of polling every
//! `--poll-interval`.

mod run;

pub use run::run;

use clap::{ArgAction, Args};

use crate::cli::{GoDuration, parse_bool, parse_duration};

const EXAMPLES: &str = "Examples:
  # Check the prerequisites before installing
  flux check --pre

  # Check the installed controllers and CRDs
  flux check";

/// Check the prerequisites and the health of the Flux installation
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CheckArgs {
    /// only run the prerequisite checks
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub pre: bool,

    /// the components to check, comma separated
    #[arg(long, value_delimiter = ',', action = ArgAction::Append,
          default_value = "source-controller,kustomize-controller,helm-controller,notification-controller")]
    pub components: Vec<String>,

    /// extra components to check besides the default ones, comma separated
    #[arg(long, value_delimiter = ',', action = ArgAction::Append)]
    pub components_extra: Vec<String>,

    /// how often to poll the controller deployments
    #[arg(long, default_value = "5s", value_parser = parse_duration)]
    pub poll_interval: GoDuration,

    /// output format: text (logger lines on stderr) or json (one document on stdout)
    #[arg(short = 'o', long, default_value = "text", value_parser = parse_output)]
    pub output: String,
}

fn parse_output(s: &str) -> Result<String, crate::cli::FlagError> {
    match s {
        "text" | "json" => Ok(s.to_string()),
        _ => Err(crate::cli::FlagError(format!(
            "unsupported output format '{s}', must be one of: text, json"
        ))),
    }
}
