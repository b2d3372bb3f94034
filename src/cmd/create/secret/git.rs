//! `flux create secret git`: mirrors upstream `cmd/flux/create_secret_git.go` (v2.9.4).
//! Deviations: the SSH host key is read with `ssh-keyscan` (see `crate::ssh::scan`); for
//! HTTP(S) URLs the password may also come from `GIT_PASSWORD` when `--password` is not given.

use std::path::Path;

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::{CreateFlags, SshKeyArgs};
use crate::error::{CliError, ExitStatus};
use crate::manifests::secret::{self, GitCredentials, GitTransport};
use crate::report::Reporter;
use crate::ssh;

const EXAMPLES: &str = "Examples:
  # Create a Git SSH authentication secret using an ECDSA P-521 curve public key
  flux create secret git podinfo-auth \\
    --url=ssh://git@github.com/stefanprodan/podinfo \\
    --ssh-key-algorithm=ecdsa \\
    --ssh-ecdsa-curve=p521

  # Create a Git SSH authentication secret with a private key from a file (the host key is
  # still read from the host); add --password=<passphrase> for a protected key
  flux create secret git podinfo-auth \\
    --url=ssh://git@github.com/stefanprodan/podinfo \\
    --private-key-file=./private.key

  # Create a secret for a Git repository using basic authentication
  flux create secret git podinfo-auth \\
    --url=https://github.com/stefanprodan/podinfo \\
    --username=username \\
    --password=password

  # Write a Git SSH secret to disk and print its deploy key
  flux create secret git podinfo-auth \\
    --url=ssh://git@github.com/stefanprodan/podinfo \\
    --export > podinfo-auth.yaml
  yq eval '.stringData.\"identity.pub\"' podinfo-auth.yaml";

/// Create or update a Kubernetes secret for Git authentication
///
/// Generates a Kubernetes secret with Git credentials. For Git over SSH, a key pair is generated
/// (or read from --private-key-file) and the host key is read from the SSH server; both are
/// stored in the secret. For Git over HTTP/S, the basic authentication credentials or the
/// bearer token are stored in the secret.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateSecretGitArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// git address, e.g. ssh://git@host/org/repository
    #[arg(long, default_value = "")]
    pub url: String,

    /// basic authentication username
    #[arg(short = 'u', long, default_value = "")]
    pub username: String,

    /// basic authentication password, or the private key passphrase for SSH (for HTTP/S, falls back to $GIT_PASSWORD)
    #[arg(short = 'p', long, default_value = "")]
    pub password: String,

    #[command(flatten)]
    pub ssh: SshKeyArgs,

    /// path to TLS CA certificate file used for validating self-signed certificates
    #[arg(long, default_value = "")]
    pub ca_crt_file: String,

    /// path to a private key file used for authenticating to the Git SSH server
    #[arg(long, default_value = "")]
    pub private_key_file: String,

    /// bearer authentication token
    #[arg(long, default_value = "")]
    pub bearer_token: String,
}

/// Runs `flux create secret git`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateSecretGitArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?.to_string();
    let url = secret::git_url(&args.url)?;
    let labels = crate::manifests::parse_labels(&flags.labels)?;
    let creds = match secret::git_transport_for(&url)? {
        GitTransport::Ssh { host } => {
            let key_pair = if args.private_key_file.is_empty() {
                let alg = args.ssh.algorithm();
                tokio::task::spawn_blocking(move || ssh::generate(alg))
                    .await
                    .map_err(|e| CliError::msg(format!("key pair generation failed, error: {e}")))?
                    .map_err(|e| CliError::msg(format!("key pair generation failed, error: {e}")))?
            } else {
                let bytes = crate::cmd::create::read_file(ctx, &args.private_key_file)
                    .map_err(|e| CliError::msg(format!("failed to open private key file: {e}")))?;
                let pass = (!args.password.is_empty()).then_some(args.password.as_str());
                ssh::load_key_pair(&bytes, pass).map_err(CliError::msg)?
            };
            // Upstream dials the host even with --export (artifacts-create.md §B.10.1).
            let keyscan = ssh::scan::find_in_path(ctx.env.get(crate::env::PATH), "ssh-keyscan");
            let known_hosts = tokio::task::spawn_blocking(move || {
                ssh::scan::scan_host_key(&host, keyscan.as_deref().map(Path::new), 30)
            })
            .await
            .map_err(|e| CliError::msg(e.to_string()))?
            .map_err(CliError::msg)?;
            GitCredentials::Ssh {
                key_pair,
                known_hosts,
                password: args.password.clone(),
            }
        }
        GitTransport::Http => {
            let mut password = args.password.clone();
            if password.is_empty() {
                password = ctx
                    .env
                    .get(crate::env::GIT_PASSWORD)
                    .unwrap_or_default()
                    .to_string();
            }
            secret::check_git_http_credentials(&args.username, &password, &args.bearer_token)?;
            let ca_crt = if args.ca_crt_file.is_empty() {
                None
            } else {
                Some(
                    crate::cmd::create::read_file(ctx, &args.ca_crt_file)
                        .map_err(|e| CliError::msg(format!("unable to read TLS CA file: {e}")))?,
                )
            };
            GitCredentials::Http {
                username: args.username.clone(),
                password,
                bearer_token: args.bearer_token.clone(),
                ca_crt,
            }
        }
    };
    let obj = secret::git_secret(&name, ctx.namespace(), labels, &creds);
    if flags.export {
        ctx.ui.out(&secret::export_secret(&obj, true)?)?;
        return Ok(ExitStatus::Success);
    }
    if let GitCredentials::Ssh { key_pair, .. } = &creds {
        ctx.ui
            .generate(&format!("deploy key: {}", key_pair.public_key));
    }
    crate::cmd::create::apply_secret_reported(ctx, &obj, "git").await
}

#[cfg(test)]
mod tests {
    use crate::cmd::values::{parse_ecdsa_curve, parse_key_algorithm, parse_rsa_bits};

    #[test]
    fn flag_parsers_use_upstream_messages() {
        let err = |e: crate::cli::FlagError| e.to_string();
        assert_eq!(
            err(parse_rsa_bits("1000").unwrap_err()),
            "RSA key bit size must be at least 1024"
        );
        assert_eq!(
            err(parse_rsa_bits("1025").unwrap_err()),
            "RSA key bit size must be a multiples of 8"
        );
        assert_eq!(
            err(parse_rsa_bits("x").unwrap_err()),
            "strconv.Atoi: parsing \"x\": invalid syntax"
        );
        assert_eq!(parse_rsa_bits(" ").unwrap(), 2048);
        assert_eq!(
            err(parse_key_algorithm("dsa").unwrap_err()),
            "unsupported public key algorithm 'dsa', must be one of: rsa, ecdsa, ed25519"
        );
        assert_eq!(
            err(parse_ecdsa_curve("p999").unwrap_err()),
            "unsupported curve 'p999', must be one of: p256, p384, p521"
        );
    }
}
