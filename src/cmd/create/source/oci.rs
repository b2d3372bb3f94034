//! `flux create source oci`: mirrors upstream `cmd/flux/create_source_oci.go` (v2.9.4).

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux create source oci
#[derive(Debug, Args)]
pub struct CreateSourceOciArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

/// Runs `flux create source oci`.
pub async fn run(_ctx: &Ctx, _flags: &CreateFlags, args: CreateSourceOciArgs) -> Result<ExitStatus, CliError> {
    crate::manifests::name_arg(&args.args)?;
    crate::error::not_implemented()
}
