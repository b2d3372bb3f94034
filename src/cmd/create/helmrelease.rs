//! `flux create helmrelease`: mirrors upstream `cmd/flux/create_helmrelease.go` (v2.9.4).

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux create helmrelease
#[derive(Debug, Args)]
pub struct CreateHelmreleaseArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

/// Runs `flux create helmrelease`.
pub async fn run(_ctx: &Ctx, _flags: &CreateFlags, args: CreateHelmreleaseArgs) -> Result<ExitStatus, CliError> {
    crate::manifests::name_arg(&args.args)?;
    crate::error::not_implemented()
}
