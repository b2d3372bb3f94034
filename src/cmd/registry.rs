//! The OCI registry flags the artifact commands share (`push`, `pull`, `tag` and `diff
//! artifact`, `list artifacts`, `verify artifact`) and how they turn into a registry client:
//! the login lines and credential selection of §A.2. Upstream declares the flags in each
//! `cmd/flux/*_artifact.go`.

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::values::{OciProvider, parse_oci_provider};
use crate::error::CliError;
use crate::oci::client::{self, ArtifactRef, Credentials, RepoClient, Retry};
use crate::report::Reporter;

/// The registry authentication flags, in the order the artifact commands' help lists them.
#[derive(Debug, Clone, Args)]
pub struct RegistryAuthArgs {
    /// registry credentials as '<username>[:<password>]'
    #[arg(long)]
    pub creds: Option<String>,

    /// OCI provider used to authenticate (generic, aws, azure, gcp)
    #[arg(long, default_value = "generic", value_parser = parse_oci_provider)]
    pub provider: OciProvider,
}

impl RegistryAuthArgs {
    /// Prints upstream's login line for the selected method (§A.2).
    pub fn print_login(&self, ctx: &Ctx) {
        if self.provider != OciProvider::Generic {
            ctx.ui
                .action("logging in to registry with provider credentials");
        } else if self.creds.as_deref().is_some_and(|c| !c.is_empty()) {
            ctx.ui.action("logging in to registry with credentials");
        }
    }

    /// The credentials for `reference`: the cloud provider's, `--creds` (the password may come
    /// from `FLUX_REGISTRY_PASSWORD` when `--creds` has no `:`), else the default keychain.
    /// Provider errors read `<prefix><cause>` (push: `error setting up transport: `).
    pub async fn credentials(
        &self,
        ctx: &Ctx,
        reference: &ArtifactRef,
        prefix: &str,
    ) -> Result<Credentials, CliError> {
        if self.provider != OciProvider::Generic {
            let (user, pass) = crate::oci::provider::provider_credentials(
                self.provider.as_str(),
                &reference.registry,
                &ctx.env,
            )
            .await
            .map_err(|e| CliError::msg(format!("{prefix}{e}")))?;
            return Ok(Credentials::Basic(user, pass));
        }
        Ok(match self.creds.as_deref() {
            Some(c) if !c.is_empty() => {
                client::creds_from_flag(c, ctx.env.get(crate::env::FLUX_REGISTRY_PASSWORD))
            }
            _ => client::keychain_credentials(&ctx.env, reference),
        })
    }

    /// A client for `reference` with upstream's retry policy for `--timeout`.
    pub async fn client(
        &self,
        ctx: &Ctx,
        reference: &ArtifactRef,
        insecure: bool,
        prefix: &str,
    ) -> Result<RepoClient, CliError> {
        let creds = self.credentials(ctx, reference, prefix).await?;
        let client =
            RepoClient::with_roots(reference, creds, insecure, client::extra_roots(&ctx.env))
                .map_err(|e| CliError::msg(format!("{prefix}{e}")))?;
        let client = client.prefer_https(reference, insecure).await;
        Ok(client.with_retry(Retry::for_timeout(ctx.globals.timeout.to_std())))
    }
}

/// Runs `work` under `--timeout`; on expiry the error is `<what>: context deadline exceeded`.
pub async fn with_timeout<T>(
    ctx: &Ctx,
    what: &str,
    work: impl Future<Output = Result<T, CliError>>,
) -> Result<T, CliError> {
    let t = ctx.globals.timeout.to_std();
    if t.is_zero() {
        return work.await;
    }
    match tokio::time::timeout(t, work).await {
        Ok(r) => r,
        Err(_) => Err(CliError::msg(format!("{what}: context deadline exceeded"))),
    }
}
