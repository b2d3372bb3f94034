//! `flux pull`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/pull*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux pull
#[derive(Debug, Args)]
pub struct PullArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux pull`.
pub async fn run(_ctx: &Ctx, _args: PullArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
