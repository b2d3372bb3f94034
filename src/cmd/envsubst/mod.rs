//! `flux envsubst`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/envsubst*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux envsubst
#[derive(Debug, Args)]
pub struct EnvsubstArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux envsubst`.
pub async fn run(_ctx: &Ctx, _args: EnvsubstArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
