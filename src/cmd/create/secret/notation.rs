//! `flux create secret notation`: mirrors upstream `cmd/flux/create_secret_notation.go`
//! (v2.9.4). The trust policy check follows notation-go's `trustpolicy.Document` rules; its
//! JSON syntax error texts are not Go's (`encoding/json` wording is only matched for type
//! mismatches).

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::secret;
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Create a Notation configuration secret on disk and encrypt it with Mozilla SOPS
  flux create secret notation my-notation-cert \\
    --namespace=my-namespace \\
    --trust-policy-file=./my-trust-policy.json \\
    --ca-cert-file=./my-cert.crt \\
    --export > my-notation-cert.yaml

  sops --encrypt --encrypted-regex '^(data|stringData)$' \\
    --in-place my-notation-cert.yaml";

/// Create or update a Kubernetes secret for verifications of artifacts signed by Notation
///
/// Generates a Kubernetes secret with root CA certificates and a Notation trust policy.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateSecretNotationArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// notation trust policy file path
    #[arg(long, default_value = "")]
    pub trust_policy_file: String,

    /// root ca cert file path
    #[arg(long, value_delimiter = ',', action = clap::ArgAction::Append)]
    pub ca_cert_file: Vec<String>,
}

/// Runs `flux create secret notation`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateSecretNotationArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?;
    let ca_cert_files = crate::cli::pflag_slice(args.ca_cert_file);
    if ca_cert_files.is_empty() {
        return Err(CliError::msg("--ca-cert-file is required"));
    }
    if args.trust_policy_file.is_empty() {
        return Err(CliError::msg("--trust-policy-file is required"));
    }
    let labels = crate::manifests::parse_labels(&flags.labels)?;
    let policy = crate::cmd::create::read_file(ctx, &args.trust_policy_file)
        .map_err(|e| CliError::msg(format!("unable to read trust policy file: {e}")))?;
    secret::check_trust_policy(&args.trust_policy_file, &policy)?;
    let mut certs = Vec::new();
    let mut errors = Vec::new();
    for file in &ca_cert_files {
        // Go's filepath.Base.
        let trimmed = file.trim_end_matches('/');
        let base = if trimmed.is_empty() && !file.is_empty() {
            "/".to_string()
        } else if trimmed.is_empty() {
            ".".to_string()
        } else {
            trimmed.rsplit('/').next().unwrap_or(trimmed).to_string()
        };
        if !base.ends_with(".crt") && !base.ends_with(".pem") {
            errors.push(format!("{base} must end with either .crt or .pem"));
            continue;
        }
        match crate::cmd::create::read_file(ctx, file) {
            Ok(bytes) => certs.push((base, bytes)),
            Err(e) => errors.push(format!("unable to read TLS CA file: {e}")),
        }
    }
    if !errors.is_empty() {
        return Err(CliError::msg(errors.join("\n")));
    }
    if certs.is_empty() {
        return Err(CliError::msg("no CA certs found"));
    }
    let obj = secret::notation_secret(name, ctx.namespace(), labels, &policy, &certs);
    if flags.export {
        ctx.ui.out(&secret::export_secret(&obj, true)?)?;
        return Ok(ExitStatus::Success);
    }
    crate::cmd::create::apply_secret(ctx, &obj).await?;
    ctx.ui.action(&format!(
        "notation configuration secret '{name}' created in '{}' namespace",
        ctx.namespace()
    ));
    Ok(ExitStatus::Success)
}
