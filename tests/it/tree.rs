//! `flux tree kustomization` against the fake cluster: every case of upstream
//! `tree_kustomization_test.go` (goldens in `testdata/tree/`), HelmRelease inventories read from
//! the Helm storage Secret, `-o json|yaml`, and the errors.

use std::io::Write;

use base64::Engine;
use serde_json::json;

use crate::support::cluster::{TestCluster, allocate_namespace};
use crate::support::{assert_text, render_template};

fn golden(c: &TestCluster, path: &str, values: &[(&str, &str)]) -> String {
    let raw = std::fs::read_to_string(c.cwd.join(path)).expect("golden");
    render_template(&raw, values)
}

#[test]
fn tree_kustomization_upstream_goldens() {
    let Some(c) = TestCluster::new() else { return };
    let cases = [
        (
            "tree kustomization flux-system",
            "testdata/tree/tree.golden",
        ),
        (
            "tree kustomization flux-system --compact",
            "testdata/tree/tree-compact.golden",
        ),
        (
            "tree kustomization empty",
            "testdata/tree/tree-empty.golden",
        ),
    ];
    for (args, file) in cases {
        let ns = allocate_namespace("flux-system");
        let tmpl = [("fluxns", ns.as_str())];
        c.create_file("testdata/tree/kustomizations.yaml", &tmpl);
        let run = c.flux(&format!("{args} -n={ns}"));
        assert_eq!(run.code, 0, "{args}: {:?}", run.out.combined);
        assert_text(&golden(&c, file, &tmpl), &run.out.stdout, file);
        assert_eq!(run.out.stderr, "", "{args}");
    }
    eprintln!("tree goldens: {}/{} match", cases.len(), cases.len());
}

#[test]
fn tree_kustomization_json_and_yaml() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    c.create_file("testdata/tree/kustomizations.yaml", &[("fluxns", &ns)]);
    let run = c.flux(&format!("tree ks flux-system --compact -o json -n {ns}"));
    assert_eq!(run.code, 0, "{:?}", run.out.combined);
    let expected = format!(
        r#"{{
  "resource": {{
    "Namespace": "{ns}",
    "Name": "flux-system",
    "GroupKind": {{
      "Group": "kustomize.toolkit.fluxcd.io",
      "Kind": "Kustomization"
    }}
  }},
  "resources": [
    {{
      "resource": {{
        "Namespace": "{ns}",
        "Name": "infrastructure",
        "GroupKind": {{
          "Group": "kustomize.toolkit.fluxcd.io",
          "Kind": "Kustomization"
        }}
      }},
      "resources": [
        {{
          "resource": {{
            "Namespace": "cert-manager",
            "Name": "cert-manager",
            "GroupKind": {{
              "Group": "source.toolkit.fluxcd.io",
              "Kind": "HelmRepository"
            }}
          }}
        }}
      ]
    }},
    {{
      "resource": {{
        "Namespace": "{ns}",
        "Name": "flux-system",
        "GroupKind": {{
          "Group": "source.toolkit.fluxcd.io",
          "Kind": "GitRepository"
        }}
      }}
    }}
  ]
}}
"#
    );
    assert_text(&expected, &run.out.stdout, "json");

    let run = c.flux(&format!("tree ks empty -o yaml -n {ns}"));
    assert_eq!(run.code, 0, "{:?}", run.out.combined);
    let expected = format!(
        "resource:\n  GroupKind:\n    Group: kustomize.toolkit.fluxcd.io\n    Kind: Kustomization\n  Name: empty\n  Namespace: {ns}\n\n"
    );
    assert_text(&expected, &run.out.stdout, "yaml");

    let run = c.flux(&format!("tree ks infrastructure -o yaml -n {ns}"));
    assert!(
        run.out
            .stdout
            .contains("resources:\n- resource:\n    GroupKind:\n      Group: \"\"\n      Kind: Namespace\n    Name: cert-manager\n    Namespace: \"\"\n"),
        "{}",
        run.out.stdout
    );
    // Any other -o value prints the text tree (no validation upstream).
    let run = c.flux(&format!("tree ks empty -o table -n {ns}"));
    assert_eq!(run.out.stdout, format!("Kustomization/{ns}/empty\n\n"));
}

/// A Helm storage Secret as Helm writes it: base64 of gzipped JSON (the API adds one more
/// base64 layer for `data`).
fn helm_secret(ns: &str, release: &str, version: u32, manifest: &str) -> serde_json::Value {
    let record = json!({"name": release, "version": version, "manifest": manifest});
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(record.to_string().as_bytes()).expect("gzip");
    let b64 = base64::engine::general_purpose::STANDARD;
    let inner = b64.encode(gz.finish().expect("gzip"));
    json!({
        "apiVersion": "v1", "kind": "Secret", "type": "helm.sh/release.v1",
        "metadata": {"name": format!("sh.helm.release.v1.{release}.v{version}"), "namespace": ns,
                     "labels": {"owner": "helm", "name": release}},
        "data": {"release": b64.encode(inner)}
    })
}

#[test]
fn tree_kustomization_helmrelease_inventory() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    let app = allocate_namespace("apps");
    for n in [&ns, &app] {
        c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": n}}));
    }
    c.create(json!({
        "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
        "metadata": {"name": "apps", "namespace": ns},
        "spec": {"interval": "5m", "path": "./", "prune": true,
                 "sourceRef": {"kind": "GitRepository", "name": "flux-system"}},
        "status": {"inventory": {"entries": [
            {"id": format!("{app}_podinfo_helm.toolkit.fluxcd.io_HelmRelease"), "v": "v2"},
            {"id": format!("{ns}_apps_kustomize.toolkit.fluxcd.io_Kustomization"), "v": "v1"},
        ]}}
    }));
    c.create(json!({
        "apiVersion": "helm.toolkit.fluxcd.io/v2", "kind": "HelmRelease",
        "metadata": {"name": "podinfo", "namespace": app},
        "spec": {"interval": "5m", "install": {"crds": "CreateReplace"},
                 "chart": {"spec": {"chart": "podinfo",
                     "sourceRef": {"kind": "HelmRepository", "name": "podinfo"}}}},
        "status": {"storageNamespace": app,
                   "history": [{"name": "podinfo", "namespace": app, "version": 2,
                                "chartName": "podinfo", "chartVersion": "6.3.5",
                                "configDigest": "sha256:0", "digest": "sha256:0",
                                "firstDeployed": "2021-07-16T15:42:20Z",
                                "lastDeployed": "2021-07-16T15:42:20Z", "status": "deployed"}]}
    }));
    let manifest = "---\n# Source: podinfo/templates/service.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: podinfo\nspec:\n  ports: []\n---\napiVersion: v1\nkind: List\nitems:\n- apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n    name: podinfo\n    namespace: other\n- apiVersion: rbac.authorization.k8s.io/v1\n  kind: ClusterRole\n  metadata:\n    name: podinfo\n---\napiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: extra\n";
    c.create(helm_secret(&app, "podinfo", 2, manifest));
    c.create(json!({
        "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
        "metadata": {"name": "widgets.example.com",
                     "labels": {"helm.toolkit.fluxcd.io/name": "podinfo",
                                "helm.toolkit.fluxcd.io/namespace": app}},
        "spec": {"group": "example.com", "scope": "Namespaced",
                 "names": {"plural": "widgets", "singular": "widget", "kind": "Widget"},
                 "versions": [{"name": "v1", "served": true, "storage": true,
                               "schema": {"openAPIV3Schema": {"type": "object"}}}]}
    }));
    let run = c.flux(&format!("tree kustomization apps -n {ns}"));
    assert_eq!(run.code, 0, "{:?}", run.out.combined);
    let expected = format!(
        "Kustomization/{ns}/apps\n└── HelmRelease/{app}/podinfo\n    ├── Service/{app}/podinfo\n    ├── Deployment/other/podinfo\n    ├── ClusterRole/podinfo\n    ├── HelmRepository/{app}/extra\n    └── CustomResourceDefinition/widgets.example.com\n\n"
    );
    assert_text(&expected, &run.out.stdout, "helm inventory");

    let run = c.flux(&format!("tree kustomization apps -n {ns} --compact"));
    let expected = format!(
        "Kustomization/{ns}/apps\n└── HelmRelease/{app}/podinfo\n    └── HelmRepository/{app}/extra\n\n"
    );
    assert_text(&expected, &run.out.stdout, "helm inventory compact");

    // A nested Kustomization that does not exist aborts the walk.
    c.create(json!({
        "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
        "metadata": {"name": "gone", "namespace": ns},
        "spec": {"interval": "5m", "path": "./", "prune": true,
                 "sourceRef": {"kind": "GitRepository", "name": "flux-system"}},
        "status": {"inventory": {"entries": [
            {"id": format!("{ns}_missing_kustomize.toolkit.fluxcd.io_Kustomization"), "v": "v1"},
        ]}}
    }));
    let run = c.flux(&format!("tree kustomization gone -n {ns}"));
    assert_eq!(
        (run.code, run.out.stderr.as_str()),
        (
            1,
            "✗ failed to find object: kustomizations.kustomize.toolkit.fluxcd.io \"missing\" not found\n"
        )
    );
}

#[test]
fn tree_kustomization_errors() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    let run = c.flux(&format!("tree kustomization -n {ns}"));
    assert_eq!(
        (run.code, run.out.stderr.as_str()),
        (1, "✗ kustomization name is required\n")
    );
    let run = c.flux(&format!("tree kustomization nothere -n {ns}"));
    assert_eq!(
        (run.code, run.out.stderr.as_str(), run.out.stdout.as_str()),
        (
            1,
            "✗ kustomizations.kustomize.toolkit.fluxcd.io \"nothere\" not found\n",
            ""
        )
    );
    c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}));
    c.create(json!({
        "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
        "metadata": {"name": "bad", "namespace": ns},
        "spec": {"interval": "5m", "path": "./", "prune": true, "suspend": true,
                 "sourceRef": {"kind": "GitRepository", "name": "flux-system"}},
        "status": {"inventory": {"entries": [{"id": "broken", "v": "v1"}]}}
    }));
    let run = c.flux(&format!("tree kustomization bad -n {ns}"));
    assert_eq!(
        (run.code, run.out.stderr.as_str()),
        (1, "✗ unable to parse stored object metadata: broken\n")
    );
}

#[test]
fn tree_artifact_generator() {
    let Some(c) = TestCluster::new() else { return };
    let ns = allocate_namespace("flux-system");
    c.create(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}));
    c.create(json!({
        "apiVersion": "source.extensions.fluxcd.io/v1beta1", "kind": "ArtifactGenerator",
        "metadata": {"name": "gen", "namespace": ns},
        "spec": {
            "sources": [{"alias": "repo", "kind": "GitRepository", "name": "repo"}],
            "artifacts": [
                {"name": "a", "copy": [{"from": "@repo/a/**", "to": "@artifact/"}]},
                {"name": "b", "copy": [{"from": "@repo/b/**", "to": "@artifact/"}]}
            ]
        },
        "status": {"inventory": [
            {"name": "a", "namespace": ns, "digest": "sha256:1", "filename": "a.tar.gz"},
            {"name": "b", "namespace": ns, "digest": "sha256:2", "filename": "b.tar.gz"}
        ]}
    }));
    let run = c.flux(&format!("tree artifact generator gen -n {ns}"));
    assert_eq!(run.code, 0, "{:?}", run.out.combined);
    let expected = format!(
        "ArtifactGenerator/{ns}/gen\n├── ExternalArtifact/{ns}/a\n└── ExternalArtifact/{ns}/b\n\n"
    );
    assert_text(&expected, &run.out.stdout, "generator tree");
    let run = c.flux(&format!("tree artifact generator gen -n {ns} -o yaml"));
    assert!(
        run.out.stdout.starts_with("resource:\n  GroupKind:\n    Group: source.extensions.fluxcd.io\n    Kind: ArtifactGenerator\n"),
        "{}",
        run.out.stdout
    );
    let run = c.flux(&format!("tree artifact generator nothere -n {ns}"));
    assert_eq!(
        (run.code, run.out.stderr.as_str()),
        (
            1,
            "✗ artifactgenerators.source.extensions.fluxcd.io \"nothere\" not found\n"
        )
    );
    let run = c.flux(&format!("tree artifact generator -n {ns}"));
    assert_eq!(
        (run.code, run.out.stderr.as_str()),
        (1, "✗ accepts 1 arg(s), received 0\n")
    );
}
