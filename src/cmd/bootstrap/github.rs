//! `flux bootstrap github`: mirrors upstream `cmd/flux/bootstrap_github.go`
//! (bootstrap-install.md §1.4). Deviations: none known.

use clap::{ArgAction, Args};

use super::{BootstrapFlags, ProviderRepoArgs};
use crate::cli::{GoDuration, parse_bool, parse_duration};
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Bootstrap an organisation repository (the token is read from GITHUB_TOKEN)
  flux bootstrap github --owner=<org> --repository=<repo> --path=clusters/my-cluster

  # Bootstrap a personal repository
  flux bootstrap github --owner=<user> --repository=<repo> --personal --path=clusters/my-cluster";

// Bootstrap against GitHub.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct BootstrapGithubArgs {
    /// GitHub user or organisation that owns the repository
    #[arg(long)]
    pub owner: Option<String>,

    /// name of the GitHub repository
    #[arg(long)]
    pub repository: Option<String>,

    /// GitHub teams given access to the repository as 'team:permission' (maintain when omitted), comma separated
    #[arg(long, value_delimiter = ',', action = ArgAction::Append)]
    pub team: Vec<String>,

    /// the owner is a GitHub user instead of an organisation
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub personal: bool,

    /// create or configure the repository as private
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "true", value_parser = parse_bool)]
    pub private: bool,

    /// sync interval of the cluster
    #[arg(long, default_value = "1m0s", value_parser = parse_duration)]
    pub interval: GoDuration,

    /// GitHub host name (GitHub Enterprise)
    #[arg(long, default_value = "github.com")]
    pub hostname: String,

    #[command(flatten)]
    pub repo: ProviderRepoArgs,

    // Extra positional words are accepted and ignored, as upstream.
    #[arg(hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux bootstrap github`.
pub async fn run(
    _ctx: &Ctx,
    _flags: &BootstrapFlags,
    _args: BootstrapGithubArgs,
) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
