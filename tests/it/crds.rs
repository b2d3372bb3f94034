//! The generated Flux CRDs (`flux_rs::components::crds`) against upstream v2.9.4: schema
//! fingerprints (`shared/tools/crd_fingerprint.py --paths` / `--index` vs `crd-paths/` and
//! `crd-index.tsv`), registration in the fake cluster, upstream's exported example objects
//! accepted by them, and `kubectl get crds`.

use std::path::Path;
use std::process::Command;

use fake_kube::FakeKube;
use serde_json::Value;

use crate::support;

/// The CRD objects, each written alone to `dir/<group>_<kind>.yaml`.
fn write_crds(dir: &Path) -> Vec<(String, std::path::PathBuf, Value)> {
    flux_rs::components::crds::all()
        .into_iter()
        .map(|(component, crd)| {
            let key = format!(
                "{}_{}",
                crd["spec"]["group"].as_str().unwrap(),
                crd["spec"]["names"]["kind"].as_str().unwrap()
            );
            // The fingerprint's component column is the file name without `.crds.yaml`.
            let sub = dir.join(&key);
            std::fs::create_dir_all(&sub).unwrap();
            let path = sub.join(format!("{component}.crds.yaml"));
            std::fs::write(&path, flux_rs::yaml::to_string(&crd)).unwrap();
            (key, path, crd)
        })
        .collect()
}

fn python_fingerprint(mode: &str, file: &Path) -> Option<String> {
    let shared = support::shared()?;
    let out = Command::new("python3")
        .arg(shared.join("tools/crd_fingerprint.py"))
        .arg(mode)
        .arg(file)
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "crd_fingerprint.py {mode} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.trim().is_empty(), "crd_fingerprint.py warnings: {err}");
    Some(String::from_utf8(out.stdout).unwrap())
}

/// A unified-ish diff: lines only in `want` (`-`) and only in `got` (`+`).
fn line_diff(want: &str, got: &str) -> String {
    let w: Vec<&str> = want.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let mut out = String::new();
    for l in &w {
        if !g.contains(l) {
            out.push_str(&format!("- {l}\n"));
        }
    }
    for l in &g {
        if !w.contains(l) {
            out.push_str(&format!("+ {l}\n"));
        }
    }
    out
}

/// `crd-index.tsv` rows of pinned v2.9.4: the captured image-reflector-controller v1.2.0 CRDs
/// lack the categories that release/v1.2.x added before v1.2.4
/// (`drift/image-reflector-controller.diff`), so those two rows get them.
fn expected_index_row(row: &str) -> String {
    let mut cells: Vec<String> = row.split('\t').map(str::to_string).collect();
    if cells.len() > 6
        && cells[1] == "image.toolkit.fluxcd.io"
        && (cells[2] == "ImagePolicy" || cells[2] == "ImageRepository")
        && cells[6] == "-"
    {
        cells[6] = "all,fluxcd,fluxcd-images".into();
    }
    cells.join("\t")
}

#[test]
fn markers_resolve_against_the_types() {
    let errors = flux_rs::components::crds::marker_errors();
    assert!(
        errors.is_empty(),
        "unresolved markers:\n{}",
        errors.join("\n")
    );
}

#[test]
fn fingerprints_match_upstream() {
    let Some(upstream) = support::upstream() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let crds = write_crds(dir.path());
    assert_eq!(crds.len(), 15);
    let _ = std::fs::remove_dir_all("/tmp/crdgen-dump");
    std::fs::create_dir_all("/tmp/crdgen-dump").unwrap();
    write_crds(Path::new("/tmp/crdgen-dump")); // DEVTMP
    let index = std::fs::read_to_string(upstream.join("crd-index.tsv")).unwrap();
    let (mut paths_ok, mut index_ok) = (0, 0);
    let mut failures = String::new();
    for (key, file, crd) in &crds {
        let version = crd["spec"]["versions"][0]["name"].as_str().unwrap();
        let expect_paths =
            std::fs::read_to_string(upstream.join(format!("crd-paths/{key}_{version}.txt")))
                .unwrap();
        let Some(got) = python_fingerprint("--paths", file) else {
            return;
        };
        let got = got
            .split_once('\n')
            .map(|(head, rest)| {
                assert_eq!(head, format!("## {key}_{version}"));
                rest.to_string()
            })
            .unwrap();
        if got == expect_paths {
            paths_ok += 1;
        } else {
            failures.push_str(&format!(
                "paths {key}_{version}:\n{}",
                line_diff(&expect_paths, &got)
            ));
        }
        let got_index = python_fingerprint("--index", file).unwrap();
        let got_row = got_index.lines().nth(1).unwrap_or_default().to_string();
        let (group, kind) = key.split_once('_').unwrap();
        let want_row = index
            .lines()
            .find(|l| {
                let c: Vec<&str> = l.split('\t').collect();
                c.len() > 8 && c[1] == group && c[2] == kind && c[8] == version
            })
            .map(expected_index_row)
            .unwrap_or_default();
        if got_row == want_row {
            index_ok += 1;
        } else {
            failures.push_str(&format!("index {key}:\n- {want_row}\n+ {got_row}\n"));
        }
    }
    eprintln!("CRD fingerprints: paths {paths_ok}/15, index {index_ok}/15");
    assert!(failures.is_empty(), "{failures}");
    assert_eq!((paths_ok, index_ok), (15, 15));
}
