//! A kustomize subset in Rust, enough for Flux's own overlays (the install overlay of
//! `flux2: pkg/manifestgen/install` and the multi-tenancy lockdown): `resources` (files and
//! directories), `namespace`, `namePrefix`/`nameSuffix` with role references, `patches`
//! (inline or file, JSON 6902 or strategic merge, with `target` selectors), the legacy
//! `patchesStrategicMerge`/`patchesJson6902`, `images`, `labels` and builtin
//! `LabelTransformer` files under `transformers`, then kustomize's legacy sort.
//! Anything else is [`Error::Unsupported`]; `external` runs a real kustomize for those.

pub mod external;
pub mod patch;
pub mod select;
pub mod sort;

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use serde_json::{Map, Value, json};

use select::Selector;

/// Why a build failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A kustomize feature this subset does not implement.
    #[error("{0} is not supported by the built-in kustomize")]
    Unsupported(String),
    /// Invalid input.
    #[error("{0}")]
    Invalid(String),
}

/// Where kustomization files are read from.
pub trait Fs {
    /// The text of a file.
    fn read(&self, path: &Path) -> std::io::Result<String>;
    /// Whether `path` is a directory.
    fn is_dir(&self, path: &Path) -> bool;
}

/// Files held in memory (paths are relative, `/`-separated).
#[derive(Debug, Clone, Default)]
pub struct MemFs {
    files: BTreeMap<PathBuf, String>,
}

impl MemFs {
    /// An empty file set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds or replaces a file.
    pub fn insert(&mut self, path: impl Into<PathBuf>, text: impl Into<String>) {
        self.files.insert(normalize(&path.into()), text.into());
    }

    /// The text of a file, if present.
    pub fn read_opt(&self, path: &str) -> Option<&String> {
        self.files.get(&normalize(Path::new(path)))
    }

    /// Every file, for writing the set to disk.
    pub fn files(&self) -> impl Iterator<Item = (&PathBuf, &String)> {
        self.files.iter()
    }
}

impl Fs for MemFs {
    fn read(&self, path: &Path) -> std::io::Result<String> {
        self.files.get(&normalize(path)).cloned().ok_or_else(|| {
            std::io::Error::new(std::io::ErrorKind::NotFound, "no such file or directory")
        })
    }
    fn is_dir(&self, path: &Path) -> bool {
        let p = normalize(path);
        self.files.keys().any(|k| k.starts_with(&p) && k != &p)
    }
}

/// The real file system.
#[derive(Debug, Clone, Copy, Default)]
pub struct DiskFs;

impl Fs for DiskFs {
    fn read(&self, path: &Path) -> std::io::Result<String> {
        std::fs::read_to_string(path)
    }
    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }
}

/// Resolves `.` and `..` lexically.
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

const KUSTOMIZATION_FILES: &[&str] = &["kustomization.yaml", "kustomization.yml", "Kustomization"];

/// Fields of a Kustomization this subset understands.
const KNOWN_FIELDS: &[&str] = &[
    "apiVersion",
    "kind",
    "metadata",
    "resources",
    "namespace",
    "namePrefix",
    "nameSuffix",
    "patches",
    "patchesStrategicMerge",
    "patchesJson6902",
    "images",
    "labels",
    "transformers",
];

/// Kinds that are cluster-scoped (the namespace transformer leaves them alone).
pub fn is_cluster_scoped(kind: &str) -> bool {
    matches!(
        kind,
        "Namespace"
            | "CustomResourceDefinition"
            | "ClusterRole"
            | "ClusterRoleBinding"
            | "PriorityClass"
            | "StorageClass"
            | "PersistentVolume"
            | "APIService"
            | "MutatingWebhookConfiguration"
            | "ValidatingWebhookConfiguration"
            | "ValidatingAdmissionPolicy"
            | "ValidatingAdmissionPolicyBinding"
            | "IngressClass"
            | "RuntimeClass"
            | "CSIDriver"
            | "Node"
            | "VolumeSnapshotClass"
    )
}

/// Builds the kustomization in `dir` and sorts the result in kustomize's legacy order.
pub fn build(fs: &dyn Fs, dir: &Path) -> Result<Vec<Value>, Error> {
    let mut objs = build_dir(fs, dir, 0)?;
    sort::legacy(&mut objs);
    Ok(objs)
}

fn read_err(path: &Path, e: &std::io::Error) -> Error {
    Error::Invalid(format!("{}: {e}", path.display()))
}

fn parse_docs(path: &Path, text: &str) -> Result<Vec<Value>, Error> {
    let docs = crate::yaml::from_str_multi(text)
        .map_err(|e| Error::Invalid(format!("{}: {e}", path.display())))?;
    Ok(docs.into_iter().filter(|d| !d.is_null()).collect())
}

fn id_of(o: &Value) -> String {
    let m = &o["metadata"];
    format!(
        "{}/{} {}/{}",
        o["apiVersion"].as_str().unwrap_or(""),
        o["kind"].as_str().unwrap_or(""),
        m["namespace"].as_str().unwrap_or(""),
        m["name"].as_str().unwrap_or("")
    )
}

fn add_resources(acc: &mut Vec<Value>, new: Vec<Value>) -> Result<(), Error> {
    for o in new {
        if !o.is_object() || o["kind"].as_str().is_none_or(str::is_empty) {
            return Err(Error::Invalid(
                "missing kind in object: every resource must have apiVersion and kind".into(),
            ));
        }
        let id = id_of(&o);
        if acc.iter().any(|a| id_of(a) == id) {
            return Err(Error::Invalid(format!(
                "may not add resource with an already registered id: {id}"
            )));
        }
        acc.push(o);
    }
    Ok(())
}

fn strings(k: &Value, field: &str) -> Result<Vec<String>, Error> {
    match k.get(field) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(a)) => a
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| Error::Invalid(format!("{field} entries must be strings")))
            })
            .collect(),
        Some(_) => Err(Error::Invalid(format!("{field} must be a list"))),
    }
}

fn build_dir(fs: &dyn Fs, dir: &Path, depth: usize) -> Result<Vec<Value>, Error> {
    if depth > 20 {
        return Err(Error::Invalid("kustomization cycle detected".into()));
    }
    let (kpath, text) = KUSTOMIZATION_FILES
        .iter()
        .map(|f| dir.join(f))
        .find_map(|p| fs.read(&p).ok().map(|t| (p, t)))
        .ok_or_else(|| {
            Error::Invalid(format!(
                "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '{}'",
                dir.display()
            ))
        })?;
    let k = crate::yaml::from_str(&text)
        .map_err(|e| Error::Invalid(format!("{}: {e}", kpath.display())))?;
    let Some(km) = k.as_object() else {
        return Err(Error::Invalid(format!(
            "{}: not a mapping",
            kpath.display()
        )));
    };
    for key in km.keys() {
        if !KNOWN_FIELDS.contains(&key.as_str()) {
            return Err(Error::Unsupported(format!("kustomization field '{key}'")));
        }
    }
    let mut objs = Vec::new();
    for r in strings(&k, "resources")? {
        if r.contains("://") || r.starts_with("github.com/") || r.contains("?ref=") {
            return Err(Error::Unsupported(format!("remote resource '{r}'")));
        }
        let p = dir.join(&r);
        if fs.is_dir(&p) {
            add_resources(&mut objs, build_dir(fs, &p, depth + 1)?)?;
        } else {
            let t = fs.read(&p).map_err(|e| read_err(&p, &e))?;
            add_resources(&mut objs, parse_docs(&p, &t)?)?;
        }
    }
    // Builtin transformers in kustomize's order.
    for p in strings(&k, "patchesStrategicMerge")? {
        let text = if p.contains('\n') || p.trim_start().starts_with("apiVersion") {
            p.clone()
        } else {
            let path = dir.join(&p);
            fs.read(&path).map_err(|e| read_err(&path, &e))?
        };
        for doc in parse_docs(Path::new("patchesStrategicMerge"), &text)? {
            apply_untargeted_smp(&mut objs, &doc)?;
        }
    }
    if let Some(patches) = k.get("patches").filter(|v| !v.is_null()) {
        let list = patches
            .as_array()
            .ok_or_else(|| Error::Invalid("patches must be a list".into()))?;
        for p in list {
            apply_patch_entry(fs, dir, &mut objs, p)?;
        }
    }
    if let Some(ns) = k
        .get("namespace")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
    {
        set_namespace(&mut objs, ns);
    }
    let prefix = k.get("namePrefix").and_then(Value::as_str).unwrap_or("");
    let suffix = k.get("nameSuffix").and_then(Value::as_str).unwrap_or("");
    if !prefix.is_empty() || !suffix.is_empty() {
        rename(&mut objs, prefix, suffix);
    }
    if let Some(labels) = k.get("labels").filter(|v| !v.is_null()) {
        apply_labels_field(&mut objs, labels)?;
    }
    if let Some(list) = k.get("patchesJson6902").filter(|v| !v.is_null()) {
        for p in list
            .as_array()
            .ok_or_else(|| Error::Invalid("patchesJson6902 must be a list".into()))?
        {
            apply_patch_entry(fs, dir, &mut objs, p)?;
        }
    }
    if let Some(images) = k.get("images").filter(|v| !v.is_null()) {
        let list = images
            .as_array()
            .ok_or_else(|| Error::Invalid("images must be a list".into()))?;
        for img in list {
            apply_image(&mut objs, img)?;
        }
    }
    for t in strings(&k, "transformers")? {
        let p = dir.join(&t);
        if fs.is_dir(&p) {
            return Err(Error::Unsupported(format!("transformer directory '{t}'")));
        }
        let text = fs.read(&p).map_err(|e| read_err(&p, &e))?;
        for doc in parse_docs(&p, &text)? {
            apply_transformer(&mut objs, &doc)?;
        }
    }
    Ok(objs)
}

fn load_patch_text(fs: &dyn Fs, dir: &Path, entry: &Value) -> Result<String, Error> {
    if let Some(inline) = entry.get("patch").and_then(Value::as_str) {
        return Ok(inline.to_string());
    }
    if let Some(path) = entry.get("path").and_then(Value::as_str) {
        let p = dir.join(path);
        return fs.read(&p).map_err(|e| read_err(&p, &e));
    }
    Err(Error::Invalid(
        "patch requires either a path or an inline patch".into(),
    ))
}

fn apply_patch_entry(
    fs: &dyn Fs,
    dir: &Path,
    objs: &mut Vec<Value>,
    entry: &Value,
) -> Result<(), Error> {
    if let Some(m) = entry.as_object() {
        for key in m.keys() {
            if !matches!(key.as_str(), "path" | "patch" | "target") {
                return Err(Error::Unsupported(format!("patch field '{key}'")));
            }
        }
    }
    let text = load_patch_text(fs, dir, entry)?;
    let docs = parse_docs(Path::new("patch"), &text)?;
    let target = entry.get("target").filter(|t| !t.is_null());
    let is_json = docs.len() == 1 && docs[0].is_array();
    if is_json {
        let ops = docs[0].as_array().cloned().unwrap_or_default();
        let target = target.ok_or_else(|| {
            Error::Invalid("unable to apply JSON patch: must specify a target for patch".into())
        })?;
        let sel = Selector::from_value(target)?;
        for o in objs.iter_mut().filter(|o| sel.matches(o)) {
            patch::apply_json6902(o, &ops)
                .map_err(|e| Error::Invalid(format!("{e} (in {})", id_of(o))))?;
        }
        return Ok(());
    }
    for doc in docs {
        match target {
            None => apply_untargeted_smp(objs, &doc)?,
            Some(t) => {
                let sel = Selector::from_value(t)?;
                let mut i = 0;
                while i < objs.len() {
                    if sel.matches(&objs[i])
                        && patch::apply_smp(&mut objs[i], &doc)? == patch::SmpOutcome::Delete
                    {
                        objs.remove(i);
                        continue;
                    }
                    i += 1;
                }
            }
        }
    }
    Ok(())
}

fn apply_untargeted_smp(objs: &mut Vec<Value>, doc: &Value) -> Result<(), Error> {
    let kind = doc["kind"].as_str().unwrap_or("");
    let name = doc["metadata"]["name"].as_str().unwrap_or("");
    let ns = doc["metadata"]["namespace"].as_str();
    let hits: Vec<usize> = objs
        .iter()
        .enumerate()
        .filter(|(_, o)| {
            o["kind"] == kind
                && o["metadata"]["name"] == name
                && ns.is_none_or(|n| o["metadata"]["namespace"] == n)
        })
        .map(|(i, _)| i)
        .collect();
    match hits.as_slice() {
        [i] => {
            if patch::apply_smp(&mut objs[*i], doc)? == patch::SmpOutcome::Delete {
                objs.remove(*i);
            }
            Ok(())
        }
        [] => Err(Error::Invalid(format!(
            "no resource matches strategic merge patch \"{kind} {name}\""
        ))),
        _ => Err(Error::Invalid(format!(
            "multiple matches for strategic merge patch \"{kind} {name}\""
        ))),
    }
}

fn set_namespace(objs: &mut [Value], ns: &str) {
    for o in objs.iter_mut() {
        let kind = o["kind"].as_str().unwrap_or("").to_string();
        if !is_cluster_scoped(&kind) {
            o["metadata"]["namespace"] = json!(ns);
        }
        if (kind == "RoleBinding" || kind == "ClusterRoleBinding")
            && let Some(subjects) = o.get_mut("subjects").and_then(Value::as_array_mut)
        {
            for s in subjects {
                if s["kind"] == "ServiceAccount"
                    && (s["name"] == "default" || s["namespace"].as_str().is_none_or(str::is_empty))
                {
                    s["namespace"] = json!(ns);
                }
            }
        }
    }
}

fn rename(objs: &mut [Value], prefix: &str, suffix: &str) {
    let mut renamed: Vec<(String, String, String)> = Vec::new();
    for o in objs.iter_mut() {
        let kind = o["kind"].as_str().unwrap_or("").to_string();
        if matches!(
            kind.as_str(),
            "CustomResourceDefinition" | "Namespace" | "APIService"
        ) {
            continue;
        }
        let Some(name) = o["metadata"]["name"].as_str().map(str::to_string) else {
            continue;
        };
        let new = format!("{prefix}{name}{suffix}");
        o["metadata"]["name"] = json!(new);
        renamed.push((kind, name, new));
    }
    // Name references: roleRef → (Cluster)Role, subjects and serviceAccountName → ServiceAccount.
    let lookup = |kind: &str, name: &str| {
        renamed
            .iter()
            .find(|(k, n, _)| k == kind && n == name)
            .map(|(_, _, new)| new.clone())
    };
    for o in objs.iter_mut() {
        if let Some(rr) = o.get_mut("roleRef")
            && let (Some(k), Some(n)) = (rr["kind"].as_str(), rr["name"].as_str())
            && let Some(new) = lookup(k, n)
        {
            rr["name"] = json!(new);
        }
        if let Some(subjects) = o.get_mut("subjects").and_then(Value::as_array_mut) {
            for s in subjects {
                if let Some(n) = s["name"].as_str()
                    && s["kind"] == "ServiceAccount"
                    && let Some(new) = lookup("ServiceAccount", n)
                {
                    s["name"] = json!(new);
                }
            }
        }
        if let Some(pod) = o.pointer_mut("/spec/template/spec")
            && let Some(n) = pod["serviceAccountName"].as_str()
            && let Some(new) = lookup("ServiceAccount", n)
        {
            pod["serviceAccountName"] = json!(new);
        }
    }
}

/// Sets `labels` at a `/`-separated path of a field spec (`create` makes missing maps).
fn set_labels_at(o: &mut Value, path: &str, create: bool, labels: &Map<String, Value>) {
    let mut cur = o;
    for seg in path.split('/').filter(|s| !s.is_empty()) {
        if cur.get(seg).is_none_or(Value::is_null) {
            if !create {
                return;
            }
            cur[seg] = json!({});
        }
        cur = &mut cur[seg];
    }
    if let Some(m) = cur.as_object_mut() {
        for (k, v) in labels {
            let v = match v {
                Value::String(_) => v.clone(),
                other => Value::String(other.to_string()),
            };
            m.insert(k.clone(), v);
        }
    }
}

fn field_spec_matches(fs: &Value, o: &Value) -> bool {
    let av = o["apiVersion"].as_str().unwrap_or("");
    let (group, version) = av.rsplit_once('/').unwrap_or(("", av));
    let want = |k: &str, have: &str| fs.get(k).and_then(Value::as_str).is_none_or(|w| w == have);
    want("kind", o["kind"].as_str().unwrap_or(""))
        && want("group", group)
        && want("version", version)
}

fn apply_transformer(objs: &mut [Value], t: &Value) -> Result<(), Error> {
    let av = t["apiVersion"].as_str().unwrap_or("");
    let kind = t["kind"].as_str().unwrap_or("");
    if av != "builtin" || kind != "LabelTransformer" {
        return Err(Error::Unsupported(format!("transformer {av}/{kind}")));
    }
    let labels = t["labels"].as_object().cloned().unwrap_or_default();
    let specs = t["fieldSpecs"].as_array().cloned().unwrap_or_default();
    for o in objs.iter_mut() {
        for fs in &specs {
            if field_spec_matches(fs, o) {
                let path = fs["path"].as_str().unwrap_or("metadata/labels");
                let create = fs["create"].as_bool().unwrap_or(false);
                set_labels_at(o, path, create, &labels);
            }
        }
    }
    Ok(())
}

const TEMPLATE_KINDS: &[&str] = &[
    "Deployment",
    "StatefulSet",
    "DaemonSet",
    "ReplicaSet",
    "Job",
];

fn apply_labels_field(objs: &mut [Value], labels: &Value) -> Result<(), Error> {
    let list = labels
        .as_array()
        .ok_or_else(|| Error::Invalid("labels must be a list".into()))?;
    for entry in list {
        if entry["includeSelectors"].as_bool() == Some(true) {
            return Err(Error::Unsupported("labels with includeSelectors".into()));
        }
        if entry.get("fields").is_some() {
            return Err(Error::Unsupported("labels with fields".into()));
        }
        let pairs = entry["pairs"].as_object().cloned().unwrap_or_default();
        let templates = entry["includeTemplates"].as_bool() == Some(true);
        for o in objs.iter_mut() {
            set_labels_at(o, "metadata/labels", true, &pairs);
            let kind = o["kind"].as_str().unwrap_or("");
            if templates && TEMPLATE_KINDS.contains(&kind) {
                set_labels_at(o, "spec/template/metadata/labels", true, &pairs);
            } else if templates && kind == "CronJob" {
                set_labels_at(
                    o,
                    "spec/jobTemplate/spec/template/metadata/labels",
                    true,
                    &pairs,
                );
            }
        }
    }
    Ok(())
}

/// Splits an image reference into name and the tag/digest suffix (`:tag`, `@digest`).
fn split_image(image: &str) -> (&str, &str) {
    if let Some(i) = image.find('@') {
        let (n, rest) = image.split_at(i);
        let n = match n.rfind(':') {
            Some(c) if !n[c..].contains('/') => &n[..c],
            _ => n,
        };
        return (n, rest);
    }
    match image.rfind(':') {
        Some(c) if !image[c..].contains('/') => (&image[..c], &image[c..]),
        _ => (image, ""),
    }
}

fn apply_image(objs: &mut [Value], img: &Value) -> Result<(), Error> {
    let name = img["name"]
        .as_str()
        .ok_or_else(|| Error::Invalid("images entries need a name".into()))?;
    let new_name = img["newName"].as_str();
    let new_tag = img["newTag"].as_str();
    let digest = img["digest"].as_str();
    let rewrite = |image: &str| -> Option<String> {
        let (n, suffix) = split_image(image);
        if n != name {
            return None;
        }
        let base = new_name.unwrap_or(n);
        Some(match (digest, new_tag) {
            (Some(d), _) => format!("{base}@{d}"),
            (None, Some(t)) => format!("{base}:{t}"),
            (None, None) => format!("{base}{suffix}"),
        })
    };
    for o in objs.iter_mut() {
        for pod in [
            "/spec",
            "/spec/template/spec",
            "/spec/jobTemplate/spec/template/spec",
        ] {
            let Some(p) = o.pointer_mut(pod) else {
                continue;
            };
            for field in ["containers", "initContainers"] {
                if let Some(cs) = p.get_mut(field).and_then(Value::as_array_mut) {
                    for c in cs {
                        if let Some(new) = c["image"].as_str().and_then(rewrite) {
                            c["image"] = json!(new);
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

/// Applies kustomize `patches` entries (inline patches with targets) to built objects, as a
/// kustomization listing them over these objects would.
pub fn apply_patches(objs: &mut Vec<Value>, entries: &[Value]) -> Result<(), Error> {
    let fs = MemFs::new();
    for e in entries {
        apply_patch_entry(&fs, Path::new(""), objs, e)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_overlay_with_subdir_suffix_and_role_refs() {
        let mut fs = MemFs::new();
        fs.insert("kustomization.yaml", "namespace: ns\nresources:\n- roles\n- d.yaml\nimages:\n- name: fluxcd/x\n  newName: ghcr.io/fluxcd/x\n");
        fs.insert(
            "roles/kustomization.yaml",
            "resources:\n- rbac.yaml\nnameSuffix: -ns\n",
        );
        fs.insert("roles/rbac.yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: r\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: b\nroleRef:\n  kind: ClusterRole\n  name: r\n");
        fs.insert("d.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      containers:\n      - name: m\n        image: fluxcd/x:v1\n");
        let out = build(&fs, Path::new("")).unwrap();
        let kinds: Vec<_> = out.iter().map(|o| o["kind"].as_str().unwrap()).collect();
        assert_eq!(kinds, ["ClusterRole", "ClusterRoleBinding", "Deployment"]);
        assert_eq!(out[1]["roleRef"]["name"], "r-ns");
        assert_eq!(out[2]["metadata"]["namespace"], "ns");
        assert_eq!(
            out[2]["spec"]["template"]["spec"]["containers"][0]["image"],
            "ghcr.io/fluxcd/x:v1"
        );
    }

    #[test]
    fn unknown_fields_are_unsupported() {
        let mut fs = MemFs::new();
        fs.insert("kustomization.yaml", "configMapGenerator:\n- name: x\n");
        let err = build(&fs, Path::new("")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "kustomization field 'configMapGenerator' is not supported by the built-in kustomize"
        );
    }
}
