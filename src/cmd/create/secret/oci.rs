//! `flux create secret oci`: mirrors upstream `cmd/flux/create_secret_oci.go` (v2.9.4).

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux create secret oci
#[derive(Debug, Args)]
pub struct CreateSecretOciArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

/// Runs `flux create secret oci`.
pub async fn run(_ctx: &Ctx, _flags: &CreateFlags, args: CreateSecretOciArgs) -> Result<ExitStatus, CliError> {
    crate::manifests::name_arg(&args.args)?;
    crate::error::not_implemented()
}
