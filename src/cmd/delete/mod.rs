//! `flux delete`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/delete*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux delete
#[derive(Debug, Args)]
pub struct DeleteArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux delete`.
pub async fn run(_ctx: &Ctx, _args: DeleteArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
