//! `flux create alert-provider`: mirrors upstream `cmd/flux/create_alert_provider.go` (v2.9.4).

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux create alert-provider
#[derive(Debug, Args)]
pub struct CreateAlertProviderArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

/// Runs `flux create alert-provider`.
pub async fn run(_ctx: &Ctx, _flags: &CreateFlags, args: CreateAlertProviderArgs) -> Result<ExitStatus, CliError> {
    crate::manifests::name_arg(&args.args)?;
    crate::error::not_implemented()
}
