//! Validation markers for generated CRD schemas: the Rust counterpart of controller-gen's
//! `+kubebuilder:validation:*`, `+kubebuilder:default`, `+optional`/`+required`, `+listType`,
//! `+mapType` and `+kubebuilder:validation:XValidation` comments on upstream's Go API types.
//!
//! A marker is attached to a schema node addressed by its fingerprint path (`.spec.interval`,
//! `.spec.ignore[]`, `.spec.values{}`). A path that does not exist in the type-derived schema is a
//! bug in the marker tables; it is recorded in [`Schema::errors`] (checked by the tests) rather
//! than silently creating the node.

use serde_json::{Map, Value, json};

/// `^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$`: a Go duration as Flux's `metav1.Duration` fields accept it.
pub(crate) const DURATION: &str = r"^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$";
/// A duration without hours (`ms`, `s`, `m`).
pub(crate) const DURATION_NO_HOURS: &str = r"^([0-9]+(\.[0-9]+)?(ms|s|m))+$";

/// `meta.KubeConfigReference` at `.spec.kubeConfig`: exactly one of its two references.
pub(crate) fn kube_config(s: &mut Schema) {
    const ONE: &str = "exactly one of spec.kubeConfig.configMapRef or spec.kubeConfig.secretRef must be specified";
    s.cel(
        ".spec.kubeConfig",
        &[
            ("has(self.configMapRef) || has(self.secretRef)", ONE),
            ("!has(self.configMapRef) || !has(self.secretRef)", ONE),
        ],
    );
}

/// `+kubebuilder:default={"observedGeneration":-1}` on a status.
pub(crate) fn status_default(s: &mut Schema) {
    s.default(".status", json!({"observedGeneration": -1}));
}

/// A CRD schema under construction.
pub(crate) struct Schema {
    root: Value,
    /// Marker paths that did not resolve.
    pub(crate) errors: Vec<String>,
}

/// One step of a path.
enum Step<'a> {
    Prop(&'a str),
    Items,
    Values,
}

fn parse(path: &str) -> Vec<Step<'_>> {
    let mut steps = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("[]") {
            steps.push(Step::Items);
            rest = r;
        } else if let Some(r) = rest.strip_prefix("{}") {
            steps.push(Step::Values);
            rest = r;
        } else if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[', '{']).unwrap_or(r.len());
            if end > 0 {
                steps.push(Step::Prop(&r[..end]));
            }
            rest = &r[end..];
        } else {
            // Not a path: leave a step that never resolves.
            steps.push(Step::Prop(""));
            break;
        }
    }
    steps
}

fn child<'v>(node: &'v mut Value, step: &Step<'_>) -> Option<&'v mut Value> {
    match step {
        Step::Prop(name) => node.get_mut("properties")?.get_mut(*name),
        Step::Items => node.get_mut("items"),
        Step::Values => node
            .get_mut("additionalProperties")
            .filter(|v| v.is_object()),
    }
}

impl Schema {
    /// Starts from a type-derived structural schema.
    pub(crate) fn new(root: Value) -> Self {
        Self {
            root,
            errors: Vec::new(),
        }
    }

    /// The finished schema.
    pub(crate) fn into_value(self) -> Value {
        self.root
    }

    fn node(&mut self, path: &str) -> Option<&mut Value> {
        let mut cur = &mut self.root;
        for step in parse(path) {
            cur = child(cur, &step)?;
        }
        Some(cur)
    }

    /// Sets `key: value` on the node at `path`.
    pub(crate) fn set(&mut self, path: &str, key: &str, value: Value) -> &mut Self {
        match self.node(path).and_then(Value::as_object_mut) {
            Some(m) => {
                m.insert(key.to_string(), value);
            }
            None => self
                .errors
                .push(format!("{path}: no such node (set {key})")),
        }
        self
    }

    /// Removes `key` from the node at `path`.
    pub(crate) fn unset(&mut self, path: &str, key: &str) -> &mut Self {
        match self.node(path).and_then(Value::as_object_mut) {
            Some(m) => {
                if m.remove(key).is_none() {
                    self.errors.push(format!("{path}: has no {key}"));
                }
            }
            None => self
                .errors
                .push(format!("{path}: no such node (unset {key})")),
        }
        self
    }

    fn parent_and_name<'p>(&mut self, path: &'p str) -> Option<(&mut Map<String, Value>, &'p str)> {
        let (parent, name) = path.rsplit_once('.')?;
        if name.contains(['[', '{']) {
            return None;
        }
        let p = self.node(parent)?.as_object_mut()?;
        p.get("properties")?.get(name)?;
        Some((p, name))
    }

    /// `+required`: the parent lists the property in `required`.
    pub(crate) fn required(&mut self, path: &str) -> &mut Self {
        match self.parent_and_name(path) {
            Some((p, name)) => {
                let req = p.entry("required").or_insert_with(|| json!([]));
                if let Some(list) = req.as_array_mut()
                    && !list.iter().any(|v| v == name)
                {
                    list.push(json!(name));
                }
            }
            None => self
                .errors
                .push(format!("{path}: no such property (required)")),
        }
        self
    }

    /// `+optional` on a field Go always writes: the parent does not require the property.
    pub(crate) fn optional(&mut self, path: &str) -> &mut Self {
        let mut was_required = false;
        match self.parent_and_name(path) {
            Some((p, name)) => {
                if let Some(list) = p.get_mut("required").and_then(Value::as_array_mut) {
                    let before = list.len();
                    list.retain(|v| v != name);
                    was_required = list.len() < before;
                    if list.is_empty() {
                        p.remove("required");
                    }
                }
            }
            None => self
                .errors
                .push(format!("{path}: no such property (optional)")),
        }
        if !was_required {
            self.errors.push(format!("{path}: was not required"));
        }
        self
    }

    /// `+kubebuilder:validation:Enum`.
    pub(crate) fn enumeration(&mut self, path: &str, values: &[&str]) -> &mut Self {
        self.set(path, "enum", json!(values))
    }

    /// `+kubebuilder:validation:Pattern`.
    pub(crate) fn pattern(&mut self, path: &str, re: &str) -> &mut Self {
        self.set(path, "pattern", json!(re))
    }

    /// `+kubebuilder:default`.
    pub(crate) fn default(&mut self, path: &str, v: Value) -> &mut Self {
        self.set(path, "default", v)
    }

    /// `+kubebuilder:validation:MinLength` / `MaxLength` (0 = unset).
    pub(crate) fn length(&mut self, path: &str, min: u64, max: u64) -> &mut Self {
        if min > 0 {
            self.set(path, "minLength", json!(min));
        }
        if max > 0 {
            self.set(path, "maxLength", json!(max));
        }
        self
    }

    /// `+kubebuilder:validation:MinItems` / `MaxItems` (0 = unset).
    pub(crate) fn items(&mut self, path: &str, min: u64, max: u64) -> &mut Self {
        if min > 0 {
            self.set(path, "minItems", json!(min));
        }
        if max > 0 {
            self.set(path, "maxItems", json!(max));
        }
        self
    }

    /// No `format` (a Go `int` where the Rust type is `i64`).
    pub(crate) fn int(&mut self, path: &str) -> &mut Self {
        self.unset(path, "format")
    }

    /// `+kubebuilder:validation:XValidation:rule=…,message=…` (in declaration order).
    pub(crate) fn cel(&mut self, path: &str, rules: &[(&str, &str)]) -> &mut Self {
        let list: Vec<Value> = rules
            .iter()
            .map(|(rule, message)| json!({"message": message, "rule": rule}))
            .collect();
        self.set(path, "x-kubernetes-validations", Value::Array(list))
    }

    /// `+listType=map` with `+listMapKey`s.
    pub(crate) fn list_map(&mut self, path: &str, keys: &[&str]) -> &mut Self {
        self.set(path, "x-kubernetes-list-map-keys", json!(keys));
        self.set(path, "x-kubernetes-list-type", json!("map"))
    }

    /// Drops a property the shared Rust type has but this Go type does not.
    pub(crate) fn remove(&mut self, path: &str) -> &mut Self {
        match self.parent_and_name(path) {
            Some((p, name)) => {
                if let Some(props) = p.get_mut("properties").and_then(Value::as_object_mut) {
                    props.remove(name);
                }
                if let Some(list) = p.get_mut("required").and_then(Value::as_array_mut) {
                    list.retain(|v| v != name);
                    if list.is_empty() {
                        p.remove("required");
                    }
                }
            }
            None => self
                .errors
                .push(format!("{path}: no such property (remove)")),
        }
        self
    }

    /// Applies the same marker to every path.
    pub(crate) fn each(&mut self, paths: &[&str], f: impl Fn(&mut Self, &str)) -> &mut Self {
        for p in paths {
            f(self, p);
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema() -> Schema {
        Schema::new(json!({
            "type": "object",
            "properties": {
                "spec": {
                    "type": "object",
                    "required": ["a"],
                    "properties": {
                        "a": {"type": "string"},
                        "list": {"type": "array", "items": {"type": "object", "properties": {"k": {"type": "string"}}}},
                        "map": {"type": "object", "additionalProperties": {"type": "string"}}
                    }
                }
            }
        }))
    }

    #[test]
    fn paths_resolve() {
        let mut s = schema();
        s.pattern(".spec.a", DURATION)
            .enumeration(".spec.list[].k", &["x"])
            .length(".spec.map{}", 1, 0)
            .required(".spec.list")
            .optional(".spec.a");
        assert!(s.errors.is_empty(), "{:?}", s.errors);
        let v = s.into_value();
        let spec = &v["properties"]["spec"];
        assert_eq!(spec["required"], json!(["list"]));
        assert_eq!(spec["properties"]["a"]["pattern"], DURATION);
        assert_eq!(
            spec["properties"]["list"]["items"]["properties"]["k"]["enum"],
            json!(["x"])
        );
        assert_eq!(
            spec["properties"]["map"]["additionalProperties"]["minLength"],
            1
        );
    }

    #[test]
    fn unknown_paths_are_errors() {
        let mut s = schema();
        s.pattern(".spec.b", "x")
            .required(".spec.list[]")
            .optional(".spec.list")
            .remove(".nope")
            .unset(".spec.a", "format");
        assert_eq!(s.errors.len(), 5, "{:?}", s.errors);
    }
}
