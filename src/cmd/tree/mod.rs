//! `flux tree`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/tree*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux tree
#[derive(Debug, Args)]
pub struct TreeArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux tree`.
pub async fn run(_ctx: &Ctx, _args: TreeArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
