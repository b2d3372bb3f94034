//! `flux completion`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/completion*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux completion
#[derive(Debug, Args)]
pub struct CompletionArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux completion`.
pub async fn run(_ctx: &Ctx, _args: CompletionArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
