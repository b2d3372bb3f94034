//! `flux migrate`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/migrate*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux migrate
#[derive(Debug, Args)]
pub struct MigrateArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux migrate`.
pub async fn run(_ctx: &Ctx, _args: MigrateArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
