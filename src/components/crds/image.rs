//! Markers of the `image.toolkit.fluxcd.io/v1` CRDs (image-reflector-controller and
//! image-automation-controller `api/v1`).

use serde_json::json;

use super::markers::{DURATION, DURATION_NO_HOURS, Schema, status_default};
use super::schema_of;
use crate::kinds::image;

pub(super) fn image_policy() -> Schema {
    let mut s = schema_of::<image::ImagePolicy>();
    status_default(&mut s);
    s.cel(
        ".spec",
        &[
            (
                "!has(self.interval) || (has(self.digestReflectionPolicy) && self.digestReflectionPolicy == 'Always')",
                "spec.interval is only accepted when spec.digestReflectionPolicy is set to 'Always'",
            ),
            (
                "has(self.interval) || !has(self.digestReflectionPolicy) || self.digestReflectionPolicy != 'Always'",
                "spec.interval must be set when spec.digestReflectionPolicy is set to 'Always'",
            ),
        ],
    )
    .enumeration(
        ".spec.digestReflectionPolicy",
        &["Always", "IfNotPresent", "Never"],
    )
    .default(".spec.digestReflectionPolicy", json!("Never"))
    // `TagFilter` fields are `+optional` although Go always writes them.
    .optional(".spec.filterTags.extract")
    .optional(".spec.filterTags.pattern")
    .pattern(".spec.interval", DURATION)
    .each(
        &[".spec.policy.alphabetical.order", ".spec.policy.numerical.order"],
        |s, p| {
            s.enumeration(p, &["asc", "desc"]).default(p, json!("asc"));
        },
    );
    s
}

pub(super) fn image_repository() -> Schema {
    let mut s = schema_of::<image::ImageRepository>();
    status_default(&mut s);
    s.default(".spec.exclusionList", json!([r"^.*\.sig$"]))
        .items(".spec.exclusionList", 0, 25)
        .required(".spec.image")
        .pattern(".spec.interval", DURATION)
        .enumeration(".spec.provider", &["generic", "aws", "azure", "gcp"])
        .default(".spec.provider", json!("generic"))
        .length(".spec.serviceAccountName", 0, 253)
        .pattern(".spec.timeout", DURATION_NO_HOURS)
        // `ScanResult`: `revision` and `scanTime` are `+optional`; `tagCount` is a Go `int`.
        .optional(".status.lastScanResult.revision")
        .optional(".status.lastScanResult.scanTime")
        .int(".status.lastScanResult.tagCount");
    s
}

pub(super) fn image_update_automation() -> Schema {
    let mut s = schema_of::<image::ImageUpdateAutomation>();
    status_default(&mut s);
    s.enumeration(".spec.git.commit.signingKey.type", &["gpg", "ssh"])
        .pattern(".spec.interval", DURATION)
        .enumeration(".spec.sourceRef.kind", &["GitRepository"])
        .default(".spec.sourceRef.kind", json!("GitRepository"))
        .default(".spec.update", json!({"strategy": "Setters"}))
        .enumeration(".spec.update.strategy", &["Setters"])
        .default(".spec.update.strategy", json!("Setters"));
    s
}
