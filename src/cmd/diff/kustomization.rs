//! `flux diff kustomization`: mirrors upstream `cmd/flux/diff_kustomization.go`.
//! Deviations: none known.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Preview the changes local files would make to a Kustomization
  flux diff kustomization my-app --path ./path/to/local/manifests

  # Compare against a local Kustomization definition
  flux diff kustomization my-app --path ./path/to/local/manifests --kustomization-file ./path/to/my-app.yaml";

// Diff a Kustomization.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct DiffKustomizationArgs {
    /// name of the Kustomization
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// local directory holding the manifests to compare
    #[arg(long)]
    pub path: Option<String>,

    /// show a progress bar while comparing
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "true", value_parser = parse_bool)]
    pub progress_bar: bool,

    /// paths to leave out, in .gitignore format, comma separated
    #[arg(long, value_delimiter = ',', action = ArgAction::Append)]
    pub ignore_paths: Vec<String>,

    /// local file holding the Flux Kustomization definition
    #[arg(long)]
    pub kustomization_file: Option<String>,

    /// fail when a variable without a default is not set during substitution
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub strict_substitute: bool,

    /// also compare the Kustomizations the result contains
    #[arg(short = 'r', long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub recursive: bool,

    /// local paths to use for sources when comparing recursively, as 'Kind/namespace/name=path', comma separated
    #[arg(long, value_delimiter = ',', action = ArgAction::Append)]
    pub local_sources: Vec<String>,

    /// build in memory instead of on disk
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub in_memory_build: bool,

    /// do not fail when the Kustomization does not exist in the cluster
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub ignore_not_found: bool,
}

/// Runs `flux diff kustomization`.
pub async fn run(_ctx: &Ctx, _args: DiffKustomizationArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
