//! `flux export`: the kind subcommands, the persistent `--all` (and `export source
//! --with-credentials`) flags, and one generic handler driven by the kinds table. Mirrors
//! upstream `cmd/flux/export*.go`.

use clap::{ArgAction, Args, Subcommand};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};
use crate::kinds::{self, KindInfo};

/// Export Flux resources in YAML format
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct ExportArgs {
    /// export every resource of that kind in the namespace
    #[arg(long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub all: bool,

    #[command(subcommand)]
    pub command: ExportCommand,
}

/// The `flux export` kinds.
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Export Alerts in YAML format
    Alert(ExportKindArgs),
    /// Export alert Providers in YAML format
    #[command(name = "alert-provider")]
    AlertProvider(ExportKindArgs),
    /// Export artifact objects in YAML format
    Artifact(ExportArtifactArgs),
    /// Export HelmReleases in YAML format
    #[command(visible_alias = "hr")]
    Helmrelease(ExportKindArgs),
    /// Export image automation objects in YAML format
    Image(ExportImageArgs),
    /// Export Kustomizations in YAML format
    #[command(visible_alias = "ks")]
    Kustomization(ExportKindArgs),
    /// Export Receivers in YAML format
    Receiver(ExportKindArgs),
    /// Export sources in YAML format
    Source(ExportSourceArgs),
}

// The positional name shared by every kind.
#[derive(Debug, Clone, Args)]
pub struct ExportKindArgs {
    /// name of the resource to export
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

// `flux export artifact …`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct ExportArtifactArgs {
    #[command(subcommand)]
    pub command: ExportArtifactCommand,
}

/// The `flux export artifact` kinds.
#[derive(Debug, Subcommand)]
pub enum ExportArtifactCommand {
    /// Export ArtifactGenerators in YAML format
    Generator(ExportKindArgs),
}

// `flux export image …`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct ExportImageArgs {
    #[command(subcommand)]
    pub command: ExportImageCommand,
}

/// The `flux export image` kinds.
#[derive(Debug, Subcommand)]
pub enum ExportImageCommand {
    /// Export ImagePolicies in YAML format
    Policy(ExportKindArgs),
    /// Export ImageRepositories in YAML format
    Repository(ExportKindArgs),
    /// Export ImageUpdateAutomations in YAML format
    Update(ExportKindArgs),
}

// `flux export source …` with its persistent `--with-credentials`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct ExportSourceArgs {
    /// also export the Secret the source refers to
    #[arg(long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub with_credentials: bool,

    #[command(subcommand)]
    pub command: ExportSourceCommand,
}

/// The `flux export source` kinds.
#[derive(Debug, Subcommand)]
pub enum ExportSourceCommand {
    /// Export Bucket sources in YAML format
    Bucket(ExportKindArgs),
    /// Export HelmChart sources in YAML format
    Chart(ExportKindArgs),
    /// Export ExternalArtifact sources in YAML format
    External(ExportKindArgs),
    /// Export GitRepository sources in YAML format
    Git(ExportKindArgs),
    /// Export HelmRepository sources in YAML format
    Helm(ExportKindArgs),
    /// Export OCIRepository sources in YAML format
    Oci(ExportKindArgs),
}

/// What one `flux export` invocation asks for.
#[derive(Debug, Clone)]
pub struct ExportRequest {
    /// The kind.
    pub kind: &'static KindInfo,
    /// `--all`.
    pub all: bool,
    /// `--with-credentials` (only under `export source`).
    pub with_credentials: bool,
    /// The positional names.
    pub args: Vec<String>,
}

impl ExportArgs {
    /// Resolves the subcommand to its kind and flags.
    pub fn into_request(self) -> ExportRequest {
        let all = self.all;
        let one = |kind, a: ExportKindArgs| ExportRequest {
            kind,
            all,
            with_credentials: false,
            args: a.args,
        };
        match self.command {
            ExportCommand::Alert(a) => one(&kinds::ALERT, a),
            ExportCommand::AlertProvider(a) => one(&kinds::PROVIDER, a),
            ExportCommand::Helmrelease(a) => one(&kinds::HELM_RELEASE, a),
            ExportCommand::Kustomization(a) => one(&kinds::KUSTOMIZATION, a),
            ExportCommand::Receiver(a) => one(&kinds::RECEIVER, a),
            ExportCommand::Artifact(g) => match g.command {
                ExportArtifactCommand::Generator(a) => one(&kinds::ARTIFACT_GENERATOR, a),
            },
            ExportCommand::Image(i) => match i.command {
                ExportImageCommand::Policy(a) => one(&kinds::IMAGE_POLICY, a),
                ExportImageCommand::Repository(a) => one(&kinds::IMAGE_REPOSITORY, a),
                ExportImageCommand::Update(a) => one(&kinds::IMAGE_UPDATE_AUTOMATION, a),
            },
            ExportCommand::Source(s) => {
                let (kind, a) = match s.command {
                    ExportSourceCommand::Bucket(a) => (&kinds::BUCKET, a),
                    ExportSourceCommand::Chart(a) => (&kinds::HELM_CHART, a),
                    ExportSourceCommand::External(a) => (&kinds::EXTERNAL_ARTIFACT, a),
                    ExportSourceCommand::Git(a) => (&kinds::GIT_REPOSITORY, a),
                    ExportSourceCommand::Helm(a) => (&kinds::HELM_REPOSITORY, a),
                    ExportSourceCommand::Oci(a) => (&kinds::OCI_REPOSITORY, a),
                };
                ExportRequest {
                    with_credentials: s.with_credentials,
                    ..one(kind, a)
                }
            }
        }
    }
}

/// Runs `flux export …` (operate.md §5.1).
pub async fn run(_ctx: &Ctx, args: ExportArgs) -> Result<ExitStatus, CliError> {
    let _request = args.into_request();
    crate::error::not_implemented()
}
