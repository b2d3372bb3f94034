//! `flux tag artifact`: mirrors upstream `cmd/flux/tag_artifact.go` (artifacts-create.md §A.8).
//! Deviations: none known.

use clap::{ArgAction, Args};

use crate::cmd::Ctx;
use crate::cmd::registry::RegistryAuthArgs;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Tag an artifact as latest
  flux tag artifact oci://ghcr.io/org/manifests/app:v0.0.1 --tag latest";

// Tag an artifact.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct TagArtifactArgs {
    /// the artifact URL (oci://<registry>/<repository>:<tag>)
    #[arg(value_name = "URL")]
    pub args: Vec<String>,

    /// the tags to add, comma separated
    #[arg(long, value_delimiter = ',', action = ArgAction::Append)]
    pub tag: Vec<String>,

    #[command(flatten)]
    pub registry: RegistryAuthArgs,
}

/// Runs `flux tag artifact`.
pub async fn run(_ctx: &Ctx, _args: TagArtifactArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
