//! `flux create source helm`: mirrors upstream `cmd/flux/create_source_helm.go` (v2.9.4).
//! Deviations: without `--export` the command stops before cluster access (credential secret
//! and apply are not implemented yet).

use clap::Args;

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::create::ApplyWords;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::source::helm::{HelmOptions, helm_repository};
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Create a source for an HTTPS public Helm repository
  flux create source helm podinfo \\
    --url=https://stefanprodan.github.io/podinfo \\
    --interval=10m

  # Create a source for an HTTPS Helm repository using basic authentication
  flux create source helm podinfo \\
    --url=https://stefanprodan.github.io/podinfo \\
    --username=username \\
    --password=password

  # Create a source for an HTTPS Helm repository using TLS authentication
  flux create source helm podinfo \\
    --url=https://stefanprodan.github.io/podinfo \\
    --cert-file=./cert.crt \\
    --key-file=./key.crt \\
    --ca-file=./ca.crt

  # Create a source for an OCI Helm repository
  flux create source helm podinfo \\
    --url=oci://ghcr.io/stefanprodan/charts/podinfo \\
    --username=username \\
    --password=password

  # Create a source for an OCI Helm repository using an existing secret with basic auth or dockerconfig credentials
  flux create source helm podinfo \\
    --url=oci://ghcr.io/stefanprodan/charts/podinfo \\
    --secret-ref=docker-config";

/// Create or update a HelmRepository source
///
/// Generates a HelmRepository object and waits for it to fetch the index. For private
/// repositories, the basic-auth and TLS credentials are stored in a Kubernetes Secret.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateSourceHelmArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// Helm repository address
    #[arg(long, default_value = "")]
    pub url: String,

    /// basic authentication username
    #[arg(short = 'u', long, default_value = "")]
    pub username: String,

    /// basic authentication password
    #[arg(short = 'p', long, default_value = "")]
    pub password: String,

    /// TLS authentication cert file path
    #[arg(long, default_value = "")]
    pub cert_file: String,

    /// TLS authentication key file path
    #[arg(long, default_value = "")]
    pub key_file: String,

    /// TLS authentication CA file path
    #[arg(long, default_value = "")]
    pub ca_file: String,

    /// the name of an existing secret containing TLS or basic auth credentials
    #[arg(long, default_value = "")]
    pub secret_ref: String,

    /// the provider for OCI registry authentication (used only with oci:// URLs)
    #[arg(long, default_value = "")]
    pub oci_provider: String,

    /// pass credentials to all domains
    #[arg(long, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub pass_credentials: bool,
}

/// Runs `flux create source helm`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateSourceHelmArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?;
    let opts = HelmOptions {
        common: flags.source_common(name, ctx.namespace()),
        url: args.url.clone(),
        secret_ref: args.secret_ref.clone(),
        pass_credentials: args.pass_credentials,
        oci_provider: args.oci_provider.clone(),
    };
    let repo = helm_repository(&opts)?;
    if flags.export {
        ctx.ui.out(&crate::manifests::export_yaml(&repo)?)?;
        return Ok(ExitStatus::Success);
    }
    ctx.ui.generate("generating HelmRepository source");
    let deadline = crate::cmd::reconcile::shared::deadline(ctx);
    let mut value = serde_json::to_value(&repo)?;
    if args.secret_ref.is_empty() {
        let read = |path: &str, what: &str| -> Result<Option<Vec<u8>>, CliError> {
            if path.is_empty() {
                return Ok(None);
            }
            crate::cmd::create::read_file(ctx, path)
                .map(Some)
                .map_err(|e| CliError::msg(format!("{what}: {e}")))
        };
        let files = crate::manifests::secret::TlsFiles {
            ca_crt: read(&args.ca_file, "unable to read TLS CA file")?,
            tls_crt: read(&args.cert_file, "failed to read cert file")?,
            tls_key: read(&args.key_file, "failed to read key file")?,
        };
        let secret_name = format!("helm-{name}");
        let labels = crate::manifests::parse_labels(&flags.labels)?;
        let secret = crate::manifests::secret::helm_secret(
            &secret_name,
            ctx.namespace(),
            labels,
            &args.username,
            &args.password,
            &files,
        )?;
        if secret.string_data.as_ref().is_some_and(|d| !d.is_empty()) {
            ctx.ui.action("applying secret with repository credentials");
            crate::cmd::create::apply_secret(ctx, &secret).await?;
            value["spec"]["secretRef"] = serde_json::json!({"name": secret_name});
            if args.pass_credentials {
                value["spec"]["passCredentials"] = serde_json::json!(true);
            }
            ctx.ui.success("authentication configured");
        }
    }
    let words = ApplyWords {
        applying: Some("HelmRepository source"),
        created: "source",
        waiting: "HelmRepository source",
        only_when_changed: false,
    };
    let applied = crate::cmd::create::apply_object(ctx, &value, &words, deadline).await?;
    let ready = crate::cmd::create::wait_object(ctx, &applied, &words, deadline).await?;
    ctx.ui
        .success("HelmRepository source reconciliation completed");
    if value["spec"]["type"].as_str() == Some("oci") {
        return Ok(ExitStatus::Success);
    }
    match crate::cmd::create::artifact_revision(&ready) {
        Some(rev) => ctx.ui.success(&format!("fetched revision: {rev}")),
        None => {
            return Err(CliError::msg(
                "HelmRepository source reconciliation completed but no artifact was found",
            ));
        }
    }
    Ok(ExitStatus::Success)
}
