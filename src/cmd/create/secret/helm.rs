//! `flux create secret helm`: mirrors upstream `cmd/flux/create_secret_helm.go` (v2.9.4).

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux create secret helm
#[derive(Debug, Args)]
pub struct CreateSecretHelmArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

/// Runs `flux create secret helm`.
pub async fn run(_ctx: &Ctx, _flags: &CreateFlags, args: CreateSecretHelmArgs) -> Result<ExitStatus, CliError> {
    crate::manifests::name_arg(&args.args)?;
    crate::error::not_implemented()
}
