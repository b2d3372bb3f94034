//! The bundle's `policies.yaml` (`flux2: manifests/policies`): the `allow-egress`,
//! `allow-scraping` and `allow-webhooks` NetworkPolicies.

use serde_json::{Value, json};

fn policy(name: &str, spec: Value) -> Value {
    json!({
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {"name": name},
        "spec": spec,
    })
}

fn from_any_namespace(port: u16) -> Value {
    json!([{"from": [{"namespaceSelector": {}}], "ports": [{"port": port, "protocol": "TCP"}]}])
}

/// The objects of `policies.yaml`, in file order.
pub fn objects() -> Vec<Value> {
    vec![
        policy(
            "allow-egress",
            json!({
                "egress": [{}],
                "ingress": [{"from": [{"podSelector": {}}]}],
                "podSelector": {},
                "policyTypes": ["Ingress", "Egress"],
            }),
        ),
        policy(
            "allow-scraping",
            json!({"ingress": from_any_namespace(8080), "podSelector": {}, "policyTypes": ["Ingress"]}),
        ),
        policy(
            "allow-webhooks",
            json!({
                "ingress": from_any_namespace(9292),
                "podSelector": {"matchLabels": {"app": "notification-controller"}},
                "policyTypes": ["Ingress"],
            }),
        ),
    ]
}
