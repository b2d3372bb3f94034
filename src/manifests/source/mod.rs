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

use std::collections::BTreeMap;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;

use crate::error::CliError;
use crate::kinds::meta::LocalObjectReference;
use crate::kinds::source::{OCIRepositoryVerification, OIDCIdentityMatch};

/// The rejection of an enumerated flag value; its text is upstream's message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct FlagValueError(pub String);

fn flag_err(msg: impl Into<String>) -> FlagValueError {
    FlagValueError(msg.into())
}

/// Git authentication providers accepted by `--provider` (source git).
pub const GIT_PROVIDERS: &[&str] = &["generic", "github", "aws", "azure"];
/// Bucket providers accepted by `--provider` (source bucket).
pub const BUCKET_PROVIDERS: &[&str] = &["generic", "aws", "azure", "gcp"];
/// Signature verification providers accepted by `--verify-provider`.
pub const VERIFY_PROVIDERS: &[&str] = &["cosign"];
/// Source kinds a HelmChart can reference.
pub const HELM_CHART_SOURCE_KINDS: &[&str] = &["HelmRepository", "GitRepository", "Bucket"];

/// Checks a `--provider` value of `create source git`.
pub fn git_provider(s: &str) -> Result<String, FlagValueError> {
    if s.trim().is_empty() {
        return Err(flag_err(
            "no source Git provider given, please specify the Git provider name",
        ));
    }
    if !GIT_PROVIDERS.contains(&s) {
        return Err(flag_err(format!(
            "source Git provider '{s}' is not supported, must be one of: {}",
            GIT_PROVIDERS.join("|")
        )));
    }
    Ok(s.to_string())
}

/// Checks a `--provider` value of `create source bucket`.
pub fn bucket_provider(s: &str) -> Result<String, FlagValueError> {
    if s.trim().is_empty() {
        return Err(flag_err(
            "no source bucket provider given, please specify the S3 compatible storage provider name",
        ));
    }
    if !BUCKET_PROVIDERS.contains(&s) {
        return Err(flag_err(format!(
            "source bucket provider '{s}' is not supported, must be one of: {}",
            BUCKET_PROVIDERS.join(", ")
        )));
    }
    Ok(s.to_string())
}

/// Checks a `--verify-provider` value (source oci, source chart).
pub fn verify_provider(s: &str) -> Result<String, FlagValueError> {
    if s.trim().is_empty() {
        return Err(flag_err(format!(
            "no source OCI verify provider given, please specify the OCI verify provider name to use for signature verification, available options are: ({})",
            VERIFY_PROVIDERS.join("|")
        )));
    }
    if !VERIFY_PROVIDERS.contains(&s) {
        return Err(flag_err(format!(
            "source OCI verify provider '{s}' is not supported, must be one of: {}",
            VERIFY_PROVIDERS.join("|")
        )));
    }
    Ok(s.to_string())
}

/// A `--source <kind>/<name>` value of `create source chart`, kind in its canonical spelling.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChartSource {
    /// `HelmRepository`, `GitRepository` or `Bucket`.
    pub kind: String,
    /// Name of the source.
    pub name: String,
}

/// Parses `--source` of `create source chart` (kind matched case-insensitively).
pub fn chart_source(s: &str) -> Result<ChartSource, FlagValueError> {
    if s.trim().is_empty() {
        return Err(flag_err(format!(
            "no helm chart source given, please specify source that contains the chart in the format '<kind>/<name>', where kind must be one of: ({})",
            HELM_CHART_SOURCE_KINDS.join(", ")
        )));
    }
    let parts: Vec<&str> = s.split('/').collect();
    let (kind, name) = match parts.as_slice() {
        [kind, name] => (*kind, *name),
        _ => ("", s),
    };
    if kind.is_empty() || name.is_empty() {
        return Err(flag_err(format!(
            "invalid helm chart source '{s}', must be in format <kind>/<name>"
        )));
    }
    let Some(canonical) = HELM_CHART_SOURCE_KINDS
        .iter()
        .find(|k| k.eq_ignore_ascii_case(kind))
    else {
        return Err(flag_err(format!(
            "source kind '{kind}' is not supported, must be one of: {}",
            HELM_CHART_SOURCE_KINDS.join(", ")
        )));
    };
    Ok(ChartSource {
        kind: (*canonical).to_string(),
        name: name.to_string(),
    })
}

/// `--ignore-paths` entries joined with newlines, or nothing when none were given.
pub fn ignore_paths(values: &[String]) -> Option<String> {
    let values = crate::cli::pflag_slice(values.to_vec());
    (!values.is_empty()).then(|| values.join("\n"))
}

/// The `metadata` of a generated object: name, namespace and the parsed `--label`s.
pub fn object_meta(name: &str, namespace: &str, labels: &[String]) -> Result<ObjectMeta, CliError> {
    let labels: BTreeMap<String, String> =
        crate::manifests::parse_labels(&crate::cli::pflag_slice(labels.to_vec()))?;
    Ok(ObjectMeta {
        name: Some(name.to_string()),
        namespace: Some(namespace.to_string()),
        labels: (!labels.is_empty()).then_some(labels),
        ..Default::default()
    })
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
            ChartSource {
                kind: "HelmRepository".into(),
                name: "podinfo".into()
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
