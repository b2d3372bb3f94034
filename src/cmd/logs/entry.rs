//! One controller log line for `flux logs` (operate.md §5.4 steps 6–7): parsing the JSON
//! fields upstream's `ControllerLogEntry` reads, the `--level/--kind/--name/namespace` filter
//! and the `<ts> <level> <kind>[/<name>.<namespace>] - <msg> <error>` rendering.

use serde_json::Value;

/// The fields of a controller log line the CLI uses (absent = empty, as Go's zero value).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Entry {
    /// `ts`.
    pub ts: String,
    /// `level`.
    pub level: String,
    /// `msg`.
    pub msg: String,
    /// `error`.
    pub error: String,
    /// `reconciler kind`.
    pub reconciler_kind: String,
    /// `controllerKind`.
    pub controller_kind: String,
    /// `name`.
    pub name: String,
    /// `namespace`.
    pub namespace: String,
}

/// What a line is shown against.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    /// `--level` (compared case-sensitively).
    pub level: Option<String>,
    /// `--kind`.
    pub kind: Option<String>,
    /// `--name`.
    pub name: Option<String>,
    /// `-A`.
    pub all_namespaces: bool,
    /// The `-n` namespace.
    pub namespace: String,
}

// Go's `strings.EqualFold`, near enough: simple Unicode lower-casing on both sides.
fn equal_fold(a: &str, b: &str) -> bool {
    a == b || a.to_lowercase() == b.to_lowercase()
}

fn go_type(v: &Value) -> &'static str {
    match v {
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
        Value::String(_) | Value::Null => "string",
    }
}

impl Entry {
    /// Parses a line that starts with `{`; the error is the text after `parse error: `.
    pub fn parse(line: &str) -> Result<Entry, String> {
        let v: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let Value::Object(map) = v else {
            return Err(
                "json: cannot unmarshal non-object into Go value of type main.ControllerLogEntry"
                    .into(),
            );
        };
        let field = |key: &str| -> Result<String, String> {
            match map.get(key) {
                None | Some(Value::Null) => Ok(String::new()),
                Some(Value::String(s)) => Ok(s.clone()),
                Some(other) => Err(format!(
                    "json: cannot unmarshal {} into Go struct field ControllerLogEntry.{key} of type string",
                    go_type(other)
                )),
            }
        };
        Ok(Entry {
            ts: field("ts")?,
            level: field("level")?,
            msg: field("msg")?,
            error: field("error")?,
            reconciler_kind: field("reconciler kind")?,
            controller_kind: field("controllerKind")?,
            name: field("name")?,
            namespace: field("namespace")?,
        })
    }

    /// Whether the entry passes the filter.
    pub fn shown(&self, f: &Filter) -> bool {
        f.level
            .as_deref()
            .is_none_or(|l| l.is_empty() || l == self.level)
            && f.kind.as_deref().is_none_or(|k| {
                k.is_empty()
                    || equal_fold(k, &self.reconciler_kind)
                    || equal_fold(k, &self.controller_kind)
            })
            && f.name
                .as_deref()
                .is_none_or(|n| n.is_empty() || equal_fold(n, &self.name))
            && (f.all_namespaces || equal_fold(&f.namespace, &self.namespace))
    }

    /// The printed line, newline included.
    pub fn render(&self) -> String {
        let kind = if self.reconciler_kind.is_empty() {
            &self.controller_kind
        } else {
            &self.reconciler_kind
        };
        let object = if self.name.is_empty() {
            String::new()
        } else {
            format!("/{}.{}", self.name, self.namespace)
        };
        format!(
            "{} {} {kind}{object} - {} {}\n",
            self.ts, self.level, self.msg, self.error
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_and_filters() {
        let e = Entry::parse(
            r#"{"level":"error","ts":"t","msg":"m","error":"boom","controllerKind":"GitRepository","name":"a","namespace":"ns"}"#,
        )
        .unwrap();
        assert_eq!(e.render(), "t error GitRepository/a.ns - m boom\n");
        let f = Filter {
            kind: Some("gitrepository".into()),
            namespace: "NS".into(),
            ..Filter::default()
        };
        assert!(e.shown(&f));
        assert!(!e.shown(&Filter {
            level: Some("info".into()),
            all_namespaces: true,
            ..Filter::default()
        }));
        let bare = Entry::parse(r#"{"level":"info","ts":"t","msg":"m"}"#).unwrap();
        assert_eq!(bare.render(), "t info  - m \n");
        assert_eq!(
            Entry::parse(r#"{"ts":1}"#).unwrap_err(),
            "json: cannot unmarshal number into Go struct field ControllerLogEntry.ts of type string"
        );
        assert!(Entry::parse("{oops").is_err());
    }
}
