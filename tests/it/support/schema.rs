//! Test support: validates Kubernetes objects against upstream CRD structural OpenAPI v3 schemas the way kube-apiserver (apiextensions-apiserver) would, including a small CEL evaluator for `x-kubernetes-validations`.
//!
//! Pipeline per object (mirrors the apiserver's create path):
//! 1. look up the served version of the CRD for `apiVersion`/`kind`;
//! 2. structural defaulting (`default`, applied top-down to absent fields and to
//!    non-nullable nulls, recursing into the defaulted values);
//! 3. OpenAPI value validation (type, nullable, required, enum, pattern, format,
//!    min/maxLength, minimum/maximum, min/maxItems, uniqueItems, min/maxProperties,
//!    multipleOf, allOf/anyOf/oneOf/not, items, additionalProperties);
//! 4. unknown fields: where the apiserver would prune a field we report
//!    `<path>: unknown field` instead (generators must not emit fields upstream lacks);
//! 5. top-level / embedded `metadata` shape checks (ObjectMeta);
//! 6. `x-kubernetes-list-type: map|set` duplicate checks;
//! 7. CEL `x-kubernetes-validations` (skipped, with the apiserver's notice, when a type
//!    error was found, exactly like the apiserver's `hasBlockingErr`).
//!
//! Deliberate deviation: a `null` for a non-nullable field without a default is reported
//! as a type error (the apiserver silently prunes it), for the same reason unknown fields
//! are reported.
//!
//! Messages follow `k8s.io/apimachinery/pkg/util/validation/field.Error.Error()` as
//! produced by `kubeOpenAPIResultToFieldErrors`, e.g.
//! `spec.interval: Invalid value: "1x": spec.interval in body should match '^...$'`.

use regex::Regex;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/// A set of CRDs, indexed by served `apiVersion` and `kind`.
pub struct CrdSet {
    served: BTreeMap<(String, String), Served>,
    cel_skipped: Vec<String>,
    cel_compiled: Vec<String>,
    unhandled: BTreeSet<String>,
}

impl std::fmt::Debug for CrdSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CrdSet")
            .field("served", &self.served.keys().collect::<Vec<_>>())
            .field("cel_rules_checked", &self.cel_compiled.len())
            .field("cel_rules_skipped", &self.cel_skipped)
            .finish()
    }
}

struct Served {
    schema: Schema,
    /// The version has at least one x-kubernetes-validations rule (compiled or not).
    has_cel: bool,
}

impl CrdSet {
    /// Loads every CRD document from the given files (multi-doc YAML).
    pub fn load(paths: &[PathBuf]) -> Result<CrdSet, String> {
        let mut set = CrdSet {
            served: BTreeMap::new(),
            cel_skipped: Vec::new(),
            cel_compiled: Vec::new(),
            unhandled: BTreeSet::new(),
        };
        let mut regexes: HashMap<String, Arc<Regex>> = HashMap::new();
        for p in paths {
            let text = std::fs::read_to_string(p)
                .map_err(|e| format!("{}: cannot read: {e}", p.display()))?;
            let docs: Vec<Value> = serde_saphyr::from_multiple(&text)
                .map_err(|e| format!("{}: invalid YAML: {e}", p.display()))?;
            for (i, doc) in docs.iter().enumerate() {
                if doc.is_null() {
                    continue;
                }
                set.add_crd(doc, &mut regexes)
                    .map_err(|e| format!("{} (document {}): {e}", p.display(), i + 1))?;
            }
        }
        Ok(set)
    }

    /// Loads all of /work/shared/... style dir: every *.yaml in `dir`.
    pub fn load_dir(dir: &Path) -> Result<CrdSet, String> {
        let rd =
            std::fs::read_dir(dir).map_err(|e| format!("{}: cannot list: {e}", dir.display()))?;
        let mut paths = Vec::new();
        for ent in rd {
            let ent = ent.map_err(|e| format!("{}: cannot list: {e}", dir.display()))?;
            let p = ent.path();
            if p.is_file() && p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
                paths.push(p);
            }
        }
        paths.sort();
        if paths.is_empty() {
            return Err(format!("{}: no *.yaml files", dir.display()));
        }
        CrdSet::load(&paths)
    }

    /// Validates `obj` (must have apiVersion + kind) against the served version's schema.
    /// Returns every violation as a human-readable path-qualified message. Empty vec = valid.
    pub fn validate(&self, obj: &Value) -> Vec<String> {
        let Some(map) = obj.as_object() else {
            return vec![format!("object is not a mapping: {}", short_json(obj))];
        };
        let api_version = map.get("apiVersion").and_then(Value::as_str);
        let kind = map.get("kind").and_then(Value::as_str);
        let (Some(api_version), Some(kind)) = (api_version, kind) else {
            let mut errs = Vec::new();
            if api_version.is_none() {
                errs.push(
                    "apiVersion: Required value: object has no string apiVersion".to_string(),
                );
            }
            if kind.is_none() {
                errs.push("kind: Required value: object has no string kind".to_string());
            }
            return errs;
        };
        let Some(served) = self
            .served
            .get(&(api_version.to_string(), kind.to_string()))
        else {
            return vec![format!("no CRD for {api_version}/{kind}")];
        };
        let mut obj = obj.clone();
        apply_defaults(&served.schema, &mut obj);
        let mut v = Validator::default();
        v.node(&served.schema, &obj, "", Ctx::Root);
        let mut errs = v.errs;
        if v.type_invalid {
            if served.has_cel {
                errs.push(
                    "<nil>: Invalid value: \"null\": some validation rules were not checked because the object was invalid; correct the existing errors to complete validation"
                        .to_string(),
                );
            }
        } else {
            errs.extend(v.cel_errs);
        }
        errs
    }

    /// Validates every document of a multi-doc YAML text (e.g. `flux create ... --export`
    /// output). Documents with no CRD in the set whose apiVersion is not in a `*.fluxcd.io`
    /// group (Namespace, ServiceAccount, RoleBinding, Secret, ...) are skipped; every other
    /// document is validated, so a Flux kind without CRD still yields "no CRD for ...". Messages are
    /// prefixed with `[doc N Kind/name] `. A YAML parse error is a single entry.
    pub fn validate_yaml(&self, yaml: &str) -> Vec<String> {
        let docs: Vec<Value> = match serde_saphyr::from_multiple(yaml) {
            Ok(d) => d,
            Err(e) => return vec![format!("invalid YAML: {e}")],
        };
        let mut out = Vec::new();
        for (i, doc) in docs.iter().enumerate() {
            if doc.is_null() {
                continue;
            }
            let av = doc.get("apiVersion").and_then(Value::as_str).unwrap_or("");
            let group = av.split_once('/').map_or("", |(g, _)| g);
            let kind = doc.get("kind").and_then(Value::as_str).unwrap_or("");
            if !av.is_empty() && !group.ends_with(".fluxcd.io") && !self.knows(av, kind) {
                continue;
            }
            let kind = if kind.is_empty() { "?" } else { kind };
            let name = doc
                .pointer("/metadata/name")
                .and_then(Value::as_str)
                .unwrap_or("?");
            for e in self.validate(doc) {
                out.push(format!("[doc {} {kind}/{name}] {e}", i + 1));
            }
        }
        out
    }

    /// true when the set has a CRD serving apiVersion/kind
    pub fn knows(&self, api_version: &str, kind: &str) -> bool {
        self.served
            .contains_key(&(api_version.to_string(), kind.to_string()))
    }

    /// `(apiVersion, kind)` of every served version in the set.
    pub fn served_kinds(&self) -> Vec<(String, String)> {
        self.served.keys().cloned().collect()
    }

    /// CEL rules that are NOT evaluated (unsupported syntax/functions, transition rules,
    /// messageExpression), as "Kind/version path: rule (reason)".
    pub fn cel_rules_skipped(&self) -> Vec<String> {
        self.cel_skipped.clone()
    }

    /// Alias of [`CrdSet::cel_rules_skipped`].
    pub fn unsupported_cel_rules(&self) -> Vec<String> {
        self.cel_rules_skipped()
    }

    /// CEL rules that are compiled and evaluated, as "Kind/version path: rule".
    pub fn cel_rules_checked(&self) -> Vec<String> {
        self.cel_compiled.clone()
    }

    /// Schema keywords/values present in the loaded CRDs that this validator does not
    /// enforce (beyond pure annotations like `description`). Empty for flux v2.9.4.
    pub fn unhandled_keywords(&self) -> Vec<String> {
        self.unhandled.iter().cloned().collect()
    }

    fn add_crd(
        &mut self,
        doc: &Value,
        regexes: &mut HashMap<String, Arc<Regex>>,
    ) -> Result<(), String> {
        let kind_of_doc = doc.get("kind").and_then(Value::as_str).unwrap_or("");
        if kind_of_doc != "CustomResourceDefinition" {
            // Not a CRD (e.g. a Namespace in a bundle); ignore.
            return Ok(());
        }
        let spec = doc.get("spec").ok_or("CRD without spec")?;
        let group = spec
            .get("group")
            .and_then(Value::as_str)
            .ok_or("CRD without spec.group")?;
        let kind = spec
            .get("names")
            .and_then(|n| n.get("kind"))
            .and_then(Value::as_str)
            .ok_or("CRD without spec.names.kind")?;
        let versions = spec
            .get("versions")
            .and_then(Value::as_array)
            .ok_or("CRD without spec.versions")?;
        // apiextensions.k8s.io/v1 allows a top-level validation shared by all versions only in v1beta1; v1 is per-version.
        for ver in versions {
            let name = ver
                .get("name")
                .and_then(Value::as_str)
                .ok_or("version without name")?;
            if !ver.get("served").and_then(Value::as_bool).unwrap_or(false) {
                continue;
            }
            let raw = ver
                .get("schema")
                .and_then(|s| s.get("openAPIV3Schema"))
                .ok_or_else(|| format!("{kind}/{name}: no schema.openAPIV3Schema"))?;
            let label = format!("{kind}/{name}");
            let mut cx = CompileCx {
                label: &label,
                regexes,
                cel_skipped: &mut self.cel_skipped,
                cel_compiled: &mut self.cel_compiled,
                unhandled: &mut self.unhandled,
            };
            let schema = compile_schema(raw, "", &mut cx)?;
            let has_cel = raw.to_string().contains("\"x-kubernetes-validations\"");
            self.served.insert(
                (format!("{group}/{name}"), kind.to_string()),
                Served { schema, has_cel },
            );
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// Compiled schema
// ---------------------------------------------------------------------------

#[derive(Default)]
struct Schema {
    ty: Option<String>,
    nullable: bool,
    properties: BTreeMap<String, Schema>,
    required: Vec<String>,
    enum_values: Option<Vec<Value>>,
    pattern: Option<(String, Arc<Regex>)>,
    format: Option<String>,
    max_length: Option<u64>,
    min_length: Option<u64>,
    minimum: Option<f64>,
    maximum: Option<f64>,
    exclusive_minimum: bool,
    exclusive_maximum: bool,
    multiple_of: Option<f64>,
    max_items: Option<u64>,
    min_items: Option<u64>,
    unique_items: bool,
    max_properties: Option<u64>,
    min_properties: Option<u64>,
    items: Option<Box<Schema>>,
    additional: Additional,
    preserve_unknown: bool,
    int_or_string: bool,
    embedded: bool,
    list_type: Option<String>,
    list_map_keys: Vec<String>,
    default: Option<Value>,
    all_of: Vec<Schema>,
    any_of: Vec<Schema>,
    one_of: Vec<Schema>,
    not: Option<Box<Schema>>,
    rules: Vec<Rule>,
}

#[derive(Default)]
enum Additional {
    #[default]
    Absent,
    Bool(bool),
    Schema(Box<Schema>),
}

struct Rule {
    source: String,
    message: Option<String>,
    field_path: Option<String>,
    reason: Option<String>,
    expr: Expr,
}

struct CompileCx<'a> {
    label: &'a str,
    regexes: &'a mut HashMap<String, Arc<Regex>>,
    cel_skipped: &'a mut Vec<String>,
    cel_compiled: &'a mut Vec<String>,
    unhandled: &'a mut BTreeSet<String>,
}

impl CompileCx<'_> {
    fn regex(&mut self, pat: &str) -> Result<Arc<Regex>, String> {
        if let Some(r) = self.regexes.get(pat) {
            return Ok(r.clone());
        }
        let r = Arc::new(Regex::new(pat).map_err(|e| e.to_string())?);
        self.regexes.insert(pat.to_string(), r.clone());
        Ok(r)
    }
}

fn disp(path: &str) -> &str {
    if path.is_empty() { "<root>" } else { path }
}

fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn as_u64(v: &Value, what: &str, path: &str) -> Result<u64, String> {
    v.as_u64()
        .ok_or_else(|| format!("{}: {what} must be a non-negative integer", disp(path)))
}

fn as_f64(v: &Value, what: &str, path: &str) -> Result<f64, String> {
    v.as_f64()
        .ok_or_else(|| format!("{}: {what} must be a number", disp(path)))
}

fn as_bool(v: &Value, what: &str, path: &str) -> Result<bool, String> {
    v.as_bool()
        .ok_or_else(|| format!("{}: {what} must be a boolean", disp(path)))
}

fn compile_schema(raw: &Value, path: &str, cx: &mut CompileCx) -> Result<Schema, String> {
    let m = raw
        .as_object()
        .ok_or_else(|| format!("{}: schema is not a mapping", disp(path)))?;
    let mut s = Schema::default();
    for (k, v) in m {
        match k.as_str() {
            "description" | "title" | "example" | "externalDocs" | "x-kubernetes-map-type" => {}
            "type" => {
                let t = v
                    .as_str()
                    .ok_or_else(|| format!("{}: type must be a string", disp(path)))?;
                if !matches!(
                    t,
                    "string" | "integer" | "number" | "boolean" | "object" | "array"
                ) {
                    return Err(format!("{}: unknown type {t:?}", disp(path)));
                }
                s.ty = Some(t.to_string());
            }
            "nullable" => s.nullable = as_bool(v, k, path)?,
            "properties" => {
                let props = v
                    .as_object()
                    .ok_or_else(|| format!("{}: properties must be a mapping", disp(path)))?;
                for (name, ps) in props {
                    s.properties
                        .insert(name.clone(), compile_schema(ps, &child(path, name), cx)?);
                }
            }
            "required" => {
                let arr = v
                    .as_array()
                    .ok_or_else(|| format!("{}: required must be a list", disp(path)))?;
                for r in arr {
                    let r = r.as_str().ok_or_else(|| {
                        format!("{}: required entries must be strings", disp(path))
                    })?;
                    s.required.push(r.to_string());
                }
            }
            "enum" => {
                let arr = v
                    .as_array()
                    .ok_or_else(|| format!("{}: enum must be a list", disp(path)))?;
                s.enum_values = Some(arr.clone());
            }
            "pattern" => {
                let p = v
                    .as_str()
                    .ok_or_else(|| format!("{}: pattern must be a string", disp(path)))?;
                match cx.regex(p) {
                    Ok(r) => s.pattern = Some((p.to_string(), r)),
                    Err(e) => {
                        cx.unhandled.insert(format!(
                            "{} {}: pattern {p:?} not compilable: {e}",
                            cx.label,
                            disp(path)
                        ));
                    }
                }
            }
            "format" => {
                let f = v
                    .as_str()
                    .ok_or_else(|| format!("{}: format must be a string", disp(path)))?;
                if !matches!(
                    f,
                    "date-time"
                        | "datetime"
                        | "date"
                        | "byte"
                        | "int32"
                        | "int64"
                        | "float"
                        | "double"
                ) {
                    cx.unhandled.insert(format!(
                        "{} {}: format {f:?} not checked",
                        cx.label,
                        disp(path)
                    ));
                }
                s.format = Some(f.to_string());
            }
            "maxLength" => s.max_length = Some(as_u64(v, k, path)?),
            "minLength" => s.min_length = Some(as_u64(v, k, path)?),
            "minimum" => s.minimum = Some(as_f64(v, k, path)?),
            "maximum" => s.maximum = Some(as_f64(v, k, path)?),
            "exclusiveMinimum" => s.exclusive_minimum = as_bool(v, k, path)?,
            "exclusiveMaximum" => s.exclusive_maximum = as_bool(v, k, path)?,
            "multipleOf" => s.multiple_of = Some(as_f64(v, k, path)?),
            "maxItems" => s.max_items = Some(as_u64(v, k, path)?),
            "minItems" => s.min_items = Some(as_u64(v, k, path)?),
            "uniqueItems" => s.unique_items = as_bool(v, k, path)?,
            "maxProperties" => s.max_properties = Some(as_u64(v, k, path)?),
            "minProperties" => s.min_properties = Some(as_u64(v, k, path)?),
            "items" => s.items = Some(Box::new(compile_schema(v, &format!("{path}[*]"), cx)?)),
            "additionalProperties" => {
                s.additional = match v {
                    Value::Bool(b) => Additional::Bool(*b),
                    _ => Additional::Schema(Box::new(compile_schema(v, &child(path, "*"), cx)?)),
                }
            }
            "x-kubernetes-preserve-unknown-fields" => s.preserve_unknown = as_bool(v, k, path)?,
            "x-kubernetes-int-or-string" => s.int_or_string = as_bool(v, k, path)?,
            "x-kubernetes-embedded-resource" => s.embedded = as_bool(v, k, path)?,
            "x-kubernetes-list-type" => {
                let t = v
                    .as_str()
                    .ok_or_else(|| format!("{}: list-type must be a string", disp(path)))?;
                s.list_type = Some(t.to_string());
            }
            "x-kubernetes-list-map-keys" => {
                let arr = v
                    .as_array()
                    .ok_or_else(|| format!("{}: list-map-keys must be a list", disp(path)))?;
                for key in arr {
                    let key = key.as_str().ok_or_else(|| {
                        format!("{}: list-map-keys entries must be strings", disp(path))
                    })?;
                    s.list_map_keys.push(key.to_string());
                }
            }
            "default" => s.default = Some(v.clone()),
            "allOf" | "anyOf" | "oneOf" => {
                let arr = v
                    .as_array()
                    .ok_or_else(|| format!("{}: {k} must be a list", disp(path)))?;
                let mut subs = Vec::new();
                for sub in arr {
                    subs.push(compile_schema(sub, path, cx)?);
                }
                match k.as_str() {
                    "allOf" => s.all_of = subs,
                    "anyOf" => s.any_of = subs,
                    _ => s.one_of = subs,
                }
            }
            "not" => s.not = Some(Box::new(compile_schema(v, path, cx)?)),
            "x-kubernetes-validations" => {
                let arr = v.as_array().ok_or_else(|| {
                    format!("{}: x-kubernetes-validations must be a list", disp(path))
                })?;
                for r in arr {
                    compile_rule(r, path, cx, &mut s.rules)?;
                }
            }
            other => {
                cx.unhandled.insert(format!(
                    "{} {}: keyword {other:?} not checked",
                    cx.label,
                    disp(path)
                ));
            }
        }
    }
    Ok(s)
}

fn compile_rule(
    r: &Value,
    path: &str,
    cx: &mut CompileCx,
    out: &mut Vec<Rule>,
) -> Result<(), String> {
    let source = r
        .get("rule")
        .and_then(Value::as_str)
        .ok_or_else(|| {
            format!(
                "{}: x-kubernetes-validations entry without rule",
                disp(path)
            )
        })?
        .to_string();
    let where_ = format!("{} {}: {source}", cx.label, disp(path));
    if let Some(m) = r.as_object() {
        for k in m.keys() {
            match k.as_str() {
                "rule" | "message" | "reason" | "fieldPath" => {}
                "messageExpression" => cx.cel_skipped.push(format!(
                    "{where_} (messageExpression not evaluated; static message used)"
                )),
                "optionalOldSelf" => {}
                other => {
                    cx.unhandled.insert(format!(
                        "{} {}: validation rule key {other:?} not handled",
                        cx.label,
                        disp(path)
                    ));
                }
            }
        }
    }
    match cel::compile(&source, cx) {
        Ok(expr) => {
            cx.cel_compiled.push(where_);
            out.push(Rule {
                source,
                message: r.get("message").and_then(Value::as_str).map(str::to_string),
                field_path: r
                    .get("fieldPath")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                reason: r.get("reason").and_then(Value::as_str).map(str::to_string),
                expr,
            });
        }
        Err(why) => cx.cel_skipped.push(format!("{where_} ({why})")),
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Defaulting (structuraldefaulting.Default)
// ---------------------------------------------------------------------------

fn apply_defaults(s: &Schema, v: &mut Value) {
    match v {
        Value::Object(m) => {
            for (k, ps) in &s.properties {
                let Some(d) = &ps.default else { continue };
                let absent_or_null = match m.get(k) {
                    None => true,
                    Some(Value::Null) => !ps.nullable,
                    Some(_) => false,
                };
                if absent_or_null {
                    m.insert(k.clone(), d.clone());
                }
            }
            for (k, cv) in m.iter_mut() {
                if let Some(ps) = s.properties.get(k) {
                    apply_defaults(ps, cv);
                } else if let Additional::Schema(ap) = &s.additional {
                    apply_defaults(ap, cv);
                }
            }
        }
        Value::Array(a) => {
            if let Some(items) = &s.items {
                for cv in a.iter_mut() {
                    apply_defaults(items, cv);
                }
            }
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Ctx {
    /// The object root: apiVersion/kind/metadata handled specially.
    Root,
    /// A regular node (unknown fields are reported).
    Normal,
    /// A value-validation-only subschema (allOf/anyOf/oneOf/not): no unknown-field checks,
    /// no CEL, no metadata handling.
    ValueOnly,
}

#[derive(Default)]
struct Validator {
    errs: Vec<String>,
    cel_errs: Vec<String>,
    type_invalid: bool,
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) => {
            if n.is_f64() {
                "number"
            } else {
                "integer"
            }
        }
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Go-like rendering of a bad value in field.Error (strings %q, numbers/bools %v).
fn bad_value(v: &Value) -> String {
    match v {
        Value::Null => "\"null\"".to_string(),
        Value::String(s) => quote(s),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        other => short_json(other),
    }
}

fn quote(s: &str) -> String {
    Value::String(s.to_string()).to_string()
}

fn short_json(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 200 {
        let cut: String = s.chars().take(200).collect();
        format!("{cut}...")
    } else {
        s
    }
}

fn fmt_num(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

fn field(path: &str) -> &str {
    if path.is_empty() { "<nil>" } else { path }
}

impl Validator {
    fn invalid(&mut self, path: &str, value: &str, detail: &str) {
        self.errs
            .push(format!("{}: Invalid value: {value}: {detail}", field(path)));
    }

    fn type_error(&mut self, path: &str, expected: &str, actual: &str) {
        self.type_invalid = true;
        let p = field(path);
        self.errs.push(format!(
            "{p}: Invalid value: \"{actual}\": {p} in body must be of type {expected}: \"{actual}\""
        ));
    }

    fn node(&mut self, s: &Schema, v: &Value, path: &str, ctx: Ctx) {
        let actual = json_type(v);
        // nullable / null
        if v.is_null() {
            if s.nullable {
                return;
            }
            if let Some(t) = &s.ty {
                self.type_error(path, t, "null");
            } else if s.int_or_string {
                self.type_error(path, "integer-or-string", "null");
            }
            return;
        }
        // type
        let type_ok = if s.int_or_string {
            matches!(actual, "integer" | "string")
        } else {
            match s.ty.as_deref() {
                None => true,
                Some("number") => matches!(actual, "integer" | "number"),
                Some(t) => t == actual,
            }
        };
        if !type_ok {
            let expected = if s.int_or_string {
                "integer-or-string"
            } else {
                s.ty.as_deref().unwrap_or("")
            };
            self.type_error(path, expected, actual);
        }
        // enum (commonValidator applies regardless of kind)
        if let Some(ev) = &s.enum_values
            && !ev.iter().any(|e| json_eq(e, v))
        {
            let supported: Vec<String> = ev
                .iter()
                .map(|e| match e {
                    Value::String(s) => quote(s),
                    other => quote(&other.to_string()),
                })
                .collect();
            self.errs.push(format!(
                "{}: Unsupported value: {}: supported values: {}",
                field(path),
                bad_value(v),
                supported.join(", ")
            ));
        }
        if !type_ok {
            return;
        }
        match v {
            Value::String(st) => self.string(s, st, v, path),
            Value::Number(n) => self.number(s, n, v, path),
            Value::Array(a) => self.array(s, a, path, ctx),
            Value::Object(m) => self.object(s, m, path, ctx),
            _ => {}
        }
        self.composition(s, v, path);
        if ctx != Ctx::ValueOnly && !s.rules.is_empty() {
            self.cel(s, v, path);
        }
    }

    fn string(&mut self, s: &Schema, st: &str, v: &Value, path: &str) {
        let p = field(path);
        let n = st.chars().count() as u64;
        if let Some(max) = s.max_length
            && n > max
        {
            let unit = if max == 1 { "byte" } else { "bytes" };
            self.errs
                .push(format!("{p}: Too long: may not be more than {max} {unit}"));
        }
        if let Some(min) = s.min_length
            && n < min
        {
            self.invalid(
                path,
                &bad_value(v),
                &format!("{p} in body should be at least {min} chars long"),
            );
        }
        if let Some((pat, re)) = &s.pattern
            && !re.is_match(st)
        {
            self.invalid(
                path,
                &bad_value(v),
                &format!("{p} in body should match '{pat}'"),
            );
        }
        if let Some(f) = &s.format {
            let ok = match f.as_str() {
                "date-time" | "datetime" => is_date_time(st),
                "date" => is_date(st),
                "byte" => is_base64(st),
                _ => true,
            };
            if !ok {
                self.type_invalid = true;
                self.invalid(
                    path,
                    &bad_value(v),
                    &format!("{p} in body must be of type {f}: {}", quote(st)),
                );
            }
        }
    }

    fn number(&mut self, s: &Schema, n: &serde_json::Number, v: &Value, path: &str) {
        let p = field(path);
        let Some(x) = n.as_f64() else { return };
        if let Some(min) = s.minimum {
            let bad = if s.exclusive_minimum {
                x <= min
            } else {
                x < min
            };
            if bad {
                let rel = if s.exclusive_minimum {
                    "greater than"
                } else {
                    "greater than or equal to"
                };
                self.invalid(
                    path,
                    &bad_value(v),
                    &format!("{p} in body should be {rel} {}", fmt_num(min)),
                );
            }
        }
        if let Some(max) = s.maximum {
            let bad = if s.exclusive_maximum {
                x >= max
            } else {
                x > max
            };
            if bad {
                let rel = if s.exclusive_maximum {
                    "less than"
                } else {
                    "less than or equal to"
                };
                self.invalid(
                    path,
                    &bad_value(v),
                    &format!("{p} in body should be {rel} {}", fmt_num(max)),
                );
            }
        }
        if let Some(mo) = s.multiple_of
            && mo != 0.0
            && (x / mo).fract() != 0.0
        {
            self.invalid(
                path,
                &bad_value(v),
                &format!("{p} in body should be a multiple of {}", fmt_num(mo)),
            );
        }
    }

    fn array(&mut self, s: &Schema, a: &[Value], path: &str, ctx: Ctx) {
        let p = field(path);
        let n = a.len() as u64;
        if let Some(max) = s.max_items
            && n > max
        {
            self.errs
                .push(format!("{p}: Too many: {n}: must have at most {max} items"));
        }
        if let Some(min) = s.min_items
            && n < min
        {
            self.invalid(
                path,
                &n.to_string(),
                &format!("{p} in body should have at least {min} items"),
            );
        }
        if s.unique_items {
            let dup = a
                .iter()
                .enumerate()
                .any(|(i, x)| a[..i].iter().any(|y| json_eq(x, y)));
            if dup {
                self.invalid(
                    path,
                    "\"\"",
                    &format!("{p} in body shouldn't contain duplicates"),
                );
            }
        }
        if let Some(items) = &s.items {
            let cctx = if ctx == Ctx::ValueOnly {
                Ctx::ValueOnly
            } else {
                Ctx::Normal
            };
            for (i, item) in a.iter().enumerate() {
                self.node(items, item, &format!("{path}[{i}]"), cctx);
            }
        }
        if ctx == Ctx::ValueOnly {
            return;
        }
        // structurallisttype.ValidateListSetsAndMaps
        match s.list_type.as_deref() {
            Some("set") => {
                for (i, x) in a.iter().enumerate() {
                    if a[..i].iter().any(|y| json_eq(x, y)) {
                        self.errs
                            .push(format!("{path}[{i}]: Duplicate value: {}", bad_value(x)));
                    }
                }
            }
            Some("map") if !s.list_map_keys.is_empty() => {
                let key_of = |x: &Value| -> Value {
                    let mut k = Map::new();
                    for key in &s.list_map_keys {
                        // Missing keys fall back to the key's default, as the apiserver does.
                        let kv = x.get(key).cloned().or_else(|| {
                            s.items
                                .as_ref()
                                .and_then(|it| it.properties.get(key))
                                .and_then(|ps| ps.default.clone())
                        });
                        k.insert(key.clone(), kv.unwrap_or(Value::Null));
                    }
                    Value::Object(k)
                };
                let keys: Vec<Value> = a.iter().map(key_of).collect();
                for i in 0..keys.len() {
                    if keys[..i].iter().any(|y| json_eq(&keys[i], y)) {
                        self.errs
                            .push(format!("{path}[{i}]: Duplicate value: {}", keys[i]));
                    }
                }
            }
            _ => {}
        }
    }

    fn object(&mut self, s: &Schema, m: &Map<String, Value>, path: &str, ctx: Ctx) {
        let p = field(path);
        let n = m.len() as u64;
        if let Some(max) = s.max_properties
            && n > max
        {
            self.errs
                .push(format!("{p}: Too many: {n}: must have at most {max} items"));
        }
        if let Some(min) = s.min_properties
            && n < min
        {
            self.invalid(
                path,
                &n.to_string(),
                &format!("{p} in body should have at least {min} properties"),
            );
        }
        for r in &s.required {
            if !m.contains_key(r) {
                self.errs
                    .push(format!("{}: Required value", child(path, r)));
            }
        }
        let value_only = ctx == Ctx::ValueOnly;
        let cctx = if value_only {
            Ctx::ValueOnly
        } else {
            Ctx::Normal
        };
        let meta_like = ctx == Ctx::Root || (s.embedded && !value_only);
        if s.embedded && !value_only {
            for k in ["apiVersion", "kind"] {
                match m.get(k) {
                    Some(Value::String(x)) if !x.is_empty() => {}
                    Some(Value::String(_)) | None => {
                        self.errs.push(format!(
                            "{}: Required value: must not be empty",
                            child(path, k)
                        ));
                    }
                    Some(other) => self.type_error(&child(path, k), "string", json_type(other)),
                }
            }
        }
        for (k, cv) in m {
            let cp = child(path, k);
            if meta_like && k == "metadata" {
                self.object_meta(cv, &cp, ctx == Ctx::Root);
                continue;
            }
            if let Some(ps) = s.properties.get(k) {
                self.node(ps, cv, &cp, cctx);
                continue;
            }
            match &s.additional {
                Additional::Schema(ap) => {
                    self.node(ap, cv, &cp, cctx);
                    continue;
                }
                Additional::Bool(true) => continue,
                _ => {}
            }
            if value_only || s.preserve_unknown {
                continue;
            }
            if meta_like && (k == "apiVersion" || k == "kind") {
                continue;
            }
            self.errs.push(format!("{cp}: unknown field"));
        }
    }

    /// ObjectMeta shape checks (metadata is `type: object` only in CRD schemas).
    fn object_meta(&mut self, v: &Value, path: &str, top_level: bool) {
        let Some(m) = v.as_object() else {
            self.type_error(path, "object", json_type(v));
            return;
        };
        let has_name = matches!(m.get("name"), Some(Value::String(s)) if !s.is_empty());
        let has_gen = matches!(m.get("generateName"), Some(Value::String(s)) if !s.is_empty());
        if top_level && !has_name && !has_gen {
            self.errs.push(format!(
                "{path}.name: Required value: name or generateName is required"
            ));
        }
        for (k, cv) in m {
            let cp = format!("{path}.{k}");
            match k.as_str() {
                "name" | "namespace" | "generateName" | "uid" | "resourceVersion" | "selfLink" => {
                    let Some(sv) = cv.as_str() else {
                        self.type_error(&cp, "string", json_type(cv));
                        continue;
                    };
                    if k == "name"
                        && !sv.is_empty()
                        && let Some(msg) = dns1123_subdomain(sv)
                    {
                        self.invalid(&cp, &quote(sv), &msg);
                    }
                    if k == "namespace"
                        && !sv.is_empty()
                        && let Some(msg) = dns1123_label(sv)
                    {
                        self.invalid(&cp, &quote(sv), &msg);
                    }
                }
                "labels" | "annotations" => match cv {
                    Value::Null => {}
                    Value::Object(lm) => {
                        for (lk, lv) in lm {
                            if !lv.is_string() {
                                self.type_error(&format!("{cp}.{lk}"), "string", json_type(lv));
                            }
                        }
                    }
                    other => self.type_error(&cp, "object", json_type(other)),
                },
                "finalizers" => match cv {
                    Value::Null => {}
                    Value::Array(a) => {
                        for (i, f) in a.iter().enumerate() {
                            if !f.is_string() {
                                self.type_error(&format!("{cp}[{i}]"), "string", json_type(f));
                            }
                        }
                    }
                    other => self.type_error(&cp, "array", json_type(other)),
                },
                "generation" | "deletionGracePeriodSeconds" => {
                    if !(cv.is_i64() || cv.is_u64()) {
                        self.type_error(&cp, "integer", json_type(cv));
                    }
                }
                "creationTimestamp" | "deletionTimestamp" => match cv {
                    Value::Null => {}
                    Value::String(t) if is_date_time(t) => {}
                    Value::String(t) => self.invalid(
                        &cp,
                        &quote(t),
                        &format!("{cp} in body must be of type date-time: {}", quote(t)),
                    ),
                    other => self.type_error(&cp, "string", json_type(other)),
                },
                "ownerReferences" | "managedFields" => {
                    if !(cv.is_array() || cv.is_null()) {
                        self.type_error(&cp, "array", json_type(cv));
                    }
                }
                _ => self.errs.push(format!("{cp}: unknown field")),
            }
        }
    }

    /// allOf/anyOf/oneOf/not as in go-openapi's schemaPropsValidator: the failing
    /// alternative with the fewest errors is merged after the composite message.
    fn composition(&mut self, s: &Schema, v: &Value, path: &str) {
        let p = field(path);
        let run = |sub: &Schema| -> (Vec<String>, bool) {
            let mut sv = Validator::default();
            sv.node(sub, v, path, Ctx::ValueOnly);
            (sv.errs, sv.type_invalid)
        };
        let best = |subs: &[Schema]| -> (usize, Option<(Vec<String>, bool)>) {
            let mut ok = 0;
            let mut best: Option<(Vec<String>, bool)> = None;
            for sub in subs {
                let r = run(sub);
                if r.0.is_empty() {
                    ok += 1;
                } else if best.as_ref().is_none_or(|b| r.0.len() < b.0.len()) {
                    best = Some(r);
                }
            }
            (ok, best)
        };
        for sub in &s.all_of {
            let (e, ti) = run(sub);
            self.errs.extend(e);
            self.type_invalid |= ti;
        }
        if !s.any_of.is_empty() {
            let (ok, fail) = best(&s.any_of);
            if ok == 0 {
                self.invalid(
                    path,
                    "\"\"",
                    &format!("{p} in body must validate at least one schema (anyOf)"),
                );
                if let Some((e, ti)) = fail {
                    self.errs.extend(e);
                    self.type_invalid |= ti;
                }
            }
        }
        if !s.one_of.is_empty() {
            let (ok, fail) = best(&s.one_of);
            if ok != 1 {
                self.invalid(
                    path,
                    "\"\"",
                    &format!("{p} in body must validate one and only one schema (oneOf)"),
                );
                if let (0, Some((e, ti))) = (ok, fail) {
                    self.errs.extend(e);
                    self.type_invalid |= ti;
                }
            }
        }
        if let Some(not) = &s.not
            && run(not).0.is_empty()
        {
            self.invalid(
                path,
                "\"\"",
                &format!("{p} in body must not validate the schema (not)"),
            );
        }
    }

    fn cel(&mut self, s: &Schema, v: &Value, path: &str) {
        let sts_type = if s.int_or_string {
            ""
        } else {
            s.ty.as_deref().unwrap_or("")
        };
        for rule in &s.rules {
            let mut fpath = path.to_string();
            if let Some(fp) = &rule.field_path {
                fpath = format!("{path}{fp}");
                if path.is_empty() {
                    fpath = fp.trim_start_matches('.').to_string();
                }
            }
            let msg = match cel::eval_rule(&rule.expr, v) {
                Ok(true) => continue,
                Ok(false) => rule
                    .message
                    .clone()
                    .map(|m| m.trim().to_string())
                    .unwrap_or_else(|| format!("failed rule: {}", rule.source.trim())),
                Err(e) => {
                    let what = rule.message.clone().unwrap_or_else(|| rule.source.clone());
                    format!("{e} evaluating rule: {}", what.trim())
                }
            };
            let f = field(&fpath).to_string();
            let line = match rule.reason.as_deref() {
                Some("FieldValueRequired") => format!("{f}: Required value: {msg}"),
                Some("FieldValueForbidden") => format!("{f}: Forbidden: {msg}"),
                Some("FieldValueDuplicate") => format!("{f}: Duplicate value: {msg}"),
                _ => format!("{f}: Invalid value: \"{sts_type}\": {msg}"),
            };
            self.cel_errs.push(line);
        }
    }
}

fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(i), Some(j)) => i == j,
            _ => x.as_f64() == y.as_f64(),
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| json_eq(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, p)| y.get(k).is_some_and(|q| json_eq(p, q)))
        }
        _ => a == b,
    }
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// kube-openapi strfmt.IsDate: `2006-01-02` with a real calendar date.
fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    if parts.len() != 3 || parts[0].len() != 4 || parts[1].len() != 2 || parts[2].len() != 2 {
        return false;
    }
    if !parts.iter().all(|p| digits(p)) {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (
        parts[0].parse::<u32>(),
        parts[1].parse::<u32>(),
        parts[2].parse::<u32>(),
    ) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let dim = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => {
            if leap {
                29
            } else {
                28
            }
        }
        _ => return false,
    };
    (1..=dim).contains(&d)
}

/// kube-openapi strfmt.IsDateTime: date `t` hh:mm:ss[.frac](z|±hh:mm), case-insensitive.
fn is_date_time(s: &str) -> bool {
    if s.len() < 4 {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    let parts: Vec<&str> = lower.split('t').collect();
    if parts.len() < 2 || !is_date(parts[0]) {
        return false;
    }
    let t = parts[1];
    let b = t.as_bytes();
    if b.len() < 9 || b[2] != b':' || b[5] != b':' {
        return false;
    }
    let (hh, mm, ss) = (&t[0..2], &t[3..5], &t[6..8]);
    if !digits(hh) || !digits(mm) || !digits(ss) {
        return false;
    }
    let mut rest = &t[8..];
    if let Some(r) = rest.strip_prefix('.') {
        let n = r.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        rest = &r[n..];
    }
    let zone_ok = rest == "z"
        || (rest.len() == 6
            && (rest.starts_with('+') || rest.starts_with('-'))
            && digits(&rest[1..3])
            && &rest[3..4] == ":"
            && digits(&rest[4..6]));
    zone_ok && hh <= "23" && mm <= "59" && ss <= "59"
}

fn is_base64(s: &str) -> bool {
    let t = s.trim_end_matches('=');
    s.len().is_multiple_of(4)
        && s.len() - t.len() <= 2
        && t.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
}

fn dns1123_label_ok(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
        && b[0] != b'-'
        && b[b.len() - 1] != b'-'
}

fn dns1123_subdomain(s: &str) -> Option<String> {
    if s.len() > 253 {
        return Some("must be no more than 253 characters".to_string());
    }
    if s.split('.').all(dns1123_label_ok) {
        return None;
    }
    Some("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')".to_string())
}

fn dns1123_label(s: &str) -> Option<String> {
    if s.len() > 63 {
        return Some("must be no more than 63 characters".to_string());
    }
    if dns1123_label_ok(s) {
        return None;
    }
    Some("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')".to_string())
}

// ---------------------------------------------------------------------------
// CEL subset
// ---------------------------------------------------------------------------

mod cel {
    //! A small CEL subset: literals (int, uint, double, string, bool, null, lists), `self`,
    //! field selection, indexing, `has()`, `!`, unary `-`, `&&`/`||` (with CEL's
    //! commutative error absorption), `?:`, `==` `!=` `<` `<=` `>` `>=`, `in`, `+ - * / %`,
    //! `size()` (global and method), `matches`, `startsWith`, `endsWith`, `contains`,
    //! and the macros `all`, `exists`, `exists_one`. Anything else fails to compile and
    //! the rule is reported by `cel_rules_skipped()`.

    use super::CompileCx;
    use regex::Regex;
    use serde_json::Value;
    use std::borrow::Cow;
    use std::sync::Arc;

    #[derive(Debug, Clone, PartialEq)]
    enum Tok {
        Ident(String),
        Str(String),
        Int(i64),
        UInt(u64),
        Double(f64),
        Op(&'static str),
    }

    pub(super) enum Expr {
        Null,
        Bool(bool),
        Int(i64),
        UInt(u64),
        Double(f64),
        Str(String),
        List(Vec<Expr>),
        Var(String),
        Select(Box<Expr>, String),
        Has(Box<Expr>, String),
        Index(Box<Expr>, Box<Expr>),
        Not(Box<Expr>),
        Neg(Box<Expr>),
        And(Box<Expr>, Box<Expr>),
        Or(Box<Expr>, Box<Expr>),
        Cond(Box<Expr>, Box<Expr>, Box<Expr>),
        Bin(&'static str, Box<Expr>, Box<Expr>),
        Size(Box<Expr>),
        Matches(Box<Expr>, Box<Expr>, Option<Arc<Regex>>),
        StrFn(&'static str, Box<Expr>, Box<Expr>),
        Macro(&'static str, Box<Expr>, String, Box<Expr>),
    }

    fn lex(src: &str) -> Result<Vec<Tok>, String> {
        let cs: Vec<char> = src.chars().collect();
        let mut i = 0;
        let mut out = Vec::new();
        while i < cs.len() {
            let c = cs[i];
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            if c.is_ascii_alphabetic() || c == '_' {
                // raw / bytes string prefixes
                if (c == 'r' || c == 'R')
                    && i + 1 < cs.len()
                    && (cs[i + 1] == '\'' || cs[i + 1] == '"')
                {
                    let (s, n) = lex_string(&cs[i + 1..], true)?;
                    out.push(Tok::Str(s));
                    i += 1 + n;
                    continue;
                }
                if (c == 'b' || c == 'B')
                    && i + 1 < cs.len()
                    && (cs[i + 1] == '\'' || cs[i + 1] == '"')
                {
                    return Err("bytes literals are not supported".into());
                }
                let st = i;
                while i < cs.len() && (cs[i].is_ascii_alphanumeric() || cs[i] == '_') {
                    i += 1;
                }
                out.push(Tok::Ident(cs[st..i].iter().collect()));
                continue;
            }
            if c.is_ascii_digit() || (c == '.' && i + 1 < cs.len() && cs[i + 1].is_ascii_digit()) {
                let st = i;
                if c == '0' && i + 1 < cs.len() && (cs[i + 1] == 'x' || cs[i + 1] == 'X') {
                    i += 2;
                    let hs = i;
                    while i < cs.len() && cs[i].is_ascii_hexdigit() {
                        i += 1;
                    }
                    let h: String = cs[hs..i].iter().collect();
                    let v = u64::from_str_radix(&h, 16).map_err(|e| e.to_string())?;
                    if i < cs.len() && (cs[i] == 'u' || cs[i] == 'U') {
                        i += 1;
                        out.push(Tok::UInt(v));
                    } else {
                        out.push(Tok::Int(i64::try_from(v).map_err(|e| e.to_string())?));
                    }
                    continue;
                }
                let mut float = false;
                while i < cs.len() && cs[i].is_ascii_digit() {
                    i += 1;
                }
                if i + 1 < cs.len() && cs[i] == '.' && cs[i + 1].is_ascii_digit() {
                    float = true;
                    i += 1;
                    while i < cs.len() && cs[i].is_ascii_digit() {
                        i += 1;
                    }
                }
                if i < cs.len() && (cs[i] == 'e' || cs[i] == 'E') {
                    float = true;
                    i += 1;
                    if i < cs.len() && (cs[i] == '+' || cs[i] == '-') {
                        i += 1;
                    }
                    while i < cs.len() && cs[i].is_ascii_digit() {
                        i += 1;
                    }
                }
                let text: String = cs[st..i].iter().collect();
                if float {
                    out.push(Tok::Double(
                        text.parse()
                            .map_err(|e| format!("bad number {text}: {e}"))?,
                    ));
                } else if i < cs.len() && (cs[i] == 'u' || cs[i] == 'U') {
                    i += 1;
                    out.push(Tok::UInt(
                        text.parse()
                            .map_err(|e| format!("bad number {text}: {e}"))?,
                    ));
                } else {
                    out.push(Tok::Int(
                        text.parse()
                            .map_err(|e| format!("bad number {text}: {e}"))?,
                    ));
                }
                continue;
            }
            if c == '\'' || c == '"' {
                let (s, n) = lex_string(&cs[i..], false)?;
                out.push(Tok::Str(s));
                i += n;
                continue;
            }
            let two: String = cs[i..(i + 2).min(cs.len())].iter().collect();
            let op2 = ["||", "&&", "==", "!=", "<=", ">="]
                .into_iter()
                .find(|o| *o == two);
            if let Some(o) = op2 {
                out.push(Tok::Op(o));
                i += 2;
                continue;
            }
            let op1 = [
                "<", ">", "!", "+", "-", "*", "/", "%", "?", ":", ".", ",", "(", ")", "[", "]",
                "{", "}",
            ]
            .into_iter()
            .find(|o| o.starts_with(c));
            match op1 {
                Some(o) => {
                    out.push(Tok::Op(o));
                    i += 1;
                }
                None => return Err(format!("unexpected character {c:?}")),
            }
        }
        Ok(out)
    }

    /// Lexes a quoted string starting at `cs[0]` (the quote); returns (value, chars consumed).
    fn lex_string(cs: &[char], raw: bool) -> Result<(String, usize), String> {
        let q = cs[0];
        let triple = cs.len() >= 3 && cs[1] == q && cs[2] == q;
        let mut i = if triple { 3 } else { 1 };
        let mut s = String::new();
        loop {
            if i >= cs.len() {
                return Err("unterminated string literal".into());
            }
            let c = cs[i];
            if triple {
                if c == q && i + 2 < cs.len() && cs[i + 1] == q && cs[i + 2] == q {
                    return Ok((s, i + 3));
                }
            } else if c == q {
                return Ok((s, i + 1));
            } else if c == '\n' {
                return Err("newline in string literal".into());
            }
            if c == '\\' && !raw {
                i += 1;
                let e = *cs.get(i).ok_or("unterminated escape")?;
                match e {
                    '\\' | '\'' | '"' | '`' | '?' => s.push(e),
                    'n' => s.push('\n'),
                    't' => s.push('\t'),
                    'r' => s.push('\r'),
                    'a' => s.push('\u{7}'),
                    'b' => s.push('\u{8}'),
                    'f' => s.push('\u{c}'),
                    'v' => s.push('\u{b}'),
                    'x' | 'u' | 'U' => {
                        let n = match e {
                            'x' => 2,
                            'u' => 4,
                            _ => 8,
                        };
                        let h: String = cs
                            .get(i + 1..i + 1 + n)
                            .ok_or("short escape")?
                            .iter()
                            .collect();
                        let cp = u32::from_str_radix(&h, 16).map_err(|e| e.to_string())?;
                        s.push(char::from_u32(cp).ok_or("bad code point")?);
                        i += n;
                    }
                    '0'..='3' => {
                        let o: String = cs
                            .get(i..i + 3)
                            .ok_or("short octal escape")?
                            .iter()
                            .collect();
                        let cp = u32::from_str_radix(&o, 8).map_err(|e| e.to_string())?;
                        s.push(char::from_u32(cp).ok_or("bad code point")?);
                        i += 2;
                    }
                    other => return Err(format!("invalid escape \\{other}")),
                }
                i += 1;
                continue;
            }
            s.push(c);
            i += 1;
        }
    }

    struct Parser<'a, 'b> {
        toks: Vec<Tok>,
        pos: usize,
        scope: Vec<String>,
        cx: &'a mut CompileCx<'b>,
    }

    pub(super) fn compile(src: &str, cx: &mut CompileCx) -> Result<Expr, String> {
        let toks = lex(src)?;
        let mut p = Parser {
            toks,
            pos: 0,
            scope: vec!["self".to_string()],
            cx,
        };
        let e = p.expr()?;
        if p.pos != p.toks.len() {
            return Err(format!("unexpected token {:?}", p.toks[p.pos]));
        }
        Ok(e)
    }

    impl Parser<'_, '_> {
        fn peek(&self) -> Option<&Tok> {
            self.toks.get(self.pos)
        }
        fn is_op(&self, o: &str) -> bool {
            matches!(self.peek(), Some(Tok::Op(x)) if *x == o)
        }
        fn eat_op(&mut self, o: &str) -> bool {
            if self.is_op(o) {
                self.pos += 1;
                true
            } else {
                false
            }
        }
        fn expect_op(&mut self, o: &str) -> Result<(), String> {
            if self.eat_op(o) {
                Ok(())
            } else {
                Err(format!("expected {o:?} at token {}", self.pos))
            }
        }
        fn ident(&mut self) -> Result<String, String> {
            match self.toks.get(self.pos) {
                Some(Tok::Ident(s)) => {
                    let s = s.clone();
                    self.pos += 1;
                    Ok(s)
                }
                other => Err(format!("expected identifier, got {other:?}")),
            }
        }

        fn expr(&mut self) -> Result<Expr, String> {
            let c = self.or()?;
            if self.eat_op("?") {
                let a = self.expr()?;
                self.expect_op(":")?;
                let b = self.expr()?;
                return Ok(Expr::Cond(Box::new(c), Box::new(a), Box::new(b)));
            }
            Ok(c)
        }
        fn or(&mut self) -> Result<Expr, String> {
            let mut l = self.and()?;
            while self.eat_op("||") {
                let r = self.and()?;
                l = Expr::Or(Box::new(l), Box::new(r));
            }
            Ok(l)
        }
        fn and(&mut self) -> Result<Expr, String> {
            let mut l = self.rel()?;
            while self.eat_op("&&") {
                let r = self.rel()?;
                l = Expr::And(Box::new(l), Box::new(r));
            }
            Ok(l)
        }
        fn rel(&mut self) -> Result<Expr, String> {
            let mut l = self.add()?;
            loop {
                let op = match self.peek() {
                    Some(Tok::Op(o)) if matches!(*o, "<" | "<=" | ">" | ">=" | "==" | "!=") => *o,
                    Some(Tok::Ident(s)) if s == "in" => "in",
                    _ => break,
                };
                self.pos += 1;
                let r = self.add()?;
                l = Expr::Bin(op, Box::new(l), Box::new(r));
            }
            Ok(l)
        }
        fn add(&mut self) -> Result<Expr, String> {
            let mut l = self.mul()?;
            loop {
                let op = if self.eat_op("+") {
                    "+"
                } else if self.eat_op("-") {
                    "-"
                } else {
                    break;
                };
                let r = self.mul()?;
                l = Expr::Bin(op, Box::new(l), Box::new(r));
            }
            Ok(l)
        }
        fn mul(&mut self) -> Result<Expr, String> {
            let mut l = self.unary()?;
            loop {
                let op = if self.eat_op("*") {
                    "*"
                } else if self.eat_op("/") {
                    "/"
                } else if self.eat_op("%") {
                    "%"
                } else {
                    break;
                };
                let r = self.unary()?;
                l = Expr::Bin(op, Box::new(l), Box::new(r));
            }
            Ok(l)
        }
        fn unary(&mut self) -> Result<Expr, String> {
            if self.eat_op("!") {
                return Ok(Expr::Not(Box::new(self.unary()?)));
            }
            if self.eat_op("-") {
                return Ok(Expr::Neg(Box::new(self.unary()?)));
            }
            self.member()
        }
        fn args(&mut self) -> Result<Vec<Expr>, String> {
            let mut args = Vec::new();
            if self.eat_op(")") {
                return Ok(args);
            }
            loop {
                args.push(self.expr()?);
                if self.eat_op(")") {
                    return Ok(args);
                }
                self.expect_op(",")?;
            }
        }
        fn member(&mut self) -> Result<Expr, String> {
            let mut e = self.primary()?;
            loop {
                if self.eat_op(".") {
                    let name = self.ident()?;
                    if self.eat_op("(") {
                        e = self.method(e, &name)?;
                    } else {
                        e = Expr::Select(Box::new(e), name);
                    }
                } else if self.eat_op("[") {
                    let i = self.expr()?;
                    self.expect_op("]")?;
                    e = Expr::Index(Box::new(e), Box::new(i));
                } else {
                    return Ok(e);
                }
            }
        }
        fn method(&mut self, recv: Expr, name: &str) -> Result<Expr, String> {
            if let Some(m) = ["all", "exists", "exists_one"]
                .into_iter()
                .find(|m| *m == name)
            {
                let var = self.ident()?;
                self.expect_op(",")?;
                self.scope.push(var.clone());
                let body = self.expr();
                self.scope.pop();
                let body = body?;
                self.expect_op(")")?;
                return Ok(Expr::Macro(m, Box::new(recv), var, Box::new(body)));
            }
            let mut args = self.args()?;
            match (name, args.len()) {
                ("size", 0) => Ok(Expr::Size(Box::new(recv))),
                ("matches", 1) => {
                    let arg = args.remove(0);
                    let re = match &arg {
                        Expr::Str(p) => {
                            Some(self.cx.regex(p).map_err(|e| format!("bad regex: {e}"))?)
                        }
                        _ => None,
                    };
                    Ok(Expr::Matches(Box::new(recv), Box::new(arg), re))
                }
                ("startsWith", 1) | ("endsWith", 1) | ("contains", 1) => {
                    let f = ["startsWith", "endsWith", "contains"]
                        .into_iter()
                        .find(|f| *f == name)
                        .unwrap_or("contains");
                    Ok(Expr::StrFn(f, Box::new(recv), Box::new(args.remove(0))))
                }
                _ => Err(format!("unsupported method {name}/{}", args.len())),
            }
        }
        fn primary(&mut self) -> Result<Expr, String> {
            let t = self
                .toks
                .get(self.pos)
                .cloned()
                .ok_or("unexpected end of expression")?;
            self.pos += 1;
            match t {
                Tok::Int(i) => Ok(Expr::Int(i)),
                Tok::UInt(u) => Ok(Expr::UInt(u)),
                Tok::Double(d) => Ok(Expr::Double(d)),
                Tok::Str(s) => Ok(Expr::Str(s)),
                Tok::Op("(") => {
                    let e = self.expr()?;
                    self.expect_op(")")?;
                    Ok(e)
                }
                Tok::Op("[") => {
                    let mut items = Vec::new();
                    if !self.eat_op("]") {
                        loop {
                            items.push(self.expr()?);
                            if self.eat_op("]") {
                                break;
                            }
                            self.expect_op(",")?;
                        }
                    }
                    Ok(Expr::List(items))
                }
                Tok::Ident(id) => match id.as_str() {
                    "true" => Ok(Expr::Bool(true)),
                    "false" => Ok(Expr::Bool(false)),
                    "null" => Ok(Expr::Null),
                    "oldSelf" => Err("transition rule (oldSelf) is not evaluated on create".into()),
                    _ if self.is_op("(") => {
                        self.pos += 1;
                        let mut args = self.args()?;
                        match (id.as_str(), args.len()) {
                            ("has", 1) => match args.remove(0) {
                                Expr::Select(e, f) => Ok(Expr::Has(e, f)),
                                _ => Err("has() requires a field selection".into()),
                            },
                            ("size", 1) => Ok(Expr::Size(Box::new(args.remove(0)))),
                            _ => Err(format!("unsupported function {id}/{}", args.len())),
                        }
                    }
                    _ if self.scope.contains(&id) => Ok(Expr::Var(id)),
                    _ => Err(format!("unsupported identifier {id}")),
                },
                other => Err(format!("unexpected token {other:?}")),
            }
        }
    }

    // ---- evaluation ----

    #[derive(Clone, Debug)]
    enum Val<'a> {
        Null,
        Bool(bool),
        Int(i64),
        UInt(u64),
        Double(f64),
        Str(Cow<'a, str>),
        Json(&'a Value), // arrays and objects
        List(Vec<Val<'a>>),
    }

    fn from_json(v: &Value) -> Val<'_> {
        match v {
            Value::Null => Val::Null,
            Value::Bool(b) => Val::Bool(*b),
            Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    Val::Int(i)
                } else if let Some(u) = n.as_u64() {
                    Val::UInt(u)
                } else {
                    Val::Double(n.as_f64().unwrap_or(f64::NAN))
                }
            }
            Value::String(s) => Val::Str(Cow::Borrowed(s.as_str())),
            other => Val::Json(other),
        }
    }

    fn type_name(v: &Val) -> &'static str {
        match v {
            Val::Null => "null_type",
            Val::Bool(_) => "bool",
            Val::Int(_) => "int",
            Val::UInt(_) => "uint",
            Val::Double(_) => "double",
            Val::Str(_) => "string",
            Val::Json(Value::Object(_)) => "map",
            Val::Json(_) | Val::List(_) => "list",
        }
    }

    fn elems<'a>(v: &Val<'a>) -> Option<Vec<Val<'a>>> {
        match v {
            Val::Json(Value::Array(a)) => Some(a.iter().map(from_json).collect()),
            Val::List(l) => Some(l.clone()),
            _ => None,
        }
    }

    fn as_f(v: &Val) -> Option<f64> {
        match v {
            Val::Int(i) => Some(*i as f64),
            Val::UInt(u) => Some(*u as f64),
            Val::Double(d) => Some(*d),
            _ => None,
        }
    }

    fn equal(a: &Val, b: &Val) -> bool {
        match (a, b) {
            (Val::Null, Val::Null) => true,
            (Val::Bool(x), Val::Bool(y)) => x == y,
            (Val::Str(x), Val::Str(y)) => x == y,
            (Val::Int(x), Val::Int(y)) => x == y,
            (Val::Json(Value::Object(x)), Val::Json(Value::Object(y))) => {
                x.len() == y.len()
                    && x.iter().all(|(k, p)| {
                        y.get(k)
                            .is_some_and(|q| equal(&from_json(p), &from_json(q)))
                    })
            }
            _ => {
                if let (Some(x), Some(y)) = (as_f(a), as_f(b)) {
                    return x == y;
                }
                match (elems(a), elems(b)) {
                    (Some(x), Some(y)) => {
                        x.len() == y.len() && x.iter().zip(&y).all(|(p, q)| equal(p, q))
                    }
                    _ => false,
                }
            }
        }
    }

    fn no_overload(op: &str, a: &Val, b: &Val) -> String {
        format!(
            "no such overload: {}({}, {})",
            op,
            type_name(a),
            type_name(b)
        )
    }

    type Env<'a> = Vec<(String, Val<'a>)>;

    pub(super) fn eval_rule(e: &Expr, self_value: &Value) -> Result<bool, String> {
        let mut env: Env = vec![("self".to_string(), from_json(self_value))];
        match eval(e, &mut env)? {
            Val::Bool(b) => Ok(b),
            other => Err(format!(
                "rule did not evaluate to a bool but to {}",
                type_name(&other)
            )),
        }
    }

    fn eval<'a>(e: &Expr, env: &mut Env<'a>) -> Result<Val<'a>, String> {
        Ok(match e {
            Expr::Null => Val::Null,
            Expr::Bool(b) => Val::Bool(*b),
            Expr::Int(i) => Val::Int(*i),
            Expr::UInt(u) => Val::UInt(*u),
            Expr::Double(d) => Val::Double(*d),
            Expr::Str(s) => Val::Str(Cow::Owned(s.clone())),
            Expr::List(items) => {
                let mut out = Vec::new();
                for it in items {
                    out.push(eval(it, env)?);
                }
                Val::List(out)
            }
            Expr::Var(name) => env
                .iter()
                .rev()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| format!("undeclared reference to '{name}'"))?,
            Expr::Select(inner, f) => match eval(inner, env)? {
                Val::Json(Value::Object(m)) => m
                    .get(f)
                    .map(from_json)
                    .ok_or_else(|| format!("no such key: {f}"))?,
                other => return Err(format!("no such key: {f} (on {})", type_name(&other))),
            },
            Expr::Has(inner, f) => match eval(inner, env)? {
                Val::Json(Value::Object(m)) => Val::Bool(m.contains_key(f.as_str())),
                other => {
                    return Err(format!(
                        "invalid type for field selection: {}",
                        type_name(&other)
                    ));
                }
            },
            Expr::Index(inner, idx) => {
                let c = eval(inner, env)?;
                let i = eval(idx, env)?;
                match (&c, &i) {
                    (Val::Json(Value::Object(m)), Val::Str(k)) => m
                        .get(k.as_ref())
                        .map(from_json)
                        .ok_or_else(|| format!("no such key: {k}"))?,
                    _ => {
                        let list = elems(&c).ok_or_else(|| no_overload("_[_]", &c, &i))?;
                        let n = match i {
                            Val::Int(n) => n,
                            Val::UInt(u) => i64::try_from(u).unwrap_or(i64::MAX),
                            _ => return Err(no_overload("_[_]", &c, &i)),
                        };
                        usize::try_from(n)
                            .ok()
                            .and_then(|n| list.get(n).cloned())
                            .ok_or_else(|| format!("index out of bounds: {n}"))?
                    }
                }
            }
            Expr::Not(inner) => match eval(inner, env)? {
                Val::Bool(b) => Val::Bool(!b),
                other => return Err(format!("no such overload: !_({})", type_name(&other))),
            },
            Expr::Neg(inner) => match eval(inner, env)? {
                Val::Int(i) => Val::Int(i.checked_neg().ok_or("integer overflow")?),
                Val::Double(d) => Val::Double(-d),
                other => return Err(format!("no such overload: -_({})", type_name(&other))),
            },
            Expr::And(a, b) | Expr::Or(a, b) => {
                let is_or = matches!(e, Expr::Or(..));
                let l = eval(a, env);
                if let Ok(Val::Bool(x)) = l
                    && x == is_or
                {
                    return Ok(Val::Bool(x));
                }
                let r = eval(b, env);
                if let Ok(Val::Bool(y)) = r
                    && y == is_or
                {
                    return Ok(Val::Bool(y));
                }
                match (l, r) {
                    (Ok(Val::Bool(_)), Ok(Val::Bool(y))) => Val::Bool(y),
                    (Err(e), _) | (_, Err(e)) => return Err(e),
                    (Ok(x), Ok(y)) => {
                        return Err(no_overload(if is_or { "_||_" } else { "_&&_" }, &x, &y));
                    }
                }
            }
            Expr::Cond(c, a, b) => match eval(c, env)? {
                Val::Bool(true) => eval(a, env)?,
                Val::Bool(false) => eval(b, env)?,
                other => return Err(format!("no such overload: _?_:_({})", type_name(&other))),
            },
            Expr::Bin(op, a, b) => {
                let x = eval(a, env)?;
                let y = eval(b, env)?;
                binary(op, x, y)?
            }
            Expr::Size(inner) => {
                let v = eval(inner, env)?;
                let n = match &v {
                    Val::Str(s) => s.chars().count(),
                    Val::Json(Value::Array(a)) => a.len(),
                    Val::Json(Value::Object(m)) => m.len(),
                    Val::List(l) => l.len(),
                    other => return Err(format!("no such overload: size({})", type_name(other))),
                };
                Val::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
            Expr::Matches(recv, arg, re) => {
                let s = eval(recv, env)?;
                let p = eval(arg, env)?;
                let (Val::Str(s), Val::Str(p)) = (&s, &p) else {
                    return Err(no_overload("matches", &s, &p));
                };
                let ok = match re {
                    Some(r) => r.is_match(s),
                    None => Regex::new(p)
                        .map_err(|e| format!("invalid regex: {e}"))?
                        .is_match(s),
                };
                Val::Bool(ok)
            }
            Expr::StrFn(f, recv, arg) => {
                let s = eval(recv, env)?;
                let p = eval(arg, env)?;
                let (Val::Str(s), Val::Str(p)) = (&s, &p) else {
                    return Err(no_overload(f, &s, &p));
                };
                Val::Bool(match *f {
                    "startsWith" => s.starts_with(p.as_ref()),
                    "endsWith" => s.ends_with(p.as_ref()),
                    _ => s.contains(p.as_ref()),
                })
            }
            Expr::Macro(kind, target, var, body) => {
                let t = eval(target, env)?;
                let items: Vec<Val<'a>> = match &t {
                    Val::Json(Value::Object(m)) => {
                        m.keys().map(|k| Val::Str(Cow::Owned(k.clone()))).collect()
                    }
                    _ => elems(&t)
                        .ok_or_else(|| format!("no such overload: {kind}({})", type_name(&t)))?,
                };
                let mut trues = 0usize;
                let mut falses = 0usize;
                let mut first_err: Option<String> = None;
                for it in items {
                    env.push((var.clone(), it));
                    let r = eval(body, env);
                    env.pop();
                    match r {
                        Ok(Val::Bool(true)) => trues += 1,
                        Ok(Val::Bool(false)) => falses += 1,
                        Ok(other) => {
                            first_err.get_or_insert_with(|| {
                                format!(
                                    "no such overload: {kind} body returned {}",
                                    type_name(&other)
                                )
                            });
                        }
                        Err(e) => {
                            first_err.get_or_insert(e);
                        }
                    }
                    if *kind == "all" && falses > 0 {
                        return Ok(Val::Bool(false));
                    }
                    if *kind == "exists" && trues > 0 {
                        return Ok(Val::Bool(true));
                    }
                }
                if let Some(e) = first_err {
                    return Err(e);
                }
                Val::Bool(match *kind {
                    "all" => true,
                    "exists" => false,
                    _ => trues == 1,
                })
            }
        })
    }

    fn binary<'a>(op: &str, x: Val<'a>, y: Val<'a>) -> Result<Val<'a>, String> {
        use std::cmp::Ordering;
        match op {
            "==" => return Ok(Val::Bool(equal(&x, &y))),
            "!=" => return Ok(Val::Bool(!equal(&x, &y))),
            "in" => {
                return match &y {
                    Val::Json(Value::Object(m)) => match &x {
                        Val::Str(k) => Ok(Val::Bool(m.contains_key(k.as_ref()))),
                        _ => Ok(Val::Bool(false)),
                    },
                    _ => {
                        let l = elems(&y).ok_or_else(|| no_overload("@in", &x, &y))?;
                        Ok(Val::Bool(l.iter().any(|e| equal(&x, e))))
                    }
                };
            }
            "<" | "<=" | ">" | ">=" => {
                let ord = match (&x, &y) {
                    (Val::Str(a), Val::Str(b)) => Some(a.cmp(b)),
                    (Val::Bool(a), Val::Bool(b)) => Some(a.cmp(b)),
                    (Val::Int(a), Val::Int(b)) => Some(a.cmp(b)),
                    _ => match (as_f(&x), as_f(&y)) {
                        (Some(a), Some(b)) => a.partial_cmp(&b),
                        _ => return Err(no_overload(op, &x, &y)),
                    },
                };
                let Some(ord) = ord else {
                    return Ok(Val::Bool(false));
                };
                return Ok(Val::Bool(match op {
                    "<" => ord == Ordering::Less,
                    "<=" => ord != Ordering::Greater,
                    ">" => ord == Ordering::Greater,
                    _ => ord != Ordering::Less,
                }));
            }
            _ => {}
        }
        match (&x, &y) {
            (Val::Int(a), Val::Int(b)) => {
                let r = match op {
                    "+" => a.checked_add(*b),
                    "-" => a.checked_sub(*b),
                    "*" => a.checked_mul(*b),
                    "/" => {
                        if *b == 0 {
                            return Err("division by zero".into());
                        }
                        a.checked_div(*b)
                    }
                    _ => {
                        if *b == 0 {
                            return Err("modulus by zero".into());
                        }
                        a.checked_rem(*b)
                    }
                };
                r.map(Val::Int)
                    .ok_or_else(|| "integer overflow".to_string())
            }
            (Val::UInt(a), Val::UInt(b)) => {
                let r = match op {
                    "+" => a.checked_add(*b),
                    "-" => a.checked_sub(*b),
                    "*" => a.checked_mul(*b),
                    "/" => a.checked_div(*b),
                    _ => a.checked_rem(*b),
                };
                r.map(Val::UInt)
                    .ok_or_else(|| "unsigned integer overflow or division by zero".to_string())
            }
            (Val::Double(a), Val::Double(b)) => Ok(Val::Double(match op {
                "+" => a + b,
                "-" => a - b,
                "*" => a * b,
                "/" => a / b,
                _ => return Err(no_overload(op, &x, &y)),
            })),
            (Val::Str(a), Val::Str(b)) if op == "+" => Ok(Val::Str(Cow::Owned(format!("{a}{b}")))),
            _ if op == "+" => match (elems(&x), elems(&y)) {
                (Some(mut a), Some(b)) => {
                    a.extend(b);
                    Ok(Val::List(a))
                }
                _ => Err(no_overload(op, &x, &y)),
            },
            _ => Err(no_overload(op, &x, &y)),
        }
    }
}

use cel::Expr;

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The upstream snapshot dir, or None (skip) when absent; panics when absent under CI=true.
    fn upstream(test: &str) -> Option<PathBuf> {
        let dir = crate::support::upstream();
        if dir.is_none() {
            eprintln!("{test}: skipped");
        }
        dir
    }

    fn upstream_set(test: &str) -> Option<CrdSet> {
        let up = upstream(test)?;
        Some(CrdSet::load_dir(&up.join("crds")).unwrap())
    }

    fn parse_docs(text: &str) -> Vec<Value> {
        serde_saphyr::from_multiple::<Value>(text)
            .unwrap()
            .into_iter()
            .filter(|d| !d.is_null())
            .collect()
    }

    /// Removes CLI chatter lines (status glyphs etc.) and substitutes `{{ ... }}` with `default`.
    fn clean_golden(text: &str) -> String {
        let tmpl = Regex::new(r"\{\{[^}]*\}\}").unwrap();
        let mut out = String::new();
        for line in text.lines() {
            if line.chars().next().is_some_and(|c| !c.is_ascii()) {
                continue;
            }
            out.push_str(&tmpl.replace_all(line, "default"));
            out.push('\n');
        }
        out
    }

    // ---- synthetic CRD exercising every supported keyword -------------------

    const WIDGET_CRD: &str = r#"
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.test.example.com
spec:
  group: test.example.com
  names: {kind: Widget, plural: widgets, singular: widget, listKind: WidgetList}
  scope: Namespaced
  versions:
  - name: v1beta1
    served: false
    storage: false
    schema:
      openAPIV3Schema: {type: object}
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          apiVersion: {type: string}
          kind: {type: string}
          metadata: {type: object}
          spec:
            type: object
            required: [url]
            properties:
              url: {type: string, minLength: 1, maxLength: 10}
              interval: {type: string, pattern: '^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$'}
              mode: {type: string, enum: [a, b], default: a}
              count: {type: integer, format: int64, minimum: 0, maximum: 10}
              ratio: {type: number, minimum: 0, exclusiveMinimum: true, maximum: 1}
              flag: {type: boolean}
              when: {type: string, format: date-time}
              tags: {type: array, minItems: 1, maxItems: 2, items: {type: string}}
              labels: {type: object, additionalProperties: {type: string}}
              opaque: {x-kubernetes-preserve-unknown-fields: true}
              port: {x-kubernetes-int-or-string: true}
              note: {type: string, nullable: true}
              template: {type: object, x-kubernetes-embedded-resource: true, x-kubernetes-preserve-unknown-fields: true}
              entries:
                type: array
                x-kubernetes-list-type: map
                x-kubernetes-list-map-keys: [key]
                items:
                  type: object
                  required: [key]
                  properties:
                    key: {type: string}
                    value: {type: string}
              set: {type: array, x-kubernetes-list-type: set, items: {type: string}}
              choice: {type: string, anyOf: [{pattern: '^x'}, {pattern: '^y'}]}
              nested:
                type: object
                default: {}
                properties:
                  inner: {type: string, default: dflt}
            x-kubernetes-validations:
            - rule: "!has(self.flag) || self.mode == 'b'"
              message: flag requires mode b
            - rule: "has(self.mode) && has(self.nested.inner)"
              message: defaults were not applied
            - rule: "!has(self.set) || size(self.set) < 3"
            - rule: "!has(self.count) || self.count < 5 || self.labels.size() >= 0"
            - rule: "!has(self.tags) || self.tags.all(t, t.matches('^t[0-9]$'))"
              message: tags must look like tN
            - rule: "self.url.lowerAscii() == self.url"
              message: unsupported on purpose
            - rule: "self.url == oldSelf.url"
              message: transition rule
"#;

    fn widget_set() -> CrdSet {
        let dir = std::env::temp_dir().join(format!("flux-rs-schema-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("widget.yaml");
        // A non-CRD document in the same file must be ignored.
        std::fs::write(
            &p,
            format!("{WIDGET_CRD}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {{name: x}}\n"),
        )
        .unwrap();
        let set = CrdSet::load(&[p]).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        set
    }

    fn widget(spec: Value) -> Value {
        json!({"apiVersion": "test.example.com/v1", "kind": "Widget",
               "metadata": {"name": "w", "namespace": "default"}, "spec": spec})
    }

    const NOTICE: &str = "<nil>: Invalid value: \"null\": some validation rules were not checked because the object was invalid; correct the existing errors to complete validation";

    fn check(set: &CrdSet, obj: Value, expected: &[&str]) {
        let got = set.validate(&obj);
        let want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
        assert_eq!(got, want, "object: {obj}");
    }

    #[test]
    fn synthetic_loading_and_lookup() {
        let set = widget_set();
        assert!(set.knows("test.example.com/v1", "Widget"));
        assert!(
            !set.knows("test.example.com/v1beta1", "Widget"),
            "unserved version must not be known"
        );
        assert!(!set.knows("test.example.com/v1", "Gadget"));
        assert_eq!(
            set.served_kinds(),
            vec![("test.example.com/v1".to_string(), "Widget".to_string())]
        );
        assert_eq!(set.cel_rules_checked().len(), 5);
        let skipped = set.cel_rules_skipped();
        assert_eq!(skipped.len(), 2, "{skipped:?}");
        assert!(
            skipped[0].contains("lowerAscii")
                && skipped[0].contains("unsupported method lowerAscii/0"),
            "{skipped:?}"
        );
        assert!(skipped[1].contains("oldSelf"), "{skipped:?}");
        assert_eq!(set.unsupported_cel_rules(), skipped);
        assert!(
            set.unhandled_keywords().is_empty(),
            "{:?}",
            set.unhandled_keywords()
        );
    }

    #[test]
    fn synthetic_valid_objects() {
        let set = widget_set();
        check(&set, widget(json!({"url": "http://x"})), &[]);
        check(
            &set,
            widget(json!({
                "url": "ééééééééé", // 9 chars, 18 bytes: lengths count characters
                "interval": "1m30s", "mode": "b", "flag": true, "count": 10, "ratio": 1,
                "when": "2024-02-29T23:59:59.123+02:00", "tags": ["t1", "t2"],
                "labels": {"a": "b"}, "opaque": {"any": [1, {"x": null}]}, "port": 80,
                "note": null, "template": {"apiVersion": "v1", "kind": "ConfigMap",
                "metadata": {"name": "cm"}, "data": {"k": "v"}},
                "entries": [{"key": "a"}, {"key": "b", "value": "v"}], "set": ["x", "y"],
                "choice": "yes", "nested": {"inner": "other"}
            })),
            &[],
        );
        check(
            &set,
            widget(json!({"url": "u", "port": "http", "ratio": 0.5})),
            &[],
        );
    }

    #[test]
    fn synthetic_negative_cases() {
        let set = widget_set();
        // pattern
        check(
            &set,
            widget(json!({"url": "u", "interval": "1x"})),
            &[
                "spec.interval: Invalid value: \"1x\": spec.interval in body should match '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$'",
            ],
        );
        // enum
        check(
            &set,
            widget(json!({"url": "u", "mode": "c"})),
            &["spec.mode: Unsupported value: \"c\": supported values: \"a\", \"b\""],
        );
        // required
        check(&set, widget(json!({})), &["spec.url: Required value"]);
        // wrong types (type errors block CEL, with the apiserver's notice)
        check(
            &set,
            widget(json!({"url": "u", "count": "3"})),
            &[
                "spec.count: Invalid value: \"string\": spec.count in body must be of type integer: \"string\"",
                NOTICE,
            ],
        );
        check(
            &set,
            widget(json!({"url": "u", "count": 1.5})),
            &[
                "spec.count: Invalid value: \"number\": spec.count in body must be of type integer: \"number\"",
                NOTICE,
            ],
        );
        check(
            &set,
            widget(json!({"url": "u", "flag": "yes"})),
            &[
                "spec.flag: Invalid value: \"string\": spec.flag in body must be of type boolean: \"string\"",
                NOTICE,
            ],
        );
        check(
            &set,
            widget(json!({"url": "u", "ratio": "1"})),
            &[
                "spec.ratio: Invalid value: \"string\": spec.ratio in body must be of type number: \"string\"",
                NOTICE,
            ],
        );
        check(
            &set,
            widget(json!({"url": "u", "tags": "t1"})),
            &[
                "spec.tags: Invalid value: \"string\": spec.tags in body must be of type array: \"string\"",
                NOTICE,
            ],
        );
        check(
            &set,
            widget(json!({"url": "u", "labels": ["a"]})),
            &[
                "spec.labels: Invalid value: \"array\": spec.labels in body must be of type object: \"array\"",
                NOTICE,
            ],
        );
        check(
            &set,
            json!({"apiVersion": "test.example.com/v1", "kind": "Widget", "metadata": {"name": "w"}, "spec": "x"}),
            &[
                "spec: Invalid value: \"string\": spec in body must be of type object: \"string\"",
                NOTICE,
            ],
        );
        // enum + type on the same value (enum applies regardless of type, as in go-openapi)
        check(
            &set,
            widget(json!({"url": "u", "mode": 1})),
            &[
                "spec.mode: Invalid value: \"integer\": spec.mode in body must be of type string: \"integer\"",
                "spec.mode: Unsupported value: 1: supported values: \"a\", \"b\"",
                NOTICE,
            ],
        );
        // nullable vs non-nullable null
        check(
            &set,
            widget(json!({"url": null})),
            &[
                "spec.url: Invalid value: \"null\": spec.url in body must be of type string: \"null\"",
                NOTICE,
            ],
        );
        // non-nullable null with a default is defaulted, not an error
        check(&set, widget(json!({"url": "u", "mode": null})), &[]);
        // unknown fields at every level
        check(
            &set,
            widget(json!({"url": "u", "foo": 1})),
            &["spec.foo: unknown field"],
        );
        check(
            &set,
            widget(json!({"url": "u", "nested": {"inner": "dflt", "x": 1}})),
            &["spec.nested.x: unknown field"],
        );
        check(
            &set,
            widget(json!({"url": "u", "entries": [{"key": "a", "extra": true}]})),
            &["spec.entries[0].extra: unknown field"],
        );
        let mut top = widget(json!({"url": "u"}));
        top["status"] = json!({});
        check(&set, top, &["status: unknown field"]);
        // lengths
        check(
            &set,
            widget(json!({"url": "12345678901"})),
            &["spec.url: Too long: may not be more than 10 bytes"],
        );
        check(
            &set,
            widget(json!({"url": ""})),
            &["spec.url: Invalid value: \"\": spec.url in body should be at least 1 chars long"],
        );
        // numeric bounds
        check(
            &set,
            widget(json!({"url": "u", "count": -1})),
            &[
                "spec.count: Invalid value: -1: spec.count in body should be greater than or equal to 0",
            ],
        );
        check(
            &set,
            widget(json!({"url": "u", "count": 11, "labels": {}})),
            &[
                "spec.count: Invalid value: 11: spec.count in body should be less than or equal to 10",
            ],
        );
        check(
            &set,
            widget(json!({"url": "u", "ratio": 0})),
            &["spec.ratio: Invalid value: 0: spec.ratio in body should be greater than 0"],
        );
        check(
            &set,
            widget(json!({"url": "u", "ratio": 1.5})),
            &[
                "spec.ratio: Invalid value: 1.5: spec.ratio in body should be less than or equal to 1",
            ],
        );
        // items
        check(
            &set,
            widget(json!({"url": "u", "tags": ["t1", "t2", "t3"]})),
            &["spec.tags: Too many: 3: must have at most 2 items"],
        );
        check(
            &set,
            widget(json!({"url": "u", "tags": []})),
            &["spec.tags: Invalid value: 0: spec.tags in body should have at least 1 items"],
        );
        check(
            &set,
            widget(json!({"url": "u", "tags": ["t1", 2]})),
            &[
                "spec.tags[1]: Invalid value: \"integer\": spec.tags[1] in body must be of type string: \"integer\"",
                NOTICE,
            ],
        );
        // additionalProperties schema
        check(
            &set,
            widget(json!({"url": "u", "labels": {"a": 1}})),
            &[
                "spec.labels.a: Invalid value: \"integer\": spec.labels.a in body must be of type string: \"integer\"",
                NOTICE,
            ],
        );
        // format
        check(
            &set,
            widget(json!({"url": "u", "when": "yesterday"})),
            &[
                "spec.when: Invalid value: \"yesterday\": spec.when in body must be of type date-time: \"yesterday\"",
                NOTICE,
            ],
        );
        check(
            &set,
            widget(json!({"url": "u", "when": "2023-02-29T00:00:00Z"})),
            &[
                "spec.when: Invalid value: \"2023-02-29T00:00:00Z\": spec.when in body must be of type date-time: \"2023-02-29T00:00:00Z\"",
                NOTICE,
            ],
        );
        // int-or-string
        check(
            &set,
            widget(json!({"url": "u", "port": true})),
            &[
                "spec.port: Invalid value: \"boolean\": spec.port in body must be of type integer-or-string: \"boolean\"",
                NOTICE,
            ],
        );
        // embedded resource
        check(
            &set,
            widget(json!({"url": "u", "template": {"metadata": {"name": "x", "bogus": 1}}})),
            &[
                "spec.template.apiVersion: Required value: must not be empty",
                "spec.template.kind: Required value: must not be empty",
                "spec.template.metadata.bogus: unknown field",
            ],
        );
        // list-type map / set
        check(
            &set,
            widget(json!({"url": "u", "entries": [{"key": "a"}, {"key": "a", "value": "v"}]})),
            &["spec.entries[1]: Duplicate value: {\"key\":\"a\"}"],
        );
        check(
            &set,
            widget(json!({"url": "u", "entries": [{"value": "v"}]})),
            &["spec.entries[0].key: Required value"],
        );
        check(
            &set,
            widget(json!({"url": "u", "set": ["x", "x"]})),
            &["spec.set[1]: Duplicate value: \"x\""],
        );
        // anyOf (value validation only; the best failing alternative is merged)
        check(
            &set,
            widget(json!({"url": "u", "choice": "z"})),
            &[
                "spec.choice: Invalid value: \"\": spec.choice in body must validate at least one schema (anyOf)",
                "spec.choice: Invalid value: \"z\": spec.choice in body should match '^x'",
            ],
        );
        // CEL: message, default "failed rule", evaluation error, macro + matches
        check(
            &set,
            widget(json!({"url": "u", "flag": true})),
            &["spec: Invalid value: \"object\": flag requires mode b"],
        );
        check(
            &set,
            widget(json!({"url": "u", "set": ["a", "b", "c"]})),
            &["spec: Invalid value: \"object\": failed rule: !has(self.set) || size(self.set) < 3"],
        );
        check(
            &set,
            widget(json!({"url": "u", "count": 7})),
            &[
                "spec: Invalid value: \"object\": no such key: labels evaluating rule: !has(self.count) || self.count < 5 || self.labels.size() >= 0",
            ],
        );
        check(
            &set,
            widget(json!({"url": "u", "tags": ["t1", "x2"]})),
            &["spec: Invalid value: \"object\": tags must look like tN"],
        );
        // several violations at once are all reported
        check(
            &set,
            widget(json!({"interval": "5 minutes", "mode": "z", "zzz": 0})),
            &[
                "spec.url: Required value",
                "spec.interval: Invalid value: \"5 minutes\": spec.interval in body should match '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$'",
                "spec.mode: Unsupported value: \"z\": supported values: \"a\", \"b\"",
                "spec.zzz: unknown field",
            ],
        );
    }

    #[test]
    fn synthetic_metadata_and_envelope() {
        let set = widget_set();
        let mut o = widget(json!({"url": "u"}));
        o["metadata"] = json!({"name": "Bad_Name", "namespace": "Default", "labels": {"a": 1}, "annotations": "x", "foo": 1});
        check(
            &set,
            o,
            &[
                "metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
                "metadata.namespace: Invalid value: \"Default\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
                "metadata.labels.a: Invalid value: \"integer\": metadata.labels.a in body must be of type string: \"integer\"",
                "metadata.annotations: Invalid value: \"string\": metadata.annotations in body must be of type object: \"string\"",
                "metadata.foo: unknown field",
                NOTICE,
            ],
        );
        let mut o = widget(json!({"url": "u"}));
        o["metadata"] = json!({"namespace": "default", "creationTimestamp": null});
        check(
            &set,
            o,
            &["metadata.name: Required value: name or generateName is required"],
        );
        let mut o = widget(json!({"url": "u"}));
        o["extra"] = json!(1);
        check(&set, o, &["extra: unknown field"]);
        check(
            &set,
            json!({"apiVersion": "v1", "kind": "ConfigMap"}),
            &["no CRD for v1/ConfigMap"],
        );
        check(
            &set,
            json!({"apiVersion": "test.example.com/v1beta1", "kind": "Widget"}),
            &["no CRD for test.example.com/v1beta1/Widget"],
        );
        check(
            &set,
            json!({"kind": "Widget"}),
            &["apiVersion: Required value: object has no string apiVersion"],
        );
        check(&set, json!([1]), &["object is not a mapping: [1]"]);
    }

    #[test]
    fn validate_yaml_multi_doc() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<CrdSet>();
        let set = widget_set();
        let yaml = "---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: apps\n---\n\
            apiVersion: test.example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  url: u\n---\n\
            apiVersion: test.example.com/v1\nkind: Widget\nmetadata:\n  name: w2\nspec:\n  url: u\n  mode: c\n";
        assert_eq!(
            set.validate_yaml(yaml),
            vec!["[doc 3 Widget/w2] spec.mode: Unsupported value: \"c\": supported values: \"a\", \"b\"".to_string()]
        );
        let flux_unknown =
            "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: g\n";
        assert_eq!(
            set.validate_yaml(flux_unknown),
            vec![
                "[doc 1 GitRepository/g] no CRD for source.toolkit.fluxcd.io/v1/GitRepository"
                    .to_string()
            ]
        );
        assert!(
            set.validate_yaml("a: [")
                .first()
                .is_some_and(|e| e.starts_with("invalid YAML"))
        );
    }

    #[test]
    fn load_errors_are_reported() {
        assert!(
            CrdSet::load(&[PathBuf::from("/nonexistent/crd.yaml")])
                .unwrap_err()
                .contains("cannot read")
        );
        assert!(
            CrdSet::load_dir(Path::new("/nonexistent-dir"))
                .unwrap_err()
                .contains("cannot list")
        );
    }

    #[test]
    fn cel_subset_semantics() {
        let mut regexes = HashMap::new();
        let (mut sk, mut co, mut un) = (Vec::new(), Vec::new(), BTreeSet::new());
        let mut cx = CompileCx {
            label: "t",
            regexes: &mut regexes,
            cel_skipped: &mut sk,
            cel_compiled: &mut co,
            unhandled: &mut un,
        };
        let obj = json!({"a": 1, "s": "héllo", "l": [1, 2, 3], "m": {"k": "v"}, "d": 1.5});
        let cases: &[(&str, Result<bool, &str>)] = &[
            ("self.a == 1 && self.d > 1.0 && self.a == 1.0", Ok(true)),
            ("size(self.s) == 5 && self.s.size() == 5", Ok(true)),
            ("self.missing == 1 || true", Ok(true)),
            ("true || self.missing == 1", Ok(true)),
            ("self.missing == 1 && false", Ok(false)),
            ("self.missing == 1 || false", Err("no such key: missing")),
            ("2 in self.l && 'k' in self.m && !('z' in self.m)", Ok(true)),
            (
                "self.l.exists(x, x > 2) && self.l.exists_one(x, x == 2) && !self.l.all(x, x > 1)",
                Ok(true),
            ),
            (
                "self.m.all(k, k == 'k') && self.m.k == 'v' && self.m['k'] == 'v' && self.l[0] == 1",
                Ok(true),
            ),
            (
                "self.s.startsWith('hé') && self.s.endsWith('lo') && self.s.contains('ll')",
                Ok(true),
            ),
            (
                "self.s.matches('^h.llo$') && r'\\d' == '\\\\d' && \"a\\x41\" == 'aA'",
                Ok(true),
            ),
            (
                "self.a + 2 * 3 - 1 == 6 && 7 / 2 == 3 && 7 % 2 == 1 && -self.a == -1",
                Ok(true),
            ),
            ("self.a > 0 ? self.s == 'héllo' : false", Ok(true)),
            (
                "'a' + 'b' == 'ab' && [1] + [2] == [1, 2] && 'a' < 'b'",
                Ok(true),
            ),
            ("self.l[5] == 1", Err("index out of bounds: 5")),
            ("self.a / 0 == 1", Err("division by zero")),
            ("self.s > 1", Err("no such overload: >(string, int)")),
            ("has(self.a) && !has(self.zz) && has(self.m.k)", Ok(true)),
        ];
        for (src, want) in cases {
            let e = cel::compile(src, &mut cx).unwrap_or_else(|e| panic!("{src}: {e}"));
            let got = cel::eval_rule(&e, &obj);
            match (want, &got) {
                (Ok(b), Ok(g)) => assert_eq!(b, g, "{src}"),
                (Err(w), Err(g)) => assert!(g.contains(w), "{src}: {g}"),
                _ => panic!("{src}: want {want:?}, got {got:?}"),
            }
        }
        for bad in [
            "self.x.lowerAscii()",
            "int(self.a) == 1",
            "oldSelf == self",
            "foo == 1",
            "self.a ==",
            "{'a': 1}",
            "b'x' == self",
        ] {
            assert!(
                cel::compile(bad, &mut cx).is_err(),
                "{bad} should not compile"
            );
        }
    }

    // ---- upstream CRDs -----------------------------------------------------

    #[test]
    fn every_upstream_crd_loads() {
        let Some(up) = upstream("every_upstream_crd_loads") else {
            return;
        };
        let set = CrdSet::load_dir(&up.join("crds")).unwrap();
        let index = std::fs::read_to_string(up.join("crd-index.tsv")).unwrap();
        let mut expected = Vec::new();
        for line in index.lines().skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() > 9 && cols[9] == "true" {
                expected.push((format!("{}/{}", cols[1], cols[8]), cols[2].to_string()));
            }
        }
        expected.sort();
        assert_eq!(expected.len(), 15);
        assert_eq!(set.served_kinds(), expected);
        for (av, k) in &expected {
            assert!(set.knows(av, k), "{av}/{k}");
        }
        let checked = set.cel_rules_checked();
        eprintln!("CEL rules evaluated: {}", checked.len());
        for r in &checked {
            eprintln!("  checked: {r}");
        }
        let skipped = set.cel_rules_skipped();
        for r in &skipped {
            eprintln!("  SKIPPED: {r}");
        }
        assert_eq!(checked.len(), 24);
        assert!(skipped.is_empty(), "CEL rules not evaluated: {skipped:#?}");
        assert!(
            set.unhandled_keywords().is_empty(),
            "{:#?}",
            set.unhandled_keywords()
        );
    }

    #[test]
    fn upstream_examples_validate() {
        let Some(up) = upstream("upstream_examples_validate") else {
            return;
        };
        let set = CrdSet::load_dir(&up.join("crds")).unwrap();
        let td = up.join("cmd-flux/testdata");
        let dirs = [
            "export",
            "create_source_git",
            "create_source_helm",
            "create_source_chart",
            "create_hr",
            "create_tenant",
            "create_image_update",
            "oci",
        ];
        let (mut total, mut ok, mut failures) = (0usize, 0usize, Vec::new());
        for d in dirs {
            let mut files: Vec<PathBuf> = std::fs::read_dir(td.join(d))
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            files.sort();
            for f in files {
                let ext = f.extension().and_then(|e| e.to_str()).unwrap_or("");
                if !matches!(ext, "yaml" | "golden") {
                    continue;
                }
                let text = clean_golden(&std::fs::read_to_string(&f).unwrap());
                for doc in parse_docs(&text) {
                    let av = doc.get("apiVersion").and_then(Value::as_str).unwrap_or("");
                    if !av.contains(".fluxcd.io/") {
                        continue; // core kinds (Namespace, ServiceAccount, RoleBinding, Secret ...)
                    }
                    total += 1;
                    let kind = doc.get("kind").and_then(Value::as_str).unwrap_or("");
                    let name = doc
                        .pointer("/metadata/name")
                        .and_then(Value::as_str)
                        .unwrap_or("");
                    let rel = f.strip_prefix(&td).unwrap().display().to_string();
                    let errs = set.validate(&doc);
                    if errs.is_empty() {
                        ok += 1;
                        eprintln!("  ok   {rel}: {kind}/{name}");
                        // Mutation check: the same object with a stray field must be rejected.
                        let mut bad = doc.clone();
                        if let Some(spec) = bad.get_mut("spec").and_then(Value::as_object_mut) {
                            spec.insert("zzUnknown".to_string(), json!(true));
                            assert_eq!(
                                set.validate(&bad),
                                vec!["spec.zzUnknown: unknown field".to_string()],
                                "{rel}"
                            );
                        }
                    } else {
                        eprintln!("  FAIL {rel}: {kind}/{name}: {errs:#?}");
                        failures.push(format!("{rel}: {kind}/{name}: {errs:?}"));
                    }
                }
            }
        }
        eprintln!("upstream examples valid: {ok}/{total}");
        assert_eq!(total, 59, "number of upstream Flux objects found");
        assert!(failures.is_empty(), "{failures:#?}");
    }

    fn flux(api: &str, kind: &str, spec: Value) -> Value {
        json!({"apiVersion": api, "kind": kind, "metadata": {"name": "x", "namespace": "flux-system"}, "spec": spec})
    }

    #[test]
    fn upstream_negative_cases() {
        let Some(set) = upstream_set("upstream_negative_cases") else {
            return;
        };
        let git = "source.toolkit.fluxcd.io/v1";
        let good_git =
            json!({"interval": "1m0s", "url": "https://github.com/x/y", "ref": {"branch": "main"}});
        check(&set, flux(git, "GitRepository", good_git.clone()), &[]);
        let mut g = good_git.clone();
        g["interval"] = json!("1x");
        check(
            &set,
            flux(git, "GitRepository", g),
            &[
                "spec.interval: Invalid value: \"1x\": spec.interval in body should match '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$'",
            ],
        );
        check(
            &set,
            flux(git, "GitRepository", json!({"interval": "1m"})),
            &["spec.url: Required value"],
        );
        let mut g = good_git.clone();
        g["foo"] = json!("bar");
        g["ref"]["brunch"] = json!("main");
        check(
            &set,
            flux(git, "GitRepository", g),
            &["spec.ref.brunch: unknown field", "spec.foo: unknown field"],
        );
        let mut g = good_git.clone();
        g["provider"] = json!("gitea");
        check(
            &set,
            flux(git, "GitRepository", g),
            &[
                "spec.provider: Unsupported value: \"gitea\": supported values: \"generic\", \"aws\", \"azure\", \"github\"",
            ],
        );
        let mut g = good_git.clone();
        g["serviceAccountName"] = json!("sa");
        check(
            &set,
            flux(git, "GitRepository", g),
            &[
                "spec: Invalid value: \"object\": serviceAccountName can only be set when provider is 'azure' or 'aws'",
            ],
        );
        let mut g = good_git.clone();
        g["suspend"] = json!("true");
        check(
            &set,
            flux(git, "GitRepository", g),
            &[
                "spec.suspend: Invalid value: \"string\": spec.suspend in body must be of type boolean: \"string\"",
                NOTICE,
            ],
        );

        // HelmRelease: CEL on spec and on nested strategy objects
        let hr = "helm.toolkit.fluxcd.io/v2";
        check(
            &set,
            flux(hr, "HelmRelease", json!({"interval": "5m"})),
            &["spec: Invalid value: \"object\": either chart or chartRef must be set"],
        );
        let chart = json!({"spec": {"chart": "podinfo", "sourceRef": {"kind": "HelmRepository", "name": "podinfo"}}});
        check(
            &set,
            flux(
                hr,
                "HelmRelease",
                json!({"interval": "5m", "chart": chart.clone(),
            "install": {"strategy": {"name": "RemediateOnFailure", "retryInterval": "1m"}}}),
            ),
            &[
                "spec.install.strategy: Invalid value: \"object\": .retryInterval cannot be set when .name is 'RemediateOnFailure'",
            ],
        );
        check(
            &set,
            flux(
                hr,
                "HelmRelease",
                json!({"interval": "5m", "chart": chart.clone(),
            "kubeConfig": {"secretRef": {"name": "a"}, "configMapRef": {"name": "b"}}}),
            ),
            &[
                "spec.kubeConfig: Invalid value: \"object\": exactly one of spec.kubeConfig.configMapRef or spec.kubeConfig.secretRef must be specified",
            ],
        );
        check(
            &set,
            flux(
                hr,
                "HelmRelease",
                json!({"interval": "5m", "chart": chart.clone(),
            "values": {"anything": {"goes": [1, true, null]}}}),
            ),
            &[],
        );
        let mut c = chart.clone();
        c["spec"]["sourceRef"]["kind"] = json!("OCIRepository");
        check(
            &set,
            flux(hr, "HelmRelease", json!({"interval": "5m", "chart": c})),
            &[
                "spec.chart.spec.sourceRef.kind: Unsupported value: \"OCIRepository\": supported values: \"HelmRepository\", \"GitRepository\", \"Bucket\"",
            ],
        );

        // ImagePolicy: the digestReflectionPolicy default ('Never') feeds the CEL rule
        let ip = "image.toolkit.fluxcd.io/v1";
        let pol = json!({"imageRepositoryRef": {"name": "r"}, "policy": {"semver": {"range": ">=1.0.0"}}});
        check(&set, flux(ip, "ImagePolicy", pol.clone()), &[]);
        let mut p = pol.clone();
        p["interval"] = json!("5m");
        check(
            &set,
            flux(ip, "ImagePolicy", p.clone()),
            &[
                "spec: Invalid value: \"object\": spec.interval is only accepted when spec.digestReflectionPolicy is set to 'Always'",
            ],
        );
        p["digestReflectionPolicy"] = json!("Always");
        check(&set, flux(ip, "ImagePolicy", p), &[]);

        // Bucket: defaults + CEL
        let b = json!({"bucketName": "b", "endpoint": "e", "interval": "5m"});
        check(&set, flux(git, "Bucket", b.clone()), &[]);
        // provider defaults to 'generic', so an 'aws' STS block is rejected by the generic rule
        let mut bb = b.clone();
        bb["sts"] = json!({"provider": "aws", "endpoint": "https://sts"});
        check(
            &set,
            flux(git, "Bucket", bb.clone()),
            &[
                "spec: Invalid value: \"object\": 'ldap' is the only supported STS provider for the 'generic' Bucket provider",
            ],
        );
        bb["provider"] = json!("aws");
        check(&set, flux(git, "Bucket", bb.clone()), &[]);
        bb["sts"]["provider"] = json!("ldap");
        check(
            &set,
            flux(git, "Bucket", bb),
            &[
                "spec: Invalid value: \"object\": 'aws' is the only supported STS provider for the 'aws' Bucket provider",
            ],
        );

        // Receiver: CEL with size()
        let nr = "notification.toolkit.fluxcd.io/v1";
        let rcv =
            json!({"type": "generic-oidc", "resources": [{"kind": "GitRepository", "name": "x"}]});
        check(
            &set,
            flux(nr, "Receiver", rcv),
            &[
                "spec: Invalid value: \"object\": generic-oidc receivers must define at least one oidcProvider",
            ],
        );
        check(
            &set,
            flux(
                nr,
                "Receiver",
                json!({"type": "github", "resources": [{"kind": "GitRepository", "name": "x"}]}),
            ),
            &[
                "spec: Invalid value: \"object\": secretRef is required when type is not generic-oidc",
            ],
        );

        // Provider: enum + CEL
        let np = "notification.toolkit.fluxcd.io/v1beta3";
        check(
            &set,
            flux(
                np,
                "Provider",
                json!({"type": "slack", "commitStatusExpr": "x"}),
            ),
            &[
                "spec: Invalid value: \"object\": spec.commitStatusExpr is only supported for the 'github', 'gitlab', 'gitea', 'bitbucketserver', 'bitbucket', 'azuredevops' provider types",
            ],
        );
        let errs = set.validate(&flux(np, "Provider", json!({"type": "slak"})));
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(
            errs[0].starts_with(
                "spec.type: Unsupported value: \"slak\": supported values: \"slack\", \"discord\""
            ),
            "{errs:?}"
        );

        // HelmChart: CEL through a nested field
        check(
            &set,
            flux(
                git,
                "HelmChart",
                json!({"chart": "c", "interval": "1m",
            "sourceRef": {"kind": "GitRepository", "name": "g"}, "verify": {"provider": "cosign"}}),
            ),
            &[
                "spec: Invalid value: \"object\": spec.verify is only supported when spec.sourceRef.kind is 'HelmRepository'",
            ],
        );

        // ArtifactGenerator: all() + matches() macro rule
        let ag = "source.extensions.fluxcd.io/v1beta1";
        let gen_spec = |name: &str| {
            json!({"sources": [{"alias": "s", "kind": "GitRepository", "name": "g"}],
            "artifacts": [{"name": name, "copy": [{"from": "@s/**", "to": "@artifact/"}]}]})
        };
        check(
            &set,
            flux(ag, "ArtifactGenerator", gen_spec("good-name")),
            &[],
        );
        let errs = set.validate(&flux(ag, "ArtifactGenerator", gen_spec("Bad_Name")));
        assert!(
            errs.contains(&"spec: Invalid value: \"object\": artifact names must be valid Kubernetes object names when pathPattern is not set".to_string()),
            "{errs:?}"
        );

        // Kustomization: required + too long
        let ks = "kustomize.toolkit.fluxcd.io/v1";
        check(
            &set,
            flux(
                ks,
                "Kustomization",
                json!({"interval": "1m", "sourceRef": {"kind": "GitRepository", "name": "g"}}),
            ),
            &["spec.prune: Required value"],
        );
        let long = "x".repeat(64);
        check(
            &set,
            flux(
                ks,
                "Kustomization",
                json!({"interval": "1m", "prune": true, "targetNamespace": long,
            "sourceRef": {"kind": "GitRepository", "name": "g"}}),
            ),
            &["spec.targetNamespace: Too long: may not be more than 63 bytes"],
        );
        check(
            &set,
            flux(
                ks,
                "Kustomization",
                json!({"interval": "1m", "prune": true, "targetNamespace": "",
            "sourceRef": {"kind": "GitRepository", "name": "g"}}),
            ),
            &[
                "spec.targetNamespace: Invalid value: \"\": spec.targetNamespace in body should be at least 1 chars long",
            ],
        );
    }
}
