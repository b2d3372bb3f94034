//! `flux get`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/get*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux get
#[derive(Debug, Args)]
pub struct GetArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux get`.
pub async fn run(_ctx: &Ctx, _args: GetArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
