//! A real kustomize for what the built-in subset does not do: `kustomize build` or
//! `kubectl kustomize` found on the search path the caller passes in (core code never reads
//! the environment).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The first of `kustomize`, `kubectl` on `path_var` (a `PATH`-style list).
pub fn find(path_var: &str) -> Option<(PathBuf, Vec<String>)> {
    for (bin, args) in [("kustomize", vec!["build"]), ("kubectl", vec!["kustomize"])] {
        for dir in std::env::split_paths(path_var) {
            let p = dir.join(bin);
            if p.is_file() {
                let mut a: Vec<String> = args.iter().map(|s| s.to_string()).collect();
                a.push("--load-restrictor=LoadRestrictionsNone".into());
                return Some((p, a));
            }
        }
    }
    None
}

/// Runs the external kustomize on `dir`; the YAML it prints, or its error text.
pub fn build(bin: &Path, args: &[String], dir: &Path) -> Result<String, String> {
    let out = Command::new(bin)
        .args(args)
        .arg(dir)
        .output()
        .map_err(|e| format!("running {}: {e}", bin.display()))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(err.trim().trim_start_matches("error: ").to_string());
    }
    String::from_utf8(out.stdout).map_err(|e| e.to_string())
}
