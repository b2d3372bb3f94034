//! Pure generators for `flux create source git|helm|oci|bucket|chart` (upstream
//! `cmd/flux/create_source_*.go`): resolved options in, typed source objects out, with
//! upstream's validation order and error texts. Also the value checks of the enumerated flags
//! only the source commands have (upstream `internal/flags`), as plain functions for the CLI's
//! value parsers; the shared ones are in `cmd/values.rs`.

pub mod bucket;
pub mod chart;
pub mod git;
pub mod helm;
pub mod oci;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;

use crate::cli::{FlagError, GoDuration, OneOf};
use crate::error::CliError;
use crate::kinds::meta::LocalObjectReference;
use crate::kinds::source::{OCIRepositoryVerification, OIDCIdentityMatch};
use crate::manifests::{SourceRef, SourceRefSpec, object_meta};

/// Git authentication providers accepted by `--provider` (source git).
pub const GIT_PROVIDERS: &[&str] = &["generic", "github", "aws", "azure"];
/// Bucket providers accepted by `--provider` (source bucket).
pub const BUCKET_PROVIDERS: &[&str] = &["generic", "aws", "azure", "gcp"];
/// Signature verification providers accepted by `--verify-provider`.
pub const VERIFY_PROVIDERS: &[&str] = &["cosign"];
/// Source kinds a HelmChart can reference.
pub const HELM_CHART_SOURCE_KINDS: &[&str] = &["HelmRepository", "GitRepository", "Bucket"];

/// `--provider` of `create source git` (`flags.SourceGitProvider`).
pub const GIT_PROVIDER: OneOf = OneOf {
    values: GIT_PROVIDERS,
    separator: "|",
    blank: "no source Git provider given, please specify the Git provider name",
    unsupported: "source Git provider '{value}' is not supported, must be one of: {list}",
};

/// `--provider` of `create source bucket` (`flags.SourceBucketProvider`).
pub const BUCKET_PROVIDER: OneOf = OneOf {
    values: BUCKET_PROVIDERS,
    separator: ", ",
    blank: "no source bucket provider given, please specify the S3 compatible storage provider name",
    unsupported: "source bucket provider '{value}' is not supported, must be one of: {list}",
};

/// `--verify-provider` of `create source oci|chart` (`flags.SourceOCIVerifyProvider`).
pub const VERIFY_PROVIDER: OneOf = OneOf {
    values: VERIFY_PROVIDERS,
    separator: "|",
    blank: "no source OCI verify provider given, please specify the OCI verify provider name to use for signature verification, available options are: ({list})",
    unsupported: "source OCI verify provider '{value}' is not supported, must be one of: {list}",
};

/// `--source` of `create source chart` (`flags.LocalHelmChartSource`): `<kind>/<name>`.
pub const CHART_SOURCE: SourceRefSpec = SourceRefSpec {
    kinds: HELM_CHART_SOURCE_KINDS,
    blank: "no helm chart source given, please specify source that contains the chart in the format '<kind>/<name>', where kind must be one of: ({list})",
    default_kind: None,
    namespaced: false,
};

/// Checks a `--provider` value of `create source git`.
pub fn git_provider(s: &str) -> Result<String, FlagError> {
    GIT_PROVIDER.check(s)
}

/// Checks a `--provider` value of `create source bucket`.
pub fn bucket_provider(s: &str) -> Result<String, FlagError> {
    BUCKET_PROVIDER.check(s)
}

/// Checks a `--verify-provider` value (source oci, source chart).
pub fn verify_provider(s: &str) -> Result<String, FlagError> {
    VERIFY_PROVIDER.check(s)
}

/// Parses `--source` of `create source chart` (kind matched case-insensitively).
pub fn chart_source(s: &str) -> Result<SourceRef, FlagError> {
    CHART_SOURCE.parse(s)
}

/// `--ignore-paths` entries joined with newlines, or nothing when none were given.
pub fn ignore_paths(values: &[String]) -> Option<String> {
    let values = crate::cli::pflag_slice(values.to_vec());
    (!values.is_empty()).then(|| values.join("\n"))
}

/// What every source generator takes from the name argument and the persistent flags of
/// `create` and `create source`.
#[derive(Debug, Clone, Default)]
pub struct SourceCommon {
    /// Object name.
    pub name: String,
    /// Object namespace.
    pub namespace: String,
    /// Raw `--label` entries.
    pub labels: Vec<String>,
    /// `--interval`.
    pub interval: GoDuration,
    /// `--fetch-timeout` (written when positive; `source chart` has no such field).
    pub fetch_timeout: GoDuration,
}

impl SourceCommon {
    /// Name, namespace and interval; no labels and no fetch timeout.
    pub fn new(name: &str, namespace: &str, interval: GoDuration) -> Self {
        Self {
            name: name.to_string(),
            namespace: namespace.to_string(),
            interval,
            ..Self::default()
        }
    }

    /// The object's `metadata`.
    ///
    /// # Errors
    /// The label messages of [`crate::manifests::parse_labels`].
    pub fn metadata(&self) -> Result<ObjectMeta, CliError> {
        object_meta(&self.name, &self.namespace, &self.labels)
    }

    /// The `timeout` field: `--fetch-timeout` when it is positive.
    pub fn timeout(&self) -> Option<GoDuration> {
        (self.fetch_timeout.as_nanos() > 0).then_some(self.fetch_timeout)
    }
}

/// A `LocalObjectReference` for a non-empty name.
pub fn local_ref(name: &str) -> Option<LocalObjectReference> {
    (!name.is_empty()).then(|| LocalObjectReference::new(name))
}

/// Signature verification flags shared by `source oci` and `source chart`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerifyOptions {
    /// `--verify-provider` (empty when not given).
    pub provider: String,
    /// `--verify-secret-ref`.
    pub secret_ref: String,
    /// `--verify-issuer`.
    pub issuer: String,
    /// `--verify-subject`.
    pub subject: String,
}

impl VerifyOptions {
    /// The `spec.verify` block. Without a provider, a secret or an identity is an error;
    /// `subject_needs_provider` is false for `source chart`, which (upstream) only checks the
    /// issuer and silently drops a lone subject.
    pub fn build(
        &self,
        subject_needs_provider: bool,
    ) -> Result<Option<OCIRepositoryVerification>, CliError> {
        if !self.provider.is_empty() {
            let mut verify = OCIRepositoryVerification {
                provider: self.provider.clone(),
                secret_ref: local_ref(&self.secret_ref),
                ..Default::default()
            };
            if !self.issuer.is_empty() || !self.subject.is_empty() {
                verify.match_oidc_identity = vec![OIDCIdentityMatch {
                    issuer: self.issuer.clone(),
                    subject: self.subject.clone(),
                }];
            }
            return Ok(Some(verify));
        }
        if !self.secret_ref.is_empty() {
            return Err(CliError::msg(
                "a verification provider must be specified when a secret is specified",
            ));
        }
        if !self.issuer.is_empty() || (subject_needs_provider && !self.subject.is_empty()) {
            return Err(CliError::msg(
                "a verification provider must be specified when OIDC issuer/subject is specified",
            ));
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enum_messages() {
        assert_eq!(
            git_provider("dummy").unwrap_err().to_string(),
            "source Git provider 'dummy' is not supported, must be one of: generic|github|aws|azure"
        );
        assert_eq!(
            git_provider("").unwrap_err().to_string(),
            "no source Git provider given, please specify the Git provider name"
        );
        assert_eq!(
            bucket_provider("x").unwrap_err().to_string(),
            "source bucket provider 'x' is not supported, must be one of: generic, aws, azure, gcp"
        );
        assert_eq!(
            verify_provider("foobar").unwrap_err().to_string(),
            "source OCI verify provider 'foobar' is not supported, must be one of: cosign"
        );
    }

    #[test]
    fn chart_sources() {
        assert_eq!(
            chart_source("helmrepository/podinfo").unwrap(),
            SourceRef {
                kind: "HelmRepository".into(),
                name: "podinfo".into(),
                namespace: String::new()
            }
        );
        assert_eq!(chart_source("GITREPOSITORY/a.b").unwrap().name, "a.b");
        assert_eq!(
            chart_source("foobar/podinfo").unwrap_err().to_string(),
            "source kind 'foobar' is not supported, must be one of: HelmRepository, GitRepository, Bucket"
        );
        assert_eq!(
            chart_source("podinfo").unwrap_err().to_string(),
            "invalid helm chart source 'podinfo', must be in format <kind>/<name>"
        );
        assert_eq!(
            chart_source("a/b/c").unwrap_err().to_string(),
            "invalid helm chart source 'a/b/c', must be in format <kind>/<name>"
        );
    }

    #[test]
    fn slices() {
        assert!(ignore_paths(&[String::new()]).is_none());
        assert_eq!(
            ignore_paths(&["a".into(), "b".into()]).as_deref(),
            Some("a\nb")
        );
    }
}
