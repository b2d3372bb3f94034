//! `flux resume`: the kind subcommands, the persistent `--all` and `--wait` flags and one generic handler
//! driven by the kinds table. Mirrors upstream `cmd/flux/resume*.go` (one adapter file per
//! kind upstream; one table here).

use clap::{ArgAction, Args, Subcommand};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};
use crate::kinds::{self, KindInfo};

/// Resume the reconciliation of Flux resources
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct ResumeArgs {
    /// resume every resource of that kind in the namespace
    #[arg(long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub all: bool,

    /// wait for the resumed resources to become ready (default: only when a single name is given)
    // No default: upstream waits for a single name unless `--wait` is given explicitly.
    #[arg(long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, value_parser = parse_bool)]
    pub wait: Option<bool>,

    #[command(subcommand)]
    pub command: ResumeCommand,
}

/// The `flux resume` kinds.
#[derive(Debug, Subcommand)]
pub enum ResumeCommand {
    /// Resume the reconciliation of Alerts
    Alert(ResumeKindArgs),
    /// Resume the reconciliation of alert Providers
    #[command(name = "alert-provider")]
    AlertProvider(ResumeKindArgs),
    /// Resume the reconciliation of HelmReleases
    #[command(visible_alias = "hr")]
    Helmrelease(ResumeKindArgs),
    /// Resume the reconciliation of image automation objects
    Image(ResumeImageArgs),
    /// Resume the reconciliation of Kustomizations
    #[command(visible_alias = "ks")]
    Kustomization(ResumeKindArgs),
    /// Resume the reconciliation of Receivers
    Receiver(ResumeKindArgs),
    /// Resume the reconciliation of sources
    Source(ResumeSourceArgs),
}

// The positional names shared by every kind (no per-kind flags).
#[derive(Debug, Clone, Args)]
pub struct ResumeKindArgs {
    /// names of the resources to resume
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

// `flux resume image …`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct ResumeImageArgs {
    #[command(subcommand)]
    pub command: ResumeImageCommand,
}

/// The `flux resume image` kinds.
#[derive(Debug, Subcommand)]
pub enum ResumeImageCommand {
    /// Resume the reconciliation of ImagePolicies
    Policy(ResumeKindArgs),
    /// Resume the reconciliation of ImageRepositories
    Repository(ResumeKindArgs),
    /// Resume the reconciliation of ImageUpdateAutomations
    Update(ResumeKindArgs),
}

// `flux resume source …`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct ResumeSourceArgs {
    #[command(subcommand)]
    pub command: ResumeSourceCommand,
}

/// The `flux resume source` kinds.
#[derive(Debug, Subcommand)]
pub enum ResumeSourceCommand {
    /// Resume the reconciliation of Buckets
    Bucket(ResumeKindArgs),
    /// Resume the reconciliation of HelmCharts
    Chart(ResumeKindArgs),
    /// Resume the reconciliation of GitRepositories
    Git(ResumeKindArgs),
    /// Resume the reconciliation of HelmRepositories
    Helm(ResumeKindArgs),
    /// Resume the reconciliation of OCIRepositories
    Oci(ResumeKindArgs),
}

impl ResumeCommand {
    /// The kind this subcommand acts on, and its arguments.
    pub fn into_parts(self) -> (&'static KindInfo, ResumeKindArgs) {
        match self {
            Self::Alert(a) => (&kinds::ALERT, a),
            Self::AlertProvider(a) => (&kinds::PROVIDER, a),
            Self::Helmrelease(a) => (&kinds::HELM_RELEASE, a),
            Self::Kustomization(a) => (&kinds::KUSTOMIZATION, a),
            Self::Receiver(a) => (&kinds::RECEIVER, a),
            Self::Image(i) => match i.command {
                ResumeImageCommand::Policy(a) => (&kinds::IMAGE_POLICY, a),
                ResumeImageCommand::Repository(a) => (&kinds::IMAGE_REPOSITORY, a),
                ResumeImageCommand::Update(a) => (&kinds::IMAGE_UPDATE_AUTOMATION, a),
            },
            Self::Source(s) => match s.command {
                ResumeSourceCommand::Bucket(a) => (&kinds::BUCKET, a),
                ResumeSourceCommand::Chart(a) => (&kinds::HELM_CHART, a),
                ResumeSourceCommand::Git(a) => (&kinds::GIT_REPOSITORY, a),
                ResumeSourceCommand::Helm(a) => (&kinds::HELM_REPOSITORY, a),
                ResumeSourceCommand::Oci(a) => (&kinds::OCI_REPOSITORY, a),
            },
        }
    }
}

/// Runs `flux resume <kind> [name…]`.
pub async fn run(ctx: &Ctx, args: ResumeArgs) -> Result<ExitStatus, CliError> {
    let (all, wait) = (args.all, args.wait);
    let (kind, kind_args) = args.command.into_parts();
    resume(ctx, kind, all, wait, kind_args).await
}

/// Resumes objects of `kind` and waits for them (operate.md §3.4).
pub async fn resume(
    _ctx: &Ctx,
    _kind: &'static KindInfo,
    _all: bool,
    _wait: Option<bool>,
    _args: ResumeKindArgs,
) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
