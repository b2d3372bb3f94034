//! `flux create kustomization`: the upstream cases (`cmd/flux/create_kustomization_test.go`), a
//! flag matrix validated against the upstream CRDs, exact outputs and argument errors.
//!
//! Out of scope here (need a cluster): `kustomization_test.go` `TestKustomizationFromGit`
//! (`testdata/kustomization/create_kustomization_from_git.golden` and the get/reconcile/
//! suspend/resume/delete goldens that follow it).

use crate::support::schema::CrdSet;
use crate::support::{GoldenCase, assert_text, cmd_flux_dir, flux, flux_in, run_cases, upstream};

/// Every case of upstream `create_kustomization_test.go`.
pub const CASES: &[GoldenCase] = &[GoldenCase {
    name: "missing source",
    args: "create kustomization my-app --path=./deploy --export",
    golden: None,
    error: Some("source is required"),
    template: &[],
}];

/// `--export` command lines over every flag (run from upstream's `cmd/flux` directory).
pub const MATRIX: &[&str] = &[
    "create kustomization podinfo --source=GitRepository/podinfo --path=./kustomize --prune=true --interval=5m --health-check=Deployment/podinfo.default --export",
    "create ks podinfo --source=podinfo --export",
    "create ks podinfo --source=OCIRepository/podinfo --target-namespace=default --prune --interval=10m --export",
    "create ks secrets --source=Bucket/secrets.flux-system --prune=true --interval=5m --export",
    "create ks kyverno --source=gitrepository/kyverno --path=./config/release --prune=true --interval=60m --wait=true --health-check-timeout=3m --export",
    "create ks apps --source=GitRepository/fleet.flux-system --path=../apps/../apps/prod/ --depends-on=infra,flux-system/crds --depends-on=ns1/x@true --export",
    "create ks apps --source=fleet --health-check=Deployment/a.b,StatefulSet/c.d --health-check=DaemonSet/e.f,HelmRelease/g.h --health-check-timeout=90s --export",
    "create ks apps --source=fleet --service-account=reconciler --retry-interval=2m --export",
    "create ks apps --source=fleet --decryption-provider=sops --decryption-secret=sops-gpg --export",
    "create ks apps --source=fleet --decryption-provider=sops --export",
    "create ks apps --source=fleet --kubeconfig-secret-ref=prod-kubeconfig --target-namespace=apps --export",
    "create ks apps --source=fleet --label=env=prod,team=a --label=example.com/tier=backend -n apps --export",
    "create ks apps --source=fleet --path=/abs/path --prune=false --wait=false --interval=1h30m --export",
    "create ks apps --source=fleet --validation=client --export",
    "create ks apps extra args --source=fleet --depends-on= --health-check= --export",
];

#[test]
fn create_kustomization_upstream_cases() {
    run_cases("create kustomization", CASES);
}

/// Runs every line from `cmd/flux`, expects exit 0 and YAML output whose Flux objects pass the
/// upstream CRD schemas.
#[allow(clippy::print_stderr)]
pub fn check_matrix(area: &str, matrix: &[&str]) {
    let (Some(up), Some(dir)) = (upstream(), cmd_flux_dir()) else {
        return;
    };
    let crds = CrdSet::load_dir(&up.join("crds")).expect("upstream CRDs load");
    let mut errors = Vec::new();
    let mut objects = 0;
    for line in matrix {
        let run = flux_in(&dir, line);
        if run.code != 0 {
            errors.push(format!(
                "`flux {line}` exited {}: {}",
                run.code, run.out.stderr
            ));
            continue;
        }
        if !run.out.stdout.starts_with("---\n") {
            errors.push(format!(
                "`flux {line}`: output does not start with ---: {:?}",
                run.out.stdout
            ));
        }
        let docs = match flux_rs::yaml::from_str_multi(&run.out.stdout) {
            Ok(d) => d,
            Err(e) => {
                errors.push(format!("`flux {line}`: not YAML: {e}"));
                continue;
            }
        };
        for doc in docs {
            let api = doc["apiVersion"].as_str().unwrap_or_default().to_string();
            let kind = doc["kind"].as_str().unwrap_or_default().to_string();
            if !crds.knows(&api, &kind) {
                assert!(!api.contains("fluxcd.io"), "no CRD for {api}/{kind}");
                continue;
            }
            objects += 1;
            errors.extend(
                crds.validate(&doc)
                    .into_iter()
                    .map(|e| format!("`flux {line}`: {kind}: {e}")),
            );
        }
    }
    eprintln!(
        "{area} matrix: {} lines, {objects} Flux objects",
        matrix.len()
    );
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn create_kustomization_matrix_validates() {
    check_matrix("create kustomization", MATRIX);
}

#[track_caller]
fn assert_export(cmdline: &str, expected: &str) {
    let run = flux(cmdline);
    assert_eq!(run.code, 0, "`flux {cmdline}`: {}", run.out.stderr);
    assert_text(expected, &run.out.combined, cmdline);
}

/// Asserts exit 1 and exactly one `✗` line (after any expected stderr prefix).
#[track_caller]
pub fn assert_fails(cmdline: &str, prefix: &str, err: &str) {
    let run = flux(cmdline);
    assert_eq!(
        run.code, 1,
        "`flux {cmdline}` should fail: {}",
        run.out.combined
    );
    assert_text(&format!("{prefix}✗ {err}\n"), &run.out.stderr, cmdline);
    assert_eq!(run.out.stdout, "", "`flux {cmdline}` printed to stdout");
}

#[test]
fn create_kustomization_export_derived_example() {
    // artifacts-create.md §B.6.
    assert_export(
        "create kustomization podinfo --source=GitRepository/podinfo --path=./kustomize --prune=true --interval=5m --health-check=Deployment/podinfo.default --export",
        "---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: podinfo
  namespace: flux-system
spec:
  healthChecks:
  - kind: Deployment
    name: podinfo
    namespace: default
  interval: 5m0s
  path: ./kustomize
  prune: true
  sourceRef:
    kind: GitRepository
    name: podinfo
  timeout: 2m0s
",
    );
}

#[test]
fn create_kustomization_export_all_fields() {
    assert_export(
        "create ks apps --source=ocirepository/fleet.infra --path=a/../b/ --wait --health-check=Deployment/x.y \
         --depends-on=crds,infra/base@ready --service-account=sa --decryption-provider=sops \
         --decryption-secret=gpg --target-namespace=t --kubeconfig-secret-ref=kc --retry-interval=30s \
         --label=b=2,a=1 -n ns1 --export",
        "---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  labels:
    a: \"1\"
    b: \"2\"
  name: apps
  namespace: ns1
spec:
  decryption:
    provider: sops
    secretRef:
      name: gpg
  dependsOn:
  - name: crds
  - name: base
    namespace: infra
  interval: 1m0s
  kubeConfig:
    secretRef:
      name: kc
  path: ./b
  prune: false
  retryInterval: 30s
  serviceAccountName: sa
  sourceRef:
    kind: OCIRepository
    name: fleet
    namespace: infra
  targetNamespace: t
  timeout: 2m0s
  wait: true
",
    );
}

#[test]
fn create_kustomization_without_export_generates_then_stops() {
    let run = flux("create ks apps --source=fleet");
    assert_eq!(run.code, 1);
    assert!(
        run.out.stderr.starts_with("✚ generating Kustomization\n✗ "),
        "{}",
        run.out.stderr
    );
    // Errors found after the generating line still come after it, as upstream prints them.
    assert_fails(
        "create ks apps --source=fleet --label=x",
        "✚ generating Kustomization\n",
        "invalid label format 'x', must be key=value",
    );
    assert_fails(
        "create ks apps --source=fleet --health-check=Pod/a.b",
        "✚ generating Kustomization\n",
        "invalid health check kind 'Pod' can be HelmRelease, Deployment, DaemonSet or StatefulSet",
    );
}

#[test]
fn create_kustomization_validation_flag_is_deprecated() {
    let run = flux("create ks apps --source=fleet --validation=server --export");
    assert_eq!(run.code, 0);
    assert!(run.out.stderr.starts_with("Flag --validation has been deprecated, this arg is no longer used, all resources are validated using server-side apply dry-run\n"));
}

#[test]
fn create_kustomization_bad_arguments() {
    let e = |args: &str, err: &str| assert_fails(&format!("create kustomization {args}"), "", err);
    e("--export", "name is required");
    e(
        "a --source=x --export",
        "name 'a' is invalid, it should adhere to standard defined in RFC 1123, the name can only contain alphanumeric characters or '-'",
    );
    e(
        "apps --source=Foo/bar --export",
        "invalid argument \"Foo/bar\" for \"--source\" flag: source kind 'Foo' is not supported, must be one of: OCIRepository, GitRepository, Bucket",
    );
    e(
        "apps --source=GitRepository/ --export",
        "invalid argument \"GitRepository/\" for \"--source\" flag: no name given for source of kind 'GitRepository'",
    );
    e(
        "apps --source=Bucket --export",
        "invalid argument \"Bucket\" for \"--source\" flag: no kind specified for source 'Bucket'",
    );
    e(
        "apps --source= --export",
        "invalid argument \"\" for \"--source\" flag: no Kustomization source given, please specify source that contains the Kubernetes manifests in the format '[<kind>/]<name>.<namespace>', where kind must be one of: (OCIRepository, GitRepository, Bucket), if kind is not specified it defaults to GitRepository",
    );
    e(
        "apps --source=x --decryption-provider=vault --export",
        "invalid argument \"vault\" for \"--decryption-provider\" flag: unsupported decryption provider 'vault', must be one of: sops",
    );
    e(
        "apps --source=x --health-check-timeout=5 --export",
        "invalid argument \"5\" for \"--health-check-timeout\" flag: time: missing unit in duration \"5\"",
    );
    e(
        "apps --source=x --retry-interval=1d --export",
        "invalid argument \"1d\" for \"--retry-interval\" flag: time: unknown unit \"d\" in duration \"1d\"",
    );
    e(
        "apps --source=x --interval=soon --export",
        "invalid argument \"soon\" for \"--interval\" flag: time: invalid duration \"soon\"",
    );
    e(
        "apps --source=x --prune=maybe --export",
        "invalid argument \"maybe\" for \"--prune\" flag: strconv.ParseBool: parsing \"maybe\": invalid syntax",
    );
    e(
        "apps --source=x --health-check=Deployment --export",
        "invalid health check 'Deployment' must be in the format 'kind/name.namespace' [Deployment]",
    );
    e(
        "apps --source=x --health-check=a/b/c --export",
        "invalid health check 'a/b/c' must be in the format 'kind/name.namespace' [a b c]",
    );
    e(
        "apps --source=x --health-check=Deployment/a.b.c --export",
        "invalid health check 'Deployment/a.b.c' must be in the format 'kind/name.namespace'",
    );
    e(
        "apps --source=x --label=-a=b --export",
        "invalid label '-a': [name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')]",
    );
    e("apps --source=x --bogus --export", "unknown flag: --bogus");
}
