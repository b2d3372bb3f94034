//! `flux stats` against the fake cluster (operate.md §5.6; upstream has no test): counts of
//! running, failing and suspended objects per kind, storage sizes, `-A`, `-o json|yaml`
//! (beyond upstream).

use std::time::Duration;

use fake_kube::Fault;
use serde_json::json;

use crate::support::assert_text;
use crate::support::cluster::{TestCluster, allocate_namespace};

fn seed(c: &TestCluster, ns: &str, other: &str) {
    for n in [ns, other] {
        c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": n}}));
    }
    let ready = |status: &str| {
        json!([{"type": "Ready", "status": status, "reason": "R", "message": "m",
                "lastTransitionTime": "2021-07-16T15:42:20Z"}])
    };
    let artifact = |size: i64| {
        json!({"path": "p", "url": "u", "revision": "main@sha1:1", "digest": "sha256:1",
               "lastUpdateTime": "2021-07-16T15:42:20Z", "size": size})
    };
    c.create(json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
        "metadata": {"name": "repo", "namespace": ns},
        "spec": {"interval": "5m", "url": "https://example.com/repo"},
        "status": {"conditions": ready("True"), "artifact": artifact(12595)}
    }));
    c.create(json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
        "metadata": {"name": "other", "namespace": other},
        "spec": {"interval": "5m", "url": "https://example.com/repo", "suspend": true},
        "status": {"artifact": artifact(1048576 - 12595)}
    }));
    for (name, status, suspend) in [
        ("a", "True", false),
        ("b", "False", false),
        ("c", "False", true),
    ] {
        c.create(json!({
            "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
            "metadata": {"name": name, "namespace": ns},
            "spec": {"interval": "5m", "path": "./", "prune": true, "suspend": suspend,
                     "sourceRef": {"kind": "GitRepository", "name": "repo"}},
            "status": {"conditions": ready(status)}
        }));
    }
    c.create(json!({
        "apiVersion": "helm.toolkit.fluxcd.io/v2", "kind": "HelmRelease",
        "metadata": {"name": "hr", "namespace": other},
        "spec": {"interval": "5m", "chart": {"spec": {"chart": "podinfo",
                 "sourceRef": {"kind": "HelmRepository", "name": "podinfo"}}}},
        "status": {"conditions": ready("False")}
    }));
}

fn table(rows: &[(&str, &str, &str, &str, &str)]) -> String {
    let w = rows
        .iter()
        .map(|r| r.4.len())
        .max()
        .unwrap_or(0)
        .max("STORAGE".len());
    let mut out = format!(
        "RECONCILERS          \tRUNNING\tFAILING\tSUSPENDED\t{:<w$} \n",
        "STORAGE"
    );
    for kind in [
        "GitRepository",
        "OCIRepository",
        "HelmRepository",
        "HelmChart",
        "Bucket",
        "Kustomization",
        "HelmRelease",
        "Alert",
        "Provider",
        "Receiver",
        "ImageUpdateAutomation",
        "ImagePolicy",
        "ImageRepository",
    ] {
        let (r, f, s, st) = rows
            .iter()
            .find(|row| row.0 == kind)
            .map(|row| (row.1, row.2, row.3, row.4))
            .unwrap_or(("0", "0", "0", "-"));
        out.push_str(&format!("{kind:<21}\t{r:<7}\t{f:<7}\t{s:<9}\t{st:<w$}\t\n"));
    }
    out
}

#[test]
fn stats_namespace_and_all_namespaces() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    let other = allocate_namespace("apps");
    seed(&c, &ns, &other);

    let run = c.flux(&format!("stats -n {ns}"));
    assert_eq!((run.code, run.out.stderr.as_str()), (0, ""));
    // The suspended failing Kustomization counts as suspended and as failing.
    let expected = table(&[
        ("GitRepository", "1", "0", "0", "12.3 KiB"),
        ("Kustomization", "2", "2", "1", "-"),
    ]);
    assert_text(&expected, &run.out.stdout, "stats -n");

    let run = c.flux("stats -A");
    assert_eq!(run.code, 0, "{:?}", run.out.combined);
    // A fresh fake cluster per test: the totals are exactly the seeded objects.
    let expected = table(&[
        ("GitRepository", "1", "0", "1", "1.0 MiB"),
        ("Kustomization", "2", "2", "1", "-"),
        ("HelmRelease", "1", "1", "0", "-"),
    ]);
    assert_text(&expected, &run.out.stdout, "stats -A");

    let empty = allocate_namespace("empty");
    let run = c.flux(&format!("stats -n {empty}"));
    assert_text(&table(&[]), &run.out.stdout, "no objects");

    let run = c.flux(&format!("stats -n {ns} -o json"));
    assert_eq!(run.code, 0, "{:?}", run.out.combined);
    let v: serde_json::Value = serde_json::from_str(&run.out.stdout).expect("json");
    assert_eq!(v.as_array().map(Vec::len), Some(13));
    assert_eq!(
        v[5],
        json!({"reconciler": "Kustomization", "running": 2, "failing": 2, "suspended": 1, "storage": 0})
    );
    assert_eq!(v[0]["storage"], 12595);
    let run = c.flux(&format!("stats -n {ns} -o yaml"));
    assert!(
        run.out.stdout.starts_with("- failing: 0\n  reconciler: GitRepository\n  running: 1\n  storage: 12595\n  suspended: 0\n"),
        "{}",
        run.out.stdout
    );
    let run = c.flux("stats extra");
    assert_eq!(run.code, 1);
}

#[test]
fn stats_list_errors() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    let other = allocate_namespace("apps");
    seed(&c, &ns, &other);
    // An API error (CRD missing, forbidden, 500) counts as zero objects, as upstream.
    c.kube
        .inject(Fault::status(Some("GET"), "/kustomizations", 500));
    let run = c.flux(&format!("stats -n {ns}"));
    assert_eq!((run.code, run.out.stderr.as_str()), (0, ""));
    let expected = table(&[("GitRepository", "1", "0", "0", "12.3 KiB")]);
    assert_text(&expected, &run.out.stdout, "500 on Kustomizations");
    c.kube.clear_faults();
    c.kube
        .inject(Fault::delay(Some("GET"), "/helmreleases", Duration::from_secs(5)).times(1));
    let run = c.flux(&format!("stats -n {ns} --timeout 300ms"));
    assert_eq!(
        (run.code, run.out.stderr.as_str(), run.out.stdout.as_str()),
        (1, "✗ context deadline exceeded\n", "")
    );
    c.kube.clear_faults();
}

#[test]
fn stats_lists_concurrently() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    let other = allocate_namespace("apps");
    seed(&c, &ns, &other);
    // Every List waits 400ms: thirteen in a row would take over 5s.
    c.kube.inject(Fault::delay(
        Some("GET"),
        "fluxcd.io/",
        Duration::from_millis(400),
    ));
    let started = std::time::Instant::now();
    let run = c.flux(&format!("stats -n {ns}"));
    let took = started.elapsed();
    c.kube.clear_faults();
    assert_eq!(run.code, 0, "{:?}", run.out.combined);
    assert!(run.out.stdout.contains("GitRepository        \t1      "));
    eprintln!("stats over 13 delayed Lists: {took:?}");
    assert!(took < Duration::from_millis(2500), "took {took:?}");
}
