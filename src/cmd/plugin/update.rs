//! `flux plugin update`: mirrors upstream `cmd/flux/plugin_update.go`. Deviations: none known.

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

// `flux plugin update`.
#[derive(Debug, Args)]
pub struct PluginUpdateArgs {
    /// the plugins to update (all when omitted)
    #[arg(value_name = "PLUGIN")]
    pub args: Vec<String>,
}

/// Runs `flux plugin update`.
pub async fn run(_ctx: &Ctx, _args: PluginUpdateArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
