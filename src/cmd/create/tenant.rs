//! `flux create tenant`: mirrors upstream `cmd/flux/create_tenant.go` (v2.9.4).

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux create tenant
#[derive(Debug, Args)]
pub struct CreateTenantArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

/// Runs `flux create tenant`.
pub async fn run(_ctx: &Ctx, _flags: &CreateFlags, args: CreateTenantArgs) -> Result<ExitStatus, CliError> {
    crate::manifests::name_arg(&args.args)?;
    crate::error::not_implemented()
}
