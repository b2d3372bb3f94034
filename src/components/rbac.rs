//! The bundle's `rbac.yaml` (`flux2: manifests/rbac`): the critical-pods ResourceQuota, the
//! `crd-controller`, `flux-edit` and `flux-view` ClusterRoles and the `cluster-reconciler` and
//! `crd-controller` ClusterRoleBindings, before the install overlay suffixes them.

use serde_json::{Value, json};

/// The API groups of the Flux kinds, in the order of the `crd-controller` rules.
const GROUPS: &[&str] = &[
    "source.toolkit.fluxcd.io",
    "kustomize.toolkit.fluxcd.io",
    "helm.toolkit.fluxcd.io",
    "notification.toolkit.fluxcd.io",
    "image.toolkit.fluxcd.io",
    "source.extensions.fluxcd.io",
];

/// The API groups in the order of the aggregated roles.
const AGGREGATE_GROUPS: &[&str] = &[
    "notification.toolkit.fluxcd.io",
    "source.toolkit.fluxcd.io",
    "source.extensions.fluxcd.io",
    "helm.toolkit.fluxcd.io",
    "image.toolkit.fluxcd.io",
    "kustomize.toolkit.fluxcd.io",
];

/// The ServiceAccounts bound to `crd-controller` (all seven, installed or not).
const CRD_CONTROLLER_SUBJECTS: &[&str] = &[
    "kustomize-controller",
    "helm-controller",
    "source-controller",
    "notification-controller",
    "image-reflector-controller",
    "image-automation-controller",
    "source-watcher",
];

fn subjects(names: &[&str]) -> Value {
    Value::Array(
        names
            .iter()
            .map(|n| json!({"kind": "ServiceAccount", "name": n, "namespace": "flux-system"}))
            .collect(),
    )
}

/// The objects of `rbac.yaml`, in file order.
pub fn objects() -> Vec<Value> {
    let crud = json!([
        "get", "list", "watch", "create", "update", "patch", "delete"
    ]);
    let mut rules: Vec<Value> = GROUPS
        .iter()
        .map(|g| json!({"apiGroups": [g], "resources": ["*"], "verbs": ["*"]}))
        .collect();
    rules.extend([
        json!({"apiGroups": [""], "resources": ["namespaces", "secrets", "configmaps", "serviceaccounts"],
               "verbs": ["get", "list", "watch"]}),
        json!({"apiGroups": [""], "resources": ["events"], "verbs": ["create", "patch"]}),
        json!({"apiGroups": [""], "resources": ["configmaps"], "verbs": crud}),
        json!({"apiGroups": [""], "resources": ["configmaps/status"], "verbs": ["get", "update", "patch"]}),
        json!({"apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "verbs": crud}),
        json!({"apiGroups": [""], "resources": ["serviceaccounts/token"], "verbs": ["create"]}),
        json!({"nonResourceURLs": ["/livez/ping"], "verbs": ["head"]}),
    ]);
    let aggregate = |name: &str, to: &[&str], verbs: Value| {
        let mut labels = serde_json::Map::new();
        for t in to {
            labels.insert(
                format!("rbac.authorization.k8s.io/aggregate-to-{t}"),
                json!("true"),
            );
        }
        json!({
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": "ClusterRole",
            "metadata": {"labels": labels, "name": name},
            "rules": [{"apiGroups": AGGREGATE_GROUPS, "resources": ["*"], "verbs": verbs}],
        })
    };
    vec![
        json!({
            "apiVersion": "v1",
            "kind": "ResourceQuota",
            "metadata": {"name": "critical-pods"},
            "spec": {
                "hard": {"pods": "1000"},
                "scopeSelector": {"matchExpressions": [{
                    "operator": "In", "scopeName": "PriorityClass",
                    "values": ["system-node-critical", "system-cluster-critical"],
                }]},
            },
        }),
        json!({
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": "ClusterRole",
            "metadata": {"name": "crd-controller"},
            "rules": rules,
        }),
        aggregate(
            "flux-edit",
            &["admin", "edit"],
            json!(["create", "delete", "deletecollection", "patch", "update"]),
        ),
        aggregate(
            "flux-view",
            &["admin", "edit", "view"],
            json!(["get", "list", "watch"]),
        ),
        json!({
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": "ClusterRoleBinding",
            "metadata": {"name": "cluster-reconciler"},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"},
            "subjects": subjects(&["kustomize-controller", "helm-controller"]),
        }),
        json!({
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": "ClusterRoleBinding",
            "metadata": {"name": "crd-controller"},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "crd-controller"},
            "subjects": subjects(CRD_CONTROLLER_SUBJECTS),
        }),
    ]
}
