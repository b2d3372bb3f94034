//! Every upstream `create … --export` golden and argument-error case, counted together.

use crate::support::{GoldenCase, run_cases};

/// All case tables, by area.
fn all_tables() -> Vec<(&'static str, &'static [GoldenCase])> {
    vec![
        ("create kustomization", crate::create_kustomization::CASES),
        ("create helmrelease", crate::create_helmrelease::CASES),
        ("create tenant", crate::create_tenant::CASES),
        ("create image", crate::create_image::CASES),
        ("create notification", crate::create_notification::CASES),
        (
            "export goldens via create image",
            crate::create_image::DERIVED,
        ),
        (
            "export goldens via create notification",
            crate::create_notification::DERIVED,
        ),
        ("create secret", crate::create_secret::CASES),
        ("create source", crate::create_source::CASES),
        (
            "export goldens via create source",
            crate::create_source::DERIVED,
        ),
    ]
}

#[test]
fn create_export_goldens_all() {
    let mut passed = 0;
    let mut total = 0;
    for (label, cases) in all_tables() {
        if let Some((p, t)) = run_cases(label, cases) {
            passed += p;
            total += t;
        }
    }
    eprintln!("create goldens: {passed}/{total}");
}
