//! `flux bootstrap`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/bootstrap*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux bootstrap
#[derive(Debug, Args)]
pub struct BootstrapArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux bootstrap`.
pub async fn run(_ctx: &Ctx, _args: BootstrapArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
