//! `flux bootstrap gitlab`: mirrors upstream `cmd/flux/bootstrap_gitlab.go`
//! (bootstrap-install.md §1.5). Deviations: none known.

use clap::{ArgAction, Args};

use super::{BootstrapFlags, ProviderRepoArgs};
use crate::cli::{GoDuration, parse_bool, parse_duration};
use crate::cmd::Ctx;
use crate::cmd::values::{Visibility, parse_visibility};
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Bootstrap an group repository (the token is read from GITLAB_TOKEN)
  flux bootstrap gitlab --owner=<org> --repository=<repo> --path=clusters/my-cluster

  # Bootstrap a personal repository
  flux bootstrap gitlab --owner=<user> --repository=<repo> --personal --path=clusters/my-cluster";

// Bootstrap against GitLab.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct BootstrapGitlabArgs {
    /// GitLab user or group that owns the repository
    #[arg(long)]
    pub owner: Option<String>,

    /// name of the GitLab repository
    #[arg(long)]
    pub repository: Option<String>,

    /// GitLab groups given maintainer access to the repository, comma separated
    #[arg(long, value_delimiter = ',', action = ArgAction::Append)]
    pub team: Vec<String>,

    /// the owner is a GitLab user instead of an group
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub personal: bool,

    /// create or configure the repository as private (deprecated: use --visibility)
    #[arg(long, hide = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "true",
          value_parser = parse_bool)]
    pub private: bool,

    /// visibility of the repository (public, internal, private)
    #[arg(long, default_value = "private", value_parser = parse_visibility)]
    pub visibility: Visibility,

    /// sync interval of the cluster
    #[arg(long, default_value = "1m0s", value_parser = parse_duration)]
    pub interval: GoDuration,

    /// GitLab host name (self-managed GitLab)
    #[arg(long, default_value = "gitlab.com")]
    pub hostname: String,

    #[command(flatten)]
    pub repo: ProviderRepoArgs,

    /// authenticate with a generated project deploy token instead of an SSH deploy key
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub deploy_token_auth: bool,

    // Extra positional words are accepted and ignored, as upstream.
    #[arg(hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux bootstrap gitlab`.
pub async fn run(
    _ctx: &Ctx,
    _flags: &BootstrapFlags,
    _args: BootstrapGitlabArgs,
) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
