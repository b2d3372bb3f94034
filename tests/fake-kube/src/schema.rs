//! Structural-schema handling for custom resources: defaulting, pruning of unknown fields, and
//! light validation (type, required, enum, nullable) following `openAPIV3Schema`.

use serde_json::Value;

#[derive(Debug, Default)]
pub struct Outcome {
    /// Paths (`.spec.foo`) of fields removed as unknown.
    pub pruned: Vec<String>,
    /// `(field, message)` validation failures.
    pub errors: Vec<(String, String)>,
}

/// Default, prune and validate `obj` against the root schema of a CRD version.
pub fn process(obj: &mut Value, schema: &Value) -> Outcome {
    let mut out = Outcome::default();
    let Some(o) = obj.as_object_mut() else {
        return out;
    };
    let props = schema.get("properties");
    let preserve = schema.get("x-kubernetes-preserve-unknown-fields") == Some(&Value::Bool(true));
    let keys: Vec<String> = o.keys().cloned().collect();
    for k in keys {
        if k == "apiVersion" || k == "kind" || k == "metadata" {
            continue;
        }
        match props.and_then(|p| p.get(&k)) {
            Some(s) => {
                if let Some(v) = o.get_mut(&k) {
                    walk(v, s, &k, &mut out);
                }
            }
            None if !preserve => {
                o.remove(&k);
                out.pruned.push(format!(".{k}"));
            }
            None => {}
        }
    }
    if let Some(p) = props.and_then(|p| p.as_object()) {
        for (k, s) in p {
            if k == "metadata" || k == "apiVersion" || k == "kind" || o.contains_key(k) {
                continue;
            }
            if let Some(d) = s.get("default") {
                let mut d = d.clone();
                walk(&mut d, s, k, &mut out);
                o.insert(k.clone(), d);
            }
        }
    }
    required(o, schema, "", &mut out);
    out
}

fn required(o: &serde_json::Map<String, Value>, schema: &Value, path: &str, out: &mut Outcome) {
    for r in schema
        .get("required")
        .and_then(|v| v.as_array())
        .into_iter()
        .flatten()
    {
        if let Some(r) = r.as_str()
            && !o.contains_key(r)
        {
            let f = if path.is_empty() {
                r.to_string()
            } else {
                format!("{path}.{r}")
            };
            out.errors.push((f, "Required value".into()));
        }
    }
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn walk(v: &mut Value, schema: &Value, path: &str, out: &mut Outcome) {
    if v.is_null() {
        if schema.get("nullable") != Some(&Value::Bool(true)) {
            // The real server drops nulls of non-nullable fields during defaulting.
            return;
        }
        return;
    }
    let int_or_string = schema.get("x-kubernetes-int-or-string") == Some(&Value::Bool(true));
    if let Some(t) = schema.get("type").and_then(|t| t.as_str()) {
        let actual = type_name(v);
        let ok = int_or_string && (actual == "integer" || actual == "string")
            || actual == t
            || (t == "number" && actual == "integer");
        if !ok && !int_or_string {
            out.errors.push((
                path.to_string(),
                format!(
                    "Invalid value: \"{actual}\": {path} in body must be of type {t}: \"{actual}\""
                ),
            ));
            return;
        }
    }
    if let Some(e) = schema.get("enum").and_then(|e| e.as_array())
        && !e.contains(v)
    {
        let vals: Vec<String> = e.iter().map(|x| x.to_string()).collect();
        out.errors.push((
            path.to_string(),
            format!(
                "Unsupported value: {v}: supported values: {}",
                vals.join(", ")
            ),
        ));
    }
    match v {
        Value::Object(o) => {
            let preserve =
                schema.get("x-kubernetes-preserve-unknown-fields") == Some(&Value::Bool(true));
            let props = schema.get("properties").and_then(|p| p.as_object());
            let addl = schema.get("additionalProperties");
            let embedded = schema.get("x-kubernetes-embedded-resource") == Some(&Value::Bool(true));
            let keys: Vec<String> = o.keys().cloned().collect();
            for k in keys {
                let sub = format!("{path}.{k}");
                if embedded && (k == "apiVersion" || k == "kind" || k == "metadata") {
                    continue;
                }
                if let Some(s) = props.and_then(|p| p.get(&k)) {
                    if o.get(&k).is_some_and(|x| x.is_null())
                        && s.get("nullable") != Some(&Value::Bool(true))
                    {
                        o.remove(&k);
                        continue;
                    }
                    if let Some(x) = o.get_mut(&k) {
                        walk(x, s, &sub, out);
                    }
                } else if let Some(a) = addl {
                    if a.is_object()
                        && let Some(x) = o.get_mut(&k)
                    {
                        walk(x, a, &sub, out);
                    }
                } else if !preserve && (props.is_some() || schema.get("type").is_some()) {
                    o.remove(&k);
                    out.pruned.push(format!(".{sub}"));
                }
            }
            if let Some(p) = props {
                for (k, s) in p {
                    if o.contains_key(k) {
                        continue;
                    }
                    if let Some(d) = s.get("default") {
                        let mut d = d.clone();
                        walk(&mut d, s, &format!("{path}.{k}"), out);
                        o.insert(k.clone(), d);
                    }
                }
            }
            required(o, schema, path, out);
        }
        Value::Array(items) => {
            if let Some(s) = schema.get("items") {
                for (i, x) in items.iter_mut().enumerate() {
                    walk(x, s, &format!("{path}[{i}]"), out);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn defaults_prunes_validates() {
        let schema = json!({"type": "object", "properties": {
            "spec": {"type": "object", "required": ["url"], "properties": {
                "url": {"type": "string"},
                "interval": {"type": "string", "default": "1m"},
                "mode": {"type": "string", "enum": ["a", "b"]},
                "ref": {"type": "object", "properties": {"branch": {"type": "string"}}},
                "values": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
                "tags": {"type": "object", "additionalProperties": {"type": "string"}}
            }},
            "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}
        }});
        let mut o = json!({"apiVersion": "x/v1", "kind": "K", "metadata": {"name": "n"},
            "spec": {"url": "u", "bogus": 1, "ref": {"branch": "m", "x": 1}, "values": {"any": {"deep": 1}},
                     "tags": {"a": "b"}}, "junk": true});
        let out = process(&mut o, &schema);
        assert_eq!(o["spec"]["interval"], "1m");
        assert!(o.get("junk").is_none() && o["spec"].get("bogus").is_none());
        assert!(o["spec"]["ref"].get("x").is_none());
        assert_eq!(o["spec"]["values"]["any"]["deep"], 1);
        assert_eq!(out.pruned, [".spec.bogus", ".spec.ref.x", ".junk"]);
        assert!(out.errors.is_empty());
        let mut bad = json!({"spec": {"mode": "c", "interval": 5}});
        let out = process(&mut bad, &schema);
        assert_eq!(out.errors.len(), 3, "{:?}", out.errors);
    }
}
