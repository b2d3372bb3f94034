//! `flux plugin`: manage CLI plugins. Mirrors upstream `cmd/flux/plugin*.go`.

pub mod install;
pub mod list;
pub mod search;
pub mod uninstall;
pub mod update;

use clap::{Args, Subcommand};

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// Manage flux CLI plugins
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct PluginArgs {
    #[command(subcommand)]
    pub command: PluginCommand,
}

/// The `flux plugin` subcommands.
#[derive(Debug, Subcommand)]
pub enum PluginCommand {
    /// Install a plugin from the catalog
    Install(install::PluginInstallArgs),
    /// List the installed plugins
    #[command(visible_alias = "ls")]
    List(list::PluginListArgs),
    /// Search the plugin catalog
    Search(search::PluginSearchArgs),
    /// Remove an installed plugin
    #[command(visible_alias = "delete")]
    Uninstall(uninstall::PluginUninstallArgs),
    /// Update installed plugins to their latest version
    #[command(visible_alias = "upgrade")]
    Update(update::PluginUpdateArgs),
}

/// Runs `flux plugin …`.
pub async fn run(ctx: &Ctx, args: PluginArgs) -> Result<ExitStatus, CliError> {
    match args.command {
        PluginCommand::Install(a) => install::run(ctx, a).await,
        PluginCommand::List(a) => list::run(ctx, a).await,
        PluginCommand::Search(a) => search::run(ctx, a).await,
        PluginCommand::Uninstall(a) => uninstall::run(ctx, a).await,
        PluginCommand::Update(a) => update::run(ctx, a).await,
    }
}
