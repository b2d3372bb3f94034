//! `flux trace`: mirrors upstream `cmd/flux/trace.go`. A failed trace is reported on stderr and
//! the next object traced, exit 0, as upstream. Deviations: `<resource>` types resolve through
//! discovery plus kubectl's built-in short names (not kubectl's full RESTMapper; only the first
//! missing object is reported). Beyond upstream: `-o json|yaml` prints the chain of objects
//! (object, Kustomization or HelmRelease, HelmChart, source) as a `List`.

mod report;
mod resolve;

use clap::Args;
use kube::api::DynamicObject;
use serde_json::{Value, json};

use crate::cluster::api_error_text;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};
use crate::kinds::{self, KindInfo};

const EXAMPLES: &str = "Examples:
  # Find which Flux object manages a Deployment
  flux trace podinfo --kind=deployment --api-version=apps/v1 -n default

  # Trace several objects at once
  flux trace deployment/podinfo service/podinfo -n default";

/// Trace Kubernetes objects back to the Flux sources that deployed them
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct TraceArgs {
    /// the objects to trace, as '<name>' (with --kind) or '<kind>/<name>'
    #[arg(value_name = "OBJECT")]
    pub args: Vec<String>,

    /// kind of the object
    #[arg(long)]
    pub kind: Option<String>,

    /// API version of the object
    #[arg(long)]
    pub api_version: Option<String>,

    /// print the traced objects as a 'json' or 'yaml' List instead of text
    #[arg(short = 'o', long, value_parser = ["json", "yaml"])]
    pub output: Option<String>,
}

/// The Flux object managing an object, from its `<group>/name` and `<group>/namespace`
/// labels (upstream `isManagedByFlux`).
fn managed_by(obj: &DynamicObject, group: &str) -> Option<(String, String)> {
    let labels = obj.metadata.labels.as_ref()?;
    let name = labels
        .get(&format!("{group}/name"))
        .filter(|n| !n.is_empty())?;
    let ns = labels
        .get(&format!("{group}/namespace"))
        .cloned()
        .unwrap_or_default();
    Some((ns, name.clone()))
}

/// `managed_by` of the object or of its owners (upstream `isOwnerManagedByFlux`): each owner
/// in turn is read (any failure means "not managed") and checked; the first owner that has
/// owners of its own decides through them.
async fn owner_managed_by(
    client: &kube::Client,
    obj: &DynamicObject,
    group: &str,
    depth: usize,
) -> Option<(String, String)> {
    if let Some(found) = managed_by(obj, group) {
        return Some(found);
    }
    if depth > 32 {
        return None;
    }
    let ns = obj.metadata.namespace.clone().unwrap_or_default();
    for owner in obj.metadata.owner_references.iter().flatten() {
        let (ar, caps) = resolve::by_kind(client, &owner.api_version, &owner.kind)
            .await
            .ok()?;
        let parent = resolve::api(client, &ar, &caps, &ns)
            .get(&owner.name)
            .await
            .ok()?;
        if let Some(found) = managed_by(&parent, group) {
            return Some(found);
        }
        if parent
            .metadata
            .owner_references
            .as_ref()
            .is_some_and(|o| !o.is_empty())
        {
            return Box::pin(owner_managed_by(client, &parent, group, depth + 1)).await;
        }
    }
    None
}

/// GETs a Flux object as JSON, the error wrapped as `failed to find <what>: <err>`.
async fn get_flux(
    client: &kube::Client,
    kind: &KindInfo,
    ns: &str,
    name: &str,
    what: &str,
) -> Result<Value, CliError> {
    crate::cluster::objects::api(client, kind, Some(ns))
        .get(name)
        .await
        .map(|o| clean(crate::cluster::objects::to_json(&o), kind))
        .map_err(|e| CliError::msg(format!("failed to find {what}: {}", api_error_text(&e))))
}

/// The object without managed fields, with its type set.
fn clean(mut v: Value, kind: &KindInfo) -> Value {
    if let Some(m) = v.pointer_mut("/metadata").and_then(Value::as_object_mut) {
        m.remove("managedFields");
    }
    if let Some(o) = v.as_object_mut() {
        o.insert("apiVersion".into(), json!(kind.api_version()));
        o.insert("kind".into(), json!(kind.kind));
    }
    v
}

/// The source an object's `sourceRef`/`chartRef` points at (namespace defaulting to `own_ns`).
async fn source_of(
    client: &kube::Client,
    reference: Option<&Value>,
    own_ns: &str,
    allowed: &[&'static KindInfo],
) -> Result<Option<Value>, CliError> {
    let Some(r) = reference else { return Ok(None) };
    let kind = r.get("kind").and_then(Value::as_str).unwrap_or("");
    let Some(info) = allowed.iter().find(|k| k.kind == kind) else {
        return Ok(None);
    };
    let name = r.get("name").and_then(Value::as_str).unwrap_or("");
    let ns = match r.get("namespace").and_then(Value::as_str) {
        Some(ns) if !ns.is_empty() => ns,
        _ => own_ns,
    };
    get_flux(client, info, ns, name, info.kind).await.map(Some)
}

/// Traces one object: its text report and the chain of objects.
async fn trace_object(
    client: &kube::Client,
    target: &resolve::Target,
    tz: &jiff::tz::TimeZone,
) -> Result<(String, Vec<Value>), CliError> {
    let mut object = crate::cluster::objects::to_json(&target.obj);
    if let Some(m) = object
        .pointer_mut("/metadata")
        .and_then(Value::as_object_mut)
    {
        m.remove("managedFields");
    }
    if let Some(o) = object.as_object_mut() {
        o.insert("apiVersion".into(), json!(target.resource.api_version));
        o.insert("kind".into(), json!(target.resource.kind));
    }
    if let Some((ns, name)) =
        owner_managed_by(client, &target.obj, kinds::kustomize::GROUP, 0).await
    {
        let ks = get_flux(client, &kinds::KUSTOMIZATION, &ns, &name, "kustomization").await?;
        let ks_ns = ks
            .pointer("/metadata/namespace")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let source = source_of(
            client,
            ks.pointer("/spec/sourceRef"),
            &ks_ns,
            &[&kinds::GIT_REPOSITORY, &kinds::OCI_REPOSITORY],
        )
        .await?;
        let chain = report::Chain {
            object: &object,
            shown_kind: &target.shown_kind,
            manager: &ks,
            chart: None,
            source: source.as_ref(),
        };
        let text = report::kustomization(&chain, tz);
        let mut items = vec![object.clone(), ks.clone()];
        items.extend(source);
        return Ok((text, items));
    }
    if let Some((ns, name)) = owner_managed_by(client, &target.obj, kinds::helm::GROUP, 0).await {
        let hr = get_flux(client, &kinds::HELM_RELEASE, &ns, &name, "HelmRelease").await?;
        let hr_ns = hr
            .pointer("/metadata/namespace")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let chart = match hr.pointer("/status/helmChart").and_then(Value::as_str) {
            Some(c) if !c.is_empty() => {
                let (cns, cname) = match c.split('/').collect::<Vec<_>>()[..] {
                    [a, b] => (a, b),
                    _ => ("", c),
                };
                Some(get_flux(client, &kinds::HELM_CHART, cns, cname, "HelmChart").await?)
            }
            _ => None,
        };
        let mut source = source_of(
            client,
            hr.pointer("/spec/chart/spec/sourceRef"),
            &hr_ns,
            &[&kinds::GIT_REPOSITORY, &kinds::HELM_REPOSITORY],
        )
        .await?;
        if source.is_none() {
            source = source_of(
                client,
                hr.pointer("/spec/chartRef"),
                &hr_ns,
                &[&kinds::OCI_REPOSITORY],
            )
            .await?;
        }
        let chain = report::Chain {
            object: &object,
            shown_kind: &target.shown_kind,
            manager: &hr,
            chart: chart.as_ref(),
            source: source.as_ref(),
        };
        let text = report::helm(&chain, tz);
        let mut items = vec![object.clone(), hr.clone()];
        items.extend(chart);
        items.extend(source);
        return Ok((text, items));
    }
    Err(CliError::msg("object not managed by Flux"))
}

/// Finds the objects named on the command line.
async fn targets(
    ctx: &Ctx,
    client: &kube::Client,
    args: &TraceArgs,
) -> Result<Vec<resolve::Target>, CliError> {
    let ns = ctx.namespace();
    let kind = args.kind.as_deref().unwrap_or("");
    let api_version = args.api_version.as_deref().unwrap_or("");
    if !kind.is_empty() || !api_version.is_empty() {
        let name = &args.args[0];
        // schema.ParseGroupVersion (upstream's spelling of "invalid").
        if api_version.matches('/').count() > 1 {
            return Err(CliError::msg(format!(
                "invaild apiVersion: unexpected GroupVersion string: {api_version}"
            )));
        }
        let (ar, caps) = resolve::by_kind(client, api_version, kind)
            .await
            .map_err(|e| CliError::msg(format!("failed to find object: {e}")))?;
        let obj = resolve::api(client, &ar, &caps, ns)
            .get(name)
            .await
            .map_err(|e| CliError::msg(format!("failed to find object: {}", api_error_text(&e))))?;
        return Ok(vec![resolve::Target {
            obj,
            shown_kind: kind.to_string(),
            resource: ar,
        }]);
    }
    let pairs = resolve::split_args(&args.args).map_err(CliError::msg)?;
    let discovery = resolve::discover(client).await.map_err(CliError::msg)?;
    let mut out = Vec::new();
    for (typ, name) in pairs {
        let (ar, caps) = resolve::by_type(&discovery, &typ).map_err(CliError::msg)?;
        let obj = resolve::api(client, &ar, &caps, ns)
            .get(&name)
            .await
            // Upstream's wording for a failed resource-builder visit.
            .map_err(|e| CliError::msg(format!("x: {}", api_error_text(&e))))?;
        out.push(resolve::Target {
            obj,
            shown_kind: ar.kind.clone(),
            resource: ar,
        });
    }
    Ok(out)
}

/// Runs `flux trace`.
pub async fn run(ctx: &Ctx, args: TraceArgs) -> Result<ExitStatus, CliError> {
    let kind = args.kind.as_deref().unwrap_or("");
    let api_version = args.api_version.as_deref().unwrap_or("");
    if !kind.is_empty() || !api_version.is_empty() {
        if args.args.is_empty() {
            return Err(CliError::msg("object name is required"));
        }
        if kind.is_empty() {
            return Err(CliError::msg("object kind is required (--kind)"));
        }
        if api_version.is_empty() {
            return Err(CliError::msg(
                "object apiVersion is required (--api-version)",
            ));
        }
    } else {
        resolve::split_args(&args.args).map_err(CliError::msg)?;
    }
    let client = ctx.kube().await?.clone();
    let tz = crate::cmd::get::local_tz(ctx);
    let work = async {
        let found = targets(ctx, &client, &args).await?;
        let mut reports = Vec::with_capacity(found.len());
        for target in &found {
            let report = trace_object(&client, target, &tz).await.map_err(|e| {
                format!(
                    "failed to trace {}/{} in namespace {}: {:#}",
                    target.shown_kind,
                    target.obj.metadata.name.as_deref().unwrap_or(""),
                    target.obj.metadata.namespace.as_deref().unwrap_or(""),
                    e.0
                )
            });
            reports.push(report);
        }
        Ok::<_, CliError>(reports)
    };
    let reports = ctx.within(work).await?;
    // Upstream reports a failed trace on stderr and goes on with the next object; the
    // command still succeeds.
    match args.output.as_deref() {
        Some(format) => {
            let mut items = Vec::new();
            for report in reports {
                match report {
                    Ok((_, chain)) => items.extend(chain),
                    Err(msg) => ctx.ui.failure(&msg),
                }
            }
            let list = json!({"apiVersion": "v1", "kind": "List", "items": items, "metadata": {}});
            let text = if format == "json" {
                format!("{}\n", crate::cmd::get::output::go_json(&list))
            } else {
                crate::yaml::to_string(&list)
            };
            ctx.ui.out(&text)?;
        }
        None => {
            let n = reports.len();
            for (i, report) in reports.into_iter().enumerate() {
                match report {
                    Ok((text, _)) => ctx.ui.out(&text)?,
                    Err(msg) => ctx.ui.failure(&msg),
                }
                if i + 1 < n {
                    ctx.ui.out("---\n")?;
                }
            }
        }
    }
    Ok(ExitStatus::Success)
}
