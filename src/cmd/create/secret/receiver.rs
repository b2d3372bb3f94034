//! `flux create secret receiver`: mirrors upstream `cmd/flux/create_secret_receiver.go`
//! (v2.9.4).

use clap::Args;
use rand::RngCore;

use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::secret::{self, ReceiverSecretOptions};

const EXAMPLES: &str = "Examples:
  # Create a receiver secret for GitHub with a generated token
  flux create secret receiver github-receiver \\
    --namespace=my-namespace \\
    --type=github \\
    --hostname=flux.example.com \\
    --export

  # Create a receiver secret for GCR with an email claim
  flux create secret receiver gcr-receiver \\
    --type=gcr \\
    --token=my-token \\
    --hostname=flux.example.com \\
    --email-claim=sa@project.iam.gserviceaccount.com \\
    --export";

/// Create or update a Kubernetes secret for a Receiver webhook
///
/// Generates a Kubernetes secret with the token of a notification Receiver (a random one when
/// --token is not given) and annotates it with the webhook URL derived from the token.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateSecretReceiverArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// the receiver type (generic, generic-hmac, github, gitlab, bitbucket, harbor, dockerhub, quay, gcr, nexus, acr, cdevents)
    #[arg(long = "type", value_parser = crate::manifests::notification::parse_receiver_type)]
    pub receiver_type: Option<String>,

    /// the token used to authenticate webhook calls (a random one is generated when empty)
    #[arg(long, default_value = "")]
    pub token: String,

    /// the hostname of the webhook receiver, used to build the webhook URL
    #[arg(long, default_value = "")]
    pub hostname: String,

    /// the email claim expected in the GCR OIDC token (required for --type=gcr)
    #[arg(long, default_value = "")]
    pub email_claim: String,

    /// the audience claim expected in the GCR OIDC token (defaults to the webhook URL)
    #[arg(long, default_value = "")]
    pub audience_claim: String,
}

/// Runs `flux create secret receiver`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateSecretReceiverArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?;
    let mut opts = ReceiverSecretOptions {
        receiver_type: args.receiver_type.clone().unwrap_or_default(),
        token: args.token.clone(),
        hostname: args.hostname.clone(),
        email_claim: args.email_claim.clone(),
        audience_claim: args.audience_claim.clone(),
    };
    secret::check_receiver_options(&opts)?;
    let labels = crate::manifests::parse_labels(&flags.labels)?;
    if opts.token.is_empty() {
        let mut bytes = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        opts.token = bytes.iter().map(|b| format!("{b:02x}")).collect();
    }
    let obj = secret::receiver_secret(name, ctx.namespace(), labels, &opts);
    if flags.export {
        ctx.ui.out(&secret::export_secret(&obj, true)?)?;
        return Ok(ExitStatus::Success);
    }
    crate::cmd::create::apply_secret_reported(ctx, &obj, "receiver").await
}
