//! Patch application: JSON merge patch (RFC 7386), JSON patch (RFC 6902) and strategic merge
//! patch (merge-keyed lists for the well-known built-in fields and `$patch`/`$retainKeys`/
//! `$deleteFromPrimitiveList`/`$setElementOrder` directives).

use serde_json::{Map, Value};

pub fn merge_patch(doc: &mut Value, patch: &Value) {
    json_patch::merge(doc, patch);
}

pub fn json_patch(doc: &mut Value, patch: &Value) -> Result<(), String> {
    let p: json_patch::Patch =
        serde_json::from_value(patch.clone()).map_err(|e| format!("invalid JSON patch: {e}"))?;
    json_patch::patch(doc, &p).map_err(|e| e.to_string())
}

/// The merge key of a list field for strategic merge patch; `None` means replace
/// (or primitive-merge, see [`primitive_merge`]).
pub fn merge_key(field: &str, sample: &[Value]) -> Option<&'static str> {
    let has = |k: &str| sample.iter().all(|e| e.get(k).is_some()) && !sample.is_empty();
    match field {
        "containers"
        | "initContainers"
        | "ephemeralContainers"
        | "volumes"
        | "env"
        | "imagePullSecrets"
        | "hostAliases"
        | "secrets"
        | "resourceClaims" => Some("name"),
        "volumeMounts" | "volumeDevices" => Some("mountPath"),
        "conditions" => Some("type"),
        "ports" => {
            if has("containerPort") {
                Some("containerPort")
            } else if has("port") {
                Some("port")
            } else {
                Some("containerPort")
            }
        }
        "ownerReferences" => Some("uid"),
        _ => None,
    }
}

/// Lists of scalars merged as sets by strategic merge patch.
fn primitive_merge(field: &str) -> bool {
    matches!(field, "finalizers")
}

/// Apply a strategic merge patch to `doc`.
pub fn strategic_merge(doc: &mut Value, patch: &Value) -> Result<(), String> {
    if !patch.is_object() {
        return Err("strategic merge patch must be a JSON object".into());
    }
    smp_map(doc, patch);
    Ok(())
}

fn smp_map(doc: &mut Value, patch: &Value) {
    let Some(p) = patch.as_object() else {
        *doc = patch.clone();
        return;
    };
    if p.get("$patch").and_then(|v| v.as_str()) == Some("replace") {
        let mut m = p.clone();
        m.remove("$patch");
        *doc = Value::Object(strip_directives(m));
        return;
    }
    if !doc.is_object() {
        *doc = Value::Object(Map::new());
    }
    let Some(d) = doc.as_object_mut() else { return };
    if let Some(keep) = p.get("$retainKeys").and_then(|v| v.as_array()) {
        let keep: Vec<&str> = keep.iter().filter_map(|k| k.as_str()).collect();
        d.retain(|k, _| keep.contains(&k.as_str()) || p.contains_key(k));
    }
    for (k, v) in p {
        if k == "$patch" || k == "$retainKeys" || k.starts_with("$setElementOrder/") {
            continue;
        }
        if let Some(field) = k.strip_prefix("$deleteFromPrimitiveList/") {
            if let (Some(Value::Array(cur)), Some(del)) = (d.get_mut(field), v.as_array()) {
                cur.retain(|x| !del.contains(x));
            }
            continue;
        }
        if v.is_null() {
            d.remove(k);
            continue;
        }
        match (d.get_mut(k), v) {
            (Some(cur @ Value::Object(_)), Value::Object(_)) => {
                if v.get("$patch").and_then(|x| x.as_str()) == Some("delete") {
                    d.remove(k);
                } else {
                    smp_map(cur, v);
                }
            }
            (Some(Value::Array(cur)), Value::Array(items)) => smp_list(k, cur, items),
            _ => {
                let v = match v {
                    Value::Object(m) => Value::Object(strip_directives(m.clone())),
                    Value::Array(items) => Value::Array(
                        items
                            .iter()
                            .filter(|e| e.get("$patch").is_none())
                            .map(|e| match e {
                                Value::Object(m) => Value::Object(strip_directives(m.clone())),
                                o => o.clone(),
                            })
                            .collect(),
                    ),
                    o => o.clone(),
                };
                d.insert(k.clone(), v);
            }
        }
    }
}

fn strip_directives(mut m: Map<String, Value>) -> Map<String, Value> {
    m.retain(|k, _| !k.starts_with('$'));
    for v in m.values_mut() {
        if let Value::Object(inner) = v {
            *inner = strip_directives(std::mem::take(inner));
        }
    }
    m
}

fn smp_list(field: &str, cur: &mut Vec<Value>, items: &[Value]) {
    if primitive_merge(field) {
        for it in items {
            if !cur.contains(it) {
                cur.push(it.clone());
            }
        }
        return;
    }
    let all_objects = items.iter().all(|e| e.is_object());
    let key = if all_objects {
        merge_key(field, cur)
    } else {
        None
    };
    let Some(key) = key else {
        // `[{"$patch": "replace"}]` or plain replace.
        *cur = items
            .iter()
            .filter(|e| e.get("$patch").is_none())
            .cloned()
            .collect();
        return;
    };
    if items
        .iter()
        .any(|e| e.get("$patch").and_then(|x| x.as_str()) == Some("replace"))
    {
        *cur = items
            .iter()
            .filter(|e| e.get("$patch").is_none())
            .cloned()
            .collect();
        return;
    }
    for it in items {
        let kv = it.get(key);
        let pos = cur.iter().position(|e| kv.is_some() && e.get(key) == kv);
        if it.get("$patch").and_then(|x| x.as_str()) == Some("delete") {
            if let Some(i) = pos {
                cur.remove(i);
            }
            continue;
        }
        match pos {
            Some(i) => smp_map(&mut cur[i], it),
            None => {
                let mut v = Value::Object(Map::new());
                smp_map(&mut v, it);
                cur.push(v);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn smp_merges_containers_by_name() {
        let mut d = json!({"spec": {"containers": [
            {"name": "a", "image": "a:1", "env": [{"name": "X", "value": "1"}]},
            {"name": "b", "image": "b:1"}
        ], "tolerations": [{"key": "k"}]}, "metadata": {"finalizers": ["f1"]}});
        let p = json!({"spec": {"containers": [
            {"name": "a", "env": [{"name": "Y", "value": "2"}]},
            {"name": "b", "$patch": "delete"},
            {"name": "c", "image": "c:1"}
        ], "tolerations": [{"key": "z"}]}, "metadata": {"finalizers": ["f2"]}});
        strategic_merge(&mut d, &p).unwrap();
        assert_eq!(
            d,
            json!({"spec": {"containers": [
                {"name": "a", "image": "a:1", "env": [{"name": "X", "value": "1"}, {"name": "Y", "value": "2"}]},
                {"name": "c", "image": "c:1"}
            ], "tolerations": [{"key": "z"}]}, "metadata": {"finalizers": ["f1", "f2"]}})
        );
    }

    #[test]
    fn merge_and_json_patch() {
        let mut d = json!({"a": 1, "b": {"c": 2}});
        merge_patch(&mut d, &json!({"a": null, "b": {"d": 3}}));
        assert_eq!(d, json!({"b": {"c": 2, "d": 3}}));
        json_patch(
            &mut d,
            &json!([{"op": "replace", "path": "/b/c", "value": 5}]),
        )
        .unwrap();
        assert_eq!(d["b"]["c"], 5);
        assert!(json_patch(&mut d, &json!([{"op": "remove", "path": "/nope"}])).is_err());
        assert!(json_patch(&mut d, &json!({"op": 1})).is_err());
    }
}
