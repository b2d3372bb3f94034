//! The `flux` CLI as a library: `run` parses argv, dispatches to a command and renders the final
//! error once. Tests call `run` in process with a capturing `Ui`.

pub mod cli;
pub mod cluster;
pub mod cmd;
pub mod components;
pub mod docs;
pub mod env;
pub mod error;
pub mod kinds;
pub mod kustomize;
pub mod manifests;
pub mod oci;
pub mod report;
pub mod ssh;
pub mod ui;
pub mod yaml;

use std::ffi::OsString;

pub use error::{CliError, ExitStatus};

/// The upstream flux release this CLI reimplements (without the `v`): `flux version` prints
/// `v2.9.4`, and install/bootstrap default to the matching component manifests.
pub const FLUX_VERSION: &str = "2.9.4";

/// Runs one `flux` invocation: `argv[0]` is the program name.
pub async fn run(argv: Vec<OsString>, env: env::Env, ui: ui::Ui) -> ExitStatus {
    let parsed = match cli::parse(&argv) {
        Ok(cli) => cli,
        Err(err) => return error::render_clap(&ui, &err, &argv),
    };
    let ctx = cmd::Ctx::new(ui.clone(), env, &parsed.global);
    let result = Box::pin(cmd::dispatch(&ctx, parsed.command)).await;
    match result {
        Ok(status) => status,
        Err(err) => err.render(&ui),
    }
}
