//! Every object the `create … --export` generators emit, over a broad matrix of flag
//! combinations and every upstream golden command line, validates against the upstream CRD
//! schemas (types, enums, patterns, required fields, CEL rules, no unknown fields).

use crate::support::schema::CrdSet;
use crate::support::{GoldenCase, cmd_flux_dir, flux_in, upstream};

/// Command-line matrices from each generator area.
fn matrices() -> Vec<(&'static str, &'static [&'static str])> {
    vec![
        ("image", crate::create_image::MATRIX),
        ("notification", crate::create_notification::MATRIX),
        ("kustomization", crate::create_kustomization::MATRIX),
        ("helmrelease", crate::create_helmrelease::MATRIX),
        ("tenant", crate::create_tenant::MATRIX),
        ("source", crate::create_source::MATRIX),
    ]
}

/// The upstream golden tables (their successful command lines are validated too).
fn golden_tables() -> Vec<(&'static str, &'static [GoldenCase])> {
    vec![
        ("image", crate::create_image::CASES),
        ("image", crate::create_image::DERIVED),
        ("notification", crate::create_notification::DERIVED),
        ("helmrelease", crate::create_helmrelease::CASES),
        ("tenant", crate::create_tenant::CASES),
        ("source", crate::create_source::CASES),
        ("source", crate::create_source::DERIVED),
    ]
}

#[test]
fn create_export_objects_validate_against_upstream_crds() {
    let (Some(up), Some(dir)) = (upstream(), cmd_flux_dir()) else {
        return;
    };
    let crds = CrdSet::load_dir(&up.join("crds")).expect("upstream CRDs load");
    let mut lines: Vec<(&str, String)> = Vec::new();
    for (area, m) in matrices() {
        lines.extend(m.iter().map(|l| (area, (*l).to_string())));
    }
    for (area, cases) in golden_tables() {
        lines.extend(
            cases
                .iter()
                .filter(|c| c.golden.is_some())
                .map(|c| (area, c.args.to_string())),
        );
    }
    let mut objects = 0;
    let mut errors = Vec::new();
    for (area, line) in &lines {
        let run = flux_in(&dir, line);
        if run.code != 0 {
            errors.push(format!(
                "{area}: `flux {line}` exited {}: {}",
                run.code, run.out.stderr
            ));
            continue;
        }
        let docs = match flux_rs::yaml::from_str_multi(&run.out.stdout) {
            Ok(d) => d,
            Err(e) => {
                errors.push(format!("{area}: `flux {line}`: output is not YAML: {e}"));
                continue;
            }
        };
        for doc in docs {
            let api = doc["apiVersion"].as_str().unwrap_or_default();
            let kind = doc["kind"].as_str().unwrap_or_default();
            if !crds.knows(api, kind) {
                assert!(
                    !api.contains("fluxcd.io"),
                    "{area}: `flux {line}`: no CRD for {api}/{kind}"
                );
                continue;
            }
            objects += 1;
            for e in crds.validate(&doc) {
                errors.push(format!("{area}: `flux {line}`: {kind}: {e}"));
            }
        }
    }
    eprintln!(
        "schema matrix: {} command lines, {objects} Flux objects, {} errors",
        lines.len(),
        errors.len()
    );
    assert!(
        errors.is_empty(),
        "schema violations:\n{}",
        errors.join("\n")
    );
}

#[test]
fn validator_rejects_what_the_apiserver_would() {
    let Some(up) = upstream() else { return };
    let crds = CrdSet::load_dir(&up.join("crds")).expect("upstream CRDs load");
    let bad = serde_json::json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1",
        "kind": "GitRepository",
        "metadata": {"name": "podinfo", "namespace": "flux-system"},
        "spec": {"interval": "1x", "url": "https://example.com/repo", "bogus": true}
    });
    let errs = crds.validate(&bad);
    assert!(
        errs.iter()
            .any(|e| e.starts_with("spec.interval: Invalid value: \"1x\"")),
        "{errs:?}"
    );
    assert!(
        errs.iter().any(|e| e == "spec.bogus: unknown field"),
        "{errs:?}"
    );
}
