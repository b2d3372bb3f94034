//! `flux resume`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/resume*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux resume
#[derive(Debug, Args)]
pub struct ResumeArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux resume`.
pub async fn run(_ctx: &Ctx, _args: ResumeArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
