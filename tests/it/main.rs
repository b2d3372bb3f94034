//! The one integration-test binary: a `mod` per command group, plus a check that no test file
//! is left out of it.

mod support;

mod bad_input;
mod build_artifact;
mod check;
mod cli;
mod client_only;
mod cluster_core;
mod cluster_errors;
mod command_tree;
mod components;
mod crds;
mod create_apply;
mod create_goldens;
mod create_helmrelease;
mod create_image;
mod create_kustomization;
mod create_notification;
mod create_secret;
mod create_source;
mod create_tenant;
mod delete;
mod events;
mod export;
mod generated_files;
mod get;
mod help;
mod install;
mod install_script;
mod kinds;
mod kustomize;
mod logs;
mod not_implemented;
mod oci_artifacts;
mod oci_faults;
mod oci_provider;
mod oci_sign;
mod operate_matrix;
mod reconcile;
mod schema_matrix;
mod stats;
mod suspend_resume;
mod trace;
mod tree;
mod uninstall;
mod upstream_fixtures;
mod version;
mod yaml_goldens;

#[test]
fn no_forgotten_test_files() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it");
    let main = std::fs::read_to_string(dir.join("main.rs")).unwrap();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            let stem = path.file_stem().unwrap().to_str().unwrap().to_string();
            if stem != "main" {
                assert!(
                    main.contains(&format!("mod {stem};")),
                    "tests/it/{stem}.rs is not declared in main.rs"
                );
            }
        }
    }
}
