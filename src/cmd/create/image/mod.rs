//! `flux create image`: the image automation subcommands. Mirrors upstream `cmd/flux/create_image.go`.

pub mod policy;
pub mod repository;
pub mod update;

use clap::{Args, Subcommand};

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};

/// Create or update resources dealing with image automation
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct CreateImageArgs {
    #[command(subcommand)]
    pub command: CreateImageCommand,
}

/// The `flux create image` subcommands.
#[derive(Debug, Subcommand)]
pub enum CreateImageCommand {
    Policy(policy::CreateImagePolicyArgs),
    Repository(repository::CreateImageRepositoryArgs),
    Update(update::CreateImageUpdateArgs),
}

/// Runs `flux create image …`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateImageArgs,
) -> Result<ExitStatus, CliError> {
    match args.command {
        CreateImageCommand::Policy(a) => policy::run(ctx, flags, a).await,
        CreateImageCommand::Repository(a) => repository::run(ctx, flags, a).await,
        CreateImageCommand::Update(a) => update::run(ctx, flags, a).await,
    }
}
