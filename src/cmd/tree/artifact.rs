//! `flux tree artifact …`: mirrors upstream `cmd/flux/tree_artifact*.go`. Deviations: none known.

use clap::{Args, Subcommand};

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

// `flux tree artifact …`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct TreeArtifactArgs {
    #[command(subcommand)]
    pub command: TreeArtifactCommand,
}

/// The `flux tree artifact` subcommands.
#[derive(Debug, Subcommand)]
pub enum TreeArtifactCommand {
    /// Print the sources and artifacts of an ArtifactGenerator as a tree
    Generator(TreeArtifactGeneratorArgs),
}

// Tree of an ArtifactGenerator.
#[derive(Debug, Args)]
pub struct TreeArtifactGeneratorArgs {
    /// name of the ArtifactGenerator
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// print the tree as 'json' or 'yaml' instead of text
    #[arg(short = 'o', long)]
    pub output: Option<String>,
}

/// Runs `flux tree artifact …`.
pub async fn run(_ctx: &Ctx, args: TreeArtifactArgs) -> Result<ExitStatus, CliError> {
    match args.command {
        TreeArtifactCommand::Generator(_a) => crate::error::not_implemented(),
    }
}
