//! `flux create tenant`: the upstream cases (`cmd/flux/create_tenant_test.go`; upstream tags it
//! e2e, but none of its cases touches the cluster), a flag matrix, exact outputs and errors.
//! Upstream's harness resets `--cluster-role` to empty between commands, which is why its
//! command lines pass it explicitly; our default is the real one (`cluster-admin`).

use crate::create_kustomization::{assert_fails, check_matrix};
use crate::support::{GoldenCase, assert_text, flux, run_cases};

/// Every case of upstream `create_tenant_test.go`.
pub const CASES: &[GoldenCase] = &[
    GoldenCase {
        name: "no args",
        args: "create tenant",
        golden: None,
        error: Some("name is required"),
        template: &[],
    },
    GoldenCase {
        name: "no namespace",
        args: "create tenant dev-team --cluster-role=cluster-admin",
        golden: None,
        error: Some("with-namespace is required"),
        template: &[],
    },
    GoldenCase {
        name: "basic tenant",
        args: "create tenant dev-team --with-namespace=apps --cluster-role=cluster-admin --export",
        golden: Some("./testdata/create_tenant/tenant-basic.yaml"),
        error: None,
        template: &[],
    },
    GoldenCase {
        name: "tenant with custom serviceaccount",
        args: "create tenant dev-team --with-namespace=apps --cluster-role=cluster-admin --with-service-account=flux-tenant --export",
        golden: Some("./testdata/create_tenant/tenant-with-service-account.yaml"),
        error: None,
        template: &[],
    },
    GoldenCase {
        name: "tenant with custom cluster role",
        args: "create tenant dev-team --with-namespace=apps --cluster-role=custom-role --export",
        golden: Some("./testdata/create_tenant/tenant-with-cluster-role.yaml"),
        error: None,
        template: &[],
    },
    GoldenCase {
        name: "tenant with skip namespace",
        args: "create tenant dev-team --with-namespace=apps --cluster-role=cluster-admin --skip-namespace --export",
        golden: Some("./testdata/create_tenant/tenant-with-skip-namespace.yaml"),
        error: None,
        template: &[],
    },
];

/// `--export` command lines over every flag.
pub const MATRIX: &[&str] = &[
    "create tenant dev-team --with-namespace=apps --export",
    "create tenant dev-team --with-namespace=frontend --with-namespace=backend --export",
    "create tenant dev-team --with-namespace=a1,b1 --cluster-role=view --export",
    "create tenant dev-team --with-namespace=apps --with-service-account=flux-tenant --export",
    "create tenant dev-team --with-namespace=apps --skip-namespace=true --export",
    "create tenant dev-team --with-namespace=apps --skip-namespace=false --label=environment=dev --export",
    "create tenant dev-team --with-namespace=apps --label=a=1,example.com/b=2 --label=toolkit.fluxcd.io/tenant=other --export",
    "create tenant dev-team extra --with-namespace=apps -n ignored --interval=5m --export",
];

#[test]
fn create_tenant_upstream_cases() {
    run_cases("create tenant", CASES);
}

#[test]
fn create_tenant_matrix_runs() {
    check_matrix("create tenant", MATRIX);
}

#[test]
fn create_tenant_two_namespaces_with_labels() {
    let run = flux(
        "create tenant dev --with-namespace=a1,b1 --skip-namespace --label=toolkit.fluxcd.io/tenant=x,env=dev --with-service-account=sa --cluster-role=view --export",
    );
    assert_eq!(run.code, 0, "{}", run.out.stderr);
    let one = |ns: &str| {
        format!(
            "---
apiVersion: v1
kind: ServiceAccount
metadata:
  labels:
    env: dev
    toolkit.fluxcd.io/tenant: dev
  name: sa
  namespace: {ns}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  labels:
    env: dev
    toolkit.fluxcd.io/tenant: dev
  name: dev-reconciler
  namespace: {ns}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
- apiGroup: rbac.authorization.k8s.io
  kind: User
  name: gotk:{ns}:reconciler
- kind: ServiceAccount
  name: sa
  namespace: {ns}
"
        )
    };
    assert_text(
        &format!("{}{}", one("a1"), one("b1")),
        &run.out.combined,
        "two namespaces",
    );
}

#[test]
fn create_tenant_empty_namespace_list_exports_nothing() {
    // artifacts-create.md §C.2 #21.
    let run = flux("create tenant dev --with-namespace= --export");
    assert_eq!((run.code, run.out.combined.as_str()), (0, ""));
}

#[test]
fn create_tenant_bad_arguments() {
    let e = |args: &str, err: &str| assert_fails(&format!("create tenant {args}"), "", err);
    e(
        "d --with-namespace=apps --export",
        "name 'd' is invalid, it should adhere to standard defined in RFC 1123, the name can only contain alphanumeric characters or '-'",
    );
    e(
        "dev --with-namespace=apps --cluster-role= --export",
        "cluster-role is required",
    );
    e("dev --export", "with-namespace is required");
    e(
        "dev --with-namespace=-apps --export",
        "invalid namespace '-apps': [name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')]",
    );
    e(
        "dev --with-namespace=apps, --export",
        "invalid namespace '': [name part must be non-empty]",
    );
    e(
        "dev --with-namespace=apps --with-service-account=a/b/c --export",
        "invalid service-account name 'a/b/c': [a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')]",
    );
    e(
        "dev --with-namespace=apps --label=x --export",
        "invalid label format 'x', must be key=value",
    );
    e(
        "dev --with-namespace=apps --skip-namespace=2 --export",
        "invalid argument \"2\" for \"--skip-namespace\" flag: strconv.ParseBool: parsing \"2\": invalid syntax",
    );
}
