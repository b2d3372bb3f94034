//! `flux trigger`: mirrors upstream `cmd/flux/trigger.go`.

pub mod receiver;

use clap::{Args, Subcommand};

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// Trigger webhook receivers
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct TriggerArgs {
    #[command(subcommand)]
    pub command: TriggerCommand,
}

/// The `flux trigger` subcommands.
#[derive(Debug, Subcommand)]
pub enum TriggerCommand {
    /// Send a webhook request to a Receiver
    Receiver(receiver::TriggerReceiverArgs),
}

/// Runs `flux trigger …`.
pub async fn run(ctx: &Ctx, args: TriggerArgs) -> Result<ExitStatus, CliError> {
    match args.command {
        TriggerCommand::Receiver(a) => receiver::run(ctx, a).await,
    }
}
