//! Server-side printing: `meta.k8s.io/v1` Table responses (what `kubectl get` asks for), with
//! the columns of the common built-in printers and CRD `additionalPrinterColumns` (JSONPath).

use serde_json::{Value, json};

use crate::clock;
use crate::registry::ResourceType;

/// kube's `duration.HumanDuration`.
pub fn human_duration(secs: i64) -> String {
    let s = secs.max(0);
    if s < 120 {
        return format!("{s}s");
    }
    let m = s / 60;
    if m < 10 {
        let rs = s % 60;
        return if rs == 0 {
            format!("{m}m")
        } else {
            format!("{m}m{rs}s")
        };
    }
    if m < 180 {
        return format!("{m}m");
    }
    let h = m / 60;
    if h < 8 {
        let rm = m % 60;
        return if rm == 0 {
            format!("{h}h")
        } else {
            format!("{h}h{rm}m")
        };
    }
    if h < 48 {
        return format!("{h}h");
    }
    let d = h / 24;
    if h < 24 * 8 {
        let rh = h % 24;
        return if rh == 0 {
            format!("{d}d")
        } else {
            format!("{d}d{rh}h")
        };
    }
    if d < 365 * 2 {
        return format!("{d}d");
    }
    format!("{}y", d / 365)
}

fn parse_rfc3339(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 19 {
        return None;
    }
    let n = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<i64>().ok());
    let (y, mo, d, h, mi, se) = (
        n(0..4)?,
        n(5..7)?,
        n(8..10)?,
        n(11..13)?,
        n(14..16)?,
        n(17..19)?,
    );
    // days-from-civil
    let y2 = if mo <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + h * 3600 + mi * 60 + se)
}

fn age(o: &Value) -> String {
    match o["metadata"]["creationTimestamp"]
        .as_str()
        .and_then(parse_rfc3339)
    {
        Some(t) => human_duration(clock::now_unix() - t),
        None => "<unknown>".into(),
    }
}

/// A tiny JSONPath subset: `.a.b`, `[0]`, `[*]`, `[?(@.type=="Ready")]`.
pub fn jsonpath(o: &Value, path: &str) -> Vec<Value> {
    let mut cur = vec![o.clone()];
    let p = path
        .trim()
        .trim_start_matches('{')
        .trim_end_matches('}')
        .trim_start_matches('$');
    let mut rest = p;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let key = &r[..end];
            cur = cur.iter().filter_map(|v| v.get(key).cloned()).collect();
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return vec![];
            };
            let inner = &r[..end];
            rest = &r[end + 1..];
            if let Some(f) = inner.strip_prefix("?(@.").and_then(|x| x.strip_suffix(')')) {
                let (k, want) = match f.split_once("==") {
                    Some((k, w)) => (k.trim(), w.trim().trim_matches('"').trim_matches('\'')),
                    None => return vec![],
                };
                cur = cur
                    .iter()
                    .flat_map(|v| v.as_array().cloned().unwrap_or_default())
                    .filter(|e| match &e[k] {
                        Value::String(s) => s == want,
                        other => *other == want,
                    })
                    .collect();
            } else if inner == "*" {
                cur = cur
                    .iter()
                    .flat_map(|v| v.as_array().cloned().unwrap_or_default())
                    .collect();
            } else if let Ok(i) = inner.parse::<usize>() {
                cur = cur.iter().filter_map(|v| v.get(i).cloned()).collect();
            } else {
                let key = inner.trim_matches('\'').trim_matches('"');
                cur = cur.iter().filter_map(|v| v.get(key).cloned()).collect();
            }
        } else {
            return vec![];
        }
    }
    cur
}

fn cell_of(vals: &[Value], ty: &str) -> Value {
    let Some(v) = vals.first() else {
        return Value::Null;
    };
    match (ty, v) {
        ("date", Value::String(s)) => match parse_rfc3339(s) {
            Some(t) => json!(human_duration(clock::now_unix() - t)),
            None => json!(s),
        },
        (_, Value::String(_) | Value::Number(_) | Value::Bool(_)) => v.clone(),
        _ => json!(v.to_string()),
    }
}

fn col(name: &str, ty: &str, desc: &str) -> Value {
    let format = if name == "Name" { "name" } else { "" };
    json!({"name": name, "type": ty, "format": format, "description": desc, "priority": 0})
}

fn columns(rt: &ResourceType, version: &str) -> Vec<Value> {
    let name = col("Name", "string", "Name must be unique within a namespace.");
    let age = col(
        "Age",
        "string",
        "CreationTimestamp is a timestamp representing the server time when this object was created.",
    );
    if rt.from_crd {
        let pc = rt
            .served_version(version)
            .map(|v| v.printer_columns.clone())
            .unwrap_or_default();
        if pc.is_empty() {
            return vec![name, age];
        }
        let mut out = vec![name];
        for c in pc {
            let ty = c["type"].as_str().unwrap_or("string");
            let ty = if ty == "date" { "date" } else { ty };
            let mut d = col(
                c["name"].as_str().unwrap_or(""),
                ty,
                c["description"].as_str().unwrap_or(""),
            );
            if let Some(p) = c["priority"].as_i64() {
                d["priority"] = json!(p);
            }
            out.push(d);
        }
        return out;
    }
    let s = |n: &str| col(n, "string", "");
    let i = |n: &str| col(n, "integer", "");
    match (rt.group.as_str(), rt.kind.as_str()) {
        ("", "Namespace") => vec![name, s("Status"), age],
        ("", "ConfigMap") => vec![name, i("Data"), age],
        ("", "Secret") => vec![name, s("Type"), i("Data"), age],
        ("", "ServiceAccount") => vec![name, i("Secrets"), age],
        ("", "Service") => vec![
            name,
            s("Type"),
            s("Cluster-IP"),
            s("External-IP"),
            s("Port(s)"),
            age,
        ],
        ("", "Pod") => vec![name, s("Ready"), s("Status"), i("Restarts"), age],
        ("apps", "Deployment") => vec![name, s("Ready"), i("Up-to-date"), i("Available"), age],
        ("apiextensions.k8s.io", _) => vec![name, col("Created At", "date", "")],
        ("", "Event") => {
            let mut n = name;
            n["priority"] = json!(1);
            vec![
                s("Last Seen"),
                s("Type"),
                s("Reason"),
                s("Object"),
                s("Message"),
                n,
            ]
        }
        _ => vec![name, age],
    }
}

fn cells(rt: &ResourceType, version: &str, o: &Value) -> Vec<Value> {
    let name = json!(o["metadata"]["name"].as_str().unwrap_or(""));
    if rt.from_crd {
        let pc = rt
            .served_version(version)
            .map(|v| v.printer_columns.clone())
            .unwrap_or_default();
        if pc.is_empty() {
            return vec![name, json!(age(o))];
        }
        let mut out = vec![name];
        for c in pc {
            let vals = jsonpath(o, c["jsonPath"].as_str().unwrap_or(""));
            out.push(cell_of(&vals, c["type"].as_str().unwrap_or("string")));
        }
        return out;
    }
    let len = |v: &Value| v.as_object().map(|m| m.len()).unwrap_or(0);
    match (rt.group.as_str(), rt.kind.as_str()) {
        ("", "Namespace") => vec![
            name,
            json!(o["status"]["phase"].as_str().unwrap_or("Active")),
            json!(age(o)),
        ],
        ("", "ConfigMap") => vec![
            name,
            json!(len(&o["data"]) + len(&o["binaryData"])),
            json!(age(o)),
        ],
        ("", "Secret") => vec![
            name,
            json!(o["type"].as_str().unwrap_or("Opaque")),
            json!(len(&o["data"])),
            json!(age(o)),
        ],
        ("", "ServiceAccount") => {
            vec![
                name,
                json!(o["secrets"].as_array().map(|a| a.len()).unwrap_or(0)),
                json!(age(o)),
            ]
        }
        ("", "Service") => {
            let ports: Vec<String> = o["spec"]["ports"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| format!("{}/{}", p["port"], p["protocol"].as_str().unwrap_or("TCP")))
                .collect();
            vec![
                name,
                json!(o["spec"]["type"].as_str().unwrap_or("ClusterIP")),
                json!(o["spec"]["clusterIP"].as_str().unwrap_or("<none>")),
                json!("<none>"),
                json!(if ports.is_empty() {
                    "<none>".to_string()
                } else {
                    ports.join(",")
                }),
                json!(age(o)),
            ]
        }
        ("", "Pod") => {
            let total = o["spec"]["containers"]
                .as_array()
                .map(|a| a.len())
                .unwrap_or(0);
            let ready = o["status"]["containerStatuses"]
                .as_array()
                .map(|a| a.iter().filter(|c| c["ready"] == json!(true)).count())
                .unwrap_or(0);
            vec![
                name,
                json!(format!("{ready}/{total}")),
                json!(o["status"]["phase"].as_str().unwrap_or("Pending")),
                json!(0),
                json!(age(o)),
            ]
        }
        ("apps", "Deployment") => {
            let want = o["spec"]["replicas"].as_i64().unwrap_or(1);
            let st = &o["status"];
            vec![
                name,
                json!(format!(
                    "{}/{want}",
                    st["readyReplicas"].as_i64().unwrap_or(0)
                )),
                json!(st["updatedReplicas"].as_i64().unwrap_or(0)),
                json!(st["availableReplicas"].as_i64().unwrap_or(0)),
                json!(age(o)),
            ]
        }
        ("", "Event") => {
            let last = o["lastTimestamp"]
                .as_str()
                .or(o["eventTime"].as_str())
                .and_then(parse_rfc3339);
            let io = &o["involvedObject"];
            vec![
                json!(
                    last.map(|t| human_duration(clock::now_unix() - t))
                        .unwrap_or_else(|| "<unknown>".into())
                ),
                json!(o["type"].as_str().unwrap_or("")),
                json!(o["reason"].as_str().unwrap_or("")),
                json!(format!(
                    "{}/{}",
                    io["kind"].as_str().unwrap_or("").to_ascii_lowercase(),
                    io["name"].as_str().unwrap_or("")
                )),
                json!(o["message"].as_str().unwrap_or("")),
                name,
            ]
        }
        ("apiextensions.k8s.io", _) => {
            vec![
                name,
                json!(o["metadata"]["creationTimestamp"].as_str().unwrap_or("")),
            ]
        }
        _ => vec![name, json!(age(o))],
    }
}

fn row(rt: &ResourceType, version: &str, o: &Value, include: Option<&str>) -> Value {
    let object = match include {
        Some("None") => Value::Null,
        Some("Object") => o.clone(),
        _ => {
            json!({"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1", "metadata": o["metadata"]})
        }
    };
    json!({"cells": cells(rt, version, o), "object": object})
}

/// Convert a List body into a Table.
pub fn to_table(rt: &ResourceType, version: &str, list: &Value, include: Option<&str>) -> Value {
    let rows: Vec<Value> = list["items"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|o| {
            let mut o = o.clone();
            o["apiVersion"] = json!(rt.api_version(version));
            o["kind"] = json!(rt.kind);
            row(rt, version, &o, include)
        })
        .collect();
    json!({
        "kind": "Table",
        "apiVersion": "meta.k8s.io/v1",
        "metadata": list["metadata"],
        "columnDefinitions": columns(rt, version),
        "rows": rows,
    })
}

/// One object as a Table (watch events); column definitions only when `headers`.
pub fn object_table(
    rt: &ResourceType,
    version: &str,
    o: &Value,
    include: Option<&str>,
    headers: bool,
) -> Value {
    json!({
        "kind": "Table",
        "apiVersion": "meta.k8s.io/v1",
        "metadata": {"resourceVersion": o["metadata"]["resourceVersion"]},
        "columnDefinitions": if headers { json!(columns(rt, version)) } else { json!([]) },
        "rows": [row(rt, version, o, include)],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_jsonpath() {
        assert_eq!(human_duration(5), "5s");
        assert_eq!(human_duration(150), "2m30s");
        assert_eq!(human_duration(3600 * 5 + 60), "5h1m");
        assert_eq!(human_duration(86_400 * 3), "3d");
        let o = json!({"status": {"conditions": [{"type": "A", "status": "x"}, {"type": "Ready", "status": "True"}]}});
        assert_eq!(
            jsonpath(&o, r#".status.conditions[?(@.type=="Ready")].status"#),
            vec![json!("True")]
        );
        assert_eq!(parse_rfc3339("1970-01-02T00:00:00Z"), Some(86_400));
    }
}
