//! `CliError` and `ExitStatus`: the one place where errors become the `✗ <message>` line and an
//! exit code, including clap parse errors reworded as pflag/cobra would print them.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::ui::Ui;

/// The process exit status (operate.md §7.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Exit 0.
    Success,
    /// Exit 1 (after a `✗` line, or silently for drift-style results).
    Failure,
}

impl ExitStatus {
    /// The numeric exit code.
    pub fn code(self) -> u8 {
        match self {
            Self::Success => 0,
            Self::Failure => 1,
        }
    }
}

/// An error that reaches `run`: rendered once as `✗ {err:#}`.
#[derive(Debug)]
pub struct CliError(pub anyhow::Error);

impl<E: Into<anyhow::Error>> From<E> for CliError {
    fn from(err: E) -> Self {
        Self(err.into())
    }
}

impl CliError {
    /// An error with a plain message (flux's own wording).
    pub fn msg(text: impl std::fmt::Display) -> Self {
        Self(anyhow::anyhow!("{text}"))
    }

    /// Prints the `✗` line (or nothing for a closed stdout pipe) and returns the exit status.
    pub fn render(&self, ui: &Ui) -> ExitStatus {
        // A reader that went away (`flux get … | head`) is not a failure.
        if let Some(io) = self.0.downcast_ref::<std::io::Error>()
            && io.kind() == std::io::ErrorKind::BrokenPipe
        {
            return ExitStatus::Success;
        }
        // A bare API error shows the server's text, as client-go does.
        if let Some(kube) = self.0.downcast_ref::<kube::Error>() {
            ui.failure(&crate::cluster::api_error_text(kube));
            return ExitStatus::Failure;
        }
        ui.failure(&format!("{:#}", self.0));
        ExitStatus::Failure
    }
}

/// The text commands answer with when their behaviour belongs to a later milestone.
pub const NOT_IMPLEMENTED: &str = "not implemented yet";

/// Shorthand for handlers that are not built yet.
pub fn not_implemented() -> Result<ExitStatus, CliError> {
    Err(CliError::msg(NOT_IMPLEMENTED))
}

/// Renders a clap error the way flux would: help and version go to stdout with exit 0, parse
/// errors become one `✗` line in pflag/cobra wording with exit 1.
pub fn render_clap(ui: &Ui, err: &clap::Error, argv: &[OsString]) -> ExitStatus {
    match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let text = err.render().to_string();
            if let Err(io) = ui.out(&text)
                && io.kind() != std::io::ErrorKind::BrokenPipe
            {
                ui.failure(&io.to_string());
                return ExitStatus::Failure;
            }
            ExitStatus::Success
        }
        _ => {
            ui.failure(&clap_error_text(err, argv));
            ExitStatus::Failure
        }
    }
}

fn ctx_str(err: &clap::Error, kind: ContextKind) -> Option<String> {
    match err.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => v.first().cloned(),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        _ => None,
    }
}

fn ctx_strings(err: &clap::Error, kind: ContextKind) -> Vec<String> {
    match err.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::StyledStr(s)) => vec![s.to_string()],
        _ => Vec::new(),
    }
}

/// The flag part of clap's `--name <VALUE>` rendering: `--name` (or `-n` when it has no long).
fn flag_of(rendered: &str) -> String {
    rendered
        .split([' ', '=', '['])
        .next()
        .unwrap_or(rendered)
        .to_string()
}

/// pflag names a flag with a shorthand as `-n, --namespace`.
fn pflag_name(flag: &str, argv: &[OsString]) -> String {
    let Some(long) = flag.strip_prefix("--") else {
        return flag.to_string();
    };
    match find_arg(&command_at(argv), long) {
        Some(short) => format!("-{short}, --{long}"),
        None => format!("--{long}"),
    }
}

/// The subcommand that argv selects (as far as it parses), for flag lookups and messages.
fn command_at(argv: &[OsString]) -> clap::Command {
    let mut cmd = crate::cli::command();
    // Building the root propagates the global flags into every subcommand.
    cmd.build();
    descend(cmd, argv).0
}

/// The command path cobra prints (`flux create source git`).
fn command_path(argv: &[OsString]) -> String {
    let (_, names) = descend(crate::cli::command(), argv);
    std::iter::once("flux".to_string())
        .chain(names)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Follows argv's words that are not flags down the subcommands of `cmd` (by name or alias) as
/// far as they lead: the last command reached and the names of the subcommands on the way.
fn descend(mut cmd: clap::Command, argv: &[OsString]) -> (clap::Command, Vec<String>) {
    let mut names = Vec::new();
    for word in argv.iter().skip(1).filter_map(|a| a.to_str()) {
        if word.starts_with('-') {
            continue;
        }
        let next = cmd
            .get_subcommands()
            .find(|c| c.get_name() == word || c.get_all_aliases().any(|a| a == word))
            .cloned();
        match next {
            Some(sub) => {
                names.push(sub.get_name().to_string());
                cmd = sub;
            }
            None => break,
        }
    }
    (cmd, names)
}

/// The shorthand of the flag `--long` visible at `cmd` (globals propagate, so walking `cmd` is enough
/// once it is built).
fn find_arg(cmd: &clap::Command, long: &str) -> Option<char> {
    cmd.get_arguments()
        .find(|a| a.get_long() == Some(long))
        .and_then(|a| a.get_short())
}

fn clap_error_text(err: &clap::Error, argv: &[OsString]) -> String {
    let invalid_arg = ctx_str(err, ContextKind::InvalidArg);
    match err.kind() {
        ErrorKind::ValueValidation => {
            let flag = invalid_arg.as_deref().map(flag_of).unwrap_or_default();
            let value = ctx_str(err, ContextKind::InvalidValue).unwrap_or_default();
            let cause = std::error::Error::source(err)
                .map(ToString::to_string)
                .unwrap_or_else(|| "invalid value".to_string());
            if flag.starts_with('-') {
                format!(
                    "invalid argument {} for {} flag: {cause}",
                    crate::cli::go_quote(&value),
                    crate::cli::go_quote(&pflag_name(&flag, argv))
                )
            } else {
                // A positional value that failed its parser.
                format!("invalid argument {}: {cause}", crate::cli::go_quote(&value))
            }
        }
        ErrorKind::InvalidValue | ErrorKind::NoEquals => {
            let flag = invalid_arg.as_deref().map(flag_of).unwrap_or_default();
            let value = ctx_str(err, ContextKind::InvalidValue).unwrap_or_default();
            if value.is_empty() {
                let short = flag
                    .strip_prefix("--")
                    .and_then(|long| find_arg(&command_at(argv), long))
                    .filter(|c| argv.last().and_then(|a| a.to_str()) == Some(&format!("-{c}")));
                if let Some(short) = short {
                    format!("flag needs an argument: '{short}' in -{short}")
                } else {
                    format!("flag needs an argument: {flag}")
                }
            } else {
                let valid = ctx_strings(err, ContextKind::ValidValue).join(", ");
                format!(
                    "invalid argument {} for {} flag: must be one of: {valid}",
                    crate::cli::go_quote(&value),
                    crate::cli::go_quote(&pflag_name(&flag, argv))
                )
            }
        }
        ErrorKind::UnknownArgument => {
            let arg = invalid_arg.unwrap_or_default();
            if let Some(long) = arg.strip_prefix("--") {
                format!("unknown flag: --{}", long.split('=').next().unwrap_or(long))
            } else if let Some(short) = arg.strip_prefix('-').filter(|s| !s.is_empty()) {
                let c = short.chars().next().unwrap_or('-');
                format!("unknown shorthand flag: '{c}' in {arg}")
            } else {
                format!(
                    "unknown command {} for {}",
                    crate::cli::go_quote(&arg),
                    crate::cli::go_quote(&command_path(argv))
                )
            }
        }
        ErrorKind::InvalidSubcommand => {
            let sub = ctx_str(err, ContextKind::InvalidSubcommand).unwrap_or_default();
            format!(
                "unknown command {} for {}",
                crate::cli::go_quote(&sub),
                crate::cli::go_quote(&command_path(argv))
            )
        }
        ErrorKind::MissingRequiredArgument => {
            let names: Vec<String> = ctx_strings(err, ContextKind::InvalidArg)
                .iter()
                .map(|a| crate::cli::go_quote(flag_of(a).trim_start_matches('-')))
                .collect();
            format!("required flag(s) {} not set", names.join(", "))
        }
        ErrorKind::TooManyValues | ErrorKind::ArgumentConflict => {
            let flag = invalid_arg.as_deref().map(flag_of).unwrap_or_default();
            format!("flag {flag} given more than once")
        }
        _ => {
            // Any other clap error: its first line, without clap's `error: ` prefix.
            let text = err.render().to_string();
            let line = text.lines().next().unwrap_or("invalid arguments");
            line.trim_start_matches("error: ").to_string()
        }
    }
}
