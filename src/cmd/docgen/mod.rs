//! `flux docgen`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/docgen*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux docgen
#[derive(Debug, Args)]
pub struct DocgenArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux docgen`.
pub async fn run(_ctx: &Ctx, _args: DocgenArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
