//! The `fake-kube` binary: serve the fake API server on a loopback port until killed.
//!
//! `fake-kube --listen 127.0.0.1:0 --kubeconfig PATH [--server-version v1.33.1] [--controllers]
//! [--seed FILE]…`: `--seed` creates the objects of a file (multi-document YAML, or one JSON
//! object per line) before serving, CRDs registering their kinds, statuses kept.

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
    let mut seeds: Vec<String> = Vec::new();
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
            "--seed" => seeds.push(val("--seed")?),
            "-h" | "--help" => {
                println!(
                    "usage: fake-kube --listen 127.0.0.1:0 --kubeconfig PATH [--server-version v1.33.1] [--controllers] [--seed FILE]..."
                );
                return Ok(());
            }
            other => anyhow::bail!("unknown argument {other:?}"),
        }
    }
    let fk = fake_kube::FakeKube::start_with(&listen, opts)?;
    for file in &seeds {
        let text =
            std::fs::read_to_string(file).map_err(|e| anyhow::anyhow!("reading {file}: {e}"))?;
        let docs: Vec<serde_json::Value> = if text.trim_start().starts_with('{') {
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(serde_json::from_str)
                .collect::<Result<_, _>>()?
        } else {
            serde_saphyr::from_multiple(&text)?
        };
        for doc in docs.into_iter().filter(|d| d.is_object()) {
            fk.seed_with_status(doc)?;
        }
    }
    if let Some(p) = &kubeconfig {
        fk.write_kubeconfig(std::path::Path::new(p))?;
    }
    let mut out = std::io::stdout();
    writeln!(out, "{}", fk.url())?;
    out.flush()?;
    fk.wait();
    Ok(())
}
