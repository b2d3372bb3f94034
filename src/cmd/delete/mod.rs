//! `flux delete`: the persistent `--silent` flag, the wording of the shared kind subcommands
//! (`cmd::kind_command`) and one generic handler driven by the kinds table. Mirrors upstream
//! `cmd/flux/delete*.go` (one adapter file per kind upstream; one table here).

use clap::{ArgAction, Args};

use kube::api::DeleteParams;

use crate::cli::parse_bool;
use crate::cluster::{by_deadline, objects};
use crate::cmd::Ctx;
use crate::cmd::kind_command::{KindCommand, KindNames, Verb};
use crate::error::{CliError, ExitStatus};
use crate::kinds::KindInfo;
use crate::report::Reporter;

// How `flux delete` words its kind subcommands.
const DELETE: Verb = Verb {
    about: "Delete",
    names: "name of the resource to delete",
};

/// Delete Flux resources
#[derive(Debug, Args)]
#[command(arg_required_else_help = true, mut_subcommands(|c| DELETE.word(c)))]
pub struct DeleteArgs {
    /// delete without asking for confirmation
    #[arg(short = 's', long, global = true, action = ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub silent: bool,

    #[command(subcommand)]
    pub command: KindCommand,
}

/// Runs `flux delete <kind> [name…]`.
pub async fn run(ctx: &Ctx, args: DeleteArgs) -> Result<ExitStatus, CliError> {
    let silent = args.silent;
    let (kind, kind_args) = args.command.into_parts();
    delete(ctx, kind, silent, kind_args).await
}

/// Deletes one object of `kind` after confirmation (operate.md §5.2).
pub async fn delete(
    ctx: &Ctx,
    kind: &'static KindInfo,
    silent: bool,
    args: KindNames,
) -> Result<ExitStatus, CliError> {
    let Some(name) = args.args.first() else {
        return Err(CliError::msg(format!("{} name is required", kind.human)));
    };
    let ns = ctx.namespace().to_string();
    let deadline = tokio::time::Instant::now() + ctx.globals.timeout.to_std();
    let client = ctx.kube().await?;
    let api = objects::api(client, kind, Some(&ns));
    by_deadline(deadline, api.get(name)).await?;
    if !silent {
        let label = format!("Are you sure you want to delete this {}", kind.human);
        if !crate::ui::prompt::confirm(&ctx.ui, ctx.env.stdin_is_tty, &label).await? {
            return Err(CliError::msg("aborting"));
        }
    }
    ctx.ui
        .action(&format!("deleting {} {name} in {ns} namespace", kind.human));
    by_deadline(deadline, api.delete(name, &DeleteParams::default())).await?;
    ctx.ui.success(&format!("{} deleted", kind.human));
    Ok(ExitStatus::Success)
}
