//! Writing Flux objects and waiting for their controllers: create-or-update of generated
//! objects (`flux create` without `--export`), the reconcile request annotation, the
//! suspend/resume patches, the readiness and reconcile-handled waits with their error texts, and
//! waiting for many objects at once in `dependsOn` order. Mirrors upstream
//! `cmd/flux/{reconcile,suspend,resume,create_*}.go` and `readiness.go`. Core code: never prints.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use futures::FutureExt;
use futures::future::Shared;
use kube::api::{Api, DynamicObject, Patch, PatchParams, PostParams};
use kube::core::ApiResource;
use serde_json::{Value, json};
use tokio::time::Instant;

use super::wait::{self, Verdict, WaitError};
use crate::kinds::{self, KindInfo, readiness};

/// `reconcile.fluxcd.io/requestedAt`.
pub const REQUESTED_AT: &str = "reconcile.fluxcd.io/requestedAt";
/// `reconcile.fluxcd.io/forceAt` (HelmRelease `--force`).
pub const FORCE_AT: &str = "reconcile.fluxcd.io/forceAt";
/// `reconcile.fluxcd.io/resetAt` (HelmRelease `--reset`).
pub const RESET_AT: &str = "reconcile.fluxcd.io/resetAt";
/// Where `suspend --reason` records why an object was suspended (flux-rs addition).
pub const SUSPEND_REASON: &str = "flux-rs.io/suspend-reason";

/// What a create-or-update did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upserted {
    /// The object did not exist and was created.
    Created,
    /// The object existed and was updated.
    Updated,
    /// The object existed with the same labels and content; nothing was sent.
    Unchanged,
}

/// The API resource of an object's `apiVersion`/`kind`: the Flux kinds from the kinds table,
/// plus the core kinds `create` writes (Secret, Namespace, ServiceAccount, RoleBinding).
/// The flag says whether the resource is namespaced.
pub fn resource_of(api_version: &str, kind: &str) -> Option<(ApiResource, bool)> {
    if let Some(k) = kinds::by_kind(kind) {
        return Some((k.api_resource(), true));
    }
    let (group, version) = api_version.split_once('/').unwrap_or(("", api_version));
    let (plural, namespaced) = match kind {
        "Secret" => ("secrets", true),
        "ConfigMap" => ("configmaps", true),
        "ServiceAccount" => ("serviceaccounts", true),
        "Namespace" => ("namespaces", false),
        "RoleBinding" => ("rolebindings", true),
        _ => return None,
    };
    Some((
        ApiResource {
            group: group.to_string(),
            version: version.to_string(),
            api_version: api_version.to_string(),
            kind: kind.to_string(),
            plural: plural.to_string(),
        },
        namespaced,
    ))
}

/// The dynamic API for a generated object (its namespace, or cluster-wide).
pub fn api_for(client: &kube::Client, obj: &Value) -> Result<Api<DynamicObject>, String> {
    let api_version = obj["apiVersion"].as_str().unwrap_or("");
    let kind = obj["kind"].as_str().unwrap_or("");
    let (ar, namespaced) = resource_of(api_version, kind)
        .ok_or_else(|| format!("no matches for kind \"{kind}\" in version \"{api_version}\""))?;
    let ns = obj["metadata"]["namespace"].as_str().unwrap_or("");
    Ok(if namespaced {
        Api::namespaced_with(client.clone(), ns, &ar)
    } else {
        Api::all_with(client.clone(), &ar)
    })
}

/// The top-level fields an update replaces (everything but identity, metadata and status).
fn content(obj: &Value) -> BTreeMap<String, Value> {
    obj.as_object()
        .into_iter()
        .flatten()
        .filter(|(k, _)| !matches!(k.as_str(), "apiVersion" | "kind" | "metadata" | "status"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// How an existing object takes the generated one's content on update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Merge {
    /// Flux objects and most kinds: labels and every content field replaced (upstream copies
    /// `labels` and `spec`).
    Replace,
    /// Secrets: `stringData` replaces, labels and annotations merged key by key, old `data`
    /// keys survive (upstream `upsertSecret`).
    Secret,
    /// Namespaces and ServiceAccounts: only the labels are updated.
    Labels,
    /// RoleBindings: labels and content compared; when they differ the object is deleted and
    /// created again (`roleRef` is immutable).
    Recreate,
}

/// Create-or-update of a generated object: GET; absent → CREATE; else the existing object keeps
/// its metadata, takes the new labels and content, and is UPDATEd (not sent when nothing would
/// change).
pub async fn upsert(
    api: &Api<DynamicObject>,
    obj: &Value,
    merge: Merge,
) -> Result<(Upserted, DynamicObject), kube::Error> {
    let name = obj["metadata"]["name"].as_str().unwrap_or("").to_string();
    let desired: DynamicObject =
        serde_json::from_value(obj.clone()).map_err(kube::Error::SerdeError)?;
    let existing = match api.get(&name).await {
        Ok(o) => o,
        Err(e) if super::is_not_found(&e) => {
            let created = api.create(&PostParams::default(), &desired).await?;
            return Ok((Upserted::Created, created));
        }
        Err(e) => return Err(e),
    };
    let mut current = serde_json::to_value(&existing).map_err(kube::Error::SerdeError)?;
    let before = current.clone();
    let labels = obj["metadata"]["labels"].clone();
    match merge {
        Merge::Labels => {
            if labels.is_null() {
                if let Some(m) = current["metadata"].as_object_mut() {
                    m.remove("labels");
                }
            } else {
                current["metadata"]["labels"] = labels;
            }
        }
        Merge::Recreate => {
            let same_labels = current["metadata"]["labels"] == labels
                || (labels.is_null() && current["metadata"]["labels"] == json!({}));
            if same_labels && content(&current) == content(obj) {
                return Ok((Upserted::Unchanged, existing));
            }
            api.delete(&name, &kube::api::DeleteParams::default())
                .await?;
            super::wait::until_deleted(api, &name, Duration::from_secs(30))
                .await
                .map_err(|_| {
                    kube::Error::Api(
                        kube::core::Status::failure(
                            &format!("timed out waiting for {name} to be deleted"),
                            "Timeout",
                        )
                        .with_code(504)
                        .boxed(),
                    )
                })?;
            let created = api.create(&PostParams::default(), &desired).await?;
            return Ok((Upserted::Updated, created));
        }
        Merge::Replace => {
            if labels.is_null() {
                if let Some(m) = current["metadata"].as_object_mut() {
                    m.remove("labels");
                }
            } else {
                current["metadata"]["labels"] = labels;
            }
            let keep: BTreeMap<String, Value> = content(&current);
            if let Some(m) = current.as_object_mut() {
                for k in keep.keys() {
                    m.remove(k);
                }
                for (k, v) in content(obj) {
                    m.insert(k, v);
                }
            }
        }
        Merge::Secret => {
            for field in ["labels", "annotations"] {
                if let Some(new) = obj["metadata"][field].as_object() {
                    if !current["metadata"][field].is_object() {
                        current["metadata"][field] = json!({});
                    }
                    for (k, v) in new {
                        current["metadata"][field][k] = v.clone();
                    }
                }
            }
            // `stringData` is write-only: the server folds it into `data`, so compare there.
            if let Some(sd) = obj["stringData"].as_object() {
                use base64::Engine;
                let b64 = base64::engine::general_purpose::STANDARD;
                if !current["data"].is_object() {
                    current["data"] = json!({});
                }
                for (k, v) in sd {
                    current["data"][k] = json!(b64.encode(v.as_str().unwrap_or("").as_bytes()));
                }
            }
            if let Some(d) = obj["data"].as_object() {
                if !current["data"].is_object() {
                    current["data"] = json!({});
                }
                for (k, v) in d {
                    current["data"][k] = v.clone();
                }
            }
            if let Some(t) = obj.get("type") {
                current["type"] = t.clone();
            }
        }
    }
    if current == before {
        return Ok((Upserted::Unchanged, existing));
    }
    let updated: DynamicObject =
        serde_json::from_value(current).map_err(kube::Error::SerdeError)?;
    // What the server would store (defaults applied): when that is what it has, nothing changes.
    let dry = PostParams {
        dry_run: true,
        ..PostParams::default()
    };
    let would_be = api.replace(&name, &dry, &updated).await?;
    let stored = |o: &DynamicObject| {
        let v = serde_json::to_value(o).unwrap_or(Value::Null);
        (
            v["metadata"]["labels"].clone(),
            v["metadata"]["annotations"].clone(),
            content(&v),
        )
    };
    if stored(&would_be) == stored(&existing) {
        return Ok((Upserted::Unchanged, existing));
    }
    let updated = api.replace(&name, &PostParams::default(), &updated).await?;
    Ok((Upserted::Updated, updated))
}

/// Whether a 409 is worth retrying (client-go `retry.DefaultBackoff`: 4 attempts, 10 ms × 5).
async fn with_conflict_retry<T, F, Fut>(mut op: F) -> Result<T, kube::Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, kube::Error>>,
{
    let mut delay = Duration::from_millis(10);
    let mut attempt = 1;
    loop {
        match op().await {
            Err(e) if super::is_conflict(&e) && attempt < 4 => {
                tokio::time::sleep(delay).await;
                delay *= 5;
                attempt += 1;
            }
            r => return r,
        }
    }
}

/// Requests a reconciliation: merge-patches `requestedAt` (and the extra annotations, e.g.
/// `forceAt`) to `token`, retried on 409 Conflict.
pub async fn request_reconcile(
    api: &Api<DynamicObject>,
    name: &str,
    token: &str,
    extra: &[&str],
) -> Result<DynamicObject, kube::Error> {
    let mut annotations = serde_json::Map::new();
    annotations.insert(REQUESTED_AT.into(), json!(token));
    for a in extra {
        annotations.insert((*a).into(), json!(token));
    }
    let patch = json!({"metadata": {"annotations": annotations}});
    let params = PatchParams::default();
    let (patch, params) = (&patch, &params);
    with_conflict_retry(|| async move { api.patch(name, params, &Patch::Merge(patch)).await }).await
}

/// The merge patch that suspends an object (`{"spec":{"suspend":true}}`, `{}` when it already
/// is), recording `reason` in the suspend-reason annotation when given.
pub fn suspend_patch(obj: &DynamicObject, reason: Option<&str>) -> Value {
    let mut patch = json!({});
    if obj.data["spec"]["suspend"] != json!(true) {
        patch["spec"] = json!({"suspend": true});
    }
    if let Some(r) = reason
        && super::objects::annotation(obj, SUSPEND_REASON) != Some(r)
    {
        patch["metadata"] = json!({"annotations": {SUSPEND_REASON: r}});
    }
    patch
}

/// The merge patch that resumes an object (`{"spec":{"suspend":null}}`, `{}` when it is not
/// suspended), dropping a recorded suspend reason.
pub fn resume_patch(obj: &DynamicObject) -> Value {
    let mut patch = json!({});
    if obj.data["spec"]
        .get("suspend")
        .is_some_and(|v| !v.is_null())
    {
        patch["spec"] = json!({"suspend": null});
    }
    if super::objects::annotation(obj, SUSPEND_REASON).is_some() {
        patch["metadata"] = json!({"annotations": {SUSPEND_REASON: null}});
    }
    patch
}

/// Sends a merge patch (also an empty `{}`, as upstream does).
pub async fn patch(
    api: &Api<DynamicObject>,
    name: &str,
    patch: &Value,
) -> Result<DynamicObject, kube::Error> {
    api.patch(name, &PatchParams::default(), &Patch::Merge(patch))
        .await
}

fn verdict(r: Result<bool, String>) -> Verdict {
    match r {
        Ok(true) => Verdict::Done,
        Ok(false) => Verdict::Pending,
        Err(m) => Verdict::Failed(m),
    }
}

/// Waits until `kind`'s readiness rule holds (resume, create).
pub async fn wait_ready(
    api: &Api<DynamicObject>,
    kind: &'static KindInfo,
    name: &str,
    timeout: Duration,
) -> Result<DynamicObject, WaitError> {
    wait::until(api, name, timeout, |o| {
        verdict(readiness::is_ready(kind, &super::objects::to_json(o)))
    })
    .await
}

/// Waits until the controller handled the request made after `previous` (a
/// `status.lastHandledReconcileAt` other than `previous`) and kstatus is Current; kstatus
/// Failed/Terminating after the request was handled ends the wait with its message.
pub async fn wait_handled(
    api: &Api<DynamicObject>,
    name: &str,
    previous: &str,
    timeout: Duration,
) -> Result<DynamicObject, WaitError> {
    wait::until(api, name, timeout, |o| {
        let json = super::objects::to_json(o);
        let handled = json
            .pointer("/status/lastHandledReconcileAt")
            .and_then(Value::as_str)
            .unwrap_or("");
        if handled == previous {
            return Verdict::Pending;
        }
        let ks = readiness::kstatus(&json);
        match ks.status {
            readiness::Status::Current => Verdict::Done,
            readiness::Status::InProgress => Verdict::Pending,
            _ => Verdict::Failed(ks.message),
        }
    })
    .await
}

/// The text of a failed wait: upstream's text, with what the object's conditions were folded
/// in on a timeout (`context deadline exceeded (last seen: Ready=False (…): …)`).
pub fn wait_error_text(err: &WaitError, kind: &KindInfo, name: &str) -> String {
    match err {
        WaitError::Timeout(Some(obj)) => format!(
            "{} (last seen: {})",
            WaitError::DEADLINE,
            wait::describe_conditions(obj)
        ),
        WaitError::Timeout(None) => WaitError::DEADLINE.to_string(),
        WaitError::Failed(m, _) => m.clone(),
        WaitError::NotFound => format!("{}.{} \"{name}\" not found", kind.plural, kind.group),
        WaitError::Api(e) => super::api_error_text(e),
    }
}

/// The `Ready` condition's status and message, if the object has one.
pub fn ready_condition(obj: &DynamicObject) -> Option<(String, String)> {
    let json = super::objects::to_json(obj);
    readiness::find_condition(&json, "Ready").map(|c| {
        let s = |k: &str| c.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        (s("status"), s("message"))
    })
}

fn str_at<'a>(v: &'a Value, ptr: &str) -> &'a str {
    v.pointer(ptr).and_then(Value::as_str).unwrap_or("")
}

/// What `✔ …` says after a successful reconciliation of `obj` (operate.md §2.5). Times are
/// given as the API returned them.
pub fn success_message(kind: &KindInfo, obj: &DynamicObject) -> String {
    let o = super::objects::to_json(obj);
    match kind.kind {
        "GitRepository" | "OCIRepository" | "Bucket" | "HelmChart" | "HelmRepository" => {
            if kind.kind == "HelmRepository" && str_at(&o, "/spec/type") == "oci" {
                return ready_condition(obj).map(|(_, m)| m).unwrap_or_default();
            }
            format!(
                "fetched revision {}",
                str_at(&o, "/status/artifact/revision")
            )
        }
        "Kustomization" => format!(
            "applied revision {}",
            str_at(&o, "/status/lastAppliedRevision")
        ),
        "HelmRelease" => format!("applied revision {}", helm_release_revision(&o)),
        "ImageRepository" => format!(
            "scan fetched {} tags",
            o.pointer("/status/lastScanResult/tagCount")
                .and_then(Value::as_i64)
                .unwrap_or(0)
        ),
        "ImagePolicy" => {
            let mut s = format!(
                "selected ref {}:{}",
                str_at(&o, "/status/latestRef/name"),
                str_at(&o, "/status/latestRef/tag")
            );
            let digest = str_at(&o, "/status/latestRef/digest");
            if !digest.is_empty() {
                s.push('@');
                s.push_str(digest);
            }
            s
        }
        "ImageUpdateAutomation" => {
            if let Some((_, m)) = ready_condition(obj).filter(|(_, m)| !m.is_empty()) {
                return m;
            }
            let last = str_at(&o, "/status/lastAutomationRunTime");
            if last.is_empty() {
                "automation not yet run".to_string()
            } else {
                format!("last run {last}")
            }
        }
        other => format!("{other} reconciliation completed"),
    }
}

/// A HelmRelease's revision: the newest history entry's chart version, else
/// `status.lastAttemptedRevision`.
pub fn helm_release_revision(o: &Value) -> String {
    let history = str_at(o, "/status/history/0/chartVersion");
    if history.is_empty() {
        str_at(o, "/status/lastAttemptedRevision").to_string()
    } else {
        history.to_string()
    }
}

/// One object of a bulk wait.
pub struct Pending {
    /// `namespace/name`.
    pub key: String,
    /// The `namespace/name` of the objects it depends on (`spec.dependsOn`).
    pub depends_on: Vec<String>,
    /// The wait itself.
    pub wait: Pin<Box<dyn Future<Output = Result<DynamicObject, String>>>>,
}

/// The `namespace/name` keys of `spec.dependsOn` (namespace defaults to the object's).
pub fn depends_on(obj: &DynamicObject) -> Vec<String> {
    let ns = obj.metadata.namespace.clone().unwrap_or_default();
    obj.data["spec"]["dependsOn"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|d| {
            format!(
                "{}/{}",
                d["namespace"]
                    .as_str()
                    .filter(|s| !s.is_empty())
                    .unwrap_or(&ns),
                d["name"].as_str().unwrap_or("")
            )
        })
        .collect()
}

type Outcome = Result<DynamicObject, String>;
type SharedWait = Shared<Pin<Box<dyn Future<Output = Outcome>>>>;

/// Runs every wait concurrently, each starting only after the waits of the objects it depends
/// on (among `items`) finished (cycles are broken at the first edge that closes one). Results
/// come back in the order of `items`.
pub async fn wait_all(items: Vec<Pending>) -> Vec<(String, Outcome)> {
    let keys: Vec<String> = items.iter().map(|i| i.key.clone()).collect();
    let mut by_key: HashMap<String, Pending> =
        items.into_iter().map(|i| (i.key.clone(), i)).collect();
    let mut built: HashMap<String, SharedWait> = HashMap::new();
    fn build(
        key: &str,
        by_key: &mut HashMap<String, Pending>,
        built: &mut HashMap<String, SharedWait>,
        visiting: &mut HashSet<String>,
    ) {
        if built.contains_key(key) || !visiting.insert(key.to_string()) {
            return;
        }
        let Some(item) = by_key.remove(key) else {
            return;
        };
        let mut deps = Vec::new();
        for d in &item.depends_on {
            build(d, by_key, built, visiting);
            if let Some(f) = built.get(d) {
                deps.push(f.clone());
            }
        }
        let wait = item.wait;
        let fut: Pin<Box<dyn Future<Output = Outcome>>> = Box::pin(async move {
            for d in deps {
                let _ = d.await;
            }
            wait.await
        });
        built.insert(key.to_string(), fut.shared());
        visiting.remove(key);
    }
    for k in &keys {
        build(k, &mut by_key, &mut built, &mut HashSet::new());
    }
    let futs = keys.iter().map(|k| {
        let f = built.get(k).cloned();
        async move {
            match f {
                Some(f) => f.await,
                None => Err("internal error: wait not scheduled".to_string()),
            }
        }
    });
    let results = futures::future::join_all(futs).await;
    keys.into_iter().zip(results).collect()
}

/// The time left until `deadline`.
pub fn remaining(deadline: Instant) -> Duration {
    deadline.saturating_duration_since(Instant::now())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(v: Value) -> DynamicObject {
        serde_json::from_value(v).expect("object")
    }

    #[test]
    fn suspend_and_resume_patches_are_minimal() {
        let running =
            obj(json!({"apiVersion": "v1", "kind": "X", "metadata": {"name": "a"}, "spec": {}}));
        let suspended = obj(json!({"apiVersion": "v1", "kind": "X",
            "metadata": {"name": "a", "annotations": {SUSPEND_REASON: "why"}}, "spec": {"suspend": true}}));
        assert_eq!(
            suspend_patch(&running, None),
            json!({"spec": {"suspend": true}})
        );
        assert_eq!(suspend_patch(&suspended, None), json!({}));
        assert_eq!(suspend_patch(&suspended, Some("why")), json!({}));
        assert_eq!(
            suspend_patch(&running, Some("why")),
            json!({"spec": {"suspend": true}, "metadata": {"annotations": {SUSPEND_REASON: "why"}}})
        );
        assert_eq!(resume_patch(&running), json!({}));
        assert_eq!(
            resume_patch(&suspended),
            json!({"spec": {"suspend": null}, "metadata": {"annotations": {SUSPEND_REASON: null}}})
        );
    }

    #[test]
    fn wait_errors_fold_the_conditions_into_upstreams_text() {
        let o = obj(
            json!({"apiVersion": "v1", "kind": "GitRepository", "metadata": {"name": "a"},
            "status": {"conditions": [{"type": "Ready", "status": "False", "reason": "Progressing", "message": "fetching"}]}}),
        );
        let k = &kinds::GIT_REPOSITORY;
        assert_eq!(
            wait_error_text(&WaitError::Timeout(Some(Box::new(o))), k, "a"),
            "context deadline exceeded (last seen: Ready=False (Progressing): fetching)"
        );
        assert_eq!(
            wait_error_text(&WaitError::Timeout(None), k, "a"),
            "context deadline exceeded"
        );
        assert_eq!(
            wait_error_text(&WaitError::NotFound, k, "a"),
            "gitrepositories.source.toolkit.fluxcd.io \"a\" not found"
        );
    }

    #[test]
    fn success_messages_per_kind() {
        let o = |v: Value| obj(v);
        assert_eq!(
            success_message(
                &kinds::IMAGE_POLICY,
                &o(
                    json!({"apiVersion": "v1", "kind": "ImagePolicy", "metadata": {"name": "a"},
                "status": {"latestRef": {"name": "ghcr.io/x", "tag": "1.0", "digest": "sha256:ab"}}})
                )
            ),
            "selected ref ghcr.io/x:1.0@sha256:ab"
        );
        assert_eq!(
            success_message(
                &kinds::HELM_RELEASE,
                &o(
                    json!({"apiVersion": "v1", "kind": "HelmRelease", "metadata": {"name": "a"},
                "status": {"lastAttemptedRevision": "2.0.0"}})
                )
            ),
            "applied revision 2.0.0"
        );
        assert_eq!(
            success_message(
                &kinds::IMAGE_REPOSITORY,
                &o(
                    json!({"apiVersion": "v1", "kind": "ImageRepository", "metadata": {"name": "a"}})
                )
            ),
            "scan fetched 0 tags"
        );
        assert_eq!(
            success_message(
                &kinds::RECEIVER,
                &o(json!({"apiVersion": "v1", "kind": "Receiver", "metadata": {"name": "a"}}))
            ),
            "Receiver reconciliation completed"
        );
    }

    #[test]
    fn wait_all_runs_dependencies_first_and_survives_cycles() {
        let order = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        let item = |key: &str, deps: &[&str], delay: u64| {
            let order = order.clone();
            let k = key.to_string();
            Pending {
                key: key.to_string(),
                depends_on: deps.iter().map(|d| d.to_string()).collect(),
                wait: Box::pin(async move {
                    tokio::time::sleep(Duration::from_millis(delay)).await;
                    order.borrow_mut().push(k);
                    Err("x".to_string())
                }),
            }
        };
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let results = rt.block_on(wait_all(vec![
            item("ns/app", &["ns/base"], 0),
            item("ns/base", &[], 30),
            item("ns/other", &[], 0),
            item("ns/c1", &["ns/c2"], 0),
            item("ns/c2", &["ns/c1"], 0),
        ]));
        assert_eq!(
            results.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
            ["ns/app", "ns/base", "ns/other", "ns/c1", "ns/c2"]
        );
        let order = order.borrow();
        let pos = |k: &str| order.iter().position(|x| x == k).expect("ran");
        assert!(pos("ns/base") < pos("ns/app"));
        assert!(pos("ns/other") < pos("ns/base"));
        assert_eq!(order.len(), 5);
    }
}
