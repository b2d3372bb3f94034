//! `flux events` against the fake cluster: the cases of upstream `events_test.go`
//! (`Test_getObjectRef`, `Test_getRows`, `Test_addEventsToList_pagination`) over the same
//! objects (read from the test file itself) and the same events, run through the real command
//! line; plus sort order and LAST SEEN, `--types`, `--watch`, `-o json|yaml` (beyond upstream),
//! errors (unknown kind, missing object, forbidden).

use std::time::Duration;

use serde_json::{Value, json};

use crate::support::cluster::{TestCluster, yaml_docs};
use crate::support::{Run, assert_text};

/// The `objects` YAML of upstream's events_test.go.
fn upstream_objects(c: &TestCluster) -> Vec<Value> {
    let text = std::fs::read_to_string(c.cwd.join("events_test.go")).expect("events_test.go");
    let start = text.find("var objects = `").expect("objects") + "var objects = `".len();
    let len = text[start..].find('`').expect("end of objects");
    yaml_docs(&text[start..start + len])
}

/// upstream `createEvent`: an event named `<ns><ns><Kind><type>` about `obj`.
fn event_for(obj: &Value, etype: &str, msg: &str, reason: &str) -> Value {
    let kind = obj["kind"].as_str().unwrap();
    let ns = obj["metadata"]["namespace"].as_str().unwrap_or("");
    // A cluster-scoped object's event is stored in `default` (never shown: not a Flux kind).
    let ev_ns = if ns.is_empty() { "default" } else { ns };
    json!({"apiVersion": "v1", "kind": "Event",
        "metadata": {"name": format!("{ns}{ns}{kind}{etype}").to_lowercase(), "namespace": ev_ns},
        "reason": reason, "message": msg, "type": etype,
        "involvedObject": {"kind": kind, "namespace": ns, "name": obj["metadata"]["name"]}})
}

/// A cluster holding upstream's objects and their info/error events.
fn upstream_cluster() -> Option<TestCluster> {
    let c = TestCluster::new()?;
    let mut objs = upstream_objects(&c);
    // Namespaces first (the fixture lists flux-system last).
    objs.sort_by_key(|o| o["kind"] != "Namespace");
    for o in &objs {
        if o["kind"] == "Namespace" && o["metadata"]["name"] == "default" {
            continue;
        }
        c.create(o.clone());
    }
    for o in &objs {
        c.create(event_for(o, "info", "Info Message", "Info Reason"));
        c.create(event_for(o, "error", "Error Message", "Error Reason"));
    }
    Some(c)
}

fn table(show_ns: bool, rows: &[&[&str]]) -> String {
    let mut headers = vec!["Last seen", "Type", "Reason", "Object", "Message"];
    if show_ns {
        headers.insert(0, "Namespace");
    }
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|s| s.to_string()).collect())
        .collect();
    flux_rs::ui::tablewriter::render(Some(&headers), &rows)
}

#[track_caller]
fn assert_ok(run: &Run, expected: &str, what: &str) {
    assert_eq!(run.code, 0, "{what}: {:?}", run.out.combined);
    assert_eq!(run.out.stderr, "", "{what}: stderr");
    assert_text(expected, &run.out.stdout, what);
}

const U: &str = "<unknown>";

// --- upstream Test_getRows ------------------------------------------------------------------

#[test]
fn events_upstream_get_rows() {
    let Some(c) = upstream_cluster() else { return };
    let e = |ns: &'static str, kind_name: &'static str, etype: &'static str| -> [&'static str; 6] {
        let (reason, msg) = if etype == "error" {
            ("Error Reason", "Error Message")
        } else {
            ("Info Reason", "Info Message")
        };
        [ns, U, etype, reason, kind_name, msg]
    };
    let pair = |ns, obj| [e(ns, obj, "error"), e(ns, obj, "info")];
    let flat = |groups: &[[[&'static str; 6]; 2]], show_ns: bool| -> String {
        let rows: Vec<Vec<&str>> = groups
            .iter()
            .flatten()
            .map(|r| if show_ns { r.to_vec() } else { r[1..].to_vec() })
            .collect();
        let refs: Vec<&[&str]> = rows.iter().map(|r| r.as_slice()).collect();
        table(show_ns, &refs)
    };
    let all = flat(
        &[
            pair("default", "HelmRelease/podinfo"),
            pair("default", "ImagePolicy/podinfo"),
            pair("default", "Kustomization/podinfo"),
            pair("flux-system", "Alert/webapp"),
            pair("flux-system", "GitRepository/flux-system"),
            pair("flux-system", "HelmChart/default-podinfo"),
            pair("flux-system", "HelmRepository/podinfo"),
            pair("flux-system", "Kustomization/flux-system"),
            pair("flux-system", "Provider/slack"),
        ],
        true,
    );
    let cases: Vec<(&str, String)> = vec![
        ("events -A", all),
        (
            "events -n default",
            flat(
                &[
                    pair("default", "HelmRelease/podinfo"),
                    pair("default", "ImagePolicy/podinfo"),
                    pair("default", "Kustomization/podinfo"),
                ],
                false,
            ),
        ),
        (
            "events -n default --for Kustomization/podinfo",
            flat(
                &[
                    pair("default", "Kustomization/podinfo"),
                    pair("flux-system", "GitRepository/flux-system"),
                ],
                true,
            ),
        ),
        (
            "events -A --for kustomization",
            flat(
                &[
                    pair("default", "Kustomization/podinfo"),
                    pair("flux-system", "Kustomization/flux-system"),
                ],
                true,
            ),
        ),
        (
            "events -n default --for HelmRelease/podinfo",
            flat(
                &[
                    pair("default", "HelmRelease/podinfo"),
                    pair("flux-system", "HelmRepository/podinfo"),
                    pair("flux-system", "HelmChart/default-podinfo"),
                ],
                true,
            ),
        ),
        (
            "events -n default --for helmrelease/podinfo",
            flat(
                &[
                    pair("default", "HelmRelease/podinfo"),
                    pair("flux-system", "HelmRepository/podinfo"),
                    pair("flux-system", "HelmChart/default-podinfo"),
                ],
                true,
            ),
        ),
    ];
    let n = cases.len();
    for (cmd, expected) in cases {
        assert_ok(&c.flux(cmd), &expected, cmd);
    }
    eprintln!("events Test_getRows: {n}/{n} upstream cases match");
    // The table itself, byte for byte (header ends with a space, rows with a TAB).
    let run = c.flux("events --for Provider/slack");
    assert_ok(
        &run,
        concat!(
            "LAST SEEN\tTYPE \tREASON      \tOBJECT        \tMESSAGE      ",
            " \n",
            "<unknown>\terror\tError Reason\tProvider/slack\tError Message\t\n",
            "<unknown>\tinfo \tInfo Reason \tProvider/slack\tInfo Message \t\n",
        ),
        "provider table",
    );
}

// --- upstream Test_getObjectRef ------------------------------------------------------------

#[test]
fn events_upstream_object_refs() {
    let Some(c) = upstream_cluster() else { return };
    // The referenced ImageRepository has no object, but its events are still listed.
    c.create(json!({"apiVersion": "v1", "kind": "Event",
        "metadata": {"name": "acr.1", "namespace": "flux-system"},
        "reason": "Scanned", "message": "ok", "type": "Normal",
        "involvedObject": {"kind": "ImageRepository", "namespace": "flux-system", "name": "acr-podinfo"}}));
    let rows = |ns: Option<&str>, objs: &[&str]| -> Vec<Vec<String>> {
        let mut out = Vec::new();
        for o in objs {
            for (t, r, m) in [
                ("error", "Error Reason", "Error Message"),
                ("info", "Info Reason", "Info Message"),
            ] {
                let mut row: Vec<String> = ns.map(|n| vec![n.to_string()]).unwrap_or_default();
                row.extend([U, t, r, o, m].map(String::from));
                out.push(row);
            }
        }
        out
    };
    let render = |show_ns: bool, rows: Vec<Vec<String>>| {
        let refs: Vec<Vec<&str>> = rows
            .iter()
            .map(|r| r.iter().map(String::as_str).collect())
            .collect();
        let refs: Vec<&[&str]> = refs.iter().map(|r| r.as_slice()).collect();
        table(show_ns, &refs)
    };
    let mut image_policy = rows(Some("default"), &["ImagePolicy/podinfo"]);
    image_policy.push(
        [
            "flux-system",
            U,
            "Normal",
            "Scanned",
            "ImageRepository/acr-podinfo",
            "ok",
        ]
        .map(String::from)
        .to_vec(),
    );
    let cases: Vec<(&str, String)> = vec![
        (
            "events --for Kustomization/flux-system",
            render(
                false,
                rows(
                    None,
                    &["Kustomization/flux-system", "GitRepository/flux-system"],
                ),
            ),
        ),
        (
            "events --for Alert/webapp",
            render(false, rows(None, &["Alert/webapp", "Provider/slack"])),
        ),
        (
            "events -n default --for ImagePolicy/podinfo",
            render(true, image_policy.clone()),
        ),
        (
            "events -n default --for imagepolicy/podinfo",
            render(true, image_policy),
        ),
        (
            "events --for Provider/slack",
            render(false, rows(None, &["Provider/slack"])),
        ),
        (
            "events --for HelmChart/default-podinfo",
            render(false, rows(None, &["HelmChart/default-podinfo"])),
        ),
    ];
    for (cmd, expected) in &cases {
        assert_ok(&c.flux(cmd), expected, cmd);
    }
    // Non flux resource.
    let run = c.flux("events --for Namespace/flux-system");
    assert_eq!(
        (run.code, run.out.combined.as_str()),
        (1, "✗ 'Namespace' is not a recognized Flux kind\n")
    );
    eprintln!(
        "events Test_getObjectRef: {}/{} upstream cases match",
        cases.len() + 1,
        8
    );
}

#[test]
fn events_errors() {
    let Some(c) = upstream_cluster() else { return };
    let err = |cmd: &str| {
        let run = c.flux(cmd);
        assert_eq!(run.code, 1, "{cmd}: {:?}", run.out.combined);
        assert_eq!(run.out.stdout, "", "{cmd}");
        run.out.stderr
    };
    assert_eq!(
        err("events --for Kustomization/nope"),
        "✗ kustomizations.kustomize.toolkit.fluxcd.io \"nope\" not found\n"
    );
    assert_eq!(
        err("events --for /x"),
        "✗ --for selector must be of format <kind>[/<name>]\n"
    );
    assert_eq!(
        err("events --for ExternalArtifact/x"),
        "✗ 'ExternalArtifact' is not a recognized Flux kind\n"
    );
    assert_eq!(
        err("events --types Normal,bogus"),
        "✗ type 'bogus' not supported. Supported types are Normal, Warning\n"
    );
    // A HelmRelease using chartRef has no chart source reference (upstream quirk).
    c.create(
        json!({"apiVersion": "helm.toolkit.fluxcd.io/v2", "kind": "HelmRelease",
        "metadata": {"name": "byref", "namespace": "default"},
        "spec": {"interval": "5m", "chartRef": {"kind": "OCIRepository", "name": "podinfo"}}}),
    );
    assert_eq!(
        err("events -n default --for HelmRelease/byref"),
        "✗ field 'spec.chart.spec.sourceRef.kind' for 'default/byref' not found\n"
    );
    let forbidden = err("events --as nobody");
    assert!(
        forbidden.starts_with(
            "✗ error getting events: events is forbidden: User \"nobody\" cannot list resource \"events\""
        ) && forbidden.lines().count() == 1,
        "{forbidden:?}"
    );
    assert!(err("events -o table").starts_with("✗ unable to match a printer"));
    // No events: a ✗ line, exit 0.
    for (cmd, msg) in [
        (
            "events -n kube-system",
            "✗ No events found in kube-system namespace.\n",
        ),
        ("events -A --types warning", "✗ No events found.\n"),
    ] {
        let run = c.flux(cmd);
        assert_eq!((run.code, run.out.combined.as_str()), (0, msg), "{cmd}");
    }
}

fn ts(secs_ago: i64) -> String {
    let t = jiff::Timestamp::now() - jiff::SignedDuration::from_secs(secs_ago);
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

fn micro(secs_ago: i64) -> String {
    let t = jiff::Timestamp::now() - jiff::SignedDuration::from_secs(secs_ago);
    t.strftime("%Y-%m-%dT%H:%M:%S.000000Z").to_string()
}

#[test]
fn events_sorted_by_time_with_kubectl_last_seen_and_types() {
    let Some(c) = TestCluster::new() else { return };
    c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "flux-system"}}));
    let ev = |name: &str, etype: &str, extra: Value| {
        let mut e = json!({"apiVersion": "v1", "kind": "Event",
            "metadata": {"name": name, "namespace": "flux-system"},
            "reason": "Progressing", "message": format!("msg {name}"), "type": etype,
            "involvedObject": {"kind": "GitRepository", "namespace": "flux-system", "name": "podinfo"}});
        for (k, v) in extra.as_object().unwrap() {
            e[k] = v.clone();
        }
        c.create(e);
    };
    // Ages chosen away from unit boundaries (the test may take a few seconds).
    ev(
        "a-old",
        "Normal",
        json!({"firstTimestamp": ts(3 * 3600 + 630), "lastTimestamp": ts(3 * 3600 + 630), "count": 1}),
    );
    ev(
        "b-repeated",
        "Warning",
        json!({"firstTimestamp": ts(2 * 86400 + 5 * 3600 + 600), "lastTimestamp": ts(150 * 60 + 20), "count": 4}),
    );
    ev(
        "c-series",
        "Normal",
        json!({"eventTime": micro(50 * 3600 + 600), "series": {"count": 7, "lastObservedTime": micro(15 * 60 + 20)}}),
    );
    ev(
        "d-new",
        "Warning",
        json!({"eventTime": micro(5), "reportingController": "x", "reportingInstance": "y", "action": "a"}),
    );
    ev("e-unknown", "Normal", json!({}));
    // Not a Flux kind: never shown.
    c.create(json!({"apiVersion": "v1", "kind": "Event",
        "metadata": {"name": "pod", "namespace": "flux-system"}, "reason": "Started", "message": "m", "type": "Normal",
        "involvedObject": {"kind": "Pod", "namespace": "flux-system", "name": "p"}}));
    let run = c.flux("events");
    assert_eq!(run.code, 0, "{:?}", run.out.combined);
    let lines: Vec<Vec<&str>> = run
        .out
        .stdout
        .lines()
        .map(|l| l.split('\t').map(str::trim_end).collect())
        .collect();
    let cells: Vec<(&str, &str)> = lines[1..].iter().map(|l| (l[0], l[4])).collect();
    let d_new_age = cells
        .iter()
        .find(|c| c.1 == "msg d-new")
        .map(|c| c.0)
        .unwrap();
    assert!(
        ["5s", "6s", "7s", "8s", "9s", "10s"].contains(&d_new_age),
        "{d_new_age}"
    );
    assert_eq!(
        cells,
        [
            ("<unknown>", "msg e-unknown"),
            ("3h10m", "msg a-old"),
            ("150m (x4 over 2d5h)", "msg b-repeated"),
            ("15m (x7 over 2d2h)", "msg c-series"),
            (d_new_age, "msg d-new"),
        ]
    );
    assert_eq!(
        lines[0],
        ["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"]
    );
    // --types, case-insensitive, repeatable and comma separated.
    for cmd in [
        "events --types warning",
        "events --types=WARNING",
        "events --types Warning,warning",
    ] {
        let run = c.flux(cmd);
        let msgs: Vec<&str> = run
            .out
            .stdout
            .lines()
            .skip(1)
            .map(|l| l.split('\t').nth(4).unwrap().trim_end())
            .collect();
        assert_eq!(msgs, ["msg b-repeated", "msg d-new"], "{cmd}");
    }
    let run = c.flux("events --types normal --types warning");
    assert_eq!(run.out.stdout.lines().count(), 6);
}

#[test]
fn events_output_json_and_yaml_beyond_upstream() {
    let Some(c) = upstream_cluster() else { return };
    let run = c.flux("events --for Alert/webapp -o json");
    assert_eq!(run.code, 0, "{:?}", run.out.combined);
    assert!(
        run.out
            .stdout
            .starts_with("{\n    \"apiVersion\": \"v1\",\n    \"items\": [")
    );
    let list: Value = serde_json::from_str(&run.out.stdout).unwrap();
    assert_eq!(list["kind"], "List");
    let names: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            assert_eq!(
                (&i["apiVersion"], &i["kind"]),
                (&json!("v1"), &json!("Event"))
            );
            assert!(i["metadata"].get("managedFields").is_none());
            i["metadata"]["name"].as_str().unwrap()
        })
        .collect();
    assert_eq!(
        names,
        [
            "flux-systemflux-systemalerterror",
            "flux-systemflux-systemalertinfo",
            "flux-systemflux-systemprovidererror",
            "flux-systemflux-systemproviderinfo"
        ]
    );
    let run = c.flux("events -n default -o yaml");
    assert_eq!(run.code, 0);
    let docs = yaml_docs(&run.out.stdout);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["items"].as_array().unwrap().len(), 6);
    assert!(
        run.out
            .stdout
            .ends_with("kind: List\nmetadata:\n  resourceVersion: \"\"\n")
    );
    // Nothing to show: an empty List, no ✗ line.
    let run = c.flux("events -n kube-system -o json");
    assert_eq!((run.code, run.out.stderr.as_str()), (0, ""));
    let list: Value = serde_json::from_str(&run.out.stdout).unwrap();
    assert_eq!(list["items"], json!([]));
}

#[test]
fn events_list_follows_pages() {
    let Some(c) = TestCluster::new() else { return };
    c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "flux-system"}}));
    for i in 0..520 {
        c.kube
            .seed(json!({"apiVersion": "v1", "kind": "Event",
                "metadata": {"name": format!("e{i:04}"), "namespace": "flux-system"},
                "reason": "R", "message": format!("m{i}"), "type": "Normal",
                "involvedObject": {"kind": "Bucket", "namespace": "flux-system", "name": "b"}}))
            .unwrap();
    }
    c.kube.clear_request_log();
    let run = c.flux("events");
    assert_eq!(run.code, 0);
    assert_eq!(run.out.stdout.lines().count(), 521);
    let lists: Vec<String> = c
        .kube
        .request_log()
        .into_iter()
        .filter(|r| r.path.ends_with("/events"))
        .map(|r| r.query)
        .collect();
    assert_eq!(lists.len(), 2, "{lists:?}");
    assert!(lists.iter().all(|q| q.contains("limit=500")), "{lists:?}");
    assert!(lists[1].contains("continue="), "{lists:?}");
}

#[test]
fn events_watch_prints_new_rows() {
    let Some(c) = upstream_cluster() else { return };
    let env = c.env();
    let handle = std::thread::spawn(move || {
        crate::support::flux_env(
            env,
            &crate::support::split_args("events --for Provider/slack -w --timeout=4s"),
        )
    });
    // Once the watch is open, the new event can only arrive through it.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !c
        .kube
        .request_log()
        .iter()
        .any(|r| r.path.ends_with("/events") && r.query.contains("watch=true"))
    {
        assert!(std::time::Instant::now() < deadline, "watch not opened");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(200));
    c.create(json!({"apiVersion": "v1", "kind": "Event",
        "metadata": {"name": "late", "namespace": "flux-system"},
        "reason": "Late", "message": "arrived", "type": "Warning", "lastTimestamp": ts(30), "count": 1,
        "firstTimestamp": ts(30),
        "involvedObject": {"kind": "Provider", "namespace": "flux-system", "name": "slack"}}));
    // Another object's event: not watched.
    c.create(json!({"apiVersion": "v1", "kind": "Event",
        "metadata": {"name": "other", "namespace": "flux-system"},
        "reason": "Other", "message": "no", "type": "Normal",
        "involvedObject": {"kind": "Alert", "namespace": "flux-system", "name": "webapp"}}));
    let run = handle.join().unwrap();
    assert_eq!(run.code, 0, "{:?}", run.out.combined);
    assert_eq!(run.out.stderr, "");
    let expected = table(
        false,
        &[&[
            U,
            "error",
            "Error Reason",
            "Provider/slack",
            "Error Message",
        ]],
    ) + &flux_rs::ui::tablewriter::render(
        None,
        &[
            vec![U, "info", "Info Reason", "Provider/slack", "Info Message"]
                .into_iter()
                .map(String::from)
                .collect(),
        ],
    );
    let out = &run.out.stdout;
    assert!(out.starts_with(&expected), "{out:?}");
    let last = out[expected.len()..].to_string();
    assert!(
        last.starts_with("30s\tWarning\tLate\tProvider/slack\tarrived\t\n")
            || last.starts_with("31s\tWarning\tLate\tProvider/slack\tarrived\t\n")
            || last.starts_with("32s\tWarning\tLate\tProvider/slack\tarrived\t\n"),
        "{last:?}"
    );
    assert_eq!(last.lines().count(), 1, "{last:?}");
}

#[test]
fn events_watch_with_output_prints_objects() {
    let Some(c) = upstream_cluster() else { return };
    let run = c.flux("events --for Provider/slack -w -o yaml --timeout=1s");
    assert_eq!((run.code, run.out.stderr.as_str()), (0, ""));
    let docs = yaml_docs(&run.out.stdout);
    let names: Vec<&str> = docs
        .iter()
        .map(|d| d["metadata"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "flux-systemflux-systemprovidererror",
            "flux-systemflux-systemproviderinfo"
        ]
    );
    assert!(run.out.stdout.starts_with("---\napiVersion: v1\n"));
}
