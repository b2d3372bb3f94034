//! `flux bootstrap bitbucket-server`: mirrors upstream `cmd/flux/bootstrap_bitbucket_server.go`
//! (bootstrap-install.md §1.7). Deviations: none known.

use clap::{ArgAction, Args};

use super::{BootstrapFlags, ProviderRepoArgs};
use crate::cli::{GoDuration, parse_bool, parse_duration};
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Bootstrap a project repository (the token is read from BITBUCKET_TOKEN)
  flux bootstrap bitbucket-server --owner=<project> --username=<user> --repository=<repo> --hostname=<host> --path=clusters/my-cluster

  # Bootstrap a personal repository
  flux bootstrap bitbucket-server --owner=<user> --repository=<repo> --hostname=<host> --personal --path=clusters/my-cluster";

// Bootstrap against Bitbucket Server.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct BootstrapBitbucketServerArgs {
    /// Bitbucket Server project key or user that owns the repository
    #[arg(long)]
    pub owner: Option<String>,

    /// name of the Bitbucket Server repository
    #[arg(long)]
    pub repository: Option<String>,

    /// Bitbucket Server groups given access to the repository as 'group:permission' (push when omitted), comma separated
    #[arg(long, value_delimiter = ',', action = ArgAction::Append)]
    pub group: Vec<String>,

    /// the owner is a Bitbucket Server user instead of a project
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub personal: bool,

    /// user that authenticates to the API and to Git
    #[arg(short = 'u', long, default_value = "git")]
    pub username: String,

    /// create or configure the repository as private
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "true", value_parser = parse_bool)]
    pub private: bool,

    /// sync interval of the cluster
    #[arg(long, default_value = "1m0s", value_parser = parse_duration)]
    pub interval: GoDuration,

    /// Bitbucket Server host name
    #[arg(long)]
    pub hostname: Option<String>,

    #[command(flatten)]
    pub repo: ProviderRepoArgs,

    // Extra positional words are accepted and ignored, as upstream.
    #[arg(hide = true)]
    pub args: Vec<String>,
}

/// Runs `flux bootstrap bitbucket-server`.
pub async fn run(
    _ctx: &Ctx,
    _flags: &BootstrapFlags,
    _args: BootstrapBitbucketServerArgs,
) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
