//! `flux verify artifact` (flux-rs beyond upstream): checks that an OCI artifact carries a cosign
//! signature (the `sha256-<hex>.sig` tag, key-based, no transparency log) made by the private
//! key of `--key`, as `cosign verify --key cosign.pub --insecure-ignore-tlog` and Flux's
//! `OCIRepository spec.verify` with a public key do.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::registry::RegistryAuthArgs;
use crate::error::{CliError, ExitStatus};
use crate::oci::sign::distribution::{ArtifactRef, DistributionRepo};
use crate::oci::sign::{self, SignatureRegistry, keys};
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Verify the signature of an artifact pushed with 'flux push artifact --sign --key cosign.key'
  flux verify artifact oci://ghcr.io/org/manifests/app:v0.0.1 --key cosign.pub

  # Verify a digest
  flux verify artifact oci://ghcr.io/org/manifests/app@sha256:... --key cosign.pub";

// Verify an artifact's signature.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct VerifyArtifactArgs {
    /// the artifact URL (oci://<registry>/<repository>[:<tag>|@<digest>])
    #[arg(value_name = "URL")]
    pub args: Vec<String>,

    /// path to the cosign public key (cosign.pub) the signature must verify with
    #[arg(long)]
    pub key: Option<String>,

    #[command(flatten)]
    pub registry: RegistryAuthArgs,

    /// allow plain HTTP and unverified TLS to the registry
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub insecure_registry: bool,
}

/// Runs `flux verify artifact`.
pub async fn run(ctx: &Ctx, args: VerifyArtifactArgs) -> Result<ExitStatus, CliError> {
    let Some(url) = args.args.first() else {
        return Err(CliError::msg("artifact URL is required"));
    };
    let key_path = match args.key.as_deref() {
        Some(k) if !k.is_empty() => k,
        _ => return Err(CliError::msg("--key is required")),
    };
    let reference = ArtifactRef::parse(url).map_err(CliError::msg)?;
    let pem = std::fs::read(ctx.env.resolve(key_path)).map_err(|e| {
        CliError::msg(format!(
            "reading public key failed: {}",
            crate::oci::go_path_error("open", key_path, &e)
        ))
    })?;
    let key = keys::parse_public_key(&pem)
        .map_err(|e| CliError::msg(format!("loading public key failed: {e}")))?;
    let work = verify(ctx, &args, url, &reference, &key);
    match tokio::time::timeout(ctx.globals.timeout.to_std(), work).await {
        Ok(r) => r,
        Err(_) => Err(CliError::msg(
            "verifying artifact failed: context deadline exceeded",
        )),
    }
}

async fn verify(
    ctx: &Ctx,
    args: &VerifyArtifactArgs,
    url: &str,
    reference: &ArtifactRef,
    key: &p256::ecdsa::VerifyingKey,
) -> Result<ExitStatus, CliError> {
    args.registry.print_login(ctx);
    let repo: DistributionRepo = args
        .registry
        .client(
            ctx,
            reference,
            args.insecure_registry,
            "error setting up transport: ",
        )
        .await?;
    let shown = url.trim_start_matches("oci://");
    ctx.ui.action(&format!("verifying artifact {shown}"));

    let digest = match (&reference.digest, &reference.tag) {
        (Some(d), _) => d.clone(),
        (None, tag) => {
            let tag = tag.as_deref().unwrap_or("latest");
            match repo.fetch_manifest(tag).await {
                Ok(Some(m)) => sign::sha256_digest(&m),
                Ok(None) => {
                    return Err(CliError::msg(format!(
                        "verifying artifact failed: artifact {}:{tag} not found",
                        reference.repository_name()
                    )));
                }
                Err(e) => return Err(CliError::msg(format!("verifying artifact failed: {e}"))),
            }
        }
    };
    let display = format!("{}@{digest}", reference.repository_name());
    sign::verify_artifact(&repo, &display, &digest, key)
        .await
        .map_err(|e| CliError::msg(format!("verifying artifact failed: {e}")))?;
    ctx.ui.success(&format!("verified signature of {display}"));
    Ok(ExitStatus::Success)
}
