//! `flux create source helm`: mirrors upstream `cmd/flux/create_source_helm.go` (v2.9.4).

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux create source helm
#[derive(Debug, Args)]
pub struct CreateSourceHelmArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

/// Runs `flux create source helm`.
pub async fn run(_ctx: &Ctx, _flags: &CreateFlags, args: CreateSourceHelmArgs) -> Result<ExitStatus, CliError> {
    crate::manifests::name_arg(&args.args)?;
    crate::error::not_implemented()
}
