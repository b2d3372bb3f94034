//! Markers of the notification-controller CRDs: Alert and Provider (`v1beta3`), Receiver (`v1`).

use serde_json::json;

use super::markers::{DURATION, DURATION_NO_HOURS, Schema, status_default};
use super::schema_of;
use crate::kinds::notification;

/// The kinds a `CrossNamespaceObjectReference` may name.
const EVENT_SOURCE_KINDS: &[&str] = &[
    "Bucket",
    "GitRepository",
    "Kustomization",
    "HelmRelease",
    "HelmChart",
    "HelmRepository",
    "ImageRepository",
    "ImagePolicy",
    "ImageUpdateAutomation",
    "OCIRepository",
    "ArtifactGenerator",
    "ExternalArtifact",
];

/// `v1.CrossNamespaceObjectReference` at `path` (`.spec.eventSources[]`, `.spec.resources[]`).
fn object_reference(s: &mut Schema, path: &str) {
    s.enumeration(&format!("{path}.kind"), EVENT_SOURCE_KINDS)
        .length(&format!("{path}.name"), 1, 253)
        .length(&format!("{path}.namespace"), 1, 253);
}

pub(super) fn alert() -> Schema {
    let mut s = schema_of::<notification::Alert>();
    object_reference(&mut s, ".spec.eventSources[]");
    s.enumeration(".spec.eventSeverity", &["info", "error"])
        .default(".spec.eventSeverity", json!("info"))
        .length(".spec.summary", 0, 255);
    s
}

/// The provider types of notification-controller v1.9.
const PROVIDER_TYPES: &[&str] = &[
    "slack",
    "discord",
    "msteams",
    "rocket",
    "generic",
    "generic-hmac",
    "github",
    "gitlab",
    "gitea",
    "giteapullrequestcomment",
    "bitbucketserver",
    "bitbucket",
    "azuredevops",
    "googlechat",
    "googlepubsub",
    "webex",
    "sentry",
    "azureeventhub",
    "telegram",
    "lark",
    "matrix",
    "opsgenie",
    "alertmanager",
    "grafana",
    "githubdispatch",
    "githubpullrequestcomment",
    "gitlabmergerequestcomment",
    "pagerduty",
    "datadog",
    "nats",
    "zulip",
    "otel",
];

pub(super) fn provider() -> Schema {
    let mut s = schema_of::<notification::Provider>();
    s.cel(
        ".spec",
        &[(
            "self.type == 'github' || self.type == 'gitlab' || self.type == 'gitea' || self.type == 'bitbucketserver' || self.type == 'bitbucket' || self.type == 'azuredevops' || !has(self.commitStatusExpr)",
            "spec.commitStatusExpr is only supported for the 'github', 'gitlab', 'gitea', 'bitbucketserver', 'bitbucket', 'azuredevops' provider types",
        )],
    )
    .each(
        &[".spec.address", ".spec.channel", ".spec.username"],
        |s, p| {
            s.length(p, 0, 2048);
        },
    )
    .pattern(".spec.interval", DURATION)
    .pattern(".spec.proxy", r"^(http|https)://.*$")
    .length(".spec.proxy", 0, 2048)
    .pattern(".spec.timeout", DURATION_NO_HOURS)
    .enumeration(".spec.type", PROVIDER_TYPES);
    s
}

pub(super) fn receiver() -> Schema {
    let mut s = schema_of::<notification::Receiver>();
    object_reference(&mut s, ".spec.resources[]");
    status_default(&mut s);
    s.cel(
        ".spec",
        &[
            (
                "self.type != 'generic-oidc' || (has(self.oidcProviders) && size(self.oidcProviders) > 0)",
                "generic-oidc receivers must define at least one oidcProvider",
            ),
            (
                "self.type == 'generic-oidc' || !has(self.oidcProviders) || size(self.oidcProviders) == 0",
                "oidcProviders can only be set when type is generic-oidc",
            ),
            (
                "self.type != 'generic-oidc' || !has(self.secretRef)",
                "secretRef cannot be set when type is generic-oidc",
            ),
            (
                "self.type == 'generic-oidc' || has(self.secretRef)",
                "secretRef is required when type is not generic-oidc",
            ),
        ],
    )
    .pattern(".spec.interval", DURATION)
    .default(".spec.interval", json!("10m"))
    .list_map(".spec.oidcProviders", &["issuerURL"])
    .pattern(".spec.oidcProviders[].issuerURL", "^https?://")
    .items(".spec.oidcProviders[].validations", 1, 0)
    .enumeration(
        ".spec.type",
        &[
            "generic",
            "generic-hmac",
            "generic-oidc",
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
        ],
    );
    s
}
