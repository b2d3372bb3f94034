//! `flux create secret githubapp`: mirrors upstream `cmd/flux/create_secret_github_app.go`
//! (v2.9.4). `--label` is ignored, as upstream does.

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::secret;

const EXAMPLES: &str = "Examples:
  # Create a GitHub App secret on disk
  flux create secret githubapp appinfo \\
    --app-id=1 \\
    --app-installation-owner=my-org \\
    --app-private-key=./private-key-file.pem \\
    --export > secret.yaml

  # Use an installation ID and a GitHub Enterprise Server API address
  flux create secret githubapp appinfo \\
    --app-id=1 \\
    --app-installation-id=2 \\
    --app-private-key=./private-key-file.pem \\
    --app-base-url=www.example.com/api/v3";

/// Create or update a GitHub App secret
///
/// Generates a Kubernetes secret with the GitHub App ID, installation owner or ID, private key
/// and optional base URL, for GitRepository and provider authentication with a GitHub App.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateSecretGithubappArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// github app ID
    #[arg(long, default_value = "")]
    pub app_id: String,

    /// github app installation owner (user or organization)
    #[arg(long, default_value = "")]
    pub app_installation_owner: String,

    /// github app installation ID
    #[arg(long, default_value = "")]
    pub app_installation_id: String,

    /// github app private key file path
    #[arg(long, default_value = "")]
    pub app_private_key: String,

    /// github app base URL
    #[arg(long, default_value = "")]
    pub app_base_url: String,
}

/// Runs `flux create secret githubapp`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateSecretGithubappArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?;
    let key = crate::cmd::create::read_file(ctx, &args.app_private_key)
        .map_err(|e| CliError::msg(format!("unable to read private key file: {e}")))?;
    let obj = secret::github_app_secret(
        name,
        ctx.namespace(),
        &args.app_id,
        &args.app_installation_owner,
        &args.app_installation_id,
        &String::from_utf8_lossy(&key),
        &args.app_base_url,
    )?;
    if flags.export {
        ctx.ui.out(&secret::export_secret(&obj, true)?)?;
        return Ok(ExitStatus::Success);
    }
    crate::cmd::create::apply_secret_reported(ctx, &obj, "githubapp").await
}
