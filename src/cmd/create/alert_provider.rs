//! `flux create alert-provider`: mirrors upstream `cmd/flux/create_alertprovider.go` (v2.9.4).
//! Deviations: applying to the cluster is not implemented yet.

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::ApplyWords;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::notification::{ProviderOptions, provider};
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Generate a Provider for a Slack channel
  flux create alert-provider slack \\
  --type slack \\
  --channel general \\
  --address https://hooks.slack.com/services/YOUR/SLACK/WEBHOOK \\
  --secret-ref webhook-url

  # Generate a Provider for a GitHub repository
  flux create alert-provider github-podinfo \\
  --type github \\
  --address https://github.com/stefanprodan/podinfo \\
  --secret-ref github-token";

/// Create or update a Provider resource
///
/// Generates a Provider resource, which describes where alerts are sent.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateAlertProviderArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// the provider type
    #[arg(long = "type", default_value = "")]
    pub type_: String,

    /// the channel messages are posted to, for chat providers
    #[arg(long, default_value = "")]
    pub channel: String,

    /// the bot user name the provider posts as
    #[arg(long, default_value = "")]
    pub username: String,

    /// the address of the Git repository, chat provider or webhook
    #[arg(long, default_value = "")]
    pub address: String,

    /// the name of the Secret holding the authentication token
    #[arg(long, default_value = "")]
    pub secret_ref: String,
}

/// Runs `flux create alert-provider`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateAlertProviderArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?;
    let provider = provider(&ProviderOptions {
        name: name.to_string(),
        namespace: ctx.namespace().to_string(),
        labels: flags.labels.clone(),
        type_: args.type_,
        channel: args.channel,
        username: args.username,
        address: args.address,
        secret_ref: args.secret_ref,
    })?;
    if flags.export {
        ctx.ui.out(&crate::manifests::export_yaml(&provider)?)?;
        return Ok(ExitStatus::Success);
    }
    ctx.ui.generate("generating Provider");
    let words = ApplyWords {
        applying: Some("Provider"),
        created: "Provider",
        waiting: "Provider",
        only_when_changed: false,
    };
    let ready = crate::cmd::create::apply_and_wait(ctx, &provider, &words).await?;
    ctx.ui.success(&format!(
        "Provider {} is ready",
        ready.metadata.name.as_deref().unwrap_or("")
    ));
    Ok(ExitStatus::Success)
}
