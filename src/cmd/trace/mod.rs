//! `flux trace`: mirrors upstream `cmd/flux/trace.go`. Deviations: none known.

use clap::Args;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Find which Flux object manages a Deployment
  flux trace podinfo --kind=deployment --api-version=apps/v1 -n default

  # Trace several objects at once
  flux trace deployment/podinfo service/podinfo -n default";

/// Trace Kubernetes objects back to the Flux sources that deployed them
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct TraceArgs {
    /// the objects to trace, as '<name>' (with --kind) or '<kind>/<name>'
    #[arg(value_name = "OBJECT")]
    pub args: Vec<String>,

    /// kind of the object
    #[arg(long)]
    pub kind: Option<String>,

    /// API version of the object
    #[arg(long)]
    pub api_version: Option<String>,
}

/// Runs `flux trace`.
pub async fn run(_ctx: &Ctx, _args: TraceArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
