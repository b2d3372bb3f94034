//! `flux get -o json|yaml|name` (beyond upstream, kubectl's printers): the objects of one or
//! more kinds as one `v1` `List`, written item by item so memory stays at one page. JSON is
//! indented by four spaces with sorted keys and Go's HTML escaping, YAML is go-yaml v2 (sorted
//! keys), `name` prints `<plural>.<group>/<name>` lines.

use kube::api::{DynamicObject, TypeMeta};
use serde::Serialize;
use serde_json::Value;

use crate::error::CliError;
use crate::kinds::KindInfo;
use crate::ui::Ui;

/// An `-o` format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A kubectl-style `List` in JSON.
    Json,
    /// The same in YAML.
    Yaml,
    /// `<plural>.<group>/<name>` lines.
    Name,
}

impl Format {
    /// Parses an `-o` value.
    pub fn parse(value: &str) -> Result<Self, CliError> {
        match value {
            "json" => Ok(Self::Json),
            "yaml" => Ok(Self::Yaml),
            "name" => Ok(Self::Name),
            other => Err(CliError::msg(format!(
                "unable to match a printer suitable for the output format \"{other}\", allowed formats are: json,name,yaml"
            ))),
        }
    }
}

/// `v` with every object's keys in sorted order (kubectl's JSON/YAML output order).
pub fn sort_keys(v: Value) -> Value {
    match v {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k, sort_keys(v)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sort_keys).collect()),
        other => other,
    }
}

/// The object as kubectl shows it: `apiVersion` and `kind` set, `managedFields` dropped.
pub fn shown(kind: &KindInfo, obj: &DynamicObject) -> Value {
    let mut obj = obj.clone();
    obj.types = Some(TypeMeta {
        api_version: kind.api_version(),
        kind: kind.kind.to_string(),
    });
    obj.metadata.managed_fields = None;
    sort_keys(serde_json::to_value(&obj).unwrap_or(Value::Null))
}

/// JSON indented by four spaces, with `<`, `>`, `&`, U+2028 and U+2029 escaped as Go does.
pub fn go_json(v: &Value) -> String {
    let mut buf = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    if v.serialize(&mut ser).is_err() {
        return "null".to_string();
    }
    String::from_utf8_lossy(&buf)
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

fn indent(text: &str, first: &str, rest: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, line) in text.lines().enumerate() {
        out.push_str(if i == 0 { first } else { rest });
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Writes one `List` incrementally.
#[derive(Debug)]
pub struct ListWriter {
    format: Format,
    started: bool,
    items: usize,
}

impl ListWriter {
    /// A writer that has printed nothing yet.
    pub fn new(format: Format) -> Self {
        Self {
            format,
            started: false,
            items: 0,
        }
    }

    fn start(&mut self, ui: &Ui) -> std::io::Result<()> {
        if !self.started {
            self.started = true;
            match self.format {
                Format::Json => ui.out("{\n    \"apiVersion\": \"v1\",\n    \"items\": [")?,
                Format::Yaml => ui.out("apiVersion: v1\nitems:")?,
                Format::Name => {}
            }
        }
        Ok(())
    }

    /// Prints one object.
    pub fn item(&mut self, ui: &Ui, kind: &KindInfo, obj: &DynamicObject) -> std::io::Result<()> {
        self.start(ui)?;
        match self.format {
            Format::Json => {
                let sep = if self.items == 0 { "\n" } else { ",\n" };
                let body = go_json(&shown(kind, obj));
                let body = indent(&body, "        ", "        ");
                ui.out(&format!("{sep}{}", body.trim_end_matches('\n')))?;
            }
            Format::Yaml => {
                if self.items == 0 {
                    ui.out("\n")?;
                }
                let body = crate::yaml::to_string(&shown(kind, obj));
                ui.out(&indent(&body, "- ", "  "))?;
            }
            Format::Name => {
                let name = obj.metadata.name.as_deref().unwrap_or("");
                ui.out(&format!("{}.{}/{name}\n", kind.plural, kind.group))?;
            }
        }
        self.items += 1;
        Ok(())
    }

    /// Prints the end of the `List` (the whole of it when there were no items).
    pub fn finish(&mut self, ui: &Ui) -> std::io::Result<()> {
        self.start(ui)?;
        match self.format {
            Format::Json => {
                let close = if self.items == 0 { "]" } else { "\n    ]" };
                ui.out(&format!(
                    "{close},\n    \"kind\": \"List\",\n    \"metadata\": {{\n        \"resourceVersion\": \"\"\n    }}\n}}\n"
                ))
            }
            Format::Yaml => {
                let close = if self.items == 0 { " []\n" } else { "" };
                ui.out(&format!(
                    "{close}kind: List\nmetadata:\n  resourceVersion: \"\"\n"
                ))
            }
            Format::Name => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_lists() {
        let ui = Ui::capture();
        ListWriter::new(Format::Json).finish(&ui).unwrap();
        let text = ui.output().stdout;
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"apiVersion": "v1", "items": [], "kind": "List",
                "metadata": {"resourceVersion": ""}})
        );
        let ui = Ui::capture();
        ListWriter::new(Format::Yaml).finish(&ui).unwrap();
        assert_eq!(
            ui.output().stdout,
            "apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: \"\"\n"
        );
    }

    #[test]
    fn go_escapes() {
        assert_eq!(
            go_json(&serde_json::json!({"a": "<&>"})),
            "{\n    \"a\": \"\\u003c\\u0026\\u003e\"\n}"
        );
    }
}
