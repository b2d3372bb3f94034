//! `flux resume`: the persistent `--all` and `--wait` flags, the wording of the shared kind
//! subcommands (`cmd::kind_command`) and one generic handler driven by the kinds table. Mirrors
//! upstream `cmd/flux/resume*.go` (one adapter file per kind upstream; one table here).

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::kind_command::{KindCommand, KindNames, Verb};
use crate::error::{CliError, ExitStatus};
use crate::kinds::KindInfo;

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

    #[command(subcommand)]
    pub command: KindCommand,
}

/// Runs `flux resume <kind> [name…]`.
pub async fn run(ctx: &Ctx, args: ResumeArgs) -> Result<ExitStatus, CliError> {
    let (all, wait) = (args.all, args.wait);
    let (kind, kind_args) = args.command.into_parts();
    resume(ctx, kind, all, wait, kind_args).await
}

/// Resumes objects of `kind` and waits for them (operate.md §3.4).
pub async fn resume(
    _ctx: &Ctx,
    _kind: &'static KindInfo,
    _all: bool,
    _wait: Option<bool>,
    _args: KindNames,
) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
