//! `flux uninstall`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/uninstall*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux uninstall
#[derive(Debug, Args)]
pub struct UninstallArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux uninstall`.
pub async fn run(_ctx: &Ctx, _args: UninstallArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
