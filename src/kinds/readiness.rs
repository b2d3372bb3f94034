//! Readiness of Flux objects: the kstatus computation (fluxcd/cli-utils) and the CLI's
//! predicates built on it (operate.md §6.3–§6.4), over plain JSON so they work on
//! `DynamicObject`s and typed objects alike. Mirrors upstream `cmd/flux/readiness.go`.

use kube::api::DynamicObject;
use kube::runtime::wait::Condition;
use serde_json::Value;

use super::{KindInfo, Readiness};

/// A kstatus result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Still reconciling.
    InProgress,
    /// Stalled.
    Failed,
    /// Reconciled and ready (or nothing says otherwise).
    Current,
    /// Being deleted.
    Terminating,
}

/// The kstatus of an object, with kstatus's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KStatus {
    /// The status.
    pub status: Status,
    /// Why (`Resource is Ready`, a condition message, ...).
    pub message: String,
}

fn conditions(obj: &Value) -> &[Value] {
    obj.pointer("/status/conditions")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

fn str_at<'a>(v: &'a Value, ptr: &str) -> &'a str {
    v.pointer(ptr).and_then(Value::as_str).unwrap_or("")
}

/// The `type` condition of `obj`, if any.
pub fn find_condition<'a>(obj: &'a Value, type_: &str) -> Option<&'a Value> {
    conditions(obj).iter().find(|c| str_at(c, "/type") == type_)
}

/// kstatus for a Flux object (generic rules; Flux kinds have no kind-specific ones).
pub fn kstatus(obj: &Value) -> KStatus {
    let kstatus = |status, message: &str| KStatus {
        status,
        message: message.to_string(),
    };
    if obj
        .pointer("/metadata/deletionTimestamp")
        .is_some_and(|v| !v.is_null() && v != "")
    {
        return kstatus(Status::Terminating, "Resource scheduled for deletion");
    }
    let generation = obj.pointer("/metadata/generation").and_then(Value::as_i64);
    let observed = obj
        .pointer("/status/observedGeneration")
        .and_then(Value::as_i64);
    if let (Some(g), Some(o)) = (generation, observed)
        && g != o
    {
        let kind = str_at(obj, "/kind");
        return KStatus {
            status: Status::InProgress,
            message: format!("{kind} generation is {g}, but latest observed generation is {o}"),
        };
    }
    for c in conditions(obj) {
        let (t, s) = (str_at(c, "/type"), str_at(c, "/status"));
        if t == "Reconciling" && s == "True" {
            return kstatus(Status::InProgress, str_at(c, "/message"));
        }
        if t == "Stalled" && s == "True" {
            return kstatus(Status::Failed, str_at(c, "/message"));
        }
    }
    for c in conditions(obj)
        .iter()
        .filter(|c| str_at(c, "/type") == "Ready")
    {
        match str_at(c, "/status") {
            "True" => return kstatus(Status::Current, "Resource is Ready"),
            "False" | "Unknown" => return kstatus(Status::InProgress, str_at(c, "/message")),
            _ => {}
        }
    }
    kstatus(Status::Current, "Resource is current")
}

/// `Err(message)` when kstatus is Failed or Terminating, else whether it is Current.
fn current_or_err(obj: &Value) -> Result<bool, String> {
    let ks = kstatus(obj);
    match ks.status {
        Status::Failed | Status::Terminating => Err(ks.message),
        Status::Current => Ok(true),
        Status::InProgress => Ok(false),
    }
}

/// The dynamic predicate: reconciled at the current generation, a `Ready` condition exists and
/// kstatus is Current. `Err` carries kstatus's message when the object failed or is terminating.
pub fn is_ready_dynamic(obj: &Value) -> Result<bool, String> {
    let generation = obj
        .pointer("/metadata/generation")
        .and_then(Value::as_i64)
        .unwrap_or(0);
    let observed = obj
        .pointer("/status/observedGeneration")
        .and_then(Value::as_i64)
        .unwrap_or(0);
    if observed < 1 {
        return Ok(false);
    }
    let Some(ready) = find_condition(obj, "Ready") else {
        return Ok(false);
    };
    let cond_gen = ready
        .get("observedGeneration")
        .and_then(Value::as_i64)
        .unwrap_or(0);
    let up_to_date = if cond_gen != 0 {
        cond_gen == generation
    } else {
        observed == generation
    };
    if !up_to_date {
        return Ok(false);
    }
    current_or_err(obj)
}

/// The static predicate: kstatus alone.
pub fn is_ready_static(obj: &Value) -> Result<bool, String> {
    current_or_err(obj)
}

/// The readiness rule of `kind` applied to `obj` (HelmRepository of `spec.type: oci` is static).
pub fn is_ready(kind: &KindInfo, obj: &Value) -> Result<bool, String> {
    let static_rule = match kind.readiness {
        Readiness::Static => true,
        Readiness::Dynamic => false,
        Readiness::StaticWhenOci => str_at(obj, "/spec/type") == "oci",
    };
    if static_rule {
        is_ready_static(obj)
    } else {
        is_ready_dynamic(obj)
    }
}

/// The reconcile-handled predicate: the controller recorded a `lastHandledReconcileAt` other than
/// `previous` and kstatus is Current.
pub fn is_reconcile_handled(obj: &Value, previous: &str) -> Result<bool, String> {
    let handled = str_at(obj, "/status/lastHandledReconcileAt");
    if handled == previous {
        // kstatus failures still end the wait early.
        return current_or_err(obj).map(|_| false);
    }
    current_or_err(obj)
}

fn to_json(obj: &DynamicObject) -> Value {
    serde_json::to_value(obj).unwrap_or(Value::Null)
}

/// A `kube::runtime::wait::Condition` that holds once `kind`'s readiness rule says ready (a
/// failed object never matches; callers that need its message use `is_ready`).
pub fn ready_condition(kind: &'static KindInfo) -> impl Condition<DynamicObject> {
    move |obj: Option<&DynamicObject>| {
        obj.is_some_and(|o| is_ready(kind, &to_json(o)).unwrap_or(false))
    }
}

/// A `Condition` that holds once the reconcile request after `previous` has been handled.
pub fn reconcile_handled_condition(previous: String) -> impl Condition<DynamicObject> {
    move |obj: Option<&DynamicObject>| {
        obj.is_some_and(|o| is_reconcile_handled(&to_json(o), &previous).unwrap_or(false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::{ALERT, GIT_REPOSITORY, HELM_REPOSITORY};

    fn obj(yaml: &str) -> Value {
        crate::yaml::from_str(yaml).expect("test yaml")
    }

    const READY: &str = r#"
kind: GitRepository
metadata: {name: podinfo, generation: 1}
status:
  observedGeneration: 1
  conditions:
  - {type: Ready, status: "True", reason: foo1, message: bar1, observedGeneration: 1}
"#;

    #[test]
    fn dynamic_follows_upstream_readiness_test() {
        assert_eq!(is_ready_dynamic(&obj(READY)), Ok(true));
        let not_ready = READY.replace("\"True\"", "\"False\"");
        assert_eq!(is_ready_dynamic(&obj(&not_ready)), Ok(false));
        let not_reconciled =
            "kind: GitRepository\nmetadata: {generation: 1}\nstatus: {observedGeneration: -1}\n";
        assert_eq!(is_ready_dynamic(&obj(not_reconciled)), Ok(false));
        let no_condition =
            "kind: GitRepository\nmetadata: {generation: 1}\nstatus: {observedGeneration: 1}\n";
        assert_eq!(is_ready_dynamic(&obj(no_condition)), Ok(false));
        let outdated = READY.replace("generation: 1}", "generation: 2}");
        assert_eq!(is_ready_dynamic(&obj(&outdated)), Ok(false));
        let old = READY.replace(", observedGeneration: 1}", "}");
        assert_eq!(is_ready_dynamic(&obj(&old)), Ok(true));
        let old_outdated = old.replace("generation: 1}", "generation: 2}");
        assert_eq!(is_ready_dynamic(&obj(&old_outdated)), Ok(false));
    }

    #[test]
    fn static_needs_no_status() {
        let empty_status = "kind: GitRepository\nmetadata: {generation: 1}\nstatus: {}\n";
        assert_eq!(is_ready_static(&obj(empty_status)), Ok(true));
        let no_status = "kind: Provider\nmetadata: {generation: 1}\n";
        assert_eq!(is_ready(&ALERT, &obj(no_status)), Ok(true));
        assert_eq!(is_ready(&GIT_REPOSITORY, &obj(no_status)), Ok(false));
        let oci = "kind: HelmRepository\nmetadata: {generation: 1}\nspec: {type: oci}\n";
        assert_eq!(is_ready(&HELM_REPOSITORY, &obj(oci)), Ok(true));
    }

    #[test]
    fn kstatus_rules() {
        let stalled = r#"
kind: Kustomization
metadata: {generation: 3}
status:
  observedGeneration: 3
  conditions:
  - {type: Stalled, status: "True", message: "build failed"}
  - {type: Ready, status: "False", message: "build failed"}
"#;
        assert_eq!(kstatus(&obj(stalled)).status, Status::Failed);
        assert_eq!(
            is_ready_dynamic(&obj(stalled)),
            Err("build failed".to_string())
        );
        let generation =
            "kind: Kustomization\nmetadata: {generation: 3}\nstatus: {observedGeneration: 2}\n";
        assert_eq!(
            kstatus(&obj(generation)).message,
            "Kustomization generation is 3, but latest observed generation is 2"
        );
        let deleting = "kind: Bucket\nmetadata: {deletionTimestamp: '2024-01-01T00:00:00Z'}\n";
        assert_eq!(
            kstatus(&obj(deleting)),
            KStatus {
                status: Status::Terminating,
                message: "Resource scheduled for deletion".into()
            }
        );
        let reconciling = "kind: Bucket\nstatus:\n  conditions:\n  - {type: Reconciling, status: \"True\", message: working}\n  - {type: Ready, status: \"True\"}\n";
        assert_eq!(kstatus(&obj(reconciling)).status, Status::InProgress);
        assert_eq!(
            kstatus(&obj("kind: Bucket\n")).message,
            "Resource is current"
        );
    }

    #[test]
    fn reconcile_handled_and_conditions() {
        let mut o = obj(READY);
        assert_eq!(is_reconcile_handled(&o, ""), Ok(false));
        o["status"]["lastHandledReconcileAt"] = "t1".into();
        assert_eq!(is_reconcile_handled(&o, ""), Ok(true));
        assert_eq!(is_reconcile_handled(&o, "t1"), Ok(false));

        let dynamic: DynamicObject = serde_json::from_value(serde_json::json!({
            "apiVersion": "source.toolkit.fluxcd.io/v1",
            "kind": "GitRepository",
            "metadata": {"name": "podinfo", "generation": 1},
            "status": o["status"].clone(),
        }))
        .expect("dynamic object");
        assert!(ready_condition(&GIT_REPOSITORY).matches_object(Some(&dynamic)));
        assert!(!ready_condition(&GIT_REPOSITORY).matches_object(None));
        assert!(reconcile_handled_condition(String::new()).matches_object(Some(&dynamic)));
        assert!(!reconcile_handled_condition("t1".into()).matches_object(Some(&dynamic)));
    }
}
