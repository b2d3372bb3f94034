//! `flux build kustomization`: mirrors upstream `cmd/flux/build_kustomization.go`.
//! Deviations: none known.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Build a Kustomization of the cluster against local files
  flux build kustomization my-app --path ./path/to/local/manifests

  # Build without contacting the cluster
  flux build kustomization my-app --path ./path/to/local/manifests --kustomization-file ./path/to/my-app.yaml --dry-run";

// Build a Kustomization.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct BuildKustomizationArgs {
    /// name of the Kustomization
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// local directory holding the manifests to build
    #[arg(long)]
    pub path: Option<String>,

    /// local file holding the Flux Kustomization definition
    #[arg(long)]
    pub kustomization_file: Option<String>,

    /// paths to leave out, in .gitignore format, comma separated
    #[arg(long, value_delimiter = ',', action = ArgAction::Append)]
    pub ignore_paths: Vec<String>,

    /// build without contacting the cluster (needs --kustomization-file)
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub dry_run: bool,

    /// fail when a variable without a default is not set during substitution
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub strict_substitute: bool,

    /// also build the Kustomizations the result contains
    #[arg(short = 'r', long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub recursive: bool,

    /// local paths to use for sources when building recursively, as 'Kind/namespace/name=path', comma separated
    #[arg(long, value_delimiter = ',', action = ArgAction::Append)]
    pub local_sources: Vec<String>,

    /// build in memory instead of on disk
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub in_memory_build: bool,
}

/// Runs `flux build kustomization`.
pub async fn run(_ctx: &Ctx, _args: BuildKustomizationArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
