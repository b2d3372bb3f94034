//! `flux install` against the fake cluster: a fresh install applies in upstream's order and
//! waits for the controllers; a re-run writes nothing; `--version` downloads another
//! release's bundle from a local server; bad input and forbidden calls give one `✗` line and
//! leave the cluster as it was (or say what was applied). Also upstream's `install_test.go`.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use fake_kube::{FakeKube, Fault, Options};
use serde_json::{Value, json};

use crate::support::cluster::{TestCluster, yaml_docs};
use crate::support::{Run, assert_one_failure, flux, flux_env, split_args, upstream};

/// A fake cluster with controllers and no Flux installed. Until `components::crds` generates
/// the CRDs, upstream's CRDs are seeded with the labels flux's install gives them, so the
/// rest of the flow can be checked end to end.
pub fn flux_cluster() -> Option<TestCluster> {
    flux_cluster_with(Options {
        controllers: true,
        ..Options::default()
    })
}

/// [`flux_cluster`] with explicit options.
pub fn flux_cluster_with(opts: Options) -> Option<TestCluster> {
    let up = upstream()?;
    let kube = FakeKube::start_with("127.0.0.1:0", opts).expect("fake-kube starts");
    if flux_rs::components::crds::all().is_empty() {
        for e in std::fs::read_dir(up.join("crds")).unwrap() {
            let p = e.unwrap().path();
            let component = p
                .file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .trim_end_matches(".crds.yaml")
                .to_string();
            for mut crd in yaml_docs(&std::fs::read_to_string(&p).unwrap()) {
                let labels = crd["metadata"]
                    .as_object_mut()
                    .unwrap()
                    .entry("labels")
                    .or_insert(json!({}));
                labels["app.kubernetes.io/component"] = json!(component);
                labels["app.kubernetes.io/instance"] = json!("flux-system");
                labels["app.kubernetes.io/part-of"] = json!("flux");
                labels["app.kubernetes.io/version"] = json!("v2.9.4");
                kube.seed(crd).expect("CRD registers");
            }
        }
    }
    Some(TestCluster {
        kube,
        cwd: up.join("cmd-flux"),
    })
}

/// Runs flux against the cluster with the GitHub API pointed at `api` (a closed port when
/// `None`, so the CLI freshness lookup fails fast and silently).
pub fn run_with_api(c: &TestCluster, api: Option<&str>, cmdline: &str) -> Run {
    let env = c.env().set(
        flux_rs::env::FLUX_RS_GITHUB_API_URL,
        api.unwrap_or("http://127.0.0.1:9"),
    );
    flux_env(env, &split_args(cmdline))
}

/// The change set lines upstream prints for a fresh default install (§5 step 7), without the
/// CRD lines when the CRDs are not generated yet.
pub fn fresh_change_set(action: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut crds: Vec<String> = flux_rs::components::crds::all()
        .into_iter()
        .filter(|(c, _)| flux_rs::components::controllers::DEFAULT_COMPONENTS.contains(c))
        .map(|(_, crd)| crd["metadata"]["name"].as_str().unwrap().to_string())
        .collect();
    crds.sort();
    for c in crds {
        lines.push(format!("CustomResourceDefinition/{c} {action}"));
    }
    for l in [
        "Namespace/flux-system",
        "ClusterRole/crd-controller-flux-system",
        "ClusterRole/flux-edit-flux-system",
        "ClusterRole/flux-view-flux-system",
        "ClusterRoleBinding/cluster-reconciler-flux-system",
        "ClusterRoleBinding/crd-controller-flux-system",
        "ResourceQuota/flux-system/critical-pods-flux-system",
        "ServiceAccount/flux-system/helm-controller",
        "ServiceAccount/flux-system/kustomize-controller",
        "ServiceAccount/flux-system/notification-controller",
        "ServiceAccount/flux-system/source-controller",
        "Service/flux-system/notification-controller",
        "Service/flux-system/source-controller",
        "Service/flux-system/webhook-receiver",
        "Deployment/flux-system/helm-controller",
        "Deployment/flux-system/kustomize-controller",
        "Deployment/flux-system/notification-controller",
        "Deployment/flux-system/source-controller",
        "NetworkPolicy/flux-system/allow-egress",
        "NetworkPolicy/flux-system/allow-scraping",
        "NetworkPolicy/flux-system/allow-webhooks",
    ] {
        lines.push(format!("{l} {action}"));
    }
    lines.iter().map(|l| format!("{l}\n")).collect()
}

pub const INSTALL_STDERR: &str = "✚ generating manifests
✔ manifests build completed
► installing components in flux-system namespace
◎ verifying installation
✔ helm-controller: deployment ready
✔ kustomize-controller: deployment ready
✔ notification-controller: deployment ready
✔ source-controller: deployment ready
✔ install finished
";

/// Requests that changed something (not reads, not dry runs).
pub fn writes(c: &TestCluster) -> Vec<String> {
    c.kube
        .request_log()
        .into_iter()
        .filter(|r| !matches!(r.method.as_str(), "GET" | "HEAD" | "OPTIONS"))
        .filter(|r| {
            // Dry runs: `dryRun=All` in the query, or in DeleteOptions in the body.
            !r.query.contains("dryRun") && !String::from_utf8_lossy(&r.body).contains("\"dryRun\"")
        })
        .map(|r| format!("{} {}", r.method, r.path))
        .collect()
}

#[test]
fn install_applies_in_order_then_rerun_changes_nothing() {
    let Some(c) = flux_cluster() else { return };
    let run = run_with_api(&c, None, "install");
    assert_eq!(run.code, 0, "{}", run.out.combined);
    crate::support::assert_text(INSTALL_STDERR, &run.out.stderr, "install stderr");
    crate::support::assert_text(
        &fresh_change_set("created"),
        &run.out.stdout,
        "install stdout",
    );

    let out = std::process::Command::new("/usr/bin/kubectl")
        .arg("--kubeconfig")
        .arg(c.kubeconfig())
        .args(["get", "deployments", "-n", "flux-system", "-o", "name"])
        .output();
    if let Ok(out) = out {
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "deployment.apps/helm-controller\ndeployment.apps/kustomize-controller\ndeployment.apps/notification-controller\ndeployment.apps/source-controller\n"
        );
    }

    c.kube.clear_request_log();
    let rv = c.kube.resource_version();
    let again = run_with_api(&c, None, "install");
    assert_eq!(again.code, 0, "{}", again.out.combined);
    crate::support::assert_text(
        &fresh_change_set("unchanged"),
        &again.out.stdout,
        "re-run stdout",
    );
    assert_eq!(writes(&c), Vec::<String>::new(), "a re-run writes nothing");
    assert_eq!(c.kube.resource_version(), rv, "no object changed");
}

#[test]
fn changed_flags_configure_only_what_changes() {
    let Some(c) = flux_cluster() else { return };
    assert_eq!(run_with_api(&c, None, "install").code, 0);
    let run = run_with_api(&c, None, "install --log-level=debug");
    assert_eq!(run.code, 0, "{}", run.out.combined);
    for line in run.out.stdout.lines() {
        let configured = line.starts_with("Deployment/");
        let want = if configured {
            "configured"
        } else {
            "unchanged"
        };
        assert!(line.ends_with(want), "{line}");
    }
}

#[test]
fn multi_tenant_install_locks_the_controllers_down() {
    let Some(c) = flux_cluster() else { return };
    let run = run_with_api(
        &c,
        None,
        "install --multi-tenant --default-service-account=tenant-sa",
    );
    assert_eq!(run.code, 0, "{}", run.out.combined);
    let args = |name: &str| -> Vec<String> {
        let out = std::process::Command::new("/usr/bin/kubectl")
            .arg("--kubeconfig")
            .arg(c.kubeconfig())
            .args(["get", "deployment", name, "-n", "flux-system", "-o", "json"])
            .output()
            .expect("kubectl");
        let d: Value = serde_json::from_slice(&out.stdout).expect("json");
        d["spec"]["template"]["spec"]["containers"][0]["args"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap().to_string())
            .collect()
    };
    let ks = args("kustomize-controller");
    assert!(
        ks.ends_with(&[
            "--no-cross-namespace-refs=true".to_string(),
            "--no-remote-bases=true".to_string(),
            "--default-service-account=tenant-sa".to_string()
        ]),
        "{ks:?}"
    );
    let hc = args("helm-controller");
    assert!(
        hc.ends_with(&[
            "--no-cross-namespace-refs=true".to_string(),
            "--default-service-account=tenant-sa".to_string()
        ]),
        "{hc:?}"
    );
    let nc = args("notification-controller");
    assert_eq!(
        nc.last().map(String::as_str),
        Some("--no-cross-namespace-refs=true")
    );
    let sc = args("source-controller");
    assert!(!sc.iter().any(|a| a.starts_with("--no-")), "{sc:?}");
}

#[test]
fn multi_tenant_export_shows_the_patched_objects() {
    let run = flux(
        "install --export --multi-tenant --components-extra=image-reflector-controller,image-automation-controller,source-watcher",
    );
    assert_eq!(run.code, 0, "{}", run.out.stderr);
    let objs = yaml_docs(&run.out.stdout);
    let args = |name: &str| {
        objs.iter()
            .find(|o| o["kind"] == "Deployment" && o["metadata"]["name"] == name)
            .unwrap()["spec"]["template"]["spec"]["containers"][0]["args"]
            .clone()
    };
    for name in [
        "kustomize-controller",
        "helm-controller",
        "notification-controller",
        "image-reflector-controller",
        "image-automation-controller",
    ] {
        assert!(
            args(name)
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a == "--no-cross-namespace-refs=true"),
            "{name}"
        );
    }
    assert!(
        args("kustomize-controller")
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "--default-service-account=default")
    );
    assert!(
        !args("source-watcher")
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "--no-cross-namespace-refs=true")
    );
}

#[test]
fn image_pull_secret_is_created_with_indented_docker_config() {
    let Some(c) = flux_cluster() else { return };
    let run = run_with_api(
        &c,
        None,
        "install --image-pull-secret=regcred --registry-creds=bot:s3cret --registry=registry.local/flux",
    );
    // The fake's Deployments become available whatever the image.
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert!(
        run.out
            .stderr
            .contains("► generating image pull secret regcred\n")
    );
    let out = std::process::Command::new("/usr/bin/kubectl")
        .arg("--kubeconfig")
        .arg(c.kubeconfig())
        .args([
            "get",
            "secret",
            "regcred",
            "-n",
            "flux-system",
            "-o",
            "json",
        ])
        .output()
        .expect("kubectl");
    let s: Value = serde_json::from_slice(&out.stdout).expect("secret json");
    assert_eq!(s["type"], "kubernetes.io/dockerconfigjson");
    use base64::Engine as _;
    let data = base64::engine::general_purpose::STANDARD
        .decode(s["data"][".dockerconfigjson"].as_str().unwrap())
        .unwrap();
    assert_eq!(
        String::from_utf8(data).unwrap(),
        "{\n  \"auths\": {\n    \"registry.local/flux\": {\n      \"username\": \"bot\",\n      \"password\": \"s3cret\",\n      \"auth\": \"Ym90OnMzY3JldA==\"\n    }\n  }\n}"
    );
}

// --- upstream install_test.go -------------------------------------------------------------

#[test]
fn upstream_install_test_cases() {
    let cases = [
        (
            "install --namespace='@#[]'",
            "✗ namespace must be a valid DNS label: \"@#[]\"\n",
        ),
        (
            "install unexpectedPosArg --namespace=example",
            "✗ unknown command \"unexpectedPosArg\" for \"flux install\"\n",
        ),
        (
            "install --registry-creds=fluxcd:test",
            "✗ --registry-creds requires --image-pull-secret to be set\n",
        ),
    ];
    for (line, want) in cases {
        let run = flux(line);
        assert_eq!(run.code, 1, "{line}");
        assert_eq!(run.out.stderr, want, "{line}");
    }
}

// --- bad input --------------------------------------------------------------------------

#[test]
fn bad_input_fails_before_touching_the_cluster() {
    let Some(c) = flux_cluster() else { return };
    c.kube.clear_request_log();
    let cases = [
        (
            "install --components=source-controller,foo",
            "✗ component foo is not available",
        ),
        (
            "install --components-extra=image-foo",
            "✗ component image-foo is not available",
        ),
        (
            "install --registry=Bad_Registry!",
            "✗ invalid --registry 'Bad_Registry!': expected a registry host with an optional port and path, e.g. ghcr.io/fluxcd",
        ),
        (
            "install --image-pull-secret=s --registry-creds=user:pa:ss",
            "✗ invalid --registry-creds format, expected 'user:password'",
        ),
        (
            "install --version=2.9.3",
            "✗ targeted version '2.9.3' must be prefixed with 'v'",
        ),
        (
            "install --log-level=trace",
            "✗ invalid argument \"trace\" for \"--log-level\" flag: unsupported log level 'trace', must be one of: debug, info, error",
        ),
        (
            "install --multi-tenant --default-service-account=Not_A_Name",
            "✗ invalid --default-service-account 'Not_A_Name': must be a valid DNS label",
        ),
    ];
    for (line, want) in cases {
        let run = run_with_api(&c, None, line);
        assert_one_failure(&run, want);
    }
    assert!(c.kube.request_log().is_empty(), "no cluster access");
}

#[test]
fn forbidden_cluster_access_leaves_the_cluster_as_it_was() {
    let Some(c) = flux_cluster() else { return };
    c.kube.clear_request_log();
    let rv = c.kube.resource_version();
    let run = run_with_api(&c, None, "install --as=nobody");
    assert_one_failure(
        &run,
        "✗ cluster info unavailable: customresourcedefinitions.apiextensions.k8s.io \"gitrepositories.source.toolkit.fluxcd.io\" is forbidden: User \"nobody\" cannot get resource \"customresourcedefinitions\" in API group \"apiextensions.k8s.io\" at the cluster scope",
    );
    assert_eq!(c.kube.resource_version(), rv);
    assert!(writes(&c).is_empty());
}

#[test]
fn forbidden_namespace_apply_writes_nothing() {
    let Some(c) = flux_cluster() else { return };
    c.kube
        .inject(Fault::status(Some("PATCH"), "/namespaces/flux-system", 403));
    c.kube.clear_request_log();
    let run = run_with_api(&c, None, "install");
    assert_one_failure(
        &run,
        "✗ install failed: Namespace/flux-system dry-run failed (Forbidden): injected fault (403)",
    );
    assert!(writes(&c).is_empty(), "{:?}", writes(&c));
}

#[test]
fn forbidden_deployments_say_what_was_applied() {
    let Some(c) = flux_cluster() else { return };
    c.kube
        .inject(Fault::status(Some("PATCH"), "/deployments/", 403));
    let run = run_with_api(&c, None, "install");
    assert_eq!(run.code, 1);
    let last = run.out.stderr.lines().last().unwrap();
    assert!(
        last.starts_with("✗ install failed: Deployment/flux-system/helm-controller dry-run failed (Forbidden): injected fault (403) (")
            && last.ends_with("object(s) listed above were applied before the failure)"),
        "{last}"
    );
    assert!(run.out.stdout.contains("Namespace/flux-system created\n"));
    assert!(!run.out.stdout.contains("Deployment/"));
}

#[test]
fn controllers_that_never_become_ready_fail_the_install() {
    let Some(c) = flux_cluster_with(Options::default()) else {
        return;
    };
    let run = run_with_api(&c, None, "install --timeout=2s");
    assert_eq!(run.code, 1, "{}", run.out.combined);
    assert!(run.out.stderr.ends_with(
        "◎ verifying installation\n✗ helm-controller: deployment not ready\n✗ kustomize-controller: deployment not ready\n✗ notification-controller: deployment not ready\n✗ source-controller: deployment not ready\n✗ install failed\n"
    ), "{}", run.out.stderr);
}

// --- --version: another release from a local server ---------------------------------------

/// A tiny HTTP server answering fixed paths; returns its base URL.
fn serve(routes: Vec<(String, u16, Vec<u8>)>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let routes = Arc::new(Mutex::new(routes));
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let mut buf = [0u8; 4096];
            let n = s.read(&mut buf).unwrap_or(0);
            let req = String::from_utf8_lossy(&buf[..n]).to_string();
            let path = req.split_whitespace().nth(1).unwrap_or("").to_string();
            let found = routes
                .lock()
                .unwrap()
                .iter()
                .find(|(p, _, _)| *p == path)
                .map(|(_, c, b)| (*c, b.clone()));
            let (code, body) = found.unwrap_or((404, b"not found".to_vec()));
            let head = format!(
                "HTTP/1.1 {code} X\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = s.write_all(head.as_bytes());
            let _ = s.write_all(&body);
        }
    });
    format!("http://{addr}")
}

/// A `manifests.tar.gz` of the embedded bundle, with the version label rewritten.
fn release_tarball() -> Vec<u8> {
    let bundle = flux_rs::components::render::bundle();
    let mut tar = tar::Builder::new(flate2::write::GzEncoder::new(
        Vec::new(),
        flate2::Compression::default(),
    ));
    for (path, text) in bundle.files() {
        let mut h = tar::Header::new_gnu();
        h.set_size(text.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        tar.append_data(&mut h, path, text.as_bytes()).unwrap();
    }
    tar.into_inner().unwrap().finish().unwrap()
}

#[test]
fn version_downloads_and_builds_another_release() {
    let base = serve(vec![
        (
            "/repos/fluxcd/flux2/releases/tags/v2.9.3".into(),
            200,
            b"{\"tag_name\":\"v2.9.3\"}".to_vec(),
        ),
        (
            "/download/v2.9.3/manifests.tar.gz".into(),
            200,
            release_tarball(),
        ),
        (
            "/repos/fluxcd/flux2/releases/tags/v2.9.2".into(),
            200,
            b"{}".to_vec(),
        ),
        (
            "/download/v2.9.2/manifests.tar.gz".into(),
            200,
            b"not a tarball".to_vec(),
        ),
        (
            "/repos/fluxcd/flux2/releases/tags/v2.9.1".into(),
            200,
            b"{}".to_vec(),
        ),
        (
            "/repos/fluxcd/flux2/releases/tags/v2.8.0".into(),
            200,
            b"{}".to_vec(),
        ),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let env = crate::support::hermetic_env(dir.path())
        .set(flux_rs::env::FLUX_RS_GITHUB_API_URL, base.clone());
    let run = |line: &str| flux_env(env.clone(), &split_args(line));

    let ok = run(&format!(
        "install --export --version=v2.9.3 --manifests={base}"
    ));
    assert_eq!(ok.code, 0, "{}", ok.out.stderr);
    assert!(ok.out.stdout.starts_with(
        "---\n# This manifest was generated by flux. DO NOT EDIT.\n# Flux Version: v2.9.3\n"
    ));
    let objs = yaml_docs(&ok.out.stdout);
    assert!(
        objs.iter()
            .all(|o| o["metadata"]["labels"]["app.kubernetes.io/version"] == "v2.9.3")
    );
    let embedded = yaml_docs(&flux("install --export").out.stdout);
    assert_eq!(objs.len(), embedded.len());

    assert_one_failure(
        &run(&format!(
            "install --export --version=v2.9.2 --manifests={base}"
        )),
        &format!(
            "✗ install failed: failed to untar manifests.tar.gz from {base}/download/v2.9.2/manifests.tar.gz, error: invalid gzip header"
        ),
    );
    assert_one_failure(
        &run(&format!(
            "install --export --version=v2.9.1 --manifests={base}"
        )),
        &format!(
            "✗ install failed: failed to download manifests.tar.gz from {base}/download/v2.9.1/manifests.tar.gz, status: 404 Not Found"
        ),
    );
    assert_one_failure(
        &run("install --export --version=v2.9.0"),
        "✗ targeted version 'v2.9.0' does not exist",
    );
    assert_one_failure(
        &run("install --export --version=v2.8.0"),
        "✗ targeted version 'v2.8.0' is not compatible with your current version of flux (2.9.4)",
    );
    let closed = "http://127.0.0.1:9";
    let unreachable = run(&format!(
        "install --export --version=v2.9.3 --manifests={closed}"
    ));
    assert_eq!(unreachable.code, 1);
    assert!(
        unreachable.out.stderr.starts_with(&format!(
            "✗ install failed: failed to download manifests.tar.gz from {closed}/download/v2.9.3/manifests.tar.gz, error: "
        )),
        "{}",
        unreachable.out.stderr
    );
}

#[test]
fn corrupt_tarball_contents_are_rejected() {
    let bad_yaml = {
        let mut tar = tar::Builder::new(flate2::write::GzEncoder::new(
            Vec::new(),
            flate2::Compression::default(),
        ));
        let text = b"a: [unclosed\n";
        let mut h = tar::Header::new_gnu();
        h.set_size(text.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        tar.append_data(&mut h, "rbac.yaml", &text[..]).unwrap();
        tar.into_inner().unwrap().finish().unwrap()
    };
    let err = flux_rs::components::release::unpack(&bad_yaml).unwrap_err();
    assert!(err.starts_with("rbac.yaml: "), "{err}");
    let missing = {
        let tar = tar::Builder::new(flate2::write::GzEncoder::new(
            Vec::new(),
            flate2::Compression::default(),
        ));
        tar.into_inner().unwrap().finish().unwrap()
    };
    assert_eq!(
        flux_rs::components::release::unpack(&missing).unwrap_err(),
        "source-controller.yaml is missing from the archive"
    );
}

#[test]
fn manifests_dir_is_built_as_is_and_unsupported_features_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(p.join("kustomization.yaml"), "resources:\n- ns.yaml\n").unwrap();
    std::fs::write(
        p.join("ns.yaml"),
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n",
    )
    .unwrap();
    let run = flux(&format!("install --export --manifests={}", p.display()));
    assert_eq!(run.code, 0, "{}", run.out.stderr);
    assert!(run.out.stdout.ends_with("# Components: source-controller,kustomize-controller,helm-controller,notification-controller\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n"));

    std::fs::write(
        p.join("kustomization.yaml"),
        "resources:\n- ns.yaml\nconfigMapGenerator:\n- name: cm\n  literals:\n  - a=b\n",
    )
    .unwrap();
    // No PATH: no external kustomize to fall back on.
    let run = flux(&format!("install --export --manifests={}", p.display()));
    assert_one_failure(
        &run,
        "✗ install failed: kustomization field 'configMapGenerator' is not supported by the built-in kustomize, and neither kustomize nor kubectl was found in PATH",
    );
    if crate::components::kubectl().is_some() {
        let env = crate::support::hermetic_env(p).set(flux_rs::env::PATH, "/usr/bin");
        let run = flux_env(
            env,
            &split_args(&format!("install --export --manifests={}", p.display())),
        );
        assert_eq!(run.code, 0, "{}", run.out.stderr);
        let objs = yaml_docs(&run.out.stdout);
        assert!(objs.iter().any(|o| o["kind"] == "ConfigMap"));
    }
}

// --- existing installations ---------------------------------------------------------------

fn label_info_crd(c: &TestCluster, label: &str) {
    let out = std::process::Command::new("/usr/bin/kubectl")
        .arg("--kubeconfig")
        .arg(c.kubeconfig())
        .args([
            "label",
            "--overwrite",
            "customresourcedefinition/gitrepositories.source.toolkit.fluxcd.io",
            label,
        ])
        .output()
        .expect("kubectl");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn installation_managed_by_another_tool_needs_force() {
    let Some(c) = flux_cluster() else { return };
    // An existing installation: flux's CRDs are there, then relabelled.
    let first = run_with_api(&c, None, "install");
    assert_eq!(first.code, 0, "{}", first.out.combined);
    label_info_crd(&c, "app.kubernetes.io/managed-by=Helm");
    c.kube.clear_request_log();
    let run = run_with_api(&c, None, "install");
    assert_eq!(run.code, 1);
    assert!(
        run.out.stderr.ends_with(
            "► installing components in flux-system namespace\n⚠️ Flux v2.9.4 has been installed on this cluster with Helm!\n✗ installation cancelled\n"
        ),
        "{}",
        run.out.stderr
    );
    assert!(writes(&c).is_empty());
    let forced = run_with_api(&c, None, "install --force");
    assert_eq!(forced.code, 0, "{}", forced.out.combined);
}

#[test]
fn bootstrapped_cluster_is_refused() {
    let Some(c) = flux_cluster() else { return };
    // An existing installation: flux's CRDs are there, then relabelled.
    let first = run_with_api(&c, None, "install");
    assert_eq!(first.code, 0, "{}", first.out.combined);
    label_info_crd(&c, "kustomize.toolkit.fluxcd.io/namespace=flux-system");
    let run = run_with_api(&c, None, "install");
    assert_one_failure(
        &run,
        "✗ this cluster has already been bootstrapped with Flux v2.9.4! Please use 'flux bootstrap' to upgrade",
    );
}

#[test]
fn verbose_install_prints_the_manifests_too() {
    let Some(c) = flux_cluster() else { return };
    let run = run_with_api(&c, None, "install --verbose");
    assert_eq!(run.code, 0, "{}", run.out.combined);
    let export = flux("install --export").out.stdout;
    assert!(run.out.stdout.starts_with(&export));
    assert!(run.out.stdout.ends_with(&fresh_change_set("created")));
}

#[test]
fn other_namespace_round_trip() {
    let Some(c) = flux_cluster() else { return };
    let run = run_with_api(&c, None, "install -n flux-other");
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert!(
        run.out
            .stdout
            .contains("ClusterRoleBinding/crd-controller-flux-other created\n")
    );
    assert!(
        run.out
            .stdout
            .contains("Deployment/flux-other/source-controller created\n")
    );
    let check = run_with_api(&c, None, "check -n flux-other");
    assert_eq!(check.code, 0, "{}", check.out.combined);
    let un = run_with_api(&c, None, "uninstall -n flux-other -s");
    assert_eq!(un.code, 0, "{}", un.out.combined);
    assert!(un.out.stderr.contains("✔ Namespace/flux-other deleted \n"));
}
