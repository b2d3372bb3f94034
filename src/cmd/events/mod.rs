//! `flux events`: mirrors upstream `cmd/flux/events.go` (operate.md §5.3): the core/v1 Events
//! of Flux objects in `<ns>` (or all namespaces), narrowed by `--for` to one kind or one object
//! plus the objects it references, as a table or (`-w`) streamed row by row. Beyond upstream:
//! `-o json|yaml` prints the shown Events as a kubectl-style `List`.

pub mod rows;

use clap::{ArgAction, Args};
use futures::StreamExt;
use jiff::Timestamp;
use k8s_openapi::api::core::v1::Event;
use kube::api::{Api, ListParams, WatchEvent, WatchParams};
use serde_json::Value;

use crate::cli::parse_bool;
use crate::cluster::objects;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};
use crate::kinds::{self, KindInfo};
use crate::ui::tablewriter;

const EXAMPLES: &str = "Examples:
  # Show the events of the Flux namespace
  flux events

  # Show the events of one Kustomization and its source
  flux events --for Kustomization/podinfo

  # Show warnings only, across all namespaces
  flux events -A --types=warning";

/// Show the Kubernetes events of Flux resources
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct EventsArgs {
    /// show the events of all namespaces
    #[arg(short = 'A', long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub all_namespaces: bool,

    /// keep printing new events
    #[arg(short = 'w', long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub watch: bool,

    /// only show the events of this object and its references, as '<kind>[/<name>]'
    #[arg(long = "for")]
    pub for_: Option<String>,

    /// only show events of these types (Normal, Warning), comma separated
    #[arg(long, value_delimiter = ',', action = ArgAction::Append)]
    pub types: Vec<String>,

    /// print the events instead of the table: json or yaml
    #[arg(short = 'o', long)]
    pub output: Option<String>,
}

/// An `-o` format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Yaml,
}

impl Format {
    fn parse(value: &str) -> Result<Self, CliError> {
        match value {
            "json" => Ok(Self::Json),
            "yaml" => Ok(Self::Yaml),
            other => Err(CliError::msg(format!(
                "unable to match a printer suitable for the output format \"{other}\", allowed formats are: json,yaml"
            ))),
        }
    }
}

/// One query: a namespace (`None` = all) and a field selector.
#[derive(Debug, Clone)]
struct Query {
    namespace: Option<String>,
    fields: Option<String>,
}

fn field_selector(kind: &str, name: &str) -> String {
    if name.is_empty() {
        format!("involvedObject.kind={kind}")
    } else {
        format!("involvedObject.kind={kind},involvedObject.name={name}")
    }
}

/// `<kind>[/<name>]` as upstream splits it: no slash means a kind only.
fn kind_name(selector: &str) -> (String, String) {
    match selector.split_once('/') {
        Some((k, n)) => (k.to_string(), n.to_string()),
        None => (selector.to_string(), String::new()),
    }
}

// A string field of a nested JSON object, `None` when absent or not a string.
fn nested<'a>(v: &'a Value, path: &[&str]) -> Option<&'a str> {
    path.iter().try_fold(v, |v, p| v.get(p))?.as_str()
}

/// The objects an object of `kind` references (kind, name, namespace), as upstream's
/// `getObjectRef`: reads the object; none for kinds without references.
async fn references(
    client: &kube::Client,
    kind: &'static KindInfo,
    name: &str,
    ns: &str,
) -> Result<Vec<(String, String, String)>, CliError> {
    // (field path, fixed referenced kind, cross-namespace)
    let (field, fixed, cross): (&[&str], Option<&str>, bool) = match kind.kind {
        "Kustomization" => (&["spec", "sourceRef"], None, true),
        "HelmRelease" => (&["spec", "chart", "spec", "sourceRef"], None, true),
        "Alert" => (&["spec", "providerRef"], Some("Provider"), false),
        "ImagePolicy" => (
            &["spec", "imageRepositoryRef"],
            Some("ImageRepository"),
            true,
        ),
        "HelmChart" => (&["spec", "sourceRef"], None, true),
        _ => return Ok(Vec::new()),
    };
    let api = objects::api(client, kind, Some(ns));
    let obj = match api.get(name).await {
        Ok(o) => objects::to_json(&o),
        Err(e) if crate::cluster::is_type_missing(&e) => {
            return Err(CliError::msg(crate::cluster::no_match_text(kind)));
        }
        Err(e) => return Err(e.into()),
    };
    let missing = |leaf: &str| {
        CliError::msg(format!(
            "field '{}.{leaf}' for '{ns}/{name}' not found",
            field.join(".")
        ))
    };
    let ref_kind = match fixed {
        Some(k) => k.to_string(),
        None => nested(&obj, &[field, &["kind"]].concat())
            .ok_or_else(|| missing("kind"))?
            .to_string(),
    };
    let ref_name = nested(&obj, &[field, &["name"]].concat())
        .ok_or_else(|| missing("name"))?
        .to_string();
    let ref_ns = if cross {
        nested(&obj, &[field, &["namespace"]].concat()).unwrap_or(ns)
    } else {
        ns
    }
    .to_string();
    let mut refs = vec![(ref_kind, ref_name, ref_ns.clone())];
    if kind.kind == "HelmRelease" {
        refs.push(("HelmChart".to_string(), format!("{ns}-{name}"), ref_ns));
    }
    Ok(refs)
}

fn events_api(client: &kube::Client, namespace: Option<&str>) -> Api<Event> {
    match namespace {
        Some(ns) => Api::namespaced(client.clone(), ns),
        None => Api::all(client.clone()),
    }
}

// Every event of one query, page by page (500 a page).
async fn list_events(
    client: &kube::Client,
    q: &Query,
    out: &mut Vec<Event>,
) -> Result<(), CliError> {
    let api = events_api(client, q.namespace.as_deref());
    let mut params = ListParams::default().limit(objects::PAGE_SIZE);
    if let Some(f) = &q.fields {
        params = params.fields(f);
    }
    loop {
        let page = api.list(&params).await.map_err(|e| {
            CliError::msg(format!(
                "error getting events: {}",
                crate::cluster::api_error_text(&e)
            ))
        })?;
        out.extend(page.items);
        match page.metadata.continue_.filter(|c| !c.is_empty()) {
            Some(token) => params.continue_token = Some(token),
            None => return Ok(()),
        }
    }
}

/// The Event as kubectl prints it: `apiVersion`/`kind` set, no `managedFields`, sorted keys.
fn shown(e: &Event) -> Value {
    let mut e = e.clone();
    e.metadata.managed_fields = None;
    let mut v = serde_json::to_value(&e).unwrap_or(Value::Null);
    if let Value::Object(m) = &mut v {
        m.insert("apiVersion".into(), Value::String("v1".into()));
        m.insert("kind".into(), Value::String("Event".into()));
    }
    crate::cmd::get::output::sort_keys(v)
}

fn render_list(events: &[&Event], format: Format) -> String {
    let list = serde_json::json!({
        "apiVersion": "v1",
        "items": events.iter().map(|e| shown(e)).collect::<Vec<_>>(),
        "kind": "List",
        "metadata": {"resourceVersion": ""},
    });
    match format {
        Format::Json => format!("{}\n", crate::cmd::get::output::go_json(&list)),
        Format::Yaml => crate::yaml::to_string(&list),
    }
}

/// Runs `flux events`.
pub async fn run(ctx: &Ctx, args: EventsArgs) -> Result<ExitStatus, CliError> {
    for t in &args.types {
        if !t.eq_ignore_ascii_case("Warning") && !t.eq_ignore_ascii_case("Normal") {
            return Err(CliError::msg(format!(
                "type '{t}' not supported. Supported types are Normal, Warning"
            )));
        }
    }
    let format = args.output.as_deref().map(Format::parse).transpose()?;
    let timeout = ctx.globals.timeout.to_std();
    let client = ctx.kube().await?.clone();
    let ns = ctx.namespace().to_string();
    let scope = (!args.all_namespaces).then(|| ns.clone());

    let listing = async {
        let mut base = Query {
            namespace: scope.clone(),
            fields: None,
        };
        let mut refs = Vec::new();
        let mut diff_ref_ns = false;
        if let Some(selector) = args.for_.as_deref().filter(|s| !s.is_empty()) {
            let (kind, name) = kind_name(selector);
            if kind.is_empty() {
                return Err(CliError::msg(
                    "--for selector must be of format <kind>[/<name>]",
                ));
            }
            let info = kinds::by_kind_ignore_case(&kind)
                .filter(|k| k.events)
                .ok_or_else(|| CliError::msg(format!("'{kind}' is not a recognized Flux kind")))?;
            base.fields = Some(field_selector(info.kind, &name));
            if !name.is_empty() {
                for (rk, rn, rns) in references(&client, info, &name, &ns).await? {
                    if scope.as_deref() != Some(rns.as_str()) {
                        diff_ref_ns = true;
                    }
                    refs.push(Query {
                        namespace: Some(rns),
                        fields: Some(field_selector(&rk, &rn)),
                    });
                }
            }
        }
        Ok::<_, CliError>((base, refs, diff_ref_ns))
    };
    let (base, refs, diff_ref_ns) = match tokio::time::timeout(timeout, listing).await {
        Ok(r) => r?,
        Err(_) => return Err(CliError::msg("context deadline exceeded")),
    };
    let show_ns = args.all_namespaces || diff_ref_ns;

    if args.watch {
        return watch(ctx, &client, base, refs, show_ns, &args.types, format).await;
    }

    let collect = async {
        let mut events = Vec::new();
        list_events(&client, &base, &mut events).await?;
        for q in &refs {
            list_events(&client, q, &mut events).await?;
        }
        Ok::<_, CliError>(events)
    };
    let mut events = match tokio::time::timeout(timeout, collect).await {
        Ok(r) => r?,
        Err(_) => return Err(CliError::msg("context deadline exceeded")),
    };
    rows::sort(&mut events);
    let shown_events: Vec<&Event> = events
        .iter()
        .filter(|e| !rows::ignored(e, &args.types))
        .collect();
    if let Some(format) = format {
        ctx.ui.out(&render_list(&shown_events, format))?;
        return Ok(ExitStatus::Success);
    }
    if shown_events.is_empty() {
        if args.all_namespaces {
            ctx.ui.failure("No events found.");
        } else {
            ctx.ui
                .failure(&format!("No events found in {ns} namespace."));
        }
        return Ok(ExitStatus::Success);
    }
    let now = Timestamp::now();
    let table: Vec<Vec<String>> = shown_events
        .iter()
        .map(|e| rows::row(e, show_ns, now))
        .collect();
    let headers = rows::headers(show_ns);
    ctx.ui
        .out(&tablewriter::render(Some(headers.as_slice()), &table))?;
    Ok(ExitStatus::Success)
}

// `--watch`: one WATCH per query, merged; every shown event printed as it arrives, the table
// header only before the first row. Ends silently at the deadline or when the streams close.
async fn watch(
    ctx: &Ctx,
    client: &kube::Client,
    base: Query,
    refs: Vec<Query>,
    show_ns: bool,
    types: &[String],
    format: Option<Format>,
) -> Result<ExitStatus, CliError> {
    let run = async {
        let mut streams = Vec::new();
        for (i, q) in std::iter::once(&base).chain(refs.iter()).enumerate() {
            let api = events_api(client, q.namespace.as_deref());
            let mut wp = WatchParams::default().disable_bookmarks();
            if let Some(f) = &q.fields {
                wp = wp.fields(f);
            }
            let stream = api.watch(&wp, "0").await?;
            streams.push(stream.map(move |ev| (i, ev)).boxed());
        }
        let mut merged = futures::stream::select_all(streams);
        let mut first = true;
        while let Some((i, ev)) = merged.next().await {
            let e = match ev {
                Ok(WatchEvent::Added(e)) | Ok(WatchEvent::Modified(e)) => e,
                Ok(WatchEvent::Deleted(_)) | Ok(WatchEvent::Bookmark(_)) => continue,
                Ok(WatchEvent::Error(status)) if i == 0 => {
                    return Err(CliError::msg(status.message));
                }
                Ok(WatchEvent::Error(status)) => {
                    ctx.ui
                        .failure(&format!("error watching events: {}", status.message));
                    continue;
                }
                Err(e) if i == 0 => return Err(e.into()),
                Err(e) => {
                    ctx.ui.failure(&format!(
                        "error watching events: {}",
                        crate::cluster::api_error_text(&e)
                    ));
                    continue;
                }
            };
            if rows::ignored(&e, types) {
                continue;
            }
            match format {
                Some(Format::Json) => ctx.ui.out(&format!(
                    "{}\n",
                    crate::cmd::get::output::go_json(&shown(&e))
                ))?,
                Some(Format::Yaml) => ctx
                    .ui
                    .out(&format!("---\n{}", crate::yaml::to_string(&shown(&e))))?,
                None => {
                    let row = rows::row(&e, show_ns, Timestamp::now());
                    let headers = rows::headers(show_ns);
                    let headers = first.then_some(headers.as_slice());
                    ctx.ui.out(&tablewriter::render(headers, &[row]))?;
                }
            }
            first = false;
        }
        Ok::<_, CliError>(())
    };
    match tokio::time::timeout(ctx.globals.timeout.to_std(), run).await {
        Ok(r) => r.map(|()| ExitStatus::Success),
        Err(_) => Ok(ExitStatus::Success),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_split_as_upstream() {
        assert_eq!(
            kind_name("Kustomization/podinfo"),
            ("Kustomization".into(), "podinfo".into())
        );
        assert_eq!(
            kind_name("kustomization"),
            ("kustomization".into(), String::new())
        );
        assert_eq!(kind_name("/x"), (String::new(), "x".into()));
        assert_eq!(
            field_selector("GitRepository", "a"),
            "involvedObject.kind=GitRepository,involvedObject.name=a"
        );
        assert!(Format::parse("table").is_err());
    }
}
