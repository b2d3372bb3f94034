//! `flux get <kind> --watch` (operate.md §1.7): one WATCH without a prior List (the server
//! starts with an ADDED event per existing object), every event printed as its own one-row
//! table, the header only on the first. Ends at `--timeout` or when the server closes the
//! stream; there is no reconnect. Mirrors upstream `cmd/flux/get.go` (`watch`).

use futures::{StreamExt, TryStreamExt};
use kube::api::{DynamicObject, WatchEvent, WatchParams};

use super::output::{Format, go_json, shown};
use super::rows::{self, RowOptions, StatusSelector};
use super::{GetOptions, local_tz};
use crate::cluster::objects;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};
use crate::kinds::KindInfo;
use crate::ui::tablewriter;

/// Watches one kind until the deadline.
pub async fn run(
    ctx: &Ctx,
    kind: &'static KindInfo,
    options: &GetOptions,
    format: Option<Format>,
) -> Result<ExitStatus, CliError> {
    let client = ctx.kube().await?.clone();
    super::check_label_selector(options).map_err(CliError::msg)?;
    let ns = ctx.namespace().to_string();
    let scope = (!options.all_namespaces).then_some(ns.as_str());
    let api = objects::api(&client, kind, scope);
    let mut wp = WatchParams::default().disable_bookmarks();
    if let Some(name) = options.args.first() {
        wp = wp.fields(&format!("metadata.name={name}"));
    }
    if let Some(l) = options.label_selector.as_deref().filter(|l| !l.is_empty()) {
        wp = wp.labels(l);
    }
    let tz = local_tz(ctx);
    let row_opts = RowOptions {
        all_namespaces: options.all_namespaces,
        kind_prefix: false,
        show_source: options.show_source,
        tz: &tz,
    };
    let run = async {
        let stream = match api.watch(&wp, "0").await {
            Ok(s) => s,
            Err(e) if crate::cluster::is_type_missing(&e) => {
                return Err(CliError::msg(crate::cluster::no_match_text(kind)));
            }
            Err(e) => return Err(e.into()),
        };
        let mut stream = stream.boxed();
        let mut first = true;
        loop {
            let event = match stream.try_next().await {
                Ok(Some(ev)) => ev,
                Ok(None) => {
                    return Err(CliError::msg(
                        "watch closed before UntilWithoutRetry timeout",
                    ));
                }
                Err(e) => return Err(e.into()),
            };
            let obj = match event {
                WatchEvent::Added(o) | WatchEvent::Modified(o) | WatchEvent::Deleted(o) => o,
                WatchEvent::Bookmark(_) => continue,
                WatchEvent::Error(status) => {
                    return Err(CliError::msg(status.message));
                }
            };
            let selector = options
                .status_selector
                .as_deref()
                .filter(|s| !s.is_empty())
                .map(StatusSelector::parse)
                .transpose()
                .map_err(CliError::msg)?;
            let keep = selector.as_ref().is_none_or(|s| s.keeps(kind, &obj));
            print_event(ctx, kind, &obj, keep, first, options, &row_opts, format)?;
            first = false;
        }
    };
    match tokio::time::timeout(ctx.globals.timeout.to_std(), run).await {
        Ok(result) => result,
        Err(_) => Err(CliError::msg("timed out waiting for the condition")),
    }
}

#[allow(clippy::too_many_arguments)]
fn print_event(
    ctx: &Ctx,
    kind: &KindInfo,
    obj: &DynamicObject,
    keep: bool,
    first: bool,
    options: &GetOptions,
    row_opts: &RowOptions<'_>,
    format: Option<Format>,
) -> Result<(), CliError> {
    match format {
        None => {
            let rows: Vec<Vec<String>> = if keep {
                vec![rows::row(kind, obj, row_opts)]
            } else {
                Vec::new()
            };
            let headers = rows::headers(kind, row_opts);
            let headers = (first && !options.no_header).then_some(headers.as_slice());
            ctx.ui.out(&tablewriter::render(headers, &rows))?;
        }
        Some(_) if !keep => {}
        Some(Format::Json) => ctx.ui.out(&format!("{}\n", go_json(&shown(kind, obj))))?,
        Some(Format::Yaml) => ctx.ui.out(&format!(
            "---\n{}",
            crate::yaml::to_string(&shown(kind, obj))
        ))?,
        Some(Format::Name) => ctx.ui.out(&format!(
            "{}.{}/{}\n",
            kind.plural,
            kind.group,
            obj.metadata.name.as_deref().unwrap_or("")
        ))?,
    }
    Ok(())
}
