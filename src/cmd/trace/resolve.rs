//! Finding the objects `flux trace` starts from: the API resource of a `--kind`/`--api-version`
//! pair or of a kubectl-style `<resource>[.<group>]` type, through discovery (the RESTMapper
//! upstream uses), and the GET of the object. Core code: never prints.

use kube::api::{Api, DynamicObject};
use kube::core::{ApiResource, GroupVersion};
use kube::discovery::{ApiCapabilities, Scope};

use crate::cluster::api_error_text;

/// One object to trace: the object and the kind it is shown as (`--kind` as given, or the
/// server's kind).
pub struct Target {
    /// The object as the API server returned it.
    pub obj: DynamicObject,
    /// The kind printed on the `Object:` line.
    pub shown_kind: String,
    /// The API resource the object was read through.
    pub resource: ApiResource,
}

/// The dynamic API of a resource (namespaced in `ns`, or cluster-wide).
pub fn api(
    client: &kube::Client,
    ar: &ApiResource,
    caps: &ApiCapabilities,
    ns: &str,
) -> Api<DynamicObject> {
    if caps.scope == Scope::Namespaced {
        Api::namespaced_with(client.clone(), ns, ar)
    } else {
        Api::all_with(client.clone(), ar)
    }
}

/// The resource of `kind` in `api_version` (kind matched case-insensitively, as upstream's
/// RESTMapper does); client-go's `no matches for kind …` when there is none.
pub async fn by_kind(
    client: &kube::Client,
    api_version: &str,
    kind: &str,
) -> Result<(ApiResource, ApiCapabilities), String> {
    let (group, version) = api_version.rsplit_once('/').unwrap_or(("", api_version));
    let no_match = || format!("no matches for kind \"{kind}\" in version \"{api_version}\"");
    let gv = GroupVersion::gv(group, version);
    let found = kube::discovery::oneshot::pinned_group(client, &gv)
        .await
        .map_err(|e| match &e {
            kube::Error::Api(s) if s.code == 404 => no_match(),
            _ => api_error_text(&e),
        })?;
    found
        .versioned_resources(version)
        .into_iter()
        .find(|(ar, _)| ar.kind.eq_ignore_ascii_case(kind) && !ar.plural.contains('/'))
        .ok_or_else(no_match)
}

/// kubectl's short names of the built-in resources.
const SHORT_NAMES: &[(&str, &str)] = &[
    ("cm", "configmaps"),
    ("crd", "customresourcedefinitions"),
    ("crds", "customresourcedefinitions"),
    ("cj", "cronjobs"),
    ("ds", "daemonsets"),
    ("deploy", "deployments"),
    ("ep", "endpoints"),
    ("ev", "events"),
    ("hpa", "horizontalpodautoscalers"),
    ("ing", "ingresses"),
    ("netpol", "networkpolicies"),
    ("no", "nodes"),
    ("ns", "namespaces"),
    ("pdb", "poddisruptionbudgets"),
    ("po", "pods"),
    ("pv", "persistentvolumes"),
    ("pvc", "persistentvolumeclaims"),
    ("rs", "replicasets"),
    ("sa", "serviceaccounts"),
    ("sts", "statefulsets"),
    ("svc", "services"),
];

/// The resource of a kubectl-style type (`deployment`, `deployments`, `deploy`,
/// `deployment.apps`, `gitrepo`), searching every discovered group (core first).
pub fn by_type(
    discovery: &kube::Discovery,
    typ: &str,
) -> Result<(ApiResource, ApiCapabilities), String> {
    let lower = typ.to_ascii_lowercase();
    let (res, group) = match lower.split_once('.') {
        Some((r, g)) => (r.to_string(), Some(g.to_string())),
        None => (lower.clone(), None),
    };
    let mut names = vec![res.clone()];
    if let Some((_, plural)) = SHORT_NAMES.iter().find(|(s, _)| *s == res) {
        names.push((*plural).to_string());
    }
    for k in crate::kinds::ALL.iter() {
        if k.short_names.contains(&res.as_str()) {
            names.push(k.plural.to_string());
        }
    }
    for g in discovery.groups() {
        if group.as_deref().is_some_and(|want| want != g.name()) {
            continue;
        }
        for (ar, caps) in g.recommended_resources() {
            let kind = ar.kind.to_ascii_lowercase();
            if names.iter().any(|n| *n == ar.plural || *n == kind) {
                return Ok((ar, caps));
            }
        }
    }
    Err(format!("the server doesn't have a resource type \"{typ}\""))
}

/// Every API group the server serves (one discovery for all the `<resource>` arguments).
pub async fn discover(client: &kube::Client) -> Result<kube::Discovery, String> {
    kube::Discovery::new(client.clone())
        .run()
        .await
        .map_err(|e| api_error_text(&e))
}

/// The usage error of a missing or malformed object argument.
pub const USAGE: &str =
    "either `<resource>/<name>` or `<resource> <name>` is required as an argument";

/// Splits kubectl-style arguments into (type, name) pairs.
pub fn split_args(args: &[String]) -> Result<Vec<(String, String)>, String> {
    if args.is_empty() {
        return Err(USAGE.into());
    }
    if args.iter().all(|a| a.contains('/')) {
        return args
            .iter()
            .map(|a| match a.split_once('/') {
                Some((t, n)) if !t.is_empty() && !n.is_empty() => {
                    Ok((t.to_string(), n.to_string()))
                }
                _ => Err(USAGE.to_string()),
            })
            .collect();
    }
    if args.len() < 2 || args.iter().any(|a| a.contains('/')) {
        return Err(USAGE.into());
    }
    Ok(args[1..]
        .iter()
        .map(|n| (args[0].clone(), n.clone()))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn argument_forms() {
        let s = |v: &[&str]| split_args(&v.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(
            s(&["deployment/a", "svc/b"]).expect("ok"),
            vec![
                ("deployment".into(), "a".into()),
                ("svc".into(), "b".into())
            ]
        );
        assert_eq!(
            s(&["deployment", "a", "b"]).expect("ok"),
            vec![
                ("deployment".into(), "a".into()),
                ("deployment".into(), "b".into())
            ]
        );
        assert!(s(&[]).is_err());
        assert!(s(&["deployment"]).is_err());
        assert!(s(&["deployment", "svc/b"]).is_err());
        assert!(s(&["/a"]).is_err());
    }
}
