//! `flux reconcile` against the fake cluster with fake controllers, and upstream's end-to-end
//! suites (`kustomization_test.go`, `helmrelease_test.go`, `source_oci_test.go`,
//! `image_test.go`: create → get → reconcile → suspend → resume → delete, byte-exact goldens).

use crate::support::cluster::{TestCluster, allocate_namespace};
use crate::support::{Run, assert_text, cmd_flux_dir, render_template};

/// A fake cluster with controllers running in `flux-system` and an empty namespace `ns`.
pub fn cluster_with(ns: &str) -> Option<TestCluster> {
    let c = TestCluster::with_controllers()?;
    c.install_controllers("flux-system");
    c.create(
        serde_json::json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}),
    );
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
    assert_eq!(
        run.out.stderr.matches('✗').count(),
        1,
        "one ✗ line:\n{}",
        run.out.stderr
    );
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
        (
            "get kustomization tkfg",
            "testdata/kustomization/get_kustomization_from_git.golden",
            false,
        ),
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
    eprintln!(
        "kustomization_test.go: {}/{} steps match",
        steps.len(),
        steps.len()
    );
}

#[test]
fn upstream_helmrelease_from_git() {
    // The `get` golden names the namespace literally (`thrfg-1`, in the release name); each
    // fake cluster is private, so the test can use that name.
    let ns = "thrfg-1".to_string();
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
        (
            "get helmrelease thrfg",
            "testdata/helmrelease/get_helmrelease_from_git.golden",
            false,
        ),
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
    eprintln!(
        "helmrelease_test.go: {}/{} steps match",
        steps.len(),
        steps.len()
    );
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
        ("get source oci thrfg", "testdata/oci/get_oci.golden", false),
        (
            "reconcile source oci thrfg",
            "testdata/oci/reconcile_oci.golden",
            true,
        ),
        (
            "suspend source oci thrfg",
            "testdata/oci/suspend_oci.golden",
            true,
        ),
        (
            "resume source oci thrfg",
            "testdata/oci/resume_oci.golden",
            true,
        ),
        (
            "delete source oci thrfg --silent",
            "testdata/oci/delete_oci.golden",
            true,
        ),
    ];
    for (args, golden, tmpl) in steps {
        golden_step(&c, &ns, args, golden, *tmpl);
    }
    eprintln!(
        "source_oci_test.go: {}/{} steps match",
        steps.len(),
        steps.len()
    );
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
        (
            "get image policy podinfo-semver",
            "testdata/image/get_image_policy_semver.golden",
        ),
        (
            r#"create image policy podinfo-regex --image-ref=podinfo --select-semver=">4.0.0" --filter-regex="5\.0\.0""#,
            "testdata/image/create_image_policy.golden",
        ),
        (
            "get image policy podinfo-regex",
            "testdata/image/get_image_policy_regex.golden",
        ),
        (
            "suspend image policy podinfo-semver",
            "testdata/image/suspend_image_policy.golden",
        ),
        (
            "resume image policy podinfo-semver",
            "testdata/image/resume_image_policy.golden",
        ),
        (
            "reconcile image policy podinfo-semver",
            "testdata/image/reconcile_image_policy.golden",
        ),
    ];
    for (args, golden) in steps {
        golden_step(&c, ns, args, golden, false);
    }
    eprintln!("image_test.go: {}/{} steps match", steps.len(), steps.len());
}

/// A GitRepository in `ns` with the given annotations (fake-controller knobs).
pub fn git_repo(name: &str, ns: &str, annotations: serde_json::Value) -> serde_json::Value {
    serde_json::json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
        "metadata": {"name": name, "namespace": ns, "annotations": annotations,
            "labels": {"team": if name.starts_with("app") { "apps" } else { "infra" }}},
        "spec": {"url": "https://example.com/repo", "interval": "1m", "ref": {"branch": "main"}}
    })
}

/// A Kustomization of GitRepository `src`, depending on `deps`.
pub fn kustomization(
    name: &str,
    ns: &str,
    src: &str,
    deps: &[&str],
    annotations: serde_json::Value,
) -> serde_json::Value {
    let deps: Vec<serde_json::Value> = deps
        .iter()
        .map(|d| serde_json::json!({"name": d}))
        .collect();
    serde_json::json!({
        "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
        "metadata": {"name": name, "namespace": ns, "annotations": annotations},
        "spec": {"interval": "5m", "path": "./", "prune": true, "dependsOn": deps,
            "sourceRef": {"kind": "GitRepository", "name": src}}
    })
}

/// Waits (in the test) until `flux` sees the object Ready, so a test starts from a settled state.
pub fn settle(c: &TestCluster, ns: &str, cmd: &str) {
    let run = c.flux(&format!("resume {cmd} -n={ns} --timeout=20s"));
    assert_eq!(run.code, 0, "settling {cmd}:\n{}", run.out.combined);
}

#[test]
fn reconcile_errors_are_one_line() {
    let ns = allocate_namespace("rec-err");
    let Some(c) = cluster_with(&ns) else { return };
    assert_error(
        &c.flux(&format!("reconcile source git -n={ns}")),
        "GitRepository name is required",
    );
    assert_error(
        &c.flux(&format!("reconcile kustomization -n={ns}")),
        "Kustomization name is required",
    );
    assert_error(
        &c.flux(&format!("reconcile source git nope -n={ns}")),
        "gitrepositories.source.toolkit.fluxcd.io \"nope\" not found",
    );
    assert_error(
        &c.flux(&format!("reconcile hr nope --force -n={ns}")),
        "helmreleases.helm.toolkit.fluxcd.io \"nope\" not found",
    );
    // Forbidden: an impersonated user without any RBAC.
    c.create(git_repo("podinfo", &ns, serde_json::json!({})));
    let run = c.flux(&format!("reconcile source git podinfo -n={ns} --as=nobody"));
    assert_eq!(run.code, 1, "{}", run.out.combined);
    assert!(
        run.out.stderr.starts_with(
            "✗ gitrepositories.source.toolkit.fluxcd.io \"podinfo\" is forbidden: User \"nobody\""
        ),
        "{}",
        run.out.stderr
    );
    // Bad flag value.
    assert_error(
        &c.flux(&format!("reconcile hr podinfo --force=maybe -n={ns}")),
        "invalid argument \"maybe\" for \"--force\" flag: strconv.ParseBool: parsing \"maybe\": invalid syntax",
    );
    // Suspended objects are not annotated.
    settle(&c, &ns, "source git podinfo");
    c.flux(&format!("suspend source git podinfo -n={ns}"));
    assert_error(
        &c.flux(&format!("reconcile source git podinfo -n={ns}")),
        "resource is suspended",
    );
    // An OCI HelmRepository is not reconciled.
    c.create(
        serde_json::json!({"apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "HelmRepository",
        "metadata": {"name": "oci", "namespace": ns},
        "spec": {"url": "oci://ghcr.io/org/charts", "type": "oci", "interval": "1m"}}),
    );
    let run = c.flux(&format!("reconcile source helm oci -n={ns}"));
    assert_eq!(run.code, 0);
    assert_eq!(
        run.out.combined,
        "✔ reconciliation not supported by the object\n"
    );
}

#[test]
fn reconcile_timeout_names_the_conditions() {
    let ns = allocate_namespace("rec-to");
    let Some(c) = cluster_with(&ns) else { return };
    c.create(git_repo(
        "slow",
        &ns,
        serde_json::json!({"fake-kube.flux-rs.io/delay-ms": "4000"}),
    ));
    let run = c.flux(&format!("reconcile source git slow -n={ns} --timeout=1s"));
    assert_eq!(run.code, 1, "{}", run.out.combined);
    assert_eq!(run.out.stderr.matches('✗').count(), 1, "{}", run.out.stderr);
    let last = run.out.stderr.lines().last().unwrap_or_default();
    assert_eq!(
        last, "✗ context deadline exceeded (last seen: no conditions reported)",
        "{}",
        run.out.stderr
    );
    // Once it reconciled, a timeout shows its Ready condition.
    settle(&c, &ns, "source git slow");
    let run = c.flux(&format!("reconcile source git slow -n={ns} --timeout=1s"));
    let last = run.out.stderr.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("✗ context deadline exceeded (last seen: Ready=True (Succeeded): stored artifact for revision 'main@sha1:"),
        "{}",
        run.out.stderr
    );
}

#[test]
fn reconcile_failures() {
    let ns = allocate_namespace("rec-fail");
    let Some(c) = cluster_with(&ns) else { return };
    // Stalled: kstatus Failed, upstream stops with the condition's message.
    c.create(git_repo(
        "stalled",
        &ns,
        serde_json::json!({
        "fake-kube.flux-rs.io/fail": "authentication required",
        "fake-kube.flux-rs.io/stalled": "true"}),
    ));
    let run = c.flux(&format!(
        "reconcile source git stalled -n={ns} --timeout=10s"
    ));
    assert_error(&run, "authentication required");
    assert!(
        run.out
            .stderr
            .contains("◎ waiting for GitRepository reconciliation\n")
    );
    // Not stalled: Ready=False is still in progress for kstatus, so upstream waits until the
    // deadline; the conditions say why.
    c.create(git_repo(
        "failing",
        &ns,
        serde_json::json!({"fake-kube.flux-rs.io/fail": "unable to clone"}),
    ));
    let run = c.flux(&format!(
        "reconcile source git failing -n={ns} --timeout=1s"
    ));
    assert_error(
        &run,
        "context deadline exceeded (last seen: Ready=False (ReconciliationFailed): unable to clone)",
    );
    // With-source: the source's failure ends the command before the Kustomization.
    c.create(kustomization(
        "app",
        &ns,
        "stalled",
        &[],
        serde_json::json!({}),
    ));
    let run = c.flux(&format!(
        "reconcile ks app --with-source -n={ns} --timeout=10s"
    ));
    assert_error(&run, "authentication required");
    assert!(
        !run.out.stderr.contains("annotating Kustomization"),
        "{}",
        run.out.stderr
    );
    // A source kind the CLI cannot reconcile.
    c.create(
        serde_json::json!({"apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
        "metadata": {"name": "ext", "namespace": ns},
        "spec": {"interval": "5m", "path": "./", "prune": true,
            "sourceRef": {"kind": "ExternalArtifact", "name": "x"}}}),
    );
    assert_error(
        &c.flux(&format!("reconcile ks ext --with-source -n={ns}")),
        "cannot reconcile source of kind ExternalArtifact",
    );
}

#[test]
fn reconcile_helmrelease_force_and_reset_share_the_token() {
    let ns = allocate_namespace("rec-force");
    let Some(c) = cluster_with(&ns) else { return };
    golden_step(
        &c,
        &ns,
        "create source git thrfg --url=https://github.com/stefanprodan/podinfo --branch=main --tag=6.3.5",
        "testdata/helmrelease/create_source_git.golden",
        false,
    );
    golden_step(
        &c,
        &ns,
        "create helmrelease thrfg --source=GitRepository/thrfg --chart=./charts/podinfo",
        "testdata/helmrelease/create_helmrelease_from_git.golden",
        false,
    );
    c.kube.clear_request_log();
    let run = c.flux(&format!("reconcile hr thrfg --force --reset -n={ns}"));
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert_eq!(
        run.out.combined,
        format!(
            "► annotating HelmRelease thrfg in {ns} namespace\n✔ HelmRelease annotated\n◎ waiting for HelmRelease reconciliation\n✔ applied revision 6.3.5\n"
        )
    );
    let patch = c
        .kube
        .request_log()
        .into_iter()
        .find(|r| r.method == "PATCH")
        .expect("a patch");
    assert_eq!(
        patch.content_type.as_deref(),
        Some("application/merge-patch+json")
    );
    let body: serde_json::Value = serde_json::from_slice(&patch.body).expect("json");
    let a = &body["metadata"]["annotations"];
    let token = a["reconcile.fluxcd.io/requestedAt"]
        .as_str()
        .expect("requestedAt");
    assert_eq!(a["reconcile.fluxcd.io/forceAt"], token);
    assert_eq!(a["reconcile.fluxcd.io/resetAt"], token);
    assert_eq!(
        body.as_object().map(|o| o.len()),
        Some(1),
        "only annotations: {body}"
    );
}

#[test]
fn reconcile_bulk_reports_every_object_and_fails_when_one_fails() {
    let ns = allocate_namespace("rec-bulk");
    let Some(c) = cluster_with(&ns) else { return };
    c.create(git_repo("app-a", &ns, serde_json::json!({})));
    c.create(git_repo("app-b", &ns, serde_json::json!({})));
    c.create(git_repo("infra", &ns, serde_json::json!({})));
    for n in ["app-a", "app-b", "infra"] {
        settle(&c, &ns, &format!("source git {n}"));
    }
    let run = c.flux(&format!("reconcile source git --all -n={ns}"));
    assert_eq!(run.code, 0, "{}", run.out.combined);
    let out = &run.out.combined;
    for n in ["app-a", "app-b", "infra"] {
        assert!(
            out.contains(&format!(
                "► annotating GitRepository {n} in {ns} namespace\n"
            )),
            "{out}"
        );
        assert!(
            out.contains(&format!("✔ GitRepository {n}: fetched revision main@sha1:")),
            "{out}"
        );
    }
    // Every annotation comes before the one wait line.
    let wait_at = out
        .find("◎ waiting for 3 GitRepository reconciliation(s)")
        .expect("wait line");
    assert!(
        out.rfind("✔ GitRepository annotated")
            .is_some_and(|i| i < wait_at),
        "{out}"
    );
    assert!(
        out.ends_with("✔ reconciled 3 of 3 GitRepository(s)\n"),
        "{out}"
    );

    // -l selects by label.
    let run = c.flux(&format!("reconcile source git -l team=apps -n={ns}"));
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert!(!run.out.combined.contains("infra"), "{}", run.out.combined);
    assert!(
        run.out
            .combined
            .ends_with("✔ reconciled 2 of 2 GitRepository(s)\n")
    );

    // One failing object: its line, a summary naming it, exit 1.
    c.create(git_repo(
        "app-broken",
        &ns,
        serde_json::json!({
        "fake-kube.flux-rs.io/fail": "authentication required",
        "fake-kube.flux-rs.io/stalled": "true"}),
    ));
    let run = c.flux(&format!(
        "reconcile source git -l team=apps -n={ns} --timeout=20s"
    ));
    assert_eq!(run.code, 1, "{}", run.out.combined);
    let err = &run.out.stderr;
    assert!(
        err.contains("✗ GitRepository app-broken reconciliation failed: authentication required\n"),
        "{err}"
    );
    assert!(
        err.contains("✔ GitRepository app-a: fetched revision"),
        "{err}"
    );
    assert!(
        err.ends_with("✗ reconciled 2 of 3 GitRepository(s), 1 failed: app-broken\n"),
        "{err}"
    );
    // Nothing selected.
    assert_error(
        &c.flux(&format!("reconcile source git -l team=none -n={ns}")),
        &format!("no GitRepository objects found in \"{ns}\" namespace"),
    );
    assert_error(
        &c.flux(&format!("reconcile source git app-a --all -n={ns}")),
        "a name cannot be combined with --all or --label-selector",
    );
}

#[test]
fn reconcile_bulk_waits_in_depends_on_order() {
    let ns = allocate_namespace("rec-deps");
    let Some(c) = cluster_with(&ns) else { return };
    c.create(git_repo("src", &ns, serde_json::json!({})));
    // `base` takes a while; `app` depends on it, `other` on nothing.
    c.create(kustomization(
        "base",
        &ns,
        "src",
        &[],
        serde_json::json!({"fake-kube.flux-rs.io/delay-ms": "700"}),
    ));
    c.create(kustomization(
        "app",
        &ns,
        "src",
        &["base"],
        serde_json::json!({}),
    ));
    c.create(kustomization(
        "other",
        &ns,
        "src",
        &[],
        serde_json::json!({}),
    ));
    for n in ["base", "app", "other"] {
        settle(&c, &ns, &format!("ks {n}"));
    }
    c.kube.clear_request_log();
    let run = c.flux(&format!("reconcile ks --all -n={ns} --timeout=20s"));
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert!(
        run.out
            .combined
            .ends_with("✔ reconciled 3 of 3 Kustomization(s)\n"),
        "{}",
        run.out.combined
    );
    // The wait for `app` (its first GET after the patches) starts only once `base` is done,
    // i.e. after the watch on `base` began; `other` does not wait for anything.
    let log = c.kube.request_log();
    let last_patch = log
        .iter()
        .rposition(|r| r.method == "PATCH")
        .expect("patches");
    let first = |pred: &dyn Fn(&fake_kube::api::LoggedRequest) -> bool| {
        log.iter()
            .enumerate()
            .skip(last_patch)
            .find(|(_, r)| pred(r))
            .map(|(i, _)| i)
    };
    let get = |name: &'static str| {
        move |r: &fake_kube::api::LoggedRequest| {
            r.method == "GET" && r.path.ends_with(&format!("/kustomizations/{name}"))
        }
    };
    let watch_base =
        first(&|r| r.method == "GET" && r.query.contains("watch") && r.query.contains("base"))
            .expect("watch on base");
    let get_app = first(&get("app")).expect("get app");
    let get_other = first(&get("other")).expect("get other");
    assert!(
        get_app > watch_base,
        "app waited before base finished: {get_app} <= {watch_base}"
    );
    assert!(
        get_other < watch_base,
        "other needs no wait: {get_other} >= {watch_base}"
    );

    // With --with-source the shared source is reconciled once, first.
    let run = c.flux(&format!(
        "reconcile ks --all --with-source -n={ns} --timeout=20s"
    ));
    assert_eq!(run.code, 0, "{}", run.out.combined);
    let out = &run.out.combined;
    assert_eq!(
        out.matches("► annotating GitRepository src").count(),
        1,
        "{out}"
    );
    assert!(out.starts_with(&format!("► annotating GitRepository src in {ns} namespace\n✔ GitRepository annotated\n◎ waiting for GitRepository reconciliation\n✔ fetched revision main@sha1:")), "{out}");
    assert!(
        out.ends_with("✔ reconciled 3 of 3 Kustomization(s)\n"),
        "{out}"
    );
}
