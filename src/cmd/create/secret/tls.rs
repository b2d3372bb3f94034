//! `flux create secret tls`: mirrors upstream `cmd/flux/create_secret_tls.go` (v2.9.4).

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};

/// (placeholder) flux create secret tls
#[derive(Debug, Args)]
pub struct CreateSecretTlsArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

/// Runs `flux create secret tls`.
pub async fn run(_ctx: &Ctx, _flags: &CreateFlags, args: CreateSecretTlsArgs) -> Result<ExitStatus, CliError> {
    crate::manifests::name_arg(&args.args)?;
    crate::error::not_implemented()
}
