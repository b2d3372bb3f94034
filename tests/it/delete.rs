//! `flux delete` against the fake cluster: `--silent`, the confirmation prompt (answered on
//! stdin of the real binary), not found, forbidden. Upstream's goldens run in the end-to-end
//! suites of `reconcile.rs`.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::json;

use crate::reconcile::{assert_error, cluster_with, git_repo};
use crate::support::cluster::{TestCluster, allocate_namespace};

fn exists(c: &TestCluster, ns: &str, name: &str) -> bool {
    let run = c.flux(&format!("suspend source git {name} -n={ns}"));
    !run.out.combined.contains("not found")
}

/// Runs the real `flux` binary with `input` on stdin.
fn flux_with_stdin(c: &TestCluster, args: &[&str], input: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_flux"))
        .args(args)
        .env_clear()
        .env("KUBECONFIG", c.kubeconfig())
        .env("HOME", "/nonexistent-home")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("flux binary");
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input.as_bytes());
    }
    let out = child.wait_with_output().expect("flux runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn delete_silent_leaves_nothing() {
    let ns = allocate_namespace("del");
    let Some(c) = cluster_with(&ns) else { return };
    c.create(git_repo("podinfo", &ns, json!({})));
    let run = c.flux(&format!("delete source git podinfo --silent -n={ns}"));
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert_eq!(
        run.out.combined,
        format!("► deleting source git podinfo in {ns} namespace\n✔ source git deleted\n")
    );
    assert!(!exists(&c, &ns, "podinfo"));
    // `-s` is the shorthand.
    c.create(git_repo("other", &ns, json!({})));
    assert_eq!(
        c.flux(&format!("delete source git other -s -n={ns}")).code,
        0
    );
    assert!(!exists(&c, &ns, "other"));
}

#[test]
fn delete_errors() {
    let ns = allocate_namespace("del-err");
    let Some(c) = cluster_with(&ns) else { return };
    assert_error(
        &c.flux(&format!("delete ks -n={ns}")),
        "kustomization name is required",
    );
    assert_error(
        &c.flux(&format!("delete alert-provider -n={ns}")),
        "alert provider name is required",
    );
    assert_error(
        &c.flux(&format!("delete ks tkfg --silent -n={ns}")),
        "kustomizations.kustomize.toolkit.fluxcd.io \"tkfg\" not found",
    );
    c.create(git_repo("podinfo", &ns, json!({})));
    let run = c.flux(&format!(
        "delete source git podinfo --silent -n={ns} --as=nobody"
    ));
    assert_eq!(run.code, 1);
    assert!(
        run.out.stderr.starts_with(
            "✗ gitrepositories.source.toolkit.fluxcd.io \"podinfo\" is forbidden: User \"nobody\""
        ),
        "{}",
        run.out.stderr
    );
    assert!(exists(&c, &ns, "podinfo"));
    assert_error(
        &c.flux(&format!(
            "delete source git podinfo --silent=perhaps -n={ns}"
        )),
        "invalid argument \"perhaps\" for \"-s, --silent\" flag: strconv.ParseBool: parsing \"perhaps\": invalid syntax",
    );
}

#[test]
fn delete_asks_for_confirmation() {
    let ns = allocate_namespace("del-ask");
    let Some(c) = cluster_with(&ns) else { return };
    c.create(git_repo("podinfo", &ns, json!({})));
    let prompt = "\x1b[1m\x1b[34m?\x1b[0m\x1b[0m \x1b[1mAre you sure you want to delete this source git\x1b[0m? \x1b[2m[y/N]\x1b[0m ";
    let args = ["delete", "source", "git", "podinfo", "-n", ns.as_str()];
    // End of input, an empty line or anything but y/Y aborts.
    for input in ["", "\n", "n\n", "yes\n"] {
        let (code, stdout, stderr) = flux_with_stdin(&c, &args, input);
        assert_eq!(code, 1, "input {input:?}");
        assert!(stdout.starts_with(prompt), "{stdout:?}");
        assert_eq!(stderr, "✗ aborting\n", "input {input:?}");
        assert!(exists(&c, &ns, "podinfo"));
    }
    let (code, stdout, stderr) = flux_with_stdin(&c, &args, "y\n");
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with(prompt));
    assert_eq!(
        stderr,
        format!("► deleting source git podinfo in {ns} namespace\n✔ source git deleted\n")
    );
    assert!(!exists(&c, &ns, "podinfo"));
}
