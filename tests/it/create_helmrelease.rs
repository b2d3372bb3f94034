//! `flux create helmrelease`: the upstream cases (`cmd/flux/create_helmrelease_test.go`), a flag
//! matrix validated against the upstream CRDs, exact outputs and argument errors.
//!
//! Out of scope here (need a cluster): `helmrelease_test.go` `TestHelmReleaseFromGit`
//! (`testdata/helmrelease/create_helmrelease_from_git.golden` and the goldens that follow it).
//! Upstream's `setupHRSource` only seeds the test cluster; `--export` never reads it.

use crate::create_kustomization::{assert_fails, check_matrix};
use crate::support::{GoldenCase, assert_text, flux, flux_in, run_cases};

const NS: &[(&str, &str)] = &[("fluxns", "flux-system-hr")];

/// Every case of upstream `create_helmrelease_test.go` (upstream appends ` -n <fluxns>`).
pub const CASES: &[GoldenCase] = &[
    GoldenCase {
        name: "missing name",
        args: "create helmrelease --export -n flux-system-hr",
        golden: None,
        error: Some("name is required"),
        template: NS,
    },
    GoldenCase {
        name: "missing chart template and chartRef",
        args: "create helmrelease podinfo --export -n flux-system-hr",
        golden: None,
        error: Some("chart or chart-ref is required"),
        template: NS,
    },
    GoldenCase {
        name: "chart and chartRef used in combination",
        args: "create helmrelease podinfo --chart podinfo --chart-ref foobar/podinfo --export -n flux-system-hr",
        golden: None,
        error: Some("cannot use --chart in combination with --chart-ref"),
        template: NS,
    },
    GoldenCase {
        name: "unknown source kind",
        args: "create helmrelease podinfo --source foobar/podinfo --chart podinfo --export -n flux-system-hr",
        golden: None,
        error: Some(
            "invalid argument \"foobar/podinfo\" for \"--source\" flag: source kind 'foobar' is not supported, must be one of: HelmRepository, GitRepository, Bucket",
        ),
        template: NS,
    },
    GoldenCase {
        name: "unknown chart reference kind",
        args: "create helmrelease podinfo --chart-ref foobar/podinfo --export -n flux-system-hr",
        golden: None,
        error: Some(
            "chart reference kind 'foobar' is not supported, must be one of: OCIRepository, HelmChart",
        ),
        template: NS,
    },
    GoldenCase {
        name: "basic helmrelease",
        args: "create helmrelease podinfo --source Helmrepository/podinfo --chart podinfo --interval=1m0s --export -n flux-system-hr",
        golden: Some("testdata/create_hr/basic.yaml"),
        error: None,
        template: NS,
    },
    GoldenCase {
        name: "chart with OCIRepository source",
        args: "create helmrelease podinfo --chart-ref OCIRepository/podinfo --interval=1m0s --export -n flux-system-hr",
        golden: Some("testdata/create_hr/or_basic.yaml"),
        error: None,
        template: NS,
    },
    GoldenCase {
        name: "chart with HelmChart source",
        args: "create helmrelease podinfo --chart-ref HelmChart/podinfo --interval=1m0s --export -n flux-system-hr",
        golden: Some("testdata/create_hr/hc_basic.yaml"),
        error: None,
        template: NS,
    },
];

/// `--export` command lines over every flag (run from upstream's `cmd/flux` directory).
pub const MATRIX: &[&str] = &[
    "create hr podinfo --source=HelmRepository/podinfo --chart=podinfo --chart-version=>4.0.0 --target-namespace=test --create-target-namespace=true --export",
    "create helmrelease podinfo --interval=10m --source=GitRepository/podinfo --chart=./charts/podinfo --export",
    "create hr podinfo --interval=10m --source=Bucket/podinfo --chart=./charts/podinfo --chart-interval=5m --export",
    "create hr podinfo --source=HelmRepository/podinfo.flux-system --chart=podinfo -n default --release-name=podinfo-dev --export",
    "create hr podinfo --source=helmrepository/podinfo --chart=podinfo --reconcile-strategy=Revision --export",
    "create hr podinfo --chart-ref=OCIRepository/podinfo.flux-system --export",
    "create hr podinfo --chart-ref=HelmChart/podinfo --storage-namespace=helm --target-namespace=apps --export",
    "create hr podinfo --source=HelmRepository/podinfo --chart=podinfo --depends-on=cert-manager,infra/ingress --depends-on=x@true --export",
    "create hr podinfo --source=HelmRepository/podinfo --chart=podinfo --service-account=helm --kubeconfig-secret-ref=remote --export",
    "create hr podinfo --source=HelmRepository/podinfo --chart=podinfo --crds=CreateReplace --export",
    "create hr podinfo --source=HelmRepository/podinfo --chart=podinfo --crds=Skip --create-target-namespace --target-namespace=x --export",
    "create hr podinfo --source=HelmRepository/podinfo --chart=podinfo --values-from=Secret/a,configmap/b --values-from=ConfigMap/c --export",
    "create hr podinfo --source=HelmRepository/podinfo --chart=podinfo --values=./testdata/build-kustomization/podinfo/hpa.yaml,./testdata/build-kustomization/podinfo/service.yaml --export",
    "create hr podinfo --source=HelmRepository/podinfo --chart=podinfo --label=app=podinfo,tier=web --export",
    "create hr podinfo extra --source=GitRepository/fleet --chart=./charts/a --depends-on= --values-from= --interval=1h --export",
];

#[test]
fn create_helmrelease_upstream_cases() {
    run_cases("create helmrelease", CASES);
}

#[test]
fn create_helmrelease_matrix_validates() {
    check_matrix("create helmrelease", MATRIX);
}

#[test]
fn create_helmrelease_export_derived_example() {
    // artifacts-create.md §B.7.
    let run = flux(
        "create hr podinfo --source=HelmRepository/podinfo --chart=podinfo --chart-version=>4.0.0 --target-namespace=test --create-target-namespace=true --export",
    );
    assert_eq!(run.code, 0, "{}", run.out.stderr);
    assert_text(
        "---
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: podinfo
  namespace: flux-system
spec:
  chart:
    spec:
      chart: podinfo
      reconcileStrategy: ChartVersion
      sourceRef:
        kind: HelmRepository
        name: podinfo
      version: '>4.0.0'
  install:
    createNamespace: true
  interval: 1m0s
  storageNamespace: test
  targetNamespace: test
",
        &run.out.combined,
        "derived example",
    );
}

#[test]
fn create_helmrelease_export_values_and_more() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.yaml"),
        "replicaCount: 1\nimage:\n  tag: \"1.0\"\n  pullPolicy: Always\nlist: [1, 2]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.yaml"),
        "image:\n  tag: \"2.0\"\nlist: [3]\nratio: 1.5\nbig: 1.0\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("empty.yaml"), "").unwrap();
    let run = flux_in(
        dir.path(),
        "create hr web --chart=web --source=GitRepository/fleet.infra --chart-version=1.x --chart-interval=1m30s \
         --reconcile-strategy=Revision --values=a.yaml,empty.yaml --values=b.yaml --values-from=secret/s \
         --crds=Create --storage-namespace=store --service-account=sa --release-name=rel -n apps --export",
    );
    assert_eq!(run.code, 0, "{}", run.out.stderr);
    assert_text(
        "---
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: web
  namespace: apps
spec:
  chart:
    spec:
      chart: web
      interval: 1m30s
      reconcileStrategy: Revision
      sourceRef:
        kind: GitRepository
        name: fleet
        namespace: infra
      version: 1.x
  install:
    crds: Create
  interval: 1m0s
  releaseName: rel
  serviceAccountName: sa
  storageNamespace: store
  upgrade:
    crds: Create
  values:
    big: 1
    image:
      pullPolicy: Always
      tag: \"2.0\"
    list:
    - 3
    ratio: 1.5
    replicaCount: 1
  valuesFrom:
  - kind: Secret
    name: s
",
        &run.out.combined,
        "values",
    );
}

#[test]
fn create_helmrelease_without_export_generates_then_stops() {
    let run = flux("create hr web --chart=web --source=HelmRepository/r");
    assert_eq!(run.code, 1);
    assert!(
        run.out.stderr.starts_with("✚ generating HelmRelease\n✗ "),
        "{}",
        run.out.stderr
    );
    // Label errors come before the generating line, strategy errors after it.
    assert_fails(
        "create hr web --chart=web --label=x",
        "",
        "invalid label format 'x', must be key=value",
    );
    assert_fails(
        "create hr web --chart=web --reconcile-strategy=Latest",
        "✚ generating HelmRelease\n",
        "'Latest' is an invalid reconcile strategy(valid: Revision, ChartVersion)",
    );
}

#[test]
fn create_helmrelease_bad_values_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("list.yaml"), "- a\n- b\n").unwrap();
    std::fs::write(dir.path().join("str.yaml"), "hello\n").unwrap();
    std::fs::write(dir.path().join("bad.yaml"), "a: [1\n").unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let fails = |args: &str, err: &str| {
        let run = flux_in(
            dir.path(),
            &format!("create hr web --chart=web {args} --export"),
        );
        assert_eq!(run.code, 1, "{args}: {}", run.out.combined);
        assert_text(&format!("✗ {err}\n"), &run.out.stderr, args);
    };
    fails(
        "--values=missing.yaml",
        "reading values from missing.yaml failed: open missing.yaml: no such file or directory",
    );
    fails(
        "--values=sub",
        "reading values from sub failed: read sub: is a directory",
    );
    fails(
        "--values=list.yaml",
        "unmarshaling values from list.yaml failed: json: cannot unmarshal array into Go value of type map[string]interface {}",
    );
    fails(
        "--values=str.yaml",
        "unmarshaling values from str.yaml failed: json: cannot unmarshal string into Go value of type map[string]interface {}",
    );
    let run = flux_in(
        dir.path(),
        "create hr web --chart=web --values=bad.yaml --export",
    );
    assert_eq!(run.code, 1);
    assert!(
        run.out
            .stderr
            .starts_with("✗ converting values to JSON from bad.yaml failed: "),
        "{}",
        run.out.stderr
    );
    assert_eq!(run.out.stderr.lines().count(), 1);
}

#[test]
fn create_helmrelease_bad_arguments() {
    let e = |args: &str, err: &str| assert_fails(&format!("create helmrelease {args}"), "", err);
    e(
        "x --chart=a --export",
        "name 'x' is invalid, it should adhere to standard defined in RFC 1123, the name can only contain alphanumeric characters or '-'",
    );
    e(
        "web --source=podinfo --chart=a --export",
        "invalid argument \"podinfo\" for \"--source\" flag: invalid helm chart source 'podinfo', must be in format <kind>/<name>",
    );
    e(
        "web --source=HelmRepository/ --chart=a --export",
        "invalid argument \"HelmRepository/\" for \"--source\" flag: invalid helm chart source 'HelmRepository/', must be in format <kind>/<name>",
    );
    e(
        "web --source= --chart=a --export",
        "invalid argument \"\" for \"--source\" flag: no helm chart source given, please specify source that contains the chart in the format '<kind>/<name>.<namespace>', where kind must be one of: (HelmRepository, GitRepository, Bucket)",
    );
    e(
        "web --crds=Replace --chart=a --export",
        "invalid argument \"Replace\" for \"--crds\" flag: unsupported upgrade CRDs policy 'Replace', must be one of: Skip, Create, CreateReplace",
    );
    e(
        "web --crds= --chart=a --export",
        "invalid argument \"\" for \"--crds\" flag: no upgrade CRDs policy given, must be one of: Skip, Create, CreateReplace",
    );
    e(
        "web --chart-interval=x --chart=a --export",
        "invalid argument \"x\" for \"--chart-interval\" flag: time: invalid duration \"x\"",
    );
    e(
        "web --create-target-namespace=yes --chart=a --export",
        "invalid argument \"yes\" for \"--create-target-namespace\" flag: strconv.ParseBool: parsing \"yes\": invalid syntax",
    );
    e(
        "web --chart-ref=podinfo --export",
        "chart reference kind '' is not supported, must be one of: OCIRepository, HelmChart",
    );
    e(
        "web --chart-ref=ocirepository/podinfo --export",
        "chart reference kind 'ocirepository' is not supported, must be one of: OCIRepository, HelmChart",
    );
    e(
        "web --chart=a --values-from=my-values --export",
        "invalid Kubernetes object reference 'my-values', must be in format <kind>/<name>",
    );
    e(
        "web --chart=a --values-from=Pod/x --export",
        "reference kind 'Pod' is not supported, must be one of: Secret, ConfigMap",
    );
    e(
        "web --chart=a --reconcile-strategy=revision --export",
        "'revision' is an invalid reconcile strategy(valid: Revision, ChartVersion)",
    );
    e(
        "web --chart=a --label=a=b=c --export",
        "invalid label format 'a=b=c', must be key=value",
    );
}
