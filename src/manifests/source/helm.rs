//! The HelmRepository generator of `flux create source helm` (upstream
//! `cmd/flux/create_source_helm.go`). Credentials only matter when applying.

use crate::error::CliError;
use crate::kinds::source::{
    API_VERSION, HELM_REPOSITORY_KIND, HELM_REPOSITORY_TYPE_OCI, HelmRepository, HelmRepositorySpec,
};
use crate::manifests::gourl;
use crate::manifests::source::{SourceCommon, local_ref};

/// Resolved options of `flux create source helm`.
#[derive(Debug, Clone, Default)]
pub struct HelmOptions {
    /// Name, namespace, labels, interval and fetch timeout.
    pub common: SourceCommon,
    /// `--url`.
    pub url: String,
    /// `--secret-ref`.
    pub secret_ref: String,
    /// `--pass-credentials` (kept only together with a secret ref).
    pub pass_credentials: bool,
    /// `--oci-provider` (used for `oci://` URLs only).
    pub oci_provider: String,
}

/// Validates the options in upstream's order and builds the HelmRepository.
///
/// # Errors
/// `url is required`, label errors, `url parse failed: …`, the scheme message and
/// `url host is required`.
pub fn helm_repository(opts: &HelmOptions) -> Result<HelmRepository, CliError> {
    if opts.url.is_empty() {
        return Err(CliError::msg("url is required"));
    }
    let metadata = opts.common.metadata()?;
    let url =
        gourl::parse(&opts.url).map_err(|e| CliError::msg(format!("url parse failed: {e}")))?;
    if !matches!(url.scheme.as_str(), "http" | "https" | "oci") {
        return Err(CliError::msg(format!(
            "url scheme '{}' not supported, can be: http, https and oci",
            url.scheme
        )));
    }
    if url.host.is_empty() {
        return Err(CliError::msg("url host is required"));
    }
    let mut spec = HelmRepositorySpec {
        url: opts.url.clone(),
        interval: opts.common.interval,
        timeout: opts.common.timeout(),
        ..Default::default()
    };
    if url.scheme == HELM_REPOSITORY_TYPE_OCI {
        spec.type_ = HELM_REPOSITORY_TYPE_OCI.to_string();
        spec.provider = opts.oci_provider.clone();
    }
    if let Some(secret) = local_ref(&opts.secret_ref) {
        spec.secret_ref = Some(secret);
        spec.pass_credentials = opts.pass_credentials;
    }
    Ok(HelmRepository {
        api_version: API_VERSION.to_string(),
        kind: HELM_REPOSITORY_KIND.to_string(),
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

    fn base(url: &str) -> HelmOptions {
        HelmOptions {
            common: SourceCommon::new("podinfo", "flux-system", GoDuration::from_secs(300)),
            url: url.into(),
            ..Default::default()
        }
    }

    fn err(o: &HelmOptions) -> String {
        format!("{:#}", helm_repository(o).unwrap_err().0)
    }

    #[test]
    fn oci_type_and_provider() {
        let mut o = base("oci://ghcr.io/stefanprodan/charts/podinfo");
        o.oci_provider = "aws".into();
        o.pass_credentials = true;
        let v = serde_json::to_value(helm_repository(&o).unwrap()).unwrap();
        assert_eq!(
            v["spec"],
            json!({"url": "oci://ghcr.io/stefanprodan/charts/podinfo", "interval": "5m0s", "type": "oci", "provider": "aws"})
        );
        o.secret_ref = "creds".into();
        let v = serde_json::to_value(helm_repository(&o).unwrap()).unwrap();
        assert_eq!(v["spec"]["passCredentials"], true);
        let mut h = base("https://charts.example.com");
        h.oci_provider = "aws".into();
        let v = serde_json::to_value(helm_repository(&h).unwrap()).unwrap();
        assert!(v["spec"].get("provider").is_none());
    }

    #[test]
    fn errors() {
        assert_eq!(err(&base("")), "url is required");
        assert_eq!(
            err(&base("git://example.com/charts")),
            "url scheme 'git' not supported, can be: http, https and oci"
        );
        assert_eq!(err(&base("https:///charts")), "url host is required");
        assert_eq!(
            err(&base("https://exa mple.com")),
            "url parse failed: parse \"https://exa mple.com\": invalid character \" \" in host name"
        );
        let mut o = base("git://x");
        o.common.labels = vec!["a=b=c".into()];
        assert_eq!(err(&o), "invalid label format 'a=b=c', must be key=value");
    }
}
