//! `flux logs`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/logs*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux logs
#[derive(Debug, Args)]
pub struct LogsArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux logs`.
pub async fn run(_ctx: &Ctx, _args: LogsArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
