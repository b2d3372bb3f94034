//! The Flux controller pods `flux logs` reads (operate.md §5.4 step 3): one pod per Flux
//! Deployment, chosen with kubectl's `podutils.ByLogging` order.

use std::cmp::Ordering;

use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::Pod;
use kube::api::{Api, ListParams};

use crate::error::CliError;

/// The label selecting the Flux controller Deployments.
pub const PART_OF: &str = "app.kubernetes.io/part-of=flux";

fn ready_time(p: &Pod) -> Option<Option<jiff::Timestamp>> {
    let conds = p.status.as_ref()?.conditions.as_ref()?;
    let c = conds.iter().find(|c| c.type_ == "Ready")?;
    (c.status == "True").then(|| c.last_transition_time.as_ref().map(|t| t.0))
}

fn is_ready(p: &Pod) -> bool {
    ready_time(p).is_some()
}

fn phase_rank(p: &Pod) -> u8 {
    // Go's map lookup: phases other than these rank as Running (0).
    match p.status.as_ref().and_then(|s| s.phase.as_deref()) {
        Some("Unknown") => 1,
        Some("Pending") => 2,
        _ => 0,
    }
}

fn max_restarts(p: &Pod) -> i32 {
    p.status
        .as_ref()
        .and_then(|s| s.container_statuses.as_ref())
        .map(|cs| cs.iter().map(|c| c.restart_count).max().unwrap_or(0))
        .unwrap_or(0)
}

// kubectl's `afterOrZero(t1, t2)`: a zero time counts as after everything.
fn after_or_zero(t1: Option<jiff::Timestamp>, t2: Option<jiff::Timestamp>) -> bool {
    match (t1, t2) {
        (None, _) | (_, None) => t1.is_none(),
        (Some(a), Some(b)) => a > b,
    }
}

/// `podutils.ByLogging.Less`.
fn less(a: &Pod, b: &Pod) -> bool {
    let node = |p: &Pod| {
        p.spec
            .as_ref()
            .and_then(|s| s.node_name.clone())
            .unwrap_or_default()
    };
    let (na, nb) = (node(a), node(b));
    if na != nb && (na.is_empty() || nb.is_empty()) {
        return !na.is_empty();
    }
    if phase_rank(a) != phase_rank(b) {
        return phase_rank(a) < phase_rank(b);
    }
    if is_ready(a) != is_ready(b) {
        return is_ready(a);
    }
    if is_ready(a) && is_ready(b) {
        let (ta, tb) = (ready_time(a).flatten(), ready_time(b).flatten());
        if ta != tb {
            return after_or_zero(tb, ta);
        }
    }
    if max_restarts(a) != max_restarts(b) {
        return max_restarts(a) > max_restarts(b);
    }
    let created = |p: &Pod| p.metadata.creation_timestamp.as_ref().map(|t| t.0);
    if created(a) != created(b) {
        return after_or_zero(created(b), created(a));
    }
    false
}

/// The pod kubectl would read logs from.
pub fn best(mut pods: Vec<Pod>) -> Option<Pod> {
    pods.sort_by(|a, b| {
        if less(a, b) {
            Ordering::Less
        } else if less(b, a) {
            Ordering::Greater
        } else {
            Ordering::Equal
        }
    });
    pods.into_iter().next()
}

/// One pod per Flux Deployment in `ns`; none → upstream's error.
pub async fn flux_pods(client: &kube::Client, ns: &str) -> Result<Vec<Pod>, CliError> {
    let deployments: Api<Deployment> = Api::namespaced(client.clone(), ns);
    let pods: Api<Pod> = Api::namespaced(client.clone(), ns);
    let list = deployments
        .list(&ListParams::default().labels(PART_OF))
        .await?;
    let mut out = Vec::new();
    for d in &list.items {
        let labels = d
            .spec
            .as_ref()
            .and_then(|s| s.template.metadata.as_ref())
            .and_then(|m| m.labels.clone())
            .unwrap_or_default();
        let selector: Vec<String> = labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let found = pods
            .list(&ListParams::default().labels(&selector.join(",")))
            .await?;
        if let Some(p) = best(found.items) {
            out.push(p);
        }
    }
    if out.is_empty() {
        return Err(CliError::msg(format!(
            "no Flux pods found in namespace \"{ns}\""
        )));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pod(name: &str, phase: &str, ready: bool, restarts: i32, created: &str) -> Pod {
        serde_json::from_value(serde_json::json!({
            "metadata": {"name": name, "creationTimestamp": created},
            "spec": {"containers": [{"name": "manager"}]},
            "status": {"phase": phase,
                "conditions": [{"type": "Ready", "status": if ready { "True" } else { "False" },
                    "lastTransitionTime": created}],
                "containerStatuses": [{"name": "manager", "image": "i", "imageID": "", "ready": ready,
                    "restartCount": restarts}]}
        }))
        .unwrap()
    }

    #[test]
    fn prefers_running_ready_older_pods() {
        let name = |p: Option<Pod>| p.unwrap().metadata.name.unwrap();
        let t1 = "2024-01-01T00:00:00Z";
        let t2 = "2024-01-02T00:00:00Z";
        assert_eq!(
            name(best(vec![
                pod("pending", "Pending", false, 0, t1),
                pod("run", "Running", true, 0, t2)
            ])),
            "run"
        );
        assert_eq!(
            name(best(vec![
                pod("unready", "Running", false, 0, t1),
                pod("ready", "Running", true, 0, t2)
            ])),
            "ready"
        );
        assert_eq!(
            name(best(vec![
                pod("newer", "Running", true, 0, t2),
                pod("older", "Running", true, 0, t1)
            ])),
            "older"
        );
        assert_eq!(
            name(best(vec![
                pod("few", "Running", false, 1, t1),
                pod("many", "Running", false, 3, t1)
            ])),
            "many"
        );
        assert!(best(Vec::new()).is_none());
    }
}
