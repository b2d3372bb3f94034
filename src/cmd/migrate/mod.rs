//! `flux migrate`: mirrors upstream `cmd/flux/migrate.go`. Deviations: none known.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Move the Flux objects stored in the cluster to the newest API versions
  flux migrate

  # Rewrite the Flux manifests of a directory to the newest API versions
  flux migrate -f ./clusters --yes

  # Preview the changes to a file
  flux migrate -f ./apps/podinfo.yaml --dry-run";

/// Migrate Flux resources to the API versions served by this Flux release
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct MigrateArgs {
    /// migrate the manifests in this file or directory instead of the cluster
    #[arg(short = 'f', long)]
    pub path: Option<String>,

    /// file extensions to migrate under --path, comma separated
    #[arg(short = 'e', long, value_delimiter = ',', action = ArgAction::Append,
          default_value = ".yaml,.yml")]
    pub extensions: Vec<String>,

    /// Flux version to migrate to (defaults to this CLI's version)
    #[arg(short = 'v', long)]
    pub version: Option<String>,

    /// do not ask for confirmation
    #[arg(short = 'y', long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub yes: bool,

    /// only print the changes
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub dry_run: bool,
}

/// Runs `flux migrate`.
pub async fn run(_ctx: &Ctx, _args: MigrateArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
