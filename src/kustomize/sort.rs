//! kustomize's legacy resource order (`api/resid/gvk.go` `orderFirst`/`orderLast`, and
//! `resmap` legacy sort: by kind rank, then `group_version_kind`, then `|namespace|name`).

use serde_json::Value;

const ORDER_FIRST: &[&str] = &[
    "Namespace",
    "ResourceQuota",
    "StorageClass",
    "CustomResourceDefinition",
    "ServiceAccount",
    "PodSecurityPolicy",
    "Role",
    "ClusterRole",
    "RoleBinding",
    "ClusterRoleBinding",
    "ConfigMap",
    "Secret",
    "Endpoints",
    "Service",
    "LimitRange",
    "PriorityClass",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "Deployment",
    "StatefulSet",
    "CronJob",
    "PodDisruptionBudget",
];

const ORDER_LAST: &[&str] = &[
    "MutatingWebhookConfiguration",
    "ValidatingWebhookConfiguration",
];

fn rank(kind: &str) -> i64 {
    if let Some(i) = ORDER_FIRST.iter().position(|k| *k == kind) {
        return i as i64 - ORDER_FIRST.len() as i64;
    }
    if let Some(i) = ORDER_LAST.iter().position(|k| *k == kind) {
        return i as i64 + 1;
    }
    0
}

fn gvk_string(o: &Value) -> String {
    let av = o["apiVersion"].as_str().unwrap_or("");
    let (g, v) = av.rsplit_once('/').unwrap_or(("", av));
    let or = |s: &str, d: &str| {
        if s.is_empty() {
            d.to_string()
        } else {
            s.to_string()
        }
    };
    format!(
        "{}_{}_{}",
        or(g, "~G"),
        or(v, "~V"),
        or(o["kind"].as_str().unwrap_or(""), "~K")
    )
}

fn sort_key(o: &Value) -> (i64, String, String) {
    let m = &o["metadata"];
    let ns = m["namespace"]
        .as_str()
        .filter(|s| !s.is_empty())
        .unwrap_or("~X");
    let gvk = gvk_string(o);
    let legacy = format!("{gvk}|{ns}|{}", m["name"].as_str().unwrap_or(""));
    (rank(o["kind"].as_str().unwrap_or("")), gvk, legacy)
}

/// Sorts objects in kustomize's legacy order (stable).
pub fn legacy(objs: &mut [Value]) {
    objs.sort_by_cached_key(sort_key);
}
