//! `flux logs` against the fake cluster: upstream `logs_unit_test.go` (`TestLogRequest`: the
//! same six controller lines served as a pod's log, goldens `testdata/logs/*.txt` byte for
//! byte) and `logs_e2e_test.go` (every command line), plus pod selection, `manager`
//! containers, `--tail`/`--since` reaching the server, `--follow` (one stream and merged
//! streams), unparsable lines, stream failures and forbidden lists.

use std::time::Duration;

use fake_kube::Fault;
use serde_json::json;

use crate::support::cluster::TestCluster;
use crate::support::{Run, assert_text, flux_env, split_args};

const CONTROLLERS: [&str; 4] = [
    "source-controller",
    "kustomize-controller",
    "helm-controller",
    "notification-controller",
];

fn pod_name(deploy: &str, n: u32) -> String {
    format!("{deploy}-6f8d9c7b5-{n:05}")
}

fn deployment(c: &TestCluster, ns: &str, name: &str, containers: &[&str]) {
    let containers: Vec<_> = containers
        .iter()
        .map(|n| json!({"name": n, "image": format!("ghcr.io/fluxcd/{name}:v1.0.0")}))
        .collect();
    c.create(json!({"apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": name, "namespace": ns,
            "labels": {"app": name, "app.kubernetes.io/part-of": "flux"}},
        "spec": {"replicas": 1, "selector": {"matchLabels": {"app": name}},
            "template": {"metadata": {"labels": {"app": name}},
                "spec": {"containers": containers}}}}));
}

fn pod(c: &TestCluster, ns: &str, app: &str, name: &str, phase: &str, containers: &[&str]) {
    let cs: Vec<_> = containers
        .iter()
        .map(|n| json!({"name": n, "image": "i"}))
        .collect();
    let ready = if phase == "Running" { "True" } else { "False" };
    c.create(json!({"apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": name, "namespace": ns, "labels": {"app": app}},
        "spec": {"containers": cs},
        "status": {"phase": phase, "conditions": [{"type": "Ready", "status": ready}]}}));
}

/// Flux's controllers in `flux-system`, one Running pod each.
fn flux_cluster() -> Option<TestCluster> {
    let c = TestCluster::new()?;
    c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "flux-system"}}));
    for d in CONTROLLERS {
        deployment(&c, "flux-system", d, &["manager"]);
        pod(
            &c,
            "flux-system",
            d,
            &pod_name(d, 1),
            "Running",
            &["manager"],
        );
    }
    Some(c)
}

/// upstream's `testPodLogs`, read from logs_unit_test.go.
fn upstream_pod_logs(c: &TestCluster) -> String {
    let text = std::fs::read_to_string(c.cwd.join("logs_unit_test.go")).expect("logs_unit_test.go");
    let start =
        text.find("var testPodLogs = `").expect("testPodLogs") + "var testPodLogs = `".len();
    let len = text[start..].find('`').expect("end of testPodLogs");
    text[start..start + len].to_string()
}

#[track_caller]
fn assert_err(run: &Run, expected: &str) {
    assert_eq!(
        (run.code, run.out.stderr.as_str(), run.out.stdout.as_str()),
        (1, format!("✗ {expected}\n").as_str(), ""),
    );
}

// --- upstream logs_unit_test.go -----------------------------------------------------------

#[test]
fn logs_upstream_log_request_goldens() {
    let Some(c) = flux_cluster() else { return };
    let lines = upstream_pod_logs(&c);
    c.kube
        .set_pod_log("flux-system", &pod_name("kustomize-controller", 1), &lines);
    let cases = [
        ("logs -A", "testdata/logs/all-logs.txt"),
        ("logs -n default", "testdata/logs/namespace.txt"),
        ("logs --kind Kustomization", "testdata/logs/kind.txt"),
        ("logs --level error -A", "testdata/logs/log-level.txt"),
        (
            "logs -n flux-system --level error --kind Kustomization --name podinfo",
            "testdata/logs/multiple-filters.txt",
        ),
    ];
    for (cmd, file) in cases {
        let expected = std::fs::read_to_string(c.cwd.join(file)).expect("golden");
        let run = c.flux(cmd);
        assert_eq!((run.code, run.out.stderr.as_str()), (0, ""), "{cmd}");
        assert_text(&expected, &run.out.stdout, file);
    }
    eprintln!(
        "logs TestLogRequest: {}/{} goldens match",
        cases.len(),
        cases.len()
    );
    // Every controller pod is read, in Deployment order.
    for (i, d) in CONTROLLERS.iter().enumerate() {
        c.kube.set_pod_log(
            "flux-system",
            &pod_name(d, 1),
            &format!(
                "plain text is skipped\n{{\"level\":\"info\",\"ts\":\"t{i}\",\"msg\":\"from {d}\",\"controllerKind\":\"Bucket\",\"name\":\"b\",\"namespace\":\"flux-system\",\"error\":\"e{i}\"}}\n"
            ),
        );
    }
    let run = c.flux("logs");
    let mut expected: Vec<(String, String)> = CONTROLLERS
        .iter()
        .enumerate()
        .map(|(i, d)| {
            (
                d.to_string(),
                format!("t{i} info Bucket/b.flux-system - from {d} e{i}\n"),
            )
        })
        .collect();
    // The API lists Deployments by name.
    expected.sort();
    let expected: String = expected.into_iter().map(|(_, l)| l).collect();
    assert_eq!((run.code, run.out.stdout.as_str()), (0, expected.as_str()));
}

// --- upstream logs_e2e_test.go ------------------------------------------------------------

#[test]
fn logs_upstream_e2e_command_lines() {
    let Some(c) = flux_cluster() else { return };
    for cmd in [
        "logs",
        "logs --all-namespaces",
        "logs --since=2m",
        "logs --since-time=2021-08-06T14:26:25.546Z",
    ] {
        let run = c.flux(cmd);
        assert_eq!((run.code, run.out.combined.as_str()), (0, ""), "{cmd}");
    }
    assert_err(
        &c.flux("logs --flux-namespace=default"),
        "no Flux pods found in namespace \"default\"",
    );
    assert_err(
        &c.flux("logs --since=XXX"),
        "invalid argument \"XXX\" for \"--since\" flag: time: invalid duration \"XXX\"",
    );
    assert_err(
        &c.flux("logs --since-time=XXX"),
        "XXX is not a valid (RFC3339) time",
    );
    assert_err(
        &c.flux("logs --since=2m --since-time=2021-08-06T14:26:25.546Z"),
        "at most one of `sinceTime` or `sinceDuration` may be specified",
    );
    eprintln!("logs e2e: 8/8 upstream command lines behave");
    assert_err(&c.flux("logs podinfo"), "no argument required");
    assert_err(
        &c.flux("logs --level=warn"),
        "invalid argument \"warn\" for \"--level\" flag: unsupported log level 'warn', must be one of: debug, info, error",
    );
}

#[test]
fn logs_options_reach_the_server() {
    let Some(c) = flux_cluster() else { return };
    let pod = pod_name("source-controller", 1);
    let now = jiff::Timestamp::now();
    let at = |ago: i64| {
        (now - jiff::SignedDuration::from_secs(ago))
            .strftime("%Y-%m-%dT%H:%M:%S.000Z")
            .to_string()
    };
    let line = |ts: &str, msg: &str| {
        format!(
            "{{\"level\":\"info\",\"ts\":\"{ts}\",\"msg\":\"{msg}\",\"reconciler kind\":\"GitRepository\",\"name\":\"podinfo\",\"namespace\":\"flux-system\"}}\n"
        )
    };
    let log = [
        line(&at(600), "ten minutes ago"),
        line(&at(90), "ninety seconds ago"),
        line(&at(10), "ten seconds ago"),
    ]
    .concat();
    c.kube.set_pod_log("flux-system", &pod, &log);
    c.kube.clear_request_log();
    let msgs = |run: &Run| -> Vec<String> {
        assert_eq!(run.code, 0, "{:?}", run.out.combined);
        run.out
            .stdout
            .lines()
            .map(|l| l.split(" - ").nth(1).unwrap().trim_end().to_string())
            .collect()
    };
    assert_eq!(
        msgs(&c.flux("logs --tail 2")),
        ["ninety seconds ago", "ten seconds ago"]
    );
    assert_eq!(
        msgs(&c.flux("logs --since 2m")),
        ["ninety seconds ago", "ten seconds ago"]
    );
    assert_eq!(msgs(&c.flux("logs --since 1500ms --tail=-1")).len(), 0);
    assert_eq!(
        msgs(&c.flux(&format!("logs --since-time {}", at(30).replace(".000", "")))),
        ["ten seconds ago"]
    );
    let queries: Vec<String> = c
        .kube
        .request_log()
        .into_iter()
        .filter(|r| r.path == format!("/api/v1/namespaces/flux-system/pods/{pod}/log"))
        .map(|r| r.query)
        .collect();
    assert_eq!(queries.len(), 4, "{queries:?}");
    assert!(queries[0].contains("tailLines=2"), "{queries:?}");
    assert!(queries[1].contains("sinceSeconds=120"), "{queries:?}");
    // 1.5 s rounds to 2 s, as Go's Duration.Round.
    assert!(
        queries[2].contains("sinceSeconds=2") && !queries[2].contains("tailLines"),
        "{queries:?}"
    );
    assert!(queries[3].contains("sinceTime="), "{queries:?}");
    assert!(
        queries.iter().all(|q| !q.contains("container=")),
        "{queries:?}"
    );
}

#[test]
fn logs_pick_one_pod_per_deployment_and_the_manager_container() {
    let Some(c) = TestCluster::new() else { return };
    c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "flux-system"}}));
    let entry = |msg: &str| {
        format!(
            "{{\"level\":\"info\",\"ts\":\"t\",\"msg\":\"{msg}\",\"controllerKind\":\"HelmRelease\",\"name\":\"x\",\"namespace\":\"flux-system\"}}\n"
        )
    };
    deployment(&c, "flux-system", "helm-controller", &["manager"]);
    // A Pending pod sorting first by name loses against the Running one.
    pod(
        &c,
        "flux-system",
        "helm-controller",
        "helm-controller-a",
        "Pending",
        &["manager"],
    );
    pod(
        &c,
        "flux-system",
        "helm-controller",
        "helm-controller-b",
        "Running",
        &["manager"],
    );
    c.kube
        .set_pod_log("flux-system", "helm-controller-a", &entry("pending pod"));
    c.kube
        .set_pod_log("flux-system", "helm-controller-b", &entry("running pod"));
    // Two containers: the `manager` one is read.
    deployment(
        &c,
        "flux-system",
        "source-controller",
        &["sidecar", "manager"],
    );
    pod(
        &c,
        "flux-system",
        "source-controller",
        "source-controller-a",
        "Running",
        &["sidecar", "manager"],
    );
    c.kube.set_container_log(
        "flux-system",
        "source-controller-a",
        "sidecar",
        &entry("sidecar"),
    );
    c.kube.set_container_log(
        "flux-system",
        "source-controller-a",
        "manager",
        &entry("manager"),
    );
    // Not part of Flux: ignored.
    c.create(json!({"apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": "other", "namespace": "flux-system", "labels": {"app": "other"}},
        "spec": {"selector": {"matchLabels": {"app": "other"}},
            "template": {"metadata": {"labels": {"app": "other"}}, "spec": {"containers": [{"name": "c", "image": "i"}]}}}}));
    pod(&c, "flux-system", "other", "other-a", "Running", &["c"]);
    c.kube
        .set_pod_log("flux-system", "other-a", &entry("other"));
    let run = c.flux("logs");
    assert_eq!(
        (run.code, run.out.stdout.as_str()),
        (
            0,
            "t info HelmRelease/x.flux-system - running pod \nt info HelmRelease/x.flux-system - manager \n"
        )
    );
    // A Deployment without pods is skipped; none at all is an error.
    deployment(&c, "default", "kustomize-controller", &["manager"]);
    assert_err(
        &c.flux("logs --flux-namespace default"),
        "no Flux pods found in namespace \"default\"",
    );
}

#[test]
fn logs_parse_errors_and_stream_failures() {
    let Some(c) = flux_cluster() else { return };
    let good = "{\"level\":\"info\",\"ts\":\"t\",\"msg\":\"ok\",\"name\":\"a\",\"namespace\":\"flux-system\"}";
    c.kube.set_pod_log(
        "flux-system",
        &pod_name("source-controller", 1),
        &format!("{good}\n{{not json\n{good}\n"),
    );
    c.kube.set_pod_log(
        "flux-system",
        &pod_name("helm-controller", 1),
        &format!("{good}\n"),
    );
    let run = c.flux("logs");
    assert_eq!(run.code, 0, "{:?}", run.out.combined);
    // helm-controller, then source-controller up to the bad line (that stream stops there).
    assert_eq!(
        run.out.stdout,
        "t info /a.flux-system - ok \nt info /a.flux-system - ok \n"
    );
    assert!(
        run.out.stderr.starts_with("✗ parse error: ") && run.out.stderr.lines().count() == 1,
        "{:?}",
        run.out.stderr
    );
    // One pod's log fails: reported, the others still read, then the command fails.
    c.kube.inject(
        Fault::status(
            Some("GET"),
            format!("/pods/{}/log", pod_name("helm-controller", 1)),
            500,
        )
        .times(1),
    );
    c.kube.set_pod_log(
        "flux-system",
        &pod_name("source-controller", 1),
        &format!("{good}\n"),
    );
    let run = c.flux("logs");
    assert_eq!(run.code, 1);
    assert_eq!(
        run.out.stderr,
        "failed getting logs: injected fault (500)\n✗ failed to collect logs from all Flux pods\n"
    );
    assert_eq!(run.out.stdout, "t info /a.flux-system - ok \n");
    let run = c.flux("logs --as nobody");
    assert_eq!(run.code, 1);
    assert!(
        run.out
            .stderr
            .starts_with("✗ deployments.apps is forbidden: User \"nobody\""),
        "{:?}",
        run.out.stderr
    );
}

/// Starts `flux <cmdline>` in a thread and returns once it has opened `streams` followed log
/// streams (the server has answered them, so later lines can only arrive by following).
fn follow_in_background(
    c: &TestCluster,
    cmdline: &str,
    streams: usize,
) -> std::thread::JoinHandle<Run> {
    c.kube.clear_request_log();
    let env = c.env();
    let args = split_args(cmdline);
    let handle = std::thread::spawn(move || flux_env(env, &args));
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while c
        .kube
        .request_log()
        .iter()
        .filter(|r| r.path.ends_with("/log") && r.query.contains("follow=true"))
        .count()
        < streams
    {
        assert!(
            std::time::Instant::now() < deadline,
            "log streams not opened"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    handle
}

#[test]
fn logs_follow_streams_new_lines() {
    let Some(c) = TestCluster::new() else { return };
    c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "flux-system"}}));
    deployment(&c, "flux-system", "kustomize-controller", &["manager"]);
    let pod_ks = pod_name("kustomize-controller", 1);
    pod(
        &c,
        "flux-system",
        "kustomize-controller",
        &pod_ks,
        "Running",
        &["manager"],
    );
    let line = |msg: &str| {
        format!(
            "{{\"level\":\"info\",\"ts\":\"t\",\"msg\":\"{msg}\",\"reconciler kind\":\"Kustomization\",\"name\":\"apps\",\"namespace\":\"flux-system\"}}"
        )
    };
    c.kube
        .set_pod_log("flux-system", &pod_ks, &format!("{}\n", line("before")));
    // One pod: a single followed stream.
    let handle = follow_in_background(&c, "logs -f --timeout=3s", 1);
    std::thread::sleep(Duration::from_millis(200));
    c.kube
        .append_pod_log("flux-system", &pod_ks, &line("after"));
    let run = handle.join().unwrap();
    assert_eq!(
        (run.code, run.out.stdout.as_str()),
        (
            0,
            "t info Kustomization/apps.flux-system - before \nt info Kustomization/apps.flux-system - after \n"
        )
    );
    // Two pods: both streams at once, merged.
    deployment(&c, "flux-system", "source-controller", &["manager"]);
    let pod_src = pod_name("source-controller", 1);
    pod(
        &c,
        "flux-system",
        "source-controller",
        &pod_src,
        "Running",
        &["manager"],
    );
    c.kube.set_pod_log("flux-system", &pod_ks, "");
    let handle = follow_in_background(&c, "logs --follow --timeout=3s", 2);
    std::thread::sleep(Duration::from_millis(200));
    c.kube
        .append_pod_log("flux-system", &pod_ks, &line("ks one"));
    std::thread::sleep(Duration::from_millis(300));
    c.kube
        .append_pod_log("flux-system", &pod_src, &line("src one"));
    std::thread::sleep(Duration::from_millis(300));
    c.kube
        .append_pod_log("flux-system", &pod_ks, &line("ks two"));
    let run = handle.join().unwrap();
    assert_eq!(run.code, 0, "{:?}", run.out.combined);
    assert_eq!(
        run.out.stdout,
        "t info Kustomization/apps.flux-system - ks one \n\
         t info Kustomization/apps.flux-system - src one \n\
         t info Kustomization/apps.flux-system - ks two \n"
    );
}
