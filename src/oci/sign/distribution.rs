//! [`SignatureRegistry`] on the shared OCI client ([`crate::oci::client::RepoClient`]), for
//! `flux verify artifact`, `push artifact --sign` and tests; the names `flux verify` used before
//! the client was shared are re-exported here.

pub use crate::oci::client::{
    ArtifactRef, Credentials, RepoClient as DistributionRepo, is_plain_http_host,
};

use super::{SignError, SignatureRegistry};
use crate::oci::client::RegistryError;

impl From<RegistryError> for SignError {
    fn from(e: RegistryError) -> Self {
        SignError::Registry(e.0)
    }
}

impl SignatureRegistry for DistributionRepo {
    async fn fetch_manifest(&self, reference: &str) -> Result<Option<Vec<u8>>, SignError> {
        Ok(self.manifest(reference).await?.map(|m| m.body))
    }

    async fn fetch_blob(&self, digest: &str) -> Result<Vec<u8>, SignError> {
        Ok(self.blob_bytes(digest).await?)
    }

    async fn push_blob(&self, digest: &str, data: Vec<u8>) -> Result<(), SignError> {
        Ok(self.push_blob_bytes(digest, data).await?)
    }

    async fn push_manifest(
        &self,
        tag: &str,
        media_type: &str,
        body: Vec<u8>,
    ) -> Result<(), SignError> {
        DistributionRepo::push_manifest(self, tag, media_type, body).await?;
        Ok(())
    }
}
