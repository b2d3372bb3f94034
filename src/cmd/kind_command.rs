//! The kind subcommands shared by the kind-generic verbs `suspend`, `resume` and `delete`
//! (STYLE.md §3.3): one tree of kinds, each mapped to its `KindInfo`. Each verb words the help
//! of the tree with a [`Verb`] (`Suspend the reconciliation of` + `Alerts`). Upstream has one
//! adapter file per verb and kind (`cmd/flux/suspend_alert.go`, ...).

use clap::{Args, Command, Subcommand};

use crate::kinds::{self, KindInfo};

// The doc comment of each kind is the object of its verb's help line, see `Verb::word`.
/// The kinds a kind-generic verb acts on.
#[derive(Debug, Subcommand)]
pub enum KindCommand {
    /// Alerts
    Alert(KindNames),
    /// alert Providers
    #[command(name = "alert-provider")]
    AlertProvider(KindNames),
    /// HelmReleases
    #[command(visible_alias = "hr")]
    Helmrelease(KindNames),
    /// image automation objects
    Image(ImageKindArgs),
    /// Kustomizations
    #[command(visible_alias = "ks")]
    Kustomization(KindNames),
    /// Receivers
    Receiver(KindNames),
    /// sources
    Source(SourceKindArgs),
}

// The positional names shared by every kind (no per-kind flags); the help comes from the verb.
#[derive(Debug, Clone, Args)]
pub struct KindNames {
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

// `flux <verb> image …`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct ImageKindArgs {
    #[command(subcommand)]
    pub command: ImageKindCommand,
}

/// The image automation kinds.
#[derive(Debug, Subcommand)]
pub enum ImageKindCommand {
    /// ImagePolicies
    Policy(KindNames),
    /// ImageRepositories
    Repository(KindNames),
    /// ImageUpdateAutomations
    Update(KindNames),
}

// `flux <verb> source …`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct SourceKindArgs {
    #[command(subcommand)]
    pub command: SourceKindCommand,
}

/// The source kinds.
#[derive(Debug, Subcommand)]
pub enum SourceKindCommand {
    /// Buckets
    Bucket(KindNames),
    /// HelmCharts
    Chart(KindNames),
    /// GitRepositories
    Git(KindNames),
    /// HelmRepositories
    Helm(KindNames),
    /// OCIRepositories
    Oci(KindNames),
}

impl KindCommand {
    /// The kind this subcommand acts on, and its names.
    pub fn into_parts(self) -> (&'static KindInfo, KindNames) {
        match self {
            Self::Alert(a) => (&kinds::ALERT, a),
            Self::AlertProvider(a) => (&kinds::PROVIDER, a),
            Self::Helmrelease(a) => (&kinds::HELM_RELEASE, a),
            Self::Kustomization(a) => (&kinds::KUSTOMIZATION, a),
            Self::Receiver(a) => (&kinds::RECEIVER, a),
            Self::Image(i) => match i.command {
                ImageKindCommand::Policy(a) => (&kinds::IMAGE_POLICY, a),
                ImageKindCommand::Repository(a) => (&kinds::IMAGE_REPOSITORY, a),
                ImageKindCommand::Update(a) => (&kinds::IMAGE_UPDATE_AUTOMATION, a),
            },
            Self::Source(s) => match s.command {
                SourceKindCommand::Bucket(a) => (&kinds::BUCKET, a),
                SourceKindCommand::Chart(a) => (&kinds::HELM_CHART, a),
                SourceKindCommand::Git(a) => (&kinds::GIT_REPOSITORY, a),
                SourceKindCommand::Helm(a) => (&kinds::HELM_REPOSITORY, a),
                SourceKindCommand::Oci(a) => (&kinds::OCI_REPOSITORY, a),
            },
        }
    }
}

/// How one verb words the help of the [`KindCommand`] tree.
#[derive(Debug)]
pub struct Verb {
    /// Put before each kind's object: `Suspend the reconciliation of` (+ `Alerts`).
    pub about: &'static str,
    /// The help of the positional names: `names of the resources to suspend`.
    pub names: &'static str,
}

impl Verb {
    /// Words one kind subcommand (and the kinds below it) for this verb. The verb's `Args`
    /// applies it with `#[command(mut_subcommands(|c| VERB.word(c)))]`.
    pub fn word(&self, mut cmd: Command) -> Command {
        if let Some(object) = cmd.get_about() {
            let about = format!("{} {object}", self.about);
            cmd = cmd.about(about);
        }
        cmd.mut_args(|arg| {
            if arg.get_id() == "args" {
                arg.help(self.names)
            } else {
                arg
            }
        })
        .mut_subcommands(|sub| self.word(sub))
    }
}
