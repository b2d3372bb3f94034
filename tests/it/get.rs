//! `flux get` against the fake cluster: every case of upstream `get_test.go` (goldens in
//! `testdata/get/`), the `get` steps of the e2e tests (`source_oci_test.go`,
//! `kustomization_test.go`, `helmrelease_test.go`, `image_test.go`) over objects seeded with
//! the status their controllers would have written, and the behaviour beyond upstream:
//! `-o json|yaml|name`, concurrent paginated `get all`, real watches, RBAC and missing CRDs.

use std::time::{Duration, Instant};

use fake_kube::Fault;
use serde_json::json;

use crate::support::cluster::{TestCluster, allocate_namespace};
use crate::support::{Run, assert_text, render_template};

fn golden(c: &TestCluster, path: &str, values: &[(&str, &str)]) -> String {
    let raw = std::fs::read_to_string(c.cwd.join(path)).expect("golden");
    render_template(&raw, values)
}

#[track_caller]
fn assert_ok(run: &Run, expected: &str, what: &str) {
    assert_eq!(
        run.code, 0,
        "{what}: exit code, output {:?}",
        run.out.combined
    );
    assert_text(expected, &run.out.combined, what);
}

#[track_caller]
fn assert_err(run: &Run, expected: &str, what: &str) {
    assert_eq!(
        (run.code, run.out.stderr.as_str(), run.out.stdout.as_str()),
        (1, format!("✗ {expected}\n").as_str(), ""),
        "{what}"
    );
}

fn namespace(c: &TestCluster, ns: &str) {
    c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}));
}

// --- upstream get_test.go ----------------------------------------------------------------

#[test]
fn get_cmd_label_selectors() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    c.create_file("./testdata/get/objects.yaml", &[("fluxns", &ns)]);
    let cases = [
        ("", "testdata/get/get.golden"),
        (
            "-l sharding.fluxcd.io/key=shard1",
            "testdata/get/get_label_one.golden",
        ),
        (
            r#"-l "sharding.fluxcd.io/key notin (shard1, shard2)""#,
            "testdata/get/get_label_two.golden",
        ),
    ];
    for (args, file) in cases {
        let run = c.flux(&format!("get sources git {args} -n {ns}"));
        assert_ok(&run, &golden(&c, file, &[]), file);
    }
    eprintln!("get label selectors: {}/{} upstream cases match", 3, 3);
}

#[test]
fn get_cmd_status_selector() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    c.create_file("./testdata/get/status_objects.yaml", &[("fluxns", &ns)]);
    let cases = [
        (
            "--status-selector Ready=True",
            "testdata/get/get_status_ready_true.golden",
        ),
        (
            "--status-selector Ready=False",
            "testdata/get/get_status_ready_false.golden",
        ),
        (
            "--status-selector Ready!=True",
            "testdata/get/get_status_ready_not_true.golden",
        ),
    ];
    for (args, file) in cases {
        let run = c.flux(&format!("get sources git {args} -n {ns}"));
        assert_ok(&run, &golden(&c, file, &[]), file);
    }
    // Case-insensitive on both sides.
    let run = c.flux(&format!(
        "get sources git --status-selector ready=true -n {ns}"
    ));
    assert_ok(
        &run,
        &golden(&c, "testdata/get/get_status_ready_true.golden", &[]),
        "lower-case selector",
    );
    // Everything filtered out: the header line alone.
    let run = c.flux(&format!(
        "get sources git --status-selector Ready=Nope -n {ns}"
    ));
    assert_ok(
        &run,
        "NAME\tREVISION\tSUSPENDED\tREADY\tMESSAGE \n",
        "all filtered",
    );
    let run = c.flux(&format!(
        "get sources git --status-selector Ready=Nope --no-header -n {ns}"
    ));
    assert_ok(&run, "", "all filtered, no header");
}

#[test]
fn get_cmd_status_selector_synthetic_ready() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    c.create_file(
        "./testdata/get/notification_objects.yaml",
        &[("fluxns", &ns)],
    );
    for command in ["get alerts", "get alert-providers", "get all"] {
        let unfiltered = c.flux(&format!("{command} -n {ns}"));
        assert_eq!(unfiltered.code, 0, "{command}");
        assert!(!unfiltered.out.combined.is_empty(), "{command}: output");
        let filtered = c.flux(&format!("{command} --status-selector Ready=True -n {ns}"));
        assert_eq!(filtered.code, 0, "{command} filtered");
        assert_text(&unfiltered.out.combined, &filtered.out.combined, command);
    }
    // The rows themselves (operate.md §1.8 example).
    let run = c.flux(&format!("get all -n {ns}"));
    assert_ok(
        &run,
        "NAME          \tREADY\tMESSAGE           \nprovider/slack\tTrue \tProvider is Ready\t\n\n\
         NAME             \tSUSPENDED\tREADY\tMESSAGE        \nalert/flux-system\tFalse    \tTrue \tAlert is Ready\t\n\n",
        "get all over notification objects",
    );
}

#[test]
fn get_all_cmd_status_selector_no_matches() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    c.create_file("./testdata/get/status_objects.yaml", &[("fluxns", &ns)]);
    let run = c.flux(&format!("get all --status-selector foo=bar -n {ns}"));
    assert_ok(&run, "", "get all --status-selector foo=bar");
}

#[test]
fn get_all_cmd_status_selector_kustomization_only() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    c.create_file("./testdata/get/kustomization_only.yaml", &[("fluxns", &ns)]);
    let unfiltered = c.flux(&format!("get all -n {ns}"));
    assert_ok(
        &unfiltered,
        "NAME                 \tREVISION          \tSUSPENDED\tREADY\tMESSAGE                              \n\
         kustomization/podinfo\tmain@sha1:696f056d\tFalse    \tTrue \tApplied revision: main@sha1:696f056d\t\n\n",
        "get all (operate.md §1.8 example)",
    );
    let filtered = c.flux(&format!("get all --status-selector Ready=True -n {ns}"));
    assert_ok(&filtered, &unfiltered.out.combined, "Ready=True matches");

    let empty = allocate_namespace("empty");
    namespace(&c, &empty);
    let empty_out = c.flux(&format!("get all -n {empty}"));
    assert_ok(&empty_out, "", "get all in an empty namespace");
    let no_match = c.flux(&format!("get all --status-selector Ready=False -n {ns}"));
    assert_ok(
        &no_match,
        &empty_out.out.combined,
        "Ready=False matches nothing",
    );
}

#[test]
fn get_cmd_errors() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    c.create_file("./testdata/get/objects.yaml", &[("fluxns", &ns)]);
    let cases = [
        (
            format!("get kustomization non-existent-resource -n {ns}"),
            format!("Kustomization object 'non-existent-resource' not found in \"{ns}\" namespace"),
        ),
        (
            format!("get helmrelease -n {ns}"),
            format!("no HelmRelease objects found in \"{ns}\" namespace"),
        ),
        (
            format!("get artifact generators -n {ns}"),
            format!("no ArtifactGenerator objects found in \"{ns}\" namespace"),
        ),
        (
            format!("get sources git --status-selector Ready -n {ns}"),
            "expected status selector in type=status or type!=status format, but found: Ready"
                .to_string(),
        ),
    ];
    for (args, err) in &cases {
        assert_err(&c.flux(args), err, args);
    }
    eprintln!(
        "get errors: {}/{} upstream cases match",
        cases.len(),
        cases.len()
    );
}

#[test]
fn get_cmd_success() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    c.create_file("./testdata/get/objects.yaml", &[("fluxns", &ns)]);
    for args in [
        format!("get sources git -n {ns}"),
        "get --help".to_string(),
        "get sources git -A".to_string(),
    ] {
        let run = c.flux(&args);
        assert_eq!(run.code, 0, "{args}: {:?}", run.out.combined);
    }
    // -A adds the NAMESPACE column (operate.md §1.8 example shape).
    let run = c.flux(&format!("get sources git podinfo -A -n {ns}"));
    let pad = " ".repeat(ns.len().saturating_sub("NAMESPACE".len()));
    let ns_pad = " ".repeat("NAMESPACE".len().saturating_sub(ns.len()));
    assert_ok(
        &run,
        &format!(
            "NAMESPACE{pad}\tNAME   \tREVISION          \tSUSPENDED\tREADY\tMESSAGE                              \n\
             {ns}{ns_pad}\tpodinfo\tmain@sha1:696f056d\tFalse    \tTrue \tFetched revision: main@sha1:696f056d\t\n"
        ),
        "get sources git podinfo -A",
    );
}

// --- the `get` steps of upstream's e2e tests, over seeded status -------------------------

fn seeded(c: &TestCluster, ns: &str, obj: serde_json::Value) {
    let mut obj = obj;
    obj["metadata"]["namespace"] = json!(ns);
    c.create(obj);
}

#[test]
fn get_e2e_goldens_over_seeded_status() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("oci-test");
    namespace(&c, &ns);
    let ready = |msg: &str| {
        json!([{"type": "Ready", "status": "True", "reason": "Succeeded",
        "message": msg, "lastTransitionTime": "2024-01-01T00:00:00Z"}])
    };
    let oci_rev = "6.3.5@sha256:6c959c51ccbb952e5fe4737563338a0aaf975675dcf812912cf09e5463181871";
    seeded(
        &c,
        &ns,
        json!({"apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "OCIRepository",
            "metadata": {"name": "thrfg"},
            "spec": {"url": "oci://ghcr.io/stefanprodan/manifests/podinfo", "interval": "10m",
                     "ref": {"tag": "6.3.5"}},
            "status": {"artifact": {"revision": oci_rev, "digest": "sha256:6c959c51", "path": "p",
                        "url": "u", "lastUpdateTime": "2024-01-01T00:00:00Z"},
                       "conditions": ready(&format!("stored artifact for digest '{oci_rev}'"))}}),
    );
    let ks_rev = "6.3.5@sha1:67e2c98a60dc92283531412a9e604dd4bae005a9";
    seeded(
        &c,
        &ns,
        json!({"apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
            "metadata": {"name": "tkfg"},
            "spec": {"interval": "1m", "path": "./kustomize", "prune": false,
                     "sourceRef": {"kind": "GitRepository", "name": "tkfg"}},
            "status": {"lastAppliedRevision": ks_rev,
                       "conditions": ready(&format!("Applied revision: {ks_rev}"))}}),
    );
    seeded(
        &c,
        &ns,
        json!({"apiVersion": "helm.toolkit.fluxcd.io/v2", "kind": "HelmRelease",
            "metadata": {"name": "thrfg"},
            "spec": {"interval": "1m", "chart": {"spec": {"chart": "charts/podinfo",
                     "sourceRef": {"kind": "GitRepository", "name": "thrfg"}}}},
            "status": {"history": [{"chartName": "podinfo", "chartVersion": "6.3.5",
                        "configDigest": "sha256:1", "digest": "sha256:2", "name": "thrfg",
                        "namespace": "thrfg-1", "status": "deployed", "version": 1,
                        "firstDeployed": "2024-01-01T00:00:00Z", "lastDeployed": "2024-01-01T00:00:00Z"}],
                       "lastAttemptedRevision": "6.3.5",
                       "conditions": ready("Helm install succeeded for release thrfg-1/thrfg.v1 with chart podinfo@6.3.5")}}),
    );
    for (name, tag, msg) in [
        (
            "podinfo-semver",
            "5.0.3",
            "Latest image tag for ghcr.io/stefanprodan/podinfo resolved to 5.0.3 with digest sha256:8704da90172710d422af855049175c1a8295731cbe2ad3b9a1c1074feecf8c10",
        ),
        (
            "podinfo-regex",
            "5.0.0",
            "Latest image tag for ghcr.io/stefanprodan/podinfo resolved to 5.0.0",
        ),
    ] {
        seeded(
            &c,
            &ns,
            json!({"apiVersion": "image.toolkit.fluxcd.io/v1", "kind": "ImagePolicy",
                "metadata": {"name": name},
                "spec": {"imageRepositoryRef": {"name": "podinfo"}, "policy": {"semver": {"range": "5.0.x"}}},
                "status": {"latestRef": {"name": "ghcr.io/stefanprodan/podinfo", "tag": tag},
                           "conditions": ready(msg)}}),
        );
    }
    let cases = [
        ("get source oci thrfg", "testdata/oci/get_oci.golden"),
        (
            "get kustomization tkfg",
            "testdata/kustomization/get_kustomization_from_git.golden",
        ),
        (
            "get helmrelease thrfg",
            "testdata/helmrelease/get_helmrelease_from_git.golden",
        ),
        (
            "get image policy podinfo-semver",
            "testdata/image/get_image_policy_semver.golden",
        ),
        (
            "get image policy podinfo-regex",
            "testdata/image/get_image_policy_regex.golden",
        ),
    ];
    for (args, file) in cases {
        let run = c.flux(&format!("{args} -n={ns}"));
        assert_ok(&run, &golden(&c, file, &[("ns", &ns)]), file);
    }
    eprintln!("e2e get goldens: {}/{} match", cases.len(), cases.len());

    // --show-source.
    let run = c.flux(&format!("get ks tkfg --show-source -n {ns}"));
    assert_ok(
        &run,
        &format!(
            "NAME\tSOURCE{}\tREVISION           \tSUSPENDED\tREADY\tMESSAGE                               \n\
             tkfg\tGitRepository/{ns}/tkfg\t6.3.5@sha1:67e2c98a\tFalse    \tTrue \tApplied revision: 6.3.5@sha1:67e2c98a\t\n",
            " ".repeat(format!("GitRepository/{ns}/tkfg").len() - "SOURCE".len())
        ),
        "ks --show-source",
    );
    let run = c.flux(&format!("get hr --show-source --no-header -n {ns}"));
    assert_ok(
        &run,
        &format!(
            "thrfg\tGitRepository/{ns}/thrfg\t6.3.5\tFalse\tTrue\tHelm install succeeded for release thrfg-1/thrfg.v1 with chart podinfo@6.3.5\t\n"
        ),
        "hr --show-source --no-header",
    );
}

#[test]
fn get_kind_specific_cells() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("cells");
    namespace(&c, &ns);
    seeded(
        &c,
        &ns,
        json!({"apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "HelmRepository",
            "metadata": {"name": "oci"},
            "spec": {"url": "oci://ghcr.io/x", "type": "oci", "interval": "1m", "suspend": true}}),
    );
    seeded(
        &c,
        &ns,
        json!({"apiVersion": "image.toolkit.fluxcd.io/v1", "kind": "ImageRepository",
            "metadata": {"name": "podinfo"},
            "spec": {"image": "ghcr.io/x", "interval": "1m"},
            "status": {"lastScanResult": {"scanTime": "2024-05-06T07:08:09Z", "tagCount": 3}}}),
    );
    seeded(
        &c,
        &ns,
        json!({"apiVersion": "source.extensions.fluxcd.io/v1beta1", "kind": "ArtifactGenerator",
            "metadata": {"name": "gen", "annotations": {"source.extensions.fluxcd.io/reconcile": "Disabled"}},
            "spec": {"sources": [{"alias": "a", "kind": "GitRepository", "name": "x"}],
                     "artifacts": [{"name": "out", "copy": [{"from": "@a/**", "to": "@artifact/"}]}]}}),
    );
    seeded(
        &c,
        &ns,
        json!({"apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "ExternalArtifact",
            "metadata": {"name": "ea"},
            "spec": {"sourceRef": {"apiVersion": "x/v1", "kind": "Thing", "name": "t"}},
            "status": {"conditions": [{"type": "Ready", "status": "False", "reason": "R",
                "message": "line one\nline two", "lastTransitionTime": "2024-01-01T00:00:00Z"}]}}),
    );
    let hex = "0123456789abcdef0123456789abcdef01234567";
    seeded(
        &c,
        &ns,
        json!({"apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "HelmChart",
            "metadata": {"name": "chart"},
            "spec": {"chart": "podinfo", "interval": "1m", "sourceRef": {"kind": "HelmRepository", "name": "r"}},
            "status": {"artifact": {"revision": format!("1.0.0+{hex}"), "digest": "d", "path": "p",
                        "url": "u", "lastUpdateTime": "2024-01-01T00:00:00Z"},
                       "conditions": [{"type": "Ready", "status": "True", "reason": "R",
                        "message": format!("pulled '{hex}'"), "lastTransitionTime": "2024-01-01T00:00:00Z"}]}}),
    );
    seeded(
        &c,
        &ns,
        json!({"apiVersion": "image.toolkit.fluxcd.io/v1", "kind": "ImageUpdateAutomation",
            "metadata": {"name": "auto"},
            "spec": {"interval": "1m", "sourceRef": {"kind": "GitRepository", "name": "r"},
                     "git": {"commit": {"author": {"name": "a", "email": "a@b"}}}},
            "status": {"lastAutomationRunTime": "2024-05-06T07:08:09Z",
                       "conditions": [{"type": "Ready", "status": "True", "reason": "R",
                        "message": format!("pushed commit '{hex}'"), "lastTransitionTime": "2024-01-01T00:00:00Z"}]}}),
    );
    // HelmChart: the revision is a chart version and is not truncated; the message is.
    let run = c.flux(&format!("get sources chart --no-header -n {ns}"));
    assert_ok(
        &run,
        &format!("chart\t1.0.0+{hex}\tFalse\tTrue\tpulled '01234567'\t\n"),
        "helm chart",
    );
    // ImageUpdateAutomation: LAST RUN in local time, message untouched.
    let env = c.env().set("TZ", "Asia/Tokyo");
    let run = crate::support::flux_env(
        env,
        &crate::support::split_args(&format!("get images update --no-header -n {ns}")),
    );
    assert_ok(
        &run,
        &format!("auto\t2024-05-06T16:08:09+09:00\tFalse\tTrue\tpushed commit '{hex}'\t\n"),
        "image update automation",
    );
    let run = c.flux(&format!("get sources helm -n {ns}"));
    assert_ok(
        &run,
        "NAME\tREVISION\tSUSPENDED\tREADY\tMESSAGE                  \noci \t        \tTrue     \tTrue \tHelm repository is Ready\t\n",
        "oci helm repository",
    );
    let env_utc = c.env().set("TZ", "UTC");
    let run = crate::support::flux_env(
        env_utc,
        &crate::support::split_args(&format!("get image repository -n {ns}")),
    );
    assert_ok(
        &run,
        "NAME   \tLAST SCAN           \tSUSPENDED\tREADY\tMESSAGE                  \npodinfo\t2024-05-06T07:08:09Z\tFalse    \tFalse\twaiting to be reconciled\t\n",
        "image repository, UTC",
    );
    let env_paris = c.env().set("TZ", "Europe/Paris");
    let run = crate::support::flux_env(
        env_paris,
        &crate::support::split_args(&format!("get image repository --no-header -n {ns}")),
    );
    assert_ok(
        &run,
        "podinfo\t2024-05-06T09:08:09+02:00\tFalse\tFalse\twaiting to be reconciled\t\n",
        "image repository, local time",
    );
    let run = c.flux(&format!("get artifact generators -n {ns}"));
    assert_ok(
        &run,
        "NAME\tSUSPENDED\tREADY\tMESSAGE                  \ngen \tTrue     \tFalse\twaiting to be reconciled\t\n",
        "artifact generator suspended by annotation",
    );
    let run = c.flux(&format!("get sources external -n {ns}"));
    assert_ok(
        &run,
        "NAME\tREVISION\tSOURCE  \tREADY\tMESSAGE  \nea  \t        \tThing//t\tFalse\tline one\t\n    \t        \t        \t     \tline two\t\n",
        "external artifact, multi-line message",
    );
}

// --- beyond upstream ---------------------------------------------------------------------

#[test]
fn get_output_formats() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    c.create_file("./testdata/get/objects.yaml", &[("fluxns", &ns)]);
    c.create_file(
        "./testdata/get/notification_objects.yaml",
        &[("fluxns", &ns)],
    );

    let run = c.flux(&format!("get sources git -o name -n {ns}"));
    assert_ok(
        &run,
        "gitrepositories.source.toolkit.fluxcd.io/podinfo\n\
         gitrepositories.source.toolkit.fluxcd.io/podinfo-shard1\n\
         gitrepositories.source.toolkit.fluxcd.io/podinfo-shard2\n",
        "-o name",
    );

    let run = c.flux(&format!("get sources git podinfo -o json -n {ns}"));
    assert_eq!(run.code, 0, "{}", run.out.combined);
    let list: serde_json::Value = serde_json::from_str(&run.out.stdout).expect("json");
    assert_eq!(list["apiVersion"], "v1");
    assert_eq!(list["kind"], "List");
    assert_eq!(list["metadata"], json!({"resourceVersion": ""}));
    let items = list["items"].as_array().expect("items");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["apiVersion"], "source.toolkit.fluxcd.io/v1");
    assert_eq!(items[0]["kind"], "GitRepository");
    assert_eq!(items[0]["metadata"]["name"], "podinfo");
    assert_eq!(
        items[0]["status"]["artifact"]["revision"],
        "main@sha1:696f056df216eea4f9401adbee0ff744d4df390f"
    );
    assert!(items[0]["metadata"].get("managedFields").is_none());
    assert!(
        run.out
            .stdout
            .starts_with("{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n        {\n"),
        "kubectl layout: {}",
        run.out.stdout
    );

    let run = c.flux(&format!("get all -o yaml -n {ns}"));
    assert_eq!(run.code, 0, "{}", run.out.combined);
    let list = flux_rs::yaml::from_str(&run.out.stdout).expect("yaml");
    let kinds: Vec<&str> = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["kind"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        kinds,
        [
            "GitRepository",
            "GitRepository",
            "GitRepository",
            "Provider",
            "Alert"
        ]
    );
    assert!(
        run.out
            .stdout
            .starts_with("apiVersion: v1\nitems:\n- apiVersion: ")
    );
    assert!(
        run.out
            .stdout
            .ends_with("kind: List\nmetadata:\n  resourceVersion: \"\"\n")
    );

    // An empty selection is an empty List, as kubectl prints it.
    let run = c.flux(&format!("get helmreleases -o json -n {ns}"));
    assert_ok(
        &run,
        "{\n    \"apiVersion\": \"v1\",\n    \"items\": [],\n    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n",
        "empty -o json",
    );
    // The status selector filters objects too.
    let run = c.flux(&format!(
        "get sources git -o name --status-selector Ready=False -n {ns}"
    ));
    assert_ok(&run, "", "-o name filtered");
    // A named object that is missing is still an error.
    assert_err(
        &c.flux(&format!("get sources git nope -o yaml -n {ns}")),
        &format!("GitRepository object 'nope' not found in \"{ns}\" namespace"),
        "-o yaml not found",
    );
    assert_err(
        &c.flux(&format!("get sources git -o wide -n {ns}")),
        "unable to match a printer suitable for the output format \"wide\", allowed formats are: json,name,yaml",
        "-o wide",
    );
}

#[test]
fn get_suspend_reason_annotation_leaves_the_table_alone() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    c.create_file("./testdata/get/objects.yaml", &[("fluxns", &ns)]);
    let before = c.flux(&format!("get sources git -n {ns}"));
    c.create(
        json!({"apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
        "metadata": {"name": "podinfo-shard3", "namespace": ns,
            "annotations": {"flux-rs.io/suspend-reason": "maintenance"}},
        "spec": {"url": "ssh://git@github.com/example/repo", "interval": "5m", "suspend": true}}),
    );
    let after = c.flux(&format!("get sources git -n {ns}"));
    let mut expected = before.out.combined.clone();
    expected.push_str(
        "podinfo-shard3\t                  \tTrue     \tFalse\twaiting to be reconciled            \t\n",
    );
    assert_ok(&after, &expected, "suspended with a reason");
    let run = c.flux(&format!("get sources git podinfo-shard3 -o json -n {ns}"));
    let list: serde_json::Value = serde_json::from_str(&run.out.stdout).expect("json");
    assert_eq!(
        list["items"][0]["metadata"]["annotations"]["flux-rs.io/suspend-reason"],
        "maintenance"
    );
}

#[test]
fn get_namespaces_without_objects() {
    let Some(c) = TestCluster::new() else { return };
    assert_err(
        &c.flux("get sources git -n no-such-namespace"),
        "no GitRepository objects found in \"no-such-namespace\" namespace",
        "missing namespace",
    );
    assert_err(
        &c.flux("get kustomizations podinfo -A"),
        "Kustomization object 'podinfo' not found in any namespace",
        "missing name across namespaces",
    );
    assert_err(
        &c.flux("get receivers -A -l app=none"),
        "no Receiver objects found in any namespace",
        "nothing across namespaces",
    );
    // get all with a name: one line per kind without it, exit 0.
    let run = c.flux("get sources all podinfo -n no-such-namespace");
    assert_eq!(run.code, 0);
    let expected: String = [
        "OCIRepository",
        "Bucket",
        "GitRepository",
        "HelmRepository",
        "HelmChart",
        "ExternalArtifact",
    ]
    .iter()
    .map(|k| format!("✗ {k} object 'podinfo' not found in \"no-such-namespace\" namespace\n"))
    .collect();
    assert_text(&expected, &run.out.stderr, "get sources all podinfo");
    assert_eq!(run.out.stdout, "");
}

#[test]
fn get_forbidden_lists() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    c.create_file("./testdata/get/objects.yaml", &[("fluxns", &ns)]);
    let run = c.flux(&format!("get sources git -n {ns} --as nobody"));
    assert_eq!(run.code, 1);
    assert!(
        run.out.stderr.starts_with(
            "✗ gitrepositories.source.toolkit.fluxcd.io is forbidden: User \"nobody\" cannot list resource \"gitrepositories\""
        ) && run.out.stderr.ends_with('\n')
            && run.out.stderr.lines().count() == 1,
        "{:?}",
        run.out.stderr
    );
    // get images all: one ✗ line per kind, exit 0.
    let run = c.flux(&format!("get images all -n {ns} --as nobody"));
    assert_eq!(run.code, 0);
    let lines: Vec<&str> = run.out.stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    for (line, plural) in lines.iter().zip([
        "imagerepositories",
        "imagepolicies",
        "imageupdateautomations",
    ]) {
        assert!(
            line.starts_with(&format!(
                "✗ {plural}.image.toolkit.fluxcd.io is forbidden: "
            )),
            "{line}"
        );
    }
}

#[test]
fn get_server_errors_and_timeouts() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    c.create_file("./testdata/get/objects.yaml", &[("fluxns", &ns)]);
    c.kube
        .inject(Fault::delay(Some("GET"), "/gitrepositories", Duration::from_secs(5)).times(1));
    assert_err(
        &c.flux(&format!("get sources git -n {ns} --timeout 300ms")),
        "context deadline exceeded",
        "timeout",
    );
    c.kube.clear_faults();
    c.kube
        .inject(Fault::status(Some("GET"), "/kustomizations", 500));
    let run = c.flux(&format!("get kustomizations -n {ns}"));
    assert_eq!(run.code, 1);
    assert!(run.out.stderr.starts_with("✗ "), "{:?}", run.out.stderr);
    // get all prints the failing kind's error and carries on with the others.
    let run = c.flux(&format!("get all -n {ns}"));
    assert_eq!(run.code, 0);
    assert_eq!(run.out.stderr.lines().count(), 1, "{:?}", run.out.stderr);
    assert!(run.out.stdout.contains("gitrepository/podinfo-shard2"));
    c.kube.clear_faults();
}

fn delete_crd(c: &TestCluster, name: &str) {
    let out = std::process::Command::new("kubectl")
        .arg("--kubeconfig")
        .arg(c.kubeconfig())
        .args(["delete", "crd", name])
        .output();
    if let Ok(o) = &out
        && o.status.success()
    {
        return;
    }
    // Without kubectl: the API directly.
    crate::support::init();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let client = flux_rs::cluster::build_client(&flux_rs::cmd::ConnectOptions::default(), &c.env())
            .await
            .expect("client");
        let api: kube::Api<
            k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition,
        > = kube::Api::all(client);
        api.delete(name, &Default::default()).await.expect("delete crd");
    });
}

#[test]
fn get_missing_crds() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    c.create_file(
        "./testdata/get/notification_objects.yaml",
        &[("fluxns", &ns)],
    );
    delete_crd(&c, "artifactgenerators.source.extensions.fluxcd.io");
    delete_crd(&c, "alerts.notification.toolkit.fluxcd.io");
    assert_err(
        &c.flux(&format!("get artifact generators -n {ns}")),
        "no matches for kind \"ArtifactGenerator\" in version \"source.extensions.fluxcd.io/v1beta1\"",
        "get with the CRD missing",
    );
    // get all leaves the kind out silently.
    let run = c.flux(&format!("get all -n {ns}"));
    assert_ok(
        &run,
        "NAME          \tREADY\tMESSAGE           \nprovider/slack\tTrue \tProvider is Ready\t\n\n",
        "get all without the Alert CRD",
    );
    let run = c.flux(&format!("get all -A -o name -n {ns}"));
    assert_ok(
        &run,
        "providers.notification.toolkit.fluxcd.io/slack\n",
        "get all -o name without the Alert CRD",
    );
}

#[test]
fn get_all_lists_concurrently_and_page_by_page() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("many");
    namespace(&c, &ns);
    for i in 0..505 {
        c.kube
            .seed(
                json!({"apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
                "metadata": {"name": format!("repo-{i:04}"), "namespace": ns},
                "spec": {"url": "https://example.com/x", "interval": "1m"}}),
            )
            .expect("seed");
    }
    c.kube.clear_request_log();
    // Every List waits 400ms on the server: 14 kinds one after another would take 5.6s.
    c.kube.inject(Fault::delay(
        Some("GET"),
        "/apis/",
        Duration::from_millis(400),
    ));
    let start = Instant::now();
    let run = c.flux("get all -A --no-header");
    let took = start.elapsed();
    c.kube.clear_faults();
    assert_eq!(run.code, 0, "{}", run.out.stderr);
    // One after another: 15 Lists × 400ms = 6s.
    assert!(took < Duration::from_millis(4000), "took {took:?}");
    let rows = run
        .out
        .stdout
        .lines()
        .filter(|l| l.contains("gitrepository/repo-"))
        .count();
    assert_eq!(rows, 505);
    let git_lists: Vec<_> = c
        .kube
        .request_log()
        .into_iter()
        .filter(|r| r.path.ends_with("/gitrepositories"))
        .collect();
    assert_eq!(git_lists.len(), 2, "two pages of 500");
    assert!(git_lists.iter().all(|r| r.query.contains("limit=500")));
    assert!(git_lists[1].query.contains("continue="));
}

#[test]
fn get_watch_prints_one_table_per_event() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    c.create_file("./testdata/get/objects.yaml", &[("fluxns", &ns)]);
    let run = std::thread::scope(|s| {
        let kube = &c.kube;
        let ns2 = ns.clone();
        s.spawn(move || {
            std::thread::sleep(Duration::from_millis(700));
            kube.seed(
                json!({"apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
                "metadata": {"name": "zz-late", "namespace": ns2},
                "spec": {"url": "https://example.com/x", "interval": "1m"}}),
            )
            .expect("seed");
        });
        c.flux(&format!("get sources git -w -n {ns} --timeout 3s"))
    });
    assert_eq!(run.code, 1);
    let expected = "NAME   \tREVISION          \tSUSPENDED\tREADY\tMESSAGE                              \n\
         podinfo\tmain@sha1:696f056d\tFalse    \tTrue \tFetched revision: main@sha1:696f056d\t\n\
         podinfo-shard1\tmain@sha1:696f056d\tFalse\tTrue\tFetched revision: main@sha1:696f056d\t\n\
         podinfo-shard2\tmain@sha1:696f056d\tFalse\tTrue\tFetched revision: main@sha1:696f056d\t\n\
         zz-late\t\tFalse\tFalse\twaiting to be reconciled\t\n\
         ✗ timed out waiting for the condition\n";
    assert_text(expected, &run.out.combined, "watch");
    let watches: Vec<_> = c
        .kube
        .request_log()
        .into_iter()
        .filter(|r| r.path.ends_with("/gitrepositories") && r.query.contains("watch"))
        .collect();
    assert_eq!(watches.len(), 1, "one watch, no reconnect");

    // A name and the status selector apply to the watch; a filtered first event still
    // prints the header.
    let run = c.flux(&format!(
        "get sources git podinfo -w --status-selector Ready=False -n {ns} --timeout 500ms"
    ));
    assert_text(
        "NAME\tREVISION\tSUSPENDED\tREADY\tMESSAGE \n✗ timed out waiting for the condition\n",
        &run.out.combined,
        "filtered watch",
    );
    let run = c.flux(&format!(
        "get sources git podinfo -w -o name -n {ns} --timeout 500ms"
    ));
    assert_text(
        "gitrepositories.source.toolkit.fluxcd.io/podinfo\n✗ timed out waiting for the condition\n",
        &run.out.combined,
        "watch -o name",
    );
    let run = c.flux(&format!(
        "get sources git podinfo -w -A --no-header -n {ns} --timeout 500ms"
    ));
    assert_text(
        &format!(
            "{ns}\tpodinfo\tmain@sha1:696f056d\tFalse\tTrue\tFetched revision: main@sha1:696f056d\t\n✗ timed out waiting for the condition\n"
        ),
        &run.out.combined,
        "watch -A",
    );
    assert_err(
        &c.flux(&format!("get all -w -n {ns}")),
        "expected a single resource type, but found all",
        "get all -w",
    );
    assert_err(
        &c.flux(&format!("get images all --watch -n {ns}")),
        "expected a single resource type, but found all",
        "get images all -w",
    );
}

#[test]
fn get_all_deadline_and_unreachable_cluster() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    c.create_file(
        "./testdata/get/notification_objects.yaml",
        &[("fluxns", &ns)],
    );
    c.kube
        .inject(Fault::delay(Some("GET"), "/kustomizations", Duration::from_secs(5)).times(1));
    let start = Instant::now();
    let run = c.flux(&format!("get all -n {ns} --timeout 500ms"));
    assert!(start.elapsed() < Duration::from_secs(3));
    c.kube.clear_faults();
    assert_eq!(run.code, 0);
    assert_ok(
        &run,
        "✗ context deadline exceeded\n\
         NAME          \tREADY\tMESSAGE           \nprovider/slack\tTrue \tProvider is Ready\t\n\n\
         NAME             \tSUSPENDED\tREADY\tMESSAGE        \nalert/flux-system\tFalse    \tTrue \tAlert is Ready\t\n\n",
        "the stuck kind fails, the others print",
    );

    // No cluster at all: one ✗ line per kind, exit 0 (operate.md Appendix A.12).
    let env = crate::support::hermetic_env(&c.cwd).set(
        flux_rs::env::KUBECONFIG,
        c.cwd
            .join("no-such-kubeconfig")
            .to_string_lossy()
            .into_owned(),
    );
    let run = crate::support::flux_env(env.clone(), &crate::support::split_args("get all"));
    assert_eq!(run.code, 0, "{:?}", run.out.stderr);
    let lines: Vec<&str> = run.out.stderr.lines().collect();
    assert_eq!(lines.len(), 14, "{lines:?}");
    assert!(lines.iter().all(|l| l.starts_with("✗ ") && *l == lines[0]));
    let run = crate::support::flux_env(env, &crate::support::split_args("get sources git"));
    assert_eq!(run.code, 1);
    assert_eq!(run.out.stderr.lines().count(), 1);
    assert!(run.out.stderr.starts_with("✗ "));
}

#[test]
fn get_bad_label_selectors_fail_before_any_request() {
    let Some(c) = TestCluster::new() else { return };
    c.kube.clear_request_log();
    assert_err(
        &c.flux("get sources git -l \"a in\""),
        "unable to parse label selector: unable to parse requirement: found '' expected: '('",
        "bad -l",
    );
    assert_err(
        &c.flux("get kustomizations -w -l a,"),
        "unable to parse label selector: found '', expected: identifier after ','",
        "bad -l with --watch",
    );
    let run = c.flux("get images all -l =x");
    assert_eq!(run.code, 0);
    assert_text(
        &"✗ unable to parse label selector: found '=', expected: !, identifier, or 'end of string'\n"
            .repeat(3),
        &run.out.stderr,
        "get images all -l =x",
    );
    assert!(
        c.kube
            .request_log()
            .iter()
            .all(|r| !r.path.contains("toolkit.fluxcd.io")),
        "no List or Watch was sent"
    );
}
