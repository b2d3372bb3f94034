//! The text of `flux trace`: upstream's two Go templates (`traceKustomization` with 17-column
//! labels, `traceHelm` with 16-column labels, its GitRepository section 15, its OCIRepository
//! section 17) rendered line by line. Core code: never prints.

use jiff::tz::TimeZone;
use serde_json::Value;

fn s<'a>(v: &'a Value, ptr: &str) -> &'a str {
    v.pointer(ptr).and_then(Value::as_str).unwrap_or("")
}

/// The `Ready` condition of an object, if any.
fn ready(obj: &Value) -> Option<&Value> {
    obj.pointer("/status/conditions")
        .and_then(Value::as_array)?
        .iter()
        .find(|c| s(c, "/type") == "Ready")
}

/// A `metav1.Time` as Go's `time.Time.String()` prints it in the local zone
/// (`2021-07-16 15:42:20 +0000 UTC`).
pub fn go_time(raw: &str, tz: &TimeZone) -> String {
    let Ok(ts) = raw.parse::<jiff::Timestamp>() else {
        // metav1.Time of an unparsable value decodes to the zero time.
        return "0001-01-01 00:00:00 +0000 UTC".into();
    };
    let z = ts.to_zoned(tz.clone());
    let mut out = z.strftime("%Y-%m-%d %H:%M:%S").to_string();
    let nanos = z.subsec_nanosecond();
    if nanos != 0 {
        let frac = format!("{nanos:09}");
        out.push('.');
        out.push_str(frac.trim_end_matches('0'));
    }
    let abbrev = z.strftime("%Z").to_string();
    let offset = z.strftime("%z").to_string();
    let abbrev = if abbrev.starts_with(['+', '-']) || abbrev.is_empty() {
        offset.clone()
    } else {
        abbrev
    };
    format!("{out} {offset} {abbrev}")
}

/// Lines with a fixed label width.
struct Lines {
    width: usize,
    out: String,
}

impl Lines {
    fn new(width: usize) -> Self {
        Self {
            width,
            out: String::new(),
        }
    }

    fn field(&mut self, label: &str, value: &str) {
        let label = format!("{label}:");
        self.out
            .push_str(&format!("\n{label:<w$}{value}", w = self.width));
    }

    fn sep(&mut self) {
        self.out.push_str("\n---");
    }

    fn status(&mut self, obj: &Value, tz: &TimeZone) {
        self.status_of(obj, false, tz);
    }

    /// The `Status:`/`Message:` lines; `failed` distinguishes `Ready=False` (the source
    /// sections do, the Kustomization, HelmRelease, HelmChart and HelmRepository ones do not).
    fn status_of(&mut self, obj: &Value, failed: bool, tz: &TimeZone) {
        match ready(obj) {
            Some(c) => {
                let at = go_time(s(c, "/lastTransitionTime"), tz);
                if failed && s(c, "/status") == "False" {
                    self.field("Status", &format!("Last reconciliation failed at {at}"));
                } else {
                    self.field("Status", &format!("Last reconciled at {at}"));
                }
                self.field("Message", s(c, "/message"));
            }
            None => self.field("Status", "Unknown"),
        }
    }

    fn header(&mut self, object: &Value, shown_kind: &str) {
        self.field(
            "Object",
            &format!("{shown_kind}/{}", s(object, "/metadata/name")),
        );
        let ns = s(object, "/metadata/namespace");
        if !ns.is_empty() {
            self.field("Namespace", ns);
        }
        self.field("Status", "Managed by Flux");
    }

    fn name_ns(&mut self, kind: &str, obj: &Value) {
        self.sep();
        self.field(kind, s(obj, "/metadata/name"));
        self.field("Namespace", s(obj, "/metadata/namespace"));
    }

    fn git(&mut self, repo: &Value, tz: &TimeZone) {
        self.name_ns("GitRepository", repo);
        self.field("URL", s(repo, "/spec/url"));
        if repo.pointer("/spec/ref").is_some_and(|r| !r.is_null()) {
            if !s(repo, "/spec/ref/tag").is_empty() {
                self.field("Tag", s(repo, "/spec/ref/tag"));
            } else if !s(repo, "/spec/ref/semver").is_empty() {
                self.field("Tag", s(repo, "/spec/ref/semver"));
            } else if !s(repo, "/spec/ref/branch").is_empty() {
                self.field("Branch", s(repo, "/spec/ref/branch"));
            }
        }
        self.artifact_revision(repo);
        self.status_of(repo, true, tz);
    }

    fn artifact_revision(&mut self, obj: &Value) {
        if obj
            .pointer("/status/artifact")
            .is_some_and(|a| !a.is_null())
        {
            self.field("Revision", s(obj, "/status/artifact/revision"));
        }
    }

    /// The OCIRepository section; `origin` adds the artifact's origin annotations (the
    /// Kustomization template has them, the HelmRelease one does not).
    fn oci(&mut self, repo: &Value, origin: bool, tz: &TimeZone) {
        self.name_ns("OCIRepository", repo);
        self.field("URL", s(repo, "/spec/url"));
        if repo.pointer("/spec/ref").is_some_and(|r| !r.is_null()) {
            if !s(repo, "/spec/ref/tag").is_empty() {
                self.field("Tag", s(repo, "/spec/ref/tag"));
            } else if !s(repo, "/spec/ref/semver").is_empty() {
                self.field("Tag", s(repo, "/spec/ref/semver"));
            } else if !s(repo, "/spec/ref/digest").is_empty() {
                self.field("Digest", s(repo, "/spec/ref/digest"));
            }
        }
        if repo
            .pointer("/status/artifact")
            .is_some_and(|a| !a.is_null())
        {
            self.field("Revision", s(repo, "/status/artifact/revision"));
            let metadata = repo
                .pointer("/status/artifact/metadata")
                .and_then(Value::as_object)
                .filter(|m| !m.is_empty());
            if let (true, Some(metadata)) = (origin, metadata) {
                // Go ranges over the label map in key order; a missing key leaves an empty line.
                for (label, key) in [
                    ("Origin Revision: ", "org.opencontainers.image.revision"),
                    ("Origin Source:   ", "org.opencontainers.image.source"),
                ] {
                    self.out.push('\n');
                    if let Some(v) = metadata
                        .get(key)
                        .and_then(Value::as_str)
                        .filter(|v| !v.is_empty())
                    {
                        self.out.push_str(label);
                        self.out.push_str(v);
                    }
                }
            }
        }
        self.status_of(repo, true, tz);
    }

    fn finish(mut self) -> String {
        self.out.push('\n');
        self.out
    }
}

/// The objects of one trace.
pub struct Chain<'a> {
    /// The traced object.
    pub object: &'a Value,
    /// Its kind as shown.
    pub shown_kind: &'a str,
    /// The Kustomization or HelmRelease managing it.
    pub manager: &'a Value,
    /// The HelmChart of a HelmRelease.
    pub chart: Option<&'a Value>,
    /// The source (GitRepository, OCIRepository, HelmRepository).
    pub source: Option<&'a Value>,
}

impl Lines {
    /// The object's header, then its manager's name, namespace and target namespace.
    fn manager(chain: &Chain<'_>, width: usize, kind: &str) -> Lines {
        let mut l = Lines::new(width);
        l.header(chain.object, chain.shown_kind);
        l.name_ns(kind, chain.manager);
        let target = s(chain.manager, "/spec/targetNamespace");
        if !target.is_empty() {
            l.field("Target", target);
        }
        l
    }
}

fn kind_of(v: &Value) -> &str {
    s(v, "/kind")
}

/// Upstream's `traceKustomization` text.
pub fn kustomization(chain: &Chain<'_>, tz: &TimeZone) -> String {
    let mut l = Lines::manager(chain, 17, "Kustomization");
    let ks = chain.manager;
    l.field("Path", s(ks, "/spec/path"));
    l.field("Revision", s(ks, "/status/lastAppliedRevision"));
    l.status(ks, tz);
    match chain.source {
        Some(src) if kind_of(src) == "GitRepository" => l.git(src, tz),
        Some(src) if kind_of(src) == "OCIRepository" => l.oci(src, true, tz),
        _ => {}
    }
    l.finish()
}

/// Upstream's `traceHelm` text.
pub fn helm(chain: &Chain<'_>, tz: &TimeZone) -> String {
    let mut l = Lines::manager(chain, 16, "HelmRelease");
    let hr = chain.manager;
    l.field("Revision", s(hr, "/status/lastAttemptedRevision"));
    l.status(hr, tz);
    if let Some(chart) = chain.chart {
        l.name_ns("HelmChart", chart);
        l.field("Chart", s(chart, "/spec/chart"));
        l.field("Version", s(chart, "/spec/version"));
        l.artifact_revision(chart);
        l.status(chart, tz);
    }
    match chain.source {
        Some(src) if kind_of(src) == "HelmRepository" => {
            l.name_ns("HelmRepository", src);
            l.field("URL", s(src, "/spec/url"));
            l.artifact_revision(src);
            l.status(src, tz);
        }
        Some(src) if kind_of(src) == "GitRepository" => {
            // Upstream's HelmRelease template writes this section with 15-column labels.
            let mut narrow = Lines::new(15);
            narrow.git(src, tz);
            l.out.push_str(&narrow.out);
        }
        Some(src) if kind_of(src) == "OCIRepository" => {
            let mut wide = Lines::new(17);
            wide.oci(src, false, tz);
            l.out.push_str(&wide.out);
        }
        _ => {}
    }
    l.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_time_strings() {
        assert_eq!(
            go_time("2021-07-16T15:42:20Z", &TimeZone::UTC),
            "2021-07-16 15:42:20 +0000 UTC"
        );
        let plus2 = TimeZone::fixed(jiff::tz::offset(2));
        assert_eq!(
            go_time("2021-07-16T15:42:20Z", &plus2),
            "2021-07-16 17:42:20 +0200 +0200"
        );
    }
}
