//! `flux check`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/check*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux check
#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux check`.
pub async fn run(_ctx: &Ctx, _args: CheckArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
