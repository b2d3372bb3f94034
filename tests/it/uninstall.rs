//! `flux uninstall` against the fake cluster: after `flux install` it leaves nothing (Flux
//! objects' finalizers stripped, components, CRDs and namespace deleted in upstream's order);
//! `--dry-run` changes nothing; `--keep-namespace`; failures name what was not removed and
//! exit 1 (flux-rs deviation).

use fake_kube::Fault;
use serde_json::json;

use crate::install::{flux_cluster, run_with_api, writes};

fn kubectl(c: &crate::support::cluster::TestCluster, args: &[&str]) -> String {
    let out = std::process::Command::new("/usr/bin/kubectl")
        .arg("--kubeconfig")
        .arg(c.kubeconfig())
        .args(args)
        .output()
        .expect("kubectl");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn crd_deleted_lines(suffix: &str) -> String {
    let mut names: Vec<String> = if flux_rs::components::crds::all().is_empty() {
        std::fs::read_dir(crate::support::upstream().unwrap().join("crds"))
            .unwrap()
            .flat_map(|e| {
                crate::support::cluster::yaml_docs(
                    &std::fs::read_to_string(e.unwrap().path()).unwrap(),
                )
            })
            .map(|c| c["metadata"]["name"].as_str().unwrap().to_string())
            .collect()
    } else {
        flux_rs::components::crds::all()
            .into_iter()
            .filter(|(c, _)| flux_rs::components::controllers::DEFAULT_COMPONENTS.contains(c))
            .map(|(_, c)| c["metadata"]["name"].as_str().unwrap().to_string())
            .collect()
    };
    names.sort();
    names
        .iter()
        .map(|n| format!("✔ CustomResourceDefinition/{n} deleted {suffix}\n"))
        .collect()
}

fn expected(suffix: &str, finalizers: &str) -> String {
    let mut s = String::from("► deleting components in flux-system namespace\n");
    for l in [
        "Deployment/flux-system/helm-controller",
        "Deployment/flux-system/kustomize-controller",
        "Deployment/flux-system/notification-controller",
        "Deployment/flux-system/source-controller",
        "Service/flux-system/notification-controller",
        "Service/flux-system/source-controller",
        "Service/flux-system/webhook-receiver",
        "NetworkPolicy/flux-system/allow-egress",
        "NetworkPolicy/flux-system/allow-scraping",
        "NetworkPolicy/flux-system/allow-webhooks",
        "ServiceAccount/flux-system/helm-controller",
        "ServiceAccount/flux-system/kustomize-controller",
        "ServiceAccount/flux-system/notification-controller",
        "ServiceAccount/flux-system/source-controller",
        "ClusterRole/crd-controller-flux-system",
        "ClusterRole/flux-edit-flux-system",
        "ClusterRole/flux-view-flux-system",
        "ClusterRoleBinding/cluster-reconciler-flux-system",
        "ClusterRoleBinding/crd-controller-flux-system",
    ] {
        s.push_str(&format!("✔ {l} deleted {suffix}\n"));
    }
    s.push_str("► deleting toolkit.fluxcd.io finalizers in all namespaces\n");
    s.push_str(finalizers);
    s.push_str("► deleting toolkit.fluxcd.io custom resource definitions\n");
    s.push_str(&crd_deleted_lines(suffix));
    s
}

fn installed_with_a_source() -> Option<crate::support::cluster::TestCluster> {
    let c = flux_cluster()?;
    let run = run_with_api(&c, None, "install");
    assert_eq!(run.code, 0, "{}", run.out.combined);
    c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "apps"}}));
    c.create(json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
        "metadata": {"name": "podinfo", "namespace": "apps", "finalizers": ["finalizers.fluxcd.io"]},
        "spec": {"url": "https://github.com/stefanprodan/podinfo", "interval": "1m", "ref": {"branch": "master"}}
    }));
    Some(c)
}

#[test]
fn uninstall_leaves_nothing() {
    let Some(c) = installed_with_a_source() else {
        return;
    };
    let run = run_with_api(&c, None, "uninstall -s");
    assert_eq!(run.code, 0, "{}", run.out.combined);
    let want = format!(
        "{}✔ Namespace/flux-system deleted \n✔ uninstall finished\n",
        expected("", "✔ GitRepository/apps/podinfo finalizers deleted \n")
    );
    crate::support::assert_text(&want, &run.out.stderr, "uninstall");
    assert_eq!(
        kubectl(
            &c,
            &[
                "get",
                "crds",
                "-l",
                "app.kubernetes.io/part-of=flux",
                "-o",
                "name"
            ]
        ),
        ""
    );
    assert_eq!(
        kubectl(
            &c,
            &[
                "get",
                "clusterroles",
                "-l",
                "app.kubernetes.io/part-of=flux",
                "-o",
                "name"
            ]
        ),
        ""
    );
    assert_eq!(
        kubectl(
            &c,
            &[
                "get",
                "namespace",
                "flux-system",
                "-o",
                "name",
                "--ignore-not-found"
            ]
        ),
        ""
    );
    // The workload namespace stays; its Flux object went with the CRD, without a finalizer.
    assert_eq!(
        kubectl(&c, &["get", "namespace", "apps", "-o", "name"]),
        "namespace/apps\n"
    );
}

#[test]
fn dry_run_changes_nothing() {
    let Some(c) = installed_with_a_source() else {
        return;
    };
    c.kube.clear_request_log();
    let rv = c.kube.resource_version();
    let run = run_with_api(&c, None, "uninstall --dry-run");
    assert_eq!(run.code, 0, "{}", run.out.combined);
    let want = format!(
        "{}✔ Namespace/flux-system deleted (dry run)\n✔ uninstall finished\n",
        expected(
            "(dry run)",
            "✔ GitRepository/apps/podinfo finalizers deleted (dry run)\n"
        )
    );
    crate::support::assert_text(&want, &run.out.stderr, "uninstall --dry-run");
    assert!(writes(&c).is_empty(), "{:?}", writes(&c));
    // (The fake controllers may still be reconciling the GitRepository: compare objects, not
    // the resourceVersion counter.)
    let _ = rv;
    assert_eq!(
        kubectl(
            &c,
            &["get", "deployments", "-n", "flux-system", "-o", "name"]
        )
        .lines()
        .count(),
        4
    );
    assert_eq!(
        kubectl(&c, &["get", "namespace", "flux-system", "-o", "name"]),
        "namespace/flux-system\n"
    );
    let repo = kubectl(
        &c,
        &[
            "get",
            "gitrepository",
            "podinfo",
            "-n",
            "apps",
            "-o",
            "jsonpath={.metadata.finalizers}",
        ],
    );
    assert_eq!(repo, "[\"finalizers.fluxcd.io\"]");
}

#[test]
fn keep_namespace_keeps_it() {
    let Some(c) = flux_cluster() else { return };
    assert_eq!(run_with_api(&c, None, "install").code, 0);
    let run = run_with_api(&c, None, "uninstall --silent --keep-namespace");
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert!(run.out.stderr.ends_with("deleted \n✔ uninstall finished\n"));
    assert!(!run.out.stderr.contains("Namespace/flux-system"));
    assert_eq!(
        kubectl(&c, &["get", "namespace", "flux-system", "-o", "name"]),
        "namespace/flux-system\n"
    );
    assert_eq!(
        kubectl(
            &c,
            &["get", "resourcequota", "-n", "flux-system", "-o", "name"]
        ),
        "resourcequota/critical-pods-flux-system\n"
    );
}

#[test]
fn without_silent_a_non_interactive_run_aborts() {
    let Some(c) = flux_cluster() else { return };
    c.kube.clear_request_log();
    let run = run_with_api(&c, None, "uninstall");
    assert_eq!(run.code, 1);
    assert_eq!(run.out.stderr, "✗ aborting\n");
    assert!(writes(&c).is_empty());
}

#[test]
fn failed_deletions_are_named_and_exit_1() {
    let Some(c) = flux_cluster() else { return };
    assert_eq!(run_with_api(&c, None, "install").code, 0);
    c.kube.inject(Fault::status(
        Some("DELETE"),
        "/clusterroles/flux-view-flux-system",
        403,
    ));
    let run = run_with_api(&c, None, "uninstall -s");
    assert_eq!(run.code, 1, "{}", run.out.combined);
    assert!(
        run.out.stderr.contains(
            "✗ ClusterRole/flux-view-flux-system deletion failed: injected fault (403)\n"
        )
    );
    assert!(run.out.stderr.ends_with(
        "✔ Namespace/flux-system deleted \n✗ uninstall incomplete: 1 could not be removed: ClusterRole/flux-view-flux-system\n"
    ), "{}", run.out.stderr);
}

#[test]
fn forbidden_user_removes_nothing_and_says_so() {
    let Some(c) = flux_cluster() else { return };
    assert_eq!(run_with_api(&c, None, "install").code, 0);
    let rv = c.kube.resource_version();
    let run = run_with_api(&c, None, "uninstall -s --as=nobody");
    assert_eq!(run.code, 1, "{}", run.out.combined);
    let last = run.out.stderr.lines().last().unwrap();
    assert!(
        last.starts_with("✗ uninstall incomplete: 1 could not be removed: Namespace/flux-system"),
        "{}",
        run.out.stderr
    );
    assert_eq!(c.kube.resource_version(), rv);
}

#[test]
fn uninstall_bad_flags() {
    let run = crate::support::flux("uninstall extra");
    assert_eq!(run.code, 1);
    assert_eq!(
        run.out.stderr,
        "✗ unknown command \"extra\" for \"flux uninstall\"\n"
    );
    let run = crate::support::flux("uninstall --dry-run=maybe");
    assert_eq!(run.code, 1);
    assert!(
        run.out
            .stderr
            .starts_with("✗ invalid argument \"maybe\" for \"--dry-run\" flag: ")
    );
}
