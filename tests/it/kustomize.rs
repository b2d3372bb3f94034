//! The Rust kustomize subset against real `kubectl kustomize` (kustomize v5.5) on the same
//! input: the multi-tenancy lockdown overlay of bootstrap-install.md §8 over the generated
//! components, and overlays exercising each supported feature (targets by kind, name regex,
//! namespace and label selector; JSON 6902 ops; strategic merge incl. `$patch: delete`;
//! images; labels; prefixes and suffixes).

use std::path::Path;

use flux_rs::kustomize::{self, DiskFs};

use crate::components::{assert_same_objects, kubectl, kubectl_kustomize};
use crate::support::flux;

fn write(dir: &Path, files: &[(&str, &str)]) {
    for (p, t) in files {
        let full = dir.join(p);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, t).unwrap();
    }
}

fn both(dir: &Path) -> (Vec<serde_json::Value>, Vec<serde_json::Value>) {
    let ours = kustomize::build(&DiskFs, dir).unwrap_or_else(|e| panic!("rust kustomize: {e}"));
    (ours, kubectl_kustomize(dir))
}

const GOTK_SYNC: &str = "---
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: flux-system
  namespace: flux-system
spec:
  interval: 1m0s
  ref:
    branch: main
  secretRef:
    name: flux-system
  url: ssh://git@github.com/acme/fleet
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: flux-system
  namespace: flux-system
spec:
  interval: 10m0s
  path: ./clusters/my-cluster
  prune: true
  sourceRef:
    kind: GitRepository
    name: flux-system
";

/// The lockdown `kustomization.yaml` as fluxcd.io publishes it (§8), plus the related
/// documented patches (aggregated roles deleted, the token rule removed).
const LOCKDOWN: &str = r#"apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - gotk-components.yaml
  - gotk-sync.yaml
patches:
  - patch: |
      - op: add
        path: /spec/template/spec/containers/0/args/-
        value: --no-cross-namespace-refs=true
    target:
      kind: Deployment
      name: "(kustomize-controller|helm-controller|notification-controller|image-reflector-controller|image-automation-controller)"
  - patch: |
      - op: add
        path: /spec/template/spec/containers/0/args/-
        value: --no-remote-bases=true
    target:
      kind: Deployment
      name: "kustomize-controller"
  - patch: |
      - op: add
        path: /spec/template/spec/containers/0/args/-
        value: --default-service-account=default
    target:
      kind: Deployment
      name: "(kustomize-controller|helm-controller)"
  - patch: |
      - op: add
        path: /spec/serviceAccountName
        value: kustomize-controller
    target:
      kind: Kustomization
      name: "flux-system"
  - patch: |
      $patch: delete
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: not-used
    target:
      kind: ClusterRole
      name: "(flux-view|flux-edit)-flux-system"
  - patch: |
      - op: remove
        path: /rules/10
    target:
      kind: ClusterRole
      name: crd-controller-flux-system
"#;

#[test]
fn lockdown_overlay_renders_like_kubectl_kustomize() {
    if kubectl().is_none() {
        return;
    }
    let gotk = flux(
        "install --export --components-extra=image-reflector-controller,image-automation-controller,source-watcher",
    );
    assert_eq!(gotk.code, 0);
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[
            ("gotk-components.yaml", &gotk.out.stdout),
            ("gotk-sync.yaml", GOTK_SYNC),
            ("kustomization.yaml", LOCKDOWN),
        ],
    );
    let (ours, theirs) = both(dir.path());
    assert_same_objects("lockdown", &ours, &theirs);
    let ks = ours.iter().find(|o| o["kind"] == "Kustomization").unwrap();
    assert_eq!(ks["spec"]["serviceAccountName"], "kustomize-controller");
    assert!(
        !ours
            .iter()
            .any(|o| o["metadata"]["name"] == "flux-view-flux-system")
    );

    // `install --multi-tenant` applies the same Deployment patches.
    let mt = flux(
        "install --export --multi-tenant --components-extra=image-reflector-controller,image-automation-controller,source-watcher",
    );
    let mt = crate::support::cluster::yaml_docs(&mt.out.stdout);
    for d in mt.iter().filter(|o| o["kind"] == "Deployment") {
        let locked = theirs
            .iter()
            .find(|o| o["kind"] == "Deployment" && o["metadata"]["name"] == d["metadata"]["name"])
            .unwrap();
        assert_eq!(d, locked, "{}", d["metadata"]["name"]);
    }
}

#[test]
fn supported_features_render_like_kubectl_kustomize() {
    if kubectl().is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[
            (
                "base/kustomization.yaml",
                "resources:\n- app.yaml\nnamePrefix: pre-\nnamespace: team\n",
            ),
            (
                "base/app.yaml",
                "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    tier: front
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      serviceAccountName: web
      containers:
      - name: web
        image: nginx:1.25
        env:
        - name: A
          value: a
      - name: sidecar
        image: registry.local:5000/tools/side@sha256:0000000000000000000000000000000000000000000000000000000000000000
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: web
rules: []
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: web
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: web
subjects:
- kind: ServiceAccount
  name: web
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  labels:
    tier: back
data:
  k: v
",
            ),
            (
                "kustomization.yaml",
                "resources:
- base
- extra.yaml
patches:
- path: smp.yaml
  target:
    labelSelector: tier=front
- patch: |-
    - op: replace
      path: /data/k
      value: changed
    - op: copy
      from: /data/k
      path: /data/copy
    - op: move
      from: /data/copy
      path: /data/moved
    - op: test
      path: /data/k
      value: changed
  target:
    kind: ConfigMap
    namespace: te.*
    name: pre-set.*
- patch: |-
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: gone
    $patch: delete
images:
- name: nginx
  newName: ghcr.io/mirror/nginx
  newTag: '1.27'
- name: registry.local:5000/tools/side
  newName: ghcr.io/tools/side
labels:
- pairs:
    owner: platform
  includeTemplates: true
",
            ),
            (
                "smp.yaml",
                "apiVersion: apps/v1
kind: Deployment
metadata:
  name: ignored
spec:
  template:
    spec:
      containers:
      - name: web
        env:
        - name: B
          value: b
      nodeSelector:
        kubernetes.io/os: linux
",
            ),
            (
                "extra.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: gone\ndata: {}\n",
            ),
        ],
    );
    let (ours, theirs) = both(dir.path());
    assert_same_objects("features", &ours, &theirs);
}

#[test]
fn unsupported_features_are_named() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[(
            "kustomization.yaml",
            "resources:\n- https://github.com/fluxcd/flux2/manifests/install?ref=v2.9.4\n",
        )],
    );
    let err = kustomize::build(&DiskFs, dir.path()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "remote resource 'https://github.com/fluxcd/flux2/manifests/install?ref=v2.9.4' is not supported by the built-in kustomize"
    );
    write(
        dir.path(),
        &[(
            "kustomization.yaml",
            "resources: []\ncommonLabels:\n  a: b\n",
        )],
    );
    let err = kustomize::build(&DiskFs, dir.path()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "kustomization field 'commonLabels' is not supported by the built-in kustomize"
    );
}
