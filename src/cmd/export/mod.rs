//! `flux export`: the kind subcommands, the persistent `--all` (and `export source
//! --with-credentials`) flags, and one generic handler driven by the kinds table. Mirrors
//! upstream `cmd/flux/export*.go`.

use clap::{ArgAction, Args, Subcommand};

use k8s_openapi::api::core::v1::Secret;
use kube::api::{Api, DynamicObject, ListParams};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::cli::parse_bool;
use crate::cluster::{listing, objects};
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
pub async fn run(ctx: &Ctx, args: ExportArgs) -> Result<ExitStatus, CliError> {
    let request = args.into_request();
    let kind = request.kind;
    if !request.all && request.args.is_empty() {
        return Err(CliError::msg("name is required"));
    }
    let client = ctx.kube().await?.clone();
    let ns = ctx.namespace().to_string();
    let api = objects::api(&client, kind, Some(&ns));
    let work = async {
        if request.all {
            let (tx, mut rx) = listing::page_channel();
            let producer = listing::send_pages(api.clone(), ListParams::default(), tx);
            let consumer = async {
                let mut seen = 0usize;
                while let Some(page) = rx.recv().await {
                    let page = page.map_err(|e| api_error(kind, e))?;
                    for obj in &page {
                        seen += 1;
                        let doc = export_object(kind, obj)?;
                        ctx.ui.out(&doc.yaml)?;
                        if request.with_credentials
                            && let Some(secret) = doc.secret
                        {
                            print_secret(ctx, &client, &ns, &secret).await?;
                            return Ok(());
                        }
                    }
                }
                if seen == 0 {
                    return Err(CliError::msg(format!("no objects found in {ns} namespace")));
                }
                Ok(())
            };
            let (_, result) = futures::future::join(producer, consumer).await;
            result
        } else {
            let name = &request.args[0];
            let obj = api.get(name).await.map_err(|e| api_error(kind, e))?;
            let doc = export_object(kind, &obj)?;
            ctx.ui.out(&doc.yaml)?;
            if request.with_credentials
                && let Some(secret) = doc.secret
            {
                print_secret(ctx, &client, &ns, &secret).await?;
            }
            Ok(())
        }
    };
    ctx.within(work).await.map(|()| ExitStatus::Success)
}

/// A kind whose CRD is missing reads as client-go's RESTMapper error; others verbatim.
fn api_error(kind: &KindInfo, e: kube::Error) -> CliError {
    if crate::cluster::is_type_missing(&e) {
        CliError::msg(crate::cluster::no_match_text(kind))
    } else {
        e.into()
    }
}

/// One exported object: its document and the name of the Secret it refers to.
#[derive(Debug)]
pub struct ExportDoc {
    /// `---`, the YAML, a newline.
    pub yaml: String,
    /// `spec.secretRef.name` for the kinds whose credentials `--with-credentials` exports.
    pub secret: Option<String>,
}

fn typed_spec<T: DeserializeOwned + Serialize>(value: Value) -> Result<Value, serde_json::Error> {
    let typed: T = serde_json::from_value(value)?;
    let mut v = serde_json::to_value(&typed)?;
    Ok(v.get_mut("spec").map(Value::take).unwrap_or(Value::Null))
}

/// The spec re-serialised through the kind's API type: unknown fields dropped, `omitempty`
/// zero values dropped, durations in Go's format.
fn spec_through_type(kind: &KindInfo, value: Value) -> Result<Value, serde_json::Error> {
    use crate::kinds::{helm, image, kustomize, notification, source, source_extensions};
    match kind.kind {
        "GitRepository" => typed_spec::<source::GitRepository>(value),
        "OCIRepository" => typed_spec::<source::OCIRepository>(value),
        "HelmRepository" => typed_spec::<source::HelmRepository>(value),
        "HelmChart" => typed_spec::<source::HelmChart>(value),
        "Bucket" => typed_spec::<source::Bucket>(value),
        "ExternalArtifact" => typed_spec::<source::ExternalArtifact>(value),
        "Kustomization" => typed_spec::<kustomize::Kustomization>(value),
        "HelmRelease" => typed_spec::<helm::HelmRelease>(value),
        "Alert" => typed_spec::<notification::Alert>(value),
        "Provider" => typed_spec::<notification::Provider>(value),
        "Receiver" => typed_spec::<notification::Receiver>(value),
        "ImageRepository" => typed_spec::<image::ImageRepository>(value),
        "ImagePolicy" => typed_spec::<image::ImagePolicy>(value),
        "ImageUpdateAutomation" => typed_spec::<image::ImageUpdateAutomation>(value),
        "ArtifactGenerator" => typed_spec::<source_extensions::ArtifactGenerator>(value),
        _ => Ok(value.get("spec").cloned().unwrap_or(Value::Null)),
    }
}

fn non_empty(map: Option<&std::collections::BTreeMap<String, String>>) -> Option<Value> {
    map.filter(|m| !m.is_empty())
        .and_then(|m| serde_json::to_value(m).ok())
}

/// Builds the export document of one object (operate.md §5.1 step 4).
pub fn export_object(kind: &KindInfo, obj: &DynamicObject) -> Result<ExportDoc, CliError> {
    let mut value = objects::to_json(obj);
    value["apiVersion"] = Value::from(kind.api_version());
    value["kind"] = Value::from(kind.kind);
    let spec = spec_through_type(kind, value).map_err(|e| {
        CliError::msg(format!(
            "failed to decode {} {}: {e}",
            kind.kind,
            obj.metadata.name.as_deref().unwrap_or("")
        ))
    })?;
    let mut metadata = Map::new();
    if let Some(a) = non_empty(obj.metadata.annotations.as_ref()) {
        metadata.insert("annotations".into(), a);
    }
    if let Some(l) = non_empty(obj.metadata.labels.as_ref()) {
        metadata.insert("labels".into(), l);
    }
    if let Some(n) = &obj.metadata.name {
        metadata.insert("name".into(), Value::from(n.as_str()));
    }
    if let Some(n) = &obj.metadata.namespace {
        metadata.insert("namespace".into(), Value::from(n.as_str()));
    }
    let secret = match kind.kind {
        "GitRepository" | "HelmRepository" | "Bucket" | "OCIRepository" => spec
            .pointer("/secretRef/name")
            .and_then(Value::as_str)
            .filter(|n| !n.is_empty())
            .map(str::to_string),
        _ => None,
    };
    let mut doc = Map::new();
    doc.insert("apiVersion".into(), Value::from(kind.api_version()));
    doc.insert("kind".into(), Value::from(kind.kind));
    doc.insert("metadata".into(), Value::Object(metadata));
    if !spec.is_null() {
        doc.insert("spec".into(), spec);
    }
    let yaml = crate::manifests::export_yaml(&Value::Object(doc))?;
    Ok(ExportDoc { yaml, secret })
}

/// Prints the Secret a source refers to (`--with-credentials`).
async fn print_secret(
    ctx: &Ctx,
    client: &kube::Client,
    ns: &str,
    name: &str,
) -> Result<(), CliError> {
    let api: Api<Secret> = Api::namespaced(client.clone(), ns);
    let secret = api.get(name).await.map_err(|e| {
        CliError::msg(format!(
            "failed to retrieve secret {name}, error: {}",
            crate::cluster::api_error_text(&e)
        ))
    })?;
    let mut metadata = Map::new();
    metadata.insert("name".into(), Value::from(name));
    metadata.insert("namespace".into(), Value::from(ns));
    let mut doc = Map::new();
    doc.insert("apiVersion".into(), Value::from("v1"));
    doc.insert("kind".into(), Value::from("Secret"));
    doc.insert("metadata".into(), Value::Object(metadata));
    if let Some(data) = secret.data.filter(|d| !d.is_empty()) {
        doc.insert("data".into(), serde_json::to_value(data)?);
    }
    if let Some(t) = secret.type_.filter(|t| !t.is_empty()) {
        doc.insert("type".into(), Value::from(t));
    }
    ctx.ui
        .out(&crate::manifests::export_yaml(&Value::Object(doc))?)?;
    Ok(())
}
