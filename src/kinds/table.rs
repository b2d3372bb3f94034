//! The Flux kinds table: one `KindInfo` per kind the v2.9.4 CLI knows (group, served version,
//! plural, short names, the human name used in messages, the CLI noun, which verbs apply, the
//! CRD printer columns and the readiness rule), plus lookups. Mirrors upstream
//! `cmd/flux/{source,kustomization,helmrelease,image,alert,alert_provider,receiver,artifact}.go`
//! and the CRDs' `additionalPrinterColumns` (operate.md §6.1).

/// One `additionalPrinterColumns` entry of a Flux CRD.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrinterColumn {
    /// Column name as kubectl shows it (`Ready`, `Last scan`).
    pub name: &'static str,
    /// The JSONPath the column reads (`.status.conditions[?(@.type=="Ready")].status`).
    pub json_path: &'static str,
    /// The OpenAPI type of the cell (`string`, `date`).
    pub type_: &'static str,
    /// kubectl priority: 0 = default columns, 1 = only with `-o wide`.
    pub priority: i32,
}

/// Which readiness predicate `resume --wait` applies to a kind (operate.md §6.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readiness {
    /// Generation, `Ready` condition and kstatus must all agree.
    Dynamic,
    /// kstatus alone (kinds without a status subresource).
    Static,
    /// `Static` when `spec.type` is `oci`, else `Dynamic` (HelmRepository).
    StaticWhenOci,
}

/// Everything the kind-generic verbs need to know about one Flux kind.
#[derive(Debug, PartialEq, Eq)]
pub struct KindInfo {
    /// API group (`source.toolkit.fluxcd.io`).
    pub group: &'static str,
    /// The served version the CLI uses (`v1`).
    pub version: &'static str,
    /// The Kubernetes kind (`GitRepository`).
    pub kind: &'static str,
    /// Resource plural (`gitrepositories`).
    pub plural: &'static str,
    /// Resource singular (`gitrepository`).
    pub singular: &'static str,
    /// CRD short names (`gitrepo`).
    pub short_names: &'static [&'static str],
    /// The human kind used in messages (`source git`, `alert provider`).
    pub human: &'static str,
    /// The command noun path (`source git`, `alert-provider`, `image update`).
    pub noun: &'static str,
    /// Supports `suspend` and `resume`.
    pub suspendable: bool,
    /// Supports `reconcile`.
    pub reconcilable: bool,
    /// Supports `delete`.
    pub deletable: bool,
    /// Recognised by `events --for`.
    pub events: bool,
    /// The CRD printer columns of the served version, in CRD order.
    pub printer_columns: &'static [PrinterColumn],
    /// The readiness rule used when waiting.
    pub readiness: Readiness,
}

impl KindInfo {
    /// `group/version`.
    pub fn api_version(&self) -> String {
        format!("{}/{}", self.group, self.version)
    }

    /// The kube-rs resource descriptor for `DynamicObject` APIs.
    pub fn api_resource(&self) -> kube::core::ApiResource {
        kube::core::ApiResource {
            group: self.group.to_string(),
            version: self.version.to_string(),
            api_version: self.api_version(),
            kind: self.kind.to_string(),
            plural: self.plural.to_string(),
        }
    }
}

const fn col(
    name: &'static str,
    json_path: &'static str,
    type_: &'static str,
    priority: i32,
) -> PrinterColumn {
    PrinterColumn {
        name,
        json_path,
        type_,
        priority,
    }
}

const AGE: PrinterColumn = col("Age", ".metadata.creationTimestamp", "date", 0);
const READY: PrinterColumn = col(
    "Ready",
    ".status.conditions[?(@.type==\"Ready\")].status",
    "string",
    0,
);
const STATUS: PrinterColumn = col(
    "Status",
    ".status.conditions[?(@.type==\"Ready\")].message",
    "string",
    0,
);
const URL: PrinterColumn = col("URL", ".spec.url", "string", 0);

const SOURCE_GROUP: &str = "source.toolkit.fluxcd.io";
const IMAGE_GROUP: &str = "image.toolkit.fluxcd.io";
const NOTIFICATION_GROUP: &str = "notification.toolkit.fluxcd.io";

/// What most Flux kinds share: served as `v1`, every verb applies, the `Age`/`Ready`/`Status`
/// printer columns and the dynamic readiness rule. Entries below override what differs; the
/// empty names are always overridden.
const FLUX_KIND: KindInfo = KindInfo {
    group: "",
    version: "v1",
    kind: "",
    plural: "",
    singular: "",
    short_names: &[],
    human: "",
    noun: "",
    suspendable: true,
    reconcilable: true,
    deletable: true,
    events: true,
    printer_columns: &[AGE, READY, STATUS],
    readiness: Readiness::Dynamic,
};

/// `GitRepository` (`source git`).
pub static GIT_REPOSITORY: KindInfo = KindInfo {
    group: SOURCE_GROUP,
    kind: "GitRepository",
    plural: "gitrepositories",
    singular: "gitrepository",
    short_names: &["gitrepo"],
    human: "source git",
    noun: "source git",
    printer_columns: &[URL, AGE, READY, STATUS],
    ..FLUX_KIND
};

/// `OCIRepository` (`source oci`).
pub static OCI_REPOSITORY: KindInfo = KindInfo {
    group: SOURCE_GROUP,
    kind: "OCIRepository",
    plural: "ocirepositories",
    singular: "ocirepository",
    short_names: &["ocirepo"],
    human: "source oci",
    noun: "source oci",
    printer_columns: &[URL, READY, STATUS, AGE],
    ..FLUX_KIND
};

/// `HelmRepository` (`source helm`).
pub static HELM_REPOSITORY: KindInfo = KindInfo {
    group: SOURCE_GROUP,
    kind: "HelmRepository",
    plural: "helmrepositories",
    singular: "helmrepository",
    short_names: &["helmrepo"],
    human: "source helm",
    noun: "source helm",
    printer_columns: &[URL, AGE, READY, STATUS],
    readiness: Readiness::StaticWhenOci,
    ..FLUX_KIND
};

/// `HelmChart` (`source chart`).
pub static HELM_CHART: KindInfo = KindInfo {
    group: SOURCE_GROUP,
    kind: "HelmChart",
    plural: "helmcharts",
    singular: "helmchart",
    short_names: &["hc"],
    human: "source chart",
    noun: "source chart",
    printer_columns: &[
        col("Chart", ".spec.chart", "string", 0),
        col("Version", ".spec.version", "string", 0),
        col("Source Kind", ".spec.sourceRef.kind", "string", 0),
        col("Source Name", ".spec.sourceRef.name", "string", 0),
        AGE,
        READY,
        STATUS,
    ],
    ..FLUX_KIND
};

/// `Bucket` (`source bucket`).
pub static BUCKET: KindInfo = KindInfo {
    group: SOURCE_GROUP,
    kind: "Bucket",
    plural: "buckets",
    singular: "bucket",
    human: "source bucket",
    noun: "source bucket",
    printer_columns: &[
        col("Endpoint", ".spec.endpoint", "string", 0),
        AGE,
        READY,
        STATUS,
    ],
    ..FLUX_KIND
};

/// `ExternalArtifact` (`source external`; read-only for the CLI).
pub static EXTERNAL_ARTIFACT: KindInfo = KindInfo {
    group: SOURCE_GROUP,
    kind: "ExternalArtifact",
    plural: "externalartifacts",
    singular: "externalartifact",
    short_names: &["ea"],
    human: "source external-artifact",
    noun: "source external",
    suspendable: false,
    reconcilable: false,
    deletable: false,
    events: false,
    printer_columns: &[
        AGE,
        READY,
        STATUS,
        col("Source", ".spec.sourceRef.name", "string", 0),
    ],
    ..FLUX_KIND
};

/// `Kustomization` (`ks`).
pub static KUSTOMIZATION: KindInfo = KindInfo {
    group: "kustomize.toolkit.fluxcd.io",
    kind: "Kustomization",
    plural: "kustomizations",
    singular: "kustomization",
    short_names: &["ks"],
    human: "kustomization",
    noun: "kustomization",
    ..FLUX_KIND
};

/// `HelmRelease` (`hr`).
pub static HELM_RELEASE: KindInfo = KindInfo {
    group: "helm.toolkit.fluxcd.io",
    version: "v2",
    kind: "HelmRelease",
    plural: "helmreleases",
    singular: "helmrelease",
    short_names: &["hr"],
    human: "helmrelease",
    noun: "helmrelease",
    ..FLUX_KIND
};

/// `Alert`.
pub static ALERT: KindInfo = KindInfo {
    group: NOTIFICATION_GROUP,
    version: "v1beta3",
    kind: "Alert",
    plural: "alerts",
    singular: "alert",
    human: "alert",
    noun: "alert",
    reconcilable: false,
    printer_columns: &[AGE],
    readiness: Readiness::Static,
    ..FLUX_KIND
};

/// `Provider` (`alert-provider`).
pub static PROVIDER: KindInfo = KindInfo {
    group: NOTIFICATION_GROUP,
    version: "v1beta3",
    kind: "Provider",
    plural: "providers",
    singular: "provider",
    human: "alert provider",
    noun: "alert-provider",
    reconcilable: false,
    printer_columns: &[AGE],
    readiness: Readiness::Static,
    ..FLUX_KIND
};

/// `Receiver`.
pub static RECEIVER: KindInfo = KindInfo {
    group: NOTIFICATION_GROUP,
    kind: "Receiver",
    plural: "receivers",
    singular: "receiver",
    human: "receiver",
    noun: "receiver",
    ..FLUX_KIND
};

/// `ImageRepository` (`image repository`).
pub static IMAGE_REPOSITORY: KindInfo = KindInfo {
    group: IMAGE_GROUP,
    kind: "ImageRepository",
    plural: "imagerepositories",
    singular: "imagerepository",
    short_names: &["imgrepo", "imagerepo"],
    human: "image repository",
    noun: "image repository",
    printer_columns: &[
        col("Image", ".spec.image", "string", 0),
        col("Tags", ".status.lastScanResult.tagCount", "string", 0),
        READY,
        STATUS,
        col("Last scan", ".status.lastScanResult.scanTime", "string", 1),
        AGE,
    ],
    ..FLUX_KIND
};

/// `ImagePolicy` (`image policy`).
pub static IMAGE_POLICY: KindInfo = KindInfo {
    group: IMAGE_GROUP,
    kind: "ImagePolicy",
    plural: "imagepolicies",
    singular: "imagepolicy",
    short_names: &["imgpol", "imagepol"],
    human: "image policy",
    noun: "image policy",
    printer_columns: &[
        col("Image", ".status.latestRef.name", "string", 0),
        col("Tag", ".status.latestRef.tag", "string", 0),
        READY,
        STATUS,
        AGE,
    ],
    ..FLUX_KIND
};

/// `ImageUpdateAutomation` (`image update`).
pub static IMAGE_UPDATE_AUTOMATION: KindInfo = KindInfo {
    group: IMAGE_GROUP,
    kind: "ImageUpdateAutomation",
    plural: "imageupdateautomations",
    singular: "imageupdateautomation",
    short_names: &["iua", "imgupd", "imgauto"],
    human: "image update automation",
    noun: "image update",
    printer_columns: &[
        READY,
        STATUS,
        col("Last run", ".status.lastAutomationRunTime", "string", 1),
        AGE,
    ],
    ..FLUX_KIND
};

/// `ArtifactGenerator` (`artifact generator`).
pub static ARTIFACT_GENERATOR: KindInfo = KindInfo {
    group: "source.extensions.fluxcd.io",
    version: "v1beta1",
    kind: "ArtifactGenerator",
    plural: "artifactgenerators",
    singular: "artifactgenerator",
    short_names: &["ag"],
    human: "artifactgenerator",
    noun: "artifact generator",
    suspendable: false,
    reconcilable: false,
    deletable: false,
    ..FLUX_KIND
};

/// Every Flux kind, in the order `flux stats` and `get all` walk them where they overlap
/// (sources first).
pub static ALL: &[&KindInfo] = &[
    &GIT_REPOSITORY,
    &OCI_REPOSITORY,
    &HELM_REPOSITORY,
    &HELM_CHART,
    &BUCKET,
    &EXTERNAL_ARTIFACT,
    &KUSTOMIZATION,
    &HELM_RELEASE,
    &ALERT,
    &PROVIDER,
    &RECEIVER,
    &IMAGE_REPOSITORY,
    &IMAGE_POLICY,
    &IMAGE_UPDATE_AUTOMATION,
    &ARTIFACT_GENERATOR,
];

/// The kind with this exact Kubernetes kind name (`GitRepository`).
pub fn by_kind(kind: &str) -> Option<&'static KindInfo> {
    ALL.iter().copied().find(|k| k.kind == kind)
}

/// The kind whose Kubernetes kind name equals `kind` ignoring ASCII case (`events --for`).
pub fn by_kind_ignore_case(kind: &str) -> Option<&'static KindInfo> {
    ALL.iter()
        .copied()
        .find(|k| k.kind.eq_ignore_ascii_case(kind))
}

/// The kind named by a plural, singular or short name (`gitrepositories`, `gitrepository`,
/// `gitrepo`), ignoring ASCII case, as kubectl resolves resource names.
pub fn by_resource_name(name: &str) -> Option<&'static KindInfo> {
    let name = name.to_ascii_lowercase();
    ALL.iter().copied().find(|k| {
        k.plural == name || k.singular == name || k.short_names.iter().any(|s| *s == name)
    })
}

/// The kind with this group and kind (`kustomize.toolkit.fluxcd.io`, `Kustomization`).
pub fn by_group_kind(group: &str, kind: &str) -> Option<&'static KindInfo> {
    ALL.iter()
        .copied()
        .find(|k| k.group == group && k.kind == kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifteen_distinct_kinds() {
        assert_eq!(ALL.len(), 15);
        for (i, a) in ALL.iter().enumerate() {
            for b in &ALL[i + 1..] {
                assert_ne!(a.kind, b.kind);
                assert_ne!(a.plural, b.plural);
                assert_ne!(a.noun, b.noun);
            }
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(by_kind("HelmRelease"), Some(&HELM_RELEASE));
        assert_eq!(by_kind("helmrelease"), None);
        assert_eq!(by_kind_ignore_case("helmrelease"), Some(&HELM_RELEASE));
        assert_eq!(by_resource_name("ks"), Some(&KUSTOMIZATION));
        assert_eq!(by_resource_name("ImagePolicies"), Some(&IMAGE_POLICY));
        assert_eq!(by_resource_name("imgauto"), Some(&IMAGE_UPDATE_AUTOMATION));
        assert_eq!(by_resource_name("bucket"), Some(&BUCKET));
        assert_eq!(by_resource_name("nope"), None);
        assert_eq!(
            by_group_kind("notification.toolkit.fluxcd.io", "Provider").map(|k| k.human),
            Some("alert provider")
        );
        assert_eq!(HELM_RELEASE.api_version(), "helm.toolkit.fluxcd.io/v2");
        assert_eq!(
            ARTIFACT_GENERATOR.api_resource().plural,
            "artifactgenerators"
        );
    }

    #[test]
    fn verbs_per_kind_follow_operate_md() {
        let names = |f: fn(&KindInfo) -> bool| -> Vec<&str> {
            ALL.iter().filter(|k| f(k)).map(|k| k.kind).collect()
        };
        assert_eq!(
            names(|k| !k.reconcilable),
            ["ExternalArtifact", "Alert", "Provider", "ArtifactGenerator"]
        );
        assert_eq!(
            names(|k| !k.suspendable),
            ["ExternalArtifact", "ArtifactGenerator"]
        );
        assert_eq!(
            names(|k| !k.deletable),
            ["ExternalArtifact", "ArtifactGenerator"]
        );
        assert_eq!(names(|k| !k.events), ["ExternalArtifact"]);
    }

    #[test]
    fn printer_columns_of_the_crds() {
        let names: Vec<&str> = IMAGE_REPOSITORY
            .printer_columns
            .iter()
            .map(|c| c.name)
            .collect();
        assert_eq!(
            names,
            ["Image", "Tags", "Ready", "Status", "Last scan", "Age"]
        );
        assert_eq!(IMAGE_UPDATE_AUTOMATION.printer_columns[2].priority, 1);
        assert_eq!(ALERT.printer_columns, &[AGE]);
    }
}
