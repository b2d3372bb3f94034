//! Pure builders for `flux create alert|alert-provider|receiver --export`: resolved options in,
//! typed `notification.toolkit.fluxcd.io` objects out, with upstream's validation order and
//! error texts (upstream `cmd/flux/create_alert.go`, `create_alertprovider.go`,
//! `create_receiver.go`, v2.9.4).

use crate::cli::OneOf;
use crate::error::CliError;
use crate::kinds::notification::{
    ALERT_KIND, API_VERSION_V1, API_VERSION_V1BETA3, Alert, AlertSpec,
    CrossNamespaceObjectReference, LocalObjectReference, PROVIDER_KIND, Provider, ProviderSpec,
    RECEIVER_KIND, Receiver, ReceiverResource, ReceiverSpec,
};
use crate::manifests::{
    object_meta, parse_object_kind_name as parse_kind_name,
    parse_object_kind_name_namespace as parse_kind_name_namespace,
};

/// The receiver types `--type` accepts (notification-controller v1, flux's `flags.ReceiverType`).
pub const RECEIVER_TYPES: &[&str] = &[
    "generic",
    "generic-hmac",
    "github",
    "gitlab",
    "bitbucket",
    "harbor",
    "dockerhub",
    "quay",
    "gcr",
    "nexus",
    "acr",
    "cdevents",
];

/// `flags.ReceiverType`: the `--type` of `create receiver` and `create secret receiver` (§B.0.6).
pub const RECEIVER_TYPE: OneOf = OneOf {
    values: RECEIVER_TYPES,
    separator: ", ",
    blank: "no receiver type given, please specify the receiver type",
    unsupported: "receiver type '{value}' is not supported, must be one of: {list}",
};

/// The `--type` value parser of `create receiver` and `create secret receiver`.
pub fn parse_receiver_type(s: &str) -> Result<String, String> {
    RECEIVER_TYPE.check(s).map_err(|e| e.0)
}

/// Resolved options of `flux create alert`.
#[derive(Debug, Clone, Default)]
pub struct AlertOptions {
    /// Object name.
    pub name: String,
    /// Object namespace.
    pub namespace: String,
    /// `--label` entries, unparsed.
    pub labels: Vec<String>,
    /// `--provider-ref`.
    pub provider_ref: String,
    /// `--event-severity`.
    pub event_severity: String,
    /// `--event-source` entries.
    pub event_sources: Vec<String>,
}

/// Builds the `Alert`.
///
/// # Errors
/// `provider ref is required`, `invalid event source '<v>', must be in format <kind>/<name>`,
/// `at least one event source is required`, label errors.
pub fn alert(opts: &AlertOptions) -> Result<Alert, CliError> {
    if opts.provider_ref.is_empty() {
        return Err(CliError::msg("provider ref is required"));
    }
    let mut sources = Vec::new();
    for source in &opts.event_sources {
        let (kind, name, namespace) = parse_kind_name_namespace(source);
        if kind.is_empty() {
            return Err(CliError::msg(format!(
                "invalid event source '{source}', must be in format <kind>/<name>"
            )));
        }
        sources.push(CrossNamespaceObjectReference {
            kind: kind.to_string(),
            name: name.to_string(),
            namespace: namespace.to_string(),
            ..CrossNamespaceObjectReference::default()
        });
    }
    if sources.is_empty() {
        return Err(CliError::msg("at least one event source is required"));
    }
    let metadata = object_meta(&opts.name, &opts.namespace, &opts.labels)?;
    Ok(Alert {
        api_version: API_VERSION_V1BETA3.to_string(),
        kind: ALERT_KIND.to_string(),
        metadata,
        spec: AlertSpec {
            provider_ref: LocalObjectReference {
                name: opts.provider_ref.clone(),
            },
            event_severity: opts.event_severity.clone(),
            event_sources: sources,
            ..AlertSpec::default()
        },
    })
}

/// Resolved options of `flux create alert-provider`.
#[derive(Debug, Clone, Default)]
pub struct ProviderOptions {
    /// Object name.
    pub name: String,
    /// Object namespace.
    pub namespace: String,
    /// `--label` entries, unparsed.
    pub labels: Vec<String>,
    /// `--type`.
    pub type_: String,
    /// `--channel`.
    pub channel: String,
    /// `--username`.
    pub username: String,
    /// `--address`.
    pub address: String,
    /// `--secret-ref`.
    pub secret_ref: String,
}

/// Builds the `Provider`.
///
/// # Errors
/// `Provider type is required`, label errors.
pub fn provider(opts: &ProviderOptions) -> Result<Provider, CliError> {
    if opts.type_.is_empty() {
        return Err(CliError::msg("Provider type is required"));
    }
    let metadata = object_meta(&opts.name, &opts.namespace, &opts.labels)?;
    Ok(Provider {
        api_version: API_VERSION_V1BETA3.to_string(),
        kind: PROVIDER_KIND.to_string(),
        metadata,
        spec: ProviderSpec {
            type_: opts.type_.clone(),
            channel: opts.channel.clone(),
            username: opts.username.clone(),
            address: opts.address.clone(),
            secret_ref: (!opts.secret_ref.is_empty()).then(|| LocalObjectReference {
                name: opts.secret_ref.clone(),
            }),
            ..ProviderSpec::default()
        },
    })
}

/// Resolved options of `flux create receiver`.
#[derive(Debug, Clone, Default)]
pub struct ReceiverOptions {
    /// Object name.
    pub name: String,
    /// Object namespace.
    pub namespace: String,
    /// `--label` entries, unparsed.
    pub labels: Vec<String>,
    /// `--type` (already checked against the supported list by the flag parser).
    pub type_: String,
    /// `--secret-ref`.
    pub secret_ref: String,
    /// `--event` entries.
    pub events: Vec<String>,
    /// `--resource` entries.
    pub resources: Vec<String>,
}

/// Builds the `Receiver`.
///
/// # Errors
/// `Receiver type is required`, `secret ref is required`,
/// `invalid event source '<v>', must be in format <kind>/<name>` (sic, for `--resource`),
/// `atleast one resource is required` (sic), label errors.
pub fn receiver(opts: &ReceiverOptions) -> Result<Receiver, CliError> {
    if opts.type_.is_empty() {
        return Err(CliError::msg("Receiver type is required"));
    }
    if opts.secret_ref.is_empty() {
        return Err(CliError::msg("secret ref is required"));
    }
    let mut resources = Vec::new();
    for resource in &opts.resources {
        let (kind, name) = parse_kind_name(resource);
        if kind.is_empty() {
            return Err(CliError::msg(format!(
                "invalid event source '{resource}', must be in format <kind>/<name>"
            )));
        }
        resources.push(ReceiverResource {
            kind: kind.to_string(),
            name: name.to_string(),
            ..ReceiverResource::default()
        });
    }
    if resources.is_empty() {
        return Err(CliError::msg("atleast one resource is required"));
    }
    let metadata = object_meta(&opts.name, &opts.namespace, &opts.labels)?;
    Ok(Receiver {
        api_version: API_VERSION_V1.to_string(),
        kind: RECEIVER_KIND.to_string(),
        metadata,
        spec: ReceiverSpec {
            type_: opts.type_.clone(),
            events: opts.events.clone(),
            resources,
            secret_ref: Some(LocalObjectReference {
                name: opts.secret_ref.clone(),
            }),
            ..ReceiverSpec::default()
        },
        status: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_name_namespace() {
        assert_eq!(
            parse_kind_name_namespace("Kustomization/flux-system"),
            ("Kustomization", "flux-system", "")
        );
        assert_eq!(
            parse_kind_name_namespace("GitRepository/*.apps"),
            ("GitRepository", "*", "apps")
        );
        assert_eq!(
            parse_kind_name_namespace("HelmRelease/a.b.c"),
            ("HelmRelease", "a.b", "c")
        );
        assert_eq!(parse_kind_name_namespace("podinfo"), ("", "podinfo", ""));
        assert_eq!(parse_kind_name_namespace("a/b/c"), ("", "a/b/c", ""));
        assert_eq!(
            parse_kind_name("GitRepository/web.app"),
            ("GitRepository", "web.app")
        );
    }

    #[test]
    fn alert_errors() {
        let base = AlertOptions {
            name: "a".into(),
            namespace: "ns".into(),
            ..AlertOptions::default()
        };
        let e = |o: AlertOptions| format!("{:#}", alert(&o).unwrap_err().0);
        assert_eq!(e(base.clone()), "provider ref is required");
        let base = AlertOptions {
            provider_ref: "slack".into(),
            ..base
        };
        assert_eq!(e(base.clone()), "at least one event source is required");
        assert_eq!(
            e(AlertOptions {
                event_sources: vec!["flux-system".into()],
                ..base
            }),
            "invalid event source 'flux-system', must be in format <kind>/<name>"
        );
    }
}
