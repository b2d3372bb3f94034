//! Decoding of Kubernetes protobuf request bodies (`application/vnd.kubernetes.protobuf`) for the
//! simple kinds kubectl's typed `create` commands send: Namespace, ConfigMap, Secret,
//! ServiceAccount. Other kinds get 415 (responses are always JSON).

use base64::Engine;
use serde_json::{Map, Value, json};

enum Wire<'a> {
    Varint(u64),
    Bytes(&'a [u8]),
    Fixed,
}

fn varint(b: &[u8], pos: &mut usize) -> Result<u64, String> {
    let mut v: u64 = 0;
    for shift in (0..64).step_by(7) {
        let Some(&byte) = b.get(*pos) else {
            return Err("truncated varint".into());
        };
        *pos += 1;
        v |= ((byte & 0x7f) as u64) << shift;
        if byte & 0x80 == 0 {
            return Ok(v);
        }
    }
    Err("varint too long".into())
}

fn fields(b: &[u8]) -> Result<Vec<(u64, Wire<'_>)>, String> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < b.len() {
        let key = varint(b, &mut pos)?;
        let (field, wt) = (key >> 3, key & 7);
        let w = match wt {
            0 => Wire::Varint(varint(b, &mut pos)?),
            1 => {
                pos += 8;
                Wire::Fixed
            }
            5 => {
                pos += 4;
                Wire::Fixed
            }
            2 => {
                let len = varint(b, &mut pos)? as usize;
                let end = pos
                    .checked_add(len)
                    .filter(|e| *e <= b.len())
                    .ok_or("truncated field")?;
                let s = &b[pos..end];
                pos = end;
                Wire::Bytes(s)
            }
            _ => return Err(format!("unsupported wire type {wt}")),
        };
        if pos > b.len() {
            return Err("truncated field".into());
        }
        out.push((field, w));
    }
    Ok(out)
}

fn string(w: &Wire) -> String {
    match w {
        Wire::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        _ => String::new(),
    }
}

/// A map entry (key=1, value=2) as (key, raw value bytes).
fn entry<'a>(w: &Wire<'a>) -> Result<(String, &'a [u8]), String> {
    let Wire::Bytes(b) = w else {
        return Err("bad map entry".into());
    };
    let mut k = String::new();
    let mut v: &[u8] = &[];
    for (f, x) in fields(b)? {
        match (f, x) {
            (1, x) => k = string(&x),
            (2, Wire::Bytes(b)) => v = b,
            _ => {}
        }
    }
    Ok((k, v))
}

fn object_meta(b: &[u8]) -> Result<Value, String> {
    let mut m = Map::new();
    let mut labels = Map::new();
    let mut annotations = Map::new();
    let mut finalizers = Vec::new();
    for (f, w) in fields(b)? {
        match f {
            1 => {
                m.insert("name".into(), json!(string(&w)));
            }
            2 => {
                m.insert("generateName".into(), json!(string(&w)));
            }
            3 => {
                m.insert("namespace".into(), json!(string(&w)));
            }
            6 => {
                m.insert("resourceVersion".into(), json!(string(&w)));
            }
            11 | 12 => {
                let (k, v) = entry(&w)?;
                let v = json!(String::from_utf8_lossy(v));
                if f == 11 {
                    labels.insert(k, v)
                } else {
                    annotations.insert(k, v)
                };
            }
            14 => finalizers.push(json!(string(&w))),
            _ => {}
        }
    }
    if !labels.is_empty() {
        m.insert("labels".into(), Value::Object(labels));
    }
    if !annotations.is_empty() {
        m.insert("annotations".into(), Value::Object(annotations));
    }
    if !finalizers.is_empty() {
        m.insert("finalizers".into(), Value::Array(finalizers));
    }
    Ok(Value::Object(m))
}

fn access_review_spec(b: &[u8]) -> Result<Value, String> {
    let mut spec = Map::new();
    let mut groups = Vec::new();
    for (f, w) in fields(b)? {
        match f {
            1 => {
                let Wire::Bytes(ra) = w else { continue };
                let mut m = Map::new();
                for (g, x) in fields(ra)? {
                    let key = match g {
                        1 => "namespace",
                        2 => "verb",
                        3 => "group",
                        4 => "version",
                        5 => "resource",
                        6 => "subresource",
                        7 => "name",
                        _ => continue,
                    };
                    m.insert(key.into(), json!(string(&x)));
                }
                spec.insert("resourceAttributes".into(), Value::Object(m));
            }
            2 => {
                let Wire::Bytes(na) = w else { continue };
                let mut m = Map::new();
                for (g, x) in fields(na)? {
                    let key = if g == 1 { "path" } else { "verb" };
                    m.insert(key.into(), json!(string(&x)));
                }
                spec.insert("nonResourceAttributes".into(), Value::Object(m));
            }
            3 => {
                spec.insert("user".into(), json!(string(&w)));
            }
            4 => groups.push(json!(string(&w))),
            _ => {}
        }
    }
    if !groups.is_empty() {
        spec.insert("groups".into(), Value::Array(groups));
    }
    Ok(Value::Object(spec))
}

/// Decode a `k8s\0`-prefixed protobuf body into the JSON object it stands for.
pub fn decode(body: &[u8]) -> Result<Value, String> {
    let rest = body
        .strip_prefix(b"k8s\x00")
        .ok_or("missing protobuf magic")?;
    let (mut api_version, mut kind, mut raw): (String, String, &[u8]) =
        (String::new(), String::new(), &[]);
    for (f, w) in fields(rest)? {
        match (f, w) {
            (1, Wire::Bytes(tm)) => {
                for (g, x) in fields(tm)? {
                    match g {
                        1 => api_version = string(&x),
                        2 => kind = string(&x),
                        _ => {}
                    }
                }
            }
            (2, Wire::Bytes(b)) => raw = b,
            _ => {}
        }
    }
    let b64 = |b: &[u8]| json!(base64::engine::general_purpose::STANDARD.encode(b));
    let mut obj = Map::new();
    obj.insert("apiVersion".into(), json!(api_version));
    obj.insert("kind".into(), json!(kind));
    let mut data = Map::new();
    let mut other = Map::new();
    for (f, w) in fields(raw)? {
        if f == 1 {
            if let Wire::Bytes(b) = w {
                obj.insert("metadata".into(), object_meta(b)?);
            }
            continue;
        }
        match (kind.as_str(), f) {
            ("Namespace", 2) => {
                if let Wire::Bytes(b) = w {
                    let fin: Vec<Value> = fields(b)?
                        .iter()
                        .filter(|(g, _)| *g == 1)
                        .map(|(_, x)| json!(string(x)))
                        .collect();
                    obj.insert("spec".into(), json!({"finalizers": fin}));
                }
            }
            ("Namespace", _) => {}
            ("ConfigMap", 2) => {
                let (k, v) = entry(&w)?;
                data.insert(k, json!(String::from_utf8_lossy(v)));
            }
            ("ConfigMap", 3) => {
                let (k, v) = entry(&w)?;
                other.insert(k, b64(v));
            }
            ("ConfigMap" | "Secret", 4 | 5) if (kind == "ConfigMap") == (f == 4) => {
                if let Wire::Varint(v) = w {
                    obj.insert("immutable".into(), json!(v != 0));
                }
            }
            ("Secret", 2) => {
                let (k, v) = entry(&w)?;
                data.insert(k, b64(v));
            }
            ("Secret", 3) => {
                obj.insert("type".into(), json!(string(&w)));
            }
            ("Secret", 4) => {
                let (k, v) = entry(&w)?;
                other.insert(k, json!(String::from_utf8_lossy(v)));
            }
            ("ServiceAccount", 3) => {
                if let Wire::Bytes(b) = w {
                    let name = fields(b)?
                        .iter()
                        .find(|(g, _)| *g == 1)
                        .map(|(_, x)| string(x))
                        .unwrap_or_default();
                    let list = obj.entry("imagePullSecrets").or_insert_with(|| json!([]));
                    if let Some(a) = list.as_array_mut() {
                        a.push(json!({"name": name}));
                    }
                }
            }
            ("ServiceAccount", 4) => {
                if let Wire::Varint(v) = w {
                    obj.insert("automountServiceAccountToken".into(), json!(v != 0));
                }
            }
            ("ServiceAccount", _) => {}
            ("SelfSubjectAccessReview" | "SubjectAccessReview", 2) => {
                if let Wire::Bytes(b) = w {
                    obj.insert("spec".into(), access_review_spec(b)?);
                }
            }
            ("SelfSubjectAccessReview" | "SubjectAccessReview" | "SelfSubjectReview", _) => {}
            (k, _) => {
                return Err(format!(
                    "protobuf bodies for {k} are not supported by fake-kube; send JSON"
                ));
            }
        }
    }
    if !data.is_empty() {
        obj.insert("data".into(), Value::Object(data));
    }
    if !other.is_empty() {
        let key = if kind == "Secret" {
            "stringData"
        } else {
            "binaryData"
        };
        obj.insert(key.into(), Value::Object(other));
    }
    Ok(Value::Object(obj))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(n: u64, b: &[u8]) -> Vec<u8> {
        let mut v = vec![((n << 3) | 2) as u8, b.len() as u8];
        v.extend_from_slice(b);
        v
    }

    #[test]
    fn decodes_configmap() {
        let tm = [field(1, b"v1"), field(2, b"ConfigMap")].concat();
        let meta = [field(1, b"x"), field(3, b"ns")].concat();
        let entry = [field(1, b"k"), field(2, b"v")].concat();
        let raw = [field(1, &meta), field(2, &entry)].concat();
        let body = [b"k8s\x00".to_vec(), field(1, &tm), field(2, &raw)].concat();
        let v = decode(&body).unwrap();
        assert_eq!(
            v,
            json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "namespace": "ns"}, "data": {"k": "v"}})
        );
        assert!(decode(b"k8s\x00\xff").is_err());
        assert!(decode(b"nope").is_err());
    }
}
