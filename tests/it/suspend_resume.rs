//! `flux suspend` and `flux resume` against the fake cluster with fake controllers: the patches,
//! names/`--all`/`-l`, `--wait` semantics, `--reason`, errors. Upstream's goldens for these
//! verbs run in the end-to-end suites of `reconcile.rs`.

use serde_json::json;

use crate::reconcile::{assert_error, cluster_with, git_repo, kustomization, settle};
use crate::support::cluster::allocate_namespace;

fn patches(c: &crate::support::cluster::TestCluster) -> Vec<serde_json::Value> {
    c.kube
        .request_log()
        .into_iter()
        .filter(|r| r.method == "PATCH")
        .map(|r| serde_json::from_slice(&r.body).unwrap_or(serde_json::Value::Null))
        .collect()
}

#[test]
fn suspend_and_resume_send_upstreams_patches() {
    let ns = allocate_namespace("sr-patch");
    let Some(c) = cluster_with(&ns) else { return };
    c.create(git_repo("podinfo", &ns, json!({})));
    settle(&c, &ns, "source git podinfo");
    c.kube.clear_request_log();
    let run = c.flux(&format!("suspend source git podinfo -n={ns}"));
    assert_eq!(
        run.out.combined,
        format!("► suspending source git podinfo in {ns} namespace\n✔ source git suspended\n")
    );
    // Suspending again sends an empty patch, as upstream does.
    c.flux(&format!("suspend source git podinfo -n={ns}"));
    assert_eq!(
        patches(&c),
        vec![json!({"spec": {"suspend": true}}), json!({})]
    );
    c.kube.clear_request_log();
    let run = c.flux(&format!("resume source git podinfo -n={ns}"));
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert!(run.out.combined.starts_with(&format!(
        "► resuming source git podinfo in {ns} namespace\n✔ source git resumed\n◎ waiting for GitRepository reconciliation\n✔ GitRepository podinfo reconciliation completed\n✔ fetched revision main@sha1:"
    )), "{}", run.out.combined);
    assert_eq!(patches(&c), vec![json!({"spec": {"suspend": null}})]);
}

#[test]
fn suspend_reason_is_recorded_and_removed_by_resume() {
    let ns = allocate_namespace("sr-reason");
    let Some(c) = cluster_with(&ns) else { return };
    c.create(git_repo("podinfo", &ns, json!({})));
    settle(&c, &ns, "source git podinfo");
    c.kube.clear_request_log();
    let run = c.flux_args(&[
        "suspend",
        "source",
        "git",
        "podinfo",
        "--reason",
        "incident 42",
        &format!("-n={ns}"),
    ]);
    assert_eq!(run.code, 0, "{}", run.out.combined);
    c.flux(&format!("resume source git podinfo -n={ns} --wait=false"));
    assert_eq!(
        patches(&c),
        vec![
            json!({"spec": {"suspend": true}, "metadata": {"annotations": {"flux-rs.io/suspend-reason": "incident 42"}}}),
            json!({"spec": {"suspend": null}, "metadata": {"annotations": {"flux-rs.io/suspend-reason": null}}}),
        ]
    );
    let out = std::process::Command::new("kubectl")
        .arg("--kubeconfig")
        .arg(c.kubeconfig())
        .args([
            "get",
            "gitrepository",
            "podinfo",
            "-n",
            &ns,
            "-o",
            "jsonpath={.metadata.annotations}",
        ])
        .output();
    if let Ok(out) = out {
        assert!(!String::from_utf8_lossy(&out.stdout).contains("suspend-reason"));
    }
}

#[test]
fn suspend_and_resume_all_and_by_label() {
    let ns = allocate_namespace("sr-all");
    let Some(c) = cluster_with(&ns) else { return };
    for n in ["app-a", "app-b", "infra"] {
        c.create(git_repo(n, &ns, json!({})));
        settle(&c, &ns, &format!("source git {n}"));
    }
    let run = c.flux(&format!("suspend source git -l team=apps -n={ns}"));
    assert_eq!(
        run.out.combined,
        format!(
            "► suspending source git app-a in {ns} namespace\n✔ source git suspended\n► suspending source git app-b in {ns} namespace\n✔ source git suspended\n"
        )
    );
    let run = c.flux(&format!("suspend source git --all -n={ns}"));
    assert_eq!(run.code, 0);
    assert_eq!(
        run.out.combined.matches("✔ source git suspended").count(),
        3
    );
    // --all does not wait unless asked; --wait waits for each, results sorted by name.
    let run = c.flux(&format!("resume source git --all -n={ns}"));
    assert_eq!(run.out.combined.matches("✔ source git resumed").count(), 3);
    assert!(!run.out.combined.contains('◎'));
    c.flux(&format!("suspend source git --all -n={ns}"));
    let run = c.flux(&format!("resume source git -l team=apps --wait -n={ns}"));
    assert_eq!(run.code, 0, "{}", run.out.combined);
    let completed: Vec<&str> = run
        .out
        .combined
        .lines()
        .filter(|l| l.ends_with("reconciliation completed"))
        .collect();
    assert_eq!(
        completed,
        vec![
            "✔ GitRepository app-a reconciliation completed",
            "✔ GitRepository app-b reconciliation completed"
        ]
    );
    // Nothing to act on.
    assert_error(
        &c.flux(&format!("suspend source git -l team=none -n={ns}")),
        "no objects found",
    );
    let run = c.flux(&format!("resume source git -l team=none -n={ns}"));
    assert_eq!(run.code, 0);
    assert_eq!(
        run.out.combined,
        format!("✗ no GitRepository objects found in {ns} namespace\n")
    );
}

#[test]
fn resume_wait_failures_and_errors() {
    let ns = allocate_namespace("sr-fail");
    let Some(c) = cluster_with(&ns) else { return };
    c.create(kustomization("broken", &ns, "nosrc", &[], json!({})));
    c.create(git_repo(
        "stalled",
        &ns,
        json!({
        "fake-kube.flux-rs.io/fail": "authentication required",
        "fake-kube.flux-rs.io/stalled": "true"}),
    ));
    // Waiting on an object that stays not ready: upstream's lines plus the conditions.
    let run = c.flux(&format!("resume ks broken -n={ns} --timeout=1s"));
    assert_eq!(run.code, 1, "{}", run.out.combined);
    assert!(run.out.stderr.contains(
        "✗ Kustomization broken reconciliation failed: context deadline exceeded (last seen: Ready=False (ArtifactFailed): GitRepository.source.toolkit.fluxcd.io \"nosrc\" not found)\n"
    ), "{}", run.out.stderr);
    assert!(
        run.out
            .stderr
            .ends_with("✗ reconciliation failed for 1 Kustomization(s)\n")
    );
    // Stalled ends the wait early with its message.
    let run = c.flux(&format!("resume source git stalled -n={ns} --timeout=20s"));
    assert!(
        run.out
            .stderr
            .contains("✗ GitRepository stalled reconciliation failed: authentication required\n"),
        "{}",
        run.out.stderr
    );
    assert_eq!(run.code, 1);
    // Names, not found, forbidden, bad flags.
    assert_error(
        &c.flux(&format!("suspend ks -n={ns}")),
        "kustomization name is required",
    );
    assert_error(
        &c.flux(&format!("resume image policy -n={ns}")),
        "image policy name is required",
    );
    let run = c.flux(&format!("suspend ks nope -n={ns}"));
    assert_eq!(run.code, 0);
    assert_eq!(
        run.out.combined,
        format!("✗ Kustomization nope not found in {ns} namespace\n")
    );
    let run = c.flux(&format!("resume ks nope -n={ns}"));
    assert_eq!(run.code, 0);
    assert_eq!(
        run.out.combined,
        format!("✗ Kustomization object 'nope' not found in {ns} namespace\n")
    );
    let run = c.flux(&format!("suspend ks broken -n={ns} --as=nobody"));
    assert_eq!(run.code, 0, "upstream carries on per name");
    assert!(run.out.stderr.starts_with(&format!(
        "✗ failed suspending Kustomization broken in {ns} namespace: kustomizations.kustomize.toolkit.fluxcd.io is forbidden: User \"nobody\""
    )), "{}", run.out.stderr);
    let run = c.flux(&format!("resume ks broken -n={ns} --as=nobody"));
    assert_eq!(run.code, 1);
    assert!(
        run.out.stderr.starts_with(
            "✗ kustomizations.kustomize.toolkit.fluxcd.io is forbidden: User \"nobody\""
        ),
        "{}",
        run.out.stderr
    );
    assert_error(
        &c.flux(&format!("resume ks broken --wait=sometimes -n={ns}")),
        "invalid argument \"sometimes\" for \"--wait\" flag: strconv.ParseBool: parsing \"sometimes\": invalid syntax",
    );
}

#[test]
fn resume_waits_in_depends_on_order() {
    let ns = allocate_namespace("sr-deps");
    let Some(c) = cluster_with(&ns) else { return };
    c.create(git_repo("src", &ns, json!({})));
    c.create(kustomization(
        "base",
        &ns,
        "src",
        &[],
        json!({"fake-kube.flux-rs.io/delay-ms": "500"}),
    ));
    c.create(kustomization("app", &ns, "src", &["base"], json!({})));
    settle(&c, &ns, "ks base");
    settle(&c, &ns, "ks app");
    c.flux(&format!("suspend ks --all -n={ns}"));
    c.kube.clear_request_log();
    let run = c.flux(&format!("resume ks --all --wait -n={ns} --timeout=20s"));
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert!(
        run.out.combined.ends_with(
            "✔ Kustomization app reconciliation completed\n✔ applied revision main@sha1:"
        ) || run.out.combined.contains(
            "✔ Kustomization app reconciliation completed\n✔ applied revision main@sha1:"
        )
    );
    let log = c.kube.request_log();
    let last_patch = log
        .iter()
        .rposition(|r| r.method == "PATCH")
        .expect("patches");
    let idx = |pred: &dyn Fn(&fake_kube::api::LoggedRequest) -> bool| {
        log.iter()
            .enumerate()
            .skip(last_patch)
            .find(|(_, r)| pred(r))
            .map(|(i, _)| i)
    };
    let get_app =
        idx(&|r| r.method == "GET" && r.path.ends_with("/kustomizations/app")).expect("get app");
    let get_base =
        idx(&|r| r.method == "GET" && r.path.ends_with("/kustomizations/base")).expect("get base");
    assert!(get_app > get_base, "app's wait starts after base's");
}
