//! `flux trigger`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/trigger*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux trigger
#[derive(Debug, Args)]
pub struct TriggerArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux trigger`.
pub async fn run(_ctx: &Ctx, _args: TriggerArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
