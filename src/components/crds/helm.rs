//! Markers of the `helm.toolkit.fluxcd.io/v2` HelmRelease CRD (helm-controller `api/v2`).

use serde_json::json;

use super::markers::{DURATION, Schema, kube_config, status_default};
use super::schema_of;
use crate::kinds::helm;

/// `name` / `namespace` lengths of helm-controller's object references at `path`.
fn reference(s: &mut Schema, path: &str, kinds: &[&str]) {
    s.enumeration(&format!("{path}.kind"), kinds)
        .length(&format!("{path}.name"), 1, 253)
        .length(&format!("{path}.namespace"), 1, 63);
}

/// `Install.Strategy` / `Upgrade.Strategy` at `path` with its CEL rule.
fn strategy(s: &mut Schema, path: &str, rule: (&str, &str)) {
    s.cel(path, &[rule])
        .enumeration(
            &format!("{path}.name"),
            &["RemediateOnFailure", "RetryOnFailure"],
        )
        .pattern(&format!("{path}.retryInterval"), DURATION);
}

pub(super) fn helm_release() -> Schema {
    let mut s = schema_of::<helm::HelmRelease>();
    kube_config(&mut s);
    status_default(&mut s);
    reference(
        &mut s,
        ".spec.chart.spec.sourceRef",
        &["HelmRepository", "GitRepository", "Bucket"],
    );
    reference(
        &mut s,
        ".spec.chartRef",
        &["OCIRepository", "HelmChart", "ExternalArtifact"],
    );
    strategy(
        &mut s,
        ".spec.install.strategy",
        (
            "!has(self.retryInterval) || self.name != 'RemediateOnFailure'",
            ".retryInterval cannot be set when .name is 'RemediateOnFailure'",
        ),
    );
    strategy(
        &mut s,
        ".spec.upgrade.strategy",
        (
            "!has(self.retryInterval) || self.name == 'RetryOnFailure'",
            ".retryInterval can only be set when .name is 'RetryOnFailure'",
        ),
    );
    const CRDS: &[&str] = &["Skip", "Create", "CreateReplace"];
    const SSA: &[&str] = &["enabled", "disabled", "auto"];
    s.cel(
        ".spec",
        &[(
            "(has(self.chart) && !has(self.chartRef)) || (!has(self.chart) && has(self.chartRef))",
            "either chart or chartRef must be set",
        )],
    )
    .length(".spec.chart.spec.chart", 1, 2048)
    .pattern(".spec.chart.spec.interval", DURATION)
    .enumeration(
        ".spec.chart.spec.reconcileStrategy",
        &["ChartVersion", "Revision"],
    )
    .default(".spec.chart.spec.reconcileStrategy", json!("ChartVersion"))
    .required(".spec.chart.spec.sourceRef.kind")
    .enumeration(".spec.chart.spec.verify.provider", &["cosign", "notation"])
    .default(".spec.chart.spec.verify.provider", json!("cosign"))
    .default(".spec.chart.spec.version", json!("*"))
    .enumeration(
        ".spec.driftDetection.mode",
        &["enabled", "warn", "disabled"],
    )
    .enumeration(".spec.install.crds", CRDS)
    .enumeration(".spec.upgrade.crds", CRDS)
    .each(
        &[
            ".spec.interval",
            ".spec.timeout",
            ".spec.install.timeout",
            ".spec.upgrade.timeout",
            ".spec.test.timeout",
            ".spec.rollback.timeout",
            ".spec.uninstall.timeout",
        ],
        |s, p| {
            s.pattern(p, DURATION);
        },
    )
    .enumeration(
        ".spec.postRenderStrategy",
        &["nohooks", "combined", "separate"],
    )
    .length(".spec.releaseName", 1, 53)
    .enumeration(".spec.rollback.serverSideApply", SSA)
    .enumeration(".spec.upgrade.serverSideApply", SSA)
    .length(".spec.serviceAccountName", 1, 253)
    .length(".spec.storageNamespace", 1, 63)
    .length(".spec.targetNamespace", 1, 63)
    .length(".spec.test.filters[].name", 1, 253)
    .enumeration(
        ".spec.uninstall.deletionPropagation",
        &["background", "foreground", "orphan"],
    )
    .default(".spec.uninstall.deletionPropagation", json!("background"))
    .enumeration(
        ".spec.upgrade.chartNameChangeStrategy",
        &["InPlaceUpdate", "Reinstall"],
    )
    .enumeration(
        ".spec.upgrade.remediation.strategy",
        &["rollback", "uninstall"],
    )
    .enumeration(".spec.valuesFrom[].kind", &["Secret", "ConfigMap"])
    .length(".spec.valuesFrom[].name", 1, 253)
    .pattern(
        ".spec.valuesFrom[].targetPath",
        r"^([a-zA-Z0-9_\-.\\\/]|\[[0-9]{1,5}\])+$",
    )
    .length(".spec.valuesFrom[].targetPath", 0, 250)
    .pattern(".spec.valuesFrom[].valuesKey", r"^[\-._a-zA-Z0-9]+$")
    .length(".spec.valuesFrom[].valuesKey", 0, 253)
    .enumeration(".spec.waitStrategy.name", &["poller", "legacy"])
    .enumeration(
        ".status.lastAttemptedReleaseAction",
        &["install", "upgrade"],
    )
    .length(".status.storageNamespace", 1, 63);
    s
}
