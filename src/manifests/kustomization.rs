//! The `flux create kustomization` generator: resolved options → `Kustomization`, plus the
//! flag value types it shares with `create helmrelease` (source and dependency references, the
//! safe relative path). Mirrors upstream `cmd/flux/create_kustomization.go`,
//! `internal/flags/{kustomization_source,decryption_provider,safe_relative_path}.go` and
//! `internal/utils.MakeDependsOn` (v2.9.4).

use std::path::Path;

use crate::cli::{GoDuration, OneOf};
use crate::error::CliError;
use crate::kinds::kustomize::{
    CrossNamespaceSourceReference, Decryption, DependencyReference, KubeConfigReference,
    Kustomization, KustomizationSpec, LocalObjectReference, NamespacedObjectKindReference,
    SecretKeyReference,
};
use crate::manifests::{SourceRef, SourceRefSpec};
use crate::report::Reporter;

/// The source kinds a Kustomization can reference, in upstream's order.
pub const SOURCE_KINDS: &[&str] = &["OCIRepository", "GitRepository", "Bucket"];

/// `flags.KustomizationSource`: `[<kind>/]<name>[.<namespace>]`, kind defaulting to
/// `GitRepository`.
pub const KUSTOMIZATION_SOURCE: SourceRefSpec = SourceRefSpec {
    kinds: SOURCE_KINDS,
    blank: "no Kustomization source given, please specify source that contains the Kubernetes manifests in the format '[<kind>/]<name>.<namespace>', where kind must be one of: ({list}), if kind is not specified it defaults to GitRepository",
    default_kind: Some("GitRepository"),
    namespaced: true,
};

/// `flags.DecryptionProvider`.
pub const DECRYPTION_PROVIDER: OneOf = OneOf {
    values: &["sops"],
    separator: ", ",
    blank: "no decryption provider given, must be one of: {list}",
    unsupported: "unsupported decryption provider '{value}', must be one of: {list}",
};

/// `--kubeconfig-secret-ref` (Kustomization and HelmRelease): a reference to the secret's
/// default key, or nothing for an empty name.
pub fn kubeconfig_ref(secret_name: &str) -> Option<KubeConfigReference> {
    (!secret_name.is_empty()).then(|| KubeConfigReference {
        config_map_ref: None,
        secret_ref: Some(SecretKeyReference {
            name: secret_name.to_string(),
            key: String::new(),
        }),
    })
}

/// `utils.MakeDependsOn`: `<name>` or `<namespace>/<name>` entries; an `@<expr>` suffix is
/// accepted and dropped, as upstream does (artifacts-create.md §C.2 #14).
pub fn make_depends_on(deps: &[String]) -> Vec<DependencyReference> {
    deps.iter()
        .map(|dep| {
            let dep = dep.split_once('@').map_or(dep.as_str(), |(d, _)| d);
            let parts: Vec<&str> = dep.split('/').collect();
            let (namespace, name) = if parts.len() > 1 {
                (parts[0].to_string(), parts[1].to_string())
            } else {
                (String::new(), parts[0].to_string())
            };
            DependencyReference {
                name,
                namespace,
                ready_expr: String::new(),
            }
        })
        .collect()
}

const MAX_SYMLINKS: usize = 255;

/// `flags.SafeRelativePath.Set`: the path securely joined onto `root` (symlinks that exist
/// below `root` are followed, `..` never escapes it), always starting with `./`.
pub fn safe_relative_path(root: &Path, input: &str) -> String {
    let mut current: Vec<String> = Vec::new();
    let mut remaining = input.trim().to_string();
    let mut links = 0;
    while !remaining.is_empty() {
        let (part, rest) = match remaining.split_once('/') {
            Some((p, r)) => (p.to_string(), r.to_string()),
            None => (remaining.clone(), String::new()),
        };
        remaining = rest;
        let mut next = current.clone();
        match part.as_str() {
            "" | "." => continue,
            ".." => {
                next.pop();
            }
            p => next.push(p.to_string()),
        }
        if next.is_empty() {
            current = next;
            continue;
        }
        let full = root.join(next.join("/"));
        let is_link = std::fs::symlink_metadata(&full).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link || links >= MAX_SYMLINKS {
            current = next;
            continue;
        }
        links += 1;
        let Ok(dest) = std::fs::read_link(&full) else {
            current = next;
            continue;
        };
        let dest = dest.to_string_lossy().to_string();
        if dest.starts_with('/') {
            current.clear();
        }
        remaining = format!("{dest}/{remaining}");
    }
    format!("./{}", current.join("/"))
}

/// Everything `create kustomization` needs, resolved from its flags.
#[derive(Debug, Clone, Default)]
pub struct KustomizationOptions {
    /// Object name.
    pub name: String,
    /// Object namespace.
    pub namespace: String,
    /// `--label` entries, unparsed.
    pub labels: Vec<String>,
    /// `--interval`.
    pub interval: GoDuration,
    /// `--source` (None when not given).
    pub source: Option<SourceRef>,
    /// `--path`, already normalised by `safe_relative_path`.
    pub path: String,
    /// `--prune`.
    pub prune: bool,
    /// `--wait`.
    pub wait: bool,
    /// `--health-check` entries.
    pub health_checks: Vec<String>,
    /// `--health-check-timeout`.
    pub health_check_timeout: GoDuration,
    /// `--depends-on` entries.
    pub depends_on: Vec<String>,
    /// `--service-account`.
    pub service_account: String,
    /// `--decryption-provider`.
    pub decryption_provider: Option<String>,
    /// `--decryption-secret`.
    pub decryption_secret: String,
    /// `--target-namespace`.
    pub target_namespace: String,
    /// `--kubeconfig-secret-ref`.
    pub kubeconfig_secret_ref: String,
    /// `--retry-interval`.
    pub retry_interval: GoDuration,
}

const HEALTH_CHECK_KINDS: &[&str] = &["Deployment", "DaemonSet", "StatefulSet", "HelmRelease"];

/// Builds the Kustomization. `report` (given when not exporting) receives the
/// `generating Kustomization` line at the point upstream prints it.
///
/// # Errors
/// Upstream's texts: `path must begin with ./`, `source is required`, label errors and
/// health-check format errors.
pub fn build(
    opts: &KustomizationOptions,
    report: Option<&dyn Reporter>,
) -> Result<Kustomization, CliError> {
    if opts.path.is_empty() {
        return Err(CliError::msg("path is required"));
    }
    if !opts.path.starts_with("./") {
        return Err(CliError::msg("path must begin with ./"));
    }
    let Some(source) = &opts.source else {
        return Err(CliError::msg("source is required"));
    };
    if let Some(r) = report {
        r.generate("generating Kustomization");
    }
    let labels = super::parse_labels(&opts.labels)?;

    let mut spec = KustomizationSpec {
        depends_on: make_depends_on(&opts.depends_on),
        interval: opts.interval,
        path: opts.path.clone(),
        prune: opts.prune,
        source_ref: CrossNamespaceSourceReference {
            api_version: String::new(),
            kind: source.kind.clone(),
            name: source.name.clone(),
            namespace: source.namespace.clone(),
        },
        target_namespace: opts.target_namespace.clone(),
        ..Default::default()
    };

    spec.kube_config = kubeconfig_ref(&opts.kubeconfig_secret_ref);

    if !opts.health_checks.is_empty() && !opts.wait {
        let mut checks = Vec::new();
        for w in &opts.health_checks {
            let kind_obj: Vec<&str> = w.split('/').collect();
            if kind_obj.len() != 2 {
                return Err(CliError::msg(format!(
                    "invalid health check '{w}' must be in the format 'kind/name.namespace' [{}]",
                    kind_obj.join(" ")
                )));
            }
            let kind = kind_obj[0];
            if !HEALTH_CHECK_KINDS.contains(&kind) {
                return Err(CliError::msg(format!(
                    "invalid health check kind '{kind}' can be HelmRelease, Deployment, DaemonSet or StatefulSet"
                )));
            }
            let name_ns: Vec<&str> = kind_obj[1].split('.').collect();
            if name_ns.len() != 2 {
                return Err(CliError::msg(format!(
                    "invalid health check '{w}' must be in the format 'kind/name.namespace'"
                )));
            }
            let api_version = if kind == crate::kinds::helm::HELM_RELEASE_KIND {
                crate::kinds::helm::API_VERSION.to_string()
            } else {
                String::new()
            };
            checks.push(NamespacedObjectKindReference {
                api_version,
                kind: kind.to_string(),
                name: name_ns[0].to_string(),
                namespace: name_ns[1].to_string(),
            });
        }
        spec.health_checks = checks;
        spec.timeout = Some(opts.health_check_timeout);
    }

    if opts.wait {
        spec.wait = true;
        spec.timeout = Some(opts.health_check_timeout);
    }

    spec.service_account_name = opts.service_account.clone();

    if let Some(provider) = opts.decryption_provider.as_ref().filter(|p| !p.is_empty()) {
        spec.decryption = Some(Decryption {
            provider: provider.clone(),
            secret_ref: (!opts.decryption_secret.is_empty()).then(|| LocalObjectReference {
                name: opts.decryption_secret.clone(),
            }),
            service_account_name: String::new(),
        });
    }

    if opts.retry_interval.as_nanos() > 0 {
        spec.retry_interval = Some(opts.retry_interval);
    }

    let metadata = super::meta(&opts.name, &opts.namespace, labels);
    Ok(Kustomization::new(metadata, spec))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(s: &str) -> Result<String, String> {
        KUSTOMIZATION_SOURCE
            .parse(s)
            .map(|k| format!("{}/{}.{}", k.kind, k.name, k.namespace))
            .map_err(|e| e.0)
    }

    #[test]
    fn source_values() {
        assert_eq!(src("GitRepository/foo"), Ok("GitRepository/foo.".into()));
        assert_eq!(src("foo"), Ok("GitRepository/foo.".into()));
        assert_eq!(src("gitrepository/foo"), Ok("GitRepository/foo.".into()));
        assert_eq!(
            src("ocirepository/foo.bar"),
            Ok("OCIRepository/foo.bar".into())
        );
        assert_eq!(src("Bucket/a.b.c"), Ok("Bucket/a.b.c".into()));
        assert_eq!(
            src("Unsupported/kind"),
            Err("source kind 'Unsupported' is not supported, must be one of: OCIRepository, GitRepository, Bucket".into())
        );
        assert_eq!(
            src("GitRepository/"),
            Err("no name given for source of kind 'GitRepository'".into())
        );
        assert_eq!(
            src("GitRepository"),
            Err("no kind specified for source 'GitRepository'".into())
        );
        assert!(
            src(" ")
                .unwrap_err()
                .starts_with("no Kustomization source given, please specify source that contains")
        );
    }

    #[test]
    fn depends_on_forms() {
        let d = make_depends_on(&["a".into(), "ns/b".into(), "c@expr/x".into()]);
        assert_eq!(
            d[0],
            DependencyReference {
                name: "a".into(),
                ..Default::default()
            }
        );
        assert_eq!(
            d[1],
            DependencyReference {
                name: "b".into(),
                namespace: "ns".into(),
                ..Default::default()
            }
        );
        assert_eq!(d[2].name, "c");
    }

    #[test]
    fn relative_paths() {
        let dir = tempfile::tempdir().unwrap();
        let p = |s: &str| safe_relative_path(dir.path(), s);
        assert_eq!(p("./deploy"), "./deploy");
        assert_eq!(p(""), "./");
        assert_eq!(p("./"), "./");
        assert_eq!(p("../x"), "./x");
        assert_eq!(p("/abs/x"), "./abs/x");
        assert_eq!(p("a/../b"), "./b");
        assert_eq!(p(" a/b/ "), "./a/b");
        std::fs::create_dir(dir.path().join("real")).unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("real", dir.path().join("link")).unwrap();
            assert_eq!(p("link/x"), "./real/x");
            std::os::unix::fs::symlink("/etc", dir.path().join("abs")).unwrap();
            assert_eq!(p("abs/x"), "./etc/x");
        }
    }

    fn opts() -> KustomizationOptions {
        KustomizationOptions {
            name: "podinfo".into(),
            namespace: "flux-system".into(),
            interval: GoDuration::from_secs(300),
            source: Some(KUSTOMIZATION_SOURCE.parse("GitRepository/podinfo").unwrap()),
            path: "./kustomize".into(),
            health_check_timeout: GoDuration::from_secs(120),
            ..Default::default()
        }
    }

    #[test]
    fn health_check_errors() {
        let mut o = opts();
        o.health_checks = vec!["Deployment".into()];
        assert_eq!(
            build(&o, None).unwrap_err().0.to_string(),
            "invalid health check 'Deployment' must be in the format 'kind/name.namespace' [Deployment]"
        );
        o.health_checks = vec!["Pod/a.b".into()];
        assert_eq!(
            build(&o, None).unwrap_err().0.to_string(),
            "invalid health check kind 'Pod' can be HelmRelease, Deployment, DaemonSet or StatefulSet"
        );
        o.health_checks = vec!["Deployment/a".into()];
        assert_eq!(
            build(&o, None).unwrap_err().0.to_string(),
            "invalid health check 'Deployment/a' must be in the format 'kind/name.namespace'"
        );
        // --wait skips health checks entirely.
        o.wait = true;
        let ks = build(&o, None).unwrap();
        assert!(ks.spec.health_checks.is_empty());
        assert!(ks.spec.wait);
        assert_eq!(ks.spec.timeout, Some(GoDuration::from_secs(120)));
    }

    #[test]
    fn spec_fields() {
        let mut o = opts();
        o.health_checks = vec![
            "Deployment/podinfo.default".into(),
            "HelmRelease/x.y".into(),
        ];
        o.prune = true;
        o.decryption_secret = "ignored".into();
        o.retry_interval = GoDuration::from_secs(60);
        let ks = build(&o, None).unwrap();
        let v = serde_json::to_value(&ks).unwrap();
        assert_eq!(
            v["spec"],
            serde_json::json!({
                "healthChecks": [
                    {"kind": "Deployment", "name": "podinfo", "namespace": "default"},
                    {"apiVersion": "helm.toolkit.fluxcd.io/v2", "kind": "HelmRelease", "name": "x", "namespace": "y"}
                ],
                "interval": "5m0s", "path": "./kustomize", "prune": true, "retryInterval": "1m0s",
                "sourceRef": {"kind": "GitRepository", "name": "podinfo"}, "timeout": "2m0s"
            })
        );
        assert!(
            build(
                &KustomizationOptions {
                    source: None,
                    ..opts()
                },
                None
            )
            .is_err_and(|e| e.0.to_string() == "source is required")
        );
    }
}
