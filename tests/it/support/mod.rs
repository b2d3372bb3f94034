//! Test harness: runs `flux` in process with a capturing `Ui` and a hermetic `Env`, finds the
//! upstream reference data under `../shared`, and compares outputs with goldens byte for byte.

#![allow(dead_code)]
// The harness reports skips and N/N counts on stderr, which the test runner shows.
#![allow(clippy::print_stderr)]

use std::ffi::OsString;
use std::path::{Path, PathBuf};

pub mod cluster;
pub mod registry;
pub mod schema;

use flux_rs::env::Env;
use flux_rs::ui::{Output, Ui};

/// The result of one in-process `flux` invocation.
#[derive(Debug, Clone)]
pub struct Run {
    /// The exit code.
    pub code: u8,
    /// What was written.
    pub out: Output,
}

/// Installs the rustls provider once per test process (kube panics without it).
pub fn init() {
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
}

/// A hermetic environment rooted at `cwd`: HOME points at a directory that holds nothing.
pub fn hermetic_env(cwd: &Path) -> Env {
    Env::empty(cwd).set(flux_rs::env::HOME, "/nonexistent-home")
}

/// Runs `flux <args>` in process from `cwd` with the given environment.
pub fn flux_env(env: Env, args: &[String]) -> Run {
    init();
    let mut argv: Vec<OsString> = vec!["flux".into()];
    argv.extend(args.iter().map(OsString::from));
    let ui = Ui::capture();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let status = rt.block_on(flux_rs::run(argv, env, ui.clone()));
    Run {
        code: status.code(),
        out: ui.output(),
    }
}

/// Runs `flux <args>` (a shell-like command line) in process from `cwd`.
pub fn flux_in(cwd: &Path, cmdline: &str) -> Run {
    flux_env(hermetic_env(cwd), &split_args(cmdline))
}

/// Runs `flux <args>` from a fresh temporary directory.
pub fn flux(cmdline: &str) -> Run {
    let dir = tempfile::tempdir().expect("tempdir");
    flux_in(dir.path(), cmdline)
}

/// Splits a command line the way a POSIX shell would for simple quoting (`'…'`, `"…"`, `\`).
pub fn split_args(line: &str) -> Vec<String> {
    let mut args = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    cur.push(c);
                }
            }
            '"' => {
                in_word = true;
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => {
                            if let Some(n) = chars.next() {
                                cur.push(n);
                            }
                        }
                        c => cur.push(c),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    args.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        args.push(cur);
    }
    args
}

/// The `../shared` directory beside the checkout. `None` (with a message) when absent; a panic
/// when absent under `CI=true`, where skipping would hide missing coverage.
pub fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if dir.join("upstream").is_dir() {
        return Some(dir);
    }
    #[allow(clippy::disallowed_methods)]
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    assert!(
        !ci,
        "../shared is missing under CI=true: the upstream reference data is required"
    );
    eprintln!("skipping: ../shared (upstream reference data) is not present");
    None
}

/// `../shared/upstream/flux-v2.9.4`.
pub fn upstream() -> Option<PathBuf> {
    shared().map(|s| s.join("upstream/flux-v2.9.4"))
}

/// `../shared/upstream/flux-v2.9.4/cmd-flux`: upstream's test directory (goldens are relative).
pub fn cmd_flux_dir() -> Option<PathBuf> {
    upstream().map(|u| u.join("cmd-flux"))
}

/// Replaces flux2's `{{ .key }}` template placeholders.
pub fn render_template(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = text.to_string();
    for (k, v) in values {
        out = out.replace(&format!("{{{{ .{k} }}}}"), v);
        out = out.replace(&format!("{{{{.{k}}}}}"), v);
    }
    out
}

/// A line diff for failure messages.
pub fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.split_inclusive('\n').collect();
    let a: Vec<&str> = actual.split_inclusive('\n').collect();
    let mut out = String::new();
    let n = e.len().max(a.len());
    for i in 0..n {
        match (e.get(i), a.get(i)) {
            (Some(x), Some(y)) if x == y => out.push_str(&format!("  {x}")),
            (x, y) => {
                if let Some(x) = x {
                    out.push_str(&format!("- {x:?}\n"));
                }
                if let Some(y) = y {
                    out.push_str(&format!("+ {y:?}\n"));
                }
            }
        }
    }
    out
}

/// Exit 1, exactly one `✗` line on stderr, equal to `want` (given with or without its `✗ `),
/// and no panic.
pub fn assert_one_failure(run: &Run, want: &str) {
    assert_eq!(run.code, 1, "{}", run.out.combined);
    let err = &run.out.stderr;
    let want = if want.starts_with("✗ ") {
        want.to_string()
    } else {
        format!("✗ {want}")
    };
    let fails: Vec<&str> = err.lines().filter(|l| l.starts_with('✗')).collect();
    assert_eq!(fails, [want.as_str()], "stderr:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// Asserts byte equality, printing a diff on mismatch.
#[track_caller]
pub fn assert_text(expected: &str, actual: &str, what: &str) {
    assert!(
        expected == actual,
        "{what}: output differs\n{}",
        diff(expected, actual)
    );
}

/// One upstream test case: a command line run from `cmd-flux/`, and what it must print.
#[derive(Debug, Clone, Copy)]
pub struct GoldenCase {
    /// The upstream test's name, for reports.
    pub name: &'static str,
    /// The command line after `flux`.
    pub args: &'static str,
    /// Expected combined output: a golden file path relative to `cmd-flux/`.
    pub golden: Option<&'static str>,
    /// Expected error text (the `✗` line without the glyph), when the case must fail.
    pub error: Option<&'static str>,
    /// Template values for goldens with `{{ .key }}` placeholders.
    pub template: &'static [(&'static str, &'static str)],
}

/// Runs one golden case; `Err` describes the mismatch.
pub fn check_case(dir: &Path, case: &GoldenCase) -> Result<(), String> {
    let run = flux_in(dir, case.args);
    if let Some(golden) = case.golden {
        let raw = std::fs::read_to_string(dir.join(golden))
            .map_err(|e| format!("{}: reading {golden}: {e}", case.name))?;
        let expected = render_template(&raw, case.template);
        if run.code != 0 {
            return Err(format!(
                "{}: exit {} with output:\n{}",
                case.name, run.code, run.out.combined
            ));
        }
        if run.out.combined != expected {
            return Err(format!(
                "{}: `flux {}`\n{}",
                case.name,
                case.args,
                diff(&expected, &run.out.combined)
            ));
        }
    }
    if let Some(err) = case.error {
        let expected = format!("✗ {err}\n");
        if run.code != 1 || run.out.stderr != expected {
            return Err(format!(
                "{}: `flux {}`: want exit 1 and {expected:?}, got exit {} and stderr {:?}",
                case.name, case.args, run.code, run.out.stderr
            ));
        }
    }
    Ok(())
}

/// Runs a table of golden cases, prints `passed/total`, and panics listing every failure.
pub fn run_cases(label: &str, cases: &[GoldenCase]) -> Option<(usize, usize)> {
    let dir = cmd_flux_dir()?;
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| check_case(&dir, c).err())
        .collect();
    let passed = cases.len() - failures.len();
    eprintln!("{label}: {passed}/{} upstream cases match", cases.len());
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
    Some((passed, cases.len()))
}
