//! `flux plugin install`: mirrors upstream `cmd/flux/plugin_install.go`. Deviations: none known.

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

// `flux plugin install`.
#[derive(Debug, Args)]
pub struct PluginInstallArgs {
    /// the plugin to install, as '<name>' or '<name>@<version>'
    #[arg(value_name = "PLUGIN")]
    pub args: Vec<String>,
}

/// Runs `flux plugin install`.
pub async fn run(_ctx: &Ctx, _args: PluginInstallArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
