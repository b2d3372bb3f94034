//! The API server proper: shared state (object store, resourceVersion counter, watch history),
//! routing of `/api`, `/apis`, `/version` and resource paths, and the REST verbs (get, list,
//! create, update, patch incl. server-side apply, delete, deletecollection, watch).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde_json::{Map, Value, json};
use tokio::sync::{broadcast, mpsc};

use crate::http::{Body, Request, Response};
use crate::registry::{Registry, ResourceType};
use crate::selector::{FieldSelector, LabelSelector};
use crate::status::{ApiError, ApiResult};
use crate::{clock, patch, schema, ssa};

/// Server options.
#[derive(Debug, Clone)]
pub struct Options {
    /// `gitVersion` reported by `/version`, e.g. `v1.33.1`.
    pub server_version: String,
    /// Interval between watch bookmarks when `allowWatchBookmarks=true`.
    pub bookmark_interval: Duration,
    /// Run the fake controllers (Deployments become available, Flux objects reconcile).
    pub controllers: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            server_version: "v1.33.1".into(),
            bookmark_interval: Duration::from_secs(1),
            controllers: false,
        }
    }
}

/// One request as seen by the server, for assertions in tests.
#[derive(Debug, Clone)]
pub struct LoggedRequest {
    pub method: String,
    pub path: String,
    pub query: String,
    pub content_type: Option<String>,
    pub accept: Option<String>,
    pub user_agent: Option<String>,
    pub body: Vec<u8>,
    pub status: u16,
}

/// A fault to inject: requests whose method matches (or any, when `None`) and whose path
/// contains `path_contains` get `status` (after `delay`), `times` times (forever when `None`).
#[derive(Debug, Clone)]
pub struct Fault {
    pub method: Option<String>,
    pub path_contains: String,
    pub status: Option<u16>,
    pub delay: Duration,
    pub times: Option<u32>,
}

impl Fault {
    /// Requests of `method` (any when `None`) to paths containing `path` answer `status`,
    /// forever.
    pub fn status(method: Option<&str>, path: impl Into<String>, status: u16) -> Self {
        Fault {
            method: method.map(str::to_string),
            path_contains: path.into(),
            status: Some(status),
            delay: Duration::ZERO,
            times: None,
        }
    }

    /// Requests of `method` (any when `None`) to paths containing `path` are served normally
    /// after `delay`, forever.
    pub fn delay(method: Option<&str>, path: impl Into<String>, delay: Duration) -> Self {
        Fault {
            method: method.map(str::to_string),
            path_contains: path.into(),
            status: None,
            delay,
            times: None,
        }
    }

    /// Only the next `n` matching requests.
    pub fn times(mut self, n: u32) -> Self {
        self.times = Some(n);
        self
    }
}

/// A change recorded for watches.
#[derive(Debug, Clone)]
pub struct WatchRecord {
    pub rv: u64,
    pub etype: &'static str,
    pub group: String,
    pub plural: String,
    pub namespace: String,
    pub obj: Value,
    pub old: Option<Value>,
}

type Key = (String, String);

pub struct Store {
    pub rv: u64,
    pub registry: Registry,
    pub objects: BTreeMap<Key, BTreeMap<Key, Value>>,
    pub history: Vec<Arc<WatchRecord>>,
    pub pod_logs: BTreeMap<Key, String>,
}

pub struct Shared {
    pub store: Mutex<Store>,
    pub tx: broadcast::Sender<Arc<WatchRecord>>,
    pub log: Mutex<Vec<LoggedRequest>>,
    pub faults: Mutex<Vec<Fault>>,
    pub opts: Options,
    pub addr: String,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Shared {
    pub fn new(opts: Options, addr: String) -> Shared {
        let (tx, _) = broadcast::channel(8192);
        let mut store = Store {
            rv: 0,
            registry: Registry::new(),
            objects: BTreeMap::new(),
            history: Vec::new(),
            pod_logs: BTreeMap::new(),
        };
        for ns in ["default", "kube-system", "kube-public", "kube-node-lease"] {
            let obj = json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns, "labels": {"kubernetes.io/metadata.name": ns}}});
            let _ = store.create_internal(&tx, "namespaces", obj);
        }
        let sh = Shared {
            store: Mutex::new(store),
            tx,
            log: Mutex::new(Vec::new()),
            faults: Mutex::new(Vec::new()),
            opts,
            addr,
        };
        let bootstrap = json!({"kubernetes.io/bootstrapping": "rbac-defaults"});
        let _ = sh.seed(json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole",
            "metadata": {"name": "cluster-admin", "labels": bootstrap},
            "rules": [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}, {"nonResourceURLs": ["*"], "verbs": ["*"]}]}));
        let _ = sh.seed(json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding",
            "metadata": {"name": "cluster-admin", "labels": bootstrap},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"},
            "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": "system:masters"}]}));
        sh
    }

    pub fn store(&self) -> MutexGuard<'_, Store> {
        lock(&self.store)
    }
}

fn gen_uid() -> String {
    let b: [u8; 16] = rand::random();
    format!(
        "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
        u32::from_be_bytes([b[0], b[1], b[2], b[3]]),
        u16::from_be_bytes([b[4], b[5]]),
        u16::from_be_bytes([b[6], b[7]]) & 0x0fff,
        (u16::from_be_bytes([b[8], b[9]]) & 0x3fff) | 0x8000,
        u64::from_be_bytes([0, 0, b[10], b[11], b[12], b[13], b[14], b[15]])
    )
}

fn random_suffix() -> String {
    use rand::Rng;
    const CH: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    let mut r = rand::thread_rng();
    (0..5)
        .map(|_| CH[r.gen_range(0..CH.len())] as char)
        .collect()
}

fn meta_str<'a>(obj: &'a Value, k: &str) -> &'a str {
    obj["metadata"][k].as_str().unwrap_or("")
}

fn set_meta(obj: &mut Value, k: &str, v: Value) {
    if !obj.get("metadata").is_some_and(|m| m.is_object()) {
        obj["metadata"] = json!({});
    }
    if let Some(m) = obj["metadata"].as_object_mut() {
        m.insert(k.into(), v);
    }
}

fn remove_meta(obj: &mut Value, k: &str) {
    if let Some(m) = obj.get_mut("metadata").and_then(|m| m.as_object_mut()) {
        m.remove(k);
    }
}

/// The object as served at `version`: apiVersion and kind first.
fn shaped(rt: &ResourceType, version: &str, obj: &Value) -> Value {
    let mut out = Map::new();
    out.insert("apiVersion".into(), json!(rt.api_version(version)));
    out.insert("kind".into(), json!(rt.kind));
    if let Some(o) = obj.as_object() {
        for (k, v) in o {
            if k != "apiVersion" && k != "kind" {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    Value::Object(out)
}

/// Everything but metadata and status: a change here bumps `generation`.
fn spec_part(obj: &Value) -> Value {
    let mut v = obj.clone();
    if let Some(o) = v.as_object_mut() {
        o.remove("metadata");
        o.remove("status");
        o.remove("apiVersion");
        o.remove("kind");
    }
    v
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 253
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name.ends_with(|c: char| c.is_ascii_alphanumeric())
}

/// Write-time context for one request.
struct Ctx<'a> {
    rt: ResourceType,
    version: String,
    manager: String,
    dry_run: bool,
    /// `Strict`, `Warn` or `Ignore`.
    field_validation: String,
    tx: &'a broadcast::Sender<Arc<WatchRecord>>,
}

impl Store {
    fn bucket(&mut self, rt: &ResourceType) -> &mut BTreeMap<Key, Value> {
        self.objects
            .entry((rt.group.clone(), rt.plural.clone()))
            .or_default()
    }

    fn get(&self, rt: &ResourceType, ns: &str, name: &str) -> Option<&Value> {
        self.objects
            .get(&(rt.group.clone(), rt.plural.clone()))?
            .get(&(ns.to_string(), name.to_string()))
    }

    /// Record a change: bumps the resourceVersion, stores or removes, notifies watchers.
    fn commit(
        &mut self,
        tx: &broadcast::Sender<Arc<WatchRecord>>,
        rt: &ResourceType,
        etype: &'static str,
        mut obj: Value,
        old: Option<Value>,
    ) -> Value {
        self.rv += 1;
        set_meta(&mut obj, "resourceVersion", json!(self.rv.to_string()));
        let key = (
            meta_str(&obj, "namespace").to_string(),
            meta_str(&obj, "name").to_string(),
        );
        if etype == "DELETED" {
            self.bucket(rt).remove(&key);
        } else {
            self.bucket(rt).insert(key.clone(), obj.clone());
        }
        let rec = Arc::new(WatchRecord {
            rv: self.rv,
            etype,
            group: rt.group.clone(),
            plural: rt.plural.clone(),
            namespace: key.0,
            obj: obj.clone(),
            old,
        });
        self.history.push(rec.clone());
        let _ = tx.send(rec);
        obj
    }

    /// Create without request plumbing (seeding).
    fn create_internal(
        &mut self,
        tx: &broadcast::Sender<Arc<WatchRecord>>,
        plural: &str,
        obj: Value,
    ) -> ApiResult<Value> {
        let rt = self
            .registry
            .types
            .iter()
            .find(|t| t.plural == plural && t.group.is_empty())
            .cloned()
            .ok_or_else(ApiError::no_route)?;
        let ns = meta_str(&obj, "namespace").to_string();
        let ctx = Ctx {
            version: "v1".into(),
            rt,
            manager: "fake-kube".into(),
            dry_run: false,
            field_validation: "Ignore".into(),
            tx,
        };
        self.create(&ctx, Some(&ns), obj, None).map(|(v, _)| v)
    }

    fn namespace_state(&self, ns: &str) -> Option<bool> {
        let nst = self.registry.find("", "v1", "namespaces")?;
        let o = self.get(nst, "", ns)?;
        Some(o["metadata"].get("deletionTimestamp").is_some())
    }

    /// Admission: schema defaulting/pruning/validation and kind-specific rules.
    fn admit(&self, ctx: &Ctx, obj: &mut Value) -> ApiResult<Vec<String>> {
        let mut warnings = Vec::new();
        // Secrets: `stringData` is write-only, folded into `data` (base64) on every write.
        if ctx.rt.group.is_empty()
            && ctx.rt.kind == "Secret"
            && let Some(sd) = obj.as_object_mut().and_then(|o| o.remove("stringData"))
        {
            use base64::Engine;
            if !obj["data"].is_object() {
                obj["data"] = serde_json::json!({});
            }
            for (k, v) in sd.as_object().into_iter().flatten() {
                obj["data"][k] = Value::String(
                    base64::engine::general_purpose::STANDARD.encode(v.as_str().unwrap_or("")),
                );
            }
        }
        let name = meta_str(obj, "name").to_string();
        // RBAC names are path segments, not DNS subdomains (`system:...` is valid).
        let rbac = ctx.rt.group == "rbac.authorization.k8s.io";
        let rbac_ok = rbac && !name.is_empty() && !name.contains('/');
        if !valid_name(&name) && !rbac_ok {
            return Err(ApiError::invalid(
                &ctx.rt.kind,
                &ctx.rt.group,
                &name,
                &[(
                    "metadata.name".into(),
                    format!(
                        "Invalid value: \"{name}\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"
                    ),
                )],
            ));
        }
        if ctx.rt.from_crd
            && let Some(s) = ctx.rt.schema(&ctx.version)
        {
            let out = schema::process(obj, s);
            if !out.errors.is_empty() {
                return Err(ApiError::invalid(
                    &ctx.rt.kind,
                    &ctx.rt.group,
                    &name,
                    &out.errors,
                ));
            }
            if !out.pruned.is_empty() {
                match ctx.field_validation.as_str() {
                    "Strict" => {
                        let list: Vec<String> = out
                            .pruned
                            .iter()
                            .map(|p| format!("unknown field \"{}\"", p.trim_start_matches('.')))
                            .collect();
                        return Err(ApiError::bad_request(format!(
                            "{}.{} \"{name}\" is invalid: strict decoding error: {}",
                            ctx.rt.kind,
                            ctx.rt.group,
                            list.join(", ")
                        )));
                    }
                    "Warn" => {
                        for p in &out.pruned {
                            warnings
                                .push(format!("unknown field \"{}\"", p.trim_start_matches('.')));
                        }
                    }
                    _ => {}
                }
            }
        }
        // Secrets: `stringData` is write-only; the API server merges it into `data`.
        if ctx.rt.kind == "Secret"
            && ctx.rt.group.is_empty()
            && let Some(Value::Object(sd)) =
                obj.as_object_mut().and_then(|m| m.remove("stringData"))
        {
            use base64::Engine;
            if !obj["data"].is_object() {
                obj["data"] = json!({});
            }
            for (k, v) in sd {
                let text = v.as_str().unwrap_or_default().to_string();
                obj["data"][k] = json!(base64::engine::general_purpose::STANDARD.encode(text));
            }
        }
        if ctx.rt.kind == "CustomResourceDefinition" && ctx.rt.group == "apiextensions.k8s.io" {
            crate::registry::from_crd(obj)
                .map_err(|c| ApiError::invalid(&ctx.rt.kind, &ctx.rt.group, &name, &c))?;
        }
        Ok(warnings)
    }

    /// Post-write hooks: CRD registration and status.
    fn after_write_crd(&mut self, obj: &mut Value) {
        if let Ok(t) = crate::registry::from_crd(obj) {
            let storage: Vec<Value> = t
                .versions
                .iter()
                .filter(|v| v.storage)
                .map(|v| json!(v.name))
                .collect();
            let now = clock::rfc3339();
            let names = obj["spec"]["names"].clone();
            let mut accepted = names.clone();
            if accepted.get("singular").is_none() {
                accepted["singular"] = json!(t.singular);
            }
            if accepted.get("listKind").is_none() {
                accepted["listKind"] = json!(t.list_kind);
            }
            obj["status"] = json!({
                "acceptedNames": accepted,
                "conditions": [
                    {"type": "NamesAccepted", "status": "True", "lastTransitionTime": now,
                     "reason": "NoConflicts", "message": "no conflicts found"},
                    {"type": "Established", "status": "True", "lastTransitionTime": now,
                     "reason": "InitialNamesAccepted", "message": "the initial names have been accepted"}
                ],
                "storedVersions": storage,
            });
            self.registry.upsert(t);
        }
    }

    fn create(
        &mut self,
        ctx: &Ctx,
        ns: Option<&str>,
        mut obj: Value,
        managed: Option<()>,
    ) -> ApiResult<(Value, Vec<String>)> {
        let rt = &ctx.rt;
        if !obj.is_object() {
            return Err(ApiError::bad_request(
                "the body of the request must be a JSON object",
            ));
        }
        if let Some(k) = obj.get("kind").and_then(|k| k.as_str())
            && k != rt.kind
        {
            return Err(ApiError::bad_request(format!(
                "the kind in the data ({k}) does not match the expected kind ({})",
                rt.kind
            )));
        }
        if !obj.get("metadata").is_some_and(|m| m.is_object()) {
            obj["metadata"] = json!({});
        }
        let ns = if rt.namespaced {
            let path_ns = ns.unwrap_or("");
            let body_ns = meta_str(&obj, "namespace").to_string();
            if !body_ns.is_empty() && !path_ns.is_empty() && body_ns != path_ns {
                return Err(ApiError::bad_request(
                    "the namespace of the provided object does not match the namespace sent on the request",
                ));
            }
            let ns = if path_ns.is_empty() {
                body_ns
            } else {
                path_ns.to_string()
            };
            if ns.is_empty() {
                return Err(ApiError::bad_request("a namespace is required"));
            }
            match self.namespace_state(&ns) {
                None => return Err(ApiError::not_found("", "namespaces", &ns)),
                Some(true) => {
                    return Err(ApiError::new(
                        403,
                        "Forbidden",
                        format!(
                            "{} \"{}\" is forbidden: unable to create new content in namespace {ns} because it is being terminated",
                            crate::status::qualified(&rt.group, &rt.plural),
                            meta_str(&obj, "name")
                        ),
                    ));
                }
                Some(false) => {}
            }
            set_meta(&mut obj, "namespace", json!(ns));
            ns
        } else {
            remove_meta(&mut obj, "namespace");
            String::new()
        };
        let mut name = meta_str(&obj, "name").to_string();
        if name.is_empty() {
            let gen_name = meta_str(&obj, "generateName").to_string();
            if gen_name.is_empty() {
                return Err(ApiError::invalid(
                    &rt.kind,
                    &rt.group,
                    "",
                    &[(
                        "metadata.name".into(),
                        "Required value: name or generateName is required".into(),
                    )],
                ));
            }
            name = format!("{gen_name}{}", random_suffix());
            set_meta(&mut obj, "name", json!(name));
        }
        if self.get(rt, &ns, &name).is_some() {
            return Err(ApiError::already_exists(&rt.group, &rt.plural, &name));
        }
        set_meta(&mut obj, "uid", json!(gen_uid()));
        set_meta(&mut obj, "creationTimestamp", json!(clock::rfc3339()));
        remove_meta(&mut obj, "resourceVersion");
        remove_meta(&mut obj, "deletionTimestamp");
        remove_meta(&mut obj, "deletionGracePeriodSeconds");
        remove_meta(&mut obj, "selfLink");
        if rt.has_generation {
            set_meta(&mut obj, "generation", json!(1));
        } else {
            remove_meta(&mut obj, "generation");
        }
        if rt.status_subresource(&ctx.version)
            && let Some(o) = obj.as_object_mut()
        {
            o.remove("status");
        }
        if rt.kind == "Namespace" && rt.group.is_empty() {
            obj["spec"] = json!({"finalizers": ["kubernetes"]});
            obj["status"] = json!({"phase": "Active"});
            let mut labels = obj["metadata"]["labels"]
                .as_object()
                .cloned()
                .unwrap_or_default();
            labels.insert("kubernetes.io/metadata.name".into(), json!(name));
            set_meta(&mut obj, "labels", Value::Object(labels));
        }
        let warnings = self.admit(ctx, &mut obj)?;
        if managed.is_none() {
            remove_meta(&mut obj, "managedFields");
            ssa::record_update(
                None,
                &mut obj,
                &ctx.manager,
                &rt.api_version(&ctx.version),
                "",
            );
        }
        obj = shaped(rt, &ctx.version, &obj);
        if ctx.dry_run {
            return Ok((obj, warnings));
        }
        if rt.kind == "CustomResourceDefinition" {
            self.after_write_crd(&mut obj);
        }
        let out = self.commit(ctx.tx, rt, "ADDED", obj, None);
        Ok((out, warnings))
    }

    /// Shared tail of PUT/PATCH: preserve system fields, bump generation, record managed
    /// fields, finish deletion when the last finalizer goes, commit.
    fn finish_update(
        &mut self,
        ctx: &Ctx,
        old: &Value,
        mut new: Value,
        sub: &str,
        managed_preset: bool,
    ) -> ApiResult<(Value, Vec<String>)> {
        let rt = &ctx.rt;
        let name = meta_str(old, "name").to_string();
        if !new.is_object() {
            return Err(ApiError::bad_request(
                "the body of the request must be a JSON object",
            ));
        }
        if !new.get("metadata").is_some_and(|m| m.is_object()) {
            new["metadata"] = json!({});
        }
        let body_name = meta_str(&new, "name").to_string();
        if !body_name.is_empty() && body_name != name {
            return Err(ApiError::bad_request(format!(
                "the name of the object ({body_name}) does not match the name on the URL ({name})"
            )));
        }
        let body_ns = meta_str(&new, "namespace").to_string();
        if rt.namespaced && !body_ns.is_empty() && body_ns != meta_str(old, "namespace") {
            return Err(ApiError::bad_request(
                "the namespace of the provided object does not match the namespace sent on the request",
            ));
        }
        let body_rv = meta_str(&new, "resourceVersion").to_string();
        if !body_rv.is_empty() && body_rv != meta_str(old, "resourceVersion") {
            return Err(ApiError::modified(&rt.group, &rt.plural, &name));
        }
        if sub == "status" {
            // Only status changes through the status subresource.
            let mut merged = old.clone();
            match new.get("status") {
                Some(s) => merged["status"] = s.clone(),
                None => {
                    if let Some(o) = merged.as_object_mut() {
                        o.remove("status");
                    }
                }
            }
            if managed_preset && let Some(mf) = new["metadata"].get("managedFields") {
                set_meta(&mut merged, "managedFields", mf.clone());
            }
            new = merged;
        } else {
            for k in [
                "name",
                "namespace",
                "uid",
                "creationTimestamp",
                "deletionTimestamp",
                "deletionGracePeriodSeconds",
                "generation",
            ] {
                match old["metadata"].get(k) {
                    Some(v) => set_meta(&mut new, k, v.clone()),
                    None => remove_meta(&mut new, k),
                }
            }
            if !managed_preset
                && new["metadata"].get("managedFields").is_none()
                && let Some(mf) = old["metadata"].get("managedFields")
            {
                set_meta(&mut new, "managedFields", mf.clone());
            }
            if rt.status_subresource(&ctx.version) || rt.kind == "CustomResourceDefinition" {
                match old.get("status") {
                    Some(s) => new["status"] = s.clone(),
                    None => {
                        if let Some(o) = new.as_object_mut() {
                            o.remove("status");
                        }
                    }
                }
            }
            if rt.kind == "Namespace" && rt.group.is_empty() {
                new["spec"] = old["spec"].clone();
            }
        }
        set_meta(
            &mut new,
            "resourceVersion",
            old["metadata"]["resourceVersion"].clone(),
        );
        let warnings = self.admit(ctx, &mut new)?;
        if rt.has_generation && spec_part(&new) != spec_part(old) {
            let g = old["metadata"]["generation"].as_i64().unwrap_or(0) + 1;
            set_meta(&mut new, "generation", json!(g));
        }
        if !managed_preset {
            ssa::record_update(
                Some(old),
                &mut new,
                &ctx.manager,
                &rt.api_version(&ctx.version),
                sub,
            );
        }
        new = shaped(rt, &ctx.version, &new);
        let old_shaped = shaped(rt, &ctx.version, old);
        let deleting = new["metadata"].get("deletionTimestamp").is_some();
        let no_finalizers = new["metadata"]["finalizers"]
            .as_array()
            .is_none_or(|a| a.is_empty());
        if ctx.dry_run {
            return Ok((new, warnings));
        }
        if deleting && no_finalizers {
            let out = self.remove_object(ctx.tx, rt, new, Some(old.clone()));
            return Ok((out, warnings));
        }
        if ssa_equal(&new, &old_shaped) {
            return Ok((old_shaped, warnings));
        }
        if rt.kind == "CustomResourceDefinition" {
            let status = new.get("status").cloned();
            self.after_write_crd(&mut new);
            if let (Some(s), Some(o)) = (status, new.as_object_mut())
                && sub == "status"
            {
                o.insert("status".into(), s);
            }
        }
        let out = self.commit(ctx.tx, rt, "MODIFIED", new, Some(old.clone()));
        Ok((out, warnings))
    }

    /// Remove an object for good (DELETED), cascading for namespaces and CRDs.
    fn remove_object(
        &mut self,
        tx: &broadcast::Sender<Arc<WatchRecord>>,
        rt: &ResourceType,
        obj: Value,
        old: Option<Value>,
    ) -> Value {
        let name = meta_str(&obj, "name").to_string();
        let ns = meta_str(&obj, "namespace").to_string();
        let out = self.commit(tx, rt, "DELETED", obj, old);
        if rt.kind == "CustomResourceDefinition"
            && rt.group == "apiextensions.k8s.io"
            && let Ok(t) = crate::registry::from_crd(&out)
        {
            let items: Vec<Value> = self
                .objects
                .get(&(t.group.clone(), t.plural.clone()))
                .map(|b| b.values().cloned().collect())
                .unwrap_or_default();
            for it in items {
                self.commit(tx, &t, "DELETED", it, None);
            }
            self.objects.remove(&(t.group.clone(), t.plural.clone()));
            self.registry.remove(&t.group, &t.plural);
        }
        if !ns.is_empty() {
            self.maybe_finish_namespace(tx, &ns);
        }
        let _ = name;
        out
    }

    fn namespace_empty(&self, ns: &str) -> bool {
        !self
            .objects
            .iter()
            .any(|(_, b)| b.keys().any(|(n, _)| n == ns))
    }

    fn maybe_finish_namespace(&mut self, tx: &broadcast::Sender<Arc<WatchRecord>>, ns: &str) {
        let Some(nst) = self.registry.find("", "v1", "namespaces").cloned() else {
            return;
        };
        let Some(nso) = self.get(&nst, "", ns).cloned() else {
            return;
        };
        if nso["metadata"].get("deletionTimestamp").is_some() && self.namespace_empty(ns) {
            self.commit(tx, &nst, "DELETED", nso, None);
        }
    }

    /// DELETE semantics: finalizers set deletionTimestamp, otherwise remove.
    fn delete(&mut self, ctx: &Ctx, ns: &str, name: &str, opts: &Value) -> ApiResult<Value> {
        let rt = &ctx.rt;
        let Some(old) = self.get(rt, ns, name).cloned() else {
            return Err(ApiError::not_found(&rt.group, &rt.plural, name));
        };
        let pre = &opts["preconditions"];
        if let Some(uid) = pre.get("uid").and_then(|v| v.as_str())
            && uid != meta_str(&old, "uid")
        {
            return Err(ApiError::conflict(
                &rt.group,
                &rt.plural,
                name,
                &format!(
                    "Precondition failed: UID in precondition: {uid}, UID in object meta: {}",
                    meta_str(&old, "uid")
                ),
            ));
        }
        if let Some(rv) = pre.get("resourceVersion").and_then(|v| v.as_str())
            && rv != meta_str(&old, "resourceVersion")
        {
            return Err(ApiError::conflict(
                &rt.group,
                &rt.plural,
                name,
                &format!(
                    "Precondition failed: ResourceVersion in precondition: {rv}, ResourceVersion in object meta: {}",
                    meta_str(&old, "resourceVersion")
                ),
            ));
        }
        let shaped_old = shaped(rt, &ctx.version, &old);
        if ctx.dry_run {
            return Ok(shaped_old);
        }
        let is_ns = rt.kind == "Namespace" && rt.group.is_empty();
        let has_finalizers = old["metadata"]["finalizers"]
            .as_array()
            .is_some_and(|a| !a.is_empty());
        if is_ns {
            // Cascade: delete everything in the namespace.
            let types: Vec<ResourceType> = self
                .registry
                .types
                .iter()
                .filter(|t| t.namespaced)
                .cloned()
                .collect();
            for t in types {
                let names: Vec<String> = self
                    .objects
                    .get(&(t.group.clone(), t.plural.clone()))
                    .map(|b| {
                        b.keys()
                            .filter(|(n, _)| n == name)
                            .map(|(_, x)| x.clone())
                            .collect()
                    })
                    .unwrap_or_default();
                let sub = Ctx {
                    rt: t.clone(),
                    version: t
                        .versions
                        .first()
                        .map(|v| v.name.clone())
                        .unwrap_or_default(),
                    manager: ctx.manager.clone(),
                    dry_run: false,
                    field_validation: "Ignore".into(),
                    tx: ctx.tx,
                };
                for n in names {
                    let _ = self.delete(&sub, name, &n, &Value::Null);
                }
            }
            if self.namespace_empty(name) && !has_finalizers {
                return Ok(self.remove_object(ctx.tx, rt, shaped_old, None));
            }
        }
        if has_finalizers || is_ns {
            if old["metadata"].get("deletionTimestamp").is_some() {
                return Ok(shaped_old);
            }
            let mut new = shaped_old.clone();
            set_meta(&mut new, "deletionTimestamp", json!(clock::rfc3339()));
            set_meta(&mut new, "deletionGracePeriodSeconds", json!(0));
            if is_ns {
                new["status"] = json!({"phase": "Terminating"});
            }
            return Ok(self.commit(ctx.tx, rt, "MODIFIED", new, Some(old)));
        }
        Ok(self.remove_object(ctx.tx, rt, shaped_old, None))
    }
}

/// Equal apart from managedFields timestamps.
fn ssa_equal(a: &Value, b: &Value) -> bool {
    let strip = |v: &Value| {
        let mut v = v.clone();
        if let Some(mf) = v["metadata"]
            .get_mut("managedFields")
            .and_then(|m| m.as_array_mut())
        {
            for e in mf {
                if let Some(o) = e.as_object_mut() {
                    o.remove("time");
                }
            }
        }
        v
    };
    strip(a) == strip(b)
}

fn parse_body(req: &Request) -> ApiResult<Value> {
    if req.body.is_empty() {
        return Err(ApiError::bad_request("the body of the request was empty"));
    }
    let ct = req.header("content-type").unwrap_or("application/json");
    if ct.starts_with("application/vnd.kubernetes.protobuf") {
        return crate::proto::decode(&req.body)
            .map_err(|e| ApiError::new(415, "UnsupportedMediaType", e));
    }
    match serde_json::from_slice::<Value>(&req.body) {
        Ok(v) => Ok(v),
        Err(e) => {
            if ct.contains("yaml") {
                let s = String::from_utf8_lossy(&req.body);
                serde_saphyr::from_str::<Value>(&s)
                    .map_err(|e| ApiError::bad_request(format!("error decoding YAML: {e}")))
            } else {
                Err(ApiError::bad_request(format!(
                    "couldn't get version/kind; json parse error: {e}"
                )))
            }
        }
    }
}

fn manager_of(req: &Request) -> String {
    if let Some(m) = req.param("fieldManager") {
        return m.to_string();
    }
    let ua = req.header("user-agent").unwrap_or("unknown");
    ua.split('/').next().unwrap_or("unknown").to_string()
}

fn warn_headers(mut resp: Response, warnings: &[String]) -> Response {
    for w in warnings {
        resp = resp.with_header("Warning", &format!("299 - \"{}\"", w.replace('"', "\\\"")));
    }
    resp
}

/// Entry point for every request.
pub async fn handle(shared: &Arc<Shared>, req: Request) -> Response {
    // Fault injection.
    let fault = {
        let mut faults = lock(&shared.faults);
        let mut hit = None;
        for f in faults.iter_mut() {
            if f.method
                .as_deref()
                .is_some_and(|m| !m.eq_ignore_ascii_case(&req.method))
            {
                continue;
            }
            if !req.path.contains(&f.path_contains) {
                continue;
            }
            if let Some(t) = &mut f.times {
                if *t == 0 {
                    continue;
                }
                *t -= 1;
            }
            hit = Some(f.clone());
            break;
        }
        hit
    };
    let mut resp = None;
    if let Some(f) = fault {
        if !f.delay.is_zero() {
            tokio::time::sleep(f.delay).await;
        }
        if let Some(code) = f.status {
            let reason = match code {
                400 => "BadRequest",
                401 => "Unauthorized",
                403 => "Forbidden",
                404 => "NotFound",
                409 => "Conflict",
                422 => "Invalid",
                429 => "TooManyRequests",
                503 => "ServiceUnavailable",
                _ => "InternalError",
            };
            let mut e = ApiError::new(code, reason, format!("injected fault ({code})"));
            if code == 429 {
                e.details = Some(json!({"retryAfterSeconds": 1}));
            }
            resp = Some(e.to_response());
        }
    }
    let resp = match resp {
        Some(r) => r,
        None => route(shared, &req).unwrap_or_else(|e| e.to_response()),
    };
    lock(&shared.log).push(LoggedRequest {
        method: req.method.clone(),
        path: req.path.clone(),
        query: req.raw_query.clone(),
        content_type: req.header("content-type").map(String::from),
        accept: req.header("accept").map(String::from),
        user_agent: req.header("user-agent").map(String::from),
        body: req.body,
        status: resp.status,
    });
    resp
}

fn version_doc(v: &str) -> Value {
    let t = v.trim_start_matches('v');
    let mut it = t.split('.');
    let major = it.next().unwrap_or("1").to_string();
    let minor = it.next().unwrap_or("33").to_string();
    json!({
        "major": major,
        "minor": minor,
        "emulationMajor": major,
        "emulationMinor": minor,
        "minCompatibilityMajor": major,
        "minCompatibilityMinor": minor,
        "gitVersion": v,
        "gitCommit": "0000000000000000000000000000000000000000",
        "gitTreeState": "clean",
        "buildDate": "2025-01-01T00:00:00Z",
        "goVersion": "go1.24.0",
        "compiler": "gc",
        "platform": "linux/amd64",
    })
}

fn route(shared: &Arc<Shared>, req: &Request) -> ApiResult<Response> {
    let segs: Vec<&str> = req.path.split('/').filter(|s| !s.is_empty()).collect();
    let get = req.method == "GET";
    match segs.as_slice() {
        ["version"] if get => Ok(Response::json(
            200,
            &version_doc(&shared.opts.server_version),
        )),
        ["healthz" | "livez" | "readyz"] if get => Ok(Response::text(200, "ok")),
        ["api"] if get => Ok(Response::json(
            200,
            &shared.store().registry.api_versions(&shared.addr),
        )),
        ["apis"] if get => Ok(Response::json(
            200,
            &shared.store().registry.api_group_list(),
        )),
        ["api", v] if get => shared
            .store()
            .registry
            .resource_list("", v)
            .map(|d| Response::json(200, &d))
            .ok_or_else(ApiError::no_route),
        ["apis", g] if get => shared
            .store()
            .registry
            .api_group(g)
            .map(|d| Response::json(200, &d))
            .ok_or_else(ApiError::no_route),
        ["apis", g, v] if get => shared
            .store()
            .registry
            .resource_list(g, v)
            .map(|d| Response::json(200, &d))
            .ok_or_else(ApiError::no_route),
        ["openapi", "v3"] if get => Ok(Response::json(
            200,
            &shared.store().registry.openapi_v3_root(),
        )),
        ["openapi", "v3", "api", v] if get => shared
            .store()
            .registry
            .openapi_v3_gv("", v, &shared.opts.server_version)
            .map(|d| Response::json(200, &d))
            .ok_or_else(ApiError::no_route),
        ["openapi", "v3", "apis", g, v] if get => shared
            .store()
            .registry
            .openapi_v3_gv(g, v, &shared.opts.server_version)
            .map(|d| Response::json(200, &d))
            .ok_or_else(ApiError::no_route),
        ["api", v, rest @ ..] => resource(shared, req, "", v, rest),
        ["apis", g, v, rest @ ..] => resource(shared, req, g, v, rest),
        [] if get => Ok(Response::json(
            200,
            &json!({"paths": ["/api", "/api/v1", "/apis", "/healthz", "/livez", "/readyz", "/version"]}),
        )),
        _ => Err(ApiError::no_route()),
    }
}

fn resource(
    shared: &Arc<Shared>,
    req: &Request,
    group: &str,
    version: &str,
    rest: &[&str],
) -> ApiResult<Response> {
    let (ns, plural, name, sub) = match rest {
        ["namespaces", n, p, tail @ ..]
            if !(group.is_empty() && tail.is_empty() && (*p == "status" || *p == "finalize")) =>
        {
            if tail.len() > 2 {
                return Err(ApiError::no_route());
            }
            (Some(*n), *p, tail.first().copied(), tail.get(1).copied())
        }
        [p, tail @ ..] => {
            if tail.len() > 2 {
                return Err(ApiError::no_route());
            }
            (None, *p, tail.first().copied(), tail.get(1).copied())
        }
        [] => return Err(ApiError::no_route()),
    };
    let rt = shared
        .store()
        .registry
        .find(group, version, plural)
        .cloned();
    let Some(rt) = rt else {
        return Err(ApiError::no_route());
    };
    if !rt.namespaced && ns.is_some() {
        return Err(ApiError::no_route());
    }
    if rt.namespaced && ns.is_none() && name.is_some() {
        return Err(ApiError::no_route());
    }
    let sub = sub.unwrap_or("");
    let user = crate::rbac::User::of(req);
    if rt.verbs == ["create"] {
        if req.method != "POST" || name.is_some() {
            return Err(ApiError::method_not_allowed());
        }
        let body = parse_body(req)?;
        let st = shared.store();
        let out =
            crate::rbac::review(&st, &rt.kind, &body, &user).ok_or_else(ApiError::no_route)?;
        return Ok(Response::json(201, &shaped(&rt, version, &out)));
    }
    if !user.groups.iter().any(|g| g == "system:masters") {
        let verb = match (req.method.as_str(), name) {
            ("GET", None) if req.flag("watch") => "watch",
            ("GET", None) => "list",
            ("GET", Some(_)) => "get",
            ("POST", _) => "create",
            ("PUT", _) => "update",
            ("PATCH", _) => "patch",
            ("DELETE", None) => "deletecollection",
            ("DELETE", Some(_)) => "delete",
            _ => "",
        };
        let attrs = crate::rbac::Attrs {
            verb: verb.into(),
            group: rt.group.clone(),
            resource: rt.plural.clone(),
            subresource: sub.to_string(),
            namespace: ns.unwrap_or("").to_string(),
            name: name.unwrap_or("").to_string(),
        };
        if shared.store().authorize(&user, &attrs).is_none() {
            let mut e = ApiError::new(
                403,
                "Forbidden",
                crate::rbac::forbidden_message(&user, &attrs),
            );
            e.details = Some(json!({"name": attrs.name, "group": rt.group, "kind": rt.plural}));
            return Err(e);
        }
    }
    let ctx_of = |tx| Ctx {
        rt: rt.clone(),
        version: version.to_string(),
        manager: manager_of(req),
        dry_run: req.param("dryRun").is_some_and(|d| d == "All"),
        field_validation: req.param("fieldValidation").unwrap_or("Warn").to_string(),
        tx,
    };
    let ns_s = ns.unwrap_or("");
    match (req.method.as_str(), name) {
        ("GET", None) if req.flag("watch") => watch(shared, req, &rt, version, ns, None),
        ("GET", None) => list(shared, req, &rt, version, ns),
        ("GET", Some(n)) => {
            if sub == "log" && rt.kind == "Pod" {
                return pod_log(shared, req, &rt, ns_s, n);
            }
            if !(sub.is_empty() || sub == "status" && rt.status_subresource(version)) {
                return Err(ApiError::no_route());
            }
            let st = shared.store();
            let o = st
                .get(&rt, ns_s, n)
                .ok_or_else(|| ApiError::not_found(&rt.group, &rt.plural, n))?;
            Ok(Response::json(200, &shaped(&rt, version, o)))
        }
        ("POST", None) => {
            if rt.namespaced && ns.is_none() {
                return Err(ApiError::method_not_allowed());
            }
            let body = parse_body(req)?;
            let ctx = ctx_of(&shared.tx);
            let (o, w) = shared.store().create(&ctx, ns, body, None)?;
            Ok(warn_headers(Response::json(201, &o), &w))
        }
        ("PUT", Some(n)) => {
            check_sub(&rt, version, sub)?;
            let body = parse_body(req)?;
            let ctx = ctx_of(&shared.tx);
            let mut st = shared.store();
            let old = st
                .get(&rt, ns_s, n)
                .cloned()
                .ok_or_else(|| ApiError::not_found(&rt.group, &rt.plural, n))?;
            let (o, w) = st.finish_update(&ctx, &old, body, sub, false)?;
            Ok(warn_headers(Response::json(200, &o), &w))
        }
        ("PATCH", Some(n)) => {
            check_sub(&rt, version, sub)?;
            patch_handler(shared, req, ctx_of(&shared.tx), ns_s, n, sub)
        }
        ("DELETE", Some(n)) => {
            if !sub.is_empty() {
                return Err(ApiError::method_not_allowed());
            }
            let opts: Value = serde_json::from_slice(&req.body).unwrap_or(Value::Null);
            let mut ctx = ctx_of(&shared.tx);
            if opts["dryRun"]
                .as_array()
                .is_some_and(|a| a.contains(&json!("All")))
            {
                ctx.dry_run = true;
            }
            let o = shared.store().delete(&ctx, ns_s, n, &opts)?;
            Ok(Response::json(200, &o))
        }
        ("DELETE", None) => {
            let ls = label_sel(req)?;
            let fs = field_sel(req)?;
            let ctx = ctx_of(&shared.tx);
            let mut st = shared.store();
            let keys: Vec<Key> = st
                .objects
                .get(&(rt.group.clone(), rt.plural.clone()))
                .map(|b| {
                    b.iter()
                        .filter(|((n, _), o)| {
                            ns.is_none_or(|x| x == n) && ls.matches(o) && fs.matches(o)
                        })
                        .map(|(k, _)| k.clone())
                        .collect()
                })
                .unwrap_or_default();
            let mut items = Vec::new();
            for (n, name) in keys {
                if let Ok(o) = st.delete(&ctx, &n, &name, &Value::Null) {
                    items.push(o);
                }
            }
            let rv = st.rv.to_string();
            Ok(Response::json(
                200,
                &json!({"apiVersion": rt.api_version(version), "kind": rt.list_kind, "metadata": {"resourceVersion": rv}, "items": items}),
            ))
        }
        _ => Err(ApiError::method_not_allowed()),
    }
}

fn check_sub(rt: &ResourceType, version: &str, sub: &str) -> ApiResult<()> {
    if sub.is_empty() || (sub == "status" && rt.status_subresource(version)) {
        Ok(())
    } else {
        Err(ApiError::no_route())
    }
}

fn label_sel(req: &Request) -> ApiResult<LabelSelector> {
    LabelSelector::parse(req.param("labelSelector").unwrap_or("")).map_err(ApiError::bad_request)
}

fn field_sel(req: &Request) -> ApiResult<FieldSelector> {
    FieldSelector::parse(req.param("fieldSelector").unwrap_or("")).map_err(ApiError::bad_request)
}

fn patch_handler(
    shared: &Arc<Shared>,
    req: &Request,
    ctx: Ctx,
    ns: &str,
    name: &str,
    sub: &str,
) -> ApiResult<Response> {
    let rt = ctx.rt.clone();
    let ct = req
        .header("content-type")
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    let body = parse_body(req)?;
    let mut st = shared.store();
    let old = st.get(&rt, ns, name).cloned();
    if ct == "application/apply-patch+yaml" {
        let Some(manager) = req.param("fieldManager").filter(|m| !m.is_empty()) else {
            return Err(ApiError::invalid(
                "PatchOptions",
                "meta.k8s.io",
                "",
                &[(
                    "fieldManager".into(),
                    "Required value: is required for apply patch".into(),
                )],
            ));
        };
        if !body.is_object() {
            return Err(ApiError::bad_request(
                "apply patch must be a YAML or JSON object",
            ));
        }
        let bname = meta_str(&body, "name");
        if bname.is_empty() {
            return Err(ApiError::bad_request(
                "metadata.name: Required value: name is required",
            ));
        }
        if bname != name {
            return Err(ApiError::bad_request(format!(
                "the name of the object ({bname}) does not match the name on the URL ({name})"
            )));
        }
        let force = req.flag("force");
        let av = rt.api_version(&ctx.version);
        // kube-apiserver's lastAppliedManager: `kubectl` (the default SSA manager) may take over
        // fields listed in the client-side last-applied annotation without a conflict.
        let mut result = ssa::apply(old.as_ref(), &body, manager, force, &av, sub);
        if let (Err(c), Some(o)) = (&result, &old) {
            let last =
                o["metadata"]["annotations"]["kubectl.kubernetes.io/last-applied-configuration"]
                    .as_str()
                    .and_then(|s| serde_json::from_str::<Value>(s).ok());
            if let (Some(last), "kubectl") = (last, manager) {
                let allowed: std::collections::BTreeSet<String> = ssa::fields_of(&last, false)
                    .iter()
                    .map(ssa::dotted)
                    .collect();
                if c.iter().all(|(_, _, f)| allowed.contains(f)) {
                    result = ssa::apply(old.as_ref(), &body, manager, true, &av, sub);
                }
            }
        }
        let merged = result.map_err(|c| {
            let causes: Vec<Value> = c
                .iter()
                .map(|(m, av, f)| json!({"type": "FieldManagerConflict", "message": format!("conflict with \"{m}\" using {av}"), "field": f}))
                .collect();
            let msg = ssa::conflict_message(&c);
            let mut e = ApiError::new(409, "Conflict", msg);
            e.details = Some(json!({"name": name, "group": rt.group, "kind": rt.plural, "causes": causes}));
            e
        })?;
        return match old {
            None => {
                if !sub.is_empty() {
                    return Err(ApiError::not_found(&rt.group, &rt.plural, name));
                }
                let obj = merged;
                let ns_opt = if rt.namespaced { Some(ns) } else { None };
                let (o, w) = st.create(&ctx, ns_opt, obj, Some(()))?;
                Ok(warn_headers(Response::json(201, &o), &w))
            }
            Some(old) => {
                let (o, w) = st.finish_update(&ctx, &old, merged, sub, true)?;
                Ok(warn_headers(Response::json(200, &o), &w))
            }
        };
    }
    let Some(old) = old else {
        return Err(ApiError::not_found(&rt.group, &rt.plural, name));
    };
    let mut new = shaped(&rt, &ctx.version, &old);
    match ct.as_str() {
        "application/merge-patch+json" => patch::merge_patch(&mut new, &body),
        "application/json-patch+json" => patch::json_patch(&mut new, &body).map_err(|e| {
            ApiError::new(
                422,
                "Invalid",
                format!("the server rejected our request due to an error in our request: {e}"),
            )
        })?,
        "application/strategic-merge-patch+json" => {
            if rt.from_crd {
                return Err(ApiError::new(
                    415,
                    "UnsupportedMediaType",
                    "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml",
                ));
            }
            patch::strategic_merge(&mut new, &body).map_err(ApiError::bad_request)?
        }
        other => return Err(ApiError::unsupported_media(other)),
    }
    let (o, w) = st.finish_update(&ctx, &old, new, sub, false)?;
    Ok(warn_headers(Response::json(200, &o), &w))
}

fn matches(
    rt: &ResourceType,
    ns: Option<&str>,
    ls: &LabelSelector,
    fs: &FieldSelector,
    o: &Value,
) -> bool {
    let _ = rt;
    ns.is_none_or(|n| meta_str(o, "namespace") == n) && ls.matches(o) && fs.matches(o)
}

#[derive(serde::Serialize, serde::Deserialize)]
struct ContinueToken {
    rv: u64,
    start: (String, String),
}

fn list(
    shared: &Arc<Shared>,
    req: &Request,
    rt: &ResourceType,
    version: &str,
    ns: Option<&str>,
) -> ApiResult<Response> {
    use base64::Engine;
    let ls = label_sel(req)?;
    let fs = field_sel(req)?;
    let limit: usize = match req.param("limit") {
        None | Some("") => 0,
        Some(l) => l
            .parse()
            .map_err(|_| ApiError::bad_request(format!("invalid limit {l:?}")))?,
    };
    let start = match req.param("continue") {
        None | Some("") => None,
        Some(c) => {
            let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(c)
                .map_err(|_| {
                    ApiError::bad_request("continue key is not valid: illegal base64 data")
                })?;
            let t: ContinueToken = serde_json::from_slice(&raw)
                .map_err(|_| ApiError::bad_request("continue key is not valid: invalid token"))?;
            Some(t.start)
        }
    };
    let st = shared.store();
    let all: Vec<(&Key, &Value)> = st
        .objects
        .get(&(rt.group.clone(), rt.plural.clone()))
        .map(|b| {
            b.iter()
                .filter(|(_, o)| matches(rt, ns, &ls, &fs, o))
                .collect()
        })
        .unwrap_or_default();
    let after: Vec<(&Key, &Value)> = match &start {
        Some(s) => all.into_iter().filter(|(k, _)| *k > s).collect(),
        None => all,
    };
    let total = after.len();
    let page: Vec<(&Key, &Value)> = if limit > 0 {
        after.into_iter().take(limit).collect()
    } else {
        after
    };
    let mut meta = json!({"resourceVersion": st.rv.to_string()});
    if limit > 0
        && total > page.len()
        && let Some((k, _)) = page.last()
    {
        let tok = ContinueToken {
            rv: st.rv,
            start: (*k).clone(),
        };
        let raw = serde_json::to_vec(&tok).unwrap_or_default();
        meta["continue"] = json!(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(raw));
        meta["remainingItemCount"] = json!(total - page.len());
    }
    let items: Vec<Value> = page
        .iter()
        .map(|(_, o)| {
            let mut s = shaped(rt, version, o);
            if !rt.from_crd
                && let Some(m) = s.as_object_mut()
            {
                m.remove("apiVersion");
                m.remove("kind");
            }
            s
        })
        .collect();
    let body = json!({
        "kind": rt.list_kind,
        "apiVersion": rt.api_version(version),
        "metadata": meta,
        "items": items,
    });
    drop(st);
    if wants_table(req) {
        return Ok(Response::json(
            200,
            &crate::table::to_table(rt, version, &body, req.param("includeObject")),
        ));
    }
    Ok(Response::json(200, &body))
}

fn wants_table(req: &Request) -> bool {
    req.header("accept").is_some_and(|a| {
        a.split(',')
            .next()
            .is_some_and(|first| first.contains("as=Table"))
    })
}

/// The log key of a pod's container: `(ns, "<pod>/<container>")` (pod names have no `/`);
/// `(ns, "<pod>")` holds the text of a pod's only or default container.
fn log_key(ns: &str, pod: &str, container: Option<&str>) -> Key {
    match container {
        Some(c) => (ns.to_string(), format!("{pod}/{c}")),
        None => (ns.to_string(), pod.to_string()),
    }
}

/// `GET pods/<name>/log`: the text set for the pod's container, with `container`,
/// `tailLines`, `sinceSeconds`, `sinceTime`, `timestamps` and `follow` (new lines are streamed
/// as they are appended, until the pod is deleted or the client goes away). A line's time is
/// its JSON `ts` field when it has one (controller logs), else it always passes `since*`.
fn pod_log(
    shared: &Arc<Shared>,
    req: &Request,
    rt: &ResourceType,
    ns: &str,
    pod: &str,
) -> ApiResult<Response> {
    let (key, fallback) = {
        let st = shared.store();
        let p = st
            .get(rt, ns, pod)
            .ok_or_else(|| ApiError::not_found(&rt.group, &rt.plural, pod))?;
        let containers: Vec<String> = p["spec"]["containers"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| c["name"].as_str().map(String::from))
            .collect();
        let container = match req.param("container").filter(|c| !c.is_empty()) {
            Some(c) if containers.iter().any(|x| x == c) => c.to_string(),
            Some(c) => {
                return Err(ApiError::bad_request(format!(
                    "container {c} is not valid for pod {pod}"
                )));
            }
            None if containers.len() > 1 => {
                return Err(ApiError::bad_request(format!(
                    "a container name must be specified for pod {pod}, choose one of: [{}]",
                    containers.join(" ")
                )));
            }
            None => containers.first().cloned().unwrap_or_default(),
        };
        let key = log_key(ns, pod, Some(&container));
        let fallback = log_key(ns, pod, None);
        (key, fallback)
    };
    let int_param = |name: &str| -> ApiResult<Option<i64>> {
        match req.param(name).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(v) => v
                .parse::<i64>()
                .map(Some)
                .map_err(|_| ApiError::bad_request(format!("invalid {name} {v:?}"))),
        }
    };
    let tail = int_param("tailLines")?;
    let since_secs = int_param("sinceSeconds")?;
    let since_time = match req.param("sinceTime").filter(|v| !v.is_empty()) {
        None => None,
        Some(v) => Some(
            crate::clock::parse_rfc3339(v)
                .ok_or_else(|| ApiError::bad_request(format!("invalid sinceTime {v:?}")))?,
        ),
    };
    let since = since_secs
        .map(|s| crate::clock::now_unix() - s)
        .or(since_time);
    let timestamps = req.flag("timestamps");
    let follow = req.flag("follow");
    let read = move |sh: &Shared| -> String {
        let st = sh.store();
        st.pod_logs
            .get(&key)
            .or_else(|| st.pod_logs.get(&fallback))
            .cloned()
            .unwrap_or_default()
    };
    let render = move |lines: &[&str]| -> String {
        let mut out = String::new();
        for l in lines {
            let t = line_time(l);
            if since.is_some_and(|s| t.is_some_and(|t| t < s)) {
                continue;
            }
            if timestamps {
                let ts = t.unwrap_or_else(crate::clock::now_unix);
                out.push_str(&crate::clock::rfc3339_at(ts).replace('Z', ".000000000Z"));
                out.push(' ');
            }
            out.push_str(l);
            out.push('\n');
        }
        out
    };
    let text = read(shared);
    let lines: Vec<&str> = text.lines().collect();
    let start = match tail {
        Some(n) if n >= 0 => lines.len().saturating_sub(n as usize),
        _ => 0,
    };
    let first = render(&lines[start..]);
    if !follow {
        return Ok(Response::text(200, &first));
    }
    let (tx, rx) = mpsc::channel::<Vec<u8>>(64);
    let sh = shared.clone();
    let (rt, ns, pod) = (rt.clone(), ns.to_string(), pod.to_string());
    let mut seen = text.len();
    tokio::spawn(async move {
        if !first.is_empty() && tx.send(first.into_bytes()).await.is_err() {
            return;
        }
        let deadline = tokio::time::Instant::now() + Duration::from_secs(1800);
        while tokio::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(50)).await;
            if sh.store().get(&rt, &ns, &pod).is_none() {
                return;
            }
            let text = read(&sh);
            if text.len() > seen {
                let new: Vec<&str> = text[seen..].lines().collect();
                seen = text.len();
                let chunk = render(&new);
                if !chunk.is_empty() && tx.send(chunk.into_bytes()).await.is_err() {
                    return;
                }
            } else if tx.is_closed() {
                return;
            }
        }
    });
    Ok(Response {
        status: 200,
        headers: vec![("Content-Type".into(), "text/plain".into())],
        body: Body::Stream(rx),
    })
}

// The time of a log line: its JSON `ts` field (RFC 3339 or Unix seconds), if any.
fn line_time(line: &str) -> Option<i64> {
    if !line.starts_with('{') {
        return None;
    }
    let v: Value = serde_json::from_str(line).ok()?;
    match &v["ts"] {
        Value::String(s) => crate::clock::parse_rfc3339(s),
        Value::Number(n) => n.as_f64().map(|f| f as i64),
        _ => None,
    }
}

fn watch(
    shared: &Arc<Shared>,
    req: &Request,
    rt: &ResourceType,
    version: &str,
    ns: Option<&str>,
    _name: Option<&str>,
) -> ApiResult<Response> {
    let ls = label_sel(req)?;
    let fs = field_sel(req)?;
    let rv_param = req.param("resourceVersion").unwrap_or("");
    let send_initial = req.flag("sendInitialEvents");
    let bookmarks = req.flag("allowWatchBookmarks");
    let timeout = match req.param("timeoutSeconds") {
        None | Some("") => Duration::from_secs(1800),
        Some(t) => Duration::from_secs(
            t.parse()
                .map_err(|_| ApiError::bad_request(format!("invalid timeoutSeconds {t:?}")))?,
        ),
    };
    let from: Option<u64> = match rv_param {
        "" | "0" => None,
        s => Some(
            s.parse()
                .map_err(|_| ApiError::bad_request(format!("invalid resource version: {s}")))?,
        ),
    };
    let table = wants_table(req);
    let include = req.param("includeObject").map(String::from);
    let mut initial: Vec<(&'static str, Value)> = Vec::new();
    let (rx, current_rv) = {
        let st = shared.store();
        if from.is_none() || send_initial {
            if let Some(b) = st.objects.get(&(rt.group.clone(), rt.plural.clone())) {
                for o in b.values().filter(|o| matches(rt, ns, &ls, &fs, o)) {
                    initial.push(("ADDED", o.clone()));
                }
            }
        } else if let Some(from) = from {
            for r in st.history.iter().filter(|r| r.rv > from) {
                if r.group == rt.group
                    && r.plural == rt.plural
                    && let Some(ev) = filter_event(r, ns, &ls, &fs)
                {
                    initial.push(ev);
                }
            }
        }
        (shared.tx.subscribe(), st.rv)
    };
    let (out_tx, out_rx) = mpsc::channel::<Vec<u8>>(64);
    let rt = rt.clone();
    let version = version.to_string();
    let ns = ns.map(String::from);
    let interval = shared.opts.bookmark_interval;
    tokio::spawn(async move {
        let mut rx = rx;
        let first = std::sync::atomic::AtomicBool::new(true);
        let line = |etype: &str, o: &Value| -> Vec<u8> {
            let obj = shaped(&rt, &version, o);
            let obj = if table {
                crate::table::object_table(
                    &rt,
                    &version,
                    &obj,
                    include.as_deref(),
                    first.swap(false, std::sync::atomic::Ordering::SeqCst),
                )
            } else {
                obj
            };
            let mut b =
                serde_json::to_vec(&json!({"type": etype, "object": obj})).unwrap_or_default();
            b.push(b'\n');
            b
        };
        let bookmark = |rv: u64, initial_end: bool| -> Vec<u8> {
            let mut meta = json!({"resourceVersion": rv.to_string()});
            if initial_end {
                meta["annotations"] = json!({"k8s.io/initial-events-end": "true"});
            }
            let mut b = serde_json::to_vec(&json!({"type": "BOOKMARK", "object": {
                "kind": rt.kind, "apiVersion": rt.api_version(&version), "metadata": meta}}))
            .unwrap_or_default();
            b.push(b'\n');
            b
        };
        let mut last_rv = current_rv;
        for (t, o) in &initial {
            if out_tx.send(line(t, o)).await.is_err() {
                return;
            }
        }
        if send_initial && bookmarks && out_tx.send(bookmark(current_rv, true)).await.is_err() {
            return;
        }
        let deadline = tokio::time::Instant::now() + timeout;
        let mut tick = tokio::time::interval(interval);
        tick.tick().await;
        loop {
            tokio::select! {
                _ = tokio::time::sleep_until(deadline) => return,
                _ = tick.tick(), if bookmarks => {
                    if out_tx.send(bookmark(last_rv, false)).await.is_err() { return; }
                }
                r = rx.recv() => {
                    let r = match r { Ok(r) => r, Err(_) => return };
                    if r.rv <= current_rv && from.is_some_and(|f| r.rv <= f) { continue; }
                    if r.rv <= current_rv { continue; }
                    last_rv = r.rv;
                    if r.group != rt.group || r.plural != rt.plural { continue; }
                    if let Some((t, o)) = filter_event(&r, ns.as_deref(), &ls, &fs)
                        && out_tx.send(line(t, &o)).await.is_err() { return; }
                }
                _ = out_tx.closed() => return,
            }
        }
    });
    Ok(Response {
        status: 200,
        headers: vec![("Content-Type".into(), "application/json".into())],
        body: Body::Stream(out_rx),
    })
}

fn filter_event(
    r: &WatchRecord,
    ns: Option<&str>,
    ls: &LabelSelector,
    fs: &FieldSelector,
) -> Option<(&'static str, Value)> {
    if ns.is_some_and(|n| n != r.namespace) {
        return None;
    }
    let m = |o: &Value| ls.matches(o) && fs.matches(o);
    let now = m(&r.obj);
    let before = r.old.as_ref().is_some_and(m);
    match r.etype {
        "ADDED" if now => Some(("ADDED", r.obj.clone())),
        "MODIFIED" if now && before => Some(("MODIFIED", r.obj.clone())),
        "MODIFIED" if now => Some(("ADDED", r.obj.clone())),
        "MODIFIED" if before => Some(("DELETED", r.obj.clone())),
        "DELETED" if now => Some(("DELETED", r.obj.clone())),
        _ => None,
    }
}

// --- Library-level helpers used by the handle -------------------------------------------

impl Shared {
    /// Create or replace an object directly (test seeding), bypassing HTTP.
    pub fn seed(&self, obj: Value) -> anyhow::Result<Value> {
        let av = obj["apiVersion"].as_str().unwrap_or("").to_string();
        let kind = obj["kind"].as_str().unwrap_or("").to_string();
        let (group, version) = match av.split_once('/') {
            Some((g, v)) => (g.to_string(), v.to_string()),
            None => (String::new(), av.clone()),
        };
        let mut st = self.store();
        let rt = st
            .registry
            .find_kind(&group, &kind)
            .cloned()
            .ok_or_else(|| anyhow::anyhow!("no kind {kind} in {av}"))?;
        let ns = meta_str(&obj, "namespace").to_string();
        let ctx = Ctx {
            rt: rt.clone(),
            version,
            manager: "fake-kube".into(),
            dry_run: false,
            field_validation: "Ignore".into(),
            tx: &self.tx,
        };
        let name = meta_str(&obj, "name").to_string();
        let r = match st.get(&rt, &ns, &name).cloned() {
            Some(old) => st.finish_update(&ctx, &old, obj, "", false),
            None => st.create(
                &ctx,
                if rt.namespaced { Some(&ns) } else { None },
                obj,
                None,
            ),
        };
        r.map(|(v, _)| v).map_err(|e| anyhow::anyhow!(e.message))
    }
}

impl Shared {
    /// Create (or update) an object, then set its `status` through the status subresource
    /// when it has one: what a test client does with `Create` then `Status().Update()`.
    pub fn seed_with_status(&self, mut obj: Value) -> anyhow::Result<Value> {
        let status = obj.as_object_mut().and_then(|o| o.remove("status"));
        let av = obj["apiVersion"].as_str().unwrap_or("").to_string();
        let kind = obj["kind"].as_str().unwrap_or("").to_string();
        let group = av
            .split_once('/')
            .map(|(g, _)| g.to_string())
            .unwrap_or_default();
        let (plural, has_status) = {
            let st = self.store();
            let rt = st
                .registry
                .find_kind(&group, &kind)
                .ok_or_else(|| anyhow::anyhow!("no kind {kind} in {av}"))?;
            let has = rt.versions.iter().any(|v| rt.status_subresource(&v.name));
            (rt.plural.clone(), has)
        };
        let Some(status) = status else {
            return self.seed(obj);
        };
        if !has_status {
            obj["status"] = status;
            return self.seed(obj);
        }
        let created = self.seed(obj)?;
        let ns = meta_str(&created, "namespace").to_string();
        let name = meta_str(&created, "name").to_string();
        self.write_status(&group, &plural, &ns, &name, status, "fake-kube")?;
        let st = self.store();
        let rt = st
            .registry
            .find_kind(&group, &kind)
            .cloned()
            .ok_or_else(|| anyhow::anyhow!("no kind {kind} in {av}"))?;
        Ok(st.get(&rt, &ns, &name).cloned().unwrap_or(created))
    }
}

impl Shared {
    /// Replace the status of a stored object as `manager` would through `/status`.
    /// Returns whether anything changed.
    pub fn write_status(
        &self,
        group: &str,
        plural: &str,
        ns: &str,
        name: &str,
        status: Value,
        manager: &str,
    ) -> anyhow::Result<bool> {
        let mut st = self.store();
        let rt = st
            .registry
            .types
            .iter()
            .find(|t| t.group == group && t.plural == plural)
            .cloned()
            .ok_or_else(|| anyhow::anyhow!("no resource {plural}.{group}"))?;
        let version = rt
            .versions
            .iter()
            .find(|v| v.storage)
            .or(rt.versions.first())
            .map(|v| v.name.clone())
            .unwrap_or_default();
        let Some(old) = st.get(&rt, ns, name).cloned() else {
            return Ok(false);
        };
        let before = old["metadata"]["resourceVersion"].clone();
        let ctx = Ctx {
            rt,
            version,
            manager: manager.into(),
            dry_run: false,
            field_validation: "Ignore".into(),
            tx: &self.tx,
        };
        let new = json!({"metadata": {}, "status": status});
        let (out, _) = st
            .finish_update(&ctx, &old, new, "status", false)
            .map_err(|e| anyhow::anyhow!(e.message))?;
        Ok(out["metadata"]["resourceVersion"] != before)
    }

    /// All stored objects of a resource.
    pub fn objects(&self, group: &str, plural: &str) -> Vec<Value> {
        self.store()
            .objects
            .get(&(group.to_string(), plural.to_string()))
            .map(|b| b.values().cloned().collect())
            .unwrap_or_default()
    }

    /// Append controller log text for a pod.
    pub fn append_pod_log(&self, ns: &str, pod: &str, line: &str) {
        let mut st = self.store();
        let e = st
            .pod_logs
            .entry((ns.to_string(), pod.to_string()))
            .or_default();
        e.push_str(line);
        e.push('\n');
    }
}
