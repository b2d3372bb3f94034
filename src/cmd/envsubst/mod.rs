//! `flux envsubst`: mirrors upstream `cmd/flux/envsubst.go`. Deviations: none known.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Substitute the variables of a file
  cat pod.yaml | flux envsubst

  # Fail when a variable is not set
  cat pod.yaml | flux envsubst --strict";

/// Substitute environment variables in text read from standard input
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct EnvsubstArgs {
    /// fail when a variable without a default is not set
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub strict: bool,
}

/// Runs `flux envsubst`.
pub async fn run(_ctx: &Ctx, _args: EnvsubstArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
