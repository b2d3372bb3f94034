//! Fake controllers (`--controllers`): Deployments become available (with a Running pod each);
//! Flux objects whose controller Deployment is available reconcile: Ready condition,
//! `observedGeneration`, `lastHandledReconcileAt`, artifacts for sources, `dependsOn` and
//! `suspend` honoured, Events and controller log lines emitted.
//!
//! Per-object knobs (annotations): `fake-kube.flux-rs.io/fail: <message>` makes the object fail
//! its reconciliation; `fake-kube.flux-rs.io/delay-ms: <n>` delays it.

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};

use crate::api::{Shared, WatchRecord};
use crate::clock;

pub const FAIL_ANNOTATION: &str = "fake-kube.flux-rs.io/fail";
pub const DELAY_ANNOTATION: &str = "fake-kube.flux-rs.io/delay-ms";
const REQUESTED_AT: &str = "reconcile.fluxcd.io/requestedAt";

/// The controller Deployment (in the object's... any namespace) that reconciles a group/kind.
pub fn controller_for(group: &str, kind: &str) -> Option<&'static str> {
    Some(match (group, kind) {
        ("source.toolkit.fluxcd.io", _) => "source-controller",
        ("source.extensions.fluxcd.io", _) => "source-watcher",
        ("kustomize.toolkit.fluxcd.io", _) => "kustomize-controller",
        ("helm.toolkit.fluxcd.io", _) => "helm-controller",
        ("notification.toolkit.fluxcd.io", "Receiver") => "notification-controller",
        ("image.toolkit.fluxcd.io", "ImageUpdateAutomation") => "image-automation-controller",
        ("image.toolkit.fluxcd.io", _) => "image-reflector-controller",
        _ => return None,
    })
}

fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    // splitmix64 finalizer for well-spread digits.
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// A deterministic hex digest of `len` characters.
fn hex(seed: &str, len: usize) -> String {
    let mut out = String::new();
    let mut i = 0u64;
    while out.len() < len {
        out.push_str(&format!("{:016x}", fnv(&format!("{seed}/{i}"))));
        i += 1;
    }
    out.truncate(len);
    out
}

pub async fn run(shared: Arc<Shared>) {
    let mut rx = shared.tx.subscribe();
    // Objects that existed before the controllers started.
    reconcile_everything(&shared);
    loop {
        let rec = match rx.recv().await {
            Ok(r) => r,
            Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {
                reconcile_everything(&shared);
                continue;
            }
            Err(_) => return,
        };
        on_change(&shared, &rec);
    }
}

fn reconcile_everything(shared: &Arc<Shared>) {
    for d in shared.objects("apps", "deployments") {
        deployment(shared, &d);
    }
    for (g, p, k) in flux_types(shared) {
        for o in shared.objects(&g, &p) {
            schedule(shared, &g, &p, &k, &o);
        }
    }
}

fn flux_types(shared: &Shared) -> Vec<(String, String, String)> {
    shared
        .store()
        .registry
        .types
        .iter()
        .filter(|t| controller_for(&t.group, &t.kind).is_some())
        .map(|t| (t.group.clone(), t.plural.clone(), t.kind.clone()))
        .collect()
}

fn on_change(shared: &Arc<Shared>, rec: &WatchRecord) {
    if rec.etype == "DELETED" {
        return;
    }
    if rec.group == "apps" && rec.plural == "deployments" {
        let was_ready = rec.old.as_ref().is_some_and(available);
        deployment(shared, &rec.obj);
        if !was_ready {
            // A controller may just have become available: retry everything it owns.
            let name = rec.obj["metadata"]["name"]
                .as_str()
                .unwrap_or("")
                .to_string();
            for (g, p, k) in flux_types(shared) {
                if controller_for(&g, &k) == Some(name.as_str()) {
                    for o in shared.objects(&g, &p) {
                        schedule(shared, &g, &p, &k, &o);
                    }
                }
            }
        }
        return;
    }
    let kind = rec.obj["kind"].as_str().unwrap_or("").to_string();
    if controller_for(&rec.group, &kind).is_none() {
        return;
    }
    schedule(shared, &rec.group, &rec.plural, &kind, &rec.obj);
    // Dependents and consumers of this object may now proceed.
    if ready_of(&rec.obj) != rec.old.as_ref().and_then(ready_of) {
        let name = rec.obj["metadata"]["name"].as_str().unwrap_or("");
        let ns = rec.obj["metadata"]["namespace"].as_str().unwrap_or("");
        for (g, p, k) in flux_types(shared) {
            for o in shared.objects(&g, &p) {
                let on = |r: &Value| {
                    r["name"] == name
                        && r["namespace"]
                            .as_str()
                            .unwrap_or(o["metadata"]["namespace"].as_str().unwrap_or(""))
                            == ns
                };
                let deps = o["spec"]["dependsOn"]
                    .as_array()
                    .is_some_and(|a| a.iter().any(on));
                let src = on(&o["spec"]["sourceRef"])
                    || on(&o["spec"]["chart"]["spec"]["sourceRef"])
                    || on(&o["spec"]["chartRef"]);
                if deps || src {
                    schedule(shared, &g, &p, &k, &o);
                }
            }
        }
    }
}

fn available(d: &Value) -> bool {
    d["status"]["conditions"].as_array().is_some_and(|c| {
        c.iter()
            .any(|c| c["type"] == "Available" && c["status"] == "True")
    })
}

fn ready_of(o: &Value) -> Option<String> {
    o["status"]["conditions"]
        .as_array()?
        .iter()
        .find(|c| c["type"] == "Ready")
        .map(|c| format!("{}/{}", c["status"], c["observedGeneration"]))
}

fn deployment(shared: &Arc<Shared>, d: &Value) {
    let ns = d["metadata"]["namespace"]
        .as_str()
        .unwrap_or("")
        .to_string();
    let name = d["metadata"]["name"].as_str().unwrap_or("").to_string();
    let replicas = d["spec"]["replicas"].as_i64().unwrap_or(1);
    let generation = d["metadata"]["generation"].as_i64().unwrap_or(1);
    let now = clock::rfc3339();
    let keep = |t: &str| {
        d["status"]["conditions"]
            .as_array()
            .and_then(|c| c.iter().find(|c| c["type"] == t))
            .and_then(|c| c["lastTransitionTime"].as_str().map(String::from))
            .unwrap_or_else(|| now.clone())
    };
    let status = json!({
        "observedGeneration": generation,
        "replicas": replicas,
        "updatedReplicas": replicas,
        "readyReplicas": replicas,
        "availableReplicas": replicas,
        "conditions": [
            {"type": "Available", "status": "True", "lastUpdateTime": keep("Available"), "lastTransitionTime": keep("Available"),
             "reason": "MinimumReplicasAvailable", "message": "Deployment has minimum availability."},
            {"type": "Progressing", "status": "True", "lastUpdateTime": keep("Progressing"), "lastTransitionTime": keep("Progressing"),
             "reason": "NewReplicaSetAvailable", "message": format!("ReplicaSet \"{name}-{}\" has successfully progressed.", hex(&name, 10))},
        ],
    });
    let _ = shared.write_status(
        "apps",
        "deployments",
        &ns,
        &name,
        status,
        "kube-controller-manager",
    );
    // One Running pod per Deployment, labelled like its template.
    let pod_name = format!(
        "{name}-{}-{}",
        hex(&name, 10),
        &hex(&format!("{name}/pod"), 5)
    );
    let exists = shared.objects("", "pods").iter().any(|p| {
        p["metadata"]["name"] == pod_name.as_str() && p["metadata"]["namespace"] == ns.as_str()
    });
    if !exists && replicas > 0 {
        let labels = d["spec"]["template"]["metadata"]["labels"].clone();
        let containers = d["spec"]["template"]["spec"]["containers"].clone();
        let statuses: Vec<Value> = containers
            .as_array()
            .into_iter()
            .flatten()
            .map(|c| json!({"name": c["name"], "image": c["image"], "ready": true, "restartCount": 0, "started": true,
                "state": {"running": {"startedAt": now}}}))
            .collect();
        let pod = json!({"apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": pod_name, "namespace": ns, "labels": labels,
                "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": format!("{name}-{}", hex(&name, 10)), "uid": hex(&pod_name, 32), "controller": true}]},
            "spec": {"containers": containers}});
        if shared.seed(pod).is_ok() {
            let _ = shared.write_status(
                "",
                "pods",
                &ns,
                &pod_name,
                json!({"phase": "Running",
                "conditions": [{"type": "Ready", "status": "True", "lastTransitionTime": now}],
                "containerStatuses": statuses, "startTime": now}),
                "kubelet",
            );
        }
    }
}

/// The Pod of a controller Deployment, if any.
fn controller_pod(shared: &Shared, controller: &str) -> Option<(String, String)> {
    let d = shared
        .objects("apps", "deployments")
        .into_iter()
        .find(|d| d["metadata"]["name"] == controller && available(d))?;
    let ns = d["metadata"]["namespace"]
        .as_str()
        .unwrap_or("")
        .to_string();
    let prefix = format!("{controller}-");
    let pod = shared.objects("", "pods").into_iter().find(|p| {
        p["metadata"]["namespace"] == ns.as_str()
            && p["metadata"]["name"]
                .as_str()
                .is_some_and(|n| n.starts_with(&prefix))
    })?;
    Some((
        ns,
        pod["metadata"]["name"].as_str().unwrap_or("").to_string(),
    ))
}

fn schedule(shared: &Arc<Shared>, group: &str, plural: &str, kind: &str, o: &Value) {
    let Some(controller) = controller_for(group, kind) else {
        return;
    };
    if controller_pod(shared, controller).is_none() {
        return;
    }
    if !needs_reconcile(o) {
        return;
    }
    let delay = o["metadata"]["annotations"][DELAY_ANNOTATION]
        .as_str()
        .and_then(|d| d.parse::<u64>().ok())
        .unwrap_or(0);
    let (g, p, k) = (group.to_string(), plural.to_string(), kind.to_string());
    let ns = o["metadata"]["namespace"]
        .as_str()
        .unwrap_or("")
        .to_string();
    let name = o["metadata"]["name"].as_str().unwrap_or("").to_string();
    if delay == 0 {
        reconcile(shared, &g, &p, &k, &ns, &name);
        return;
    }
    let sh = shared.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(delay)).await;
        reconcile(&sh, &g, &p, &k, &ns, &name);
    });
}

fn needs_reconcile(o: &Value) -> bool {
    if o["spec"]["suspend"] == json!(true) || o["metadata"].get("deletionTimestamp").is_some() {
        return false;
    }
    let st = &o["status"];
    let generation = o["metadata"]["generation"].as_i64().unwrap_or(0);
    let requested = o["metadata"]["annotations"][REQUESTED_AT].as_str();
    st["observedGeneration"].as_i64() != Some(generation)
        || requested.is_some_and(|r| st["lastHandledReconcileAt"].as_str() != Some(r))
        || o["status"]["conditions"].as_array().is_some_and(|c| {
            c.iter()
                .any(|c| c["type"] == "Ready" && c["status"] != "True")
        })
}

fn find(shared: &Shared, group: &str, plural: &str, ns: &str, name: &str) -> Option<Value> {
    shared
        .objects(group, plural)
        .into_iter()
        .find(|o| o["metadata"]["name"] == name && o["metadata"]["namespace"] == ns)
}

fn is_ready(o: &Value) -> bool {
    let generation = o["metadata"]["generation"].as_i64().unwrap_or(0);
    o["status"]["observedGeneration"].as_i64() == Some(generation)
        && o["status"]["conditions"].as_array().is_some_and(|c| {
            c.iter()
                .any(|c| c["type"] == "Ready" && c["status"] == "True")
        })
}

fn plural_of(shared: &Shared, group: &str, kind: &str) -> String {
    shared
        .store()
        .registry
        .find_kind(group, kind)
        .map(|t| t.plural.clone())
        .unwrap_or_else(|| format!("{}s", kind.to_ascii_lowercase()))
}

/// Source revision for Kustomizations/HelmReleases, or why it is not there.
fn source_revision(
    shared: &Shared,
    o: &Value,
    ns: &str,
) -> Result<Option<String>, (String, String)> {
    let sr = if o["spec"]["sourceRef"].is_object() {
        &o["spec"]["sourceRef"]
    } else if o["spec"]["chartRef"].is_object() {
        &o["spec"]["chartRef"]
    } else {
        return Ok(None);
    };
    let kind = sr["kind"].as_str().unwrap_or("GitRepository");
    let name = sr["name"].as_str().unwrap_or("");
    let sns = sr["namespace"].as_str().unwrap_or(ns);
    match find(
        shared,
        "source.toolkit.fluxcd.io",
        &plural_of(shared, "source.toolkit.fluxcd.io", kind),
        sns,
        name,
    ) {
        Some(s) if is_ready(&s) => Ok(s["status"]["artifact"]["revision"]
            .as_str()
            .map(String::from)),
        Some(_) => Err((
            "ArtifactFailed".into(),
            "Source artifact not found, retrying in 30s".to_string(),
        )),
        None => Err((
            "ArtifactFailed".into(),
            format!("{kind}.source.toolkit.fluxcd.io \"{name}\" not found"),
        )),
    }
}

fn reconcile(shared: &Arc<Shared>, group: &str, plural: &str, kind: &str, ns: &str, name: &str) {
    let Some(o) = find(shared, group, plural, ns, name) else {
        return;
    };
    if !needs_reconcile(&o) {
        return;
    }
    let Some(controller) = controller_for(group, kind) else {
        return;
    };
    let generation = o["metadata"]["generation"].as_i64().unwrap_or(1);
    let now = clock::rfc3339();
    let mut status = o["status"].as_object().cloned().unwrap_or_default();
    let seed = format!(
        "{ns}/{name}/{generation}/{}",
        serde_json::to_string(&o["spec"]).unwrap_or_default()
    );
    // dependsOn
    let mut outcome: Result<String, (String, String)> = Ok(String::new());
    for d in o["spec"]["dependsOn"].as_array().into_iter().flatten() {
        let dn = d["name"].as_str().unwrap_or("");
        let dns = d["namespace"].as_str().unwrap_or(ns);
        if !find(shared, group, plural, dns, dn).is_some_and(|x| is_ready(&x)) {
            outcome = Err((
                "DependencyNotReady".into(),
                format!("dependency '{dns}/{dn}' is not ready"),
            ));
            break;
        }
    }
    if outcome.is_ok()
        && let Some(msg) = o["metadata"]["annotations"][FAIL_ANNOTATION].as_str()
    {
        outcome = Err(("ReconciliationFailed".into(), msg.to_string()));
    }
    if outcome.is_ok() {
        let spec = &o["spec"];
        let source_artifact = |revision: String| {
            let digest = format!("sha256:{}", hex(&seed, 64));
            let lower = kind.to_ascii_lowercase();
            json!({"digest": digest, "lastUpdateTime": now, "path": format!("{lower}/{ns}/{name}/{}.tar.gz", hex(&seed, 40)),
                "revision": revision, "size": 1024, "url": format!("http://source-controller.flux-system.svc.cluster.local./{lower}/{ns}/{name}/{}.tar.gz", hex(&seed, 40))})
        };
        outcome = match kind {
            "GitRepository" => {
                let r = &spec["ref"];
                let refname = r["branch"]
                    .as_str()
                    .map(String::from)
                    .or_else(|| r["tag"].as_str().map(String::from))
                    .or_else(|| r["name"].as_str().map(String::from))
                    .unwrap_or_else(|| "master".into());
                let rev = format!("{refname}@sha1:{}", hex(&seed, 40));
                status.insert("artifact".into(), source_artifact(rev.clone()));
                Ok(format!("stored artifact for revision '{rev}'"))
            }
            "OCIRepository" => {
                let tag = spec["ref"]["tag"].as_str().unwrap_or("latest");
                let rev = format!("{tag}@sha256:{}", hex(&seed, 64));
                status.insert("artifact".into(), source_artifact(rev.clone()));
                Ok(format!("stored artifact for digest '{rev}'"))
            }
            "Bucket" | "HelmRepository" => {
                if kind == "HelmRepository" && spec["type"] == "oci" {
                    Ok("Helm repository is Ready".into())
                } else {
                    let rev = format!("sha256:{}", hex(&seed, 64));
                    status.insert("artifact".into(), source_artifact(rev.clone()));
                    Ok(if kind == "Bucket" {
                        format!("stored artifact for revision '{rev}'")
                    } else {
                        format!("stored artifact: revision '{rev}'")
                    })
                }
            }
            "HelmChart" => {
                let chart = spec["chart"].as_str().unwrap_or("chart");
                let v = spec["version"]
                    .as_str()
                    .filter(|v| !v.contains('*') && !v.is_empty())
                    .unwrap_or("1.0.0");
                status.insert("artifact".into(), source_artifact(v.to_string()));
                Ok(format!("pulled '{chart}' chart with version '{v}'"))
            }
            "ExternalArtifact" | "ArtifactGenerator" => Ok("reconciliation succeeded".into()),
            "Kustomization" => match source_revision(shared, &o, ns) {
                Ok(rev) => {
                    let rev = rev.unwrap_or_default();
                    status.insert("lastAppliedRevision".into(), json!(rev));
                    status.insert("lastAttemptedRevision".into(), json!(rev));
                    Ok(format!("Applied revision: {rev}"))
                }
                Err(e) => Err(e),
            },
            "HelmRelease" => {
                let chart = spec["chart"]["spec"]["chart"].as_str().unwrap_or("chart");
                let version = spec["chart"]["spec"]["version"]
                    .as_str()
                    .filter(|v| !v.contains('*') && !v.is_empty())
                    .unwrap_or("1.0.0");
                let release = spec["releaseName"].as_str().unwrap_or(name);
                let tns = spec["targetNamespace"].as_str().unwrap_or(ns);
                status.insert("lastAttemptedRevision".into(), json!(version));
                let n = status
                    .get("history")
                    .and_then(|h| h.as_array())
                    .map(|h| h.len())
                    .unwrap_or(0)
                    + 1;
                status.insert("history".into(), json!([{"name": release, "namespace": tns, "version": n, "chartName": chart,
                    "chartVersion": version, "status": "deployed", "digest": format!("sha256:{}", hex(&seed, 64))}]));
                let verb = if n == 1 { "install" } else { "upgrade" };
                Ok(format!(
                    "Helm {verb} succeeded for release {tns}/{release}.v{n} with chart {chart}@{version}"
                ))
            }
            "ImageRepository" => {
                status.insert("lastScanResult".into(), json!({"scanTime": now, "tagCount": 3, "latestTags": ["1.0.2", "1.0.1", "1.0.0"]}));
                status.insert("canonicalImageName".into(), json!(spec["image"]));
                Ok("successful scan: found 3 tags".into())
            }
            "ImagePolicy" => {
                let image = format!("registry.example.com/{name}");
                status.insert("latestRef".into(), json!({"name": image, "tag": "1.0.2"}));
                Ok(format!("Latest image tag for {image} resolved to 1.0.2"))
            }
            "ImageUpdateAutomation" => {
                status.insert("lastAutomationRunTime".into(), json!(now));
                Ok("repository up-to-date".into())
            }
            "Receiver" => {
                let path = format!("/hook/{}", hex(&format!("{ns}/{name}"), 64));
                status.insert("webhookPath".into(), json!(path));
                Ok(format!("Receiver initialized for path: {path}"))
            }
            _ => Ok("reconciliation succeeded".into()),
        };
    }
    let (ok, reason, message) = match &outcome {
        Ok(m) => (
            true,
            if kind == "HelmRelease" {
                "InstallSucceeded".to_string()
            } else if kind == "Kustomization" {
                "ReconciliationSucceeded".into()
            } else {
                "Succeeded".into()
            },
            m.clone(),
        ),
        Err((r, m)) => (false, r.clone(), m.clone()),
    };
    let prev = o["status"]["conditions"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["type"] == "Ready"))
        .cloned();
    let changed = prev.as_ref().is_none_or(|p| {
        p["status"] != if ok { "True" } else { "False" } || p["message"] != message.as_str()
    });
    let ltt = match (&prev, changed) {
        (Some(p), false) => p["lastTransitionTime"].clone(),
        _ => json!(now),
    };
    status.insert("conditions".into(), json!([{"type": "Ready", "status": if ok { "True" } else { "False" }, "observedGeneration": generation,
        "lastTransitionTime": ltt, "reason": reason, "message": message}]));
    status.insert("observedGeneration".into(), json!(generation));
    if let Some(r) = o["metadata"]["annotations"][REQUESTED_AT].as_str() {
        status.insert("lastHandledReconcileAt".into(), json!(r));
    }
    let _ = shared.write_status(group, plural, ns, name, Value::Object(status), controller);
    if changed {
        emit(shared, controller, group, kind, &o, ok, &reason, &message);
    }
}

#[allow(clippy::too_many_arguments)]
fn emit(
    shared: &Arc<Shared>,
    controller: &str,
    group: &str,
    kind: &str,
    o: &Value,
    ok: bool,
    reason: &str,
    message: &str,
) {
    let ns = o["metadata"]["namespace"].as_str().unwrap_or("");
    let name = o["metadata"]["name"].as_str().unwrap_or("");
    let now = clock::rfc3339();
    let ev = json!({"apiVersion": "v1", "kind": "Event",
        "metadata": {"name": format!("{name}.{}", hex(&format!("{now}/{message}/{}", o["metadata"]["resourceVersion"]), 16)), "namespace": ns},
        "involvedObject": {"apiVersion": o["apiVersion"], "kind": kind, "name": name, "namespace": ns,
            "uid": o["metadata"]["uid"], "resourceVersion": o["metadata"]["resourceVersion"]},
        "reason": reason, "message": message, "type": if ok { "Normal" } else { "Warning" },
        "source": {"component": controller}, "reportingComponent": controller,
        "firstTimestamp": now, "lastTimestamp": now, "count": 1});
    let _ = shared.seed(ev);
    if let Some((pns, pod)) = controller_pod(shared, controller) {
        let level = if ok { "info" } else { "error" };
        let lower = kind.to_ascii_lowercase();
        let mut line = json!({"level": level, "ts": now, "msg": message, "controller": lower, "controllerGroup": group,
            "controllerKind": kind});
        line[kind] = json!({"name": name, "namespace": ns});
        line["namespace"] = json!(ns);
        line["name"] = json!(name);
        line["reconcileID"] = json!(hex(&format!("{now}/{name}"), 32));
        shared.append_pod_log(&pns, &pod, &line.to_string());
    }
}
