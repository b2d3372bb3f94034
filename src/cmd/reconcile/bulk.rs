//! `flux reconcile <kind> --all` / `-l SELECTOR` (flux-rs addition, issue 4 §3): annotate every
//! selected object first, then wait for all of them at once, each after the objects it
//! `dependsOn`; one line per object, a summary, exit 1 when any failed.

use std::collections::BTreeSet;

use super::{Options, Spinner, last_handled, outcome, reconcile_object, shared, source_of};
use crate::cluster::{apply, objects};
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};
use crate::kinds::KindInfo;
use crate::report::Reporter;

/// Reconciles every selected object of `kind` in the namespace.
pub async fn reconcile_bulk(
    ctx: &Ctx,
    kind: &'static KindInfo,
    opts: &Options,
) -> Result<ExitStatus, CliError> {
    let ns = ctx.namespace().to_string();
    let deadline = shared::deadline(ctx);
    let items = tokio::time::timeout_at(
        deadline,
        shared::list_selected(ctx, kind, &ns, &opts.selection),
    )
    .await
    .map_err(|_| CliError::msg(crate::cluster::wait::WaitError::DEADLINE))??;
    if items.is_empty() {
        return Err(CliError::msg(format!(
            "no {} objects found in {ns:?} namespace",
            kind.kind
        )));
    }
    let source_flow = super::has_source_flow(kind);
    let mut failed: Vec<(String, String)> = Vec::new();
    let mut skipped = 0usize;
    let mut selected = Vec::new();
    for obj in items {
        let name = obj.metadata.name.clone().unwrap_or_default();
        if obj.data["spec"]["suspend"] == serde_json::json!(true) {
            ctx.ui
                .warning(&format!("skipping suspended {} {name}", kind.kind));
            skipped += 1;
            continue;
        }
        if kind.kind == "HelmRepository" && obj.data["spec"]["type"].as_str() == Some("oci") {
            ctx.ui.warning(&format!(
                "skipping {} {name}: reconciliation not supported by the object",
                kind.kind
            ));
            skipped += 1;
            continue;
        }
        selected.push(obj);
    }
    // Sources first, each once.
    if source_flow && opts.with_source {
        let mut done = BTreeSet::new();
        for obj in &selected {
            let (sk, sns, sname, chain) = source_of(kind, obj)?;
            if done.insert((sk.kind, sns.clone(), sname.clone())) {
                reconcile_object(ctx, sk, &sns, &sname, chain, &[]).await?;
            }
        }
    }
    let client = ctx.kube().await?;
    let api = objects::api(client, kind, Some(&ns));
    let token = shared::request_token(ctx);
    let mut pending = Vec::new();
    for obj in &selected {
        let name = obj.metadata.name.clone().unwrap_or_default();
        ctx.ui.action(&format!(
            "annotating {} {name} in {ns} namespace",
            kind.kind
        ));
        let request = apply::request_reconcile(&api, &name, &token, &opts.extra);
        if let Err(e) = crate::cluster::by_deadline(deadline, request).await {
            let text = crate::cluster::api_error_text(&e);
            ctx.ui
                .failure(&format!("failed annotating {} {name}: {text}", kind.kind));
            failed.push((name, text));
            continue;
        }
        ctx.ui.success(&format!("{} annotated", kind.kind));
        let previous = last_handled(obj);
        let api = api.clone();
        let wait_name = name.clone();
        pending.push(apply::Pending {
            key: format!("{ns}/{name}"),
            depends_on: apply::depends_on(obj),
            wait: Box::pin(async move {
                let obj =
                    apply::wait_handled(&api, &wait_name, &previous, apply::remaining(deadline))
                        .await
                        .map_err(|e| apply::wait_error_text(&e, kind, &wait_name))?;
                outcome(kind, &obj, source_flow).map_err(|e| format!("{:#}", e.0))?;
                Ok(obj)
            }),
        });
    }
    let total = selected.len();
    if !pending.is_empty() {
        let waiting = format!(
            "waiting for {} {} reconciliation(s)",
            pending.len(),
            kind.kind
        );
        ctx.ui.waiting(&waiting);
        let spinner = Spinner::start(ctx, &waiting);
        let results = apply::wait_all(pending).await;
        spinner.stop();
        for (key, res) in results {
            let name = key
                .split_once('/')
                .map_or(key.as_str(), |(_, n)| n)
                .to_string();
            match res {
                Ok(obj) => ctx.ui.success(&format!(
                    "{} {name}: {}",
                    kind.kind,
                    apply::success_message(kind, &obj)
                )),
                Err(e) => {
                    ctx.ui
                        .failure(&format!("{} {name} reconciliation failed: {e}", kind.kind));
                    failed.push((name, e));
                }
            }
        }
    }
    let ok = total - failed.len();
    let skipped_text = if skipped > 0 {
        format!(", {skipped} skipped")
    } else {
        String::new()
    };
    if failed.is_empty() {
        ctx.ui.success(&format!(
            "reconciled {ok} of {total} {}(s){skipped_text}",
            kind.kind
        ));
        return Ok(ExitStatus::Success);
    }
    let names: Vec<&str> = failed.iter().map(|(n, _)| n.as_str()).collect();
    Err(CliError::msg(format!(
        "reconciled {ok} of {total} {}(s){skipped_text}, {} failed: {}",
        kind.kind,
        failed.len(),
        names.join(", ")
    )))
}
