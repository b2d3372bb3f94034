//! `flux version`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/version*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux version
#[derive(Debug, Args)]
pub struct VersionArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux version`.
pub async fn run(_ctx: &Ctx, _args: VersionArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
