//! `flux suspend`: the kind subcommands, the persistent `--all` flag and one generic handler
//! driven by the kinds table. Mirrors upstream `cmd/flux/suspend*.go` (one adapter file per
//! kind upstream; one table here).

use clap::{ArgAction, Args, Subcommand};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};
use crate::kinds::{self, KindInfo};

/// Suspend the reconciliation of Flux resources
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct SuspendArgs {
    /// suspend every resource of that kind in the namespace
    #[arg(long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub all: bool,

    #[command(subcommand)]
    pub command: SuspendCommand,
}

/// The `flux suspend` kinds.
#[derive(Debug, Subcommand)]
pub enum SuspendCommand {
    /// Suspend the reconciliation of Alerts
    Alert(SuspendKindArgs),
    /// Suspend the reconciliation of alert Providers
    #[command(name = "alert-provider")]
    AlertProvider(SuspendKindArgs),
    /// Suspend the reconciliation of HelmReleases
    #[command(visible_alias = "hr")]
    Helmrelease(SuspendKindArgs),
    /// Suspend the reconciliation of image automation objects
    Image(SuspendImageArgs),
    /// Suspend the reconciliation of Kustomizations
    #[command(visible_alias = "ks")]
    Kustomization(SuspendKindArgs),
    /// Suspend the reconciliation of Receivers
    Receiver(SuspendKindArgs),
    /// Suspend the reconciliation of sources
    Source(SuspendSourceArgs),
}

// The positional names shared by every kind (no per-kind flags).
#[derive(Debug, Clone, Args)]
pub struct SuspendKindArgs {
    /// names of the resources to suspend
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

// `flux suspend image …`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct SuspendImageArgs {
    #[command(subcommand)]
    pub command: SuspendImageCommand,
}

/// The `flux suspend image` kinds.
#[derive(Debug, Subcommand)]
pub enum SuspendImageCommand {
    /// Suspend the reconciliation of ImagePolicies
    Policy(SuspendKindArgs),
    /// Suspend the reconciliation of ImageRepositories
    Repository(SuspendKindArgs),
    /// Suspend the reconciliation of ImageUpdateAutomations
    Update(SuspendKindArgs),
}

// `flux suspend source …`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct SuspendSourceArgs {
    #[command(subcommand)]
    pub command: SuspendSourceCommand,
}

/// The `flux suspend source` kinds.
#[derive(Debug, Subcommand)]
pub enum SuspendSourceCommand {
    /// Suspend the reconciliation of Buckets
    Bucket(SuspendKindArgs),
    /// Suspend the reconciliation of HelmCharts
    Chart(SuspendKindArgs),
    /// Suspend the reconciliation of GitRepositories
    Git(SuspendKindArgs),
    /// Suspend the reconciliation of HelmRepositories
    Helm(SuspendKindArgs),
    /// Suspend the reconciliation of OCIRepositories
    Oci(SuspendKindArgs),
}

impl SuspendCommand {
    /// The kind this subcommand acts on, and its arguments.
    pub fn into_parts(self) -> (&'static KindInfo, SuspendKindArgs) {
        match self {
            Self::Alert(a) => (&kinds::ALERT, a),
            Self::AlertProvider(a) => (&kinds::PROVIDER, a),
            Self::Helmrelease(a) => (&kinds::HELM_RELEASE, a),
            Self::Kustomization(a) => (&kinds::KUSTOMIZATION, a),
            Self::Receiver(a) => (&kinds::RECEIVER, a),
            Self::Image(i) => match i.command {
                SuspendImageCommand::Policy(a) => (&kinds::IMAGE_POLICY, a),
                SuspendImageCommand::Repository(a) => (&kinds::IMAGE_REPOSITORY, a),
                SuspendImageCommand::Update(a) => (&kinds::IMAGE_UPDATE_AUTOMATION, a),
            },
            Self::Source(s) => match s.command {
                SuspendSourceCommand::Bucket(a) => (&kinds::BUCKET, a),
                SuspendSourceCommand::Chart(a) => (&kinds::HELM_CHART, a),
                SuspendSourceCommand::Git(a) => (&kinds::GIT_REPOSITORY, a),
                SuspendSourceCommand::Helm(a) => (&kinds::HELM_REPOSITORY, a),
                SuspendSourceCommand::Oci(a) => (&kinds::OCI_REPOSITORY, a),
            },
        }
    }
}

/// Runs `flux suspend <kind> [name…]`.
pub async fn run(ctx: &Ctx, args: SuspendArgs) -> Result<ExitStatus, CliError> {
    let all = args.all;
    let (kind, kind_args) = args.command.into_parts();
    suspend(ctx, kind, all, kind_args).await
}

/// Suspends objects of `kind` (operate.md §3.3).
pub async fn suspend(
    _ctx: &Ctx,
    _kind: &'static KindInfo,
    _all: bool,
    _args: SuspendKindArgs,
) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
