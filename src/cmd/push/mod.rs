//! `flux push`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/push*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux push
#[derive(Debug, Args)]
pub struct PushArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux push`.
pub async fn run(_ctx: &Ctx, _args: PushArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
