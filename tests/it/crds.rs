//! The generated Flux CRDs (`flux_rs::components::crds`) against upstream v2.9.4: schema
//! fingerprints (`shared/tools/crd_fingerprint.py --paths` / `--index` vs `crd-paths/` and
//! `crd-index.tsv`), registration in the fake cluster, upstream's exported example objects
//! accepted by them, and `kubectl get crds`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

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

/// The Flux objects of upstream's `cmd-flux/testdata/export/*.yaml`, with the file each came
/// from and the namespace its template was filled in with (one per file: `objects.yaml` repeats
/// the objects of the other files).
fn export_examples(upstream: &Path, prefix: &str) -> Vec<(String, String, Value)> {
    let dir = upstream.join("cmd-flux/testdata/export");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let namespace = format!("{prefix}-{i}");
        let text = std::fs::read_to_string(f).unwrap();
        let text = support::render_template(&text, &[("fluxns", &namespace)]);
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        for doc in support::cluster::yaml_docs(&text) {
            if doc["apiVersion"]
                .as_str()
                .is_some_and(|a| a.contains("fluxcd.io/"))
            {
                out.push((name.clone(), namespace.clone(), doc));
            }
        }
    }
    out
}

/// `obj` minus server-set metadata and defaulted fields: every value of `want` must be in `got`.
fn contains(got: &Value, want: &Value) -> bool {
    match (got, want) {
        (Value::Object(g), Value::Object(w)) => w
            .iter()
            .all(|(k, wv)| g.get(k).is_some_and(|gv| contains(gv, wv))),
        (Value::Array(g), Value::Array(w)) => {
            g.len() == w.len() && g.iter().zip(w).all(|(gv, wv)| contains(gv, wv))
        }
        _ => got == want,
    }
}

#[test]
fn generated_crds_serve_upstream_examples_in_the_fake_cluster() {
    let Some(upstream) = support::upstream() else {
        return;
    };
    let kube = FakeKube::start().unwrap();
    for (_, crd) in flux_rs::components::crds::all() {
        kube.seed(crd).expect("CRD registers");
    }
    let examples = export_examples(&upstream, "crdgen-examples");
    let kinds: std::collections::BTreeSet<&str> = examples
        .iter()
        .filter_map(|(_, _, o)| o["kind"].as_str())
        .collect();
    // Every kind `flux export` writes has an example.
    assert!(kinds.len() >= 13, "{kinds:?}");
    for (file, ns, obj) in &examples {
        let namespace =
            serde_json::json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}});
        kube.seed(namespace).unwrap();
        let stored = kube
            .seed(obj.clone())
            .unwrap_or_else(|e| panic!("{file}: {} rejected: {e}", obj["kind"]));
        // Nothing was pruned: every field of the example is stored as given.
        let mut want = obj.clone();
        want.as_object_mut().unwrap().remove("metadata");
        assert!(
            contains(&stored, &want),
            "{file}: stored {} differs:\n{stored:#}\nwant {want:#}",
            obj["kind"]
        );
    }
    // The markers are enforced: an enum and a required field.
    let bad = serde_json::json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
        "metadata": {"name": "bad", "namespace": "crdgen-examples-0"},
        "spec": {"interval": "1m", "url": "https://example.com/repo", "provider": "bogus"}
    });
    let err = kube.seed(bad).unwrap_err().to_string();
    assert!(
        err.contains("spec.provider") && err.contains("Unsupported value"),
        "{err}"
    );
    let bad = serde_json::json!({
        "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
        "metadata": {"name": "bad", "namespace": "crdgen-examples-0"},
        "spec": {"interval": "1m", "prune": true}
    });
    let err = kube.seed(bad).unwrap_err().to_string();
    assert!(
        err.contains("spec.sourceRef") && err.contains("Required value"),
        "{err}"
    );
}

const KUBECTL: &str = "/usr/bin/kubectl";

fn kubectl(kube: &FakeKube, args: &[&str], stdin: Option<&str>) -> (bool, String, String) {
    let mut cmd = Command::new(KUBECTL);
    cmd.arg("--kubeconfig")
        .arg(kube.kubeconfig_path())
        .arg("--cache-dir")
        .arg(kube.dir().join("kube-cache"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("kubectl starts");
    if let Some(text) = stdin {
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn kubectl_applies_the_generated_crds_and_strictly_validated_examples() {
    let Some(upstream) = support::upstream() else {
        return;
    };
    if !Path::new(KUBECTL).exists() {
        eprintln!("skipping: {KUBECTL} not found");
        return;
    }
    let kube = FakeKube::start().unwrap();
    let docs: Vec<String> = flux_rs::components::crds::all()
        .iter()
        .map(|(_, crd)| flux_rs::yaml::to_string(crd))
        .collect();
    let manifest = format!("---\n{}", docs.join("---\n"));
    let (ok, out, err) = kubectl(
        &kube,
        &["apply", "--server-side", "-f", "-"],
        Some(&manifest),
    );
    assert!(ok, "{out}{err}");
    let (ok, out, err) = kubectl(&kube, &["get", "crds", "-o", "name"], None);
    assert!(ok, "{err}");
    let mut want: Vec<String> = flux_rs::components::crds::all()
        .iter()
        .map(|(_, crd)| {
            format!(
                "customresourcedefinition.apiextensions.k8s.io/{}",
                crd["metadata"]["name"].as_str().unwrap()
            )
        })
        .collect();
    want.sort();
    let got: Vec<String> = out.lines().map(str::to_string).collect();
    assert_eq!(got, want);
    let (ok, out, err) = kubectl(&kube, &["get", "crds"], None);
    assert!(ok, "{err}");
    assert!(out.starts_with("NAME"), "{out}");
    assert_eq!(out.lines().count(), 16, "{out}");

    let examples = export_examples(&upstream, "crdgen-kubectl");
    for (file, ns, obj) in &examples {
        if !kubectl(&kube, &["get", "namespace", ns], None).0 {
            let (ok, _, err) = kubectl(&kube, &["create", "namespace", ns], None);
            assert!(ok, "{err}");
        }
        let text = flux_rs::yaml::to_string(obj);
        let (ok, out, err) = kubectl(
            &kube,
            &["create", "--validate=strict", "-f", "-"],
            Some(&text),
        );
        assert!(ok, "{file}: {out}{err}");
    }
    eprintln!(
        "kubectl: {} upstream example objects created with --validate=strict",
        examples.len()
    );
    // Short names and categories resolve through discovery.
    let ns = &examples
        .iter()
        .find(|(f, _, _)| f == "objects.yaml")
        .expect("objects.yaml")
        .1;
    let (ok, out, err) = kubectl(
        &kube,
        &["get", "gitrepo,ks,hr,imgpol", "-n", ns, "-o", "name"],
        None,
    );
    assert!(ok, "{err}");
    assert!(
        out.contains("gitrepository.source.toolkit.fluxcd.io/"),
        "{out}"
    );
    assert!(
        out.contains("kustomization.kustomize.toolkit.fluxcd.io/"),
        "{out}"
    );
    let (ok, out, err) = kubectl(&kube, &["get", "fluxcd", "-n", ns, "-o", "name"], None);
    assert!(ok, "{err}");
    assert!(
        out.contains("alert.notification.toolkit.fluxcd.io/"),
        "{out}"
    );
    assert!(
        out.contains("imagepolicy.image.toolkit.fluxcd.io/"),
        "{out}"
    );
}
