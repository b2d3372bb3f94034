//! `flux install`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/install*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux install
#[derive(Debug, Args)]
pub struct InstallArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux install`.
pub async fn run(_ctx: &Ctx, _args: InstallArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
