//! `flux get`: the kind subcommands, the persistent listing flags and one generic handler
//! driven by the kinds table; the `all` commands live in `all.rs`. Mirrors upstream
//! `cmd/flux/get*.go`.

pub mod all;
pub mod labels;
pub mod output;
pub mod rows;
mod watch;

use clap::{ArgAction, Args, Subcommand};

use jiff::tz::TimeZone;
use kube::api::ListParams;

use crate::cli::parse_bool;
use crate::cluster::{listing, objects};
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};
use crate::kinds::{self, KindInfo};
use crate::ui::tablewriter;
use output::{Format, ListWriter};
use rows::{RowOptions, StatusSelector};

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

    /// print the objects instead of the status table: json, yaml or name
    #[arg(short = 'o', long, global = true)]
    pub output: Option<String>,

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
    /// `-o` (beyond upstream).
    pub output: Option<String>,
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
            output: self.output,
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
    ctx: &Ctx,
    kind: &'static KindInfo,
    options: &GetOptions,
) -> Result<ExitStatus, CliError> {
    if options.watch {
        let format = options.output.as_deref().map(Format::parse).transpose()?;
        return watch::run(ctx, kind, options, format).await;
    }
    list(ctx, std::slice::from_ref(&kind), options, false).await
}

/// The local time zone as Go's `time.Local` finds it: `TZ` from the environment snapshot
/// (empty or `UTC` = UTC, a name from the zoneinfo database, or a TZif file path), else
/// `/etc/localtime`, else UTC.
pub fn local_tz(ctx: &Ctx) -> TimeZone {
    let from_file = |path: &str| {
        std::fs::read(path)
            .ok()
            .and_then(|data| TimeZone::tzif("Local", &data).ok())
    };
    match ctx.env.get(crate::env::TZ) {
        None => from_file("/etc/localtime"),
        Some(tz) => match tz.strip_prefix(':').unwrap_or(tz) {
            "" | "UTC" => None,
            path if path.starts_with('/') => from_file(path),
            name => TimeZone::get(name).ok(),
        },
    }
    .unwrap_or(TimeZone::UTC)
}

/// The List options of a `get`: the `metadata.name` field selector for the first name, the
/// label selector.
pub fn list_params(options: &GetOptions) -> ListParams {
    let mut lp = ListParams::default();
    if let Some(name) = options.args.first() {
        lp = lp.fields(&format!("metadata.name={name}"));
    }
    if let Some(l) = options.label_selector.as_deref().filter(|l| !l.is_empty()) {
        lp = lp.labels(l);
    }
    lp
}

/// `unable to parse label selector: …` for a `-l` value client-go would reject.
pub fn check_label_selector(options: &GetOptions) -> Result<(), String> {
    match options.label_selector.as_deref() {
        Some(l) if !l.is_empty() => {
            labels::check(l).map_err(|e| format!("unable to parse label selector: {e}"))
        }
        _ => Ok(()),
    }
}

/// The error of an empty List: a named object missing, or no objects at all.
fn empty_error(kind: &KindInfo, options: &GetOptions, ns: &str) -> String {
    let where_ = if options.all_namespaces {
        "any namespace".to_string()
    } else {
        format!("{ns:?} namespace")
    };
    match options.args.first() {
        Some(name) => format!("{} object '{name}' not found in {where_}", kind.kind),
        None => format!("no {} objects found in {where_}", kind.kind),
    }
}

/// What one kind produced.
enum Outcome {
    /// Print this (a table), possibly nothing.
    Table(String),
    /// Objects were printed through the `-o` writer.
    Printed,
    /// Skip silently (CRD missing in get-all mode, empty in get-all mode).
    Nothing,
    /// An error for this kind.
    Failed(CliError),
}

/// Lists `kinds` concurrently and prints them in order (`get <kind>` is the one-kind case;
/// `all_mode` for the `all` commands, operate.md §1.8).
pub async fn list(
    ctx: &Ctx,
    kinds: &[&'static KindInfo],
    options: &GetOptions,
    all_mode: bool,
) -> Result<ExitStatus, CliError> {
    let format = options.output.as_deref().map(Format::parse).transpose()?;
    let client = match ctx.kube().await {
        Ok(c) => c.clone(),
        Err(e) if all_mode => {
            let text = format!("{:#}", e.0);
            for _ in kinds {
                ctx.ui.failure(&text);
            }
            return Ok(ExitStatus::Success);
        }
        Err(e) => return Err(e),
    };
    if let Err(msg) = check_label_selector(options) {
        if all_mode {
            for _ in kinds {
                ctx.ui.failure(&msg);
            }
            return Ok(ExitStatus::Success);
        }
        return Err(CliError::msg(msg));
    }
    let ns = ctx.namespace().to_string();
    let scope = (!options.all_namespaces).then_some(ns.as_str());
    let params = list_params(options);
    let selector = options
        .status_selector
        .as_deref()
        .filter(|s| !s.is_empty())
        .map(StatusSelector::parse)
        .transpose();
    let tz = local_tz(ctx);
    let row_opts = RowOptions {
        all_namespaces: options.all_namespaces,
        kind_prefix: all_mode,
        show_source: options.show_source,
        tz: &tz,
    };

    let mut senders = Vec::with_capacity(kinds.len());
    let mut receivers = Vec::with_capacity(kinds.len());
    for _ in kinds {
        let (tx, rx) = listing::page_channel();
        senders.push(tx);
        receivers.push(rx);
    }
    let producers = futures::future::join_all(kinds.iter().zip(senders).map(|(kind, tx)| {
        let api = objects::api(&client, kind, scope);
        listing::send_pages(api, params.clone(), tx)
    }));

    let mut writer = format.map(ListWriter::new);
    let deadline = tokio::time::Instant::now() + ctx.globals.timeout.to_std();
    let consumer = async {
        for (kind, mut rx) in kinds.iter().copied().zip(receivers) {
            let mut seen = 0usize;
            let mut rows: Vec<Vec<String>> = Vec::new();
            let mut failed: Option<kube::Error> = None;
            let mut expired = false;
            loop {
                let page = match tokio::time::timeout_at(deadline, rx.recv()).await {
                    Ok(Some(page)) => page,
                    Ok(None) => break,
                    Err(_) => {
                        expired = true;
                        break;
                    }
                };
                match page {
                    Ok(items) => {
                        seen += items.len();
                        let Ok(sel) = &selector else { continue };
                        for obj in items
                            .iter()
                            .filter(|o| sel.as_ref().is_none_or(|s| s.keeps(kind, o)))
                        {
                            match writer.as_mut() {
                                Some(w) => w.item(&ctx.ui, kind, obj)?,
                                None => rows.push(rows::row(kind, obj, &row_opts)),
                            }
                        }
                    }
                    Err(e) => failed = Some(e),
                }
            }
            let outcome = if expired {
                Outcome::Failed(CliError::msg(crate::cluster::wait::WaitError::DEADLINE))
            } else if let Some(e) = failed {
                if crate::cluster::is_type_missing(&e) {
                    if all_mode {
                        Outcome::Nothing
                    } else {
                        Outcome::Failed(CliError::msg(crate::cluster::no_match_text(kind)))
                    }
                } else {
                    Outcome::Failed(e.into())
                }
            } else if seen == 0 {
                if options.args.is_empty() && (all_mode || writer.is_some()) {
                    Outcome::Nothing
                } else {
                    Outcome::Failed(CliError::msg(empty_error(kind, options, &ns)))
                }
            } else if let Err(msg) = &selector {
                Outcome::Failed(CliError::msg(msg))
            } else if writer.is_some() {
                Outcome::Printed
            } else if all_mode && rows.is_empty() {
                Outcome::Nothing
            } else {
                let headers = rows::headers(kind, &row_opts);
                let headers = (!options.no_header).then_some(headers.as_slice());
                let mut text = tablewriter::render(headers, &rows);
                if all_mode {
                    text.push('\n');
                }
                Outcome::Table(text)
            };
            drop(rx);
            match outcome {
                Outcome::Table(text) => ctx.ui.out(&text)?,
                Outcome::Printed | Outcome::Nothing => {}
                Outcome::Failed(e) if all_mode => {
                    e.render(&ctx.ui);
                }
                Outcome::Failed(e) => return Err(e),
            }
        }
        if let Some(w) = writer.as_mut() {
            w.finish(&ctx.ui)?;
        }
        Ok::<(), CliError>(())
    };
    // The consumer decides when the command is done; producers still blocked on the network
    // (after the deadline) are dropped with it.
    tokio::pin!(consumer);
    tokio::pin!(producers);
    let mut producing = true;
    loop {
        tokio::select! {
            result = &mut consumer => return result.map(|()| ExitStatus::Success),
            _ = &mut producers, if producing => producing = false,
        }
    }
}
