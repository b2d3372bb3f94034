//! `flux create secret git`: mirrors upstream `cmd/flux/create_secret_git.go` (v2.9.4).

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux create secret git
#[derive(Debug, Args)]
pub struct CreateSecretGitArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

/// Runs `flux create secret git`.
pub async fn run(_ctx: &Ctx, _flags: &CreateFlags, args: CreateSecretGitArgs) -> Result<ExitStatus, CliError> {
    crate::manifests::name_arg(&args.args)?;
    crate::error::not_implemented()
}
