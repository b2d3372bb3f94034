//! `flux build artifact`: mirrors upstream `cmd/flux/build_artifact.go` (artifacts-create.md §A.5).
//! Deviations: none known.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::values::EXCLUDE_OCI;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Build the contents of a directory into a tarball
  flux build artifact --path=./path/to/local/manifests --output=./path/to/artifact.tgz

  # Build from standard input
  kustomize build . | flux build artifact --path=-";

// Build an artifact tarball.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct BuildArtifactArgs {
    /// directory or file to pack ('-' reads standard input)
    #[arg(short = 'p', long)]
    pub path: Option<String>,

    /// where to write the tarball
    #[arg(short = 'o', long, default_value = "artifact.tgz")]
    pub output: String,

    /// paths to leave out, in .gitignore format, comma separated (replaces the default list)
    #[arg(long, value_delimiter = ',', action = ArgAction::Append, default_value = EXCLUDE_OCI)]
    pub ignore_paths: Vec<String>,

    /// copy the targets of symbolic links into the artifact
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub resolve_symlinks: bool,
}

/// Runs `flux build artifact`.
pub async fn run(_ctx: &Ctx, _args: BuildArtifactArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
