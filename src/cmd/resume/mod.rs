//! `flux resume`: the persistent `--all` and `--wait` flags, the wording of the shared kind
//! subcommands (`cmd::kind_command`) and one generic handler driven by the kinds table. Mirrors
//! upstream `cmd/flux/resume*.go` (one adapter file per kind upstream; one table here).

use clap::{ArgAction, Args};
use kube::api::{DynamicObject, ListParams};

use crate::cli::parse_bool;
use crate::cluster::{apply, by_deadline, objects};
use crate::cmd::Ctx;
use crate::cmd::kind_command::{KindCommand, KindNames, Verb};
use crate::cmd::reconcile::shared::{self, Selection, Spinner};
use crate::error::{CliError, ExitStatus};
use crate::kinds::KindInfo;
use crate::report::Reporter;

// How `flux resume` words its kind subcommands.
const RESUME: Verb = Verb {
    about: "Resume the reconciliation of",
    names: "names of the resources to resume",
};

/// Resume the reconciliation of Flux resources
#[derive(Debug, Args)]
#[command(arg_required_else_help = true, mut_subcommands(|c| RESUME.word(c)))]
pub struct ResumeArgs {
    /// resume every resource of that kind in the namespace
    #[arg(long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub all: bool,

    /// wait for the resumed resources to become ready (default: only when a single name is given)
    // No default: upstream waits for a single name unless `--wait` is given explicitly.
    #[arg(long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, value_parser = parse_bool)]
    pub wait: Option<bool>,

    /// resume the resources of that kind matching this label selector
    #[arg(short = 'l', long, global = true)]
    pub label_selector: Option<String>,

    #[command(subcommand)]
    pub command: KindCommand,
}

/// Runs `flux resume <kind> [name…]`.
pub async fn run(ctx: &Ctx, args: ResumeArgs) -> Result<ExitStatus, CliError> {
    let sel = Selection {
        all: args.all,
        label_selector: args.label_selector,
    };
    let (kind, kind_args) = args.command.into_parts();
    resume(ctx, kind, &sel, args.wait, kind_args).await
}

/// Resumes objects of `kind` and waits for them (operate.md §3.4).
pub async fn resume(
    ctx: &Ctx,
    kind: &'static KindInfo,
    sel: &Selection,
    wait: Option<bool>,
    args: KindNames,
) -> Result<ExitStatus, CliError> {
    let ns = ctx.namespace().to_string();
    if args.args.is_empty() && !sel.is_bulk() {
        return Err(CliError::msg(format!("{} name is required", kind.human)));
    }
    let deadline = shared::deadline(ctx);
    let wait = match wait {
        None => args.args.len() == 1,
        Some(w) => w,
    };
    let client = ctx.kube().await?;
    let api = objects::api(client, kind, Some(&ns));
    let mut resumed: Vec<DynamicObject> = Vec::new();
    let resume_one = |obj: DynamicObject| {
        let api = api.clone();
        let ns = ns.clone();
        async move {
            let name = obj.metadata.name.clone().unwrap_or_default();
            ctx.ui
                .action(&format!("resuming {} {name} in {ns} namespace", kind.human));
            let patch = apply::resume_patch(&obj);
            let patched = by_deadline(deadline, apply::patch(&api, &name, &patch)).await?;
            ctx.ui.success(&format!("{} resumed", kind.human));
            Ok::<_, kube::Error>(patched)
        }
    };
    if args.args.is_empty() {
        let items = tokio::time::timeout_at(deadline, shared::list_selected(ctx, kind, &ns, sel))
            .await
            .map_err(|_| CliError::msg(crate::cluster::wait::WaitError::DEADLINE))
            .and_then(|r| r)
            .map_err(|e| CliError::msg(format!("failed patching objects: {:#}", e.0)))?;
        if items.is_empty() {
            ctx.ui
                .failure(&format!("no {} objects found in {ns} namespace", kind.kind));
            return Ok(ExitStatus::Success);
        }
        for obj in items {
            let patched = resume_one(obj).await.map_err(|e| {
                CliError::msg(format!(
                    "failed patching objects: {}",
                    crate::cluster::api_error_text(&e)
                ))
            })?;
            resumed.push(patched);
        }
    } else {
        let mut seen = std::collections::HashSet::new();
        for name in &args.args {
            if !seen.insert(name.as_str()) {
                continue;
            }
            let params = ListParams::default().fields(&format!("metadata.name={name}"));
            let list = by_deadline(deadline, api.list(&params)).await?;
            let Some(obj) = list.items.into_iter().next() else {
                // Upstream names the first argument here, whichever name was missing.
                ctx.ui.failure(&format!(
                    "{} object '{}' not found in {ns} namespace",
                    kind.kind, args.args[0]
                ));
                continue;
            };
            resumed.push(resume_one(obj).await?);
        }
    }
    if !wait || resumed.is_empty() {
        return Ok(ExitStatus::Success);
    }
    let mut pending = Vec::new();
    for obj in &resumed {
        let name = obj.metadata.name.clone().unwrap_or_default();
        ctx.ui
            .waiting(&format!("waiting for {} reconciliation", kind.kind));
        let api = api.clone();
        let wait_name = name.clone();
        pending.push(apply::Pending {
            key: format!("{ns}/{name}"),
            depends_on: apply::depends_on(obj),
            wait: Box::pin(async move {
                apply::wait_ready(&api, kind, &wait_name, apply::remaining(deadline))
                    .await
                    .map_err(|e| apply::wait_error_text(&e, kind, &wait_name))
            }),
        });
    }
    let spinner = Spinner::start(ctx, &format!("waiting for {} reconciliation", kind.kind));
    let mut results = apply::wait_all(pending).await;
    spinner.stop();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let mut failures = 0;
    for (key, res) in results {
        let name = key.split_once('/').map_or(key.as_str(), |(_, n)| n);
        match res {
            Ok(obj) => {
                ctx.ui
                    .success(&format!("{} {name} reconciliation completed", kind.kind));
                ctx.ui.success(&apply::success_message(kind, &obj));
            }
            Err(e) => {
                failures += 1;
                ctx.ui
                    .failure(&format!("{} {name} reconciliation failed: {e}", kind.kind));
            }
        }
    }
    if failures > 0 {
        return Err(CliError::msg(format!(
            "reconciliation failed for {failures} {}(s)",
            kind.kind
        )));
    }
    Ok(ExitStatus::Success)
}
