//! `flux suspend`: the persistent `--all` flag, the wording of the shared kind subcommands
//! (`cmd::kind_command`) and one generic handler driven by the kinds table. Mirrors upstream
//! `cmd/flux/suspend*.go` (one adapter file per kind upstream; one table here).

use clap::{ArgAction, Args};
use kube::api::ListParams;

use crate::cli::parse_bool;
use crate::cluster::{apply, by_deadline, objects};
use crate::cmd::Ctx;
use crate::cmd::kind_command::{KindCommand, KindNames, Verb};
use crate::cmd::reconcile::shared::{self, Selection};
use crate::error::{CliError, ExitStatus};
use crate::kinds::KindInfo;
use crate::report::Reporter;

// How `flux suspend` words its kind subcommands.
const SUSPEND: Verb = Verb {
    about: "Suspend the reconciliation of",
    names: "names of the resources to suspend",
};

/// Suspend the reconciliation of Flux resources
#[derive(Debug, Args)]
#[command(arg_required_else_help = true, mut_subcommands(|c| SUSPEND.word(c)))]
pub struct SuspendArgs {
    /// suspend every resource of that kind in the namespace
    #[arg(long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub all: bool,

    /// suspend the resources of that kind matching this label selector
    #[arg(short = 'l', long, global = true)]
    pub label_selector: Option<String>,

    /// record why the resources are suspended (annotation flux-rs.io/suspend-reason)
    #[arg(long, global = true)]
    pub reason: Option<String>,

    #[command(subcommand)]
    pub command: KindCommand,
}

/// Runs `flux suspend <kind> [name…]`.
pub async fn run(ctx: &Ctx, args: SuspendArgs) -> Result<ExitStatus, CliError> {
    let sel = Selection {
        all: args.all,
        label_selector: args.label_selector,
    };
    let (kind, kind_args) = args.command.into_parts();
    suspend(ctx, kind, &sel, args.reason.as_deref(), kind_args).await
}

/// Suspends objects of `kind` (operate.md §3.3).
pub async fn suspend(
    ctx: &Ctx,
    kind: &'static KindInfo,
    sel: &Selection,
    reason: Option<&str>,
    args: KindNames,
) -> Result<ExitStatus, CliError> {
    let ns = ctx.namespace().to_string();
    if args.args.is_empty() && !sel.is_bulk() {
        return Err(CliError::msg(format!("{} name is required", kind.human)));
    }
    let deadline = shared::deadline(ctx);
    let client = ctx.kube().await?;
    let api = objects::api(client, kind, Some(&ns));
    if args.args.is_empty() {
        let items = tokio::time::timeout_at(deadline, shared::list_selected(ctx, kind, &ns, sel))
            .await
            .map_err(|_| CliError::msg(crate::cluster::wait::WaitError::DEADLINE))??;
        if items.is_empty() {
            return Err(CliError::msg("no objects found"));
        }
        for obj in items {
            let name = obj.metadata.name.clone().unwrap_or_default();
            ctx.ui.action(&format!(
                "suspending {} {name} in {ns} namespace",
                kind.human
            ));
            let patch = apply::suspend_patch(&obj, reason);
            by_deadline(deadline, apply::patch(&api, &name, &patch)).await?;
            ctx.ui.success(&format!("{} suspended", kind.human));
        }
        return Ok(ExitStatus::Success);
    }
    let mut seen = std::collections::HashSet::new();
    for name in &args.args {
        if !seen.insert(name.as_str()) {
            continue;
        }
        let failed = |e: &kube::Error| {
            ctx.ui.failure(&format!(
                "failed suspending {} {name} in {ns} namespace: {}",
                kind.kind,
                crate::cluster::api_error_text(e)
            ))
        };
        let params = ListParams::default().fields(&format!("metadata.name={name}"));
        let obj = match by_deadline(deadline, api.list(&params)).await {
            Ok(list) => match list.items.into_iter().next() {
                Some(o) => o,
                None => {
                    ctx.ui
                        .failure(&format!("{} {name} not found in {ns} namespace", kind.kind));
                    continue;
                }
            },
            Err(e) => {
                failed(&e);
                continue;
            }
        };
        ctx.ui.action(&format!(
            "suspending {} {name} in {ns} namespace",
            kind.human
        ));
        let patch = apply::suspend_patch(&obj, reason);
        match by_deadline(deadline, apply::patch(&api, name, &patch)).await {
            Ok(_) => ctx.ui.success(&format!("{} suspended", kind.human)),
            Err(e) => failed(&e),
        }
    }
    Ok(ExitStatus::Success)
}
