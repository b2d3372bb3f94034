//! The shared cluster layer (`flux_rs::cluster`) against the fake cluster: kubeconfig loading,
//! paginated kind-generic Lists, typed reads, and watch-based waits with their timeout report.

use std::time::Duration;

use flux_rs::cluster::{self, objects, wait};
use flux_rs::cmd::ConnectOptions;
use flux_rs::env::Env;
use flux_rs::kinds;
use kube::api::ListParams;

use crate::support::cluster::{TestCluster, allocate_namespace};

fn rt() -> tokio::runtime::Runtime {
    crate::support::init();
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

async fn client(c: &TestCluster) -> kube::Client {
    cluster::build_client(&ConnectOptions::default(), &c.env())
        .await
        .expect("client")
}

#[test]
fn lists_page_by_page_and_reads_typed_objects() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    c.create_file("./testdata/get/objects.yaml", &[("fluxns", &ns)]);
    rt().block_on(async {
        let client = client(&c).await;
        let kind = kinds::by_kind("GitRepository").expect("kind");
        let api = objects::api(&client, kind, Some(&ns));
        let mut pages = Vec::new();
        let seen = objects::for_each_page(&api, &ListParams::default().limit(1), |p| {
            pages.push(p.len())
        })
        .await
        .expect("list");
        assert!(seen >= 2, "fixture has several GitRepositories, saw {seen}");
        assert!(
            pages.iter().all(|n| *n == 1),
            "one object per page: {pages:?}"
        );
        let obj = api.get("podinfo").await.expect("get podinfo");
        let typed: kinds::source::GitRepository = objects::typed(&obj).expect("typed");
        let status = typed.status.expect("status kept from the fixture");
        assert_eq!(
            status.artifact.expect("artifact").revision,
            "main@sha1:696f056df216eea4f9401adbee0ff744d4df390f"
        );
        let missing = api.get("nope").await.expect_err("not found");
        assert!(cluster::is_not_found(&missing));
        assert_eq!(
            cluster::api_error_text(&missing),
            "gitrepositories.source.toolkit.fluxcd.io \"nope\" not found"
        );
    });
}

#[test]
fn waits_follow_a_watch_and_report_conditions_on_timeout() {
    let Some(c) = TestCluster::with_controllers() else {
        return;
    };
    let ns = allocate_namespace("flux-system");
    c.install_controllers(&ns);
    let repo = |name: &str, extra: serde_json::Value| {
        let mut o = serde_json::json!({
            "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
            "metadata": {"name": name, "namespace": ns},
            "spec": {"url": "https://example.com/repo", "interval": "1m", "ref": {"branch": "main"}}
        });
        if let Some(a) = extra.as_object() {
            o["metadata"]["annotations"] = serde_json::Value::Object(a.clone());
        }
        o
    };
    c.create(repo("ok", serde_json::json!({})));
    c.create(repo(
        "slow",
        serde_json::json!({"fake-kube.flux-rs.io/delay-ms": "60000"}),
    ));
    rt().block_on(async {
        let client = client(&c).await;
        let kind = kinds::by_kind("GitRepository").expect("kind");
        let api = objects::api(&client, kind, Some(&ns));
        let ready = |o: &kube::api::DynamicObject| match kinds::readiness::is_ready(
            kind,
            &objects::to_json(o),
        ) {
            Ok(true) => wait::Verdict::Done,
            Ok(false) => wait::Verdict::Pending,
            Err(m) => wait::Verdict::Failed(m),
        };
        let done = wait::until(&api, "ok", Duration::from_secs(20), ready)
            .await
            .expect("ok becomes ready");
        assert!(done.data["status"]["artifact"]["revision"].is_string());
        match wait::until(&api, "slow", Duration::from_millis(700), ready).await {
            Err(wait::WaitError::Timeout(Some(last))) => {
                assert_eq!(last.metadata.name.as_deref(), Some("slow"));
                let text = wait::describe_conditions(&last);
                assert!(!text.is_empty());
            }
            other => panic!("want a timeout with the last state, got {other:?}"),
        }
        match wait::until(&api, "absent", Duration::from_secs(5), ready).await {
            Err(wait::WaitError::NotFound) => {}
            other => panic!("want not found, got {other:?}"),
        }
    });
}

#[test]
fn kubeconfig_list_merges_and_context_namespace_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("a");
    let b = dir.path().join("b");
    std::fs::write(
        &a,
        "apiVersion: v1\nkind: Config\ncurrent-context: one\ncontexts:\n- name: one\n  context:\n    cluster: c1\n    user: u1\n    namespace: team-a\nclusters:\n- name: c1\n  cluster:\n    server: http://127.0.0.1:1\nusers:\n- name: u1\n  user: {}\n",
    )
    .expect("write a");
    std::fs::write(
        &b,
        "apiVersion: v1\nkind: Config\ncontexts:\n- name: two\n  context:\n    cluster: c1\n    user: u1\n    namespace: team-b\n",
    )
    .expect("write b");
    let list = format!(
        "{}:{}:{}",
        a.display(),
        dir.path().join("missing").display(),
        b.display()
    );
    let env = Env::empty(dir.path()).set(flux_rs::env::KUBECONFIG, list);
    let opts = ConnectOptions::default();
    assert_eq!(
        cluster::context_namespace(&opts, &env).as_deref(),
        Some("team-a")
    );
    let two = ConnectOptions {
        context: Some("two".into()),
        ..ConnectOptions::default()
    };
    assert_eq!(
        cluster::context_namespace(&two, &env).as_deref(),
        Some("team-b")
    );
    let kc = cluster::load_kubeconfig(&opts, &env)
        .expect("load")
        .expect("some");
    assert_eq!(kc.contexts.len(), 2);
}
