//! `flux diff`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/diff*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux diff
#[derive(Debug, Args)]
pub struct DiffArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux diff`.
pub async fn run(_ctx: &Ctx, _args: DiffArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
