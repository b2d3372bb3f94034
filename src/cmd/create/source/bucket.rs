//! `flux create source bucket`: mirrors upstream `cmd/flux/create_source_bucket.go` (v2.9.4).
//! Deviations: without `--export` the command stops before cluster access (credential secret
//! and apply are not implemented yet).

use clap::Args;

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::create::ApplyWords;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::source::bucket::{BucketOptions, bucket};
use crate::manifests::source::bucket_provider;
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Create a source for a Bucket using static authentication
  flux create source bucket podinfo \\
    --bucket-name=podinfo \\
    --endpoint=minio.minio.svc.cluster.local:9000 \\
    --insecure=true \\
    --access-key=myaccesskey \\
    --secret-key=mysecretkey \\
    --interval=10m

  # Create a source for an Amazon S3 Bucket using IAM authentication
  flux create source bucket podinfo \\
    --bucket-name=podinfo \\
    --provider=aws \\
    --endpoint=s3.amazonaws.com \\
    --region=us-east-1 \\
    --interval=10m";

/// Create or update a Bucket source
///
/// Generates a Bucket object and waits for it to be downloaded. For static access keys, the
/// credentials are stored in a Kubernetes Secret.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateSourceBucketArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// the S3 compatible storage provider name (generic|aws|azure|gcp)
    #[arg(long, default_value = "generic", value_parser = bucket_provider)]
    pub provider: String,

    /// the bucket name
    #[arg(long, default_value = "")]
    pub bucket_name: String,

    /// the bucket endpoint address
    #[arg(long, default_value = "")]
    pub endpoint: String,

    /// the bucket access key
    #[arg(long, default_value = "")]
    pub access_key: String,

    /// the bucket secret key
    #[arg(long, default_value = "")]
    pub secret_key: String,

    /// the bucket region
    #[arg(long, default_value = "")]
    pub region: String,

    /// for when connecting to a non-TLS S3 HTTP endpoint
    #[arg(long, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub insecure: bool,

    /// the name of an existing secret containing credentials
    #[arg(long, default_value = "")]
    pub secret_ref: String,

    /// the name of an existing secret containing the proxy address and credentials
    #[arg(long, default_value = "")]
    pub proxy_secret_ref: String,

    /// set paths to ignore in bucket resource (can specify multiple paths with commas: path1,path2)
    #[arg(long, value_delimiter = ',', action = clap::ArgAction::Append)]
    pub ignore_paths: Vec<String>,
}

/// Runs `flux create source bucket`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateSourceBucketArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?;
    let opts = BucketOptions {
        common: flags.source_common(name, ctx.namespace()),
        provider: args.provider.clone(),
        bucket_name: args.bucket_name.clone(),
        endpoint: args.endpoint.clone(),
        region: args.region.clone(),
        insecure: args.insecure,
        secret_ref: args.secret_ref.clone(),
        proxy_secret_ref: args.proxy_secret_ref.clone(),
        ignore_paths: args.ignore_paths.clone(),
    };
    let obj = bucket(&opts)?;
    if flags.export {
        ctx.ui.out(&crate::manifests::export_yaml(&obj)?)?;
        return Ok(ExitStatus::Success);
    }
    ctx.ui.generate("generating Bucket source");
    let deadline = crate::cmd::reconcile::shared::deadline(ctx);
    let mut value = serde_json::to_value(&obj)?;
    if args.secret_ref.is_empty() && !args.access_key.is_empty() && !args.secret_key.is_empty() {
        let secret_name = format!("bucket-{name}");
        let labels = crate::manifests::parse_labels(&flags.labels)?;
        let mut data = std::collections::BTreeMap::new();
        data.insert("accesskey".to_string(), args.access_key.clone());
        data.insert("secretkey".to_string(), args.secret_key.clone());
        let secret = crate::manifests::secret::make_secret(
            &secret_name,
            ctx.namespace(),
            labels,
            None,
            data,
        );
        ctx.ui.action("applying secret with the bucket credentials");
        crate::cmd::create::apply_secret(ctx, &secret).await?;
        value["spec"]["secretRef"] = serde_json::json!({"name": secret_name});
        ctx.ui.success("authentication configured");
    }
    let words = ApplyWords {
        applying: Some("Bucket source"),
        created: "Bucket source",
        waiting: "Bucket source",
        only_when_changed: false,
    };
    let applied = crate::cmd::create::apply_object(ctx, &value, &words, deadline).await?;
    let ready = crate::cmd::create::wait_object(ctx, &applied, &words, deadline).await?;
    ctx.ui.success("Bucket source reconciliation completed");
    match crate::cmd::create::artifact_revision(&ready) {
        Some(rev) => ctx.ui.success(&format!("fetched revision: {rev}")),
        None => {
            return Err(CliError::msg(
                "Bucket source reconciliation but no artifact was found",
            ));
        }
    }
    Ok(ExitStatus::Success)
}
