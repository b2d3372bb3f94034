//! Process entry for the `flux` binary: argv, the environment snapshot, the TLS provider, the
//! runtime, and the exit code. Everything else lives in the library.

use std::process::ExitCode;

fn main() -> ExitCode {
    // kube and reqwest both sit on rustls; with one provider chosen up front nothing can panic
    // later about an ambiguous provider (feasibility.md §0).
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let env = flux_rs::env::Env::from_process();
    let ui = flux_rs::ui::Ui::terminal();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(err) => {
            ui.failure(&format!("failed to start the async runtime: {err}"));
            return ExitCode::from(1);
        }
    };
    let status = runtime.block_on(flux_rs::run(argv, env, ui));
    ExitCode::from(status.code())
}
