//! fake-kube seen through kube-rs (the client flux-rs uses): typed CRUD, patches incl.
//! server-side apply conflicts, errors, watcher (list-watch and streaming lists), discovery of
//! CRDs registered at run time, and dynamic objects.

use std::time::Duration;

use fake_kube::FakeKube;
use futures::{StreamExt, TryStreamExt};
use k8s_openapi::api::core::v1::ConfigMap;
use kube::api::{Api, DeleteParams, DynamicObject, ListParams, Patch, PatchParams, PostParams};
use kube::core::{ApiResource, GroupVersionKind};
use kube::runtime::watcher;
use serde_json::json;

async fn client(fk: &FakeKube) -> kube::Client {
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    let kc = kube::config::Kubeconfig::read_from(fk.kubeconfig_path()).unwrap();
    let cfg = kube::Config::from_custom_kubeconfig(kc, &Default::default())
        .await
        .unwrap();
    kube::Client::try_from(cfg).unwrap()
}

fn cm(name: &str, data: serde_json::Value) -> ConfigMap {
    serde_json::from_value(json!({"apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": name, "labels": {"app": "web"}}, "data": data}))
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kube_rs_typed_crud_patch_ssa_and_errors() {
    tokio::time::timeout(Duration::from_secs(60), async {
        let fk = FakeKube::start().unwrap();
        let c = client(&fk).await;
        assert_eq!(c.apiserver_version().await.unwrap().git_version, "v1.33.1");
        let api: Api<ConfigMap> = Api::namespaced(c.clone(), "default");
        let created = api
            .create(&PostParams::default(), &cm("a", json!({"k": "1"})))
            .await
            .unwrap();
        assert!(created.metadata.uid.is_some() && created.metadata.resource_version.is_some());
        let err = api
            .create(&PostParams::default(), &cm("a", json!({})))
            .await
            .unwrap_err();
        let kube::Error::Api(ae) = err else {
            panic!("not an API error")
        };
        assert_eq!((ae.code, ae.reason.as_str()), (409, "AlreadyExists"));
        let kube::Error::Api(ae) = api.get("nope").await.unwrap_err() else {
            panic!()
        };
        assert_eq!((ae.code, ae.reason.as_str()), (404, "NotFound"));
        assert_eq!(ae.message, r#"configmaps "nope" not found"#);
        assert!(api.get_opt("nope").await.unwrap().is_none());

        api.patch(
            "a",
            &PatchParams::default(),
            &Patch::Merge(json!({"data": {"m": "2"}})),
        )
        .await
        .unwrap();
        let p: json_patch::Patch =
            serde_json::from_value(json!([{"op": "add", "path": "/data/j", "value": "3"}]))
                .unwrap();
        api.patch("a", &PatchParams::default(), &Patch::<()>::Json(p))
            .await
            .unwrap();
        api.patch(
            "a",
            &PatchParams::default(),
            &Patch::Strategic(json!({"data": {"s": "4"}})),
        )
        .await
        .unwrap();
        let got = api.get("a").await.unwrap();
        let data = got.data.unwrap();
        assert_eq!(data.len(), 4, "{data:?}");

        // Server-side apply create, conflict, force.
        let ssa = PatchParams::apply("mgr-a");
        let applied = api
            .patch("b", &ssa, &Patch::Apply(cm("b", json!({"x": "1"}))))
            .await
            .unwrap();
        assert_eq!(
            applied.metadata.managed_fields.unwrap()[0]
                .manager
                .as_deref(),
            Some("mgr-a")
        );
        let other = PatchParams::apply("mgr-b");
        let kube::Error::Api(ae) = api
            .patch("b", &other, &Patch::Apply(cm("b", json!({"x": "2"}))))
            .await
            .unwrap_err()
        else {
            panic!()
        };
        assert_eq!((ae.code, ae.reason.as_str()), (409, "Conflict"));
        assert!(
            ae.message.contains(r#"conflict with "mgr-a""#),
            "{}",
            ae.message
        );
        let forced = api
            .patch(
                "b",
                &other.force(),
                &Patch::Apply(cm("b", json!({"x": "2"}))),
            )
            .await
            .unwrap();
        assert_eq!(forced.data.unwrap()["x"], "2");

        let list = api
            .list(&ListParams::default().labels("app=web").limit(1))
            .await
            .unwrap();
        assert_eq!(list.items.len(), 1);
        assert!(list.metadata.continue_.is_some());
        let all = api.list(&ListParams::default()).await.unwrap();
        assert_eq!(all.items.len(), 2);
        let deleted = api.delete("a", &DeleteParams::default()).await.unwrap();
        assert!(deleted.is_left());
        assert!(api.get_opt("a").await.unwrap().is_none());
    })
    .await
    .expect("test deadline");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kube_rs_watcher_list_watch_and_streaming_lists() {
    tokio::time::timeout(Duration::from_secs(60), async {
        let fk = FakeKube::start().unwrap();
        let c = client(&fk).await;
        let api: Api<ConfigMap> = Api::namespaced(c.clone(), "default");
        api.create(&PostParams::default(), &cm("pre", json!({})))
            .await
            .unwrap();
        for cfg in [
            watcher::Config::default(),
            watcher::Config::default().streaming_lists(),
        ] {
            let mut stream = watcher(api.clone(), cfg).boxed();
            let mut seen_init_done = false;
            while let Some(ev) = stream.try_next().await.unwrap() {
                if let watcher::Event::InitDone = ev {
                    seen_init_done = true;
                    break;
                }
            }
            assert!(seen_init_done);
            let name = format!("w{}", fk.resource_version());
            api.create(&PostParams::default(), &cm(&name, json!({})))
                .await
                .unwrap();
            api.delete(&name, &DeleteParams::default()).await.unwrap();
            let mut applied = false;
            while let Some(ev) = stream.try_next().await.unwrap() {
                match ev {
                    watcher::Event::Apply(o) if o.metadata.name.as_deref() == Some(&name) => {
                        applied = true
                    }
                    watcher::Event::Delete(o) if o.metadata.name.as_deref() == Some(&name) => break,
                    _ => {}
                }
            }
            assert!(applied);
        }
    })
    .await
    .expect("test deadline");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kube_rs_discovers_crds_and_uses_dynamic_objects() {
    tokio::time::timeout(Duration::from_secs(60), async {
        let fk = FakeKube::start().unwrap();
        fk.seed(json!({
            "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
            "metadata": {"name": "gizmos.example.com"},
            "spec": {"group": "example.com", "scope": "Namespaced",
                "names": {"kind": "Gizmo", "plural": "gizmos", "singular": "gizmo"},
                "versions": [{"name": "v1", "served": true, "storage": true, "subresources": {"status": {}},
                    "schema": {"openAPIV3Schema": {"type": "object", "properties": {
                        "spec": {"type": "object", "properties": {"n": {"type": "integer", "default": 7}}},
                        "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}}}]}
        }))
        .unwrap();
        let c = client(&fk).await;
        let discovery = kube::Discovery::new(c.clone()).run().await.unwrap();
        let gvk = GroupVersionKind::gvk("example.com", "v1", "Gizmo");
        let (ar, caps) = discovery.resolve_gvk(&gvk).expect("Gizmo discovered");
        assert_eq!(ar.plural, "gizmos");
        assert_eq!(caps.scope, kube::discovery::Scope::Namespaced);
        let api: Api<DynamicObject> = Api::namespaced_with(c.clone(), "default", &ApiResource::from_gvk(&gvk));
        let obj: DynamicObject = serde_json::from_value(json!({"apiVersion": "example.com/v1", "kind": "Gizmo",
            "metadata": {"name": "g"}, "spec": {}})).unwrap();
        let made = api.create(&PostParams::default(), &obj).await.unwrap();
        assert_eq!(made.data["spec"]["n"], 7);
        let st = api
            .patch_status("g", &PatchParams::default(), &Patch::Merge(json!({"status": {"ok": true}})))
            .await
            .unwrap();
        assert_eq!(st.data["status"]["ok"], true);
        assert_eq!(st.metadata.generation, Some(1));
    })
    .await
    .expect("test deadline");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kube_rs_pod_logs_options_and_follow() {
    use futures::AsyncBufReadExt;
    use k8s_openapi::api::core::v1::Pod;
    use kube::api::LogParams;
    tokio::time::timeout(Duration::from_secs(60), async {
        let fk = FakeKube::start().unwrap();
        fk.seed(json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "one", "namespace": "default"},
            "spec": {"containers": [{"name": "c", "image": "i"}]}}))
            .unwrap();
        fk.seed(json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "two", "namespace": "default"},
            "spec": {"containers": [{"name": "a", "image": "i"}, {"name": "b", "image": "i"}]}}))
            .unwrap();
        let c = client(&fk).await;
        let pods: Api<Pod> = Api::namespaced(c, "default");
        let old = r#"{"ts":"2020-01-01T00:00:00Z","msg":"old"}"#;
        fk.set_pod_log("default", "one", &format!("plain\n{old}\nlast\n"));
        let lp = LogParams::default();
        assert_eq!(pods.logs("one", &lp).await.unwrap(), format!("plain\n{old}\nlast\n"));
        let tail = LogParams { tail_lines: Some(1), ..LogParams::default() };
        assert_eq!(pods.logs("one", &tail).await.unwrap(), "last\n");
        // Lines with an old `ts` fall before `sinceSeconds`; lines without one always pass.
        let since = LogParams { since_seconds: Some(60), ..LogParams::default() };
        assert_eq!(pods.logs("one", &since).await.unwrap(), "plain\nlast\n");
        let stamped = LogParams { timestamps: true, tail_lines: Some(2), ..LogParams::default() };
        assert_eq!(
            pods.logs("one", &stamped).await.unwrap().lines().next().unwrap(),
            format!("2020-01-01T00:00:00.000000000Z {old}")
        );
        // Several containers: one must be named.
        let err = pods.logs("two", &lp).await.unwrap_err();
        assert!(err.to_string().contains("a container name must be specified for pod two, choose one of: [a b]"), "{err}");
        fk.set_container_log("default", "two", "b", "from b\n");
        let b = LogParams { container: Some("b".into()), ..LogParams::default() };
        assert_eq!(pods.logs("two", &b).await.unwrap(), "from b\n");
        assert!(pods.logs("nope", &lp).await.is_err());
        // follow: appended lines arrive on the open stream.
        let follow = LogParams { follow: true, ..LogParams::default() };
        let mut lines = pods.log_stream("one", &follow).await.unwrap().lines();
        for want in ["plain", old, "last"] {
            assert_eq!(lines.next().await.unwrap().unwrap(), want);
        }
        fk.append_pod_log("default", "one", "appended");
        assert_eq!(lines.next().await.unwrap().unwrap(), "appended");
    })
    .await
    .expect("test deadline");
}
