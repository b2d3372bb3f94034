//! `flux get`: the kind subcommands, the persistent listing flags and one generic handler
//! driven by the kinds table; the `all` commands live in `all.rs`. Mirrors upstream
//! `cmd/flux/get*.go`.

pub mod all;

use clap::{ArgAction, Args, Subcommand};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};
use crate::kinds::{self, KindInfo};

/// Get the resources and their status
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct GetArgs {
    /// list the resources across all namespaces
    #[arg(short = 'A', long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub all_namespaces: bool,

    /// do not print the header line
    #[arg(long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub no_header: bool,

    /// watch for changes after listing the resources
    #[arg(short = 'w', long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub watch: bool,

    /// only list resources whose condition matches, in the form 'type=status' or 'type!=status' (e.g. 'ready=false')
    #[arg(long, global = true)]
    pub status_selector: Option<String>,

    /// filter the resources by a Kubernetes label selector (e.g. 'app=podinfo')
    #[arg(short = 'l', long, global = true)]
    pub label_selector: Option<String>,

    #[command(subcommand)]
    pub command: GetCommand,
}

/// The `flux get` kinds.
#[derive(Debug, Subcommand)]
pub enum GetCommand {
    /// Get alert Provider statuses
    #[command(name = "alert-providers", visible_alias = "alert-provider")]
    AlertProviders(GetKindArgs),
    /// Get Alert statuses
    #[command(visible_alias = "alert")]
    Alerts(GetKindArgs),
    /// Get the status of every source, image, application and notification resource
    All(GetKindArgs),
    /// Get artifact object statuses
    #[command(visible_alias = "artifact")]
    Artifacts(GetArtifactsArgs),
    /// Get HelmRelease statuses
    #[command(visible_aliases = ["hr", "helmrelease"])]
    Helmreleases(GetShowSourceArgs),
    /// Get image automation object statuses
    #[command(visible_alias = "image")]
    Images(GetImagesArgs),
    /// Get Kustomization statuses
    #[command(visible_aliases = ["ks", "kustomization"])]
    Kustomizations(GetShowSourceArgs),
    /// Get Receiver statuses
    #[command(visible_alias = "receiver")]
    Receivers(GetKindArgs),
    /// Get source statuses
    #[command(visible_alias = "source")]
    Sources(GetSourcesArgs),
}

// The positional name shared by every kind.
#[derive(Debug, Clone, Args)]
pub struct GetKindArgs {
    /// only show the resource with this name
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

// Kustomizations and HelmReleases can also show their source.
#[derive(Debug, Clone, Args)]
pub struct GetShowSourceArgs {
    /// only show the resource with this name
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// add a SOURCE column with the resource's source
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub show_source: bool,
}

// `flux get artifacts …`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct GetArtifactsArgs {
    #[command(subcommand)]
    pub command: GetArtifactsCommand,
}

/// The `flux get artifacts` kinds.
#[derive(Debug, Subcommand)]
pub enum GetArtifactsCommand {
    /// Get ArtifactGenerator statuses
    #[command(visible_alias = "generator")]
    Generators(GetKindArgs),
}

// `flux get images …`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct GetImagesArgs {
    #[command(subcommand)]
    pub command: GetImagesCommand,
}

/// The `flux get images` kinds.
#[derive(Debug, Subcommand)]
pub enum GetImagesCommand {
    /// Get the status of every image automation object
    All(GetKindArgs),
    /// Get ImagePolicy statuses
    Policy(GetKindArgs),
    /// Get ImageRepository statuses
    Repository(GetKindArgs),
    /// Get ImageUpdateAutomation statuses
    Update(GetKindArgs),
}

// `flux get sources …`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct GetSourcesArgs {
    #[command(subcommand)]
    pub command: GetSourcesCommand,
}

/// The `flux get sources` kinds.
#[derive(Debug, Subcommand)]
pub enum GetSourcesCommand {
    /// Get the status of every source
    All(GetKindArgs),
    /// Get Bucket source statuses
    Bucket(GetKindArgs),
    /// Get HelmChart source statuses
    Chart(GetKindArgs),
    /// Get ExternalArtifact source statuses
    External(GetKindArgs),
    /// Get GitRepository source statuses
    Git(GetKindArgs),
    /// Get HelmRepository source statuses
    Helm(GetKindArgs),
    /// Get OCIRepository source statuses
    Oci(GetKindArgs),
}

/// The listing flags every `get` leaf shares.
#[derive(Debug, Clone)]
pub struct GetOptions {
    /// `-A`.
    pub all_namespaces: bool,
    /// `--no-header`.
    pub no_header: bool,
    /// `-w`.
    pub watch: bool,
    /// `--status-selector`.
    pub status_selector: Option<String>,
    /// `-l`.
    pub label_selector: Option<String>,
    /// `--show-source` (Kustomizations and HelmReleases only).
    pub show_source: bool,
    /// The positional names (only the first is used).
    pub args: Vec<String>,
}

/// What to list: one kind, or one of the `all` groups.
#[derive(Debug, Clone, Copy)]
pub enum GetTarget {
    /// `get <kind>`.
    One(&'static KindInfo),
    /// `get all`, `get sources all`, `get images all`.
    All(&'static [&'static KindInfo]),
}

impl GetArgs {
    /// Resolves the subcommand to its target and flags.
    pub fn into_parts(self) -> (GetTarget, GetOptions) {
        use GetTarget::{All, One};
        let (target, args, show_source) = match self.command {
            GetCommand::AlertProviders(a) => (One(&kinds::PROVIDER), a.args, false),
            GetCommand::Alerts(a) => (One(&kinds::ALERT), a.args, false),
            GetCommand::All(a) => (All(all::EVERYTHING), a.args, false),
            GetCommand::Artifacts(g) => match g.command {
                GetArtifactsCommand::Generators(a) => {
                    (One(&kinds::ARTIFACT_GENERATOR), a.args, false)
                }
            },
            GetCommand::Helmreleases(a) => (One(&kinds::HELM_RELEASE), a.args, a.show_source),
            GetCommand::Kustomizations(a) => (One(&kinds::KUSTOMIZATION), a.args, a.show_source),
            GetCommand::Receivers(a) => (One(&kinds::RECEIVER), a.args, false),
            GetCommand::Images(i) => match i.command {
                GetImagesCommand::All(a) => (All(all::IMAGES), a.args, false),
                GetImagesCommand::Policy(a) => (One(&kinds::IMAGE_POLICY), a.args, false),
                GetImagesCommand::Repository(a) => (One(&kinds::IMAGE_REPOSITORY), a.args, false),
                GetImagesCommand::Update(a) => {
                    (One(&kinds::IMAGE_UPDATE_AUTOMATION), a.args, false)
                }
            },
            GetCommand::Sources(s) => match s.command {
                GetSourcesCommand::All(a) => (All(all::SOURCES), a.args, false),
                GetSourcesCommand::Bucket(a) => (One(&kinds::BUCKET), a.args, false),
                GetSourcesCommand::Chart(a) => (One(&kinds::HELM_CHART), a.args, false),
                GetSourcesCommand::External(a) => (One(&kinds::EXTERNAL_ARTIFACT), a.args, false),
                GetSourcesCommand::Git(a) => (One(&kinds::GIT_REPOSITORY), a.args, false),
                GetSourcesCommand::Helm(a) => (One(&kinds::HELM_REPOSITORY), a.args, false),
                GetSourcesCommand::Oci(a) => (One(&kinds::OCI_REPOSITORY), a.args, false),
            },
        };
        let options = GetOptions {
            all_namespaces: self.all_namespaces,
            no_header: self.no_header,
            watch: self.watch,
            status_selector: self.status_selector,
            label_selector: self.label_selector,
            show_source,
            args,
        };
        (target, options)
    }
}

/// Runs `flux get …`.
pub async fn run(ctx: &Ctx, args: GetArgs) -> Result<ExitStatus, CliError> {
    match args.into_parts() {
        (GetTarget::One(kind), options) => get(ctx, kind, &options).await,
        (GetTarget::All(kinds), options) => all::run(ctx, kinds, &options).await,
    }
}

/// Lists one kind as a table (operate.md §1.3).
pub async fn get(
    _ctx: &Ctx,
    _kind: &'static KindInfo,
    _options: &GetOptions,
) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
