//! The HelmChart generator of `flux create source chart` (upstream
//! `cmd/flux/create_source_chart.go`).

use crate::error::CliError;
use crate::kinds::source::{
    API_VERSION, HELM_CHART_KIND, HelmChart, HelmChartSpec, LocalHelmChartSourceReference,
};
use crate::manifests::SourceRef;
use crate::manifests::source::{SourceCommon, VerifyOptions};

/// Resolved options of `flux create source chart`.
#[derive(Debug, Clone, Default)]
pub struct ChartOptions {
    /// Name, namespace, labels and interval.
    pub common: SourceCommon,
    /// `--source`, when given.
    pub source: Option<SourceRef>,
    /// `--chart`.
    pub chart: String,
    /// `--chart-version`.
    pub chart_version: String,
    /// `--reconcile-strategy` (not validated, as upstream).
    pub reconcile_strategy: String,
    /// The `--verify-*` flags.
    pub verify: VerifyOptions,
}

impl ChartOptions {
    /// The checks that run before upstream prints `generating HelmChart source`.
    ///
    /// # Errors
    /// `chart source is required`, `chart name or path is required`.
    pub fn check_required(&self) -> Result<(), CliError> {
        if self
            .source
            .as_ref()
            .is_none_or(|s| s.kind.is_empty() || s.name.is_empty())
        {
            return Err(CliError::msg("chart source is required"));
        }
        if self.chart.is_empty() {
            return Err(CliError::msg("chart name or path is required"));
        }
        Ok(())
    }
}

/// Validates the options in upstream's order and builds the HelmChart.
///
/// # Errors
/// The `check_required` errors, label errors and the verification-provider errors (a lone
/// `--verify-subject` is silently dropped, as upstream does).
pub fn helm_chart(opts: &ChartOptions) -> Result<HelmChart, CliError> {
    opts.check_required()?;
    let metadata = opts.common.metadata()?;
    let source = opts.source.clone().unwrap_or_default();
    let verify = opts.verify.build(false)?;
    let spec = HelmChartSpec {
        chart: opts.chart.clone(),
        version: opts.chart_version.clone(),
        interval: opts.common.interval,
        reconcile_strategy: opts.reconcile_strategy.clone(),
        source_ref: LocalHelmChartSourceReference {
            kind: source.kind,
            name: source.name,
            ..Default::default()
        },
        verify,
        ..Default::default()
    };
    Ok(HelmChart {
        api_version: API_VERSION.to_string(),
        kind: HELM_CHART_KIND.to_string(),
        metadata,
        spec,
        status: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::GoDuration;
    use serde_json::json;

    fn base() -> ChartOptions {
        ChartOptions {
            common: SourceCommon::new("podinfo", "flux-system", GoDuration::from_secs(60)),
            source: Some(SourceRef {
                kind: "HelmRepository".into(),
                name: "podinfo".into(),
                namespace: String::new(),
            }),
            chart: "podinfo".into(),
            reconcile_strategy: "ChartVersion".into(),
            ..Default::default()
        }
    }

    fn err(o: &ChartOptions) -> String {
        format!("{:#}", helm_chart(o).unwrap_err().0)
    }

    #[test]
    fn required_and_verify() {
        let mut o = base();
        o.source = None;
        assert_eq!(err(&o), "chart source is required");
        let mut o = base();
        o.chart = String::new();
        assert_eq!(err(&o), "chart name or path is required");
        let mut o = base();
        o.verify.subject = "bar".into();
        let v = serde_json::to_value(helm_chart(&o).unwrap()).unwrap();
        assert!(
            v["spec"].get("verify").is_none(),
            "a lone subject is dropped"
        );
        o.verify.issuer = "foo".into();
        assert_eq!(
            err(&o),
            "a verification provider must be specified when OIDC issuer/subject is specified"
        );
        o.verify.provider = "cosign".into();
        let v = serde_json::to_value(helm_chart(&o).unwrap()).unwrap();
        assert_eq!(
            v["spec"]["verify"],
            json!({"provider": "cosign", "matchOIDCIdentity": [{"issuer": "foo", "subject": "bar"}]})
        );
        assert_eq!(v["spec"]["reconcileStrategy"], "ChartVersion");
    }
}
