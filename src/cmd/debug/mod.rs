//! `flux debug`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/debug*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux debug
#[derive(Debug, Args)]
pub struct DebugArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux debug`.
pub async fn run(_ctx: &Ctx, _args: DebugArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
