//! `flux diff artifact`: mirrors upstream `cmd/flux/diff_artifact.go` (artifacts-create.md §A.10).
//! Deviations: none known.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::registry::RegistryAuthArgs;
use crate::cmd::values::EXCLUDE_OCI;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Check whether local manifests differ from an artifact
  flux diff artifact oci://ghcr.io/stefanprodan/manifests/podinfo:6.2.0 --path=./kustomize";

// Compare with an OCI artifact.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct DiffArtifactArgs {
    /// the artifact URL (oci://<registry>/<repository>:<tag>)
    #[arg(value_name = "URL")]
    pub args: Vec<String>,

    /// local directory or file to compare
    #[arg(long)]
    pub path: Option<String>,

    #[command(flatten)]
    pub registry: RegistryAuthArgs,

    /// paths to leave out, in .gitignore format, comma separated (replaces the default list)
    #[arg(long, value_delimiter = ',', action = ArgAction::Append, default_value = EXCLUDE_OCI)]
    pub ignore_paths: Vec<String>,

    /// allow plain HTTP and unverified TLS to the registry
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub insecure_registry: bool,
}

/// Runs `flux diff artifact`.
pub async fn run(_ctx: &Ctx, _args: DiffArtifactArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
