//! Fake controllers (`--controllers`): Deployments become available (with a Running pod each);
//! Flux objects whose controller Deployment is available reconcile: Ready condition,
//! `observedGeneration`, `lastHandledReconcileAt`, artifacts for sources, `dependsOn` and
//! `suspend` honoured, Events and controller log lines emitted.
//!
//! Per-object knobs (annotations): `fake-kube.flux-rs.io/fail: <message>` makes the object fail
//! its reconciliation (with `fake-kube.flux-rs.io/stalled: "true"` also `Stalled=True`);
//! `fake-kube.flux-rs.io/delay-ms: <n>` delays it.

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};

use crate::api::{Shared, WatchRecord};
use crate::clock;

pub const FAIL_ANNOTATION: &str = "fake-kube.flux-rs.io/fail";
pub const DELAY_ANNOTATION: &str = "fake-kube.flux-rs.io/delay-ms";
/// With `fail`: the failure is terminal (`Stalled=True` next to `Ready=False`).
pub const STALLED_ANNOTATION: &str = "fake-kube.flux-rs.io/stalled";
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
                let onns = o["metadata"]["namespace"].as_str().unwrap_or("");
                let generated_chart = kind == "HelmChart"
                    && o["spec"]["chart"]["spec"].is_object()
                    && name == format!("{onns}-{}", o["metadata"]["name"].as_str().unwrap_or(""));
                let src = on(&o["spec"]["sourceRef"])
                    || on(&o["spec"]["chart"]["spec"]["sourceRef"])
                    || on(&o["spec"]["chartRef"])
                    || generated_chart;
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
                // source-controller's checkout order: name, then tag, then branch.
                let refname = r["name"]
                    .as_str()
                    .or_else(|| r["tag"].as_str())
                    .or_else(|| r["branch"].as_str())
                    .unwrap_or("master")
                    .to_string();
                let url = spec["url"].as_str().unwrap_or("");
                let commit = known::git_commit(url, &refname)
                    .map(String::from)
                    .unwrap_or_else(|| hex(&seed, 40));
                let rev = format!("{refname}@sha1:{commit}");
                status.insert("artifact".into(), source_artifact(rev.clone()));
                Ok(format!("stored artifact for revision '{rev}'"))
            }
            "OCIRepository" => {
                let tag = spec["ref"]["tag"].as_str().unwrap_or("latest");
                let url = spec["url"].as_str().unwrap_or("");
                let digest = known::oci_digest(url, tag)
                    .map(String::from)
                    .unwrap_or_else(|| format!("sha256:{}", hex(&seed, 64)));
                let rev = format!("{tag}@{digest}");
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
                let from_source = chart_source_version(shared, &o, ns);
                let v = spec["version"]
                    .as_str()
                    .filter(|v| !v.contains('*') && !v.is_empty())
                    .map(String::from)
                    .or(from_source)
                    .unwrap_or_else(|| "1.0.0".into());
                let chart_name = chart.rsplit('/').next().unwrap_or(chart);
                status.insert("artifact".into(), source_artifact(v.clone()));
                Ok(format!("pulled '{chart_name}' chart with version '{v}'"))
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
                let chart_path = spec["chart"]["spec"]["chart"].as_str().unwrap_or("chart");
                let chart = chart_path.rsplit('/').next().unwrap_or(chart_path);
                // helm-controller creates the HelmChart of a chart template and installs the
                // version it fetched.
                let chart_version = match helm_release_chart(shared, &o, ns) {
                    Some(Ok(v)) => Some(v),
                    Some(Err(e)) => {
                        outcome = Err(e);
                        None
                    }
                    None => None,
                };
                let version = chart_version.unwrap_or_else(|| {
                    spec["chart"]["spec"]["version"]
                        .as_str()
                        .filter(|v| !v.contains('*') && !v.is_empty())
                        .unwrap_or("1.0.0")
                        .to_string()
                });
                let version = version.as_str();
                if let Err(e) = &outcome {
                    return finish_helm_release_pending(shared, group, plural, kind, &o, e.clone());
                }
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
                    "chartVersion": version, "status": "deployed", "digest": format!("sha256:{}", hex(&seed, 64)),
                    "configDigest": format!("sha256:{}", hex(&format!("{seed}/config"), 64)),
                    "firstDeployed": now, "lastDeployed": now}]));
                let verb = if n == 1 { "install" } else { "upgrade" };
                match &outcome {
                    Err(e) => Err(e.clone()),
                    Ok(_) => Ok(format!(
                        "Helm {verb} succeeded for release {tns}/{release}.v{n} with chart {chart}@{version}"
                    )),
                }
            }
            "ImageRepository" => {
                let tags = known::image_tags(spec["image"].as_str().unwrap_or(""));
                let latest: Vec<&str> = tags.iter().rev().take(10).map(|(t, _)| *t).collect();
                status.insert(
                    "lastScanResult".into(),
                    json!({"scanTime": now, "tagCount": tags.len(), "latestTags": latest}),
                );
                status.insert("canonicalImageName".into(), json!(spec["image"]));
                Ok(format!("successful scan: found {} tags", tags.len()))
            }
            "ImagePolicy" => {
                let repo_name = spec["imageRepositoryRef"]["name"].as_str().unwrap_or("");
                let repo_ns = spec["imageRepositoryRef"]["namespace"]
                    .as_str()
                    .unwrap_or(ns);
                let image = find(shared, group, "imagerepositories", repo_ns, repo_name)
                    .and_then(|r| r["spec"]["image"].as_str().map(String::from))
                    .unwrap_or_else(|| format!("registry.example.com/{name}"));
                match known::select(&image, spec) {
                    Some((tag, digest)) => {
                        let reflect = matches!(
                            spec["digestReflectionPolicy"].as_str(),
                            Some("Always" | "IfNotPresent")
                        );
                        let mut latest = json!({"name": image, "tag": tag});
                        let mut msg = format!("Latest image tag for {image} resolved to {tag}");
                        if reflect {
                            latest["digest"] = json!(digest);
                            msg.push_str(&format!(" with digest {digest}"));
                        }
                        status.insert("latestRef".into(), latest);
                        Ok(msg)
                    }
                    None => Err((
                        "ReconciliationFailed".into(),
                        format!(
                            "Cannot determine latest tag for policy: no tags found for {image}"
                        ),
                    )),
                }
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
    let mut conditions = vec![
        json!({"type": "Ready", "status": if ok { "True" } else { "False" }, "observedGeneration": generation,
        "lastTransitionTime": ltt, "reason": reason, "message": message}),
    ];
    // A failure the controller gives up on (what real controllers mark Stalled).
    if !ok && o["metadata"]["annotations"][STALLED_ANNOTATION] == "true" {
        conditions.push(
            json!({"type": "Stalled", "status": "True", "observedGeneration": generation,
            "lastTransitionTime": ltt, "reason": reason, "message": message}),
        );
    }
    status.insert("conditions".into(), Value::Array(conditions));
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

/// The chart version a HelmChart gets from a GitRepository source checked out at a semver tag
/// (a chart's Chart.yaml version at that tag, as for podinfo).
fn chart_source_version(shared: &Shared, chart: &Value, ns: &str) -> Option<String> {
    let sr = &chart["spec"]["sourceRef"];
    if sr["kind"] != "GitRepository" {
        return None;
    }
    let src = find(
        shared,
        "source.toolkit.fluxcd.io",
        "gitrepositories",
        ns,
        sr["name"].as_str().unwrap_or(""),
    )?;
    let tag = src["spec"]["ref"]["tag"].as_str()?;
    known::parse_version(tag.trim_start_matches('v'))
        .map(|_| tag.trim_start_matches('v').to_string())
}

/// For a HelmRelease with a chart template: creates its HelmChart `<ns>-<name>` (in the
/// source's namespace) when missing, then `Some(Ok(version))` once that chart has an artifact,
/// `Some(Err(..))` while it has not. `None` for HelmReleases using `chartRef`.
fn helm_release_chart(
    shared: &Shared,
    hr: &Value,
    ns: &str,
) -> Option<Result<String, (String, String)>> {
    let tpl = &hr["spec"]["chart"]["spec"];
    if !tpl.is_object() {
        return None;
    }
    let name = hr["metadata"]["name"].as_str().unwrap_or("");
    let chart_ns = tpl["sourceRef"]["namespace"]
        .as_str()
        .unwrap_or(ns)
        .to_string();
    let chart_name = format!("{ns}-{name}");
    let group = "source.toolkit.fluxcd.io";
    match find(shared, group, "helmcharts", &chart_ns, &chart_name) {
        None => {
            let mut spec = json!({
                "chart": tpl["chart"],
                "version": tpl["version"].as_str().unwrap_or("*"),
                "sourceRef": {"kind": tpl["sourceRef"]["kind"], "name": tpl["sourceRef"]["name"]},
                "interval": tpl["interval"].as_str().or(hr["spec"]["interval"].as_str()).unwrap_or("1m0s"),
                "reconcileStrategy": tpl["reconcileStrategy"].as_str().unwrap_or("ChartVersion"),
            });
            if let Some(v) = tpl.get("valuesFiles") {
                spec["valuesFiles"] = v.clone();
            }
            let _ = shared.seed(json!({
                "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "HelmChart",
                "metadata": {"name": chart_name, "namespace": chart_ns,
                    "labels": {"helm.toolkit.fluxcd.io/name": name, "helm.toolkit.fluxcd.io/namespace": ns}},
                "spec": spec,
            }));
            Some(Err((
                "ArtifactFailed".into(),
                format!("HelmChart '{chart_ns}/{chart_name}' is not ready"),
            )))
        }
        Some(c) if is_ready(&c) => c["status"]["artifact"]["revision"]
            .as_str()
            .map(|v| Ok(v.to_string())),
        Some(_) => Some(Err((
            "ArtifactFailed".into(),
            format!("HelmChart '{chart_ns}/{chart_name}' is not ready"),
        ))),
    }
}

/// What the real controllers report for the public artifacts upstream's end-to-end tests use
/// (`cmd/flux/testdata/{kustomization,helmrelease,oci,image}/*.golden`): the podinfo commit of
/// tag 6.3.5, its OCI manifest digest and the podinfo image tags. Anything else gets
/// deterministic made-up values.
mod known {
    use serde_json::Value;

    pub fn git_commit(url: &str, refname: &str) -> Option<&'static str> {
        match (url.trim_end_matches(".git"), refname) {
            ("https://github.com/stefanprodan/podinfo", "6.3.5") => {
                Some("67e2c98a60dc92283531412a9e604dd4bae005a9")
            }
            _ => None,
        }
    }

    pub fn oci_digest(url: &str, tag: &str) -> Option<&'static str> {
        match (url, tag) {
            ("oci://ghcr.io/stefanprodan/manifests/podinfo", "6.3.5") => {
                Some("sha256:6c959c51ccbb952e5fe4737563338a0aaf975675dcf812912cf09e5463181871")
            }
            _ => None,
        }
    }

    /// The tags of an image, oldest first, with their digests.
    pub fn image_tags(image: &str) -> Vec<(&'static str, String)> {
        let digest = |t: &str| format!("sha256:{}", super::hex(&format!("{image}:{t}"), 64));
        let tags: &[&'static str] = match image {
            "ghcr.io/stefanprodan/podinfo" => &[
                "3.0.0", "4.0.0", "4.0.6", "5.0.0", "5.0.1", "5.0.2", "5.0.3", "5.1.0", "5.2.0",
                "6.0.0", "6.3.5",
            ],
            _ => &["1.0.0", "1.0.1", "1.0.2"],
        };
        tags.iter()
            .map(|t| {
                let d = match (image, *t) {
                    ("ghcr.io/stefanprodan/podinfo", "5.0.3") => {
                        "sha256:8704da90172710d422af855049175c1a8295731cbe2ad3b9a1c1074feecf8c10"
                            .to_string()
                    }
                    _ => digest(t),
                };
                (*t, d)
            })
            .collect()
    }

    pub fn parse_version(v: &str) -> Option<(u64, u64, u64)> {
        let mut it = v.split('.');
        let a = it.next()?.parse().ok()?;
        let b = it.next().unwrap_or("0").parse().ok()?;
        let c = it.next().unwrap_or("0").parse().ok()?;
        Some((a, b, c))
    }

    /// One semver constraint term: `5.0.x`, `>4.0.0`, `>=1.0`, `<2`, `=1.2.3`, `1.2.3`, `*`.
    fn matches_term(term: &str, v: (u64, u64, u64)) -> bool {
        let (op, rest) = ["<=", ">=", "<", ">", "=", "^", "~"]
            .iter()
            .find_map(|op| term.strip_prefix(op).map(|r| (*op, r)))
            .unwrap_or(("", term));
        let rest = rest.trim().trim_start_matches('v');
        if rest == "*" || rest.is_empty() {
            return true;
        }
        let parts: Vec<&str> = rest.split('.').collect();
        let wild = parts
            .iter()
            .position(|p| *p == "x" || *p == "X" || *p == "*");
        let num = |i: usize| {
            parts
                .get(i)
                .and_then(|p| p.parse::<u64>().ok())
                .unwrap_or(0)
        };
        let want = (num(0), num(1), num(2));
        if let Some(w) = wild {
            let cur = [v.0, v.1, v.2];
            let exp = [want.0, want.1, want.2];
            return cur[..w] == exp[..w];
        }
        match op {
            "<=" => v <= want,
            ">=" => v >= want,
            "<" => v < want,
            ">" => v > want,
            "^" => v >= want && v.0 == want.0,
            "~" => v >= want && v.0 == want.0 && v.1 == want.1,
            _ => v == want,
        }
    }

    fn matches_range(range: &str, v: (u64, u64, u64)) -> bool {
        range.split("||").any(|alt| {
            alt.split([',', ' '])
                .filter(|t| !t.is_empty())
                .all(|t| matches_term(t, v))
        })
    }

    /// A `filterTags.pattern` made of literal characters, `\\`-escapes, `.` and the anchors `^`
    /// and `$`, matched as Go's `MatchString` does (unanchored otherwise); patterns with other
    /// operators match every tag.
    fn matches_pattern(pattern: &str, tag: &str) -> bool {
        let mut toks: Vec<Option<char>> = Vec::new();
        let (mut start, mut end) = (false, false);
        let mut chars = pattern.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    Some(n) => toks.push(Some(n)),
                    None => return true,
                },
                '^' if toks.is_empty() => start = true,
                '$' if chars.peek().is_none() => end = true,
                '.' => toks.push(None),
                '*' | '+' | '?' | '[' | ']' | '(' | ')' | '{' | '}' | '|' | '^' | '$' => {
                    return true;
                }
                c => toks.push(Some(c)),
            }
        }
        let t: Vec<char> = tag.chars().collect();
        let at = |i: usize| {
            i + toks.len() <= t.len()
                && toks
                    .iter()
                    .enumerate()
                    .all(|(j, k)| k.is_none_or(|c| t[i + j] == c))
        };
        let last = t.len().saturating_sub(toks.len());
        (0..=last)
            .filter(|i| !start || *i == 0)
            .filter(|i| !end || *i == last)
            .any(at)
    }

    /// The tag (and its digest) an ImagePolicy selects among the image's tags.
    pub fn select(image: &str, spec: &Value) -> Option<(&'static str, String)> {
        let pattern = spec["filterTags"]["pattern"].as_str().unwrap_or("");
        let tags: Vec<(&'static str, String)> = image_tags(image)
            .into_iter()
            .filter(|(t, _)| pattern.is_empty() || matches_pattern(pattern, t))
            .collect();
        let policy = &spec["policy"];
        if let Some(range) = policy["semver"]["range"].as_str() {
            return tags
                .into_iter()
                .filter_map(|(t, d)| parse_version(t).map(|v| (v, t, d)))
                .filter(|(v, _, _)| matches_range(range, *v))
                .max_by_key(|(v, _, _)| *v)
                .map(|(_, t, d)| (t, d));
        }
        let desc = policy["alphabetical"]["order"].as_str() == Some("desc")
            || policy["numerical"]["order"].as_str() == Some("desc");
        let mut tags = tags;
        tags.sort_by(|a, b| a.0.cmp(b.0));
        if desc {
            tags.into_iter().next()
        } else {
            tags.pop()
        }
    }
}

/// Writes the not-ready status of a HelmRelease waiting for its chart (no release history).
fn finish_helm_release_pending(
    shared: &Arc<Shared>,
    group: &str,
    plural: &str,
    kind: &str,
    o: &Value,
    (reason, message): (String, String),
) {
    let ns = o["metadata"]["namespace"].as_str().unwrap_or("");
    let name = o["metadata"]["name"].as_str().unwrap_or("");
    let generation = o["metadata"]["generation"].as_i64().unwrap_or(1);
    let mut status = o["status"].as_object().cloned().unwrap_or_default();
    let prev_same = o["status"]["conditions"].as_array().is_some_and(|c| {
        c.iter().any(|c| {
            c["type"] == "Ready" && c["status"] == "False" && c["message"] == message.as_str()
        })
    });
    if prev_same {
        return;
    }
    status.insert(
        "conditions".into(),
        json!([{"type": "Ready", "status": "False", "observedGeneration": generation,
        "lastTransitionTime": clock::rfc3339(), "reason": reason, "message": message}]),
    );
    status.insert("observedGeneration".into(), json!(generation));
    let _ = shared.write_status(
        group,
        plural,
        ns,
        name,
        Value::Object(status),
        "helm-controller",
    );
    let _ = kind;
}
