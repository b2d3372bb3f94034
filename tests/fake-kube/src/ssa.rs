//! Server-side apply and managedFields: field sets (FieldsV1), ownership tracking for Apply and
//! Update operations, conflict detection between managers, and the apply merge itself.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use crate::patch::merge_key;

/// A field path in FieldsV1 tokens: `f:spec`, `k:{"name":"a"}`.
pub type Path = Vec<String>;
pub type FieldSet = BTreeSet<Path>;

const SKIP_META: &[&str] = &[
    "name",
    "namespace",
    "uid",
    "resourceVersion",
    "generation",
    "creationTimestamp",
    "managedFields",
    "deletionTimestamp",
    "deletionGracePeriodSeconds",
    "selfLink",
];

fn assoc_key(field: &str, items: &[Value]) -> Option<&'static str> {
    if items.is_empty() || !items.iter().all(|e| e.is_object()) {
        return None;
    }
    let k = merge_key(field, items)?;
    items.iter().all(|e| e.get(k).is_some()).then_some(k)
}

fn key_token(key: &str, elem: &Value) -> String {
    let mut m = Map::new();
    m.insert(
        key.to_string(),
        elem.get(key).cloned().unwrap_or(Value::Null),
    );
    format!("k:{}", Value::Object(m))
}

/// The set of fields an object (or apply configuration) sets. `status` is excluded unless
/// `status_only`, in which case only status is collected.
pub fn fields_of(obj: &Value, status_only: bool) -> FieldSet {
    let mut set = FieldSet::new();
    let Some(o) = obj.as_object() else { return set };
    for (k, v) in o {
        if k == "apiVersion" || k == "kind" {
            continue;
        }
        if (k == "status") != status_only {
            continue;
        }
        let p = vec![format!("f:{k}")];
        if k == "metadata" {
            if let Some(m) = v.as_object() {
                for (mk, mv) in m {
                    if SKIP_META.contains(&mk.as_str()) {
                        continue;
                    }
                    collect(
                        mv,
                        &[p.clone(), vec![format!("f:{mk}")]].concat(),
                        mk,
                        &mut set,
                    );
                }
            }
            continue;
        }
        collect(v, &p, k, &mut set);
    }
    set
}

fn collect(v: &Value, path: &Path, field: &str, set: &mut FieldSet) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, x) in m {
                let mut p = path.clone();
                p.push(format!("f:{k}"));
                collect(x, &p, k, set);
            }
        }
        Value::Array(items) => match assoc_key(field, items) {
            Some(key) => {
                for e in items {
                    let mut p = path.clone();
                    p.push(key_token(key, e));
                    set.insert(p.clone());
                    if let Some(m) = e.as_object() {
                        for (k, x) in m {
                            let mut q = p.clone();
                            q.push(format!("f:{k}"));
                            collect(x, &q, k, set);
                        }
                    }
                }
            }
            None => {
                set.insert(path.clone());
            }
        },
        _ => {
            set.insert(path.clone());
        }
    }
}

/// The value at a path, if present.
pub fn value_at<'a>(obj: &'a Value, path: &Path) -> Option<&'a Value> {
    let mut cur = obj;
    for t in path {
        if let Some(f) = t.strip_prefix("f:") {
            cur = cur.get(f)?;
        } else if let Some(k) = t.strip_prefix("k:") {
            let kv: Value = serde_json::from_str(k).ok()?;
            let (kf, want) = kv.as_object()?.iter().next()?;
            cur = cur.as_array()?.iter().find(|e| e.get(kf) == Some(want))?;
        } else {
            return None;
        }
    }
    Some(cur)
}

/// Remove the field at `path` from `obj`.
pub fn remove_at(obj: &mut Value, path: &Path) {
    let Some((last, parent)) = path.split_last() else {
        return;
    };
    let mut cur = obj;
    for t in parent {
        let next = if let Some(f) = t.strip_prefix("f:") {
            cur.get_mut(f)
        } else if let Some(k) = t.strip_prefix("k:") {
            let Ok(kv) = serde_json::from_str::<Value>(k) else {
                return;
            };
            let Some((kf, want)) = kv.as_object().and_then(|o| o.iter().next()) else {
                return;
            };
            let (kf, want) = (kf.clone(), want.clone());
            cur.as_array_mut()
                .and_then(|a| a.iter_mut().find(|e| e.get(&kf) == Some(&want)))
        } else {
            None
        };
        match next {
            Some(n) => cur = n,
            None => return,
        }
    }
    if let Some(f) = last.strip_prefix("f:") {
        if let Some(o) = cur.as_object_mut() {
            o.remove(f);
        }
    } else if let Some(k) = last.strip_prefix("k:") {
        let Ok(kv) = serde_json::from_str::<Value>(k) else {
            return;
        };
        if let (Some((kf, want)), Some(a)) = (
            kv.as_object().and_then(|o| o.iter().next()),
            cur.as_array_mut(),
        ) {
            a.retain(|e| e.get(kf) != Some(want));
        }
    }
}

/// FieldsV1 JSON from a field set.
pub fn to_fields_v1(set: &FieldSet) -> Value {
    let mut root = Value::Object(Map::new());
    for p in set {
        let mut cur = &mut root;
        for t in p {
            let Some(o) = cur.as_object_mut() else { break };
            cur = o
                .entry(t.clone())
                .or_insert_with(|| Value::Object(Map::new()));
        }
    }
    // Nodes that are in the set and also have children get a "." marker.
    for p in set {
        if let Some(node) = node_mut(&mut root, p)
            && let Some(o) = node.as_object_mut()
            && !o.is_empty()
            && !o.contains_key(".")
        {
            let mut n = Map::new();
            n.insert(".".into(), json!({}));
            n.extend(std::mem::take(o));
            *o = n;
        }
    }
    root
}

fn node_mut<'a>(root: &'a mut Value, p: &Path) -> Option<&'a mut Value> {
    let mut cur = root;
    for t in p {
        cur = cur.get_mut(t)?;
    }
    Some(cur)
}

pub fn from_fields_v1(v: &Value) -> FieldSet {
    fn rec(v: &Value, path: &mut Path, set: &mut FieldSet) {
        let Some(o) = v.as_object() else { return };
        if o.is_empty() && !path.is_empty() {
            set.insert(path.clone());
        }
        for (k, x) in o {
            if k == "." {
                set.insert(path.clone());
                continue;
            }
            path.push(k.clone());
            rec(x, path, set);
            path.pop();
        }
    }
    let mut set = FieldSet::new();
    rec(v, &mut Vec::new(), &mut set);
    set
}

/// One managedFields entry.
#[derive(Debug, Clone)]
pub struct Entry {
    pub manager: String,
    pub operation: String,
    pub api_version: String,
    pub time: String,
    pub subresource: String,
    pub fields: FieldSet,
}

pub fn read_entries(obj: &Value) -> Vec<Entry> {
    let mut out = Vec::new();
    for e in obj["metadata"]["managedFields"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let s = |k: &str| e.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
        out.push(Entry {
            manager: s("manager"),
            operation: s("operation"),
            api_version: s("apiVersion"),
            time: s("time"),
            subresource: s("subresource"),
            fields: e.get("fieldsV1").map(from_fields_v1).unwrap_or_default(),
        });
    }
    out
}

pub fn write_entries(obj: &mut Value, entries: &[Entry]) {
    let list: Vec<Value> = entries
        .iter()
        .filter(|e| !e.fields.is_empty())
        .map(|e| {
            let mut v = json!({
                "manager": e.manager,
                "operation": e.operation,
                "apiVersion": e.api_version,
                "time": e.time,
                "fieldsType": "FieldsV1",
                "fieldsV1": to_fields_v1(&e.fields),
            });
            if !e.subresource.is_empty() {
                v["subresource"] = json!(e.subresource);
            }
            v
        })
        .collect();
    if let Some(m) = obj.get_mut("metadata").and_then(|m| m.as_object_mut()) {
        if list.is_empty() {
            m.remove("managedFields");
        } else {
            m.insert("managedFields".into(), Value::Array(list));
        }
    }
}

fn is_leaf_field(p: &Path) -> bool {
    p.last().is_some_and(|t| t.starts_with("f:"))
}

/// Record an Update operation by `manager`: fields whose value changed between `old` and `new`
/// move to the manager.
pub fn record_update(
    old: Option<&Value>,
    new: &mut Value,
    manager: &str,
    api_version: &str,
    subresource: &str,
) {
    let mut entries = old.map(read_entries).unwrap_or_default();
    let status_only = subresource == "status";
    let new_fields = fields_of(new, status_only);
    let changed: FieldSet = new_fields
        .iter()
        .filter(|p| match old {
            None => true,
            Some(o) => {
                value_at(o, p) != value_at(new, p) || !is_leaf_field(p) && value_at(o, p).is_none()
            }
        })
        .cloned()
        .collect();
    // Fields that disappeared are owned by no one any more.
    let all_new: FieldSet = fields_of(new, false)
        .union(&fields_of(new, true))
        .cloned()
        .collect();
    for e in &mut entries {
        e.fields
            .retain(|p| all_new.contains(p) && !changed.contains(p));
    }
    if !changed.is_empty() {
        let now = crate::clock::rfc3339();
        match entries.iter_mut().find(|e| {
            e.manager == manager && e.operation == "Update" && e.subresource == subresource
        }) {
            Some(e) => {
                e.fields.extend(changed);
                e.time = now;
                e.api_version = api_version.to_string();
            }
            None => entries.push(Entry {
                manager: manager.to_string(),
                operation: "Update".into(),
                api_version: api_version.to_string(),
                time: now,
                subresource: subresource.to_string(),
                fields: changed,
            }),
        }
    }
    entries.retain(|e| !e.fields.is_empty());
    write_entries(new, &entries);
}

/// A conflict: (manager, its apiVersion, field path like `.spec.replicas`).
pub type Conflict = (String, String, String);

pub fn dotted(p: &Path) -> String {
    let mut s = String::new();
    for t in p {
        if let Some(f) = t.strip_prefix("f:") {
            s.push('.');
            s.push_str(f);
        } else if let Some(k) = t.strip_prefix("k:") {
            let parts: Vec<String> = serde_json::from_str::<Map<String, Value>>(k)
                .map(|m| m.iter().map(|(a, b)| format!("{a}={b}")).collect())
                .unwrap_or_default();
            s.push('[');
            s.push_str(&parts.join(","));
            s.push(']');
        }
    }
    s
}

/// Server-side apply of `applied` by `manager` onto `current` (None: create).
/// Returns the merged object (with managedFields) or the conflicts.
pub fn apply(
    current: Option<&Value>,
    applied: &Value,
    manager: &str,
    force: bool,
    api_version: &str,
    subresource: &str,
) -> Result<Value, Vec<Conflict>> {
    let status_only = subresource == "status";
    let new_set = fields_of(applied, status_only);
    let mut entries = current.map(read_entries).unwrap_or_default();
    let mut conflicts = Vec::new();
    if let Some(cur) = current {
        for e in &entries {
            if e.manager == manager && e.operation == "Apply" {
                continue;
            }
            for p in e.fields.intersection(&new_set) {
                if !is_leaf_field(p) {
                    continue;
                }
                if value_at(cur, p) != value_at(applied, p) {
                    conflicts.push((e.manager.clone(), e.api_version.clone(), dotted(p)));
                }
            }
        }
    }
    if !conflicts.is_empty() && !force {
        return Err(conflicts);
    }
    let mut obj = current.cloned().unwrap_or_else(|| json!({}));
    // Fields this manager applied before but no longer applies, owned by nobody else: removed.
    let prev: FieldSet = entries
        .iter()
        .find(|e| e.manager == manager && e.operation == "Apply" && e.subresource == subresource)
        .map(|e| e.fields.clone())
        .unwrap_or_default();
    for p in prev.difference(&new_set) {
        let others = entries
            .iter()
            .any(|e| !(e.manager == manager && e.operation == "Apply") && e.fields.contains(p));
        if !others {
            remove_at(&mut obj, p);
        }
    }
    merge_apply(&mut obj, applied, "");
    // Ownership.
    let conflicted: BTreeSet<&str> = conflicts.iter().map(|(_, _, f)| f.as_str()).collect();
    for e in &mut entries {
        if e.manager == manager && e.operation == "Apply" {
            continue;
        }
        e.fields
            .retain(|p| !conflicted.contains(dotted(p).as_str()));
    }
    let now = crate::clock::rfc3339();
    match entries
        .iter_mut()
        .find(|e| e.manager == manager && e.operation == "Apply" && e.subresource == subresource)
    {
        Some(e) => {
            e.fields = new_set;
            e.time = now;
            e.api_version = api_version.to_string();
        }
        None => entries.push(Entry {
            manager: manager.to_string(),
            operation: "Apply".into(),
            api_version: api_version.to_string(),
            time: now,
            subresource: subresource.to_string(),
            fields: new_set,
        }),
    }
    entries.retain(|e| !e.fields.is_empty());
    if !obj.get("metadata").is_some_and(|m| m.is_object()) {
        obj["metadata"] = json!({});
    }
    write_entries(&mut obj, &entries);
    Ok(obj)
}

/// Merge an apply configuration into an object: maps recursively, associative lists by key,
/// everything else replaced.
fn merge_apply(dst: &mut Value, src: &Value, field: &str) {
    match (dst.as_object_mut(), src) {
        (Some(d), Value::Object(s)) => {
            for (k, v) in s {
                if field.is_empty() && k == "metadata" {
                    // managedFields in an apply body are ignored.
                    let mut v = v.clone();
                    if let Some(m) = v.as_object_mut() {
                        m.remove("managedFields");
                    }
                    let e = d.entry(k.clone()).or_insert_with(|| json!({}));
                    merge_apply(e, &v, k);
                    continue;
                }
                if v.is_null() {
                    d.remove(k);
                    continue;
                }
                match d.get_mut(k) {
                    Some(e) => merge_apply(e, v, k),
                    None => {
                        d.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        _ => match (dst.as_array_mut(), src) {
            (Some(d), Value::Array(s)) => match assoc_key(field, s) {
                Some(key) if d.iter().all(|e| e.get(key).is_some()) => {
                    for e in s {
                        match d.iter_mut().find(|x| x.get(key) == e.get(key)) {
                            Some(x) => merge_apply(x, e, ""),
                            None => d.push(e.clone()),
                        }
                    }
                }
                _ => *dst = src.clone(),
            },
            _ => *dst = src.clone(),
        },
    }
}

/// The server's conflict message.
pub fn conflict_message(c: &[Conflict]) -> String {
    if c.len() == 1 {
        return format!(
            "Apply failed with 1 conflict: conflict with \"{}\" using {}: {}",
            c[0].0, c[0].1, c[0].2
        );
    }
    let mut groups: Vec<(&str, &str, Vec<&str>)> = Vec::new();
    for (m, av, f) in c {
        match groups.iter_mut().find(|(gm, ga, _)| gm == m && ga == av) {
            Some(g) => g.2.push(f),
            None => groups.push((m, av, vec![f])),
        }
    }
    let parts: Vec<String> = groups
        .iter()
        .map(|(m, av, fs)| {
            if fs.len() == 1 {
                format!("conflict with \"{m}\" using {av}: {}", fs[0])
            } else {
                let lines: Vec<String> = fs.iter().map(|f| format!("- {f}")).collect();
                format!("conflicts with \"{m}\" using {av}:\n{}", lines.join("\n"))
            }
        })
        .collect();
    format!(
        "Apply failed with {} conflicts: {}",
        c.len(),
        parts.join("\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_roundtrip() {
        let o = json!({"apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": "x", "labels": {"a": "b"}},
            "spec": {"containers": [{"name": "c", "image": "i"}], "args": ["x"]},
            "data": {"k": "v"}});
        let set = fields_of(&o, false);
        let v1 = to_fields_v1(&set);
        assert_eq!(
            v1["f:spec"]["f:containers"]["k:{\"name\":\"c\"}"]["."],
            json!({})
        );
        assert_eq!(from_fields_v1(&v1), set);
    }

    #[test]
    fn apply_conflicts_and_force() {
        let a = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}, "data": {"k": "1", "j": "2"}});
        let o = apply(None, &a, "m1", false, "v1", "").unwrap();
        let b = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}, "data": {"k": "9"}});
        let err = apply(Some(&o), &b, "m2", false, "v1", "").unwrap_err();
        assert_eq!(
            err,
            vec![("m1".to_string(), "v1".to_string(), ".data.k".to_string())]
        );
        let o2 = apply(Some(&o), &b, "m2", true, "v1", "").unwrap();
        assert_eq!(o2["data"], json!({"k": "9", "j": "2"}));
        // m1 re-applies without j: j is removed (m1 was its only owner).
        let c = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}, "data": {"k": "9"}});
        let o3 = apply(Some(&o2), &c, "m1", false, "v1", "").unwrap();
        assert_eq!(o3["data"], json!({"k": "9"}));
    }
}
