//! `flux tree kustomization`: mirrors upstream `cmd/flux/tree_kustomization.go` (operate.md §5.5).
//! Deviations: upstream also lists `kustomization` as an alias of itself; clap has no use for it.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Print the objects the Kustomization 'flux-system' manages
  flux tree kustomization flux-system

  # Only print the Flux objects, as JSON
  flux tree ks flux-system --compact -o json";

// Tree of a Kustomization.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct TreeKustomizationArgs {
    /// name of the Kustomization
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// only print the Flux objects
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub compact: bool,

    /// print the tree as 'json' or 'yaml' instead of text
    #[arg(short = 'o', long)]
    pub output: Option<String>,
}

/// Runs `flux tree kustomization`.
pub async fn run(_ctx: &Ctx, _args: TreeKustomizationArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
