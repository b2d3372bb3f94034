//! `flux suspend`: the persistent `--all` flag, the wording of the shared kind subcommands
//! (`cmd::kind_command`) and one generic handler driven by the kinds table. Mirrors upstream
//! `cmd/flux/suspend*.go` (one adapter file per kind upstream; one table here).

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::kind_command::{KindCommand, KindNames, Verb};
use crate::error::{CliError, ExitStatus};
use crate::kinds::KindInfo;

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

    #[command(subcommand)]
    pub command: KindCommand,
}

/// Runs `flux suspend <kind> [name…]`.
pub async fn run(ctx: &Ctx, args: SuspendArgs) -> Result<ExitStatus, CliError> {
    let all = args.all;
    let (kind, kind_args) = args.command.into_parts();
    suspend(ctx, kind, all, kind_args).await
}

/// Suspends objects of `kind` (operate.md §3.3).
pub async fn suspend(
    _ctx: &Ctx,
    _kind: &'static KindInfo,
    _all: bool,
    _args: KindNames,
) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
