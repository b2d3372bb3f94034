//! Patch targets as kustomize selects them (`types.Selector` compiled by `NewSelectorRegex`):
//! group, version, kind, name and namespace are anchored regular expressions; label and
//! annotation selectors use the Kubernetes selector syntax.

use regex::Regex;
use serde_json::Value;

use super::Error;

/// One requirement of a label selector.
#[derive(Debug, Clone)]
enum Req {
    Eq(String, String),
    NotEq(String, String),
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
    Exists(String),
    NotExists(String),
}

/// A parsed label (or annotation) selector: every requirement must hold.
#[derive(Debug, Clone, Default)]
pub struct LabelSelector(Vec<Req>);

/// Splits on commas outside parentheses.
fn split_top(s: &str) -> Vec<String> {
    let (mut out, mut cur, mut depth) = (Vec::new(), String::new(), 0);
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(std::mem::take(&mut cur));
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    out.push(cur);
    out
}

impl LabelSelector {
    /// Parses `a=b,c!=d,e in (x,y),f notin (z),g,!h`.
    pub fn parse(text: &str) -> Result<Self, Error> {
        let mut reqs = Vec::new();
        for part in split_top(text) {
            let p = part.trim();
            if p.is_empty() {
                continue;
            }
            let bad = || Error::Invalid(format!("unable to parse requirement: {p:?}"));
            let set = |rest: &str| -> Result<Vec<String>, Error> {
                let inner = rest
                    .trim()
                    .strip_prefix('(')
                    .and_then(|r| r.strip_suffix(')'))
                    .ok_or_else(bad)?;
                Ok(inner.split(',').map(|v| v.trim().to_string()).collect())
            };
            if let Some(k) = p.strip_prefix('!') {
                reqs.push(Req::NotExists(k.trim().to_string()));
            } else if let Some((k, v)) = p.split_once("!=") {
                reqs.push(Req::NotEq(k.trim().into(), v.trim().into()));
            } else if let Some((k, v)) = p.split_once("==") {
                reqs.push(Req::Eq(k.trim().into(), v.trim().into()));
            } else if let Some((k, v)) = p.split_once('=') {
                reqs.push(Req::Eq(k.trim().into(), v.trim().into()));
            } else if let Some((k, rest)) = p.split_once(" notin ") {
                reqs.push(Req::NotIn(k.trim().into(), set(rest)?));
            } else if let Some((k, rest)) = p.split_once(" in ") {
                reqs.push(Req::In(k.trim().into(), set(rest)?));
            } else if p.contains(char::is_whitespace) || p.contains('(') {
                return Err(bad());
            } else {
                reqs.push(Req::Exists(p.to_string()));
            }
        }
        Ok(Self(reqs))
    }

    /// Whether the map (`metadata.labels`) satisfies the selector.
    pub fn matches(&self, labels: Option<&serde_json::Map<String, Value>>) -> bool {
        let get = |k: &str| labels.and_then(|m| m.get(k)).and_then(Value::as_str);
        self.0.iter().all(|r| match r {
            Req::Eq(k, v) => get(k) == Some(v.as_str()),
            Req::NotEq(k, v) => get(k) != Some(v.as_str()),
            Req::In(k, vs) => get(k).is_some_and(|x| vs.iter().any(|v| v == x)),
            Req::NotIn(k, vs) => get(k).is_none_or(|x| vs.iter().all(|v| v != x)),
            Req::Exists(k) => get(k).is_some(),
            Req::NotExists(k) => get(k).is_none(),
        })
    }
}

/// A compiled patch target.
#[derive(Debug, Clone, Default)]
pub struct Selector {
    group: Option<Regex>,
    version: Option<Regex>,
    kind: Option<Regex>,
    name: Option<Regex>,
    namespace: Option<Regex>,
    labels: Option<LabelSelector>,
    annotations: Option<LabelSelector>,
}

fn anchored(v: Option<&Value>) -> Result<Option<Regex>, Error> {
    match v.and_then(Value::as_str).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => Regex::new(&format!("^(?:{s})$"))
            .map(Some)
            .map_err(|e| Error::Invalid(format!("invalid target regex {s:?}: {e}"))),
    }
}

impl Selector {
    /// Compiles a `target:` mapping.
    pub fn from_value(v: &Value) -> Result<Self, Error> {
        if let Some(m) = v.as_object() {
            for k in m.keys() {
                if !matches!(
                    k.as_str(),
                    "group"
                        | "version"
                        | "kind"
                        | "name"
                        | "namespace"
                        | "labelSelector"
                        | "annotationSelector"
                ) {
                    return Err(Error::Invalid(format!("unknown patch target field {k:?}")));
                }
            }
        }
        let sel = |k: &str| -> Result<Option<LabelSelector>, Error> {
            v.get(k)
                .and_then(Value::as_str)
                .map(LabelSelector::parse)
                .transpose()
        };
        Ok(Self {
            group: anchored(v.get("group"))?,
            version: anchored(v.get("version"))?,
            kind: anchored(v.get("kind"))?,
            name: anchored(v.get("name"))?,
            namespace: anchored(v.get("namespace"))?,
            labels: sel("labelSelector")?,
            annotations: sel("annotationSelector")?,
        })
    }

    /// Whether the object is selected.
    pub fn matches(&self, obj: &Value) -> bool {
        let av = obj["apiVersion"].as_str().unwrap_or("");
        let (group, version) = av.rsplit_once('/').unwrap_or(("", av));
        let ok = |r: &Option<Regex>, s: &str| r.as_ref().is_none_or(|r| r.is_match(s));
        let meta = &obj["metadata"];
        ok(&self.group, group)
            && ok(&self.version, version)
            && ok(&self.kind, obj["kind"].as_str().unwrap_or(""))
            && ok(&self.name, meta["name"].as_str().unwrap_or(""))
            && ok(&self.namespace, meta["namespace"].as_str().unwrap_or(""))
            && self
                .labels
                .as_ref()
                .is_none_or(|s| s.matches(meta["labels"].as_object()))
            && self
                .annotations
                .as_ref()
                .is_none_or(|s| s.matches(meta["annotations"].as_object()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_are_anchored_regexes_and_labels_select() {
        let s = Selector::from_value(&json!({"kind": "Deployment",
            "name": "(kustomize-controller|helm-controller)", "labelSelector": "app in (a,b),!x"}))
        .unwrap();
        let d = |name: &str, app: &str| {
            json!({"apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": name, "labels": {"app": app}}})
        };
        assert!(s.matches(&d("helm-controller", "a")));
        assert!(!s.matches(&d("helm-controller-x", "a")));
        assert!(!s.matches(&d("helm-controller", "c")));
    }
}
