//! `flux trace` against the fake cluster: every case of upstream `trace_test.go` (goldens in
//! `testdata/trace/`, times in the local zone, here `TZ=UTC`), the `<resource>/<name>` form,
//! owner references, `-o json|yaml` (beyond upstream) and the errors.

use serde_json::json;

use crate::support::cluster::{TestCluster, allocate_namespace};
use crate::support::{Run, assert_text, flux, flux_env, render_template, split_args};

fn golden(c: &TestCluster, path: &str, values: &[(&str, &str)]) -> String {
    let raw = std::fs::read_to_string(c.cwd.join(path)).expect("golden");
    render_template(&raw, values)
}

/// Runs flux against the cluster with `TZ=UTC`.
fn utc(c: &TestCluster, cmdline: &str) -> Run {
    flux_env(c.env().set(flux_rs::env::TZ, "UTC"), &split_args(cmdline))
}

#[test]
fn trace_no_args() {
    let run = flux("trace");
    assert_eq!(
        (run.code, run.out.stderr.as_str()),
        (
            1,
            "✗ either `<resource>/<name>` or `<resource> <name>` is required as an argument\n"
        )
    );
}

const T_HR: &str = "2021-07-16 15:42:20 +0000 UTC";
const T_CHART: &str = "2021-07-16 15:32:09 +0000 UTC";
const T_HELMREPO: &str = "2021-07-11 00:25:46 +0000 UTC";
const T_KS: &str = "2021-08-01 04:52:56 +0000 UTC";
const T_SRC: &str = "2021-07-20 00:48:16 +0000 UTC";

/// (command line, fixture, golden, time template values).
type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

#[test]
fn trace_upstream_goldens() {
    let Some(c) = TestCluster::new() else { return };
    let cases: [Case; 4] = [
        (
            "trace podinfo --kind deployment --api-version=apps/v1",
            "testdata/trace/deployment.yaml",
            "testdata/trace/deployment.golden",
            &[
                ("helmReleaseLastReconcile", T_HR),
                ("helmChartLastReconcile", T_CHART),
                ("helmRepositoryLastReconcile", T_HELMREPO),
            ],
        ),
        (
            "trace podinfo --kind HelmRelease --api-version=helm.toolkit.fluxcd.io/v2",
            "testdata/trace/helmrelease.yaml",
            "testdata/trace/helmrelease.golden",
            &[
                ("kustomizationLastReconcile", T_KS),
                ("gitRepositoryLastReconcile", T_SRC),
            ],
        ),
        (
            "trace podinfo --kind HelmRelease --api-version=helm.toolkit.fluxcd.io/v2",
            "testdata/trace/helmrelease-oci.yaml",
            "testdata/trace/helmrelease-oci.golden",
            &[
                ("kustomizationLastReconcile", T_KS),
                ("ociRepositoryLastReconcile", T_SRC),
            ],
        ),
        (
            "trace podinfo --kind deployment --api-version=apps/v1",
            "testdata/trace/deployment-hr-ocirepo.yaml",
            "testdata/trace/deployment-hr-ocirepo.golden",
            &[
                ("helmReleaseLastReconcile", T_HR),
                ("ociRepositoryLastReconcile", T_SRC),
            ],
        ),
    ];
    for (args, fixture, file, times) in cases {
        let ns = allocate_namespace("podinfo");
        let fluxns = allocate_namespace("flux-system");
        let mut tmpl = vec![("ns", ns.as_str()), ("fluxns", fluxns.as_str())];
        tmpl.extend_from_slice(times);
        c.create_file(fixture, &tmpl);
        let run = utc(&c, &format!("{args} -n={ns}"));
        assert_eq!(run.code, 0, "{args}: {:?}", run.out.combined);
        assert_text(&golden(&c, file, &tmpl), &run.out.stdout, file);
        assert_eq!(run.out.stderr, "", "{file}");

        // The kubectl-style forms find the same object.
        let kind = if args.contains("deployment") {
            "deployment"
        } else {
            "helmrelease"
        };
        let dynamic = utc(&c, &format!("trace {kind}/podinfo -n {ns}"));
        assert_eq!(dynamic.code, 0, "{:?}", dynamic.out.combined);
        let shown = if kind == "deployment" {
            "Deployment/podinfo"
        } else {
            "HelmRelease/podinfo"
        };
        let expected = golden(&c, file, &tmpl)
            .replacen("deployment/podinfo", shown, 1)
            .replacen("HelmRelease/podinfo", shown, 1);
        assert_text(&expected, &dynamic.out.stdout, "dynamic form");
    }
    eprintln!("trace goldens: {}/{} match", cases.len(), cases.len());
}

#[test]
fn trace_forms_owners_and_output() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("podinfo");
    let fluxns = allocate_namespace("flux-system");
    let tmpl = [("ns", ns.as_str()), ("fluxns", fluxns.as_str())];
    c.create_file("testdata/trace/deployment.yaml", &tmpl);
    // A ReplicaSet owned by the Deployment is traced through its owner.
    let dep = utc(&c, &format!("trace deploy podinfo -n {ns} -o json"));
    assert_eq!(dep.code, 0, "{:?}", dep.out.combined);
    let list: serde_json::Value = serde_json::from_str(&dep.out.stdout).expect("json");
    let kinds: Vec<&str> = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["kind"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        kinds,
        ["Deployment", "HelmRelease", "HelmChart", "HelmRepository"]
    );
    assert_eq!(list["kind"], "List");
    assert!(
        dep.out
            .stdout
            .starts_with("{\n    \"apiVersion\": \"v1\",\n")
    );
    let uid = list["items"][0]["metadata"]["uid"]
        .as_str()
        .unwrap_or("")
        .to_string();
    c.create(json!({
        "apiVersion": "apps/v1", "kind": "ReplicaSet",
        "metadata": {"name": "podinfo-abc", "namespace": ns,
            "ownerReferences": [{"apiVersion": "apps/v1", "kind": "Deployment",
                                 "name": "podinfo", "uid": uid, "controller": true}]},
        "spec": {"selector": {"matchLabels": {"app": "x"}},
                 "template": {"metadata": {"labels": {"app": "x"}},
                              "spec": {"containers": [{"name": "c", "image": "busybox"}]}}}
    }));
    let rs = utc(
        &c,
        &format!("trace podinfo-abc --kind=ReplicaSet --api-version=apps/v1 -n {ns}"),
    );
    assert_eq!(rs.code, 0, "{:?}", rs.out.combined);
    assert!(
        rs.out.stdout.starts_with(&format!(
            "\nObject:         ReplicaSet/podinfo-abc\nNamespace:      {ns}\nStatus:         Managed by Flux\n---\nHelmRelease:    podinfo\n"
        )),
        "{}",
        rs.out.stdout
    );
    // Two objects in one go.
    let two = utc(
        &c,
        &format!("trace deployment/podinfo replicaset/podinfo-abc -n {ns}"),
    );
    assert_eq!(two.code, 0, "{:?}", two.out.combined);
    assert_eq!(two.out.stdout.matches("\nObject:").count(), 2);
    assert!(
        two.out
            .stdout
            .contains("\n---\n\nObject:         ReplicaSet/podinfo-abc\n"),
        "{}",
        two.out.stdout
    );
    // YAML.
    let yaml = utc(&c, &format!("trace deployment/podinfo -n {ns} -o yaml"));
    assert!(
        yaml.out
            .stdout
            .starts_with("apiVersion: v1\nitems:\n- apiVersion: apps/v1\n  kind: Deployment\n"),
        "{}",
        yaml.out.stdout
    );
    assert!(!yaml.out.stdout.contains("managedFields"));
    assert!(yaml.out.stdout.ends_with("kind: List\nmetadata: {}\n"));
}

#[test]
fn trace_suspended_and_unknown_status() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("apps");
    c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}));
    c.create(json!({
        "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
        "metadata": {"name": "apps", "namespace": ns},
        "spec": {"interval": "5m", "path": "./apps", "prune": true, "suspend": true,
                 "targetNamespace": "prod",
                 "sourceRef": {"kind": "GitRepository", "name": "repo"}}
    }));
    c.create(json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
        "metadata": {"name": "repo", "namespace": ns},
        "spec": {"interval": "5m", "url": "https://example.com/repo", "ref": {"tag": "v1"}}
    }));
    c.create(json!({
        "apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": "cfg", "namespace": ns,
            "labels": {"kustomize.toolkit.fluxcd.io/name": "apps",
                       "kustomize.toolkit.fluxcd.io/namespace": ns}}
    }));
    let run = utc(&c, &format!("trace configmap/cfg -n {ns}"));
    assert_eq!(run.code, 0, "{:?}", run.out.combined);
    let expected = format!(
        "\nObject:          ConfigMap/cfg\nNamespace:       {ns}\nStatus:          Managed by Flux\n---\nKustomization:   apps\nNamespace:       {ns}\nTarget:          prod\nPath:            ./apps\nRevision:        \nStatus:          Unknown\n---\nGitRepository:   repo\nNamespace:       {ns}\nURL:             https://example.com/repo\nTag:             v1\nStatus:          Unknown\n"
    );
    assert_text(&expected, &run.out.stdout, "suspended, never reconciled");

    // Not managed, not found, unknown kinds.
    c.create(json!({"apiVersion": "v1", "kind": "ConfigMap",
                    "metadata": {"name": "plain", "namespace": ns}}));
    let err = |cmdline: &str, msg: &str| {
        let run = utc(&c, cmdline);
        assert_eq!(
            (run.code, run.out.stderr.as_str(), run.out.stdout.as_str()),
            (1, format!("✗ {msg}\n").as_str(), ""),
            "{cmdline}"
        );
    };
    // A failed trace is reported and the command goes on (exit 0, as upstream).
    let soft = |cmdline: &str, stderr: &str| {
        let run = utc(&c, cmdline);
        assert_eq!(
            (run.code, run.out.stderr.as_str()),
            (0, stderr),
            "{cmdline}"
        );
        run
    };
    soft(
        &format!("trace cm plain -n {ns}"),
        &format!(
            "✗ failed to trace ConfigMap/plain in namespace {ns}: object not managed by Flux\n"
        ),
    );
    let two = soft(
        &format!("trace configmap/plain configmap/cfg -n {ns}"),
        &format!(
            "✗ failed to trace ConfigMap/plain in namespace {ns}: object not managed by Flux\n"
        ),
    );
    assert!(
        two.out
            .stdout
            .starts_with("---\n\nObject:          ConfigMap/cfg\n"),
        "{}",
        two.out.stdout
    );
    err(
        &format!("trace nothere --kind=ConfigMap --api-version=v1 -n {ns}"),
        "failed to find object: configmaps \"nothere\" not found",
    );
    err(
        &format!("trace x --kind=Widget --api-version=example.com/v1 -n {ns}"),
        "failed to find object: no matches for kind \"Widget\" in version \"example.com/v1\"",
    );
    err(
        &format!("trace widget/x -n {ns}"),
        "the server doesn't have a resource type \"widget\"",
    );
    err(
        &format!("trace configmap/nothere -n {ns}"),
        "x: configmaps \"nothere\" not found",
    );
    err(
        &format!("trace --kind=ConfigMap -n {ns}"),
        "object name is required",
    );
    err(
        &format!("trace x --kind=ConfigMap --api-version=a/b/v1 -n {ns}"),
        "invaild apiVersion: unexpected GroupVersion string: a/b/v1",
    );
    err(
        &format!("trace x --api-version=v1 -n {ns}"),
        "object kind is required (--kind)",
    );
    err(
        &format!("trace x --kind=ConfigMap -n {ns}"),
        "object apiVersion is required (--api-version)",
    );
    c.create(json!({
        "apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": "orphan", "namespace": ns,
            "labels": {"helm.toolkit.fluxcd.io/name": "gone",
                       "helm.toolkit.fluxcd.io/namespace": ns}}
    }));
    soft(
        &format!("trace orphan --kind=configmap --api-version=v1 -n {ns}"),
        &format!(
            "✗ failed to trace configmap/orphan in namespace {ns}: failed to find HelmRelease: helmreleases.helm.toolkit.fluxcd.io \"gone\" not found\n"
        ),
    );
}

#[test]
fn trace_failing_sources_and_helm_git() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("apps");
    c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}));
    let failed = json!([{"type": "Ready", "status": "False", "reason": "GitOperationFailed",
                         "message": "auth failed", "lastTransitionTime": "2021-07-20T00:48:16Z"}]);
    c.create(json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
        "metadata": {"name": "repo", "namespace": ns},
        "spec": {"interval": "5m", "url": "https://example.com/repo", "ref": {"branch": "main"}},
        "status": {"conditions": failed}
    }));
    c.create(json!({
        "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
        "metadata": {"name": "apps", "namespace": ns},
        "spec": {"interval": "5m", "path": "./apps", "prune": true,
                 "sourceRef": {"kind": "GitRepository", "name": "repo"}}
    }));
    c.create(json!({
        "apiVersion": "helm.toolkit.fluxcd.io/v2", "kind": "HelmRelease",
        "metadata": {"name": "hr", "namespace": ns},
        "spec": {"interval": "5m", "chart": {"spec": {"chart": "./chart",
                 "sourceRef": {"kind": "GitRepository", "name": "repo"}}}}
    }));
    for (name, group) in [("by-ks", "kustomize"), ("by-hr", "helm")] {
        let owner = if group == "kustomize" { "apps" } else { "hr" };
        c.create(json!({
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": name, "namespace": ns, "labels": {
                format!("{group}.toolkit.fluxcd.io/name"): owner,
                format!("{group}.toolkit.fluxcd.io/namespace"): ns}}
        }));
    }
    let run = utc(&c, &format!("trace configmap/by-ks -n {ns}"));
    assert_eq!(run.code, 0, "{:?}", run.out.combined);
    assert!(
        run.out.stdout.ends_with(&format!(
            "---\nGitRepository:   repo\nNamespace:       {ns}\nURL:             https://example.com/repo\nBranch:          main\nStatus:          Last reconciliation failed at 2021-07-20 00:48:16 +0000 UTC\nMessage:         auth failed\n"
        )),
        "{}",
        run.out.stdout
    );
    let run = utc(&c, &format!("trace configmap/by-hr -n {ns}"));
    assert_eq!(run.code, 0, "{:?}", run.out.combined);
    let expected = format!(
        "\nObject:         ConfigMap/by-hr\nNamespace:      {ns}\nStatus:         Managed by Flux\n---\nHelmRelease:    hr\nNamespace:      {ns}\nRevision:       \nStatus:         Unknown\n---\nGitRepository: repo\nNamespace:     {ns}\nURL:           https://example.com/repo\nBranch:        main\nStatus:        Last reconciliation failed at 2021-07-20 00:48:16 +0000 UTC\nMessage:       auth failed\n"
    );
    assert_text(&expected, &run.out.stdout, "helm from git");
}
