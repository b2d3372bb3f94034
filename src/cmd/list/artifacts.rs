//! `flux list artifacts`: mirrors upstream `cmd/flux/list_artifact.go` (artifacts-create.md §A.9).
//! Deviations: none known.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::registry::RegistryAuthArgs;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # List the artifacts of a repository
  flux list artifacts oci://ghcr.io/org/config/app

  # Only list the tags matching a semver range
  flux list artifacts oci://ghcr.io/org/config/app --filter-semver=\">=1.0.0\"";

// List artifacts.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ListArtifactsArgs {
    /// the repository URL (oci://<registry>/<repository>)
    #[arg(value_name = "URL")]
    pub args: Vec<String>,

    /// only list tags that satisfy this semver constraint
    #[arg(long)]
    pub filter_semver: Option<String>,

    /// only list tags that match this regular expression
    #[arg(long)]
    pub filter_regex: Option<String>,

    #[command(flatten)]
    pub registry: RegistryAuthArgs,

    /// allow plain HTTP and unverified TLS to the registry
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub insecure_registry: bool,
}

/// Runs `flux list artifacts`.
pub async fn run(_ctx: &Ctx, _args: ListArtifactsArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
