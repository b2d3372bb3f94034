//! `flux bootstrap git`: mirrors upstream `cmd/flux/bootstrap_git.go`
//! (bootstrap-install.md §1.6). Deviations: none known.

use clap::{ArgAction, Args};

use super::BootstrapFlags;
use crate::cli::{GoDuration, parse_bool, parse_duration};
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Bootstrap over SSH with the SSH agent's keys
  flux bootstrap git --url=ssh://git@example.com/org/fleet.git --path=clusters/my-cluster

  # Bootstrap over HTTPS with basic authentication
  flux bootstrap git --url=https://example.com/org/fleet.git --username=<user> --password=<token> --token-auth --path=clusters/my-cluster

  # Bootstrap with a given SSH private key
  flux bootstrap git --url=ssh://git@example.com/org/fleet.git --private-key-file=<path> --path=clusters/my-cluster";

// Bootstrap against any Git server.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct BootstrapGitArgs {
    /// URL of the Git repository
    #[arg(long)]
    pub url: Option<String>,

    /// sync interval of the cluster
    #[arg(long, default_value = "1m0s", value_parser = parse_duration)]
    pub interval: GoDuration,

    /// path inside the repository the cluster syncs from
    #[arg(long)]
    pub path: Option<String>,

    /// username for basic authentication
    #[arg(short = 'u', long, default_value = "git")]
    pub username: String,

    /// password for basic authentication (also the passphrase of the SSH key)
    #[arg(short = 'p', long)]
    pub password: Option<String>,

    /// do not ask for confirmation; assume the deploy key is already configured
    #[arg(short = 's', long, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub silent: bool,

    /// allow plain HTTP Git URLs
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub allow_insecure_http: bool,

    /// send the password as a bearer token in the Authorization header
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub with_bearer_token: bool,

    // Extra positional words are accepted and ignored, as upstream.
    #[arg(hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux bootstrap git`.
pub async fn run(
    _ctx: &Ctx,
    _flags: &BootstrapFlags,
    _args: BootstrapGitArgs,
) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
