//! `flux pull artifact`: mirrors upstream `cmd/flux/pull_artifact.go` (artifacts-create.md §A.7).
//! Deviations: none known.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::registry::RegistryAuthArgs;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Pull an artifact into a local directory
  flux pull artifact oci://ghcr.io/org/manifests/app:v0.0.1 --output ./path/to/local/manifests";

// Pull an artifact.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct PullArtifactArgs {
    /// the artifact URL (oci://<registry>/<repository>[:<tag>|@<digest>])
    #[arg(value_name = "URL")]
    pub args: Vec<String>,

    /// existing directory to extract the artifact into
    #[arg(short = 'o', long)]
    pub output: Option<String>,

    #[command(flatten)]
    pub registry: RegistryAuthArgs,

    /// allow plain HTTP and unverified TLS to the registry
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub insecure_registry: bool,
}

/// Runs `flux pull artifact`.
pub async fn run(_ctx: &Ctx, _args: PullArtifactArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
