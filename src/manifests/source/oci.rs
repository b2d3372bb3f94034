//! The OCIRepository generator of `flux create source oci` (upstream
//! `cmd/flux/create_source_oci.go`).

use crate::cli::go_quote;
use crate::error::CliError;
use crate::kinds::source::{
    API_VERSION, OCI_REPOSITORY_KIND, OCILayerSelector, OCIRepository, OCIRepositoryRef,
    OCIRepositorySpec,
};
use crate::manifests::source::{SourceCommon, VerifyOptions, ignore_paths, local_ref};

/// Resolved options of `flux create source oci`.
#[derive(Debug, Clone, Default)]
pub struct OciOptions {
    /// Name, namespace, labels, interval and fetch timeout.
    pub common: SourceCommon,
    /// `--url`.
    pub url: String,
    /// `--tag`.
    pub tag: String,
    /// `--tag-semver`.
    pub semver: String,
    /// `--digest`.
    pub digest: String,
    /// `--provider` (always written).
    pub provider: String,
    /// `--secret-ref`.
    pub secret_ref: String,
    /// `--proxy-secret-ref`.
    pub proxy_secret_ref: String,
    /// `--service-account`.
    pub service_account: String,
    /// `--cert-ref`.
    pub cert_ref: String,
    /// `--ignore-paths`.
    pub ignore_paths: Vec<String>,
    /// `--insecure`.
    pub insecure: bool,
    /// `--layer-selector` (`<media-type>:<operation>`).
    pub layer_selector: String,
    /// The `--verify-*` flags.
    pub verify: VerifyOptions,
}

fn layer_selector(value: &str) -> Result<Option<OCILayerSelector>, CliError> {
    if value.is_empty() {
        return Ok(None);
    }
    let Some((media_type, operation)) = value
        .split_once(':')
        .filter(|(m, o)| !m.is_empty() && !o.is_empty())
    else {
        return Err(CliError::msg(format!(
            "invalid --layer-selector {}: must be in the format '<media-type>:<operation>'",
            go_quote(value)
        )));
    };
    if operation != "extract" && operation != "copy" {
        return Err(CliError::msg(format!(
            "invalid --layer-selector {}: operation must be \"extract\" or \"copy\"",
            go_quote(value)
        )));
    }
    Ok(Some(OCILayerSelector {
        media_type: media_type.to_string(),
        operation: operation.to_string(),
    }))
}

/// Validates the options in upstream's order and builds the OCIRepository.
///
/// # Errors
/// `url is required`, `--tag, --tag-semver or --digest is required`, layer-selector errors,
/// label errors and the verification-provider errors.
pub fn oci_repository(opts: &OciOptions) -> Result<OCIRepository, CliError> {
    if opts.url.is_empty() {
        return Err(CliError::msg("url is required"));
    }
    if opts.semver.is_empty() && opts.tag.is_empty() && opts.digest.is_empty() {
        return Err(CliError::msg("--tag, --tag-semver or --digest is required"));
    }
    let layer_selector = layer_selector(&opts.layer_selector)?;
    let metadata = opts.common.metadata()?;
    // Every ref flag given is written; they are not exclusive.
    let reference = OCIRepositoryRef {
        digest: opts.digest.clone(),
        semver: opts.semver.clone(),
        tag: opts.tag.clone(),
        ..Default::default()
    };
    let verify = opts.verify.build(true)?;
    let spec = OCIRepositorySpec {
        provider: opts.provider.clone(),
        url: opts.url.clone(),
        interval: opts.common.interval,
        reference: Some(reference),
        ignore: ignore_paths(&opts.ignore_paths),
        insecure: opts.insecure,
        layer_selector,
        timeout: opts.common.timeout(),
        service_account_name: opts.service_account.clone(),
        secret_ref: local_ref(&opts.secret_ref),
        proxy_secret_ref: local_ref(&opts.proxy_secret_ref),
        cert_secret_ref: local_ref(&opts.cert_ref),
        verify,
        ..Default::default()
    };
    Ok(OCIRepository {
        api_version: API_VERSION.to_string(),
        kind: OCI_REPOSITORY_KIND.to_string(),
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

    fn base() -> OciOptions {
        OciOptions {
            common: SourceCommon::new("podinfo", "flux-system", GoDuration::from_secs(600)),
            url: "oci://ghcr.io/stefanprodan/manifests/podinfo".into(),
            tag: "6.3.5".into(),
            provider: "generic".into(),
            ..Default::default()
        }
    }

    fn err(o: &OciOptions) -> String {
        format!("{:#}", oci_repository(o).unwrap_err().0)
    }

    #[test]
    fn layer_selectors() {
        let mut o = base();
        o.layer_selector = "application/vnd.cncf.helm.chart.content.v1.tar+gzip:copy".into();
        let v = serde_json::to_value(oci_repository(&o).unwrap()).unwrap();
        assert_eq!(
            v["spec"]["layerSelector"],
            json!({"mediaType": "application/vnd.cncf.helm.chart.content.v1.tar+gzip", "operation": "copy"})
        );
        o.layer_selector = "x:move".into();
        assert_eq!(
            err(&o),
            "invalid --layer-selector \"x:move\": operation must be \"extract\" or \"copy\""
        );
        o.layer_selector = ":copy".into();
        assert_eq!(
            err(&o),
            "invalid --layer-selector \":copy\": must be in the format '<media-type>:<operation>'"
        );
    }

    #[test]
    fn verify_rules() {
        let mut o = base();
        o.verify.secret_ref = "cosign-pub".into();
        assert_eq!(
            err(&o),
            "a verification provider must be specified when a secret is specified"
        );
        o.verify.secret_ref = String::new();
        o.verify.subject = "developer".into();
        assert_eq!(
            err(&o),
            "a verification provider must be specified when OIDC issuer/subject is specified"
        );
        o.verify.provider = "cosign".into();
        let v = serde_json::to_value(oci_repository(&o).unwrap()).unwrap();
        assert_eq!(
            v["spec"]["verify"],
            json!({"provider": "cosign", "matchOIDCIdentity": [{"issuer": "", "subject": "developer"}]})
        );
    }

    #[test]
    fn all_refs_written() {
        let mut o = base();
        o.semver = ">=1.0.0".into();
        o.digest = "sha256:abc".into();
        let v = serde_json::to_value(oci_repository(&o).unwrap()).unwrap();
        assert_eq!(
            v["spec"]["ref"],
            json!({"digest": "sha256:abc", "semver": ">=1.0.0", "tag": "6.3.5"})
        );
        o.url = String::new();
        assert_eq!(err(&o), "url is required");
        let mut o = base();
        o.tag = String::new();
        assert_eq!(err(&o), "--tag, --tag-semver or --digest is required");
    }
}
