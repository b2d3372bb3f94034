//! `flux version` against the fake cluster (operate.md §5.7): the distribution from the
//! GitRepository CRD labels, one entry per controller image (upstream `TestSplitImageStr`
//! images used as the Deployments' images), YAML and JSON, and the errors: no Flux
//! Deployments, images without a tag or unparsable, forbidden lists.

use serde_json::{Value, json};

use crate::support::cluster::TestCluster;

fn deployment(c: &TestCluster, ns: &str, name: &str, images: &[&str]) {
    let containers: Vec<Value> = images
        .iter()
        .enumerate()
        .map(|(i, im)| json!({"name": format!("c{i}"), "image": im}))
        .collect();
    c.create(json!({"apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": name, "namespace": ns,
            "labels": {"app": name, "app.kubernetes.io/part-of": "flux"}},
        "spec": {"replicas": 1, "selector": {"matchLabels": {"app": name}},
            "template": {"metadata": {"labels": {"app": name}}, "spec": {"containers": containers}}}}));
}

fn label_crd(c: &TestCluster, labels: Value) {
    let (_, mut crd) = flux_rs::components::crds::all()
        .into_iter()
        .find(|(_, crd)| crd["metadata"]["name"] == "gitrepositories.source.toolkit.fluxcd.io")
        .expect("GitRepository CRD");
    crd["metadata"]["labels"] = labels;
    c.kube.seed(crd).expect("CRD updates");
}

const DIGEST: &str = "sha256:49921d1c7b100650dd654a32df1f6e626b54dfe9707d7bb7bdf43fb7c81f1baf";

fn cluster() -> Option<TestCluster> {
    let c = TestCluster::new()?;
    c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "flux-system"}}));
    deployment(
        &c,
        "flux-system",
        "notification-controller",
        &["fluxcd/notification-controller:v1.0.0"],
    );
    deployment(
        &c,
        "flux-system",
        "kustomize-controller",
        &["ghcr.io/fluxcd/kustomize-controller:v1.0.0"],
    );
    deployment(
        &c,
        "flux-system",
        "source-controller",
        &[
            "reg.internal:8080/fluxcd/source-controller:v1.0.0",
            &format!("fluxcd/source-watcher:v1.0.1@{DIGEST}"),
        ],
    );
    Some(c)
}

#[test]
fn version_reads_distribution_and_controller_images() {
    let Some(c) = cluster() else { return };
    // No distribution labels yet: no distribution line.
    let run = c.flux("version");
    assert_eq!(
        (run.code, run.out.stderr.as_str(), run.out.stdout.as_str()),
        (
            0,
            "",
            format!(
                "flux: v2.9.4\nkustomize-controller: v1.0.0\nnotification-controller: v1.0.0\nsource-controller: v1.0.0\nsource-watcher: v1.0.1@{DIGEST}\n"
            )
            .as_str()
        )
    );
    label_crd(
        &c,
        json!({"app.kubernetes.io/part-of": "flux", "app.kubernetes.io/version": "v2.9.4"}),
    );
    let run = c.flux("version");
    assert_eq!(
        (run.code, run.out.stdout.as_str()),
        (
            0,
            format!(
                "distribution: flux-v2.9.4\nflux: v2.9.4\nkustomize-controller: v1.0.0\nnotification-controller: v1.0.0\nsource-controller: v1.0.0\nsource-watcher: v1.0.1@{DIGEST}\n"
            )
            .as_str()
        )
    );
    let run = c.flux("version -o json");
    assert_eq!(
        (run.code, run.out.stdout.as_str()),
        (
            0,
            format!(
                "{{\n  \"distribution\": \"flux-v2.9.4\",\n  \"flux\": \"v2.9.4\",\n  \"kustomize-controller\": \"v1.0.0\",\n  \"notification-controller\": \"v1.0.0\",\n  \"source-controller\": \"v1.0.0\",\n  \"source-watcher\": \"v1.0.1@{DIGEST}\"\n}}\n"
            )
            .as_str()
        )
    );
    // --client never asks the cluster.
    c.kube.clear_request_log();
    let run = c.flux("version --client");
    assert_eq!((run.code, run.out.stdout.as_str()), (0, "flux: v2.9.4\n"));
    assert!(c.kube.request_log().is_empty());
}

#[test]
fn version_errors() {
    let Some(c) = cluster() else { return };
    let err = |cmd: &str| {
        let run = c.flux(cmd);
        assert_eq!(
            (run.code, run.out.stdout.as_str()),
            (1, ""),
            "{cmd}: {:?}",
            run.out.combined
        );
        run.out.stderr
    };
    assert_eq!(
        err("version -n default"),
        "✗ no deployments found in default namespace\n"
    );
    assert_eq!(
        err("version -o table"),
        "✗ --output must be json or yaml, not table\n"
    );
    let forbidden = err("version --as nobody");
    assert!(
        forbidden.starts_with("✗ customresourcedefinitions.apiextensions.k8s.io \"gitrepositories.source.toolkit.fluxcd.io\" is forbidden")
            && forbidden.lines().count() == 1,
        "{forbidden:?}"
    );
    deployment(
        &c,
        "default",
        "helm-controller",
        &["fluxcd/helm-controller"],
    );
    assert_eq!(
        err("version -n default"),
        "✗ missing image tag in image fluxcd/helm-controller\n"
    );
    c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "bad"}}));
    deployment(&c, "bad", "helm-controller", &["Fluxcd/Helm-Controller:v1"]);
    assert!(
        err("version -n bad").starts_with("✗ parsing image 'Fluxcd/Helm-Controller:v1' failed: "),
    );
}
