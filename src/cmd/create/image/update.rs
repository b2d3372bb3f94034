//! `flux create image update`: mirrors upstream `cmd/flux/create_image_update.go` (v2.9.4).

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux create image update
#[derive(Debug, Args)]
pub struct CreateImageUpdateArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

/// Runs `flux create image update`.
pub async fn run(_ctx: &Ctx, _flags: &CreateFlags, args: CreateImageUpdateArgs) -> Result<ExitStatus, CliError> {
    crate::manifests::name_arg(&args.args)?;
    crate::error::not_implemented()
}
