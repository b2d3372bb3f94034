//! `flux plugin`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/plugin*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux plugin
#[derive(Debug, Args)]
pub struct PluginArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux plugin`.
pub async fn run(_ctx: &Ctx, _args: PluginArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
