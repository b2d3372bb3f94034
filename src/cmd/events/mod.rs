//! `flux events`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/events*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux events
#[derive(Debug, Args)]
pub struct EventsArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux events`.
pub async fn run(_ctx: &Ctx, _args: EventsArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
