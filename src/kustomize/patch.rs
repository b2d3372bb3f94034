//! Patches as kustomize applies them: RFC 6902 JSON patches (`add`, `remove`, `replace`,
//! `move`, `copy`, `test`) and strategic-merge patches with the merge keys of the built-in
//! Kubernetes list fields (`sigs.k8s.io/kustomize/kyaml` merge2, `apimachinery` SMP).

use serde_json::{Map, Value};

use super::Error;

/// Splits a JSON pointer into its unescaped tokens.
fn pointer_tokens(path: &str) -> Result<Vec<String>, Error> {
    if path.is_empty() {
        return Ok(Vec::new());
    }
    let Some(rest) = path.strip_prefix('/') else {
        return Err(Error::Invalid(format!(
            "invalid JSON pointer {path:?}: must start with '/'"
        )));
    };
    Ok(rest
        .split('/')
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect())
}

fn missing(path: &str) -> Error {
    Error::Invalid(format!(
        "unable to apply JSON patch: doc is missing path: \"{path}\""
    ))
}

fn parent_mut<'a>(
    doc: &'a mut Value,
    tokens: &[String],
    path: &str,
) -> Result<&'a mut Value, Error> {
    let mut cur = doc;
    for t in tokens {
        cur = match cur {
            Value::Object(m) => m.get_mut(t).ok_or_else(|| missing(path))?,
            Value::Array(a) => {
                let i: usize = t.parse().map_err(|_| missing(path))?;
                a.get_mut(i).ok_or_else(|| missing(path))?
            }
            _ => return Err(missing(path)),
        };
    }
    Ok(cur)
}

fn get<'a>(doc: &'a Value, path: &str) -> Result<&'a Value, Error> {
    let tokens = pointer_tokens(path)?;
    let mut cur = doc;
    for t in &tokens {
        cur = match cur {
            Value::Object(m) => m.get(t).ok_or_else(|| missing(path))?,
            Value::Array(a) => {
                let i: usize = t.parse().map_err(|_| missing(path))?;
                a.get(i).ok_or_else(|| missing(path))?
            }
            _ => return Err(missing(path)),
        };
    }
    Ok(cur)
}

fn add(doc: &mut Value, path: &str, value: Value) -> Result<(), Error> {
    let tokens = pointer_tokens(path)?;
    let Some((last, parents)) = tokens.split_last() else {
        *doc = value;
        return Ok(());
    };
    match parent_mut(doc, parents, path)? {
        Value::Object(m) => {
            m.insert(last.clone(), value);
            Ok(())
        }
        Value::Array(a) => {
            if last == "-" {
                a.push(value);
                return Ok(());
            }
            let i: usize = last.parse().map_err(|_| missing(path))?;
            if i > a.len() {
                return Err(Error::Invalid(format!(
                    "unable to apply JSON patch: add operation does not apply: doc is missing path: \"{path}\""
                )));
            }
            a.insert(i, value);
            Ok(())
        }
        _ => Err(missing(path)),
    }
}

fn remove(doc: &mut Value, path: &str) -> Result<Value, Error> {
    let tokens = pointer_tokens(path)?;
    let Some((last, parents)) = tokens.split_last() else {
        return Err(missing(path));
    };
    match parent_mut(doc, parents, path)? {
        Value::Object(m) => m.remove(last).ok_or_else(|| missing(path)),
        Value::Array(a) => {
            let i: usize = last.parse().map_err(|_| missing(path))?;
            if i >= a.len() {
                return Err(missing(path));
            }
            Ok(a.remove(i))
        }
        _ => Err(missing(path)),
    }
}

/// Applies a list of RFC 6902 operations to `doc`.
pub fn apply_json6902(doc: &mut Value, ops: &[Value]) -> Result<(), Error> {
    for op in ops {
        let field = |k: &str| op.get(k).and_then(Value::as_str);
        let path = field("path").ok_or_else(|| {
            Error::Invalid("unable to apply JSON patch: operation has no path".into())
        })?;
        match field("op") {
            Some("add") => add(doc, path, op.get("value").cloned().unwrap_or(Value::Null))?,
            Some("remove") => {
                remove(doc, path)?;
            }
            Some("replace") => {
                let value = op.get("value").cloned().unwrap_or(Value::Null);
                let tokens = pointer_tokens(path)?;
                let target = parent_mut(doc, &tokens, path)?;
                *target = value;
            }
            Some("move") => {
                let from = field("from").ok_or_else(|| missing(path))?;
                let v = remove(doc, from)?;
                add(doc, path, v)?;
            }
            Some("copy") => {
                let from = field("from").ok_or_else(|| missing(path))?;
                let v = get(doc, from)?.clone();
                add(doc, path, v)?;
            }
            Some("test") => {
                let want = op.get("value").cloned().unwrap_or(Value::Null);
                if *get(doc, path)? != want {
                    return Err(Error::Invalid(format!(
                        "unable to apply JSON patch: testing value {path} failed"
                    )));
                }
            }
            other => {
                return Err(Error::Invalid(format!(
                    "unable to apply JSON patch: unexpected operation {:?}",
                    other.unwrap_or("")
                )));
            }
        }
    }
    Ok(())
}

/// Whether the object's API group is one of Kubernetes' own (strategic merge uses the
/// built-in merge keys only there; custom resources merge lists by replacement).
fn is_builtin(api_version: &str) -> bool {
    match api_version.split_once('/') {
        None => true,
        Some((group, _)) => !group.contains('.') || group.ends_with(".k8s.io"),
    }
}

/// The merge key of a built-in list field, by field name and its parent field.
fn merge_key(field: &str, parent: &str) -> Option<&'static str> {
    Some(match field {
        "containers" | "initContainers" | "ephemeralContainers" => "name",
        "env" | "volumes" | "imagePullSecrets" | "resourceClaims" => "name",
        "volumeMounts" => "mountPath",
        "volumeDevices" => "devicePath",
        "hostAliases" => "ip",
        "conditions" => "type",
        "ports" if parent == "spec" => "port",
        "ports" => "containerPort",
        _ => return None,
    })
}

fn strip_directives(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.retain(|k, _| !k.starts_with('$'));
            m.values_mut().for_each(strip_directives);
        }
        Value::Array(a) => a.iter_mut().for_each(strip_directives),
        _ => {}
    }
}

fn check_directives(patch: &Map<String, Value>) -> Result<(), Error> {
    for k in patch.keys().filter(|k| k.starts_with('$')) {
        if k != "$patch" {
            return Err(Error::Unsupported(format!("strategic merge directive {k}")));
        }
    }
    Ok(())
}

fn merge_map(
    orig: &mut Map<String, Value>,
    patch: &Map<String, Value>,
    parent: &str,
    builtin: bool,
) -> Result<(), Error> {
    check_directives(patch)?;
    if patch.get("$patch").and_then(Value::as_str) == Some("replace") {
        let mut v = Value::Object(patch.clone());
        strip_directives(&mut v);
        if let Value::Object(m) = v {
            *orig = m;
        }
        return Ok(());
    }
    for (k, pv) in patch {
        if k.starts_with('$') {
            continue;
        }
        match pv {
            Value::Null => {
                orig.remove(k);
            }
            Value::Object(pm) => {
                if pm.get("$patch").and_then(Value::as_str) == Some("delete") {
                    orig.remove(k);
                    continue;
                }
                match orig.get_mut(k) {
                    Some(Value::Object(om)) => merge_map(om, pm, k, builtin)?,
                    _ => {
                        let mut v = pv.clone();
                        strip_directives(&mut v);
                        orig.insert(k.clone(), v);
                    }
                }
            }
            Value::Array(pa) => {
                let key = if builtin { merge_key(k, parent) } else { None };
                match (key, orig.get_mut(k)) {
                    (Some(key), Some(Value::Array(oa))) => merge_list(oa, pa, key, k, builtin)?,
                    _ => {
                        let mut v = Value::Array(
                            pa.iter()
                                .filter(|e| {
                                    e.get("$patch").and_then(Value::as_str) != Some("delete")
                                })
                                .cloned()
                                .collect(),
                        );
                        strip_directives(&mut v);
                        orig.insert(k.clone(), v);
                    }
                }
            }
            other => {
                orig.insert(k.clone(), other.clone());
            }
        }
    }
    Ok(())
}

/// Merges an associative list the way kyaml's merge2 does: the patch's elements first, in
/// patch order (merged with their original when the key matches), then the original
/// elements the patch does not mention, in their order.
fn merge_list(
    orig: &mut Vec<Value>,
    patch: &[Value],
    key: &str,
    field: &str,
    builtin: bool,
) -> Result<(), Error> {
    let mut rest: Vec<Option<Value>> = orig.drain(..).map(Some).collect();
    let mut out = Vec::new();
    for pe in patch {
        let Some(pm) = pe.as_object() else {
            return Err(Error::Invalid(format!(
                "strategic merge patch: {field} items must be objects"
            )));
        };
        let kv = pm.get(key);
        let pos = rest
            .iter()
            .position(|oe| kv.is_some() && oe.as_ref().and_then(|o| o.get(key)) == kv);
        let delete = pm.get("$patch").and_then(Value::as_str) == Some("delete");
        let matched = pos.and_then(|i| rest[i].take());
        if delete {
            continue;
        }
        match matched {
            Some(mut o) => {
                if let Value::Object(om) = &mut o {
                    merge_map(om, pm, field, builtin)?;
                }
                out.push(o);
            }
            None => {
                let mut v = pe.clone();
                strip_directives(&mut v);
                out.push(v);
            }
        }
    }
    out.extend(rest.into_iter().flatten());
    *orig = out;
    Ok(())
}

/// What a strategic-merge patch does to one object.
#[derive(Debug, PartialEq, Eq)]
pub enum SmpOutcome {
    /// The object was patched.
    Patched,
    /// `$patch: delete` at the top: the object goes away.
    Delete,
}

/// Applies a strategic-merge patch to `doc`.
pub fn apply_smp(doc: &mut Value, patch: &Value) -> Result<SmpOutcome, Error> {
    let Some(pm) = patch.as_object() else {
        return Err(Error::Invalid(
            "strategic merge patch must be a mapping".into(),
        ));
    };
    if pm.get("$patch").and_then(Value::as_str) == Some("delete") {
        return Ok(SmpOutcome::Delete);
    }
    let builtin = is_builtin(doc["apiVersion"].as_str().unwrap_or(""));
    let Value::Object(om) = doc else {
        return Err(Error::Invalid("resource is not a mapping".into()));
    };
    // The identity of the target is kept (a targeted patch's own name is irrelevant).
    let mut pm = pm.clone();
    pm.remove("apiVersion");
    pm.remove("kind");
    if let Some(Value::Object(meta)) = pm.get_mut("metadata") {
        meta.remove("name");
        meta.remove("namespace");
    }
    merge_map(om, &pm, "", builtin)?;
    Ok(SmpOutcome::Patched)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json6902_add_append_replace_remove() {
        let mut d = json!({"spec": {"args": ["a", "b"]}});
        apply_json6902(
            &mut d,
            &[
                json!({"op": "add", "path": "/spec/args/-", "value": "c"}),
                json!({"op": "replace", "path": "/spec/args/0", "value": "z"}),
                json!({"op": "remove", "path": "/spec/args/1"}),
                json!({"op": "add", "path": "/spec/x~1y", "value": 1}),
            ],
        )
        .unwrap();
        assert_eq!(d, json!({"spec": {"args": ["z", "c"], "x/y": 1}}));
        let err = apply_json6902(
            &mut d,
            &[json!({"op": "replace", "path": "/nope/0", "value": 1})],
        );
        assert!(err.is_err());
    }

    #[test]
    fn smp_merges_containers_by_name_and_replaces_tolerations() {
        let mut d = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "a"},
            "spec": {"template": {"spec": {"containers": [{"name": "m", "image": "x"}],
                "tolerations": [{"key": "old"}]}}}});
        let p = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "all"},
            "spec": {"template": {"spec": {"containers": [{"name": "m", "args": ["--x"]}],
                "nodeSelector": {"os": "linux"}, "tolerations": [{"key": "new"}]}}}});
        assert_eq!(apply_smp(&mut d, &p).unwrap(), SmpOutcome::Patched);
        assert_eq!(d["metadata"]["name"], "a");
        assert_eq!(
            d["spec"]["template"]["spec"]["containers"],
            json!([{"name": "m", "image": "x", "args": ["--x"]}])
        );
        assert_eq!(
            d["spec"]["template"]["spec"]["tolerations"],
            json!([{"key": "new"}])
        );
        assert_eq!(
            apply_smp(&mut d, &json!({"$patch": "delete"})).unwrap(),
            SmpOutcome::Delete
        );
    }
}
