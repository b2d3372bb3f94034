//! `flux check` against the fake cluster: upstream's `check --pre` golden, the full check after
//! `flux install`, failures (no controllers, old Kubernetes, unready controllers, forbidden),
//! the CLI/cluster version comparison and `-o json` (flux-rs additions).

use fake_kube::{Fault, Options};
use serde_json::{Value, json};

use crate::install::{flux_cluster, flux_cluster_with, run_with_api};
use crate::support::{cmd_flux_dir, render_template};

#[test]
fn check_pre_golden() {
    let Some(c) = flux_cluster() else { return };
    let Some(dir) = cmd_flux_dir() else { return };
    // upstream TestCheckPre: serverVersion = the server's gitVersion without the leading v.
    let golden = std::fs::read_to_string(dir.join("testdata/check/check_pre.golden")).unwrap();
    let want = render_template(&golden, &[("serverVersion", "1.33.1")]);
    let run = run_with_api(&c, None, "check --pre");
    assert_eq!(run.code, 0, "{}", run.out.combined);
    crate::support::assert_text(&want, &run.out.stderr, "check --pre");
    assert_eq!(run.out.stdout, "");
}

fn crd_lines() -> String {
    let mut crds: Vec<(String, String)> = Vec::new();
    let generated = flux_rs::components::crds::all();
    if generated.is_empty() {
        // Seeded upstream CRDs (see install::flux_cluster).
        for (n, v) in [
            ("alerts.notification.toolkit.fluxcd.io", "v1beta3"),
            ("artifactgenerators.source.extensions.fluxcd.io", "v1beta1"),
            ("buckets.source.toolkit.fluxcd.io", "v1"),
            ("externalartifacts.source.toolkit.fluxcd.io", "v1"),
            ("gitrepositories.source.toolkit.fluxcd.io", "v1"),
            ("helmcharts.source.toolkit.fluxcd.io", "v1"),
            ("helmreleases.helm.toolkit.fluxcd.io", "v2"),
            ("helmrepositories.source.toolkit.fluxcd.io", "v1"),
            ("imagepolicies.image.toolkit.fluxcd.io", "v1"),
            ("imagerepositories.image.toolkit.fluxcd.io", "v1"),
            ("imageupdateautomations.image.toolkit.fluxcd.io", "v1"),
            ("kustomizations.kustomize.toolkit.fluxcd.io", "v1"),
            ("ocirepositories.source.toolkit.fluxcd.io", "v1"),
            ("providers.notification.toolkit.fluxcd.io", "v1beta3"),
            ("receivers.notification.toolkit.fluxcd.io", "v1"),
        ] {
            crds.push((n.into(), v.into()));
        }
    } else {
        for (comp, crd) in generated {
            if !flux_rs::components::controllers::DEFAULT_COMPONENTS.contains(&comp) {
                continue;
            }
            let stored = crd["spec"]["versions"]
                .as_array()
                .unwrap()
                .iter()
                .find(|v| v["storage"] == true)
                .unwrap()["name"]
                .as_str()
                .unwrap()
                .to_string();
            crds.push((
                crd["metadata"]["name"].as_str().unwrap().to_string(),
                stored,
            ));
        }
        crds.sort();
    }
    crds.iter().map(|(n, v)| format!("✔ {n}/{v}\n")).collect()
}

fn full_check_stderr() -> String {
    format!(
        "► checking prerequisites
✔ Kubernetes 1.33.1 >=1.33.0-0
► checking version in cluster
✔ distribution: flux-v2.9.4
✔ bootstrapped: false
► checking controllers
✔ helm-controller: deployment ready
► ghcr.io/fluxcd/helm-controller:v1.6.3
✔ kustomize-controller: deployment ready
► ghcr.io/fluxcd/kustomize-controller:v1.9.4
✔ notification-controller: deployment ready
► ghcr.io/fluxcd/notification-controller:v1.9.3
✔ source-controller: deployment ready
► ghcr.io/fluxcd/source-controller:v1.9.4
► checking crds
{}✔ all checks passed
",
        crd_lines()
    )
}

#[test]
fn install_then_check_passes() {
    let Some(c) = flux_cluster() else { return };
    let install = run_with_api(&c, None, "install");
    assert_eq!(install.code, 0, "{}", install.out.combined);
    let run = run_with_api(&c, None, "check");
    assert_eq!(run.code, 0, "{}", run.out.combined);
    crate::support::assert_text(&full_check_stderr(), &run.out.stderr, "check");

    let json = run_with_api(&c, None, "check -o json");
    assert_eq!(json.code, 0, "{}", json.out.combined);
    assert_eq!(json.out.stderr, "");
    let doc: Value = serde_json::from_str(&json.out.stdout).expect("json document");
    assert_eq!(doc["ok"], true);
    assert_eq!(
        doc["kubernetes"],
        json!({"version": "v1.33.1", "constraint": ">=1.33.0-0", "ok": true})
    );
    assert_eq!(doc["distribution"]["name"], "flux-v2.9.4");
    assert_eq!(doc["controllers"].as_array().unwrap().len(), 4);
    assert_eq!(
        doc["controllers"][0],
        json!({"name": "helm-controller", "ready": true, "images": ["ghcr.io/fluxcd/helm-controller:v1.6.3"]})
    );
}

#[test]
fn check_without_flux_fails() {
    let Some(c) = crate::support::cluster::TestCluster::new() else {
        return;
    };
    let env = c
        .env()
        .set(flux_rs::env::FLUX_RS_GITHUB_API_URL, "http://127.0.0.1:9");
    let run = crate::support::flux_env(env, &crate::support::split_args("check"));
    assert_eq!(run.code, 1);
    assert!(
        run.out.stderr.ends_with(
            "► checking controllers\n✗ no controllers found in the 'flux-system' namespace with the label selector 'app.kubernetes.io/part-of=flux'\n► checking crds\n✗ no crds found with the label selector 'app.kubernetes.io/part-of=flux'\n✗ check failed\n"
        ),
        "{}",
        run.out.stderr
    );
}

#[test]
fn check_pre_fails_on_old_kubernetes() {
    let Some(c) = flux_cluster_with(Options {
        server_version: "v1.32.4".into(),
        ..Options::default()
    }) else {
        return;
    };
    let run = run_with_api(&c, None, "check --pre");
    assert_eq!(run.code, 1);
    assert_eq!(
        run.out.stderr,
        "► checking prerequisites\n✗ Kubernetes version v1.32.4 does not match >=1.33.0-0\n"
    );
}

#[test]
fn check_reports_unready_controllers() {
    // No fake controllers: the Deployments never become available.
    let Some(c) = flux_cluster_with(Options::default()) else {
        return;
    };
    let _ = run_with_api(&c, None, "install --timeout=1s");
    let run = run_with_api(&c, None, "check --timeout=1s");
    assert_eq!(run.code, 1);
    assert!(
        run.out.stderr.contains(
            "✗ helm-controller: deployment not ready\n► ghcr.io/fluxcd/helm-controller:v1.6.3\n"
        ),
        "{}",
        run.out.stderr
    );
    assert!(run.out.stderr.ends_with("✗ check failed\n"));
}

#[test]
fn check_forbidden_version_lookup() {
    let Some(c) = flux_cluster() else { return };
    c.kube.inject(Fault::status(Some("GET"), "/version", 403));
    let run = run_with_api(&c, None, "check --pre");
    assert_eq!(run.code, 1);
    assert_eq!(
        run.out.stderr,
        "► checking prerequisites\n✗ Kubernetes API call failed: injected fault (403)\n"
    );
}

#[test]
fn newer_cli_release_is_announced() {
    let Some(c) = flux_cluster() else { return };
    let api = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        std::thread::spawn(move || {
            use std::io::{Read, Write};
            for s in listener.incoming() {
                let Ok(mut s) = s else { continue };
                let mut b = [0u8; 2048];
                let _ = s.read(&mut b);
                let body = "{\"tag_name\":\"v2.10.0\"}";
                let _ = write!(
                    s,
                    "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
            }
        });
        format!("http://{addr}")
    };
    let run = run_with_api(&c, Some(&api), "check --pre");
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert_eq!(
        run.out.stderr,
        "► checking prerequisites\n✗ flux 2.9.4 <2.10.0 (new CLI version is available, please upgrade)\n✔ Kubernetes 1.33.1 >=1.33.0-0\n✔ prerequisites checks passed\n"
    );
}

#[test]
fn cluster_version_skew_is_a_warning_or_a_failure() {
    let Some(c) = flux_cluster() else { return };
    assert_eq!(run_with_api(&c, None, "install").code, 0);
    let kubectl = |args: &[&str]| {
        let out = std::process::Command::new("/usr/bin/kubectl")
            .arg("--kubeconfig")
            .arg(c.kubeconfig())
            .args(args)
            .output()
            .expect("kubectl");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let crd = "customresourcedefinition/gitrepositories.source.toolkit.fluxcd.io";
    kubectl(&[
        "label",
        "--overwrite",
        crd,
        "app.kubernetes.io/version=v2.9.3",
    ]);
    let run = run_with_api(&c, None, "check");
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert!(run.out.stderr.contains(
        "✔ distribution: flux-v2.9.3\n✔ bootstrapped: false\n⚠️ flux CLI v2.9.4 differs from the cluster's Flux v2.9.3\n► checking controllers\n"
    ), "{}", run.out.stderr);

    // A minor skew where the cluster serves every API version this CLI uses still passes.
    kubectl(&[
        "label",
        "--overwrite",
        crd,
        "app.kubernetes.io/version=v2.8.0",
    ]);
    let run = run_with_api(&c, None, "check");
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert!(
        run.out
            .stderr
            .contains("⚠️ flux CLI v2.9.4 differs from the cluster's Flux v2.8.0\n")
    );

    // With the skew, an API version this CLI uses that the cluster does not serve fails.
    kubectl(&[
        "patch",
        "crd",
        "helmreleases.helm.toolkit.fluxcd.io",
        "--type=json",
        "-p",
        r#"[{"op":"replace","path":"/spec/versions/0/served","value":false}]"#,
    ]);
    let run = run_with_api(&c, None, "check");
    assert_eq!(run.code, 1, "{}", run.out.combined);
    assert!(run.out.stderr.contains(
        "⚠️ flux CLI v2.9.4 differs from the cluster's Flux v2.8.0\n✗ helmreleases.helm.toolkit.fluxcd.io does not serve helm.toolkit.fluxcd.io/v2, which flux 2.9.4 uses: upgrade the cluster or use a matching CLI\n► checking controllers\n"
    ), "{}", run.out.stderr);
    assert!(run.out.stderr.ends_with("✗ check failed\n"));
}

#[test]
fn check_bad_flags() {
    let run = crate::support::flux("check -o yaml");
    assert_eq!(run.code, 1);
    assert_eq!(
        run.out.stderr,
        "✗ invalid argument \"yaml\" for \"-o, --output\" flag: unsupported output format 'yaml', must be one of: text, json\n"
    );
    let run = crate::support::flux("check extra");
    assert_eq!(
        run.out.stderr,
        "✗ unknown command \"extra\" for \"flux check\"\n"
    );
    let run = crate::support::flux("check --poll-interval=x");
    assert_eq!(run.code, 1);
    assert!(
        run.out
            .stderr
            .starts_with("✗ invalid argument \"x\" for \"--poll-interval\" flag: ")
    );
}
