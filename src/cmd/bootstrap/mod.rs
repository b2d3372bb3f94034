//! `flux bootstrap`: the persistent flags every Git provider shares and the provider
//! subcommands. Mirrors upstream `cmd/flux/bootstrap.go` (bootstrap-install.md §1.1).

pub mod bitbucket_server;
pub mod git;
pub mod gitea;
pub mod github;
pub mod gitlab;

use clap::{ArgAction, Args, Subcommand};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::values::{
    EcdsaCurve, KeyAlgorithm, LogLevel, parse_ecdsa_curve, parse_key_algorithm, parse_log_level,
    parse_rsa_bits,
};
use crate::error::{CliError, ExitStatus};

/// Deploy Flux on a cluster the GitOps way
///
/// Bootstrap commits the Flux components to a Git repository, installs them on the cluster
/// and configures Flux to keep both in sync from then on.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct BootstrapArgs {
    #[command(flatten)]
    pub flags: BootstrapFlags,

    #[command(subcommand)]
    pub command: BootstrapCommand,
}

/// The flags inherited by every `flux bootstrap` provider.
#[derive(Debug, Clone, Args)]
pub struct BootstrapFlags {
    /// toolkit version to deploy; when set, the manifests are downloaded from the flux2 GitHub releases
    #[arg(short = 'v', long, global = true)]
    pub version: Option<String>,

    /// the components to install, comma separated
    #[arg(long, global = true, value_delimiter = ',', action = ArgAction::Append,
          default_value = "source-controller,kustomize-controller,helm-controller,notification-controller")]
    pub components: Vec<String>,

    /// extra components to install besides the default ones, comma separated (e.g. 'image-reflector-controller,image-automation-controller,source-watcher')
    #[arg(long, global = true, value_delimiter = ',', action = ArgAction::Append)]
    pub components_extra: Vec<String>,

    /// registry the Flux controller images are pulled from
    #[arg(long, global = true, default_value = "ghcr.io/fluxcd")]
    pub registry: String,

    /// credentials for the registry as 'user:password' (needs --image-pull-secret)
    #[arg(long, global = true)]
    pub registry_creds: Option<String>,

    /// name of the Kubernetes Secret used to pull the controller images from a private registry
    #[arg(long, global = true)]
    pub image_pull_secret: Option<String>,

    /// Git branch to commit to and sync from
    #[arg(long, global = true, default_value = "main")]
    pub branch: String,

    /// make the GitRepository source initialise and include Git submodules
    #[arg(long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub recurse_submodules: bool,

    /// directories to include in the GitRepository sparse checkout (must include --path), comma separated
    #[arg(long, global = true, value_delimiter = ',', action = ArgAction::Append)]
    pub sparse_checkout: Vec<String>,

    /// path to a directory of manifests to use instead of the built-in ones
    #[arg(long, global = true, hide = true)]
    pub manifests: Option<String>,

    /// make the controllers watch all namespaces; when false only the Flux namespace is watched
    #[arg(long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "true",
          value_parser = parse_bool)]
    pub watch_all_namespaces: bool,

    /// add network policies that block ingress to the controllers from other namespaces
    #[arg(long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "true",
          value_parser = parse_bool)]
    pub network_policy: bool,

    /// authenticate to Git with the personal access token instead of an SSH deploy key
    #[arg(long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub token_auth: bool,

    /// controller log level (debug, info, error)
    #[arg(long, global = true, default_value = "info", value_parser = parse_log_level)]
    pub log_level: LogLevel,

    /// the cluster's internal DNS domain
    #[arg(long, global = true, default_value = "cluster.local")]
    pub cluster_domain: String,

    /// taint keys the controller pods tolerate, comma separated
    #[arg(long, global = true, value_delimiter = ',', action = ArgAction::Append)]
    pub toleration_keys: Vec<String>,

    /// name of the Secret holding the sync credentials (read or created)
    #[arg(long, global = true, default_value = "flux-system")]
    pub secret_name: String,

    /// algorithm of the generated SSH key (rsa, ecdsa, ed25519)
    #[arg(long, global = true, default_value = "ecdsa", value_parser = parse_key_algorithm)]
    pub ssh_key_algorithm: KeyAlgorithm,

    /// size in bits of a generated RSA key (a multiple of 8, at least 1024)
    #[arg(long, global = true, default_value = "2048", value_parser = parse_rsa_bits)]
    pub ssh_rsa_bits: u32,

    /// host key algorithms the CLI accepts on SSH connections, comma separated
    #[arg(long, global = true, value_delimiter = ',', action = ArgAction::Append)]
    pub ssh_hostkey_algos: Vec<String>,

    /// curve of a generated ECDSA key (p256, p384, p521)
    #[arg(long, global = true, default_value = "p384", value_parser = parse_ecdsa_curve)]
    pub ssh_ecdsa_curve: EcdsaCurve,

    /// SSH host name (and port) when it differs from the HTTPS one
    #[arg(long, global = true)]
    pub ssh_hostname: Option<String>,

    /// path to a CA bundle for validating self-signed TLS certificates
    #[arg(long, global = true)]
    pub ca_file: Option<String>,

    /// path to a private key for authenticating to the Git SSH server
    #[arg(long, global = true)]
    pub private_key_file: Option<String>,

    /// author name of the Git commits
    #[arg(long, global = true, default_value = "Flux")]
    pub author_name: String,

    /// author email of the Git commits
    #[arg(long, global = true)]
    pub author_email: Option<String>,

    /// path to a GPG key ring for signing the commits
    #[arg(long, global = true)]
    pub gpg_key_ring: Option<String>,

    /// passphrase of the GPG private key
    #[arg(long, global = true)]
    pub gpg_passphrase: Option<String>,

    /// id of the GPG key to sign with
    #[arg(long, global = true)]
    pub gpg_key_id: Option<String>,

    /// path to an SSH private key for signing the commits
    #[arg(long, global = true)]
    pub ssh_signing_key_file: Option<String>,

    /// passphrase of the SSH signing key
    #[arg(long, global = true)]
    pub ssh_signing_password: Option<String>,

    /// same as --ssh-signing-password
    #[arg(long, global = true, hide = true)]
    pub ssh_signing_passphrase: Option<String>,

    /// sign the commits with the SSH transport key given by --private-key-file
    #[arg(long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub ssh_signing_reuse_private_key: bool,

    /// text appended to the commit messages (e.g. '[ci skip]')
    #[arg(long, global = true)]
    pub commit_message_appendix: Option<String>,

    /// take over a Flux installation managed by another tool such as Helm
    #[arg(long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub force: bool,
}

/// The `flux bootstrap` providers.
#[derive(Debug, Subcommand)]
pub enum BootstrapCommand {
    /// Deploy Flux on a cluster connected to a Bitbucket Server repository
    #[command(name = "bitbucket-server")]
    BitbucketServer(bitbucket_server::BootstrapBitbucketServerArgs),
    /// Deploy Flux on a cluster connected to any Git repository
    Git(git::BootstrapGitArgs),
    /// Deploy Flux on a cluster connected to a Gitea repository
    Gitea(gitea::BootstrapGiteaArgs),
    /// Deploy Flux on a cluster connected to a GitHub repository
    Github(github::BootstrapGithubArgs),
    /// Deploy Flux on a cluster connected to a GitLab repository
    Gitlab(gitlab::BootstrapGitlabArgs),
}

/// The repository flags every Git host provider (`github`, `gitlab`, `gitea`,
/// `bitbucket-server`) shares, in the order their help lists them.
#[derive(Debug, Clone, Args)]
pub struct ProviderRepoArgs {
    /// path inside the repository the cluster syncs from
    #[arg(long)]
    pub path: Option<String>,

    /// give the deploy key write access
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub read_write_key: bool,

    /// also apply the options to a repository that already exists
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub reconcile: bool,
}

/// Runs `flux bootstrap …`.
pub async fn run(ctx: &Ctx, args: BootstrapArgs) -> Result<ExitStatus, CliError> {
    let flags = args.flags;
    match args.command {
        BootstrapCommand::BitbucketServer(a) => bitbucket_server::run(ctx, &flags, a).await,
        BootstrapCommand::Git(a) => git::run(ctx, &flags, a).await,
        BootstrapCommand::Gitea(a) => gitea::run(ctx, &flags, a).await,
        BootstrapCommand::Github(a) => github::run(ctx, &flags, a).await,
        BootstrapCommand::Gitlab(a) => gitlab::run(ctx, &flags, a).await,
    }
}
