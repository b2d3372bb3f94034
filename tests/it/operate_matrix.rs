//! The operate-command error matrix of issue 4 (not found, forbidden by RBAC, timeouts,
//! suspended objects), only the cells no other file covers, one table per cell.
//!
//! Already covered elsewhere (not repeated here):
//! * API server down, every command: `cluster_errors.rs`.
//! * not found: get (`get.rs` get_cmd_errors, get_namespaces_without_objects), reconcile
//!   source git / hr (`reconcile.rs` reconcile_errors_are_one_line), suspend/resume ks
//!   (`suspend_resume.rs` resume_wait_failures_and_errors), delete ks (`delete.rs`), export
//!   git/ks (`export.rs`), events --for Kustomization (`events.rs`), logs without pods
//!   (`logs.rs`), version without Deployments (`version.rs`).
//! * forbidden for a user without any RBAC (`--as=nobody`): get list (`get.rs`), reconcile,
//!   suspend, resume, delete, export, events, logs, version, create source git / secret
//!   (their files).
//! * timeouts: get list (`get.rs`), reconcile source git (`reconcile.rs`), resume --wait
//!   (`suspend_resume.rs`), create kustomization with a missing source (`create_apply.rs`).
//! * suspended: reconcile source git (`reconcile.rs`), SUSPENDED True of a seeded object
//!   (`get.rs`), resume of a suspended object (`suspend_resume.rs`).
//!
//! Here: not found for the other kinds and for create; forbidden for a user who may read but
//! not write (a Role, not just no RBAC); timeouts with a never-ready controller (reconcile ks,
//! create source git / kustomization) and with a slow API server (get, create, logs, version,
//! export, reconcile, resume, events, delete, suspend), each within a bounded wall time; suspended objects through the with-source flow,
//! `flux suspend` → get → reconcile → resume / create.

use std::time::{Duration, Instant};

use fake_kube::Fault;
use serde_json::json;

use super::reconcile::{cluster_with, git_repo, kustomization, settle};
use crate::support::Run;
use crate::support::cluster::{TestCluster, allocate_namespace};

/// Exit code `code`, exactly one `✗` line, and stderr's last line is `✗ <last>`.
fn check(cmd: &str, run: &Run, code: u8, last: &str) -> Option<String> {
    let got = run.out.stderr.lines().last().unwrap_or_default();
    let crosses = run.out.stderr.matches('✗').count();
    (run.code != code || crosses != 1 || got != format!("✗ {last}")).then(|| {
        format!(
            "flux {cmd}: want exit {code} and one `✗ {last}`\n  got exit {} stderr {:?}",
            run.code, run.out.stderr
        )
    })
}

fn assert_all(failures: Vec<String>) {
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn not_found_cells() {
    let ns = allocate_namespace("om-nf");
    let Some(c) = TestCluster::new() else { return };
    c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}));
    let cases: Vec<(String, u8, String)> = vec![
        (
            "get helmreleases nope".into(),
            1,
            format!("HelmRelease object 'nope' not found in \"{ns}\" namespace"),
        ),
        (
            "reconcile kustomization nope".into(),
            1,
            "kustomizations.kustomize.toolkit.fluxcd.io \"nope\" not found".into(),
        ),
        (
            "reconcile image policy nope".into(),
            1,
            "imagepolicies.image.toolkit.fluxcd.io \"nope\" not found".into(),
        ),
        (
            "suspend source git nope".into(),
            0,
            format!("GitRepository nope not found in {ns} namespace"),
        ),
        (
            "resume helmrelease nope".into(),
            0,
            format!("HelmRelease object 'nope' not found in {ns} namespace"),
        ),
        (
            "delete helmrelease nope --silent".into(),
            1,
            "helmreleases.helm.toolkit.fluxcd.io \"nope\" not found".into(),
        ),
        (
            "export source oci nope".into(),
            1,
            "ocirepositories.source.toolkit.fluxcd.io \"nope\" not found".into(),
        ),
        (
            "events --for HelmRelease/nope".into(),
            1,
            "helmreleases.helm.toolkit.fluxcd.io \"nope\" not found".into(),
        ),
    ];
    let mut failures = Vec::new();
    for (cmd, code, last) in &cases {
        let cmd = format!("{cmd} -n={ns}");
        failures.extend(check(&cmd, &c.flux(&cmd), *code, last));
    }
    // create into a namespace that does not exist: the server's not found.
    let cmd = "create kustomization app --source=GitRepository/src --path=./ -n=nowhere";
    failures.extend(check(
        cmd,
        &c.flux(cmd),
        1,
        "namespaces \"nowhere\" not found",
    ));
    assert_all(failures);
}

/// A user who may get, list and watch Flux objects in `ns` but not change them.
fn viewer(c: &TestCluster, ns: &str) {
    c.create(
        json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role",
        "metadata": {"name": "flux-viewer", "namespace": ns},
        "rules": [{"apiGroups": ["source.toolkit.fluxcd.io", "kustomize.toolkit.fluxcd.io",
                                 "helm.toolkit.fluxcd.io"],
                   "resources": ["*"], "verbs": ["get", "list", "watch"]}]}),
    );
    c.create(
        json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
        "metadata": {"name": "flux-viewer", "namespace": ns},
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "flux-viewer"},
        "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": "viewer"}]}),
    );
}

#[test]
fn forbidden_by_rbac_cells() {
    let ns = allocate_namespace("om-rbac");
    let Some(c) = TestCluster::new() else { return };
    c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}));
    c.create(git_repo("podinfo", &ns, json!({})));
    c.create(kustomization("app", &ns, "podinfo", &[], json!({})));
    viewer(&c, &ns);
    let denied = |plural: &str, group: &str, name: &str, verb: &str| {
        let what = if name.is_empty() {
            format!("{plural}.{group}")
        } else {
            format!("{plural}.{group} \"{name}\"")
        };
        format!(
            "{what} is forbidden: User \"viewer\" cannot {verb} resource \"{plural}\" in API group \"{group}\" in the namespace \"{ns}\""
        )
    };
    let git = "source.toolkit.fluxcd.io";
    let ks = "kustomize.toolkit.fluxcd.io";
    let cases: Vec<(&str, u8, String)> = vec![
        (
            "reconcile source git podinfo",
            1,
            denied("gitrepositories", git, "podinfo", "patch"),
        ),
        (
            "reconcile kustomization app",
            1,
            denied("kustomizations", ks, "app", "patch"),
        ),
        (
            "suspend kustomization app",
            0,
            format!(
                "failed suspending Kustomization app in {ns} namespace: {}",
                denied("kustomizations", ks, "app", "patch")
            ),
        ),
        (
            "resume kustomization app",
            1,
            denied("kustomizations", ks, "app", "patch"),
        ),
        (
            "delete kustomization app --silent",
            1,
            denied("kustomizations", ks, "app", "delete"),
        ),
        (
            "create source git podinfo --url=https://example.com/repo --branch=dev",
            1,
            denied("gitrepositories", git, "podinfo", "update"),
        ),
        (
            "create kustomization other --source=GitRepository/podinfo --path=./",
            1,
            denied("kustomizations", ks, "", "create"),
        ),
    ];
    let mut failures = Vec::new();
    for (cmd, code, last) in &cases {
        let cmd = format!("{cmd} -n={ns} --as=viewer");
        failures.extend(check(&cmd, &c.flux(&cmd), *code, last));
    }
    // Reads stay allowed; events are not in the Role.
    let run = c.flux(&format!("get kustomizations app -n={ns} --as=viewer"));
    if run.code != 0 || !run.out.stdout.starts_with("NAME") {
        failures.push(format!("get as viewer: {:?}", run.out.combined));
    }
    let cmd = format!("events --for Kustomization/app -n={ns} --as=viewer");
    failures.extend(check(
        &cmd,
        &c.flux(&cmd),
        1,
        &format!(
            "error getting events: events is forbidden: User \"viewer\" cannot list resource \"events\" in API group \"\" in the namespace \"{ns}\""
        ),
    ));
    // Get by name for a user without any RBAC.
    let cmd = format!("get kustomizations app -n={ns} --as=nobody");
    failures.extend(check(
        &cmd,
        &c.flux(&cmd),
        1,
        &format!(
            "kustomizations.{ks} is forbidden: User \"nobody\" cannot list resource \"kustomizations\" in API group \"{ks}\" in the namespace \"{ns}\""
        ),
    ));
    assert_all(failures);
    // Nothing was changed by the denied writes.
    let run = c.flux(&format!("get ks app -n={ns}"));
    assert!(
        run.out.stdout.contains("\tFalse    \t"),
        "{}",
        run.out.stdout
    );
}

/// Runs `cmd` and checks it ends within `bound`.
fn timed(c: &TestCluster, cmd: &str, bound: Duration, failures: &mut Vec<String>) -> Run {
    let start = Instant::now();
    let run = c.flux(cmd);
    if start.elapsed() > bound {
        failures.push(format!(
            "flux {cmd}: took {:?} (> {bound:?})",
            start.elapsed()
        ));
    }
    run
}

#[test]
fn timeout_cells() {
    let ns = allocate_namespace("om-to");
    let Some(c) = cluster_with(&ns) else { return };
    let slow = json!({"fake-kube.flux-rs.io/delay-ms": "30000"});
    c.create(git_repo("slow", &ns, slow.clone()));
    c.create(kustomization("slowks", &ns, "slow", &[], slow.clone()));
    let bound = Duration::from_secs(6);
    let no_conditions = "context deadline exceeded (last seen: no conditions reported)";
    let mut failures = Vec::new();
    // Controllers that never get to it: the deadline names the (absent) conditions.
    for cmd in [
        "reconcile kustomization slowks",
        "create source git slow --url=https://example.com/repo --branch=dev",
        "create kustomization slowks --source=GitRepository/slow --path=./ --prune=true",
    ] {
        let cmd = format!("{cmd} -n={ns} --timeout=1s");
        let run = timed(&c, &cmd, bound, &mut failures);
        failures.extend(check(&cmd, &run, 1, no_conditions));
    }
    // A slow API server: the client's deadline, one line.
    c.kube.inject(Fault::delay(
        None,
        format!("/namespaces/{ns}/"),
        Duration::from_secs(10),
    ));
    c.kube.inject(Fault::delay(
        None,
        "/namespaces/flux-system/deployments",
        Duration::from_secs(10),
    ));
    for (cmd, code) in [
        ("get kustomizations slowks", 1),
        (
            "create source git slow --url=https://example.com/repo --branch=main",
            1,
        ),
        ("logs --kind=GitRepository", 1),
        ("version", 1),
        ("export source git slow", 1),
        ("reconcile source git slow", 1),
        ("resume source git slow", 1),
        ("events --for GitRepository/slow", 1),
        ("delete source git slow --silent", 1),
    ] {
        let cmd = format!("{cmd} -n={ns} --timeout=500ms");
        let run = timed(&c, &cmd, bound, &mut failures);
        failures.extend(check(&cmd, &run, code, "context deadline exceeded"));
    }
    let cmd = format!("suspend source git slow -n={ns} --timeout=500ms");
    let run = timed(&c, &cmd, bound, &mut failures);
    failures.extend(check(
        &cmd,
        &run,
        0,
        &format!(
            "failed suspending GitRepository slow in {ns} namespace: context deadline exceeded"
        ),
    ));
    assert_all(failures);
}

/// The SUSPENDED cell of `flux get <what> <name>`.
fn suspended_cell(c: &TestCluster, ns: &str, what: &str) -> String {
    let run = c.flux(&format!("get {what} -n={ns}"));
    let mut lines = run.out.stdout.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let row: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    header
        .iter()
        .position(|h| h.trim() == "SUSPENDED")
        .and_then(|i| row.get(i))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|| format!("no SUSPENDED cell in {:?}", run.out.combined))
}

#[test]
fn suspended_cells() {
    let ns = allocate_namespace("om-susp");
    let Some(c) = cluster_with(&ns) else { return };
    c.create(git_repo("src", &ns, json!({})));
    c.create(kustomization("app", &ns, "src", &[], json!({})));
    c.create(kustomization("other", &ns, "src", &[], json!({})));
    settle(&c, &ns, "ks app");
    settle(&c, &ns, "ks other");
    let mut failures = Vec::new();
    let run = c.flux(&format!("suspend ks app -n={ns}"));
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert_eq!(suspended_cell(&c, &ns, "ks app"), "True");
    let export = c.flux(&format!("export ks app -n={ns}"));
    assert!(
        export.out.stdout.contains("\n  suspend: true\n"),
        "{}",
        export.out.stdout
    );
    // Reconcile refuses a suspended object, with or without its source.
    for cmd in ["reconcile ks app", "reconcile ks app --with-source"] {
        let cmd = format!("{cmd} -n={ns}");
        failures.extend(check(&cmd, &c.flux(&cmd), 1, "resource is suspended"));
    }
    // ... and a suspended source stops a with-source chain before the object is annotated.
    let run = c.flux(&format!("suspend source git src -n={ns}"));
    assert_eq!(run.code, 0, "{}", run.out.combined);
    let cmd = format!("reconcile ks other --with-source -n={ns}");
    let run = c.flux(&cmd);
    failures.extend(check(&cmd, &run, 1, "resource is suspended"));
    if run.out.stderr.contains("annotating") {
        failures.push(format!("{cmd}: annotated something: {:?}", run.out.stderr));
    }
    // Seeded suspended objects of the other reconcile flows.
    c.create(json!({"apiVersion": "helm.toolkit.fluxcd.io/v2", "kind": "HelmRelease",
        "metadata": {"name": "hr", "namespace": ns},
        "spec": {"interval": "5m", "suspend": true,
            "chart": {"spec": {"chart": "podinfo", "sourceRef": {"kind": "HelmRepository", "name": "x"}}}}}));
    c.create(
        json!({"apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "OCIRepository",
        "metadata": {"name": "oci", "namespace": ns},
        "spec": {"interval": "5m", "url": "oci://ghcr.io/org/app", "suspend": true}}),
    );
    for cmd in ["reconcile hr hr --force", "reconcile source oci oci"] {
        let cmd = format!("{cmd} -n={ns}");
        failures.extend(check(&cmd, &c.flux(&cmd), 1, "resource is suspended"));
    }
    assert_all(failures);
    // Resume brings it back and waits for it.
    let run = c.flux(&format!("resume source git src -n={ns} --timeout=20s"));
    assert_eq!(run.code, 0, "{}", run.out.combined);
    let run = c.flux(&format!("resume ks app -n={ns} --timeout=20s"));
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert!(
        run.out
            .stderr
            .contains("✔ Kustomization app reconciliation completed\n✔ applied revision "),
        "{}",
        run.out.stderr
    );
    assert_eq!(suspended_cell(&c, &ns, "ks app"), "False");
    // create over a suspended object replaces its spec (upstream copies `spec`): running again.
    c.flux(&format!("suspend ks other -n={ns}"));
    let run = c.flux(&format!(
        "create ks other --source=GitRepository/src --path=./ --prune=true -n={ns} --timeout=20s"
    ));
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert_eq!(suspended_cell(&c, &ns, "ks other"), "False");
}
