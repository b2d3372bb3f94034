//! `flux suspend`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/suspend*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux suspend
#[derive(Debug, Args)]
pub struct SuspendArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux suspend`.
pub async fn run(_ctx: &Ctx, _args: SuspendArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
