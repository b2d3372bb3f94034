//! The cells of `flux get` per kind (operate.md §1.4): headers, NAME/REVISION/SUSPENDED/READY/
//! MESSAGE and the kind-specific columns, hex truncation, local times, and the
//! `--status-selector` filter (§1.5). Mirrors upstream `cmd/flux/get_*.go` (`summarise`,
//! `headers`, `statusSelectorMatches`) and `internal/utils/hex.go`.

use std::sync::LazyLock;

use kube::api::DynamicObject;
use serde_json::Value;

use crate::kinds::{self, KindInfo};

/// How rows are shaped for one listing.
#[derive(Debug, Clone, Copy)]
pub struct RowOptions<'a> {
    /// `-A`: a leading NAMESPACE column.
    pub all_namespaces: bool,
    /// get-all mode: NAME is `<lowercase kind>/<name>`.
    pub kind_prefix: bool,
    /// `--show-source` (Kustomization, HelmRelease).
    pub show_source: bool,
    /// The time zone used for LAST SCAN / LAST RUN.
    pub tz: &'a jiff::tz::TimeZone,
}

/// The headers of `kind` as given to the table writer (title case; upper-cased when printed).
pub fn headers(kind: &KindInfo, opts: &RowOptions<'_>) -> Vec<&'static str> {
    let mut h: Vec<&'static str> = Vec::new();
    if opts.all_namespaces {
        h.push("Namespace");
    }
    h.push("Name");
    let k = kind.kind;
    if k == kinds::EXTERNAL_ARTIFACT.kind {
        h.extend(["Revision", "Source", "Ready", "Message"]);
    } else if k == kinds::KUSTOMIZATION.kind || k == kinds::HELM_RELEASE.kind {
        if opts.show_source {
            h.push("Source");
        }
        h.extend(["Revision", "Suspended", "Ready", "Message"]);
    } else if k == kinds::IMAGE_REPOSITORY.kind {
        h.extend(["Last scan", "Suspended", "Ready", "Message"]);
    } else if k == kinds::IMAGE_POLICY.kind {
        h.extend(["Image", "Tag", "Ready", "Message"]);
    } else if k == kinds::IMAGE_UPDATE_AUTOMATION.kind {
        h.extend(["Last run", "Suspended", "Ready", "Message"]);
    } else if k == kinds::ALERT.kind
        || k == kinds::RECEIVER.kind
        || k == kinds::ARTIFACT_GENERATOR.kind
    {
        h.extend(["Suspended", "Ready", "Message"]);
    } else if k == kinds::PROVIDER.kind {
        h.extend(["Ready", "Message"]);
    } else {
        h.extend(["Revision", "Suspended", "Ready", "Message"]);
    }
    h
}

static HEX: LazyLock<regex::Regex> = LazyLock::new(|| {
    // A constant pattern: compiling it cannot fail.
    regex::Regex::new(r"(?-u:\b)[a-f0-9]{40,128}(?-u:\b)").unwrap_or_else(|_| unreachable!())
});

/// Replaces every 40–128 character lower-case hex word by its first 8 characters.
pub fn truncate_hex(s: &str) -> String {
    HEX.replace_all(s, |c: &regex::Captures<'_>| c[0][..8].to_string())
        .into_owned()
}

fn str_at<'a>(v: &'a Value, ptr: &str) -> &'a str {
    v.pointer(ptr).and_then(Value::as_str).unwrap_or("")
}

fn bool_cell(b: bool) -> String {
    if b { "True" } else { "False" }.to_string()
}

fn conditions(data: &Value) -> &[Value] {
    data.pointer("/status/conditions")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// READY and MESSAGE from the first `Ready` condition (`False` / `waiting to be reconciled`
/// without one).
fn ready_pair(data: &Value) -> (String, String) {
    match conditions(data)
        .iter()
        .find(|c| str_at(c, "/type") == "Ready")
    {
        Some(c) => (
            str_at(c, "/status").to_string(),
            str_at(c, "/message").to_string(),
        ),
        None => ("False".into(), "waiting to be reconciled".into()),
    }
}

/// An RFC 3339 time in `tz`, without fractional seconds (Go's `time.RFC3339` of a local time).
pub fn local_time(raw: &str, tz: &jiff::tz::TimeZone) -> String {
    let Ok(ts) = raw.parse::<jiff::Timestamp>() else {
        return raw.to_string();
    };
    let zoned = ts.to_zoned(tz.clone());
    let offset = zoned.offset().seconds();
    let base = zoned.strftime("%Y-%m-%dT%H:%M:%S").to_string();
    if offset == 0 {
        format!("{base}Z")
    } else {
        format!("{base}{}", zoned.strftime("%:z"))
    }
}

/// `Kind/namespace/name` of a source reference, the namespace defaulting to `own_ns`.
fn source_ref(r: &Value, own_ns: &str) -> String {
    let ns = match str_at(r, "/namespace") {
        "" => own_ns,
        ns => ns,
    };
    format!("{}/{ns}/{}", str_at(r, "/kind"), str_at(r, "/name"))
}

fn is_synthetic_ready(kind: &KindInfo) -> bool {
    kind.kind == kinds::ALERT.kind || kind.kind == kinds::PROVIDER.kind
}

/// The cells of one object.
pub fn row(kind: &KindInfo, obj: &DynamicObject, opts: &RowOptions<'_>) -> Vec<String> {
    let data = &obj.data;
    let name = obj.metadata.name.as_deref().unwrap_or("");
    let namespace = obj.metadata.namespace.as_deref().unwrap_or("");
    let mut cells = Vec::with_capacity(7);
    if opts.all_namespaces {
        cells.push(namespace.to_string());
    }
    if opts.kind_prefix {
        cells.push(format!("{}/{name}", kind.kind.to_lowercase()));
    } else {
        cells.push(name.to_string());
    }
    let suspended = || bool_cell(data.pointer("/spec/suspend") == Some(&Value::Bool(true)));
    let revision = || str_at(data, "/status/artifact/revision").to_string();
    let (ready, message) = ready_pair(data);
    let k = kind.kind;
    if k == kinds::GIT_REPOSITORY.kind || k == kinds::OCI_REPOSITORY.kind || k == kinds::BUCKET.kind
    {
        cells.extend([
            truncate_hex(&revision()),
            suspended(),
            ready,
            truncate_hex(&message),
        ]);
    } else if k == kinds::HELM_REPOSITORY.kind {
        let (ready, message) = if str_at(data, "/spec/type") == "oci" {
            ("True".to_string(), "Helm repository is Ready".to_string())
        } else {
            (ready, message)
        };
        cells.extend([
            truncate_hex(&revision()),
            suspended(),
            ready,
            truncate_hex(&message),
        ]);
    } else if k == kinds::HELM_CHART.kind {
        cells.extend([revision(), suspended(), ready, truncate_hex(&message)]);
    } else if k == kinds::EXTERNAL_ARTIFACT.kind {
        let source = data
            .pointer("/spec/sourceRef")
            .filter(|r| r.is_object())
            .map(|r| {
                format!(
                    "{}/{}/{}",
                    str_at(r, "/kind"),
                    str_at(r, "/namespace"),
                    str_at(r, "/name")
                )
            })
            .unwrap_or_default();
        cells.extend([
            truncate_hex(&revision()),
            source,
            ready,
            truncate_hex(&message),
        ]);
    } else if k == kinds::KUSTOMIZATION.kind {
        if opts.show_source {
            let source = data
                .pointer("/spec/sourceRef")
                .map(|r| source_ref(r, namespace))
                .unwrap_or_default();
            cells.push(source);
        }
        let revision = str_at(data, "/status/lastAppliedRevision");
        cells.extend([
            truncate_hex(revision),
            suspended(),
            ready,
            truncate_hex(&message),
        ]);
    } else if k == kinds::HELM_RELEASE.kind {
        if opts.show_source {
            let source = if let Some(r) = data.pointer("/spec/chartRef").filter(|r| r.is_object()) {
                source_ref(r, namespace)
            } else if let Some(r) = data.pointer("/spec/chart/spec/sourceRef") {
                source_ref(r, namespace)
            } else {
                String::new()
            };
            cells.push(source);
        }
        let revision = match data.pointer("/status/history").and_then(Value::as_array) {
            Some(h) if !h.is_empty() => str_at(&h[0], "/chartVersion"),
            _ => str_at(data, "/status/lastAttemptedRevision"),
        };
        cells.extend([revision.to_string(), suspended(), ready, message]);
    } else if k == kinds::IMAGE_REPOSITORY.kind {
        let last_scan = match data.pointer("/status/lastScanResult") {
            Some(r) if r.is_object() => match r.get("scanTime").and_then(Value::as_str) {
                Some(t) => local_time(t, opts.tz),
                None => "0001-01-01T00:00:00Z".to_string(),
            },
            _ => String::new(),
        };
        cells.extend([last_scan, suspended(), ready, message]);
    } else if k == kinds::IMAGE_POLICY.kind {
        cells.extend([
            str_at(data, "/status/latestRef/name").to_string(),
            str_at(data, "/status/latestRef/tag").to_string(),
            ready,
            message,
        ]);
    } else if k == kinds::IMAGE_UPDATE_AUTOMATION.kind {
        let last_run = data
            .pointer("/status/lastAutomationRunTime")
            .and_then(Value::as_str)
            .map(|t| local_time(t, opts.tz))
            .unwrap_or_default();
        cells.extend([last_run, suspended(), ready, message]);
    } else if k == kinds::ALERT.kind {
        cells.extend([suspended(), "True".into(), "Alert is Ready".into()]);
    } else if k == kinds::PROVIDER.kind {
        cells.extend(["True".into(), "Provider is Ready".into()]);
    } else if k == kinds::RECEIVER.kind {
        cells.extend([suspended(), ready, message]);
    } else if k == kinds::ARTIFACT_GENERATOR.kind {
        let disabled = obj
            .metadata
            .annotations
            .as_ref()
            .and_then(|a| a.get("source.extensions.fluxcd.io/reconcile"))
            .is_some_and(|v| v.eq_ignore_ascii_case("disabled"));
        cells.extend([bool_cell(disabled), ready, message]);
    }
    cells
}

/// A parsed `--status-selector`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusSelector {
    type_: String,
    status: String,
    negate: bool,
}

impl StatusSelector {
    /// Parses `type=status` or `type!=status`.
    pub fn parse(value: &str) -> Result<Self, String> {
        let (type_, status, negate) = if let Some((t, s)) = value.split_once("!=") {
            (t, s, true)
        } else if let Some((t, s)) = value.split_once('=') {
            (t, s, false)
        } else {
            return Err(format!(
                "expected status selector in type=status or type!=status format, but found: {value}"
            ));
        };
        Ok(Self {
            type_: type_.to_string(),
            status: status.to_string(),
            negate,
        })
    }

    /// Whether the object passes the filter.
    pub fn keeps(&self, kind: &KindInfo, obj: &DynamicObject) -> bool {
        let matched = if is_synthetic_ready(kind) {
            self.type_.eq_ignore_ascii_case("ready") && self.status.eq_ignore_ascii_case("true")
        } else {
            conditions(&obj.data)
                .iter()
                .rev()
                .find(|c| str_at(c, "/type").eq_ignore_ascii_case(&self.type_))
                .is_some_and(|c| str_at(c, "/status").eq_ignore_ascii_case(&self.status))
        };
        matched != self.negate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_truncation_follows_upstream() {
        assert_eq!(
            truncate_hex("main@sha1:696f056df216eea4f9401adbee0ff744d4df390f"),
            "main@sha1:696f056d"
        );
        let long = "a".repeat(154);
        assert_eq!(truncate_hex(&long), long);
        let short = "a".repeat(39);
        assert_eq!(truncate_hex(&short), short);
        assert_eq!(
            truncate_hex(&format!("x {} y {}", "b".repeat(64), "c".repeat(40))),
            "x bbbbbbbb y cccccccc"
        );
        assert_eq!(truncate_hex(&"A".repeat(40)), "A".repeat(40));
    }

    #[test]
    fn local_times() {
        let utc = jiff::tz::TimeZone::UTC;
        assert_eq!(
            local_time("2024-05-06T07:08:09Z", &utc),
            "2024-05-06T07:08:09Z"
        );
        let plus2 = jiff::tz::TimeZone::fixed(jiff::tz::offset(2));
        assert_eq!(
            local_time("2024-05-06T07:08:09.5Z", &plus2),
            "2024-05-06T09:08:09+02:00"
        );
    }

    #[test]
    fn status_selector_parsing() {
        assert_eq!(
            StatusSelector::parse("Ready").unwrap_err(),
            "expected status selector in type=status or type!=status format, but found: Ready"
        );
        let s = StatusSelector::parse("a!=b=c").expect("parses");
        assert!(s.negate);
        assert_eq!((s.type_.as_str(), s.status.as_str()), ("a", "b=c"));
    }
}
