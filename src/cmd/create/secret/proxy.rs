//! `flux create secret proxy`: mirrors upstream `cmd/flux/create_secret_proxy.go` (v2.9.4).

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux create secret proxy
#[derive(Debug, Args)]
pub struct CreateSecretProxyArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

/// Runs `flux create secret proxy`.
pub async fn run(_ctx: &Ctx, _flags: &CreateFlags, args: CreateSecretProxyArgs) -> Result<ExitStatus, CliError> {
    crate::manifests::name_arg(&args.args)?;
    crate::error::not_implemented()
}
