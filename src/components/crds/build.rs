//! Turns the schemars schema of a Rust API type (`crate::kinds`) into a Kubernetes structural
//! OpenAPI v3 schema: `$ref`s inlined, `null` alternatives of `Option` dropped, the shapes of the
//! apimachinery types (`ObjectMeta`, `Condition`, `LabelSelector`) replaced by what
//! controller-gen writes for them, and generator-only keywords removed.
//!
//! The schema is generated with the serialize contract, so a property is `required` exactly when
//! the Rust type always writes it (no `skip_serializing_if`), which is Go's "no `omitempty`" rule
//! that controller-gen follows. Per-field validation markers are applied afterwards
//! (`super::markers`).

use schemars::JsonSchema;
use schemars::generate::{Contract, SchemaSettings};
use serde_json::{Map, Value, json};

use crate::cli::GoDuration;

impl JsonSchema for GoDuration {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "GoDuration".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({"type": "string"})
    }
}

/// The structural schema of `T`, without descriptions of apimachinery internals.
pub(crate) fn structural<T: JsonSchema>() -> Value {
    let settings = SchemaSettings::draft2020_12().with(|s| {
        s.contract = Contract::Serialize;
        s.meta_schema = None;
    });
    let root = settings.into_generator().into_root_schema_for::<T>();
    let mut root = root.to_value();
    let defs = match root.as_object_mut().and_then(|m| m.remove("$defs")) {
        Some(Value::Object(d)) => d,
        _ => Map::new(),
    };
    rewrite(root, &defs)
}

/// A referenced definition, inlined; apimachinery definitions get controller-gen's shape.
fn definition(name: &str, defs: &Map<String, Value>) -> Value {
    let inlined = || rewrite(defs.get(name).cloned().unwrap_or(json!({})), defs);
    match name.strip_prefix("io.k8s.apimachinery.pkg.apis.meta.v1.") {
        // controller-gen writes only the type of an embedded ObjectMeta.
        Some("ObjectMeta") => json!({"type": "object"}),
        Some("Condition") => condition(inlined()),
        Some("LabelSelector") => label_selector(inlined()),
        _ => inlined(),
    }
}

fn rewrite(schema: Value, defs: &Map<String, Value>) -> Value {
    let Value::Object(mut m) = schema else {
        // `true` (any value, e.g. `serde_json::Value`): keep whatever is stored.
        return json!({"x-kubernetes-preserve-unknown-fields": true});
    };
    if let Some(Value::String(r)) = m.remove("$ref") {
        let name = r.trim_start_matches("#/$defs/");
        let mut merged = match definition(name, defs) {
            Value::Object(t) => t,
            _ => Map::new(),
        };
        // Siblings of `$ref` (a field's description) win over the definition's.
        for (k, v) in m {
            if k == "description" {
                merged.insert(k, v);
            }
        }
        return Value::Object(merged);
    }
    // `Option<T>` of a referenced type: `anyOf: [T, {type: null}]`.
    if let Some(Value::Array(alts)) = m.get("anyOf") {
        let non_null: Vec<Value> = alts
            .iter()
            .filter(|a| a.get("type") != Some(&json!("null")))
            .cloned()
            .collect();
        if non_null.len() == 1 {
            m.remove("anyOf");
            let inner = rewrite(non_null[0].clone(), defs);
            let mut out = match inner {
                Value::Object(o) => o,
                _ => Map::new(),
            };
            if let Some(d) = m.remove("description") {
                out.insert("description".into(), d);
            }
            return Value::Object(out);
        }
    }
    // `Option<T>` of an inline type: `type: [T, "null"]`.
    if let Some(Value::Array(types)) = m.get("type") {
        let non_null: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
        if non_null.len() == 1 {
            m.insert("type".into(), non_null[0].clone());
        }
    }
    for k in ["$schema", "title", "default", "examples"] {
        m.remove(k);
    }
    // schemars writes unsigned and sized integers with formats controller-gen does not use.
    if m.get("type") == Some(&json!("integer")) {
        match m.get("format").and_then(Value::as_str) {
            Some("int64") => {}
            Some("uint8" | "uint16" | "uint32" | "uint64" | "uint") => {
                m.remove("format");
                m.remove("minimum");
            }
            _ => {
                m.remove("format");
            }
        }
    }
    if let Some(Value::Object(props)) = m.remove("properties") {
        let props: Map<String, Value> = props
            .into_iter()
            .map(|(k, v)| (k, rewrite(v, defs)))
            .collect();
        m.insert("properties".into(), Value::Object(props));
    }
    if let Some(items) = m.remove("items") {
        m.insert("items".into(), rewrite(items, defs));
    }
    if let Some(ap) = m.remove("additionalProperties") {
        match ap {
            Value::Bool(_) => {}
            other => {
                m.insert("additionalProperties".into(), rewrite(other, defs));
            }
        }
    }
    if let Some(Value::Array(req)) = m.get("required")
        && req.is_empty()
    {
        m.remove("required");
    }
    // Any JSON value (`serde_json::Value`, possibly with a description): keep what is stored.
    if ![
        "type",
        "properties",
        "items",
        "additionalProperties",
        "anyOf",
        "oneOf",
        "allOf",
    ]
    .iter()
    .any(|k| m.contains_key(*k))
    {
        m.insert("x-kubernetes-preserve-unknown-fields".into(), json!(true));
    }
    Value::Object(m)
}

/// `metav1.Condition` as k8s-openapi describes it plus the kubebuilder markers of
/// `k8s.io/apimachinery/pkg/apis/meta/v1/types.go`.
fn condition(mut c: Value) -> Value {
    let p = &mut c["properties"];
    p["message"]["maxLength"] = json!(32768);
    p["observedGeneration"]["minimum"] = json!(0);
    p["reason"]["maxLength"] = json!(1024);
    p["reason"]["minLength"] = json!(1);
    p["reason"]["pattern"] = json!("^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$");
    p["status"]["enum"] = json!(["True", "False", "Unknown"]);
    p["type"]["maxLength"] = json!(316);
    p["type"]["pattern"] = json!(
        r"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$"
    );
    c
}

/// `metav1.LabelSelector` with its `+structType=atomic` / `+listType=atomic` markers.
fn label_selector(mut s: Value) -> Value {
    s["x-kubernetes-map-type"] = json!("atomic");
    let e = &mut s["properties"]["matchExpressions"];
    e["x-kubernetes-list-type"] = json!("atomic");
    e["items"]["properties"]["values"]["x-kubernetes-list-type"] = json!("atomic");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(schemars::JsonSchema, serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    #[allow(dead_code)]
    struct Inner {
        /// Always written.
        name: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        count: Option<u32>,
    }

    #[derive(schemars::JsonSchema, serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    #[allow(dead_code)]
    struct Outer {
        /// The inner thing.
        #[serde(skip_serializing_if = "Option::is_none")]
        inner: Option<Inner>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        list: Vec<Inner>,
        #[serde(skip_serializing_if = "Option::is_none")]
        values: Option<serde_json::Value>,
        timeout: GoDuration,
        generation: i64,
    }

    #[test]
    fn structural_rewrite() {
        let s = structural::<Outer>();
        assert!(s.get("$defs").is_none() && s.get("$schema").is_none());
        assert_eq!(s["required"], json!(["timeout", "generation"]));
        let p = &s["properties"];
        // `Option<Struct>`: the struct, inlined, with the field's description.
        assert_eq!(p["inner"]["type"], "object");
        assert_eq!(p["inner"]["description"], "The inner thing.");
        assert_eq!(p["inner"]["required"], json!(["name"]));
        assert_eq!(
            p["inner"]["properties"]["count"],
            json!({"type": "integer"})
        );
        assert_eq!(p["list"]["items"]["properties"]["name"]["type"], "string");
        assert_eq!(p["values"]["x-kubernetes-preserve-unknown-fields"], true);
        assert_eq!(p["timeout"], json!({"type": "string"}));
        assert_eq!(
            p["generation"],
            json!({"type": "integer", "format": "int64"})
        );
    }
}
