//! `flux plugin uninstall`: mirrors upstream `cmd/flux/plugin_uninstall.go`. Deviations: none known.

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

// `flux plugin uninstall`.
#[derive(Debug, Args)]
pub struct PluginUninstallArgs {
    /// the plugin to remove
    #[arg(value_name = "PLUGIN")]
    pub args: Vec<String>,
}

/// Runs `flux plugin uninstall`.
pub async fn run(_ctx: &Ctx, _args: PluginUninstallArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
