//! `flux reconcile`: placeholder until its command tree is declared (mirrors upstream `cmd/flux/reconcile*.go`).

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux reconcile
#[derive(Debug, Args)]
pub struct ReconcileArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux reconcile`.
pub async fn run(_ctx: &Ctx, _args: ReconcileArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
