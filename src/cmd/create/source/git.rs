//! `flux create source git`: mirrors upstream `cmd/flux/create_source_git.go` (v2.9.4).

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux create source git
#[derive(Debug, Args)]
pub struct CreateSourceGitArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

/// Runs `flux create source git`.
pub async fn run(_ctx: &Ctx, _flags: &CreateFlags, args: CreateSourceGitArgs) -> Result<ExitStatus, CliError> {
    crate::manifests::name_arg(&args.args)?;
    crate::error::not_implemented()
}
