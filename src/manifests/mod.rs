//! Pure generators: `--export` objects for `flux create …`, and the helpers they share (name
//! and label validation, the export printer). Bytes in, objects out; no network, no clock, no env.

pub mod gourl;
pub mod helmrelease;
pub mod image;
pub mod kustomization;
pub mod notification;
pub mod secret;
pub mod source;
pub mod tenant;

use std::collections::BTreeMap;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;

use crate::cli::FlagError;
use crate::error::CliError;

/// Whether `s` is an RFC 1123 DNS label (lower-case alphanumerics and `-`, at most 63).
pub fn is_dns_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// The `create` pre-run check on the first positional argument (artifacts-create.md §B.0.1):
/// `name is required`, or the RFC 1123 message for a bad name.
pub fn name_arg(args: &[String]) -> Result<&str, CliError> {
    let Some(name) = args.first() else {
        return Err(CliError::msg("name is required"));
    };
    let b = name.as_bytes();
    let ok = (2..=63).contains(&b.len())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
        && b[0] != b'-'
        && b[b.len() - 1] != b'-';
    if !ok {
        return Err(CliError::msg(format!(
            "name '{name}' is invalid, it should adhere to standard defined in RFC 1123, the name can only contain alphanumeric characters or '-'"
        )));
    }
    Ok(name)
}

const QUALIFIED_NAME_FMT: &str = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
const LABEL_VALUE_FMT: &str = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?";
const DNS1123_SUBDOMAIN_FMT: &str =
    "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";

fn matches_qualified_name_part(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
}

fn is_dns1123_subdomain(s: &str) -> bool {
    s.len() <= 253
        && s.split('.').all(|part| {
            let b = part.as_bytes();
            !b.is_empty()
                && b.iter()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
                && b[0] != b'-'
                && b[b.len() - 1] != b'-'
        })
}

/// apimachinery's `IsQualifiedName` messages (empty when valid).
pub fn qualified_name_errors(value: &str) -> Vec<String> {
    let mut errs = Vec::new();
    let parts: Vec<&str> = value.split('/').collect();
    let name = match parts.as_slice() {
        [name] => *name,
        [prefix, name] => {
            if prefix.is_empty() {
                errs.push("prefix part must be non-empty".to_string());
            } else if !is_dns1123_subdomain(prefix) {
                errs.push(format!("prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '{DNS1123_SUBDOMAIN_FMT}')"));
            }
            name
        }
        _ => {
            errs.push(format!("a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '{QUALIFIED_NAME_FMT}') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"));
            return errs;
        }
    };
    if name.is_empty() {
        errs.push("name part must be non-empty".to_string());
    } else if name.len() > 63 {
        errs.push("name part must be no more than 63 characters".to_string());
    }
    if !name.is_empty() && !matches_qualified_name_part(name) {
        errs.push(format!("name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '{QUALIFIED_NAME_FMT}')"));
    }
    errs
}

/// apimachinery's `IsValidLabelValue` messages (empty when valid).
pub fn label_value_errors(value: &str) -> Vec<String> {
    let mut errs = Vec::new();
    if value.len() > 63 {
        errs.push("must be no more than 63 characters".to_string());
    }
    if !value.is_empty() && !matches_qualified_name_part(value) {
        errs.push(format!("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '{LABEL_VALUE_FMT}')"));
    }
    errs
}

/// Parses `--label` entries into a sorted map with flux's messages (artifacts-create.md §B.0.2).
pub fn parse_labels(entries: &[String]) -> Result<BTreeMap<String, String>, CliError> {
    let mut labels = BTreeMap::new();
    for entry in entries {
        let parts: Vec<&str> = entry.split('=').collect();
        let [key, value] = parts.as_slice() else {
            return Err(CliError::msg(format!(
                "invalid label format '{entry}', must be key=value"
            )));
        };
        let errs = qualified_name_errors(key);
        if !errs.is_empty() {
            return Err(CliError::msg(format!(
                "invalid label '{key}': [{}]",
                errs.join(" ")
            )));
        }
        let errs = label_value_errors(value);
        if !errs.is_empty() {
            return Err(CliError::msg(format!(
                "invalid label value '{value}': [{}]",
                errs.join(" ")
            )));
        }
        labels.insert((*key).to_string(), (*value).to_string());
    }
    Ok(labels)
}

/// The `metadata` every generator writes: name, namespace and the labels, when there are any.
pub fn meta(name: &str, namespace: &str, labels: BTreeMap<String, String>) -> ObjectMeta {
    ObjectMeta {
        name: Some(name.to_string()),
        namespace: Some(namespace.to_string()),
        labels: (!labels.is_empty()).then_some(labels),
        ..ObjectMeta::default()
    }
}

/// [`meta`] with the `--label` entries parsed by [`parse_labels`].
///
/// # Errors
/// The label messages of [`parse_labels`].
pub fn object_meta(name: &str, namespace: &str, labels: &[String]) -> Result<ObjectMeta, CliError> {
    Ok(meta(name, namespace, parse_labels(labels)?))
}

/// `utils.ParseObjectKindName`: `<kind>/<name>` when there is exactly one `/`, else just a name.
pub fn parse_object_kind_name(input: &str) -> (&str, &str) {
    let parts: Vec<&str> = input.split('/').collect();
    match parts.as_slice() {
        [kind, name] => (kind, name),
        _ => ("", input),
    }
}

/// `utils.ParseObjectKindNameNamespace`: as `parse_object_kind_name`, and the part of the name
/// after its last `.` is the namespace.
pub fn parse_object_kind_name_namespace(input: &str) -> (&str, &str, &str) {
    let (kind, name) = parse_object_kind_name(input);
    match name.rsplit_once('.') {
        Some((n, ns)) => (kind, n, ns),
        None => (kind, name, ""),
    }
}

/// The canonical spelling of `kind` in `list`, compared case-insensitively.
pub fn equal_fold_item<'a>(list: &[&'a str], kind: &str) -> Option<&'a str> {
    list.iter().copied().find(|k| k.eq_ignore_ascii_case(kind))
}

/// A parsed `--source` reference to a Flux source object.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceRef {
    /// Canonical kind.
    pub kind: String,
    /// Source name.
    pub name: String,
    /// Source namespace (empty: the referring object's namespace, or not accepted).
    pub namespace: String,
}

/// How one command's `--source` flag is read (upstream `internal/flags/*_source.go`):
/// `<kind>/<name>`, with an optional `.<namespace>` and an optional kind.
#[derive(Debug, Clone, Copy)]
pub struct SourceRefSpec {
    /// The accepted kinds, in upstream's order, matched case-insensitively.
    pub kinds: &'static [&'static str],
    /// The text for an empty value; `{list}` stands for the kinds joined by `, `.
    pub blank: &'static str,
    /// The kind of a value given without one; `None`: the kind is required.
    pub default_kind: Option<&'static str>,
    /// Whether the part of the name after its last `.` is the namespace.
    pub namespaced: bool,
}

impl SourceRefSpec {
    /// `flags.<Kind>Source.Set`.
    ///
    /// # Errors
    /// Upstream's messages for an empty value, a missing kind or name, a bare kind (when the
    /// kind is optional) and an unknown kind.
    pub fn parse(&self, s: &str) -> Result<SourceRef, FlagError> {
        let list = || self.kinds.join(", ");
        if s.trim().is_empty() {
            return Err(FlagError(self.blank.replace("{list}", &list())));
        }
        let (kind, name, namespace) = if self.namespaced {
            parse_object_kind_name_namespace(s)
        } else {
            let (kind, name) = parse_object_kind_name(s);
            (kind, name, "")
        };
        let kind = match self.default_kind {
            None if kind.is_empty() || name.is_empty() => {
                return Err(FlagError(format!(
                    "invalid helm chart source '{s}', must be in format <kind>/<name>"
                )));
            }
            Some(_) if name.is_empty() => {
                return Err(FlagError(format!(
                    "no name given for source of kind '{kind}'"
                )));
            }
            // artifacts-create.md §B.0.6: a value that is exactly a kind name.
            Some(_) if kind.is_empty() && self.kinds.contains(&name) => {
                return Err(FlagError(format!("no kind specified for source '{s}'")));
            }
            Some(default) if kind.is_empty() => default,
            _ => kind,
        };
        let Some(clean) = equal_fold_item(self.kinds, kind) else {
            return Err(FlagError(format!(
                "source kind '{kind}' is not supported, must be one of: {}",
                list()
            )));
        };
        Ok(SourceRef {
            kind: clean.to_string(),
            name: name.to_string(),
            namespace: namespace.to_string(),
        })
    }
}

/// Go's `*PathError` text for a failed `os.ReadFile(path)`: `open <path>: <errno text>` (or
/// `read <path>: is a directory`).
pub fn go_io_error(path: &str, err: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let (op, text) = match err.kind() {
        ErrorKind::NotFound => ("open", "no such file or directory".to_string()),
        ErrorKind::PermissionDenied => ("open", "permission denied".to_string()),
        ErrorKind::IsADirectory => ("read", "is a directory".to_string()),
        ErrorKind::NotADirectory => ("open", "not a directory".to_string()),
        _ => {
            let s = err.to_string();
            let s = s.split(" (os error").next().unwrap_or(&s).to_string();
            let mut c = s.chars();
            let lower = c
                .next()
                .map(|f| f.to_lowercase().collect::<String>() + c.as_str())
                .unwrap_or_default();
            ("open", lower)
        }
    };
    format!("{op} {path}: {text}")
}

/// The `--export` printer for non-secret objects (artifacts-create.md §B.0.3): `---`, the YAML
/// without the first `  creationTimestamp: null` and `status: {}` lines, trimmed, a newline.
pub fn export_yaml<T: serde::Serialize + ?Sized>(obj: &T) -> Result<String, CliError> {
    let yaml = crate::yaml::to_yaml(obj)?;
    Ok(format!("---\n{}\n", strip_export_noise(&yaml)))
}

/// Removes the first `  creationTimestamp: null` line and the first `status: {}` line, then trims.
pub fn strip_export_noise(yaml: &str) -> String {
    let mut out = String::with_capacity(yaml.len());
    let mut seen_ts = false;
    let mut seen_status = false;
    for line in yaml.split_inclusive('\n') {
        let bare = line.trim_end_matches('\n');
        if !seen_ts && bare == "  creationTimestamp: null" {
            seen_ts = true;
            continue;
        }
        if !seen_status && bare == "status: {}" {
            seen_status = true;
            continue;
        }
        out.push_str(line);
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_rules() {
        assert_eq!(name_arg(&[]).unwrap_err().0.to_string(), "name is required");
        assert!(name_arg(&["a".into()]).is_err());
        assert!(name_arg(&["ab".into()]).is_ok());
        assert!(name_arg(&["a.b".into()]).is_err());
        assert!(name_arg(&["-ab".into()]).is_err());
    }

    #[test]
    fn label_rules() {
        let l = parse_labels(&["b=2".into(), "a=1".into()]).unwrap();
        assert_eq!(l.keys().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(
            parse_labels(&["a=b=c".into()]).unwrap_err().0.to_string(),
            "invalid label format 'a=b=c', must be key=value"
        );
        assert!(
            parse_labels(&["-a=b".into()])
                .unwrap_err()
                .0
                .to_string()
                .starts_with("invalid label '-a': [name part must consist")
        );
        assert!(
            parse_labels(&["a=-b".into()])
                .unwrap_err()
                .0
                .to_string()
                .starts_with("invalid label value '-b': [a valid label")
        );
    }

    #[test]
    fn export_noise_is_stripped_once() {
        let y =
            "a: 1\nmetadata:\n  creationTimestamp: null\n  creationTimestamp: null\nstatus: {}\n";
        assert_eq!(
            strip_export_noise(y),
            "a: 1\nmetadata:\n  creationTimestamp: null"
        );
    }

    #[test]
    fn io_errors_read_like_go() {
        let e = std::fs::read("/nonexistent/x").unwrap_err();
        assert_eq!(
            go_io_error("pk.pem", &e),
            "open pk.pem: no such file or directory"
        );
        let e = std::fs::read("/").unwrap_err();
        assert_eq!(go_io_error("/", &e), "read /: is a directory");
    }
}
