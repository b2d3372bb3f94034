//! The served resource types: built-in kinds, kinds registered from CRDs at run time, and the
//! discovery documents (`/api`, `/api/v1`, `/apis`, `/apis/<g>`, `/apis/<g>/<v>`) built from them.

use std::cmp::Ordering;

use serde_json::{Value, json};

#[derive(Debug, Clone)]
pub struct Version {
    pub name: String,
    pub served: bool,
    pub storage: bool,
    /// `openAPIV3Schema` for CRD versions.
    pub schema: Option<Value>,
    pub status_subresource: bool,
    pub printer_columns: Vec<Value>,
}

#[derive(Debug, Clone)]
pub struct ResourceType {
    pub group: String,
    pub versions: Vec<Version>,
    pub kind: String,
    pub list_kind: String,
    pub plural: String,
    pub singular: String,
    pub namespaced: bool,
    pub short_names: Vec<String>,
    pub categories: Vec<String>,
    pub verbs: Vec<&'static str>,
    pub has_generation: bool,
    pub from_crd: bool,
    /// Extra subresources listed in discovery (e.g. `log` for pods).
    pub extra_subresources: Vec<&'static str>,
}

const ALL_VERBS: &[&str] = &[
    "create",
    "delete",
    "deletecollection",
    "get",
    "list",
    "patch",
    "update",
    "watch",
];

impl ResourceType {
    pub fn served_version(&self, v: &str) -> Option<&Version> {
        self.versions.iter().find(|x| x.name == v && x.served)
    }
    pub fn status_subresource(&self, v: &str) -> bool {
        self.served_version(v).is_some_and(|x| x.status_subresource)
    }
    pub fn schema(&self, v: &str) -> Option<&Value> {
        self.served_version(v).and_then(|x| x.schema.as_ref())
    }
    pub fn api_version(&self, v: &str) -> String {
        if self.group.is_empty() {
            v.to_string()
        } else {
            format!("{}/{v}", self.group)
        }
    }
    /// Whether `name` (plural, singular, short name, kind) refers to this type.
    pub fn matches_name(&self, name: &str) -> bool {
        self.plural == name
            || self.singular == name
            || self.short_names.iter().any(|s| s == name)
            || self.kind.eq_ignore_ascii_case(name)
    }
}

#[allow(clippy::too_many_arguments)]
fn builtin(
    group: &str,
    version: &str,
    kind: &str,
    plural: &str,
    namespaced: bool,
    short: &[&str],
    categories: &[&str],
    status: bool,
    generation: bool,
) -> ResourceType {
    ResourceType {
        group: group.into(),
        versions: vec![Version {
            name: version.into(),
            served: true,
            storage: true,
            schema: None,
            status_subresource: status,
            printer_columns: vec![],
        }],
        kind: kind.into(),
        list_kind: format!("{kind}List"),
        plural: plural.into(),
        singular: kind.to_ascii_lowercase(),
        namespaced,
        short_names: short.iter().map(|s| s.to_string()).collect(),
        categories: categories.iter().map(|s| s.to_string()).collect(),
        verbs: ALL_VERBS.to_vec(),
        has_generation: generation,
        from_crd: false,
        extra_subresources: vec![],
    }
}

pub fn builtins() -> Vec<ResourceType> {
    let mut v = vec![
        builtin(
            "",
            "v1",
            "Namespace",
            "namespaces",
            false,
            &["ns"],
            &[],
            true,
            false,
        ),
        builtin(
            "",
            "v1",
            "ConfigMap",
            "configmaps",
            true,
            &["cm"],
            &[],
            false,
            false,
        ),
        builtin("", "v1", "Secret", "secrets", true, &[], &[], false, false),
        builtin(
            "",
            "v1",
            "ServiceAccount",
            "serviceaccounts",
            true,
            &["sa"],
            &[],
            false,
            false,
        ),
        builtin(
            "",
            "v1",
            "Service",
            "services",
            true,
            &["svc"],
            &["all"],
            true,
            false,
        ),
        builtin("", "v1", "Pod", "pods", true, &["po"], &["all"], true, true),
        builtin(
            "",
            "v1",
            "Event",
            "events",
            true,
            &["ev"],
            &[],
            false,
            false,
        ),
        builtin(
            "",
            "v1",
            "ResourceQuota",
            "resourcequotas",
            true,
            &["quota"],
            &[],
            true,
            false,
        ),
        builtin(
            "apps",
            "v1",
            "Deployment",
            "deployments",
            true,
            &["deploy"],
            &["all"],
            true,
            true,
        ),
        builtin(
            "apps",
            "v1",
            "ReplicaSet",
            "replicasets",
            true,
            &["rs"],
            &["all"],
            true,
            true,
        ),
        builtin(
            "events.k8s.io",
            "v1",
            "Event",
            "events",
            true,
            &["ev"],
            &[],
            false,
            false,
        ),
        builtin(
            "networking.k8s.io",
            "v1",
            "NetworkPolicy",
            "networkpolicies",
            true,
            &["netpol"],
            &[],
            false,
            true,
        ),
        builtin(
            "rbac.authorization.k8s.io",
            "v1",
            "Role",
            "roles",
            true,
            &[],
            &[],
            false,
            false,
        ),
        builtin(
            "rbac.authorization.k8s.io",
            "v1",
            "RoleBinding",
            "rolebindings",
            true,
            &[],
            &[],
            false,
            false,
        ),
        builtin(
            "rbac.authorization.k8s.io",
            "v1",
            "ClusterRole",
            "clusterroles",
            false,
            &[],
            &[],
            false,
            false,
        ),
        builtin(
            "rbac.authorization.k8s.io",
            "v1",
            "ClusterRoleBinding",
            "clusterrolebindings",
            false,
            &[],
            &[],
            false,
            false,
        ),
        builtin(
            "apiextensions.k8s.io",
            "v1",
            "CustomResourceDefinition",
            "customresourcedefinitions",
            false,
            &["crd", "crds"],
            &["api-extensions"],
            true,
            true,
        ),
    ];
    for (g, kind, plural) in [
        (
            "authorization.k8s.io",
            "SelfSubjectAccessReview",
            "selfsubjectaccessreviews",
        ),
        (
            "authorization.k8s.io",
            "SubjectAccessReview",
            "subjectaccessreviews",
        ),
        (
            "authentication.k8s.io",
            "SelfSubjectReview",
            "selfsubjectreviews",
        ),
    ] {
        let mut t = builtin(g, "v1", kind, plural, false, &[], &[], false, false);
        t.verbs = vec!["create"];
        v.push(t);
    }
    for r in &mut v {
        match r.kind.as_str() {
            "Pod" => r.extra_subresources = vec!["log"],
            "Deployment" => r.extra_subresources = vec!["scale"],
            _ => {}
        }
    }
    v
}

/// Kubernetes version priority: GA > beta > alpha, then by numbers (v1 > v1beta2 > v1beta1).
pub fn version_cmp(a: &str, b: &str) -> Ordering {
    fn key(v: &str) -> (u8, u64, u64, String) {
        let Some(rest) = v.strip_prefix('v') else {
            return (0, 0, 0, v.to_string());
        };
        let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
        let Ok(major) = digits.parse::<u64>() else {
            return (0, 0, 0, v.to_string());
        };
        let tail = &rest[digits.len()..];
        if tail.is_empty() {
            return (3, major, 0, String::new());
        }
        for (p, rank) in [("beta", 2u8), ("alpha", 1u8)] {
            if let Some(n) = tail.strip_prefix(p)
                && let Ok(minor) = n.parse::<u64>()
            {
                return (rank, major, minor, String::new());
            }
        }
        (0, 0, 0, v.to_string())
    }
    let (ka, kb) = (key(a), key(b));
    // Higher priority first.
    kb.0.cmp(&ka.0)
        .then(kb.1.cmp(&ka.1))
        .then(kb.2.cmp(&ka.2))
        .then(ka.3.cmp(&kb.3))
}

/// Build a resource type from a CRD object; `Err` lists validation causes.
pub fn from_crd(crd: &Value) -> Result<ResourceType, Vec<(String, String)>> {
    let mut causes = Vec::new();
    let spec = &crd["spec"];
    let s = |v: &Value| v.as_str().unwrap_or("").to_string();
    let group = s(&spec["group"]);
    let names = &spec["names"];
    let plural = s(&names["plural"]);
    let kind = s(&names["kind"]);
    if group.is_empty() {
        causes.push(("spec.group".into(), "Required value".into()));
    }
    if plural.is_empty() {
        causes.push(("spec.names.plural".into(), "Required value".into()));
    }
    if kind.is_empty() {
        causes.push(("spec.names.kind".into(), "Required value".into()));
    }
    let name = s(&crd["metadata"]["name"]);
    if !plural.is_empty() && !group.is_empty() && name != format!("{plural}.{group}") {
        causes.push((
            "metadata.name".into(),
            format!("Invalid value: \"{name}\": must be spec.names.plural+\".\"+spec.group"),
        ));
    }
    let scope = s(&spec["scope"]);
    if scope != "Namespaced" && scope != "Cluster" {
        causes.push((
            "spec.scope".into(),
            format!(
                "Unsupported value: \"{scope}\": supported values: \"Cluster\", \"Namespaced\""
            ),
        ));
    }
    let mut versions = Vec::new();
    for v in spec["versions"].as_array().into_iter().flatten() {
        versions.push(Version {
            name: s(&v["name"]),
            served: v["served"].as_bool().unwrap_or(false),
            storage: v["storage"].as_bool().unwrap_or(false),
            schema: v["schema"].get("openAPIV3Schema").cloned(),
            status_subresource: v["subresources"].get("status").is_some(),
            printer_columns: v["additionalPrinterColumns"]
                .as_array()
                .cloned()
                .unwrap_or_default(),
        });
    }
    if versions.iter().filter(|v| v.storage).count() != 1 {
        causes.push((
            "spec.versions".into(),
            "Invalid value: must have exactly one version marked as storage version".into(),
        ));
    }
    if !causes.is_empty() {
        return Err(causes);
    }
    let strs = |v: &Value| -> Vec<String> {
        v.as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| x.as_str().map(String::from))
            .collect()
    };
    let singular = match s(&names["singular"]) {
        x if x.is_empty() => kind.to_ascii_lowercase(),
        x => x,
    };
    let list_kind = match s(&names["listKind"]) {
        x if x.is_empty() => format!("{kind}List"),
        x => x,
    };
    Ok(ResourceType {
        group,
        versions,
        kind,
        list_kind,
        plural,
        singular,
        namespaced: scope == "Namespaced",
        short_names: strs(&names["shortNames"]),
        categories: strs(&names["categories"]),
        verbs: ALL_VERBS.to_vec(),
        has_generation: true,
        from_crd: true,
        extra_subresources: vec![],
    })
}

#[derive(Debug, Clone)]
pub struct Registry {
    pub types: Vec<ResourceType>,
}

impl Registry {
    pub fn new() -> Registry {
        Registry { types: builtins() }
    }

    pub fn find(&self, group: &str, version: &str, plural: &str) -> Option<&ResourceType> {
        self.types
            .iter()
            .find(|t| t.group == group && t.plural == plural && t.served_version(version).is_some())
    }

    pub fn find_kind(&self, group: &str, kind: &str) -> Option<&ResourceType> {
        self.types
            .iter()
            .find(|t| t.group == group && t.kind == kind)
    }

    pub fn upsert(&mut self, t: ResourceType) {
        if let Some(i) = self
            .types
            .iter()
            .position(|x| x.group == t.group && x.plural == t.plural)
        {
            self.types[i] = t;
        } else {
            self.types.push(t);
        }
    }

    pub fn remove(&mut self, group: &str, plural: &str) {
        self.types
            .retain(|t| !(t.group == group && t.plural == plural && t.from_crd));
    }

    /// Groups in discovery order (built-in groups first, then CRD groups by name) with their
    /// served versions in priority order.
    pub fn groups(&self) -> Vec<(String, Vec<String>)> {
        let mut out: Vec<(String, Vec<String>)> = Vec::new();
        let mut crd_groups: Vec<String> = Vec::new();
        for t in &self.types {
            if t.group.is_empty() {
                continue;
            }
            if t.from_crd && !out.iter().any(|(g, _)| *g == t.group) {
                if !crd_groups.contains(&t.group) {
                    crd_groups.push(t.group.clone());
                }
                continue;
            }
            if !out.iter().any(|(g, _)| *g == t.group) {
                out.push((t.group.clone(), vec![]));
            }
        }
        crd_groups.sort();
        for g in crd_groups {
            if !out.iter().any(|(x, _)| *x == g) {
                out.push((g, vec![]));
            }
        }
        for (g, vs) in &mut out {
            for t in self.types.iter().filter(|t| t.group == *g) {
                for v in t.versions.iter().filter(|v| v.served) {
                    if !vs.contains(&v.name) {
                        vs.push(v.name.clone());
                    }
                }
            }
            vs.sort_by(|a, b| version_cmp(a, b));
        }
        out.retain(|(_, vs)| !vs.is_empty());
        out
    }

    pub fn api_versions(&self, server_addr: &str) -> Value {
        json!({
            "kind": "APIVersions",
            "versions": ["v1"],
            "serverAddressByClientCIDRs": [{ "clientCIDR": "0.0.0.0/0", "serverAddress": server_addr }],
        })
    }

    fn group_json(g: &str, vs: &[String]) -> Value {
        let versions: Vec<Value> = vs
            .iter()
            .map(|v| json!({ "groupVersion": format!("{g}/{v}"), "version": v }))
            .collect();
        json!({
            "name": g,
            "versions": versions,
            "preferredVersion": versions.first().cloned().unwrap_or(Value::Null),
        })
    }

    pub fn api_group_list(&self) -> Value {
        let groups: Vec<Value> = self
            .groups()
            .iter()
            .map(|(g, vs)| Self::group_json(g, vs))
            .collect();
        json!({ "kind": "APIGroupList", "apiVersion": "v1", "groups": groups })
    }

    pub fn api_group(&self, group: &str) -> Option<Value> {
        let (g, vs) = self.groups().into_iter().find(|(g, _)| g == group)?;
        let mut v = Self::group_json(&g, &vs);
        let o = v.as_object_mut()?;
        o.insert("kind".into(), json!("APIGroup"));
        o.insert("apiVersion".into(), json!("v1"));
        Some(v)
    }

    pub fn resource_list(&self, group: &str, version: &str) -> Option<Value> {
        let mut resources = Vec::new();
        for t in self.types.iter().filter(|t| t.group == group) {
            let Some(v) = t.served_version(version) else {
                continue;
            };
            let mut r = json!({
                "name": t.plural,
                "singularName": t.singular,
                "namespaced": t.namespaced,
                "kind": t.kind,
                "verbs": t.verbs,
            });
            if !t.short_names.is_empty() {
                r["shortNames"] = json!(t.short_names);
            }
            if !t.categories.is_empty() {
                r["categories"] = json!(t.categories);
            }
            r["storageVersionHash"] = json!(storage_hash(&t.group, &t.plural));
            resources.push(r);
            if v.status_subresource {
                resources.push(json!({
                    "name": format!("{}/status", t.plural),
                    "singularName": "",
                    "namespaced": t.namespaced,
                    "kind": t.kind,
                    "verbs": ["get", "patch", "update"],
                }));
            }
            for sub in &t.extra_subresources {
                let (kind, verbs) = match *sub {
                    "log" => ("Pod", json!(["get"])),
                    "scale" => ("Scale", json!(["get", "patch", "update"])),
                    _ => (t.kind.as_str(), json!(["get"])),
                };
                let mut r = json!({
                    "name": format!("{}/{sub}", t.plural),
                    "singularName": "",
                    "namespaced": t.namespaced,
                    "kind": kind,
                    "verbs": verbs,
                });
                if *sub == "scale" {
                    r["group"] = json!("autoscaling");
                    r["version"] = json!("v1");
                }
                resources.push(r);
            }
        }
        if resources.is_empty() {
            return None;
        }
        let gv = if group.is_empty() {
            version.to_string()
        } else {
            format!("{group}/{version}")
        };
        Some(json!({
            "kind": "APIResourceList",
            "apiVersion": "v1",
            "groupVersion": gv,
            "resources": resources,
        }))
    }
}

impl Registry {
    /// `/openapi/v3`: one entry per served group-version.
    pub fn openapi_v3_root(&self) -> Value {
        let mut paths = serde_json::Map::new();
        let mut gvs: Vec<(String, String)> = vec![(String::new(), "v1".into())];
        for (g, vs) in self.groups() {
            for v in vs {
                gvs.push((g.clone(), v));
            }
        }
        for (g, v) in gvs {
            let key = if g.is_empty() {
                format!("api/{v}")
            } else {
                format!("apis/{g}/{v}")
            };
            let hash = storage_hash(&key, &self.types.len().to_string());
            paths.insert(
                key.clone(),
                json!({ "serverRelativeURL": format!("/openapi/v3/{key}?hash={hash}") }),
            );
        }
        json!({ "paths": paths })
    }

    /// `/openapi/v3/apis/<g>/<v>`: a minimal OpenAPI document whose PATCH operations carry the
    /// GVK extension and the `fieldValidation` parameter (kubectl's server-side validation
    /// check), plus CRD schemas as components.
    pub fn openapi_v3_gv(&self, group: &str, version: &str, server_version: &str) -> Option<Value> {
        let mut paths = serde_json::Map::new();
        let mut schemas = serde_json::Map::new();
        let mut any = false;
        for t in self.types.iter().filter(|t| t.group == group) {
            let Some(v) = t.served_version(version) else {
                continue;
            };
            any = true;
            let prefix = if group.is_empty() {
                format!("/api/{version}")
            } else {
                format!("/apis/{group}/{version}")
            };
            let p = if t.namespaced {
                format!("{prefix}/namespaces/{{namespace}}/{}/{{name}}", t.plural)
            } else {
                format!("{prefix}/{}/{{name}}", t.plural)
            };
            let gvk = json!({ "group": group, "version": version, "kind": t.kind });
            let q = |n: &str| json!({ "name": n, "in": "query", "schema": { "type": "string", "uniqueItems": true } });
            let mut ct = serde_json::Map::new();
            for c in [
                "application/json-patch+json",
                "application/merge-patch+json",
                "application/apply-patch+yaml",
            ] {
                ct.insert(c.into(), json!({ "schema": { "type": "object" } }));
            }
            paths.insert(p, json!({
                "get": { "x-kubernetes-action": "get", "x-kubernetes-group-version-kind": gvk, "parameters": [], "responses": { "200": { "description": "OK" } } },
                "patch": {
                    "x-kubernetes-action": "patch",
                    "x-kubernetes-group-version-kind": gvk,
                    "parameters": [q("dryRun"), q("fieldManager"), q("fieldValidation"), q("force")],
                    "requestBody": { "content": ct, "required": true },
                    "responses": { "200": { "description": "OK" } },
                },
            }));
            let mut sch = v.schema.clone().unwrap_or_else(
                || json!({ "type": "object", "x-kubernetes-preserve-unknown-fields": true }),
            );
            sch["x-kubernetes-group-version-kind"] = json!([gvk]);
            let rev: Vec<&str> = group.split('.').rev().collect();
            let name = if group.is_empty() {
                format!("io.k8s.api.core.{version}.{}", t.kind)
            } else {
                format!("{}.{version}.{}", rev.join("."), t.kind)
            };
            schemas.insert(name, sch);
        }
        if !any {
            return None;
        }
        Some(json!({
            "openapi": "3.0.0",
            "info": { "title": "Kubernetes", "version": server_version },
            "paths": paths,
            "components": { "schemas": schemas },
        }))
    }
}

impl Default for Registry {
    fn default() -> Self {
        Registry::new()
    }
}

fn storage_hash(group: &str, plural: &str) -> String {
    use base64::Engine;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in group
        .bytes()
        .chain(b"/".iter().copied())
        .chain(plural.bytes())
    {
        h ^= b as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    base64::engine::general_purpose::STANDARD.encode(h.to_be_bytes())[..11].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_priority() {
        let mut v = vec!["v1beta1", "v1", "v2beta2", "v1alpha1", "v2", "foo"];
        v.sort_by(|a, b| version_cmp(a, b));
        assert_eq!(v, ["v2", "v1", "v2beta2", "v1beta1", "v1alpha1", "foo"]);
    }
}
