//! `flux create image policy`: mirrors upstream `cmd/flux/create_image_policy.go` (v2.9.4).

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux create image policy
#[derive(Debug, Args)]
pub struct CreateImagePolicyArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

/// Runs `flux create image policy`.
pub async fn run(_ctx: &Ctx, _flags: &CreateFlags, args: CreateImagePolicyArgs) -> Result<ExitStatus, CliError> {
    crate::manifests::name_arg(&args.args)?;
    crate::error::not_implemented()
}
