//! `flux create secret notation`: mirrors upstream `cmd/flux/create_secret_notation.go` (v2.9.4).

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux create secret notation
#[derive(Debug, Args)]
pub struct CreateSecretNotationArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

/// Runs `flux create secret notation`.
pub async fn run(_ctx: &Ctx, _flags: &CreateFlags, args: CreateSecretNotationArgs) -> Result<ExitStatus, CliError> {
    crate::manifests::name_arg(&args.args)?;
    crate::error::not_implemented()
}
