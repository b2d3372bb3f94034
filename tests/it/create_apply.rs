//! `flux create …` without `--export` against the fake cluster with fake controllers: apply
//! (create, then update on a re-run), wait, the per-command closing lines, credentials secrets,
//! secrets without waiting, tenants, failures and timeouts. Upstream's end-to-end create
//! goldens run in `reconcile.rs`.

use serde_json::json;

use crate::reconcile::{assert_error, cluster_with, git_repo};
use crate::support::cluster::{TestCluster, allocate_namespace};

fn kubectl_json(c: &TestCluster, args: &[&str]) -> serde_json::Value {
    let out = std::process::Command::new("kubectl")
        .arg("--kubeconfig")
        .arg(c.kubeconfig())
        .args(args)
        .args(["-o", "json"])
        .output()
        .expect("kubectl");
    serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null)
}

#[test]
fn create_twice_says_updated() {
    let ns = allocate_namespace("ca-idem");
    let Some(c) = cluster_with(&ns) else { return };
    let line = format!(
        "create source git podinfo --url=https://github.com/stefanprodan/podinfo --tag=6.3.5 -n={ns}"
    );
    let first = c.flux(&line);
    assert_eq!(first.code, 0, "{}", first.out.combined);
    let second = c.flux(&line);
    assert_eq!(second.code, 0, "{}", second.out.combined);
    assert_eq!(
        second.out.combined,
        "✚ generating GitRepository source\n► applying GitRepository source\n✔ GitRepository source updated\n◎ waiting for GitRepository source reconciliation\n✔ GitRepository source reconciliation completed\n✔ fetched revision: 6.3.5@sha1:67e2c98a60dc92283531412a9e604dd4bae005a9\n"
    );
    // A changed spec is applied to the existing object.
    let third = c.flux(&format!("create source git podinfo --url=https://github.com/stefanprodan/podinfo --branch=main -n={ns}"));
    assert_eq!(third.code, 0, "{}", third.out.combined);
    assert!(
        third
            .out
            .combined
            .contains("✔ GitRepository source updated\n")
    );
    assert!(
        third
            .out
            .combined
            .contains("✔ fetched revision: main@sha1:"),
        "{}",
        third.out.combined
    );
    let obj = kubectl_json(&c, &["get", "gitrepository", "podinfo", "-n", &ns]);
    assert_eq!(obj["spec"]["ref"], json!({"branch": "main"}));

    // Image kinds print created/updated only when something changed.
    let line =
        format!("create image repository podinfo --image=ghcr.io/stefanprodan/podinfo -n={ns}");
    assert_eq!(c.flux(&line).code, 0);
    let again = c.flux(&line);
    assert_eq!(again.code, 0, "{}", again.out.combined);
    assert_eq!(
        again.out.combined,
        "✚ generating ImageRepository\n► applying ImageRepository\n◎ waiting for ImageRepository reconciliation\n✔ ImageRepository reconciliation completed\n"
    );
}

#[test]
fn create_every_kind_applies_and_waits() {
    let ns = allocate_namespace("ca-all");
    let Some(c) = cluster_with(&ns) else { return };
    let ok = |args: &str| {
        let run = c.flux(&format!("{args} -n={ns} --timeout=30s"));
        assert_eq!(run.code, 0, "flux {args}:\n{}", run.out.combined);
        run.out.combined
    };
    let out = ok(
        "create source helm podinfo --url=https://stefanprodan.github.io/podinfo --username=u --password=p",
    );
    assert_eq!(
        out,
        "✚ generating HelmRepository source\n► applying secret with repository credentials\n✔ authentication configured\n► applying HelmRepository source\n✔ source created\n◎ waiting for HelmRepository source reconciliation\n✔ HelmRepository source reconciliation completed\n"
            .to_string()
            + &out[out.find("✔ fetched revision: sha256:").unwrap_or(0)..]
    );
    let repo = kubectl_json(&c, &["get", "helmrepository", "podinfo", "-n", &ns]);
    assert_eq!(repo["spec"]["secretRef"]["name"], "helm-podinfo");
    let secret = kubectl_json(&c, &["get", "secret", "helm-podinfo", "-n", &ns]);
    assert_eq!(secret["data"]["username"], "dQ==");

    let out = ok("create source helm oci --url=oci://ghcr.io/stefanprodan/charts");
    assert!(
        out.ends_with("✔ HelmRepository source reconciliation completed\n"),
        "{out}"
    );

    let out = ok(
        "create source chart podinfo --source=HelmRepository/podinfo --chart=podinfo --chart-version=6.3.5",
    );
    assert_eq!(
        out,
        "✚ generating HelmChart source\n► applying HelmChart source\n✔ source created\n◎ waiting for HelmChart source reconciliation\n✔ HelmChart source reconciliation completed\n✔ fetched revision: 6.3.5\n"
    );

    let out = ok(
        "create source bucket podinfo --bucket-name=podinfo --endpoint=minio.example.com --access-key=a --secret-key=s",
    );
    assert!(out.starts_with("✚ generating Bucket source\n► applying secret with the bucket credentials\n✔ authentication configured\n► applying Bucket source\n✔ Bucket source created\n◎ waiting for Bucket source reconciliation\n✔ Bucket source reconciliation completed\n✔ fetched revision: sha256:"), "{out}");
    let bucket = kubectl_json(&c, &["get", "bucket", "podinfo", "-n", &ns]);
    assert_eq!(bucket["spec"]["secretRef"]["name"], "bucket-podinfo");

    let out = ok(
        "create source oci podinfo --url=oci://ghcr.io/stefanprodan/manifests/podinfo --tag=6.3.5",
    );
    assert!(out.ends_with("✔ fetched revision: 6.3.5@sha256:6c959c51ccbb952e5fe4737563338a0aaf975675dcf812912cf09e5463181871\n"), "{out}");

    ok("create source git podinfo --url=https://github.com/stefanprodan/podinfo --tag=6.3.5");
    let out = ok(
        "create source git private --url=https://github.com/org/private --branch=main --username=u --password=p",
    );
    assert!(out.starts_with("✚ generating GitRepository source\n► applying secret with repository credentials\n✔ authentication configured\n► applying GitRepository source\n✔ GitRepository source created\n"), "{out}");
    let private = kubectl_json(&c, &["get", "gitrepository", "private", "-n", &ns]);
    assert_eq!(private["spec"]["secretRef"]["name"], "private");
    let secret = kubectl_json(&c, &["get", "secret", "private", "-n", &ns]);
    assert_eq!(secret["data"]["password"], "cA==");
    let out = ok("create kustomization podinfo --source=GitRepository/podinfo --path=./kustomize");
    assert!(out.ends_with("✔ Kustomization podinfo is ready\n✔ applied revision 6.3.5@sha1:67e2c98a60dc92283531412a9e604dd4bae005a9\n"), "{out}");

    let out = ok(
        "create helmrelease podinfo --source=HelmRepository/podinfo --chart=podinfo --chart-version=6.3.5",
    );
    assert!(
        out.ends_with("✔ HelmRelease podinfo is ready\n✔ applied revision 6.3.5\n"),
        "{out}"
    );

    let out = ok("create alert-provider slack --type=slack --channel=general");
    assert_eq!(
        out,
        "✚ generating Provider\n► applying Provider\n✔ Provider created\n◎ waiting for Provider reconciliation\n✔ Provider slack is ready\n"
    );
    let out = ok("create alert podinfo --provider-ref=slack --event-source=Kustomization/podinfo");
    assert_eq!(
        out,
        "✚ generating Alert\n► applying Alert\n✔ Alert created\n◎ waiting for Alert reconciliation\n✔ Alert podinfo is ready\n"
    );
    let out = ok(
        "create receiver github --type=github --event=ping --resource=GitRepository/podinfo --secret-ref=webhook",
    );
    assert!(out.starts_with("✚ generating Receiver\n► applying Receiver\n✔ Receiver created\n◎ waiting for Receiver reconciliation\n✔ Receiver github is ready\n✔ generated webhook URL /hook/"), "{out}");

    ok("create image repository podinfo --image=ghcr.io/stefanprodan/podinfo");
    let out = ok("create image policy podinfo --image-ref=podinfo --select-semver=5.0.x");
    assert_eq!(
        out,
        "✚ generating ImagePolicy\n► applying ImagePolicy\n✔ ImagePolicy created\n◎ waiting for ImagePolicy reconciliation\n✔ ImagePolicy reconciliation completed\n"
    );
    let out = ok(
        "create image update podinfo --git-repo-ref=podinfo --git-repo-path=./clusters --checkout-branch=main --author-name=flux --author-email=flux@example.com",
    );
    assert_eq!(
        out,
        "✚ generating ImageUpdateAutomation\n► applying ImageUpdateAutomation\n✔ ImageUpdateAutomation created\n◎ waiting for ImageUpdateAutomation reconciliation\n✔ ImageUpdateAutomation reconciliation completed\n"
    );
}

#[test]
fn create_secrets_apply_without_waiting() {
    let ns = allocate_namespace("ca-sec");
    let Some(c) = cluster_with(&ns) else { return };
    let cases = [
        (
            "create secret git s-git --url=https://github.com/org/repo --username=u --password=p",
            "git",
            "s-git",
        ),
        (
            "create secret helm s-helm --username=u --password=p",
            "helm",
            "s-helm",
        ),
        (
            "create secret oci s-oci --url=ghcr.io --username=u --password=p",
            "oci",
            "s-oci",
        ),
        (
            "create secret proxy s-proxy --address=https://proxy.example.com",
            "proxy",
            "s-proxy",
        ),
        (
            "create secret receiver s-rcv --type=github --token=t --hostname=flux.example.com",
            "receiver",
            "s-rcv",
        ),
        (
            "create secret tls s-tls --ca-crt-file=./testdata/create_secret/notation/test-ca.crt",
            "tls",
            "s-tls",
        ),
        (
            "create secret githubapp s-gh --app-id=1 --app-installation-id=2 --app-private-key=./testdata/create_secret/githubapp/test-private-key.pem",
            "githubapp",
            "s-gh",
        ),
    ];
    for (args, what, name) in cases {
        for _ in 0..2 {
            let run = c.flux(&format!("{args} -n={ns}"));
            assert_eq!(run.code, 0, "flux {args}:\n{}", run.out.combined);
            assert_eq!(
                run.out.combined,
                format!("► {what} secret '{name}' created in '{ns}' namespace\n"),
                "flux {args}"
            );
        }
        let s = kubectl_json(&c, &["get", "secret", name, "-n", &ns]);
        assert!(
            s["data"].as_object().is_some_and(|d| !d.is_empty()),
            "{name}: {s}"
        );
    }
    let run = c.flux(&format!(
        "create secret notation s-not --trust-policy-file=./testdata/create_secret/notation/test-trust-policy.json --ca-cert-file=./testdata/create_secret/notation/test-ca.crt -n={ns}"
    ));
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert_eq!(
        run.out.combined,
        format!("► notation configuration secret 's-not' created in '{ns}' namespace\n")
    );
    // A re-run replaces stringData and keeps other data keys.
    let run = c.flux(&format!(
        "create secret helm s-helm --username=u2 --password=p2 -n={ns}"
    ));
    assert_eq!(run.code, 0);
    let s = kubectl_json(&c, &["get", "secret", "s-helm", "-n", &ns]);
    assert_eq!(s["data"]["username"], "dTI=");
}

#[test]
fn create_tenant_applies_namespace_account_and_binding() {
    let ns = allocate_namespace("ca-ten");
    let Some(c) = cluster_with(&ns) else { return };
    let line = format!(
        "create tenant dev-team --with-namespace={ns}-apps --cluster-role=cluster-admin -n={ns}"
    );
    for _ in 0..2 {
        let run = c.flux(&line);
        assert_eq!(run.code, 0, "{}", run.out.combined);
        assert_eq!(
            run.out.combined,
            format!(
                "► applying namespace {ns}-apps\n► applying service account dev-team\n► applying role binding dev-team-reconciler\n✔ tenant setup completed\n"
            )
        );
    }
    let rb = kubectl_json(
        &c,
        &[
            "get",
            "rolebinding",
            "dev-team-reconciler",
            "-n",
            &format!("{ns}-apps"),
        ],
    );
    assert_eq!(rb["roleRef"]["name"], "cluster-admin");
    // A different cluster role: the binding is re-created (roleRef is immutable).
    let run = c.flux(&format!(
        "create tenant dev-team --with-namespace={ns}-apps --cluster-role=view -n={ns}"
    ));
    assert_eq!(run.code, 0, "{}", run.out.combined);
    let rb = kubectl_json(
        &c,
        &[
            "get",
            "rolebinding",
            "dev-team-reconciler",
            "-n",
            &format!("{ns}-apps"),
        ],
    );
    assert_eq!(rb["roleRef"]["name"], "view");
    let sa = kubectl_json(
        &c,
        &[
            "get",
            "serviceaccount",
            "dev-team",
            "-n",
            &format!("{ns}-apps"),
        ],
    );
    assert_eq!(
        sa["metadata"]["labels"]["toolkit.fluxcd.io/tenant"],
        "dev-team"
    );
}

#[test]
fn create_failures_timeouts_and_forbidden() {
    let ns = allocate_namespace("ca-fail");
    let Some(c) = cluster_with(&ns) else { return };
    // An existing object the controller fails terminally: the create waits and fails with
    // the Stalled message (the annotations are kept by the update).
    c.create(git_repo(
        "stalled",
        &ns,
        json!({
        "fake-kube.flux-rs.io/fail": "authentication required",
        "fake-kube.flux-rs.io/stalled": "true"}),
    ));
    let run = c.flux(&format!("create source git stalled --url=https://github.com/org/repo --branch=dev -n={ns} --timeout=20s"));
    assert_error(&run, "authentication required");
    assert!(run.out.stderr.contains("✔ GitRepository source updated\n"));
    // A Kustomization whose source is missing never gets ready: timeout with the conditions.
    let run = c.flux(&format!(
        "create kustomization app --source=GitRepository/nosrc --path=./ -n={ns} --timeout=1s"
    ));
    assert_error(
        &run,
        "context deadline exceeded (last seen: Ready=False (ArtifactFailed): GitRepository.source.toolkit.fluxcd.io \"nosrc\" not found)",
    );
    // Forbidden.
    let run = c.flux(&format!("create source git podinfo --url=https://github.com/org/repo --branch=main -n={ns} --as=nobody"));
    assert_eq!(run.code, 1);
    assert!(
        run.out.stderr.lines().last().unwrap_or_default().starts_with("✗ gitrepositories.source.toolkit.fluxcd.io \"podinfo\" is forbidden: User \"nobody\""),
        "{}",
        run.out.stderr
    );
    let run = c.flux(&format!(
        "create secret helm s1 --username=u --password=p -n={ns} --as=nobody"
    ));
    assert_eq!(run.code, 1);
    assert!(
        run.out
            .stderr
            .starts_with("✗ secrets \"s1\" is forbidden: User \"nobody\""),
        "{}",
        run.out.stderr
    );
    // A namespace that does not exist.
    let run = c.flux(
        "create source git podinfo --url=https://github.com/org/repo --branch=main -n=nowhere",
    );
    assert_eq!(run.code, 1);
    assert_eq!(run.out.stderr.matches('✗').count(), 1, "{}", run.out.stderr);
}

/// The status a test reconciler writes for an object's generation.
type StatusFn = fn(i64) -> serde_json::Value;

/// Upstream's test reconciler (`create_source_git_test.go`): once the GitRepository exists,
/// writes the status `status(generation)` through the status subresource.
fn test_reconciler(c: &TestCluster, ns: &str, status: StatusFn) -> std::thread::JoinHandle<()> {
    let env = c.env();
    let ns = ns.to_string();
    std::thread::spawn(move || {
        crate::support::init();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let client = flux_rs::cluster::build_client(&Default::default(), &env)
                .await
                .expect("client");
            let api =
                flux_rs::cluster::objects::api(&client, &flux_rs::kinds::GIT_REPOSITORY, Some(&ns));
            for _ in 0..400 {
                if let Ok(o) = api.get("podinfo").await {
                    let generation = o.metadata.generation.unwrap_or(1);
                    let patch = json!({"status": status(generation)});
                    api.patch_status(
                        "podinfo",
                        &Default::default(),
                        &kube::api::Patch::Merge(&patch),
                    )
                    .await
                    .expect("status patch");
                    return;
                }
                tokio::time::sleep(std::time::Duration::from_millis(25)).await;
            }
            panic!("the GitRepository never appeared");
        });
    })
}

#[test]
fn upstream_create_source_git_with_test_reconciler() {
    let Some(c) = TestCluster::new() else { return };
    let Some(dir) = crate::support::cmd_flux_dir() else {
        return;
    };
    let command = "create source git podinfo --url=https://github.com/stefanprodan/podinfo --branch=master --timeout=10s";
    let cases: [(&str, StatusFn, Result<&str, &str>); 3] = [
        (
            "Succeeded",
            |g| {
                json!({"observedGeneration": g, "conditions": [{"type": "Ready", "status": "True",
                "reason": "GitOperationSucceed", "message": "succeeded message", "observedGeneration": g,
                "lastTransitionTime": "2024-01-01T00:00:00Z"}],
                "artifact": {"path": "some-path", "url": "", "revision": "v1", "lastUpdateTime": "2024-01-01T00:00:00Z",
                    "digest": "sha256:1234567890abcdef"}})
            },
            Ok("testdata/create_source_git/success.golden"),
        ),
        (
            "Failed",
            |g| {
                json!({"observedGeneration": g, "conditions": [
                {"type": "Stalled", "status": "True", "reason": "URLInvalid", "message": "failed message",
                 "observedGeneration": g, "lastTransitionTime": "2024-01-01T00:00:00Z"},
                {"type": "Ready", "status": "False", "reason": "URLInvalid", "message": "failed message",
                 "observedGeneration": g, "lastTransitionTime": "2024-01-01T00:00:00Z"}]})
            },
            Err("failed message"),
        ),
        (
            "NoArtifact",
            |g| {
                json!({"observedGeneration": g, "conditions": [{"type": "Ready", "status": "True",
                "reason": "GitOperationSucceed", "message": "succeeded message", "observedGeneration": g,
                "lastTransitionTime": "2024-01-01T00:00:00Z"}]})
            },
            Err("GitRepository source reconciliation completed but no artifact was found"),
        ),
    ];
    let mut passed = 0;
    for (name, status, want) in cases {
        let ns = allocate_namespace("podinfo");
        c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}));
        let reconciler = test_reconciler(&c, &ns, status);
        let run = c.flux(&format!("{command} -n={ns}"));
        reconciler.join().expect("reconciler");
        match want {
            Ok(golden) => {
                let expected = std::fs::read_to_string(dir.join(golden)).expect("golden");
                assert_eq!(run.code, 0, "{name}: {}", run.out.combined);
                crate::support::assert_text(&expected, &run.out.combined, name);
            }
            Err(msg) => assert_error(&run, msg),
        }
        passed += 1;
    }
    eprintln!("create_source_git_test.go TestCreateSourceGit (cluster cases): {passed}/3 match");
}
