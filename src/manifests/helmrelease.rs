//! The `flux create helmrelease` generator: resolved options → `HelmRelease`, plus the flag
//! value types of its `--source` and `--crds`. Mirrors upstream `cmd/flux/create_helmrelease.go`,
//! `internal/flags/{helm_chart_source,crds}.go` and `pkg/runtime/transform.MergeMaps` (v2.9.4).

use serde_json::{Map, Value};

use crate::cli::{GoDuration, OneOf};
use crate::error::CliError;
use crate::kinds::helm::{
    CrossNamespaceObjectReference, CrossNamespaceSourceReference, HelmChartTemplate,
    HelmChartTemplateSpec, HelmRelease, HelmReleaseSpec, Install, Upgrade, ValuesReference,
};
use crate::manifests::kustomization::{kubeconfig_ref, make_depends_on};
use crate::manifests::{
    SourceRef, SourceRefSpec, equal_fold_item, parse_object_kind_name,
    parse_object_kind_name_namespace,
};
use crate::report::Reporter;

/// The source kinds a chart template can reference, in upstream's order.
pub const CHART_SOURCE_KINDS: &[&str] = &["HelmRepository", "GitRepository", "Bucket"];

/// The kinds `--chart-ref` accepts.
pub const CHART_REF_KINDS: &[&str] = &["OCIRepository", "HelmChart"];

/// The kinds `--values-from` accepts.
pub const VALUES_FROM_KINDS: &[&str] = &["Secret", "ConfigMap"];

/// The CRD policies `--crds` accepts.
pub const CRDS_POLICIES: &[&str] = &["Skip", "Create", "CreateReplace"];

/// `flags.HelmChartSource`: `<kind>/<name>[.<namespace>]`.
pub const HELM_CHART_SOURCE: SourceRefSpec = SourceRefSpec {
    kinds: CHART_SOURCE_KINDS,
    blank: "no helm chart source given, please specify source that contains the chart in the format '<kind>/<name>.<namespace>', where kind must be one of: ({list})",
    default_kind: None,
    namespaced: true,
};

/// `flags.CRDsPolicy`.
pub const CRDS_POLICY: OneOf = OneOf {
    values: CRDS_POLICIES,
    separator: ", ",
    blank: "no upgrade CRDs policy given, must be one of: {list}",
    unsupported: "unsupported upgrade CRDs policy '{value}', must be one of: {list}",
};

/// Reads a `--values` file; the error text is Go's `os.ReadFile` error (`open <f>: …`).
pub type ValuesReader<'a> = &'a dyn Fn(&str) -> Result<Vec<u8>, String>;

/// Everything `create helmrelease` needs, resolved from its flags.
#[derive(Debug, Clone, Default)]
pub struct HelmReleaseOptions {
    /// Object name.
    pub name: String,
    /// Object namespace.
    pub namespace: String,
    /// `--label` entries, unparsed.
    pub labels: Vec<String>,
    /// `--interval`.
    pub interval: GoDuration,
    /// `--release-name`.
    pub release_name: String,
    /// `--source`.
    pub source: Option<SourceRef>,
    /// `--chart`.
    pub chart: String,
    /// `--chart-version`.
    pub chart_version: String,
    /// `--chart-interval`.
    pub chart_interval: GoDuration,
    /// `--reconcile-strategy`.
    pub reconcile_strategy: String,
    /// `--chart-ref`.
    pub chart_ref: String,
    /// `--depends-on` entries.
    pub depends_on: Vec<String>,
    /// `--target-namespace`.
    pub target_namespace: String,
    /// `--storage-namespace`.
    pub storage_namespace: String,
    /// `--create-target-namespace`.
    pub create_target_namespace: bool,
    /// `--service-account`.
    pub service_account: String,
    /// `--crds`.
    pub crds: Option<String>,
    /// `--values` files.
    pub values: Vec<String>,
    /// `--values-from` entries.
    pub values_from: Vec<String>,
    /// `--kubeconfig-secret-ref`.
    pub kubeconfig_secret_ref: String,
}

/// Builds the HelmRelease. `report` (given when not exporting) receives the
/// `generating HelmRelease` line where upstream prints it; `read` loads `--values` files.
///
/// # Errors
/// Upstream's texts, in upstream's order (artifacts-create.md §B.7).
pub fn build(
    opts: &HelmReleaseOptions,
    report: Option<&dyn Reporter>,
    read: ValuesReader<'_>,
) -> Result<HelmRelease, CliError> {
    if opts.chart.is_empty() && opts.chart_ref.is_empty() {
        return Err(CliError::msg("chart or chart-ref is required"));
    }
    if !opts.chart.is_empty() && !opts.chart_ref.is_empty() {
        return Err(CliError::msg(
            "cannot use --chart in combination with --chart-ref",
        ));
    }
    let labels = super::parse_labels(&opts.labels)?;
    if let Some(r) = report {
        r.generate("generating HelmRelease");
    }
    if !matches!(
        opts.reconcile_strategy.as_str(),
        "Revision" | "ChartVersion"
    ) {
        return Err(CliError::msg(format!(
            "'{}' is an invalid reconcile strategy(valid: Revision, ChartVersion)",
            opts.reconcile_strategy
        )));
    }

    let mut spec = HelmReleaseSpec {
        release_name: opts.release_name.clone(),
        depends_on: make_depends_on(&opts.depends_on),
        interval: opts.interval,
        target_namespace: opts.target_namespace.clone(),
        storage_namespace: if opts.storage_namespace.is_empty() {
            opts.target_namespace.clone()
        } else {
            opts.storage_namespace.clone()
        },
        ..Default::default()
    };

    if !opts.chart.is_empty() {
        let source = opts.source.clone().unwrap_or_default();
        spec.chart = Some(HelmChartTemplate {
            metadata: None,
            spec: HelmChartTemplateSpec {
                chart: opts.chart.clone(),
                version: opts.chart_version.clone(),
                source_ref: CrossNamespaceObjectReference {
                    api_version: String::new(),
                    kind: source.kind,
                    name: source.name,
                    namespace: source.namespace,
                },
                interval: (!opts.chart_interval.is_zero()).then_some(opts.chart_interval),
                reconcile_strategy: opts.reconcile_strategy.clone(),
                ..Default::default()
            },
        });
    } else {
        let (kind, name, namespace) = parse_object_kind_name_namespace(&opts.chart_ref);
        if !CHART_REF_KINDS.contains(&kind) {
            return Err(CliError::msg(format!(
                "chart reference kind '{kind}' is not supported, must be one of: {}",
                CHART_REF_KINDS.join(", ")
            )));
        }
        spec.chart_ref = Some(CrossNamespaceSourceReference {
            api_version: String::new(),
            kind: kind.to_string(),
            name: name.to_string(),
            namespace: namespace.to_string(),
        });
    }

    spec.kube_config = kubeconfig_ref(&opts.kubeconfig_secret_ref);

    if opts.create_target_namespace {
        spec.install
            .get_or_insert_with(Install::default)
            .create_namespace = true;
    }

    spec.service_account_name = opts.service_account.clone();

    if let Some(crds) = opts.crds.as_ref().filter(|c| !c.is_empty()) {
        spec.install.get_or_insert_with(Install::default).crds = "Create".to_string();
        spec.upgrade = Some(Upgrade {
            crds: crds.clone(),
            ..Default::default()
        });
    }

    if !opts.values.is_empty() {
        let mut merged = Map::new();
        for file in &opts.values {
            let data = read(file)
                .map_err(|e| CliError::msg(format!("reading values from {file} failed: {e}")))?;
            let json = yaml_to_json(&data).map_err(|e| {
                CliError::msg(format!("converting values to JSON from {file} failed: {e}"))
            })?;
            let map = match json {
                Value::Null => Map::new(),
                Value::Object(m) => m,
                other => {
                    return Err(CliError::msg(format!(
                        "unmarshaling values from {file} failed: json: cannot unmarshal {} into Go value of type map[string]interface {{}}",
                        json_type_name(&other)
                    )));
                }
            };
            merged = merge_maps(merged, map);
        }
        spec.values = Some(go_json_numbers(Value::Object(merged)));
    }

    if !opts.values_from.is_empty() {
        let mut refs = Vec::new();
        for value in &opts.values_from {
            let (kind, name) = parse_object_kind_name(value);
            if kind.is_empty() {
                return Err(CliError::msg(format!(
                    "invalid Kubernetes object reference '{value}', must be in format <kind>/<name>"
                )));
            }
            let Some(clean) = equal_fold_item(VALUES_FROM_KINDS, kind) else {
                return Err(CliError::msg(format!(
                    "reference kind '{kind}' is not supported, must be one of: {}",
                    VALUES_FROM_KINDS.join(", ")
                )));
            };
            refs.push(ValuesReference {
                kind: clean.to_string(),
                name: name.to_string(),
                ..Default::default()
            });
        }
        spec.values_from = refs;
    }

    let metadata = super::meta(&opts.name, &opts.namespace, labels);
    Ok(HelmRelease::new(metadata, spec))
}

/// `yaml.YAMLToJSON` of the first document (an empty file is `null`).
fn yaml_to_json(data: &[u8]) -> Result<Value, String> {
    let text = String::from_utf8_lossy(data);
    let docs = crate::yaml::from_str_multi(&text).map_err(|e| e.to_string())?;
    Ok(docs.into_iter().next().unwrap_or(Value::Null))
}

/// The JSON type name Go's `encoding/json` uses in unmarshal errors.
fn json_type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// `transform.MergeMaps`: `b` over `a`, recursing where both sides hold a map.
pub fn merge_maps(a: Map<String, Value>, b: Map<String, Value>) -> Map<String, Value> {
    let mut out = a;
    for (k, v) in b {
        match (out.get_mut(&k), v) {
            (Some(Value::Object(existing)), Value::Object(vm)) => {
                let merged = merge_maps(std::mem::take(existing), vm);
                *existing = merged;
            }
            (_, v) => {
                out.insert(k, v);
            }
        }
    }
    out
}

const MAX_EXACT: f64 = 9_007_199_254_740_992.0; // 2^53

/// Numbers as they come out of Go's round trip through `interface{}` (float64) and back:
/// integers beyond 2^53 lose precision, integral floats below 1e21 print as integers.
pub fn go_json_numbers(v: Value) -> Value {
    match v {
        Value::Number(n) => {
            if n.is_i64() || n.is_u64() {
                let f = n.as_f64().unwrap_or(0.0);
                if f.abs() <= MAX_EXACT {
                    return Value::Number(n);
                }
                return float_number(f);
            }
            float_number(n.as_f64().unwrap_or(0.0))
        }
        Value::Array(a) => Value::Array(a.into_iter().map(go_json_numbers).collect()),
        Value::Object(m) => Value::Object(
            m.into_iter()
                .map(|(k, v)| (k, go_json_numbers(v)))
                .collect(),
        ),
        other => other,
    }
}

fn float_number(f: f64) -> Value {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e21 {
        // Go prints the shortest round-tripping digits, padded with zeros; read back, that
        // text is an integer whenever it fits one.
        let text = format!("{f}");
        if let Ok(i) = text.parse::<i64>() {
            return Value::from(i);
        }
        if let Ok(u) = text.parse::<u64>() {
            return Value::from(u);
        }
    }
    serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_files(f: &str) -> Result<Vec<u8>, String> {
        Err(format!("open {f}: no such file or directory"))
    }

    fn opts() -> HelmReleaseOptions {
        HelmReleaseOptions {
            name: "podinfo".into(),
            namespace: "flux-system".into(),
            interval: GoDuration::from_secs(60),
            reconcile_strategy: "ChartVersion".into(),
            ..Default::default()
        }
    }

    fn err(o: &HelmReleaseOptions) -> String {
        build(o, None, &no_files).unwrap_err().0.to_string()
    }

    #[test]
    fn chart_source_values() {
        let s = HELM_CHART_SOURCE
            .parse("Helmrepository/podinfo.ns")
            .unwrap();
        assert_eq!(
            (s.kind.as_str(), s.name.as_str(), s.namespace.as_str()),
            ("HelmRepository", "podinfo", "ns")
        );
        assert_eq!(
            HELM_CHART_SOURCE.parse("foobar/podinfo").unwrap_err().0,
            "source kind 'foobar' is not supported, must be one of: HelmRepository, GitRepository, Bucket"
        );
        assert_eq!(
            HELM_CHART_SOURCE.parse("podinfo").unwrap_err().0,
            "invalid helm chart source 'podinfo', must be in format <kind>/<name>"
        );
        assert_eq!(
            CRDS_POLICY.check("x").unwrap_err().0,
            "unsupported upgrade CRDs policy 'x', must be one of: Skip, Create, CreateReplace"
        );
    }

    #[test]
    fn errors_in_order() {
        assert_eq!(err(&opts()), "chart or chart-ref is required");
        let o = HelmReleaseOptions {
            chart: "a".into(),
            chart_ref: "b".into(),
            ..opts()
        };
        assert_eq!(
            err(&o),
            "cannot use --chart in combination with --chart-ref"
        );
        let o = HelmReleaseOptions {
            chart: "a".into(),
            reconcile_strategy: "x".into(),
            ..opts()
        };
        assert_eq!(
            err(&o),
            "'x' is an invalid reconcile strategy(valid: Revision, ChartVersion)"
        );
        let o = HelmReleaseOptions {
            chart_ref: "foobar/podinfo".into(),
            ..opts()
        };
        assert_eq!(
            err(&o),
            "chart reference kind 'foobar' is not supported, must be one of: OCIRepository, HelmChart"
        );
        let o = HelmReleaseOptions {
            chart: "a".into(),
            values: vec!["v.yaml".into()],
            ..opts()
        };
        assert_eq!(
            err(&o),
            "reading values from v.yaml failed: open v.yaml: no such file or directory"
        );
        let o = HelmReleaseOptions {
            chart: "a".into(),
            values_from: vec!["x".into()],
            ..opts()
        };
        assert_eq!(
            err(&o),
            "invalid Kubernetes object reference 'x', must be in format <kind>/<name>"
        );
        let o = HelmReleaseOptions {
            chart: "a".into(),
            values_from: vec!["Pod/x".into()],
            ..opts()
        };
        assert_eq!(
            err(&o),
            "reference kind 'Pod' is not supported, must be one of: Secret, ConfigMap"
        );
    }

    #[test]
    fn values_merge_deeply() {
        let files = |f: &str| -> Result<Vec<u8>, String> {
            Ok(match f {
                "a" => b"a: {x: 1, w: [1]}\nb: 1\n".to_vec(),
                "b" => b"a: {w: [2], z: 1.0}\nc: 12345678901234567891\n".to_vec(),
                "e" => Vec::new(),
                _ => b"- 1\n".to_vec(),
            })
        };
        let o = HelmReleaseOptions {
            chart: "a".into(),
            values: vec!["a".into(), "e".into(), "b".into()],
            ..opts()
        };
        let hr = build(&o, None, &files).unwrap();
        assert_eq!(
            hr.spec.values.unwrap(),
            serde_json::json!({"a": {"x": 1, "w": [2], "z": 1}, "b": 1, "c": 12345678901234567000u64})
        );
        let o = HelmReleaseOptions {
            chart: "a".into(),
            values: vec!["l".into()],
            ..opts()
        };
        assert_eq!(
            build(&o, None, &files).unwrap_err().0.to_string(),
            "unmarshaling values from l failed: json: cannot unmarshal array into Go value of type map[string]interface {}"
        );
    }

    #[test]
    fn spec_fields() {
        let o = HelmReleaseOptions {
            chart: "podinfo".into(),
            source: Some(HELM_CHART_SOURCE.parse("HelmRepository/podinfo").unwrap()),
            chart_version: ">4.0.0".into(),
            target_namespace: "test".into(),
            create_target_namespace: true,
            crds: Some("CreateReplace".into()),
            chart_interval: GoDuration::from_secs(600),
            values_from: vec!["secret/s".into()],
            ..opts()
        };
        let v = serde_json::to_value(build(&o, None, &no_files).unwrap()).unwrap();
        assert_eq!(
            v["spec"],
            serde_json::json!({
                "chart": {"spec": {"chart": "podinfo", "version": ">4.0.0", "interval": "10m0s", "reconcileStrategy": "ChartVersion",
                                   "sourceRef": {"kind": "HelmRepository", "name": "podinfo"}}},
                "install": {"createNamespace": true, "crds": "Create"},
                "upgrade": {"crds": "CreateReplace"},
                "interval": "1m0s", "storageNamespace": "test", "targetNamespace": "test",
                "valuesFrom": [{"kind": "Secret", "name": "s"}]
            })
        );
        // --chart without --source exports `sourceRef: {name: ""}`.
        let o = HelmReleaseOptions {
            chart: "podinfo".into(),
            ..opts()
        };
        let v = serde_json::to_value(build(&o, None, &no_files).unwrap()).unwrap();
        assert_eq!(
            v["spec"]["chart"]["spec"]["sourceRef"],
            serde_json::json!({"name": ""})
        );
    }
}
