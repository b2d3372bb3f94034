//! `flux list`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/list*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux list
#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux list`.
pub async fn run(_ctx: &Ctx, _args: ListArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
