//! What the cluster says about an existing Flux installation (`flux2: cmd/flux/cluster_info.go`):
//! the labels of the GitRepository CRD.

use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::Api;

/// The CRD whose labels describe the installation.
pub const INFO_CRD: &str = "gitrepositories.source.toolkit.fluxcd.io";

/// Labels of an installed Flux.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClusterInfo {
    /// `app.kubernetes.io/version`.
    pub version: String,
    /// `app.kubernetes.io/managed-by`.
    pub managed_by: String,
    /// `app.kubernetes.io/part-of`.
    pub part_of: String,
    /// Whether `kustomize.toolkit.fluxcd.io/namespace` is set (installed by a Kustomization).
    pub bootstrapped: bool,
}

impl ClusterInfo {
    /// `<part-of>-<version>` or `<version>`.
    pub fn distribution(&self) -> String {
        if self.part_of.is_empty() {
            self.version.clone()
        } else {
            format!("{}-{}", self.part_of, self.version)
        }
    }
}

/// Reads the installation labels; `None` when Flux is not installed.
pub async fn get(client: &kube::Client) -> Result<Option<ClusterInfo>, kube::Error> {
    let api: Api<CustomResourceDefinition> = Api::all(client.clone());
    let crd = match api.get_metadata(INFO_CRD).await {
        Ok(c) => c,
        Err(e) if crate::cluster::is_not_found(&e) => return Ok(None),
        Err(e) => return Err(e),
    };
    let labels = crd.metadata.labels.unwrap_or_default();
    let l = |k: &str| labels.get(k).cloned().unwrap_or_default();
    Ok(Some(ClusterInfo {
        version: l("app.kubernetes.io/version"),
        managed_by: l("app.kubernetes.io/managed-by"),
        part_of: l("app.kubernetes.io/part-of"),
        bootstrapped: labels.contains_key("kustomize.toolkit.fluxcd.io/namespace"),
    }))
}
