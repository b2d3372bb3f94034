//! `flux export`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/export*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux export
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux export`.
pub async fn run(_ctx: &Ctx, _args: ExportArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
