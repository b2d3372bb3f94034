//! Bad input never panics: every command of the tree, fed unknown flags, bad durations, missing
//! flag values, bad booleans, bad names and odd bytes, answers with exactly one `✗` line naming
//! the bad value and exit 1. Also the process-level contract: stdout carries data, stderr
//! progress, and a closed stdout pipe is not an error.

use std::io::Read;
use std::process::{Command, Stdio};

use crate::support::{flux_env, hermetic_env};

/// Every command path of the clap tree (`["create", "source", "git"]`, …), hidden ones included.
fn paths() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, prefix: &[String], out: &mut Vec<Vec<String>>) {
        for sub in cmd.get_subcommands() {
            if sub.get_name() == "help" {
                continue;
            }
            let mut p = prefix.to_vec();
            p.push(sub.get_name().to_string());
            out.push(p.clone());
            walk(sub, &p, out);
        }
    }
    let mut out = Vec::new();
    walk(&flux_rs::cli::command(), &[], &mut out);
    out
}

fn run(args: Vec<String>) -> (u8, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let run = flux_env(hermetic_env(dir.path()), &args);
    (run.code, run.out.stdout, run.out.stderr)
}

#[track_caller]
fn assert_one_failure_line(args: &[String], code: u8, stderr: &str, must_contain: &str) {
    let line = args.join(" ");
    assert_eq!(code, 1, "flux {line}: exit {code}, stderr {stderr:?}");
    assert!(
        stderr.starts_with("✗ ") && stderr.ends_with('\n'),
        "flux {line}: {stderr:?}"
    );
    assert_eq!(
        stderr.lines().filter(|l| l.starts_with("✗ ")).count(),
        1,
        "flux {line}: {stderr:?}"
    );
    assert!(
        stderr.contains(must_contain),
        "flux {line}: {stderr:?} does not name {must_contain:?}"
    );
}

#[test]
fn every_command_rejects_an_unknown_flag() {
    let all = paths();
    assert!(all.len() > 170, "only {} command paths", all.len());
    for path in all {
        let mut args = path.clone();
        args.push("--no-such-flag=1".to_string());
        let (code, _, err) = run(args.clone());
        assert_one_failure_line(&args, code, &err, "unknown flag: --no-such-flag");
    }
}

#[test]
fn every_command_rejects_a_bad_timeout_and_a_bad_boolean() {
    for path in paths() {
        let mut args = path.clone();
        args.push("--timeout=5 minutes".to_string());
        // Go reads the unit as everything up to the next digit: " minutes".
        let (code, _, err) = run(args.clone());
        assert_one_failure_line(
            &args,
            code,
            &err,
            "invalid argument \"5 minutes\" for \"--timeout\" flag: time: unknown unit \" minutes\" in duration \"5 minutes\"",
        );

        let mut args = path.clone();
        args.push("--verbose=perhaps".to_string());
        let (code, _, err) = run(args.clone());
        assert_one_failure_line(
            &args,
            code,
            &err,
            "strconv.ParseBool: parsing \"perhaps\": invalid syntax",
        );
    }
}

#[test]
fn every_command_rejects_a_flag_without_its_value() {
    for path in paths() {
        let mut args = path.clone();
        args.push("--namespace".to_string());
        let (code, _, err) = run(args.clone());
        assert_one_failure_line(&args, code, &err, "flag needs an argument: --namespace");
    }
}

#[test]
fn every_create_leaf_rejects_bad_names() {
    let leaves: Vec<Vec<String>> = paths()
        .into_iter()
        .filter(|p| p[0] == "create")
        .filter(|p| {
            let mut cmd = flux_rs::cli::command();
            for w in p {
                cmd = cmd.find_subcommand(w).unwrap().clone();
            }
            !cmd.has_subcommands()
        })
        .collect();
    assert_eq!(leaves.len(), 22, "create leaves: {leaves:?}");
    for leaf in leaves {
        for (name, want) in [
            ("", "name is required"),
            ("Upper", "name 'Upper' is invalid"),
            ("a", "name 'a' is invalid"),
            ("dots.are.bad", "name 'dots.are.bad' is invalid"),
            ("naïve", "name 'naïve' is invalid"),
        ] {
            let mut args = leaf.clone();
            if !name.is_empty() {
                args.push(name.to_string());
            }
            let (code, _, err) = run(args.clone());
            assert_one_failure_line(&args, code, &err, want);
        }
    }
}

#[test]
fn odd_bytes_do_not_panic() {
    let inputs = [
        vec!["\u{0}"],
        vec!["create", "source", "git", "x\u{7f}y", "--url=\u{1}"],
        vec![
            "create",
            "kustomization",
            "ok-name",
            "--path=\u{202e}",
            "--source=/",
        ],
        vec!["create", "tenant", "ok-name", "--with-namespace=,,,"],
        vec![
            "create",
            "source",
            "git",
            "ok-name",
            "--url=https://[::1",
            "--branch=main",
        ],
        vec![
            "create",
            "source",
            "git",
            "ok-name",
            "--url=https://example.com",
            "--interval=-1x",
        ],
        vec!["get", "kustomizations", "-n", ""],
        vec![
            "create",
            "helmrelease",
            "ok-name",
            "--values=/nonexistent/values.yaml",
            "--chart=c",
            "--source=HelmRepository/r",
        ],
        vec![
            "create",
            "secret",
            "tls",
            "ok-name",
            "--tls-crt-file=/nonexistent.crt",
            "--tls-key-file=/nonexistent.key",
            "--export",
        ],
    ];
    for args in inputs {
        let args: Vec<String> = args.into_iter().map(String::from).collect();
        let (code, _, err) = run(args.clone());
        // Any outcome but a panic is acceptable here; failures must still be one clean line.
        if code != 0 {
            assert_eq!(code, 1, "flux {args:?}");
            assert!(
                err.lines().any(|l| l.starts_with("✗ ")),
                "flux {args:?}: {err:?}"
            );
        }
    }
}

#[test]
fn missing_key_files_name_the_path() {
    let cases = [
        "create secret tls ok-name --tls-crt-file=/nonexistent/tls.crt --tls-key-file=/nonexistent/tls.key --export",
        "create secret git ok-name --url=ssh://git@example.com/repo --private-key-file=/nonexistent/id --export",
        "create secret githubapp ok-name --app-id=1 --app-installation-id=2 --app-private-key=/nonexistent/app.pem --export",
        "create helmrelease ok-name --chart=podinfo --source=HelmRepository/podinfo --values=/nonexistent/values.yaml --export",
    ];
    for line in cases {
        let args = crate::support::split_args(line);
        let (code, _, err) = run(args.clone());
        assert_one_failure_line(&args, code, &err, "/nonexistent/");
    }
}

fn binary() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_flux"));
    cmd.env_clear()
        .env("HOME", "/nonexistent-home")
        .env("PATH", "/usr/bin:/bin");
    cmd
}

#[test]
fn process_streams_data_on_stdout_progress_on_stderr() {
    let out = binary()
        .args([
            "create",
            "source",
            "chart",
            "podinfo",
            "--source=HelmRepository/podinfo",
            "--chart=podinfo",
            "--export",
        ])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stdout.starts_with("---\napiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmChart\n"),
        "{stdout}"
    );
    assert!(!stdout.contains('✚'), "{stdout}");
    assert_eq!(stderr, "✚ generating HelmChart source\n");

    let out = binary()
        .args(["create", "source", "git", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("✗ name 'x' is invalid"));
}

#[test]
fn process_closed_stdout_pipe_is_not_an_error() {
    let mut child = binary()
        .args(["completion", "bash"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read a little, then hang up: the rest of the ~1 MB script hits a closed pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut buf = [0u8; 16];
    stdout.read_exact(&mut buf).unwrap();
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "stderr: {stderr}");
    assert!(
        !stderr.contains("panicked") && !stderr.contains('✗'),
        "stderr: {stderr}"
    );
}
