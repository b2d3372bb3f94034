//! `flux uninstall`: mirrors upstream `cmd/flux/uninstall.go` (bootstrap-install.md §1.9, §6).
//! Deviation: exits 1 when something could not be removed, naming what (upstream prints
//! the failures and exits 0).

mod run;

pub(crate) use run::confirm;
pub use run::run;

use clap::{ArgAction, Args};

use crate::cli::parse_bool;

const EXAMPLES: &str = "Examples:
  # Uninstall Flux and delete its namespace
  flux uninstall

  # Uninstall Flux but keep the namespace
  flux uninstall --keep-namespace";

/// Remove the Flux components, custom resources and namespace from the cluster
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct UninstallArgs {
    /// do not delete the namespace
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub keep_namespace: bool,

    /// only print what would be deleted
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub dry_run: bool,

    /// do not ask for confirmation
    #[arg(short = 's', long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub silent: bool,
}
