//! `flux reconcile`: the kind subcommands and the generic reconcile routine driven by the kinds
//! table; kinds with extra flags have their own leaf (`helmrelease`, `kustomization`,
//! `source chart`), plus the bulk form (`--all`, `-l`; flux-rs addition, see `bulk`). Mirrors
//! upstream `cmd/flux/reconcile*.go`.

mod bulk;
pub mod helmrelease;
pub mod kustomization;
pub mod shared;
pub mod source;

use clap::{ArgAction, Args, Subcommand};
use futures::future::LocalBoxFuture;
use kube::api::DynamicObject;

use crate::cli::parse_bool;
use crate::cluster::{apply, by_deadline, objects};
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};
use crate::kinds::{self, KindInfo};
use crate::report::Reporter;
use shared::{Selection, Spinner};

/// Trigger the reconciliation of Flux resources
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct ReconcileArgs {
    /// reconcile every resource of that kind in the namespace (instead of one name)
    #[arg(long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub all: bool,

    /// reconcile the resources of that kind matching this label selector (instead of one name)
    #[arg(short = 'l', long, global = true)]
    pub label_selector: Option<String>,

    #[command(subcommand)]
    pub command: ReconcileCommand,
}

/// The `flux reconcile` kinds.
#[derive(Debug, Subcommand)]
pub enum ReconcileCommand {
    /// Reconcile a HelmRelease, optionally its source first
    #[command(visible_alias = "hr")]
    Helmrelease(helmrelease::ReconcileHelmreleaseArgs),
    /// Reconcile image automation objects
    Image(ReconcileImageArgs),
    /// Reconcile a Kustomization, optionally its source first
    #[command(visible_alias = "ks")]
    Kustomization(kustomization::ReconcileKustomizationArgs),
    /// Reconcile a Receiver
    Receiver(ReconcileKindArgs),
    /// Reconcile sources
    Source(source::ReconcileSourceArgs),
}

// The positional name shared by the kinds without extra flags.
#[derive(Debug, Clone, Args)]
pub struct ReconcileKindArgs {
    /// name of the resource to reconcile
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,
}

// `flux reconcile image …`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct ReconcileImageArgs {
    #[command(subcommand)]
    pub command: ReconcileImageCommand,
}

/// The `flux reconcile image` kinds.
#[derive(Debug, Subcommand)]
pub enum ReconcileImageCommand {
    /// Reconcile an ImagePolicy
    Policy(ReconcileKindArgs),
    /// Reconcile an ImageRepository
    Repository(ReconcileKindArgs),
    /// Reconcile an ImageUpdateAutomation
    Update(ReconcileKindArgs),
}

/// What one reconcile invocation asks for, beyond the kind and name.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `--with-source`.
    pub with_source: bool,
    /// Extra annotations set to the request token (`forceAt`, `resetAt`).
    pub extra: Vec<&'static str>,
    /// `--all` / `-l`.
    pub selection: Selection,
}

/// Runs `flux reconcile …`.
pub async fn run(ctx: &Ctx, args: ReconcileArgs) -> Result<ExitStatus, CliError> {
    let selection = Selection {
        all: args.all,
        label_selector: args.label_selector,
    };
    let plain = |a: ReconcileKindArgs| {
        (
            a.args,
            Options {
                selection: selection.clone(),
                ..Options::default()
            },
        )
    };
    let (kind, names, opts): (&'static KindInfo, Vec<String>, Options) = match args.command {
        ReconcileCommand::Helmrelease(a) => {
            let mut extra = Vec::new();
            if a.force {
                extra.push(apply::FORCE_AT);
            }
            if a.reset {
                extra.push(apply::RESET_AT);
            }
            let opts = Options {
                with_source: a.with_source,
                extra,
                selection: selection.clone(),
            };
            (&kinds::HELM_RELEASE, a.args, opts)
        }
        ReconcileCommand::Kustomization(a) => {
            let opts = Options {
                with_source: a.with_source,
                selection: selection.clone(),
                ..Options::default()
            };
            (&kinds::KUSTOMIZATION, a.args, opts)
        }
        ReconcileCommand::Receiver(a) => {
            let (n, o) = plain(a);
            (&kinds::RECEIVER, n, o)
        }
        ReconcileCommand::Source(s) => match s.command {
            source::ReconcileSourceCommand::Chart(a) => {
                let opts = Options {
                    with_source: a.with_source,
                    selection: selection.clone(),
                    ..Options::default()
                };
                (&kinds::HELM_CHART, a.args, opts)
            }
            other => {
                let (kind, a) = source::plain_kind(other);
                let (n, o) = plain(a);
                (kind, n, o)
            }
        },
        ReconcileCommand::Image(i) => {
            let (kind, a) = match i.command {
                ReconcileImageCommand::Policy(a) => (&kinds::IMAGE_POLICY, a),
                ReconcileImageCommand::Repository(a) => (&kinds::IMAGE_REPOSITORY, a),
                ReconcileImageCommand::Update(a) => (&kinds::IMAGE_UPDATE_AUTOMATION, a),
            };
            let (n, o) = plain(a);
            (kind, n, o)
        }
    };
    reconcile(ctx, kind, names, opts).await
}

/// Reconciles the named object of `kind` (operate.md §2.3–§2.4), or every selected one.
pub async fn reconcile(
    ctx: &Ctx,
    kind: &'static KindInfo,
    names: Vec<String>,
    opts: Options,
) -> Result<ExitStatus, CliError> {
    if opts.selection.is_bulk() {
        if !names.is_empty() {
            return Err(CliError::msg(
                "a name cannot be combined with --all or --label-selector",
            ));
        }
        return bulk::reconcile_bulk(ctx, kind, &opts).await;
    }
    let Some(name) = names.first() else {
        return Err(CliError::msg(format!("{} name is required", kind.kind)));
    };
    let ns = ctx.namespace().to_string();
    reconcile_object(ctx, kind, &ns, name, opts.with_source, &opts.extra).await?;
    Ok(ExitStatus::Success)
}

/// Whether `kind` follows the with-source flow (Kustomization, HelmRelease, HelmChart).
fn has_source_flow(kind: &KindInfo) -> bool {
    matches!(kind.kind, "Kustomization" | "HelmRelease" | "HelmChart")
}

/// The source an object reconciles first with `--with-source`: its kind, namespace, name and
/// whether that source's own source comes first too (the HelmChart of a HelmRelease).
pub fn source_of(
    kind: &KindInfo,
    obj: &DynamicObject,
) -> Result<(&'static KindInfo, String, String, bool), CliError> {
    let ns = obj.metadata.namespace.clone().unwrap_or_default();
    let name = obj.metadata.name.clone().unwrap_or_default();
    let spec = &obj.data["spec"];
    let s = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
    let or_ns = |v: &serde_json::Value, dflt: &str| {
        v.as_str()
            .filter(|s| !s.is_empty())
            .unwrap_or(dflt)
            .to_string()
    };
    let pick = |k: &str, allowed: &[&str]| -> Result<&'static KindInfo, CliError> {
        kinds::by_kind(k)
            .filter(|_| allowed.contains(&k))
            .ok_or_else(|| CliError::msg(format!("cannot reconcile source of kind {k}")))
    };
    match kind.kind {
        "Kustomization" => {
            let r = &spec["sourceRef"];
            let k = pick(
                r["kind"].as_str().unwrap_or(""),
                &["GitRepository", "OCIRepository", "Bucket"],
            )?;
            Ok((k, or_ns(&r["namespace"], &ns), s(&r["name"]), false))
        }
        "HelmChart" => {
            let r = &spec["sourceRef"];
            let k = pick(
                r["kind"].as_str().unwrap_or(""),
                &["HelmRepository", "GitRepository", "Bucket"],
            )?;
            Ok((k, ns, s(&r["name"]), false))
        }
        "HelmRelease" => {
            let r = &spec["chartRef"];
            if r.is_object() {
                let k = pick(
                    r["kind"].as_str().unwrap_or(""),
                    &["HelmChart", "OCIRepository"],
                )?;
                let chain = k.kind == "HelmChart";
                return Ok((k, or_ns(&r["namespace"], &ns), s(&r["name"]), chain));
            }
            let tpl = &spec["chart"]["spec"];
            if !tpl.is_object() {
                return Err(CliError::msg(
                    "HelmRelease has neither spec.chart nor spec.chartRef",
                ));
            }
            Ok((
                &kinds::HELM_CHART,
                or_ns(&tpl["sourceRef"]["namespace"], &ns),
                format!("{ns}-{name}"),
                true,
            ))
        }
        other => Err(CliError::msg(format!(
            "cannot reconcile source of kind {other}"
        ))),
    }
}

/// One complete reconcile of `kind` `name` in `ns`, with its messages (and its source's first
/// when asked). Boxed: the with-source flow recurses.
pub fn reconcile_object<'a>(
    ctx: &'a Ctx,
    kind: &'static KindInfo,
    ns: &'a str,
    name: &'a str,
    with_source: bool,
    extra: &'a [&'static str],
) -> LocalBoxFuture<'a, Result<(), CliError>> {
    Box::pin(async move {
        let deadline = shared::deadline(ctx);
        let client = ctx.kube().await?;
        let api = objects::api(client, kind, Some(ns));
        let obj = by_deadline(deadline, api.get(name)).await?;
        let source_flow = has_source_flow(kind);
        if !source_flow
            && kind.kind == "HelmRepository"
            && obj.data["spec"]["type"].as_str() == Some("oci")
        {
            ctx.ui.success("reconciliation not supported by the object");
            return Ok(());
        }
        if obj.data["spec"]["suspend"] == serde_json::json!(true) {
            return Err(CliError::msg("resource is suspended"));
        }
        if source_flow && with_source {
            let (sk, sns, sname, chain) = source_of(kind, &obj)?;
            reconcile_object(ctx, sk, &sns, &sname, chain, &[]).await?;
        }
        let previous = last_handled(&obj);
        ctx.ui.action(&format!(
            "annotating {} {name} in {ns} namespace",
            kind.kind
        ));
        let token = shared::request_token(ctx);
        by_deadline(
            deadline,
            apply::request_reconcile(&api, name, &token, extra),
        )
        .await?;
        ctx.ui.success(&format!("{} annotated", kind.kind));
        let waiting = format!("waiting for {} reconciliation", kind.kind);
        ctx.ui.waiting(&waiting);
        let spinner = Spinner::start(ctx, &waiting);
        let res = apply::wait_handled(&api, name, &previous, apply::remaining(deadline)).await;
        spinner.stop();
        let obj = res.map_err(|e| CliError::msg(apply::wait_error_text(&e, kind, name)))?;
        ctx.ui.success(&outcome(kind, &obj, source_flow)?);
        Ok(())
    })
}

/// `status.lastHandledReconcileAt` ("" when absent).
pub fn last_handled(obj: &DynamicObject) -> String {
    obj.data["status"]["lastHandledReconcileAt"]
        .as_str()
        .unwrap_or("")
        .to_string()
}

/// The success message of a handled reconcile, or the failure when it is not Ready (quoted
/// in the plain flow, not in the with-source flow — as upstream).
pub fn outcome(
    kind: &KindInfo,
    obj: &DynamicObject,
    source_flow: bool,
) -> Result<String, CliError> {
    match apply::ready_condition(obj) {
        None => Err(CliError::msg("status can't be determined")),
        Some((status, msg)) if status != "True" => Err(CliError::msg(if source_flow {
            format!("{} reconciliation failed: {msg}", kind.kind)
        } else {
            format!("{} reconciliation failed: '{msg}'", kind.kind)
        })),
        Some(_) => Ok(apply::success_message(kind, obj)),
    }
}
