//! `flux trace`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/trace*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux trace
#[derive(Debug, Args)]
pub struct TraceArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux trace`.
pub async fn run(_ctx: &Ctx, _args: TraceArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
