//! `flux build`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/build*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux build
#[derive(Debug, Args)]
pub struct BuildArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux build`.
pub async fn run(_ctx: &Ctx, _args: BuildArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
