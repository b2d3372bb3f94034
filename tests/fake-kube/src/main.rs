//! The `fake-kube` binary: serve the fake API server on a loopback port until killed.
//!
//! `fake-kube --listen 127.0.0.1:0 --kubeconfig PATH [--server-version v1.33.1] [--controllers]`

use std::io::Write;

fn main() {
    if let Err(e) = run() {
        eprintln!("fake-kube: {e:#}");
        std::process::exit(2);
    }
}

fn run() -> anyhow::Result<()> {
    let mut listen = "127.0.0.1:0".to_string();
    let mut kubeconfig: Option<String> = None;
    let mut opts = fake_kube::Options::default();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = |name: &str| {
            args.next()
                .ok_or_else(|| anyhow::anyhow!("{name} needs a value"))
        };
        match a.as_str() {
            "--listen" => listen = val("--listen")?,
            "--kubeconfig" => kubeconfig = Some(val("--kubeconfig")?),
            "--server-version" => opts.server_version = val("--server-version")?,
            "--controllers" => opts.controllers = true,
            "-h" | "--help" => {
                println!(
                    "usage: fake-kube --listen 127.0.0.1:0 --kubeconfig PATH [--server-version v1.33.1]"
                );
                return Ok(());
            }
            other => anyhow::bail!("unknown argument {other:?}"),
        }
    }
    let fk = fake_kube::FakeKube::start_with(&listen, opts)?;
    if let Some(p) = &kubeconfig {
        fk.write_kubeconfig(std::path::Path::new(p))?;
    }
    let mut out = std::io::stdout();
    writeln!(out, "{}", fk.url())?;
    out.flush()?;
    fk.wait();
    Ok(())
}
