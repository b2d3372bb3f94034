//! The Bucket generator of `flux create source bucket` (upstream
//! `cmd/flux/create_source_bucket.go`). Access keys only matter when applying.

use crate::error::CliError;
use crate::kinds::source::{API_VERSION, BUCKET_KIND, Bucket, BucketSpec};
use crate::manifests::source::{SourceCommon, ignore_paths, local_ref};

/// Resolved options of `flux create source bucket`.
#[derive(Debug, Clone, Default)]
pub struct BucketOptions {
    /// Name, namespace, labels, interval and fetch timeout.
    pub common: SourceCommon,
    /// `--provider` (always written).
    pub provider: String,
    /// `--bucket-name`.
    pub bucket_name: String,
    /// `--endpoint`.
    pub endpoint: String,
    /// `--region`.
    pub region: String,
    /// `--insecure`.
    pub insecure: bool,
    /// `--secret-ref`.
    pub secret_ref: String,
    /// `--proxy-secret-ref`.
    pub proxy_secret_ref: String,
    /// `--ignore-paths`.
    pub ignore_paths: Vec<String>,
}

/// Validates the options in upstream's order and builds the Bucket.
///
/// # Errors
/// `bucket-name is required`, `endpoint is required` and label errors.
pub fn bucket(opts: &BucketOptions) -> Result<Bucket, CliError> {
    if opts.bucket_name.is_empty() {
        return Err(CliError::msg("bucket-name is required"));
    }
    if opts.endpoint.is_empty() {
        return Err(CliError::msg("endpoint is required"));
    }
    let metadata = opts.common.metadata()?;
    let spec = BucketSpec {
        bucket_name: opts.bucket_name.clone(),
        provider: opts.provider.clone(),
        insecure: opts.insecure,
        endpoint: opts.endpoint.clone(),
        region: opts.region.clone(),
        interval: opts.common.interval,
        ignore: ignore_paths(&opts.ignore_paths),
        timeout: opts.common.timeout(),
        secret_ref: local_ref(&opts.secret_ref),
        proxy_secret_ref: local_ref(&opts.proxy_secret_ref),
        ..Default::default()
    };
    Ok(Bucket {
        api_version: API_VERSION.to_string(),
        kind: BUCKET_KIND.to_string(),
        metadata,
        spec,
        status: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::GoDuration;
    use serde_json::json;

    #[test]
    fn builds_and_validates() {
        let mut o = BucketOptions {
            common: SourceCommon::new("podinfo", "flux-system", GoDuration::from_secs(600)),
            provider: "generic".into(),
            ..Default::default()
        };
        assert_eq!(
            format!("{:#}", bucket(&o).unwrap_err().0),
            "bucket-name is required"
        );
        o.bucket_name = "podinfo".into();
        assert_eq!(
            format!("{:#}", bucket(&o).unwrap_err().0),
            "endpoint is required"
        );
        o.endpoint = "minio.minio.svc.cluster.local:9000".into();
        o.insecure = true;
        let v = serde_json::to_value(bucket(&o).unwrap()).unwrap();
        assert_eq!(
            v["spec"],
            json!({"provider": "generic", "bucketName": "podinfo", "endpoint": "minio.minio.svc.cluster.local:9000", "insecure": true, "interval": "10m0s"})
        );
    }
}
