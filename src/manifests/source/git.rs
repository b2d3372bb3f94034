//! The GitRepository generator of `flux create source git` (upstream
//! `cmd/flux/create_source_git.go`). Credential flags only matter when applying; the export
//! object never carries a generated secret.

use crate::cli::pflag_slice;
use crate::error::CliError;
use crate::kinds::source::{
    API_VERSION, GIT_REPOSITORY_KIND, GitRepository, GitRepositoryRef, GitRepositorySpec,
};
use crate::manifests::gourl;
use crate::manifests::source::{SourceCommon, ignore_paths, local_ref};

/// Resolved options of `flux create source git`.
#[derive(Debug, Clone, Default)]
pub struct GitOptions {
    /// Name, namespace, labels, interval and fetch timeout.
    pub common: SourceCommon,
    /// `--url`.
    pub url: String,
    /// `--branch`.
    pub branch: String,
    /// `--tag`.
    pub tag: String,
    /// `--tag-semver`.
    pub semver: String,
    /// `--ref-name`.
    pub ref_name: String,
    /// `--commit`.
    pub commit: String,
    /// `--secret-ref`.
    pub secret_ref: String,
    /// `--proxy-secret-ref`.
    pub proxy_secret_ref: String,
    /// `--provider` (empty when not given).
    pub provider: String,
    /// `--ca-file`.
    pub ca_file: String,
    /// `--recurse-submodules`.
    pub recurse_submodules: bool,
    /// `--ignore-paths`.
    pub ignore_paths: Vec<String>,
    /// `--sparse-checkout-paths`.
    pub sparse_checkout_paths: Vec<String>,
}

/// The checked URL's scheme (`ssh`, `http` or `https`) and host, for the apply path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GitTarget {
    /// Lower-cased scheme.
    pub scheme: String,
    /// Host and port.
    pub host: String,
}

/// Validates the options in upstream's order and builds the GitRepository.
///
/// # Errors
/// `url is required`, `git URL parse failed: …`, the scheme and ref messages, the CA-over-SSH
/// message and label errors, worded as upstream.
pub fn git_repository(opts: &GitOptions) -> Result<(GitRepository, GitTarget), CliError> {
    if opts.url.is_empty() {
        return Err(CliError::msg("url is required"));
    }
    let url =
        gourl::parse(&opts.url).map_err(|e| CliError::msg(format!("git URL parse failed: {e}")))?;
    if !matches!(url.scheme.as_str(), "ssh" | "http" | "https") {
        return Err(CliError::msg(format!(
            "git URL scheme '{}' not supported, can be: ssh, http and https",
            url.scheme
        )));
    }
    if opts.branch.is_empty()
        && opts.tag.is_empty()
        && opts.semver.is_empty()
        && opts.commit.is_empty()
        && opts.ref_name.is_empty()
    {
        return Err(CliError::msg(
            "a Git ref is required, use one of the following: --branch, --tag, --commit, --ref-name or --tag-semver",
        ));
    }
    if !opts.ca_file.is_empty() && url.scheme == "ssh" {
        return Err(CliError::msg(
            "specifying a CA file is not supported for Git over SSH",
        ));
    }
    let metadata = opts.common.metadata()?;

    // Only one ref field is taken, in this precedence; the others are dropped.
    let mut reference = GitRepositoryRef::default();
    if !opts.commit.is_empty() {
        reference.commit = opts.commit.clone();
        reference.branch = opts.branch.clone();
    } else if !opts.ref_name.is_empty() {
        reference.name = opts.ref_name.clone();
    } else if !opts.semver.is_empty() {
        reference.semver = opts.semver.clone();
    } else if !opts.tag.is_empty() {
        reference.tag = opts.tag.clone();
    } else {
        reference.branch = opts.branch.clone();
    }

    let spec = GitRepositorySpec {
        url: opts.url.clone(),
        interval: opts.common.interval,
        timeout: opts.common.timeout(),
        reference: Some(reference),
        recurse_submodules: opts.recurse_submodules,
        ignore: ignore_paths(&opts.ignore_paths),
        sparse_checkout: pflag_slice(opts.sparse_checkout_paths.clone()),
        provider: opts.provider.clone(),
        secret_ref: local_ref(&opts.secret_ref),
        proxy_secret_ref: local_ref(&opts.proxy_secret_ref),
        ..Default::default()
    };
    let repo = GitRepository {
        api_version: API_VERSION.to_string(),
        kind: GIT_REPOSITORY_KIND.to_string(),
        metadata,
        spec,
        status: None,
    };
    Ok((
        repo,
        GitTarget {
            scheme: url.scheme,
            host: url.host,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::GoDuration;
    use serde_json::json;

    fn base() -> GitOptions {
        GitOptions {
            common: SourceCommon::new("podinfo", "flux-system", GoDuration::from_secs(60)),
            url: "https://github.com/stefanprodan/podinfo".into(),
            ..Default::default()
        }
    }

    fn err(opts: &GitOptions) -> String {
        format!("{:#}", git_repository(opts).unwrap_err().0)
    }

    #[test]
    fn ref_precedence() {
        let mut o = base();
        o.branch = "main".into();
        o.tag = "6.3.5".into();
        let (r, _) = git_repository(&o).unwrap();
        assert_eq!(
            serde_json::to_value(&r.spec.reference).unwrap(),
            json!({"tag": "6.3.5"})
        );
        o.commit = "c88a2f41".into();
        let (r, _) = git_repository(&o).unwrap();
        assert_eq!(
            serde_json::to_value(&r.spec.reference).unwrap(),
            json!({"branch": "main", "commit": "c88a2f41"})
        );
    }

    #[test]
    fn errors_in_order() {
        let mut o = base();
        o.url = String::new();
        assert_eq!(err(&o), "url is required");
        o.url = "git@github.com:org/repo".into();
        assert_eq!(
            err(&o),
            "git URL parse failed: parse \"git@github.com:org/repo\": first path segment in URL cannot contain colon"
        );
        o.url = "git://github.com/org/repo".into();
        assert_eq!(
            err(&o),
            "git URL scheme 'git' not supported, can be: ssh, http and https"
        );
        o.url = "ssh://git@github.com/org/repo".into();
        assert!(err(&o).starts_with("a Git ref is required"));
        o.branch = "main".into();
        o.ca_file = "ca.crt".into();
        assert_eq!(
            err(&o),
            "specifying a CA file is not supported for Git over SSH"
        );
        o.ca_file = String::new();
        o.common.labels = vec!["bad".into()];
        assert_eq!(err(&o), "invalid label format 'bad', must be key=value");
    }

    #[test]
    fn optional_fields() {
        let mut o = base();
        o.branch = "main".into();
        o.common.fetch_timeout = GoDuration::from_secs(30);
        o.provider = "azure".into();
        o.proxy_secret_ref = "proxy".into();
        o.recurse_submodules = true;
        o.common.labels = vec!["team=a".into()];
        let (r, t) = git_repository(&o).unwrap();
        assert_eq!(t.scheme, "https");
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(v["spec"]["timeout"], "30s");
        assert_eq!(v["spec"]["proxySecretRef"], json!({"name": "proxy"}));
        assert_eq!(v["spec"]["recurseSubmodules"], true);
        assert_eq!(v["metadata"]["labels"], json!({"team": "a"}));
    }
}
