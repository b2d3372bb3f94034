//! `flux push artifact`: mirrors upstream `cmd/flux/push_artifact.go` (artifacts-create.md §A.6).
//! Deviations: none known.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::registry::RegistryAuthArgs;
use crate::cmd::values::EXCLUDE_OCI;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Push the manifests of a directory
  flux push artifact oci://ghcr.io/org/config/app:$(git rev-parse --short HEAD) \\
    --path=\"./path/to/local/manifests\" \\
    --source=\"$(git config --get remote.origin.url)\" \\
    --revision=\"$(git branch --show-current)@sha1:$(git rev-parse HEAD)\"

  # Push from standard input and print the result as JSON
  kustomize build . | flux push artifact oci://ghcr.io/org/config/app:v1 --path=- --source=repo --revision=v1 -o json";

// Push an artifact.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct PushArtifactArgs {
    /// the artifact URL (oci://<registry>/<repository>[:<tag>])
    #[arg(value_name = "URL")]
    pub args: Vec<String>,

    /// directory or file to push ('-' reads standard input)
    #[arg(short = 'f', long)]
    pub path: Option<String>,

    /// where the content comes from (e.g. a Git URL), stored as an annotation
    #[arg(long)]
    pub source: Option<String>,

    /// revision of the content (e.g. 'main@sha1:<commit>'), stored as an annotation
    #[arg(long)]
    pub revision: Option<String>,

    #[command(flatten)]
    pub registry: RegistryAuthArgs,

    /// paths to leave out, in .gitignore format, comma separated (replaces the default list)
    #[arg(long, value_delimiter = ',', action = ArgAction::Append, default_value = EXCLUDE_OCI)]
    pub ignore_paths: Vec<String>,

    /// extra annotations as 'key=value' (repeat the flag for several)
    #[arg(short = 'a', long, action = ArgAction::Append)]
    pub annotations: Vec<String>,

    /// print the result as 'json' or 'yaml'
    #[arg(short = 'o', long)]
    pub output: Option<String>,

    /// print the registry client's retry messages
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub debug: bool,

    /// use a fixed creation time so the same content yields the same digest
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub reproducible: bool,

    /// allow plain HTTP and unverified TLS to the registry
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub insecure_registry: bool,

    /// copy the targets of symbolic links into the artifact
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub resolve_symlinks: bool,
}

/// Runs `flux push artifact`.
pub async fn run(_ctx: &Ctx, _args: PushArtifactArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
