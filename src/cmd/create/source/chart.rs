//! `flux create source chart`: mirrors upstream `cmd/flux/create_source_chart.go` (v2.9.4).

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux create source chart
#[derive(Debug, Args)]
pub struct CreateSourceChartArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

/// Runs `flux create source chart`.
pub async fn run(_ctx: &Ctx, _flags: &CreateFlags, args: CreateSourceChartArgs) -> Result<ExitStatus, CliError> {
    crate::manifests::name_arg(&args.args)?;
    crate::error::not_implemented()
}
