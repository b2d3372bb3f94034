//! `flux completion`: prints a shell completion script generated from the command tree
//! (`crate::docs::completion`). Mirrors upstream `cmd/flux/completion*.go`.
//! Deviations: the scripts are clap_complete's, not cobra's; they complete the same commands
//! and flags but not resource names from the cluster.

use clap::{Args, Subcommand};
use clap_complete::Shell;

use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

/// Print the shell completion script for flux
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct CompletionArgs {
    #[command(subcommand)]
    pub command: CompletionCommand,
}

/// The supported shells.
#[derive(Debug, Clone, Copy, Subcommand)]
pub enum CompletionCommand {
    /// Print the bash completion script
    #[command(
        after_help = "Examples:\n  # Load the completions in the current bash session\n  . <(flux completion bash)\n\n  # Load them in every new session\n  echo '. <(flux completion bash)' >> ~/.bashrc"
    )]
    Bash,
    /// Print the fish completion script
    #[command(
        after_help = "Examples:\n  flux completion fish > ~/.config/fish/completions/flux.fish"
    )]
    Fish,
    /// Print the PowerShell completion script
    #[command(
        after_help = "Examples:\n  flux completion powershell | Out-String | Invoke-Expression"
    )]
    Powershell,
    /// Print the zsh completion script
    #[command(after_help = "Examples:\n  flux completion zsh > \"${fpath[1]}/_flux\"")]
    Zsh,
}

impl CompletionCommand {
    /// The clap_complete shell.
    pub fn shell(self) -> Shell {
        match self {
            Self::Bash => Shell::Bash,
            Self::Fish => Shell::Fish,
            Self::Powershell => Shell::PowerShell,
            Self::Zsh => Shell::Zsh,
        }
    }
}

/// Runs `flux completion <shell>`.
pub async fn run(ctx: &Ctx, args: CompletionArgs) -> Result<ExitStatus, CliError> {
    ctx.ui.out(&crate::docs::completion(args.command.shell()))?;
    Ok(ExitStatus::Success)
}
