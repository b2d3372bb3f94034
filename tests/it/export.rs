//! `flux export` against the fake cluster: every case of upstream `export_test.go` (goldens in
//! `testdata/export/`), `--all`, `--with-credentials`, and the error cases.

use serde_json::json;

use crate::support::cluster::{TestCluster, allocate_namespace};
use crate::support::{Run, assert_text, render_template};

/// Upstream's `CreateObjectFile` runs the fixture through Go's text/template, which renders
/// the ImageUpdateAutomation's `messageTemplate` (a template itself) to an empty string; the
/// golden `image-update.yaml` therefore has no `messageTemplate`. Do the same.
fn fixture(c: &TestCluster, ns: &str) {
    let path = "./testdata/export/objects.yaml";
    let text = std::fs::read_to_string(c.cwd.join(path)).expect("fixture");
    let text = text.replace("'{{range .Updated.Images}}{{println .}}{{end}}'", "''");
    let text = render_template(&text, &[("fluxns", ns)]);
    for doc in crate::support::cluster::yaml_docs(&text) {
        c.create(doc);
    }
}

#[track_caller]
fn assert_err(run: &Run, expected: &str, what: &str) {
    assert_eq!(
        (run.code, run.out.stderr.as_str(), run.out.stdout.as_str()),
        (1, format!("✗ {expected}\n").as_str(), ""),
        "{what}"
    );
}

#[test]
fn export_goldens() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    fixture(&c, &ns);
    let cases = [
        (
            "export alert-provider slack",
            "testdata/export/provider.yaml",
        ),
        ("export alert flux-system", "testdata/export/alert.yaml"),
        (
            "export image policy flux-system",
            "testdata/export/image-policy.yaml",
        ),
        (
            "export image repository flux-system",
            "testdata/export/image-repo.yaml",
        ),
        (
            "export image update flux-system",
            "testdata/export/image-update.yaml",
        ),
        (
            "export source git flux-system",
            "testdata/export/git-repo.yaml",
        ),
        (
            "export source chart flux-system",
            "testdata/export/helm-chart.yaml",
        ),
        (
            "export source helm flux-system",
            "testdata/export/helm-repo.yaml",
        ),
        (
            "export receiver flux-system",
            "testdata/export/receiver.yaml",
        ),
        (
            "export kustomization flux-system",
            "testdata/export/ks.yaml",
        ),
        (
            "export helmrelease flux-system",
            "testdata/export/helm-release.yaml",
        ),
        (
            "export source bucket flux-system",
            "testdata/export/bucket.yaml",
        ),
        (
            "export source external flux-system",
            "testdata/export/external-artifact.yaml",
        ),
    ];
    let mut failures = Vec::new();
    for (args, file) in cases {
        let run = c.flux(&format!("{args} -n={ns}"));
        let raw = std::fs::read_to_string(c.cwd.join(file)).expect("golden");
        let expected = render_template(&raw, &[("fluxns", &ns)]);
        if run.code != 0 || run.out.combined != expected {
            failures.push(format!(
                "{args}: exit {}\n{}",
                run.code,
                crate::support::diff(&expected, &run.out.combined)
            ));
        }
    }
    eprintln!(
        "export goldens: {}/{} upstream cases match",
        cases.len() - failures.len(),
        cases.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn export_all_and_credentials() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    fixture(&c, &ns);
    c.create(
        json!({"apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
        "metadata": {"name": "apps", "namespace": ns, "labels": {"team": "a"},
            "annotations": {"reconcile.fluxcd.io/requestedAt": "now"}},
        "spec": {"url": "https://github.com/example/apps", "interval": "90m",
                 "ref": {"tag": "v1"}, "suspend": false, "unknownField": 1}}),
    );
    let apps = format!(
        "---\napiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  annotations:\n    reconcile.fluxcd.io/requestedAt: now\n  labels:\n    team: a\n  name: apps\n  namespace: {ns}\nspec:\n  interval: 1h30m0s\n  ref:\n    tag: v1\n  timeout: 1m0s\n  url: https://github.com/example/apps\n"
    );
    let git = render_template(
        &std::fs::read_to_string(c.cwd.join("testdata/export/git-repo.yaml")).expect("golden"),
        &[("fluxns", &ns)],
    );
    let run = c.flux(&format!("export source git --all -n {ns}"));
    assert_eq!(run.code, 0, "{}", run.out.stderr);
    assert_text(
        &format!("{apps}{git}"),
        &run.out.stdout,
        "export source git --all",
    );
    // Names are ignored with --all.
    let run = c.flux(&format!("export source git nope --all -n {ns}"));
    assert_text(
        &format!("{apps}{git}"),
        &run.out.stdout,
        "--all ignores names",
    );

    // --with-credentials prints the Secret after the object.
    c.create(json!({"apiVersion": "v1", "kind": "Secret",
        "metadata": {"name": "flux-system", "namespace": ns, "labels": {"x": "y"}},
        "type": "Opaque", "data": {"username": "Z2l0", "password": "cGFzcw=="}}));
    let secret = format!(
        "---\napiVersion: v1\ndata:\n  password: cGFzcw==\n  username: Z2l0\nkind: Secret\nmetadata:\n  name: flux-system\n  namespace: {ns}\ntype: Opaque\n"
    );
    let run = c.flux(&format!(
        "export source git flux-system --with-credentials -n {ns}"
    ));
    assert_eq!(run.code, 0, "{}", run.out.stderr);
    assert_text(
        &format!("{git}{secret}"),
        &run.out.stdout,
        "--with-credentials",
    );
    // With --all, upstream stops after the first object that has a secret.
    let run = c.flux(&format!(
        "export source git --all --with-credentials -n {ns}"
    ));
    assert_text(
        &format!("{apps}{git}{secret}"),
        &run.out.stdout,
        "--all --with-credentials",
    );
    // A source without secretRef prints no Secret; a missing Secret is an error.
    let run = c.flux(&format!(
        "export source helm flux-system --with-credentials -n {ns}"
    ));
    assert_eq!(
        run.code, 0,
        "helm repo without secretRef: {}",
        run.out.stderr
    );
    c.create(json!({"apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "Bucket",
        "metadata": {"name": "creds", "namespace": ns},
        "spec": {"bucketName": "b", "endpoint": "e", "interval": "1m", "secretRef": {"name": "gone"}}}));
    let run = c.flux(&format!(
        "export source bucket creds --with-credentials -n {ns}"
    ));
    assert_eq!(run.code, 1);
    assert_eq!(
        run.out.stderr,
        "✗ failed to retrieve secret gone, error: secrets \"gone\" not found\n"
    );
    assert!(
        run.out
            .stdout
            .starts_with("---\napiVersion: source.toolkit.fluxcd.io/v1\nkind: Bucket\n")
    );
}

#[test]
fn export_errors() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    fixture(&c, &ns);
    assert_err(
        &c.flux(&format!("export source git -n {ns}")),
        "name is required",
        "no name",
    );
    assert_err(
        &c.flux(&format!("export source git nope -n {ns}")),
        "gitrepositories.source.toolkit.fluxcd.io \"nope\" not found",
        "not found",
    );
    assert_err(
        &c.flux(&format!("export kustomization nope -n {ns}")),
        "kustomizations.kustomize.toolkit.fluxcd.io \"nope\" not found",
        "ks not found",
    );
    let empty = allocate_namespace("empty");
    assert_err(
        &c.flux(&format!("export helmrelease --all -n {empty}")),
        &format!("no objects found in {empty} namespace"),
        "--all over nothing",
    );
    let run = c.flux(&format!(
        "export source git flux-system -n {ns} --as nobody"
    ));
    assert_eq!(run.code, 1);
    assert!(
        run.out.stderr.starts_with(
            "✗ gitrepositories.source.toolkit.fluxcd.io \"flux-system\" is forbidden: User \"nobody\" cannot get resource \"gitrepositories\""
        ),
        "{:?}",
        run.out.stderr
    );
    let run = c.flux(&format!("export alert --all -n {ns} --as nobody"));
    assert_eq!(run.code, 1);
    assert!(
        run.out.stderr.starts_with(
            "✗ alerts.notification.toolkit.fluxcd.io is forbidden: User \"nobody\" cannot list"
        ),
        "{:?}",
        run.out.stderr
    );
    assert_err(
        &c.flux(&format!("export artifact generator --all=maybe -n {ns}")),
        "invalid argument \"maybe\" for \"--all\" flag: strconv.ParseBool: parsing \"maybe\": invalid syntax",
        "bad --all value",
    );
}

#[test]
fn export_every_kind_roundtrips_through_create() {
    // Each exported document is a valid object of its kind: re-creating it in another
    // namespace and exporting again gives the same text (namespace aside).
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    fixture(&c, &ns);
    let other = allocate_namespace("copy");
    c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": other}}));
    for args in [
        "alert-provider slack",
        "alert flux-system",
        "image policy flux-system",
        "image repository flux-system",
        "image update flux-system",
        "source git flux-system",
        "source chart flux-system",
        "source helm flux-system",
        "receiver flux-system",
        "kustomization flux-system",
        "helmrelease flux-system",
        "source bucket flux-system",
        "source external flux-system",
    ] {
        let first = c.flux(&format!("export {args} -n {ns}"));
        assert_eq!(first.code, 0, "{args}");
        let moved = first.out.stdout.replace(
            &format!("namespace: {ns}\n"),
            &format!("namespace: {other}\n"),
        );
        for doc in crate::support::cluster::yaml_docs(&moved) {
            c.create(doc);
        }
        let second = c.flux(&format!("export {args} -n {other}"));
        assert_text(&moved, &second.out.stdout, args);
    }
}
