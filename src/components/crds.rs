//! The 15 Flux CustomResourceDefinitions of v2.9.4, generated from the Rust API types in
//! `crate::kinds` (mirrors each controller's `config/crd/bases/*.yaml`, as its release
//! `<controller>.crds.yaml` ships them).
//!
//! Structure (properties, types, `required`) comes from the types' `JsonSchema` derive
//! (`build`); validation markers are attached per group (`source`, `kustomize`, `helm`,
//! `notification`, `image`, `source_extensions`); names, printer columns and short names come
//! from the kinds table.

mod build;
mod helm;
mod image;
mod kustomize;
mod markers;
mod notification;
mod source;
mod source_extensions;

use serde_json::{Map, Value, json};

use crate::kinds::{self, KindInfo};

use markers::Schema;

/// The `controller-gen.kubebuilder.io/version` annotation upstream's CRDs carry.
const CONTROLLER_GEN_VERSION: &str = "v0.21.0";

/// `metav1.TypeMeta.APIVersion`'s documentation.
const API_VERSION_DESCRIPTION: &str = "APIVersion defines the versioned schema of this representation of an object.\nServers should convert recognized schemas to the latest internal value, and\nmay reject unrecognized values.\nMore info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources";

/// `metav1.TypeMeta.Kind`'s documentation.
const KIND_DESCRIPTION: &str = "Kind is a string value representing the REST resource this object represents.\nServers may infer this from the endpoint the client submits requests to.\nCannot be updated.\nIn CamelCase.\nMore info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds";

/// One generated CRD.
struct Def {
    /// The component (controller) that ships it.
    component: &'static str,
    /// Names, served version, short names and printer columns.
    info: &'static KindInfo,
    /// `names.categories`.
    categories: &'static [&'static str],
    /// Whether the version has the `status` subresource.
    status: bool,
    /// The version's schema.
    schema: fn() -> Schema,
}

const SOURCES: &[&str] = &["all", "fluxcd", "fluxcd-sources"];
const APPLIERS: &[&str] = &["all", "fluxcd", "fluxcd-appliers"];
const NOTIFICATIONS: &[&str] = &["all", "fluxcd", "fluxcd-notifications"];
const IMAGES: &[&str] = &["all", "fluxcd", "fluxcd-images"];

/// Every CRD, by component in install order, within a component by `metadata.name` (the order
/// of the component's `<controller>.crds.yaml`).
fn defs() -> [Def; 15] {
    let d = |component, info, categories, status, schema| Def {
        component,
        info,
        categories,
        status,
        schema,
    };
    [
        d(
            "source-controller",
            &kinds::BUCKET,
            SOURCES,
            true,
            source::bucket,
        ),
        d(
            "source-controller",
            &kinds::EXTERNAL_ARTIFACT,
            SOURCES,
            true,
            source::external_artifact,
        ),
        d(
            "source-controller",
            &kinds::GIT_REPOSITORY,
            SOURCES,
            true,
            source::git_repository,
        ),
        d(
            "source-controller",
            &kinds::HELM_CHART,
            SOURCES,
            true,
            source::helm_chart,
        ),
        d(
            "source-controller",
            &kinds::HELM_REPOSITORY,
            SOURCES,
            true,
            source::helm_repository,
        ),
        d(
            "source-controller",
            &kinds::OCI_REPOSITORY,
            SOURCES,
            true,
            source::oci_repository,
        ),
        d(
            "kustomize-controller",
            &kinds::KUSTOMIZATION,
            APPLIERS,
            true,
            kustomize::kustomization,
        ),
        d(
            "helm-controller",
            &kinds::HELM_RELEASE,
            APPLIERS,
            true,
            helm::helm_release,
        ),
        d(
            "notification-controller",
            &kinds::ALERT,
            NOTIFICATIONS,
            false,
            notification::alert,
        ),
        d(
            "notification-controller",
            &kinds::PROVIDER,
            NOTIFICATIONS,
            false,
            notification::provider,
        ),
        d(
            "notification-controller",
            &kinds::RECEIVER,
            NOTIFICATIONS,
            true,
            notification::receiver,
        ),
        // image-reflector-controller v1.2.4 carries categories (release/v1.2.x "Add categories
        // to image-reflector CRDs"); earlier v1.2 releases had none.
        d(
            "image-reflector-controller",
            &kinds::IMAGE_POLICY,
            IMAGES,
            true,
            image::image_policy,
        ),
        d(
            "image-reflector-controller",
            &kinds::IMAGE_REPOSITORY,
            IMAGES,
            true,
            image::image_repository,
        ),
        d(
            "image-automation-controller",
            &kinds::IMAGE_UPDATE_AUTOMATION,
            IMAGES,
            true,
            image::image_update_automation,
        ),
        d(
            "source-watcher",
            &kinds::ARTIFACT_GENERATOR,
            SOURCES,
            true,
            source_extensions::artifact_generator,
        ),
    ]
}

/// Every Flux CRD as a JSON object, grouped by the component that owns it, in upstream's
/// document order.
pub fn all() -> Vec<(&'static str, Value)> {
    defs().iter().map(|d| (d.component, crd(d))).collect()
}

/// The marker paths that did not resolve against the type-derived schemas (empty when the
/// marker tables and the types agree), as `<kind>: <message>`.
pub fn marker_errors() -> Vec<String> {
    defs()
        .iter()
        .flat_map(|d| {
            let s = (d.schema)();
            s.errors
                .into_iter()
                .map(|e| format!("{}: {e}", d.info.kind))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn crd(d: &Def) -> Value {
    let k = d.info;
    let columns: Vec<Value> = k
        .printer_columns
        .iter()
        .map(|c| {
            let mut col = json!({"jsonPath": c.json_path, "name": c.name, "type": c.type_});
            if c.priority != 0 {
                col["priority"] = json!(c.priority);
            }
            col
        })
        .collect();
    let mut names = Map::new();
    if !d.categories.is_empty() {
        names.insert("categories".into(), json!(d.categories));
    }
    names.insert("kind".into(), json!(k.kind));
    names.insert("listKind".into(), json!(format!("{}List", k.kind)));
    names.insert("plural".into(), json!(k.plural));
    if !k.short_names.is_empty() {
        names.insert("shortNames".into(), json!(k.short_names));
    }
    names.insert("singular".into(), json!(k.singular));
    let mut version = Map::new();
    version.insert("additionalPrinterColumns".into(), Value::Array(columns));
    version.insert("name".into(), json!(k.version));
    version.insert(
        "schema".into(),
        json!({"openAPIV3Schema": sorted((d.schema)().into_value())}),
    );
    version.insert("served".into(), json!(true));
    version.insert("storage".into(), json!(true));
    if d.status {
        version.insert("subresources".into(), json!({"status": {}}));
    }
    json!({
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {
            "annotations": {
                "controller-gen.kubebuilder.io/version": CONTROLLER_GEN_VERSION,
                "kustomize.toolkit.fluxcd.io/substitute": "disabled",
            },
            "name": format!("{}.{}", k.plural, k.group),
        },
        "spec": {
            "group": k.group,
            "names": Value::Object(names),
            "scope": "Namespaced",
            "versions": [Value::Object(version)],
        },
    })
}

/// Object keys sorted at every level, as controller-gen writes schemas.
fn sorted(v: Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut entries: Vec<(String, Value)> = m.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(a) => Value::Array(a.into_iter().map(sorted).collect()),
        other => other,
    }
}

/// The type-derived schema of `T`, ready for markers. The object itself requires nothing
/// (controller-gen does not list `apiVersion`, `kind`, `metadata` or `spec` as required).
fn schema_of<T: schemars::JsonSchema>() -> Schema {
    let mut root = build::structural::<T>();
    if let Some(m) = root.as_object_mut() {
        m.remove("required");
    }
    // `metav1.TypeMeta` and `ObjectMeta` as controller-gen embeds them.
    let p = &mut root["properties"];
    p["apiVersion"]["description"] = json!(API_VERSION_DESCRIPTION);
    p["kind"]["description"] = json!(KIND_DESCRIPTION);
    if let Some(m) = p["metadata"].as_object_mut() {
        m.remove("description");
    }
    Schema::new(root)
}
