//! Server-side apply of generated components the way flux does it (`flux2:
//! internal/utils/apply.go`, `fluxcd/pkg/ssa` `ApplyAllStaged`): field manager `flux`, forced
//! ownership, two stages (CRDs, Namespaces and ClusterRoles first, waited for; then the
//! rest), dry-run of every object of a stage before any write, unchanged objects not written,
//! and the change set (`created`, `configured`, `unchanged`). Also the Deployment health wait.

use std::collections::HashMap;
use std::time::Duration;

use kube::api::{Api, DynamicObject, Patch, PatchParams};
use kube::core::GroupVersionKind;
use kube::discovery::{ApiResource, Scope};
use serde_json::Value;

use crate::cluster::wait::{self, Verdict, WaitError};

/// The field manager flux applies with.
pub const FIELD_MANAGER: &str = "flux";

/// What applying one object did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// It did not exist.
    Created,
    /// It existed and changed.
    Configured,
    /// It existed and is as desired (not written).
    Unchanged,
}

impl Action {
    /// The word flux prints.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Created => "created",
            Self::Configured => "configured",
            Self::Unchanged => "unchanged",
        }
    }
}

/// One line of the change set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// `Kind/namespace/name` or `Kind/name`.
    pub id: String,
    /// What happened.
    pub action: Action,
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.id, self.action.as_str())
    }
}

/// An apply that stopped: what was already written, and why it stopped.
#[derive(Debug)]
pub struct ApplyError {
    /// Objects written (or found unchanged) before the failure.
    pub applied: Vec<Change>,
    /// The failure.
    pub message: String,
}

/// `Kind/namespace/name` (or `Kind/name`) of an object.
pub fn object_id(o: &Value) -> String {
    let kind = o["kind"].as_str().unwrap_or("");
    let name = o["metadata"]["name"].as_str().unwrap_or("");
    match o["metadata"]["namespace"]
        .as_str()
        .filter(|s| !s.is_empty())
    {
        Some(ns) => format!("{kind}/{ns}/{name}"),
        None => format!("{kind}/{name}"),
    }
}

const RANK: &[&str] = &[
    "CustomResourceDefinition",
    "Namespace",
    "ClusterRole",
    "ClusterClass",
    "RuntimeClass",
    "PriorityClass",
    "StorageClass",
    "VolumeSnapshotClass",
    "IngressClass",
    "GatewayClass",
    "ClusterRoleBinding",
    "ResourceQuota",
    "ServiceAccount",
    "Role",
    "RoleBinding",
    "ConfigMap",
    "Secret",
    "Service",
    "LimitRange",
    "Deployment",
    "StatefulSet",
    "CronJob",
    "PodDisruptionBudget",
];

fn rank(kind: &str) -> usize {
    match kind {
        "MutatingWebhookConfiguration" => RANK.len() + 1,
        "ValidatingWebhookConfiguration" => RANK.len() + 2,
        _ => RANK.iter().position(|k| *k == kind).unwrap_or(RANK.len()),
    }
}

/// Sorts objects in flux's apply order (kind rank, then group, kind, namespace, name).
pub fn sort_for_apply(objs: &mut [Value]) {
    objs.sort_by_cached_key(|o| {
        let av = o["apiVersion"].as_str().unwrap_or("");
        let group = av
            .rsplit_once('/')
            .map(|(g, _)| g)
            .unwrap_or("")
            .to_string();
        let kind = o["kind"].as_str().unwrap_or("").to_string();
        (
            rank(&kind),
            group,
            kind,
            o["metadata"]["namespace"]
                .as_str()
                .unwrap_or("")
                .to_string(),
            o["metadata"]["name"].as_str().unwrap_or("").to_string(),
        )
    });
}

fn is_stage_one(kind: &str) -> bool {
    matches!(
        kind,
        "CustomResourceDefinition" | "Namespace" | "ClusterRole"
    )
}

fn gvk_of(o: &Value) -> GroupVersionKind {
    let av = o["apiVersion"].as_str().unwrap_or("");
    let (g, v) = av.rsplit_once('/').unwrap_or(("", av));
    GroupVersionKind::gvk(g, v, o["kind"].as_str().unwrap_or(""))
}

/// An `Api` per object, from discovery (cached per kind).
struct Apis {
    client: kube::Client,
    cache: HashMap<String, (ApiResource, bool)>,
}

impl Apis {
    async fn api_for(&mut self, o: &Value) -> Result<Api<DynamicObject>, String> {
        let gvk = gvk_of(o);
        let key = format!("{}/{}/{}", gvk.group, gvk.version, gvk.kind);
        if !self.cache.contains_key(&key) {
            let (ar, caps) = kube::discovery::pinned_kind(&self.client, &gvk)
                .await
                .map_err(|e| match &e {
                    kube::Error::Discovery(_) => format!(
                        "{} apply failed: no matches for kind \"{}\" in version \"{}\"",
                        object_id(o),
                        gvk.kind,
                        o["apiVersion"].as_str().unwrap_or("")
                    ),
                    _ => format!(
                        "{} apply failed: {}",
                        object_id(o),
                        crate::cluster::api_error_text(&e)
                    ),
                })?;
            self.cache
                .insert(key.clone(), (ar, matches!(caps.scope, Scope::Namespaced)));
        }
        let (ar, namespaced) = &self.cache[&key];
        Ok(match o["metadata"]["namespace"].as_str() {
            Some(ns) if *namespaced => Api::namespaced_with(self.client.clone(), ns, ar),
            _ => Api::all_with(self.client.clone(), ar),
        })
    }
}

/// The parts of an object that say whether applying changed anything.
fn comparable(o: &Value) -> Value {
    let mut o = o.clone();
    if let Some(m) = o.get_mut("metadata").and_then(Value::as_object_mut) {
        for k in [
            "managedFields",
            "resourceVersion",
            "generation",
            "creationTimestamp",
            "uid",
        ] {
            m.remove(k);
        }
    }
    if let Some(m) = o.as_object_mut() {
        m.remove("status");
    }
    o
}

fn reason_of(e: &kube::Error) -> String {
    match e {
        kube::Error::Api(s) if !s.reason.is_empty() => format!(" ({})", s.reason),
        _ => String::new(),
    }
}

async fn apply_stage(
    apis: &mut Apis,
    objs: &[Value],
    applied: &mut Vec<Change>,
) -> Result<(), String> {
    let name_of = |o: &Value| o["metadata"]["name"].as_str().unwrap_or("").to_string();
    let mut plan = Vec::new();
    for o in objs {
        let api = apis.api_for(o).await?;
        let name = name_of(o);
        let existing = match api.get(&name).await {
            Ok(e) => Some(e),
            Err(e) if crate::cluster::is_not_found(&e) => None,
            Err(e) => {
                return Err(format!(
                    "{} get failed{}: {}",
                    object_id(o),
                    reason_of(&e),
                    crate::cluster::api_error_text(&e)
                ));
            }
        };
        let dry = PatchParams::apply(FIELD_MANAGER).force().dry_run();
        let result = api
            .patch(&name, &dry, &Patch::Apply(o))
            .await
            .map_err(|e| {
                format!(
                    "{} dry-run failed{}: {}",
                    object_id(o),
                    reason_of(&e),
                    crate::cluster::api_error_text(&e)
                )
            })?;
        let action = match existing {
            None => Action::Created,
            Some(e) => {
                let before = comparable(&serde_json::to_value(&e).unwrap_or(Value::Null));
                let after = comparable(&serde_json::to_value(&result).unwrap_or(Value::Null));
                if before == after {
                    Action::Unchanged
                } else {
                    Action::Configured
                }
            }
        };
        plan.push((o, api, action));
    }
    for (o, api, action) in plan {
        if action != Action::Unchanged {
            let pp = PatchParams::apply(FIELD_MANAGER).force();
            api.patch(&name_of(o), &pp, &Patch::Apply(o))
                .await
                .map_err(|e| {
                    format!(
                        "{} apply failed{}: {}",
                        object_id(o),
                        reason_of(&e),
                        crate::cluster::api_error_text(&e)
                    )
                })?;
        }
        applied.push(Change {
            id: object_id(o),
            action,
        });
    }
    Ok(())
}

fn crd_established(o: &DynamicObject) -> Verdict {
    let conds = o.data["status"]["conditions"].as_array();
    let est = conds.is_some_and(|c| {
        c.iter()
            .any(|c| c["type"] == "Established" && c["status"] == "True")
    });
    if est { Verdict::Done } else { Verdict::Pending }
}

async fn wait_stage_one(apis: &mut Apis, objs: &[Value], timeout: Duration) -> Result<(), String> {
    for o in objs
        .iter()
        .filter(|o| o["kind"] == "CustomResourceDefinition")
    {
        let api = apis.api_for(o).await?;
        let name = o["metadata"]["name"].as_str().unwrap_or("");
        match wait::until(&api, name, timeout, crd_established).await {
            Ok(_) => {}
            Err(WaitError::Timeout(_)) => {
                return Err(format!(
                    "timeout waiting for: [{} status: 'InProgress']",
                    object_id(o)
                ));
            }
            Err(WaitError::Api(e)) => return Err(crate::cluster::api_error_text(&e)),
            Err(WaitError::NotFound) => {
                return Err(format!("{} not found", object_id(o)));
            }
            Err(WaitError::Failed(m, _)) => return Err(m),
        }
    }
    Ok(())
}

/// Applies the objects in two stages; stage-one objects must become ready within
/// `stage_timeout`. Returns the change set in apply order.
pub async fn apply_all_staged(
    client: &kube::Client,
    objects: &[Value],
    stage_timeout: Duration,
) -> Result<Vec<Change>, ApplyError> {
    let mut objs = objects.to_vec();
    sort_for_apply(&mut objs);
    let (first, second): (Vec<Value>, Vec<Value>) = objs
        .into_iter()
        .partition(|o| is_stage_one(o["kind"].as_str().unwrap_or("")));
    let mut apis = Apis {
        client: client.clone(),
        cache: HashMap::new(),
    };
    let mut applied = Vec::new();
    let fail = |applied: Vec<Change>, message: String| ApplyError { applied, message };
    if let Err(m) = apply_stage(&mut apis, &first, &mut applied).await {
        return Err(fail(applied, m));
    }
    if let Err(m) = wait_stage_one(&mut apis, &first, stage_timeout).await {
        return Err(fail(applied, m));
    }
    if let Err(m) = apply_stage(&mut apis, &second, &mut applied).await {
        return Err(fail(applied, m));
    }
    Ok(applied)
}

/// kstatus `Current` for a Deployment: observed the latest generation and every replica
/// updated, ready and available.
pub fn deployment_current(o: &DynamicObject) -> Verdict {
    let d = &o.data;
    let generation = o.metadata.generation.unwrap_or(0);
    let status = &d["status"];
    if status["observedGeneration"].as_i64().unwrap_or(-1) < generation {
        return Verdict::Pending;
    }
    let want = d["spec"]["replicas"].as_i64().unwrap_or(1);
    let n = |k: &str| status[k].as_i64().unwrap_or(0);
    if n("updatedReplicas") < want || n("readyReplicas") < want || n("availableReplicas") < want {
        return Verdict::Pending;
    }
    if n("replicas") > n("updatedReplicas") {
        return Verdict::Pending;
    }
    let available = status["conditions"].as_array().is_none_or(|c| {
        c.iter()
            .filter(|c| c["type"] == "Available")
            .all(|c| c["status"] == "True")
    });
    if available {
        Verdict::Done
    } else {
        Verdict::Pending
    }
}

/// How one Deployment ended up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    /// Current.
    Ready,
    /// Gone or never created.
    NotFound,
    /// Not Current before the deadline.
    NotReady,
}

/// Waits (watching, all at once) for the Deployments `names` in `namespace` to become
/// Current within `timeout`. Results sorted by name.
pub async fn wait_deployments(
    client: &kube::Client,
    namespace: &str,
    names: &[String],
    timeout: Duration,
) -> Vec<(String, Health)> {
    let api: Api<DynamicObject> = Api::namespaced_with(
        client.clone(),
        namespace,
        &ApiResource::from_gvk(&GroupVersionKind::gvk("apps", "v1", "Deployment")),
    );
    let waits = names.iter().map(|n| {
        let api = api.clone();
        async move {
            let h = match wait::until(&api, n, timeout, deployment_current).await {
                Ok(_) => Health::Ready,
                Err(WaitError::NotFound) => Health::NotFound,
                Err(_) => Health::NotReady,
            };
            (n.clone(), h)
        }
    });
    let mut out = futures::future::join_all(waits).await;
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}
