//! `flux delete`: the kind subcommands, the persistent `--silent` flag and one generic handler
//! driven by the kinds table. Mirrors upstream `cmd/flux/delete*.go` (one adapter file per
//! kind upstream; one table here).

use clap::{ArgAction, Args, Subcommand};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};
use crate::kinds::{self, KindInfo};

/// Delete Flux resources
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct DeleteArgs {
    /// delete without asking for confirmation
    #[arg(short = 's', long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub silent: bool,

    #[command(subcommand)]
    pub command: DeleteCommand,
}

/// The `flux delete` kinds.
#[derive(Debug, Subcommand)]
pub enum DeleteCommand {
    /// Delete Alerts
    Alert(DeleteKindArgs),
    /// Delete alert Providers
    #[command(name = "alert-provider")]
    AlertProvider(DeleteKindArgs),
    /// Delete HelmReleases
    #[command(visible_alias = "hr")]
    Helmrelease(DeleteKindArgs),
    /// Delete image automation objects
    Image(DeleteImageArgs),
    /// Delete Kustomizations
    #[command(visible_alias = "ks")]
    Kustomization(DeleteKindArgs),
    /// Delete Receivers
    Receiver(DeleteKindArgs),
    /// Delete sources
    Source(DeleteSourceArgs),
}

// The positional names shared by every kind (no per-kind flags).
#[derive(Debug, Clone, Args)]
pub struct DeleteKindArgs {
    /// name of the resource to delete
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

// `flux delete image …`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct DeleteImageArgs {
    #[command(subcommand)]
    pub command: DeleteImageCommand,
}

/// The `flux delete image` kinds.
#[derive(Debug, Subcommand)]
pub enum DeleteImageCommand {
    /// Delete ImagePolicies
    Policy(DeleteKindArgs),
    /// Delete ImageRepositories
    Repository(DeleteKindArgs),
    /// Delete ImageUpdateAutomations
    Update(DeleteKindArgs),
}

// `flux delete source …`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct DeleteSourceArgs {
    #[command(subcommand)]
    pub command: DeleteSourceCommand,
}

/// The `flux delete source` kinds.
#[derive(Debug, Subcommand)]
pub enum DeleteSourceCommand {
    /// Delete Buckets
    Bucket(DeleteKindArgs),
    /// Delete HelmCharts
    Chart(DeleteKindArgs),
    /// Delete GitRepositories
    Git(DeleteKindArgs),
    /// Delete HelmRepositories
    Helm(DeleteKindArgs),
    /// Delete OCIRepositories
    Oci(DeleteKindArgs),
}

impl DeleteCommand {
    /// The kind this subcommand acts on, and its arguments.
    pub fn into_parts(self) -> (&'static KindInfo, DeleteKindArgs) {
        match self {
            Self::Alert(a) => (&kinds::ALERT, a),
            Self::AlertProvider(a) => (&kinds::PROVIDER, a),
            Self::Helmrelease(a) => (&kinds::HELM_RELEASE, a),
            Self::Kustomization(a) => (&kinds::KUSTOMIZATION, a),
            Self::Receiver(a) => (&kinds::RECEIVER, a),
            Self::Image(i) => match i.command {
                DeleteImageCommand::Policy(a) => (&kinds::IMAGE_POLICY, a),
                DeleteImageCommand::Repository(a) => (&kinds::IMAGE_REPOSITORY, a),
                DeleteImageCommand::Update(a) => (&kinds::IMAGE_UPDATE_AUTOMATION, a),
            },
            Self::Source(s) => match s.command {
                DeleteSourceCommand::Bucket(a) => (&kinds::BUCKET, a),
                DeleteSourceCommand::Chart(a) => (&kinds::HELM_CHART, a),
                DeleteSourceCommand::Git(a) => (&kinds::GIT_REPOSITORY, a),
                DeleteSourceCommand::Helm(a) => (&kinds::HELM_REPOSITORY, a),
                DeleteSourceCommand::Oci(a) => (&kinds::OCI_REPOSITORY, a),
            },
        }
    }
}

/// Runs `flux delete <kind> [name…]`.
pub async fn run(ctx: &Ctx, args: DeleteArgs) -> Result<ExitStatus, CliError> {
    let silent = args.silent;
    let (kind, kind_args) = args.command.into_parts();
    delete(ctx, kind, silent, kind_args).await
}

/// Deletes one object of `kind` after confirmation (operate.md §5.2).
pub async fn delete(
    _ctx: &Ctx,
    _kind: &'static KindInfo,
    _silent: bool,
    _args: DeleteKindArgs,
) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
