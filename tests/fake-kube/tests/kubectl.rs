//! Conformance tests for fake-kube driven by the real `kubectl` binary (and raw HTTP for watch
//! details): apply/get/patch/delete, SSA conflicts, selectors, pagination, watch, CRDs,
//! finalizers, status subresource, and the Flux install manifest.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use fake_kube::FakeKube;
use serde_json::{Value, json};

const KUBECTL: &str = "/usr/bin/kubectl";
const DEADLINE: Duration = Duration::from_secs(60);

#[allow(clippy::disallowed_methods)] // tests read CI directly
fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// Skip (or fail under CI) when kubectl is missing.
fn have_kubectl() -> bool {
    if Path::new(KUBECTL).exists() {
        return true;
    }
    assert!(!ci(), "{KUBECTL} is required under CI");
    eprintln!("skipping: {KUBECTL} not found");
    false
}

struct Run {
    code: i32,
    out: String,
    err: String,
}

fn wait_deadline(mut child: std::process::Child, what: &str) -> Output {
    let start = Instant::now();
    loop {
        if let Some(_st) = child.try_wait().expect("try_wait") {
            return child.wait_with_output().expect("output");
        }
        if start.elapsed() > DEADLINE {
            let _ = child.kill();
            panic!("kubectl {what} did not finish within {DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn kubectl_in(fk: &FakeKube, args: &[&str], stdin: Option<&str>) -> Run {
    let mut cmd = Command::new(KUBECTL);
    cmd.arg("--kubeconfig").arg(fk.kubeconfig_path());
    cmd.arg("--cache-dir").arg(fk.dir().join("kube-cache"));
    cmd.args(args);
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    let mut child = cmd.spawn().expect("spawn kubectl");
    if let Some(s) = stdin {
        let mut i = child.stdin.take().expect("stdin");
        i.write_all(s.as_bytes()).expect("write stdin");
    }
    // Drain pipes on threads so big outputs cannot block the child.
    let mut so = child.stdout.take().expect("stdout");
    let mut se = child.stderr.take().expect("stderr");
    let t1 = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = so.read_to_string(&mut s);
        s
    });
    let t2 = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = se.read_to_string(&mut s);
        s
    });
    let o = wait_deadline(child, &args.join(" "));
    Run {
        code: o.status.code().unwrap_or(-1),
        out: t1.join().unwrap(),
        err: t2.join().unwrap(),
    }
}

fn k(fk: &FakeKube, args: &[&str]) -> Run {
    kubectl_in(fk, args, None)
}

/// Run and require success.
fn ok(fk: &FakeKube, args: &[&str]) -> String {
    let r = k(fk, args);
    assert_eq!(
        r.code, 0,
        "kubectl {args:?} failed:\nstdout: {}\nstderr: {}",
        r.out, r.err
    );
    r.out
}

fn ok_stdin(fk: &FakeKube, args: &[&str], input: &str) -> String {
    let r = kubectl_in(fk, args, Some(input));
    assert_eq!(
        r.code, 0,
        "kubectl {args:?} failed:\nstdout: {}\nstderr: {}",
        r.out, r.err
    );
    r.out
}

fn json_of(fk: &FakeKube, args: &[&str]) -> Value {
    let out = ok(fk, args);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

const APP: &str = r#"
apiVersion: v1
kind: ConfigMap
metadata:
  name: demo
  namespace: default
  labels: {app: web, tier: fe}
data:
  a: "1"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: default
  labels: {app: web}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: nginx:1
        env: [{name: A, value: "1"}]
"#;

#[test]
fn discovery_version_and_api_resources() {
    if !have_kubectl() {
        return;
    }
    let fk = FakeKube::start().unwrap();
    let v = json_of(&fk, &["version", "-o", "json"]);
    assert_eq!(v["serverVersion"]["gitVersion"], "v1.33.1");
    let out = ok(&fk, &["api-resources"]);
    for want in [
        "namespaces",
        "configmaps",
        "secrets",
        "serviceaccounts",
        "services",
        "pods",
        "events",
        "resourcequotas",
        "deployments",
        "networkpolicies",
        "roles",
        "rolebindings",
        "clusterroles",
        "clusterrolebindings",
        "customresourcedefinitions",
    ] {
        assert!(
            out.lines().any(|l| l.starts_with(want)),
            "{want} missing:\n{out}"
        );
    }
    assert!(out.contains("crd,crds"), "{out}");
    let ns = ok(&fk, &["get", "ns"]);
    assert!(
        ns.contains("default") && ns.contains("kube-system") && ns.contains("Active"),
        "{ns}"
    );
    // Aggregated discovery was asked for and plain JSON answered.
    assert!(fk.request_log().iter().any(|r| {
        r.path == "/apis"
            && r.accept
                .as_deref()
                .is_some_and(|a| a.contains("apidiscovery.k8s.io"))
    }));
}

#[test]
fn apply_get_patch_delete() {
    if !have_kubectl() {
        return;
    }
    let fk = FakeKube::start().unwrap();
    let out = ok_stdin(&fk, &["apply", "-f", "-"], APP);
    assert!(
        out.contains("configmap/demo created") && out.contains("deployment.apps/web created"),
        "{out}"
    );
    let out = ok_stdin(&fk, &["apply", "-f", "-"], APP);
    assert!(out.contains("configmap/demo unchanged"), "{out}");

    let d = json_of(&fk, &["get", "deploy", "web", "-o", "json"]);
    assert_eq!(d["metadata"]["generation"], 1);
    let uid = d["metadata"]["uid"].as_str().unwrap().to_string();
    assert_eq!(uid.len(), 36);
    assert!(
        d["metadata"]["creationTimestamp"]
            .as_str()
            .unwrap()
            .ends_with('Z')
    );
    let rv1: u64 = d["metadata"]["resourceVersion"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();

    // Label change: no generation bump; spec change: bump.
    ok(&fk, &["label", "deploy", "web", "extra=1"]);
    let d = json_of(&fk, &["get", "deploy", "web", "-o", "json"]);
    assert_eq!(d["metadata"]["generation"], 1);
    let rv2: u64 = d["metadata"]["resourceVersion"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(rv2 > rv1);
    // Strategic merge: env merged by name.
    ok(
        &fk,
        &[
            "patch",
            "deploy",
            "web",
            "--type=strategic",
            "-p",
            r#"{"spec":{"template":{"spec":{"containers":[{"name":"web","env":[{"name":"B","value":"2"}]}]}}}}"#,
        ],
    );
    let d = json_of(&fk, &["get", "deploy", "web", "-o", "json"]);
    assert_eq!(d["metadata"]["generation"], 2);
    assert_eq!(d["metadata"]["uid"], json!(uid));
    assert_eq!(
        d["spec"]["template"]["spec"]["containers"][0]["env"],
        json!([{"name": "A", "value": "1"}, {"name": "B", "value": "2"}])
    );
    // Merge and JSON patches.
    ok(
        &fk,
        &[
            "patch",
            "cm",
            "demo",
            "--type=merge",
            "-p",
            r#"{"data":{"b":"2"}}"#,
        ],
    );
    ok(
        &fk,
        &[
            "patch",
            "cm",
            "demo",
            "--type=json",
            "-p",
            r#"[{"op":"remove","path":"/data/a"}]"#,
        ],
    );
    let c = json_of(&fk, &["get", "cm", "demo", "-o", "json"]);
    assert_eq!(c["data"], json!({"b": "2"}));
    assert!(c["metadata"].get("generation").is_none());
    let r = k(
        &fk,
        &[
            "patch",
            "cm",
            "demo",
            "--type=json",
            "-p",
            r#"[{"op":"remove","path":"/nope"}]"#,
        ],
    );
    assert_eq!(r.code, 1);
    assert!(r.err.contains("The request is invalid"), "{}", r.err);

    // Errors with Kubernetes Status bodies.
    let r = k(&fk, &["get", "cm", "nope"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.err.trim(),
        r#"Error from server (NotFound): configmaps "nope" not found"#
    );
    let r = k(&fk, &["get", "deploy", "nope"]);
    assert_eq!(
        r.err.trim(),
        r#"Error from server (NotFound): deployments.apps "nope" not found"#
    );
    let r = kubectl_in(&fk, &["create", "-f", "-"], Some(APP));
    assert_eq!(r.code, 1);
    assert!(r.err.contains(r#"Error from server (AlreadyExists): error when creating "STDIN": configmaps "demo" already exists"#), "{}", r.err);
    // Stale resourceVersion on replace: Conflict.
    let mut stale = c.clone();
    stale["metadata"]["resourceVersion"] = json!("1");
    let r = kubectl_in(&fk, &["replace", "-f", "-"], Some(&stale.to_string()));
    assert_eq!(r.code, 1);
    assert!(
        r.err.contains("Error from server (Conflict)")
            && r.err.contains("the object has been modified"),
        "{}",
        r.err
    );
    // Replace with the current resourceVersion works.
    let mut fresh = json_of(&fk, &["get", "cm", "demo", "-o", "json"]);
    fresh["data"]["c"] = json!("3");
    ok_stdin(&fk, &["replace", "-f", "-"], &fresh.to_string());
    assert_eq!(
        json_of(&fk, &["get", "cm", "demo", "-o", "json"])["data"]["c"],
        "3"
    );

    // Delete.
    let out = ok(&fk, &["delete", "cm", "demo"]);
    assert!(out.contains(r#"configmap "demo" deleted"#), "{out}");
    let r = k(&fk, &["get", "cm", "demo"]);
    assert!(r.err.contains("NotFound"), "{}", r.err);
    let r = k(&fk, &["delete", "cm", "demo"]);
    assert_eq!(r.code, 1);
    assert!(
        r.err.contains(r#"configmaps "demo" not found"#),
        "{}",
        r.err
    );
}

#[test]
fn selectors_all_namespaces_and_deletecollection() {
    if !have_kubectl() {
        return;
    }
    let fk = FakeKube::start().unwrap();
    ok(&fk, &["create", "namespace", "other"]);
    let mut docs = String::new();
    for (ns, name, labels) in [
        ("default", "a", r#"{"app": "web", "tier": "fe"}"#),
        ("default", "b", r#"{"app": "db"}"#),
        ("other", "c", r#"{"app": "web"}"#),
        ("other", "d", r#"{}"#),
    ] {
        docs.push_str(&format!(
            "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n  namespace: {ns}\n  labels: {labels}\n"
        ));
    }
    ok_stdin(&fk, &["apply", "-f", "-"], &docs);
    let names = |args: &[&str]| -> Vec<String> {
        let mut a = vec![
            "get",
            "cm",
            "-o",
            "jsonpath={range .items[*]}{.metadata.name}{\" \"}{end}",
        ];
        a.extend_from_slice(args);
        ok(&fk, &a).split_whitespace().map(String::from).collect()
    };
    assert_eq!(names(&["-A"]), ["a", "b", "c", "d"]);
    assert_eq!(names(&[]), ["a", "b"]);
    assert_eq!(names(&["-A", "-l", "app=web"]), ["a", "c"]);
    assert_eq!(names(&["-A", "-l", "app==web,tier"]), ["a"]);
    assert_eq!(names(&["-A", "-l", "app!=web"]), ["b", "d"]);
    assert_eq!(names(&["-A", "-l", "app in (db,web)"]), ["a", "b", "c"]);
    assert_eq!(names(&["-A", "-l", "app notin (web)"]), ["b", "d"]);
    assert_eq!(names(&["-A", "-l", "!app"]), ["d"]);
    assert_eq!(names(&["-A", "--field-selector", "metadata.name=c"]), ["c"]);
    assert_eq!(
        names(&["-A", "--field-selector", "metadata.namespace!=other"]),
        ["a", "b"]
    );
    let r = k(&fk, &["get", "cm", "-l", "a b c"]);
    assert_eq!(r.code, 1);
    let table = ok(&fk, &["get", "cm", "-A"]);
    assert!(table.starts_with("NAMESPACE"), "{table}");
    // deletecollection
    ok(&fk, &["delete", "cm", "-n", "other", "--all"]);
    assert_eq!(names(&["-A"]), ["a", "b"]);
    // Namespace deletion cascades.
    ok(
        &fk,
        &[
            "create",
            "cm",
            "-n",
            "other",
            "x",
            "--dry-run=client",
            "-o",
            "yaml",
        ],
    );
    ok_stdin(
        &fk,
        &["apply", "-n", "other", "-f", "-"],
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n",
    );
    ok(&fk, &["delete", "ns", "other", "--timeout=20s"]);
    assert!(k(&fk, &["get", "ns", "other"]).err.contains("NotFound"));
    assert_eq!(names(&["-A"]), ["a", "b"]);
}

#[test]
fn pagination_with_chunk_size() {
    if !have_kubectl() {
        return;
    }
    let fk = FakeKube::start().unwrap();
    let mut docs = String::new();
    for i in 0..5 {
        docs.push_str(&format!(
            "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {{name: p{i}, namespace: default}}\n"
        ));
    }
    ok_stdin(&fk, &["apply", "-f", "-"], &docs);
    fk.clear_request_log();
    let out = ok(&fk, &["get", "cm", "--chunk-size=2", "-o", "name"]);
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        (0..5)
            .map(|i| format!("configmap/p{i}"))
            .collect::<Vec<_>>()
    );
    let lists: Vec<_> = fk
        .request_log()
        .into_iter()
        .filter(|r| r.path == "/api/v1/namespaces/default/configmaps")
        .collect();
    assert_eq!(lists.len(), 3, "{lists:?}");
    assert!(lists[0].query.contains("limit=2"));
    assert!(lists[1].query.contains("continue="));
    // A bad continue token is a 400.
    let r = raw(
        &fk,
        "GET",
        "/api/v1/namespaces/default/configmaps?limit=1&continue=!!!",
        None,
    );
    assert!(
        r.starts_with("HTTP/1.1 400") && r.contains("continue key is not valid"),
        "{r}"
    );
}

#[test]
fn server_side_apply_managers_and_conflicts() {
    if !have_kubectl() {
        return;
    }
    let fk = FakeKube::start().unwrap();
    let cm = |k: &str, j: Option<&str>| {
        let mut s = format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: ssa, namespace: default}}\ndata:\n  k: \"{k}\"\n"
        );
        if let Some(j) = j {
            s.push_str(&format!("  j: \"{j}\"\n"));
        }
        s
    };
    let out = ok_stdin(
        &fk,
        &["apply", "--server-side", "-f", "-"],
        &cm("1", Some("2")),
    );
    assert!(out.contains("configmap/ssa serverside-applied"), "{out}");
    let r = kubectl_in(
        &fk,
        &["apply", "--server-side", "--field-manager=other", "-f", "-"],
        Some(&cm("9", None)),
    );
    assert_eq!(r.code, 1);
    assert!(
        r.err
            .contains(r#"Apply failed with 1 conflict: conflict with "kubectl" using v1: .data.k"#),
        "{}",
        r.err
    );
    // Same value: co-ownership, no conflict.
    ok_stdin(
        &fk,
        &["apply", "--server-side", "--field-manager=other", "-f", "-"],
        &cm("1", None),
    );
    ok_stdin(
        &fk,
        &[
            "apply",
            "--server-side",
            "--field-manager=other",
            "--force-conflicts",
            "-f",
            "-",
        ],
        &cm("9", None),
    );
    let c = json_of(
        &fk,
        &["get", "cm", "ssa", "-o", "json", "--show-managed-fields"],
    );
    assert_eq!(c["data"], json!({"k": "9", "j": "2"}));
    let mf = c["metadata"]["managedFields"].as_array().unwrap();
    let other = mf.iter().find(|e| e["manager"] == "other").unwrap();
    assert_eq!(other["operation"], "Apply");
    assert_eq!(other["fieldsV1"], json!({"f:data": {"f:k": {}}}));
    let mine = mf.iter().find(|e| e["manager"] == "kubectl").unwrap();
    assert_eq!(mine["fieldsV1"], json!({"f:data": {"f:j": {}}}));
    // An Update by kubectl patch takes ownership; SSA then conflicts with it.
    ok(
        &fk,
        &[
            "patch",
            "cm",
            "ssa",
            "--type=merge",
            "-p",
            r#"{"data":{"j":"5"}}"#,
        ],
    );
    let r = kubectl_in(
        &fk,
        &["apply", "--server-side", "-f", "-"],
        Some(&cm("9", Some("2"))),
    );
    assert_eq!(r.code, 1);
    assert!(
        r.err
            .contains(r#"conflict with "kubectl-patch" using v1: .data.j"#),
        "{}",
        r.err
    );
    // A manager dropping a field it alone owns removes it.
    ok_stdin(
        &fk,
        &["apply", "--server-side", "--field-manager=third", "-f", "-"],
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ssa, namespace: default}\ndata: {z: \"1\"}\n",
    );
    ok_stdin(
        &fk,
        &["apply", "--server-side", "--field-manager=third", "-f", "-"],
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ssa, namespace: default, labels: {a: b}}\n",
    );
    let c = json_of(&fk, &["get", "cm", "ssa", "-o", "json"]);
    assert!(c["data"].get("z").is_none(), "{c}");
    assert_eq!(c["metadata"]["labels"]["a"], "b");
    // Missing fieldManager on a raw apply patch is rejected.
    let r = raw(
        &fk,
        "PATCH",
        "/api/v1/namespaces/default/configmaps/ssa",
        Some(("application/apply-patch+yaml", "{}")),
    );
    assert!(r.starts_with("HTTP/1.1 422"), "{r}");
}

/// Minimal HTTP/1.1 client: returns the whole response (the server closes after streams).
fn raw(fk: &FakeKube, method: &str, path: &str, body: Option<(&str, &str)>) -> String {
    let mut s = std::net::TcpStream::connect(fk.addr()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n");
    if let Some((ct, b)) = body {
        req.push_str(&format!(
            "Content-Type: {ct}\r\nContent-Length: {}\r\n\r\n{b}",
            b.len()
        ));
    } else {
        req.push_str("\r\n");
    }
    s.write_all(req.as_bytes()).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// Watch event lines (type, object) from a raw streamed response.
fn events_of(resp: &str) -> Vec<Value> {
    resp.lines()
        .filter_map(|l| serde_json::from_str::<Value>(l.trim()).ok())
        .filter(|v| v.get("type").is_some())
        .collect()
}

#[test]
fn watch_kubectl_and_raw_resume_bookmarks_timeout() {
    if !have_kubectl() {
        return;
    }
    let fk = FakeKube::start().unwrap();
    ok_stdin(
        &fk,
        &["apply", "-f", "-"],
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: w0, namespace: default}\n",
    );
    let rv0 = fk.resource_version();
    // kubectl get -w --output-watch-events, bounded by --request-timeout and our deadline.
    let mut child = Command::new(KUBECTL)
        .arg("--kubeconfig")
        .arg(fk.kubeconfig_path())
        .arg("--cache-dir")
        .arg(fk.dir().join("kube-cache"))
        .args([
            "get",
            "cm",
            "-w",
            "--output-watch-events",
            "--request-timeout=8s",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while !fk
        .request_log()
        .iter()
        .any(|r| r.query.contains("watch=true"))
    {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "kubectl never started watching"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    ok_stdin(
        &fk,
        &["apply", "-f", "-"],
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: w1, namespace: default}\n",
    );
    ok(
        &fk,
        &[
            "patch",
            "cm",
            "w1",
            "--type=merge",
            "-p",
            r#"{"data":{"x":"1"}}"#,
        ],
    );
    ok(&fk, &["delete", "cm", "w1"]);
    let o = wait_deadline(child_take(&mut child), "get -w");
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    let rows: Vec<Vec<&str>> = out
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(rows[0][..2], ["EVENT", "NAME"], "{out}");
    let evs: Vec<(&str, &str)> = rows[1..].iter().map(|r| (r[0], r[1])).collect();
    assert_eq!(
        evs,
        [
            ("ADDED", "w0"),
            ("ADDED", "w1"),
            ("MODIFIED", "w1"),
            ("DELETED", "w1")
        ],
        "{out}"
    );

    // Raw: resume from rv0 replays only newer events; timeoutSeconds ends the stream.
    let t = Instant::now();
    let resp = raw(
        &fk,
        "GET",
        &format!(
            "/api/v1/namespaces/default/configmaps?watch=true&resourceVersion={rv0}&timeoutSeconds=1"
        ),
        None,
    );
    assert!(t.elapsed() < Duration::from_secs(10));
    assert!(resp.contains("Transfer-Encoding: chunked"), "{resp}");
    let ev: Vec<(String, String)> = events_of(&resp)
        .iter()
        .map(|e| {
            (
                e["type"].as_str().unwrap().to_string(),
                e["object"]["metadata"]["name"]
                    .as_str()
                    .unwrap()
                    .to_string(),
            )
        })
        .collect();
    assert_eq!(
        ev,
        [
            ("ADDED".into(), "w1".into()),
            ("MODIFIED".into(), "w1".into()),
            ("DELETED".into(), "w1".into())
        ]
    );
    // Bookmarks and the initial-events-end marker (streaming lists).
    let resp = raw(
        &fk,
        "GET",
        "/api/v1/namespaces/default/configmaps?watch=1&allowWatchBookmarks=true&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&timeoutSeconds=2",
        None,
    );
    let evs = events_of(&resp);
    assert_eq!(evs[0]["type"], "ADDED");
    assert_eq!(evs[0]["object"]["kind"], "ConfigMap");
    assert_eq!(evs[1]["type"], "BOOKMARK");
    assert_eq!(
        evs[1]["object"]["metadata"]["annotations"]["k8s.io/initial-events-end"],
        "true"
    );
    assert!(
        evs.iter().skip(2).any(|e| e["type"] == "BOOKMARK"),
        "no periodic bookmark: {resp}"
    );
    // Label-selected watch: an object leaving the selection is DELETED for the watcher.
    ok(&fk, &["label", "cm", "w0", "app=x"]);
    let rv1 = fk.resource_version();
    ok(&fk, &["label", "cm", "w0", "app-"]);
    let resp = raw(
        &fk,
        "GET",
        &format!(
            "/api/v1/configmaps?watch=true&labelSelector=app%3Dx&resourceVersion={rv1}&timeoutSeconds=1"
        ),
        None,
    );
    let evs = events_of(&resp);
    assert_eq!(evs.len(), 1, "{resp}");
    assert_eq!(evs[0]["type"], "DELETED");
    let bad = raw(
        &fk,
        "GET",
        "/api/v1/configmaps?watch=true&resourceVersion=abc",
        None,
    );
    assert!(bad.starts_with("HTTP/1.1 400"), "{bad}");
}

fn child_take(c: &mut std::process::Child) -> std::process::Child {
    // Move the child out for wait_deadline; the placeholder is never used again.
    std::mem::replace(c, Command::new("true").spawn().unwrap())
}

const WIDGET_CRD: &str = r#"
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names: {kind: Widget, listKind: WidgetList, plural: widgets, singular: widget, shortNames: [wd], categories: [all, gadgets]}
  scope: Namespaced
  versions:
  - name: v1beta1
    served: true
    storage: false
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec: {type: object, x-kubernetes-preserve-unknown-fields: true}
  - name: v1
    served: true
    storage: true
    subresources: {status: {}}
    additionalPrinterColumns:
    - {name: Size, type: integer, jsonPath: .spec.size}
    - {name: Ready, type: string, jsonPath: '.status.conditions[?(@.type=="Ready")].status'}
    - {name: Age, type: date, jsonPath: .metadata.creationTimestamp}
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            required: [size]
            properties:
              size: {type: integer}
              color: {type: string, default: blue, enum: [blue, red]}
          status:
            type: object
            properties:
              conditions:
                type: array
                items: {type: object, x-kubernetes-preserve-unknown-fields: true}
"#;

#[test]
fn crds_become_served_kinds_with_schema_and_status() {
    if !have_kubectl() {
        return;
    }
    let fk = FakeKube::start().unwrap();
    ok_stdin(&fk, &["apply", "-f", "-"], WIDGET_CRD);
    let crd = json_of(&fk, &["get", "crd", "widgets.example.com", "-o", "json"]);
    assert_eq!(crd["status"]["storedVersions"], json!(["v1"]));
    assert!(
        crd["status"]["conditions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["type"] == "Established" && c["status"] == "True")
    );
    let ar = ok(&fk, &["api-resources", "--api-group=example.com"]);
    assert!(
        ar.contains("widgets") && ar.contains("wd") && ar.contains("example.com/v1"),
        "{ar}"
    );
    let g = json_of(&fk, &["get", "--raw", "/apis/example.com"]);
    assert_eq!(g["preferredVersion"]["version"], "v1");

    let w = "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w, namespace: default}\nspec: {size: 3, junk: 1}\nstatus: {conditions: [{type: Ready, status: 'True'}]}\n";
    // Strict validation (kubectl's default) rejects unknown fields.
    let r = kubectl_in(&fk, &["apply", "-f", "-"], Some(w));
    assert_eq!(r.code, 1);
    assert!(r.err.contains(r#"unknown field "spec.junk""#), "{}", r.err);
    // Warn: pruned, with a warning.
    let r = kubectl_in(&fk, &["apply", "--validate=warn", "-f", "-"], Some(w));
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains(r#"unknown field "spec.junk""#), "{}", r.err);
    let o = json_of(&fk, &["get", "widget", "w", "-o", "json"]);
    assert_eq!(
        o["spec"],
        json!({"size": 3, "color": "blue"}),
        "defaulted and pruned"
    );
    assert!(
        o.get("status").is_none(),
        "status is dropped on create with a status subresource"
    );
    assert_eq!(o["metadata"]["generation"], 1);
    // Validation errors are 422 Invalid.
    let r = kubectl_in(
        &fk,
        &["apply", "-f", "-"],
        Some(
            "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: bad, namespace: default}\nspec: {color: green}\n",
        ),
    );
    assert_eq!(r.code, 1);
    assert!(
        r.err.contains("The Widget \"bad\" is invalid")
            && r.err.contains("* spec.size: Required value"),
        "{}",
        r.err
    );
    assert!(
        r.err.contains(
            r#"* spec.color: Unsupported value: "green": supported values: "blue", "red""#
        ),
        "{}",
        r.err
    );
    // Status subresource: only status changes there, and the main endpoint ignores status.
    ok(
        &fk,
        &[
            "patch",
            "widget",
            "w",
            "--subresource=status",
            "--type=merge",
            "-p",
            r#"{"spec":{"size":99},"status":{"conditions":[{"type":"Ready","status":"True"}]}}"#,
        ],
    );
    ok(
        &fk,
        &[
            "patch",
            "widget",
            "w",
            "--type=merge",
            "-p",
            r#"{"status":{"conditions":[]}}"#,
        ],
    );
    let o = json_of(&fk, &["get", "wd", "w", "-o", "json"]);
    assert_eq!(o["spec"]["size"], 3);
    assert_eq!(o["status"]["conditions"][0]["status"], "True");
    assert_eq!(
        o["metadata"]["generation"], 1,
        "status writes do not bump generation"
    );
    ok(
        &fk,
        &[
            "patch",
            "widget",
            "w",
            "--type=merge",
            "-p",
            r#"{"spec":{"size":4}}"#,
        ],
    );
    assert_eq!(
        json_of(&fk, &["get", "wd", "w", "-o", "json"])["metadata"]["generation"],
        2
    );
    // Printer columns and categories.
    let t = ok(&fk, &["get", "widgets"]);
    let lines: Vec<Vec<&str>> = t.lines().map(|l| l.split_whitespace().collect()).collect();
    assert_eq!(lines[0], ["NAME", "SIZE", "READY", "AGE"], "{t}");
    assert_eq!(lines[1][..3], ["w", "4", "True"], "{t}");
    let cat = ok(&fk, &["get", "gadgets", "-o", "name"]);
    assert!(cat.contains("widget.example.com/w"), "{cat}");
    // Strategic merge patch is not supported for custom resources.
    let r = k(
        &fk,
        &["patch", "widget", "w", "-p", r#"{"spec":{"size":5}}"#],
    );
    assert_eq!(r.code, 1);
    assert!(r.err.contains("not supported"), "{}", r.err);
    // The other served version works, with its own schema.
    let o = json_of(
        &fk,
        &["get", "widgets.v1beta1.example.com", "w", "-o", "json"],
    );
    assert_eq!(o["apiVersion"], "example.com/v1beta1");
    // Deleting the CRD removes the kind and its objects.
    ok(&fk, &["delete", "crd", "widgets.example.com"]);
    let r = k(&fk, &["get", "widgets"]);
    assert_eq!(r.code, 1);
    // kubectl's cached discovery still knows the kind, and the server no longer serves it.
    assert!(r.err.contains("the server doesn't have a resource type \"widgets\"")
        || r.err.contains("Unable to list \"example.com/v1, Resource=widgets\": the server could not find the requested resource"), "{}", r.err);
    assert!(k(&fk, &["get", "--raw", "/apis/example.com/v1"]).code != 0);
}

#[test]
fn finalizers_and_deletion_timestamp() {
    if !have_kubectl() {
        return;
    }
    let fk = FakeKube::start().unwrap();
    ok_stdin(
        &fk,
        &["apply", "-f", "-"],
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: f, namespace: default, finalizers: [example.com/hold]}\n",
    );
    ok(&fk, &["delete", "cm", "f", "--wait=false"]);
    let o = json_of(&fk, &["get", "cm", "f", "-o", "json"]);
    assert!(o["metadata"]["deletionTimestamp"].is_string(), "{o}");
    // A second delete is a no-op; removing the finalizer completes deletion.
    ok(&fk, &["delete", "cm", "f", "--wait=false"]);
    ok(
        &fk,
        &[
            "patch",
            "cm",
            "f",
            "--type=merge",
            "-p",
            r#"{"metadata":{"finalizers":null}}"#,
        ],
    );
    let r = k(&fk, &["get", "cm", "f"]);
    assert!(r.err.contains("NotFound"), "{}", r.err);
}

#[test]
fn bad_requests_get_status_400_not_a_panic() {
    let fk = FakeKube::start().unwrap();
    let r = raw(
        &fk,
        "POST",
        "/api/v1/namespaces/default/configmaps",
        Some(("application/json", "{not json")),
    );
    assert!(r.starts_with("HTTP/1.1 400"), "{r}");
    assert!(
        r.contains(r#""kind":"Status""#) && r.contains(r#""reason":"BadRequest""#),
        "{r}"
    );
    let r = raw(
        &fk,
        "POST",
        "/api/v1/namespaces/default/configmaps",
        Some(("application/json", "[1,2]")),
    );
    assert!(r.starts_with("HTTP/1.1 400"), "{r}");
    let r = raw(
        &fk,
        "GET",
        "/api/v1/configmaps?labelSelector=a%20b%20c",
        None,
    );
    assert!(r.starts_with("HTTP/1.1 400"), "{r}");
    let r = raw(&fk, "GET", "/api/v1/configmaps?limit=x", None);
    assert!(r.starts_with("HTTP/1.1 400"), "{r}");
    let r = raw(
        &fk,
        "PATCH",
        "/api/v1/namespaces/default/configmaps/x",
        Some(("application/json-patch+json", "[]")),
    );
    assert!(r.starts_with("HTTP/1.1 404"), "{r}");
    let r = raw(
        &fk,
        "POST",
        "/api/v1/namespaces/nope/configmaps",
        Some(("application/json", r#"{"metadata":{"name":"a"}}"#)),
    );
    assert!(
        r.starts_with("HTTP/1.1 404") && r.contains(r#"namespaces \"nope\" not found"#),
        "{r}"
    );
    let r = raw(&fk, "GET", "/apis/nope.io/v1/things", None);
    assert!(r.starts_with("HTTP/1.1 404"), "{r}");
    // Garbage on the wire.
    let mut s = std::net::TcpStream::connect(fk.addr()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(b"\x00\x01\x02 nonsense\r\n\r\n").unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    assert!(String::from_utf8_lossy(&out).starts_with("HTTP/1.1 400"));
    // Still serving.
    assert!(raw(&fk, "GET", "/version", None).starts_with("HTTP/1.1 200"));
}

#[test]
fn binary_prints_address_and_writes_kubeconfig() {
    let dir = tempfile::tempdir().unwrap();
    let kc = dir.path().join("kc");
    let mut child = Command::new(env!("CARGO_BIN_EXE_fake-kube"))
        .args(["--listen", "127.0.0.1:0", "--kubeconfig"])
        .arg(&kc)
        .args(["--server-version", "v1.32.4"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    let mut so = std::io::BufReader::new(child.stdout.take().unwrap());
    std::io::BufRead::read_line(&mut so, &mut line).unwrap();
    assert!(line.starts_with("http://127.0.0.1:"), "{line}");
    let cfg = std::fs::read_to_string(&kc).unwrap();
    assert!(cfg.contains(line.trim()), "{cfg}");
    if Path::new(KUBECTL).exists() {
        let o = Command::new(KUBECTL)
            .arg("--kubeconfig")
            .arg(&kc)
            .args(["version", "-o", "json"])
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["serverVersion"]["gitVersion"], "v1.32.4");
        assert_eq!(v["serverVersion"]["minor"], "32");
    }
    child.kill().unwrap();
    child.wait().unwrap();
}

fn install_yaml() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/upstream/flux-v2.9.4/rendered/install.yaml");
    if p.exists() {
        return Some(p);
    }
    assert!(!ci(), "{} is required under CI", p.display());
    eprintln!("skipping: {} not found", p.display());
    None
}

#[test]
fn flux_install_manifest_applies_server_side() {
    if !have_kubectl() {
        return;
    }
    let Some(install) = install_yaml() else {
        return;
    };
    let fk = FakeKube::start().unwrap();
    let out = ok(
        &fk,
        &["apply", "--server-side", "-f", install.to_str().unwrap()],
    );
    assert!(
        out.contains("namespace/flux-system serverside-applied"),
        "{out}"
    );
    assert!(
        out.contains("deployment.apps/source-controller serverside-applied"),
        "{out}"
    );
    let crds = ok(&fk, &["get", "crds", "-o", "name"]);
    let crds: Vec<&str> = crds.lines().collect();
    assert_eq!(crds.len(), 15, "{crds:?}");
    for want in [
        "gitrepositories.source.toolkit.fluxcd.io",
        "kustomizations.kustomize.toolkit.fluxcd.io",
        "helmreleases.helm.toolkit.fluxcd.io",
        "ocirepositories.source.toolkit.fluxcd.io",
        "imagepolicies.image.toolkit.fluxcd.io",
        "alerts.notification.toolkit.fluxcd.io",
    ] {
        assert!(
            crds.contains(
                &format!("customresourcedefinition.apiextensions.k8s.io/{want}").as_str()
            ),
            "{want}: {crds:?}"
        );
    }
    let r = k(&fk, &["get", "gitrepositories", "-A"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains("No resources found"), "{}", r.err);
    // Re-applying is idempotent; objects created afterwards are served with defaults.
    ok(
        &fk,
        &["apply", "--server-side", "-f", install.to_str().unwrap()],
    );
    ok_stdin(
        &fk,
        &["apply", "-f", "-"],
        "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata: {name: podinfo, namespace: flux-system}\nspec: {interval: 1m, url: 'https://github.com/stefanprodan/podinfo', ref: {branch: master}}\n",
    );
    let t = ok(&fk, &["get", "gitrepositories", "-A"]);
    assert!(
        t.starts_with("NAMESPACE")
            && t.contains("podinfo")
            && t.contains("https://github.com/stefanprodan/podinfo"),
        "{t}"
    );
    let o = json_of(
        &fk,
        &[
            "get",
            "gitrepo",
            "-n",
            "flux-system",
            "podinfo",
            "-o",
            "json",
        ],
    );
    assert_eq!(o["spec"]["timeout"], "60s", "schema default");
    let ks = k(
        &fk,
        &["get", "kustomizations.kustomize.toolkit.fluxcd.io", "-A"],
    );
    assert_eq!(ks.code, 0, "{}", ks.err);
}

/// The kubectl dispatcher picks the client matching the server version: run the core flow with
/// kubectl 1.32 too.
#[test]
fn kubectl_1_32_core_flow() {
    if !have_kubectl() {
        return;
    }
    let opts = fake_kube::Options {
        server_version: "v1.32.4".into(),
        ..Default::default()
    };
    let fk = FakeKube::start_with("127.0.0.1:0", opts).unwrap();
    let v = json_of(&fk, &["version", "-o", "json"]);
    // The Google SDK packaging dispatches to the kubectl matching the server's minor version.
    if Path::new("/usr/lib/google-cloud-sdk/bin/kubectl.1.32").exists() {
        let cv = v["clientVersion"]["gitVersion"].as_str().unwrap_or("");
        assert!(cv.starts_with("v1.32"), "{v}");
    }
    ok(&fk, &["create", "namespace", "n132"]);
    ok(
        &fk,
        &[
            "create",
            "secret",
            "generic",
            "s",
            "-n",
            "n132",
            "--from-literal=a=b",
        ],
    );
    assert_eq!(
        json_of(&fk, &["get", "secret", "s", "-n", "n132", "-o", "json"])["data"]["a"],
        "Yg=="
    );
    ok_stdin(&fk, &["apply", "-f", "-"], APP);
    ok(
        &fk,
        &["patch", "deploy", "web", "-p", r#"{"spec":{"replicas":3}}"#],
    );
    assert_eq!(
        json_of(&fk, &["get", "deploy", "web", "-o", "json"])["metadata"]["generation"],
        2
    );
    let r = kubectl_in(
        &fk,
        &["apply", "--server-side", "--field-manager=other", "-f", "-"],
        Some(APP),
    );
    assert_eq!(r.code, 1);
    assert!(
        r.err
            .contains(r#"conflict with "kubectl-patch" using apps/v1: .spec.replicas"#),
        "{}",
        r.err
    );
    // Upgrading from client-side apply: `kubectl` takes over last-applied fields silently.
    ok_stdin(&fk, &["apply", "--server-side", "-f", "-"], APP);
    assert_eq!(
        json_of(&fk, &["get", "deploy", "web", "-o", "json"])["spec"]["replicas"],
        1
    );
    let out = ok(&fk, &["get", "cm,deploy", "--chunk-size=1", "-o", "name"]);
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        ["configmap/demo", "deployment.apps/web"]
    );
    let r = k(
        &fk,
        &["get", "cm", "-w", "--request-timeout=1s", "-o", "name"],
    );
    assert!(r.out.contains("configmap/demo"), "{}", r.out);
    if let Some(install) = install_yaml() {
        ok(
            &fk,
            &["apply", "--server-side", "-f", install.to_str().unwrap()],
        );
        assert_eq!(ok(&fk, &["get", "crds", "-o", "name"]).lines().count(), 15);
        ok(&fk, &["get", "gitrepositories", "-A"]);
    }
}

const RBAC: &str = r#"
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: cm-reader, namespace: default}
rules:
- {apiGroups: [""], resources: [configmaps], verbs: [get, list, watch]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: bob-reads, namespace: default}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: cm-reader}
subjects:
- {apiGroup: rbac.authorization.k8s.io, kind: User, name: bob}
- {kind: ServiceAccount, name: bot, namespace: default}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: agg}
aggregationRule:
  clusterRoleSelectors:
  - matchLabels: {example.com/aggregate: "true"}
rules: []
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: ns-reader, labels: {example.com/aggregate: "true"}}
rules:
- {apiGroups: [""], resources: [namespaces], verbs: [list]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: readers}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: agg}
subjects:
- {apiGroup: rbac.authorization.k8s.io, kind: Group, name: readers}
"#;

#[test]
fn rbac_can_i_impersonation_and_forbidden() {
    if !have_kubectl() {
        return;
    }
    let fk = FakeKube::start().unwrap();
    ok_stdin(&fk, &["apply", "-f", "-"], RBAC);
    ok_stdin(
        &fk,
        &["apply", "-f", "-"],
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: default}\n",
    );
    let can = |args: &[&str]| {
        let mut a = vec!["auth", "can-i"];
        a.extend_from_slice(args);
        let r = k(&fk, &a);
        (r.code, r.out.trim().to_string())
    };
    assert_eq!(can(&["list", "configmaps", "--as=bob"]), (0, "yes".into()));
    assert_eq!(can(&["get", "configmaps/x", "--as=bob"]), (0, "yes".into()));
    assert_eq!(can(&["delete", "configmaps", "--as=bob"]), (1, "no".into()));
    assert_eq!(
        can(&["list", "configmaps", "-n", "kube-system", "--as=bob"]),
        (1, "no".into())
    );
    assert_eq!(
        can(&[
            "list",
            "configmaps",
            "--as=system:serviceaccount:default:bot"
        ]),
        (0, "yes".into())
    );
    assert_eq!(
        can(&["list", "namespaces", "--as=alice", "--as-group=readers"]),
        (0, "yes".into())
    );
    assert_eq!(can(&["list", "namespaces", "--as=alice"]), (1, "no".into()));
    assert_eq!(can(&["*", "*"]), (0, "yes".into()));
    // Impersonated requests are authorized.
    assert!(ok(&fk, &["get", "cm", "--as=bob", "-o", "name"]).contains("configmap/x"));
    let r = k(&fk, &["delete", "cm", "x", "--as=bob"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.err.trim(),
        r#"Error from server (Forbidden): configmaps "x" is forbidden: User "bob" cannot delete resource "configmaps" in API group "" in the namespace "default""#
    );
    let r = k(&fk, &["get", "deploy", "--as=bob"]);
    assert!(r.err.contains(r#"deployments.apps is forbidden: User "bob" cannot list resource "deployments" in API group "apps" in the namespace "default""#), "{}", r.err);
    let r = k(&fk, &["get", "ns", "--as=bob"]);
    assert!(r.err.contains("at the cluster scope"), "{}", r.err);
    let who = ok(
        &fk,
        &["auth", "whoami", "--as=bob", "--as-group=g1", "-o", "json"],
    );
    let who: Value = serde_json::from_str(&who).unwrap();
    assert_eq!(who["status"]["userInfo"]["username"], "bob");
    assert!(
        who["status"]["userInfo"]["groups"]
            .as_array()
            .unwrap()
            .contains(&json!("g1"))
    );
    // The default cluster-admin objects exist, as on a real cluster.
    ok(&fk, &["get", "clusterrole", "cluster-admin"]);
    ok(&fk, &["get", "clusterrolebinding", "cluster-admin"]);
}

#[test]
fn fault_injection_and_pod_logs() {
    if !have_kubectl() {
        return;
    }
    let fk = FakeKube::start().unwrap();
    fk.inject(
        fake_kube::Fault::status(Some("GET"), "/api/v1/namespaces/default/configmaps", 500)
            .times(1),
    );
    let r = k(&fk, &["get", "cm"]);
    assert_eq!(r.code, 1);
    assert!(
        r.err.contains("Error from server (InternalError)"),
        "{}",
        r.err
    );
    // Once only.
    k(&fk, &["get", "cm"]);
    assert_eq!(k(&fk, &["get", "cm"]).code, 0);
    // A delay beyond the client's timeout.
    fk.inject(
        fake_kube::Fault::delay(
            None,
            "/api/v1/namespaces/default/secrets",
            Duration::from_secs(5),
        )
        .times(1),
    );
    let r = k(&fk, &["get", "secrets", "--request-timeout=1s"]);
    assert_eq!(r.code, 1, "{}", r.out);
    fk.clear_faults();
    ok_stdin(
        &fk,
        &["apply", "-f", "-"],
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: default}\nspec: {containers: [{name: c, image: busybox}]}\n",
    );
    fk.set_pod_log("default", "p", "line one\nline two\n");
    assert_eq!(ok(&fk, &["logs", "p"]), "line one\nline two\n");
}

#[test]
fn fake_controllers_reconcile_flux_objects() {
    if !have_kubectl() {
        return;
    }
    let Some(install) = install_yaml() else {
        return;
    };
    let opts = fake_kube::Options {
        controllers: true,
        ..Default::default()
    };
    let fk = FakeKube::start_with("127.0.0.1:0", opts).unwrap();
    // The namespace may exist before the install manifest claims it.
    ok(&fk, &["create", "namespace", "flux-system"]);
    ok(
        &fk,
        &["apply", "--server-side", "-f", install.to_str().unwrap()],
    );
    ok(
        &fk,
        &[
            "wait",
            "--for=condition=Available",
            "deploy",
            "--all",
            "-n",
            "flux-system",
            "--timeout=20s",
        ],
    );
    let pods = ok(&fk, &["get", "pods", "-n", "flux-system", "-o", "name"]);
    assert_eq!(pods.lines().count(), 7, "{pods}");
    let objs = r#"
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata: {name: podinfo, namespace: flux-system}
spec: {interval: 1m, url: 'https://github.com/stefanprodan/podinfo', ref: {branch: master}}
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: apps, namespace: flux-system}
spec: {interval: 1m, path: ./kustomize, prune: true, sourceRef: {kind: GitRepository, name: podinfo}, dependsOn: [{name: infra}]}
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: infra, namespace: flux-system}
spec: {interval: 1m, path: ./infra, prune: true, sourceRef: {kind: GitRepository, name: podinfo}}
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: broken, namespace: flux-system, annotations: {fake-kube.flux-rs.io/fail: "kustomize build failed: boom"}}
spec: {interval: 1m, path: ./x, prune: true, sourceRef: {kind: GitRepository, name: podinfo}}
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: slow, namespace: flux-system, annotations: {fake-kube.flux-rs.io/delay-ms: "300"}}
spec: {interval: 1m, path: ./x, prune: true, suspend: false, sourceRef: {kind: GitRepository, name: podinfo}}
"#;
    ok_stdin(&fk, &["apply", "-f", "-"], objs);
    ok(
        &fk,
        &[
            "wait",
            "-n",
            "flux-system",
            "--for=condition=Ready",
            "gitrepository/podinfo",
            "kustomization/infra",
            "kustomization/apps",
            "kustomization/slow",
            "--timeout=20s",
        ],
    );
    let g = json_of(
        &fk,
        &[
            "get",
            "gitrepo",
            "-n",
            "flux-system",
            "podinfo",
            "-o",
            "json",
        ],
    );
    assert!(
        g["status"]["artifact"]["revision"]
            .as_str()
            .unwrap()
            .starts_with("master@sha1:"),
        "{g}"
    );
    assert_eq!(g["status"]["observedGeneration"], 1);
    let a = json_of(
        &fk,
        &["get", "ks", "-n", "flux-system", "apps", "-o", "json"],
    );
    assert_eq!(
        a["status"]["lastAppliedRevision"],
        g["status"]["artifact"]["revision"]
    );
    ok(
        &fk,
        &[
            "wait",
            "-n",
            "flux-system",
            "--for=condition=Ready=False",
            "kustomization/broken",
            "--timeout=20s",
        ],
    );
    let b = json_of(
        &fk,
        &["get", "ks", "-n", "flux-system", "broken", "-o", "json"],
    );
    assert_eq!(
        b["status"]["conditions"][0]["message"],
        "kustomize build failed: boom"
    );
    // reconcile.fluxcd.io/requestedAt is answered; suspended objects are left alone.
    ok(
        &fk,
        &[
            "annotate",
            "ks",
            "-n",
            "flux-system",
            "infra",
            "reconcile.fluxcd.io/requestedAt=t1",
            "--overwrite",
        ],
    );
    ok(
        &fk,
        &[
            "wait",
            "-n",
            "flux-system",
            "--for=jsonpath={.status.lastHandledReconcileAt}=t1",
            "kustomization/infra",
            "--timeout=20s",
        ],
    );
    ok(
        &fk,
        &[
            "patch",
            "ks",
            "-n",
            "flux-system",
            "infra",
            "--type=merge",
            "-p",
            r#"{"spec":{"suspend":true}}"#,
        ],
    );
    ok(
        &fk,
        &[
            "annotate",
            "ks",
            "-n",
            "flux-system",
            "infra",
            "reconcile.fluxcd.io/requestedAt=t2",
            "--overwrite",
        ],
    );
    std::thread::sleep(Duration::from_millis(300));
    let i = json_of(
        &fk,
        &["get", "ks", "-n", "flux-system", "infra", "-o", "json"],
    );
    assert_eq!(i["status"]["lastHandledReconcileAt"], "t1");
    assert_eq!(
        i["status"]["observedGeneration"], 1,
        "a suspended object is not reconciled"
    );
    // Events and controller logs.
    let ev = ok(&fk, &["get", "events", "-n", "flux-system"]);
    assert!(
        ev.starts_with("LAST SEEN")
            && ev.contains("kustomization/broken")
            && ev.contains("ReconciliationFailed"),
        "{ev}"
    );
    let logs = ok(
        &fk,
        &["logs", "-n", "flux-system", "deploy/kustomize-controller"],
    );
    assert!(
        logs.lines()
            .any(|l| l.contains(r#""level":"error""#) && l.contains("boom")),
        "{logs}"
    );
}
