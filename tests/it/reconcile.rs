//! `flux reconcile` against the fake cluster with fake controllers, and upstream's end-to-end
//! suites (`kustomization_test.go`, `helmrelease_test.go`, `source_oci_test.go`,
//! `image_test.go`: create → reconcile → suspend → resume → delete, byte-exact goldens). The
//! `get` steps of those suites belong to the `get` command's tests and are left out here.

use crate::support::cluster::{TestCluster, allocate_namespace};
use crate::support::{Run, assert_text, cmd_flux_dir, render_template};

/// A fake cluster with controllers running in `flux-system` and an empty namespace `ns`.
pub fn cluster_with(ns: &str) -> Option<TestCluster> {
    let c = TestCluster::with_controllers()?;
    c.install_controllers("flux-system");
    c.create(serde_json::json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}));
    Some(c)
}

/// Runs one upstream step (`<args> -n=<ns>`) and compares the combined output with the golden.
#[track_caller]
pub fn golden_step(c: &TestCluster, ns: &str, args: &str, golden: &str, tmpl: bool) {
    let dir = cmd_flux_dir().expect("upstream data");
    let raw = std::fs::read_to_string(dir.join(golden)).expect("golden");
    let expected = if tmpl {
        render_template(&raw, &[("ns", ns)])
    } else {
        raw
    };
    let run = c.flux(&format!("{args} -n={ns}"));
    assert_eq!(run.code, 0, "`flux {args}` failed:\n{}", run.out.combined);
    assert_text(&expected, &run.out.combined, &format!("flux {args}"));
}

/// Asserts one `✗` line and exit 1.
#[track_caller]
pub fn assert_error(run: &Run, expected: &str) {
    assert_eq!(run.code, 1, "want exit 1, output:\n{}", run.out.combined);
    assert_eq!(run.out.stderr.matches('✗').count(), 1, "one ✗ line:\n{}", run.out.stderr);
    assert!(
        run.out.stderr.ends_with(&format!("✗ {expected}\n")),
        "want `✗ {expected}`, got:\n{}",
        run.out.stderr
    );
}

#[test]
fn upstream_kustomization_from_git() {
    let ns = allocate_namespace("tkfg");
    let Some(c) = cluster_with(&ns) else { return };
    let steps: &[(&str, &str, bool)] = &[
        (
            "create source git tkfg --url=https://github.com/stefanprodan/podinfo --branch=main --tag=6.3.5",
            "testdata/kustomization/create_source_git.golden",
            false,
        ),
        (
            "create kustomization tkfg --source=tkfg --path=./deploy/overlays/dev --prune=true --interval=5m --health-check=Deployment/frontend.dev --health-check=Deployment/backend.dev --health-check-timeout=3m",
            "testdata/kustomization/create_kustomization_from_git.golden",
            false,
        ),
        // `get kustomization tkfg` (get_kustomization_from_git.golden): the get command's tests.
        (
            "reconcile kustomization tkfg --with-source",
            "testdata/kustomization/reconcile_kustomization_from_git.golden",
            true,
        ),
        (
            "suspend kustomization tkfg",
            "testdata/kustomization/suspend_kustomization_from_git.golden",
            true,
        ),
        (
            "suspend kustomization tkfg foo tkfg bar",
            "testdata/kustomization/suspend_kustomization_from_git_multiple_args.golden",
            true,
        ),
        (
            "resume kustomization tkfg foo --wait",
            "testdata/kustomization/resume_kustomization_from_git_multiple_args_wait.golden",
            true,
        ),
        (
            "resume kustomization tkfg",
            "testdata/kustomization/resume_kustomization_from_git.golden",
            true,
        ),
        (
            "resume kustomization tkfg tkfg",
            "testdata/kustomization/resume_kustomization_from_git_multiple_args.golden",
            true,
        ),
        (
            "delete kustomization tkfg --silent",
            "testdata/kustomization/delete_kustomization_from_git.golden",
            true,
        ),
    ];
    for (args, golden, tmpl) in steps {
        golden_step(&c, &ns, args, golden, *tmpl);
    }
    eprintln!("kustomization_test.go: {}/{} steps match (get step left to get's tests)", steps.len(), steps.len());
}

#[test]
fn upstream_helmrelease_from_git() {
    let ns = allocate_namespace("thrfg");
    let Some(c) = cluster_with(&ns) else { return };
    let steps: &[(&str, &str, bool)] = &[
        (
            "create source git thrfg --url=https://github.com/stefanprodan/podinfo --branch=main --tag=6.3.5",
            "testdata/helmrelease/create_source_git.golden",
            false,
        ),
        (
            "create helmrelease thrfg --source=GitRepository/thrfg --chart=./charts/podinfo",
            "testdata/helmrelease/create_helmrelease_from_git.golden",
            false,
        ),
        // `get helmrelease thrfg` (get_helmrelease_from_git.golden): the get command's tests.
        (
            "reconcile helmrelease thrfg --with-source",
            "testdata/helmrelease/reconcile_helmrelease_from_git.golden",
            true,
        ),
        (
            "suspend helmrelease thrfg",
            "testdata/helmrelease/suspend_helmrelease_from_git.golden",
            true,
        ),
        (
            "resume helmrelease thrfg",
            "testdata/helmrelease/resume_helmrelease_from_git.golden",
            true,
        ),
        (
            "delete helmrelease thrfg --silent",
            "testdata/helmrelease/delete_helmrelease_from_git.golden",
            true,
        ),
    ];
    for (args, golden, tmpl) in steps {
        golden_step(&c, &ns, args, golden, *tmpl);
    }
    eprintln!("helmrelease_test.go: {}/{} steps match (get step left to get's tests)", steps.len(), steps.len());
}

#[test]
fn upstream_source_oci() {
    let ns = allocate_namespace("oci-test");
    let Some(c) = cluster_with(&ns) else { return };
    let steps: &[(&str, &str, bool)] = &[
        (
            "create source oci thrfg --url=oci://ghcr.io/stefanprodan/manifests/podinfo --tag=6.3.5 --interval 10m",
            "testdata/oci/create_source_oci.golden",
            false,
        ),
        // `get source oci thrfg` (get_oci.golden): the get command's tests.
        ("reconcile source oci thrfg", "testdata/oci/reconcile_oci.golden", true),
        ("suspend source oci thrfg", "testdata/oci/suspend_oci.golden", true),
        ("resume source oci thrfg", "testdata/oci/resume_oci.golden", true),
        ("delete source oci thrfg --silent", "testdata/oci/delete_oci.golden", true),
    ];
    for (args, golden, tmpl) in steps {
        golden_step(&c, &ns, args, golden, *tmpl);
    }
    eprintln!("source_oci_test.go: {}/{} steps match (get step left to get's tests)", steps.len(), steps.len());
}

#[test]
fn upstream_image_scanning() {
    // The goldens name the namespace literally (`tis-2`); each fake cluster is private, so
    // the test can use that name.
    let ns = "tis-2";
    let Some(c) = cluster_with(ns) else { return };
    let steps: &[(&str, &str)] = &[
        (
            "create image repository podinfo --image=ghcr.io/stefanprodan/podinfo --interval=10m",
            "testdata/image/create_image_repository.golden",
        ),
        (
            "create image policy podinfo-semver --image-ref=podinfo --interval=10m --reflect-digest=Always --select-semver=5.0.x",
            "testdata/image/create_image_policy.golden",
        ),
        // `get image policy podinfo-semver`: the get command's tests.
        (
            r#"create image policy podinfo-regex --image-ref=podinfo --select-semver=">4.0.0" --filter-regex="5\.0\.0""#,
            "testdata/image/create_image_policy.golden",
        ),
        // `get image policy podinfo-regex`: the get command's tests.
        ("suspend image policy podinfo-semver", "testdata/image/suspend_image_policy.golden"),
        ("resume image policy podinfo-semver", "testdata/image/resume_image_policy.golden"),
        ("reconcile image policy podinfo-semver", "testdata/image/reconcile_image_policy.golden"),
    ];
    for (args, golden) in steps {
        golden_step(&c, ns, args, golden, false);
    }
    eprintln!("image_test.go: {}/{} steps match (get steps left to get's tests)", steps.len(), steps.len());
}

