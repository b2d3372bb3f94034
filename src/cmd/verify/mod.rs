//! `flux verify` (flux-rs beyond upstream): checks cosign signatures of artifacts. Also holds the
//! helpers `push artifact --sign` shares: loading a cosign private key with its password and
//! turning `--creds`/`--provider` into registry credentials for the signature client.

pub mod artifact;

use std::io::{BufRead, Read};

use clap::{Args, Subcommand};
use p256::ecdsa::SigningKey;

use crate::cmd::Ctx;
use crate::cmd::registry::RegistryAuthArgs;
use crate::error::{CliError, ExitStatus};
use crate::oci::sign::distribution::{ArtifactRef, Credentials};
use crate::oci::sign::keys;
use crate::report::Reporter;

/// Verify artifacts in a container registry
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct VerifyArgs {
    #[command(subcommand)]
    pub command: VerifyCommand,
}

/// The `flux verify` subcommands.
#[derive(Debug, Subcommand)]
pub enum VerifyCommand {
    /// Verify the cosign signature of an OCI artifact with a public key
    Artifact(artifact::VerifyArtifactArgs),
}

/// Runs `flux verify …`.
pub async fn run(ctx: &Ctx, args: VerifyArgs) -> Result<ExitStatus, CliError> {
    match args.command {
        VerifyCommand::Artifact(a) => artifact::run(ctx, a).await,
    }
}

/// Loads the cosign private key at `path` (`--key` of `push artifact --sign`). The password is
/// `COSIGN_PASSWORD` when set (even empty, as cosign), else read from standard input: one line
/// after a prompt on a terminal, all of it otherwise (trailing newline removed).
pub fn load_signing_key(ctx: &Ctx, path: &str) -> Result<SigningKey, CliError> {
    let pem = std::fs::read(ctx.env.resolve(path)).map_err(|e| {
        CliError::msg(format!(
            "reading private key failed: {}",
            crate::oci::go_path_error("open", path, &e)
        ))
    })?;
    let password = match ctx.env.get(crate::env::COSIGN_PASSWORD) {
        Some(p) => p.as_bytes().to_vec(),
        None if ctx.env.stdin_is_tty => {
            ctx.ui.err_line("Enter password for private key: ");
            let mut line = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .map_err(|e| CliError::msg(format!("reading password failed: {e}")))?;
            line.trim_end_matches(['\r', '\n']).as_bytes().to_vec()
        }
        None => {
            let mut buf = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut buf)
                .map_err(|e| CliError::msg(format!("reading password failed: {e}")))?;
            while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                buf.pop();
            }
            buf
        }
    };
    keys::decrypt_private_key(&pem, &password)
        .map_err(|e| CliError::msg(format!("loading private key failed: {e}")))
}

/// Registry credentials from `--provider`/`--creds`/the keychain, printing upstream's login
/// lines (§A.2).
pub async fn registry_credentials(
    ctx: &Ctx,
    auth: &RegistryAuthArgs,
    reference: &ArtifactRef,
) -> Result<Credentials, CliError> {
    auth.print_login(ctx);
    registry_credentials_quiet(ctx, auth, reference).await
}

/// `push artifact --sign --key FILE`: after the push, signs `digest` of `url`'s repository with
/// the cosign key and pushes the signature (`sha256-<hex>.sig`). Prints
/// `► signing artifact with key <file>` and `✔ artifact signed: <repo>:<sig tag>`.
/// Errors read `signing artifact failed: <cause>`.
pub async fn sign_pushed_artifact(
    ctx: &Ctx,
    url: &str,
    digest: &str,
    key_path: &str,
    auth: &RegistryAuthArgs,
    insecure: bool,
) -> Result<crate::oci::sign::SignedArtifact, CliError> {
    use crate::oci::sign::distribution::DistributionRepo;
    let key = load_signing_key(ctx, key_path)?;
    let reference = ArtifactRef::parse(url).map_err(CliError::msg)?;
    let repo: DistributionRepo = auth
        .client(ctx, &reference, insecure, "error setting up transport: ")
        .await?;
    ctx.ui
        .action(&format!("signing artifact with key {key_path}"));
    let signed = crate::oci::sign::sign_artifact(&repo, &reference.repository_name(), digest, &key)
        .await
        .map_err(|e| CliError::msg(format!("signing artifact failed: {e}")))?;
    ctx.ui.success(&format!(
        "artifact signed: {}:{}",
        reference.repository_name(),
        signed.tag
    ));
    Ok(signed)
}

/// [`registry_credentials`] without the login lines (the push already printed them).
async fn registry_credentials_quiet(
    ctx: &Ctx,
    auth: &RegistryAuthArgs,
    reference: &ArtifactRef,
) -> Result<Credentials, CliError> {
    auth.credentials(ctx, reference, "error setting up transport: ")
        .await
}
