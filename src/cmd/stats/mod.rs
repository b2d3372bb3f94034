//! `flux stats`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/stats*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux stats
#[derive(Debug, Args)]
pub struct StatsArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux stats`.
pub async fn run(_ctx: &Ctx, _args: StatsArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
