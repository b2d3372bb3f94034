//! The `flux create tenant` generator: per namespace a `Namespace`, a `ServiceAccount` and a
//! `RoleBinding`, and their `--export` text. Mirrors upstream `cmd/flux/create_tenant.go` (v2.9.4).

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::{Namespace, ServiceAccount};
use k8s_openapi::api::rbac::v1::{RoleBinding, RoleRef, Subject};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;

use crate::error::CliError;

/// The label that marks every tenant object.
pub const TENANT_LABEL: &str = "toolkit.fluxcd.io/tenant";

const RBAC_GROUP: &str = "rbac.authorization.k8s.io";

/// Everything `create tenant` needs, resolved from its flags.
#[derive(Debug, Clone, Default)]
pub struct TenantOptions {
    /// The tenant name.
    pub tenant: String,
    /// `--with-namespace` values; `None` when the flag was never given.
    pub namespaces: Option<Vec<String>>,
    /// `--cluster-role`.
    pub cluster_role: String,
    /// `--with-service-account` (empty: the tenant name).
    pub service_account: String,
    /// `--skip-namespace`.
    pub skip_namespace: bool,
    /// `--label` entries, unparsed.
    pub labels: Vec<String>,
}

/// The objects generated for one tenant namespace.
#[derive(Debug, Clone, PartialEq)]
pub struct TenantNamespace {
    /// The namespace (None with `--skip-namespace`).
    pub namespace: Option<Namespace>,
    /// The tenant's service account in it.
    pub service_account: ServiceAccount,
    /// The reconciler role binding in it.
    pub role_binding: RoleBinding,
}

fn go_list(errs: &[String]) -> String {
    format!("[{}]", errs.join(" "))
}

/// Builds the tenant objects, one entry per namespace in flag order.
///
/// # Errors
/// Upstream's texts (artifacts-create.md §B.1): invalid tenant name, `cluster-role is required`,
/// `with-namespace is required`, invalid namespace, label errors, invalid service-account name.
pub fn build(opts: &TenantOptions) -> Result<Vec<TenantNamespace>, CliError> {
    let tenant = &opts.tenant;
    let errs = super::qualified_name_errors(tenant);
    if !errs.is_empty() {
        return Err(CliError::msg(format!(
            "invalid tenant name '{tenant}': {}",
            go_list(&errs)
        )));
    }
    if opts.cluster_role.is_empty() {
        return Err(CliError::msg("cluster-role is required"));
    }
    let Some(namespaces) = &opts.namespaces else {
        return Err(CliError::msg("with-namespace is required"));
    };
    let sa_name = if opts.service_account.is_empty() {
        tenant
    } else {
        &opts.service_account
    };

    let mut out = Vec::new();
    for ns in namespaces {
        let errs = super::qualified_name_errors(ns);
        if !errs.is_empty() {
            return Err(CliError::msg(format!(
                "invalid namespace '{ns}': {}",
                go_list(&errs)
            )));
        }
        let mut labels: BTreeMap<String, String> = super::parse_labels(&opts.labels)?;
        labels.insert(TENANT_LABEL.to_string(), tenant.clone());
        let errs = super::qualified_name_errors(sa_name);
        if !errs.is_empty() {
            return Err(CliError::msg(format!(
                "invalid service-account name '{sa_name}': {}",
                go_list(&errs)
            )));
        }

        let namespace = (!opts.skip_namespace).then(|| Namespace {
            metadata: ObjectMeta {
                name: Some(ns.clone()),
                labels: Some(labels.clone()),
                ..Default::default()
            },
            ..Default::default()
        });
        let service_account = ServiceAccount {
            metadata: ObjectMeta {
                name: Some(sa_name.clone()),
                namespace: Some(ns.clone()),
                labels: Some(labels.clone()),
                ..Default::default()
            },
            ..Default::default()
        };
        let role_binding = RoleBinding {
            metadata: ObjectMeta {
                name: Some(format!("{tenant}-reconciler")),
                namespace: Some(ns.clone()),
                labels: Some(labels),
                ..Default::default()
            },
            role_ref: RoleRef {
                api_group: RBAC_GROUP.to_string(),
                kind: "ClusterRole".to_string(),
                name: opts.cluster_role.clone(),
            },
            subjects: Some(vec![
                Subject {
                    api_group: Some(RBAC_GROUP.to_string()),
                    kind: "User".to_string(),
                    name: format!("gotk:{ns}:reconciler"),
                    namespace: None,
                },
                Subject {
                    api_group: None,
                    kind: "ServiceAccount".to_string(),
                    name: sa_name.clone(),
                    namespace: Some(ns.clone()),
                },
            ]),
        };
        out.push(TenantNamespace {
            namespace,
            service_account,
            role_binding,
        });
    }
    Ok(out)
}

/// The `--export` text: for each namespace its Namespace (unless skipped), ServiceAccount and
/// RoleBinding, each a `---` document (artifacts-create.md §B.0.3, §B.1).
///
/// # Errors
/// Serialisation failures only.
pub fn export(objects: &[TenantNamespace]) -> Result<String, CliError> {
    let mut out = String::new();
    for o in objects {
        if let Some(ns) = &o.namespace {
            // Upstream also drops the Namespace's `spec: {}`, which is never written here.
            out.push_str(&super::export_yaml(ns)?);
        }
        out.push_str(&super::export_yaml(&o.service_account)?);
        out.push_str(&super::export_yaml(&o.role_binding)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> TenantOptions {
        TenantOptions {
            tenant: "dev-team".into(),
            namespaces: Some(vec!["apps".into()]),
            cluster_role: "cluster-admin".into(),
            ..Default::default()
        }
    }

    fn err(o: &TenantOptions) -> String {
        build(o).unwrap_err().0.to_string()
    }

    #[test]
    fn errors() {
        assert_eq!(
            err(&TenantOptions {
                cluster_role: String::new(),
                ..opts()
            }),
            "cluster-role is required"
        );
        assert_eq!(
            err(&TenantOptions {
                namespaces: None,
                ..opts()
            }),
            "with-namespace is required"
        );
        assert!(
            err(&TenantOptions {
                namespaces: Some(vec!["-x".into()]),
                ..opts()
            })
            .starts_with("invalid namespace '-x': [name part must consist of alphanumeric")
        );
        assert!(
            err(&TenantOptions {
                service_account: "a/b/c".into(),
                ..opts()
            })
            .starts_with("invalid service-account name 'a/b/c': [a qualified name must consist")
        );
        assert!(
            err(&TenantOptions {
                labels: vec!["x".into()],
                ..opts()
            })
            .starts_with("invalid label format 'x'")
        );
        // An explicitly empty --with-namespace generates nothing (artifacts-create.md §C.2 #21).
        assert!(
            build(&TenantOptions {
                namespaces: Some(vec![]),
                ..opts()
            })
            .unwrap()
            .is_empty()
        );
    }

    #[test]
    fn objects() {
        let o = TenantOptions {
            namespaces: Some(vec!["a1".into(), "b1".into()]),
            labels: vec!["toolkit.fluxcd.io/tenant=other".into(), "env=dev".into()],
            skip_namespace: true,
            ..opts()
        };
        let objs = build(&o).unwrap();
        assert_eq!(objs.len(), 2);
        assert!(objs[0].namespace.is_none());
        let v = serde_json::to_value(&objs[1].role_binding).unwrap();
        assert_eq!(
            v["metadata"]["labels"],
            serde_json::json!({"env": "dev", "toolkit.fluxcd.io/tenant": "dev-team"})
        );
        assert_eq!(v["subjects"][0]["name"], "gotk:b1:reconciler");
        assert_eq!(
            v["subjects"][1],
            serde_json::json!({"kind": "ServiceAccount", "name": "dev-team", "namespace": "b1"})
        );
        assert_eq!(v["apiVersion"], "rbac.authorization.k8s.io/v1");
    }
}
