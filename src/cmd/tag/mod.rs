//! `flux tag`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/tag*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux tag
#[derive(Debug, Args)]
pub struct TagArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux tag`.
pub async fn run(_ctx: &Ctx, _args: TagArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
