//! Authorization from the stored RBAC objects: request identity (the kubeconfig user is an
//! admin in `system:masters`; `Impersonate-User`/`Impersonate-Group` headers switch to another
//! subject), rule evaluation incl. ClusterRole aggregation, and the review kinds
//! (SelfSubjectAccessReview, SubjectAccessReview, SelfSubjectReview).

use serde_json::{Value, json};

use crate::api::Store;
use crate::http::Request;
use crate::selector::LabelSelector;

pub const ADMIN_USER: &str = "fake-admin";

#[derive(Debug, Clone)]
pub struct User {
    pub name: String,
    pub groups: Vec<String>,
}

impl User {
    pub fn of(req: &Request) -> User {
        match req.header("impersonate-user") {
            Some(u) => {
                let mut groups: Vec<String> = req
                    .headers
                    .iter()
                    .filter(|(k, _)| k == "impersonate-group")
                    .map(|(_, v)| v.clone())
                    .collect();
                if let Some((ns, _)) = u
                    .strip_prefix("system:serviceaccount:")
                    .and_then(|r| r.split_once(':'))
                {
                    groups.push("system:serviceaccounts".into());
                    groups.push(format!("system:serviceaccounts:{ns}"));
                }
                groups.push("system:authenticated".into());
                User {
                    name: u.to_string(),
                    groups,
                }
            }
            None => User {
                name: ADMIN_USER.into(),
                groups: vec!["system:masters".into(), "system:authenticated".into()],
            },
        }
    }
}

/// What a request wants to do.
#[derive(Debug, Clone, Default)]
pub struct Attrs {
    pub verb: String,
    pub group: String,
    pub resource: String,
    pub subresource: String,
    pub namespace: String,
    pub name: String,
}

fn list_of(v: &Value) -> Vec<&str> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|x| x.as_str())
        .collect()
}

fn rule_allows(rule: &Value, a: &Attrs) -> bool {
    let has = |k: &str, want: &str| list_of(&rule[k]).iter().any(|x| *x == "*" || *x == want);
    let res = if a.subresource.is_empty() {
        a.resource.clone()
    } else {
        format!("{}/{}", a.resource, a.subresource)
    };
    let res_ok = list_of(&rule["resources"]).iter().any(|x| {
        *x == "*"
            || *x == res
            || (!a.subresource.is_empty() && *x == format!("*/{}", a.subresource))
    });
    let names = list_of(&rule["resourceNames"]);
    has("verbs", &a.verb)
        && has("apiGroups", &a.group)
        && res_ok
        && (names.is_empty() || names.contains(&a.name.as_str()))
}

fn subject_matches(s: &Value, u: &User, binding_ns: &str) -> bool {
    let name = s["name"].as_str().unwrap_or("");
    match s["kind"].as_str().unwrap_or("") {
        "User" => name == u.name,
        "Group" => u.groups.iter().any(|g| g == name),
        "ServiceAccount" => {
            let ns = s["namespace"]
                .as_str()
                .filter(|n| !n.is_empty())
                .unwrap_or(binding_ns);
            u.name == format!("system:serviceaccount:{ns}:{name}")
        }
        _ => false,
    }
}

impl Store {
    fn objects_of(&self, plural: &str) -> Vec<&Value> {
        self.objects
            .get(&("rbac.authorization.k8s.io".to_string(), plural.to_string()))
            .map(|b| b.values().collect())
            .unwrap_or_default()
    }

    fn cluster_role_rules(&self, name: &str) -> Vec<Value> {
        let roles = self.objects_of("clusterroles");
        let Some(cr) = roles.iter().find(|r| r["metadata"]["name"] == name) else {
            return vec![];
        };
        let mut rules: Vec<Value> = cr["rules"].as_array().cloned().unwrap_or_default();
        for sel in cr["aggregationRule"]["clusterRoleSelectors"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let expr: Vec<String> = sel["matchLabels"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
                .collect();
            let Ok(ls) = LabelSelector::parse(&expr.join(",")) else {
                continue;
            };
            for other in roles
                .iter()
                .filter(|r| r["metadata"]["name"] != name && ls.matches(r))
            {
                rules.extend(other["rules"].as_array().cloned().unwrap_or_default());
            }
        }
        rules
    }

    /// `Some(reason)` when allowed, `None` when denied.
    pub fn authorize(&self, u: &User, a: &Attrs) -> Option<String> {
        for b in self.objects_of("clusterrolebindings") {
            if !b["subjects"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|s| subject_matches(s, u, ""))
            {
                continue;
            }
            let role = b["roleRef"]["name"].as_str().unwrap_or("");
            if self
                .cluster_role_rules(role)
                .iter()
                .any(|r| rule_allows(r, a))
            {
                return Some(format!(
                    "RBAC: allowed by ClusterRoleBinding \"{}\" of ClusterRole \"{role}\"",
                    b["metadata"]["name"].as_str().unwrap_or("")
                ));
            }
        }
        if a.namespace.is_empty() {
            return None;
        }
        for b in self.objects_of("rolebindings") {
            if b["metadata"]["namespace"] != a.namespace.as_str() {
                continue;
            }
            if !b["subjects"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|s| subject_matches(s, u, &a.namespace))
            {
                continue;
            }
            let role = b["roleRef"]["name"].as_str().unwrap_or("");
            let rules = if b["roleRef"]["kind"] == "ClusterRole" {
                self.cluster_role_rules(role)
            } else {
                self.objects_of("roles")
                    .iter()
                    .find(|r| {
                        r["metadata"]["name"] == role
                            && r["metadata"]["namespace"] == a.namespace.as_str()
                    })
                    .and_then(|r| r["rules"].as_array().cloned())
                    .unwrap_or_default()
            };
            if rules.iter().any(|r| rule_allows(r, a)) {
                return Some(format!(
                    "RBAC: allowed by RoleBinding \"{}/{}\" of {} \"{role}\"",
                    b["metadata"]["name"].as_str().unwrap_or(""),
                    a.namespace,
                    b["roleRef"]["kind"].as_str().unwrap_or("Role")
                ));
            }
        }
        None
    }
}

/// The 403 message the real server gives.
pub fn forbidden_message(u: &User, a: &Attrs) -> String {
    let res = if a.subresource.is_empty() {
        a.resource.clone()
    } else {
        format!("{}/{}", a.resource, a.subresource)
    };
    let what = if a.name.is_empty() {
        res.clone()
    } else {
        format!("{res} \"{}\"", a.name)
    };
    let scope = if a.namespace.is_empty() {
        "at the cluster scope".to_string()
    } else {
        format!("in the namespace \"{}\"", a.namespace)
    };
    let qualified = if a.group.is_empty() {
        what
    } else {
        what.replacen(&res, &format!("{res}.{}", a.group), 1)
    };
    format!(
        "{qualified} is forbidden: User \"{}\" cannot {} resource \"{res}\" in API group \"{}\" {scope}",
        u.name, a.verb, a.group
    )
}

/// Answer a review kind; `None` when `kind` is not a review.
pub fn review(store: &Store, kind: &str, body: &Value, requester: &User) -> Option<Value> {
    let user = match kind {
        "SelfSubjectAccessReview" => requester.clone(),
        "SubjectAccessReview" => User {
            name: body["spec"]["user"].as_str().unwrap_or("").to_string(),
            groups: list_of(&body["spec"]["groups"])
                .iter()
                .map(|s| s.to_string())
                .collect(),
        },
        "SelfSubjectReview" => {
            let mut out = body.clone();
            out["status"] =
                json!({"userInfo": {"username": requester.name, "groups": requester.groups}});
            return Some(out);
        }
        _ => return None,
    };
    let ra = &body["spec"]["resourceAttributes"];
    let s = |k: &str| ra[k].as_str().unwrap_or("").to_string();
    let a = Attrs {
        verb: s("verb"),
        group: s("group"),
        resource: s("resource"),
        subresource: s("subresource"),
        namespace: s("namespace"),
        name: s("name"),
    };
    let mut out = body.clone();
    out["status"] = match store.authorize(&user, &a) {
        Some(reason) => json!({"allowed": true, "reason": reason}),
        None => json!({"allowed": false}),
    };
    if let Some(m) = out.get_mut("metadata").and_then(|m| m.as_object_mut()) {
        m.insert("creationTimestamp".into(), Value::Null);
    }
    Some(out)
}
