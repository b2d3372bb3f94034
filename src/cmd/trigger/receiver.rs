//! `flux trigger receiver`: mirrors upstream `cmd/flux/trigger_receiver.go`.
//! Deviations: none known.

use clap::Args;

use crate::cli::{GoDuration, parse_duration, parse_i32};
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Trigger a generic Receiver
  flux trigger receiver my-receiver --token=$TOKEN

  # Trigger a Receiver through an explicit URL with a JSON payload
  flux trigger receiver --url=https://flux-webhook.example.com/hook/1234 --token=$TOKEN --payload='{\"ref\":\"main\"}'";

// Trigger a Receiver.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct TriggerReceiverArgs {
    /// name of the Receiver (its webhook URL is read from the cluster)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// the Receiver's secret token
    #[arg(long)]
    pub token: Option<String>,

    /// the webhook URL, instead of reading it from the Receiver
    #[arg(long)]
    pub url: Option<String>,

    /// the Receiver type, which decides how the request is signed
    #[arg(long = "type", default_value = "generic")]
    pub type_: String,

    /// OIDC provider that issues the token (generic-oidc receivers)
    #[arg(long)]
    pub oidc_provider: Option<String>,

    /// OIDC token to send (generic-oidc receivers)
    #[arg(long)]
    pub oidc_token: Option<String>,

    /// audience of the requested OIDC token (needs --oidc-provider)
    #[arg(long)]
    pub oidc_audience: Option<String>,

    /// JSON body of the request
    #[arg(long, default_value = "{}")]
    pub payload: String,

    /// how many times to retry a failed request
    #[arg(long, default_value = "10", value_parser = parse_i32)]
    pub retries: i32,

    /// how long to wait between retries
    #[arg(long, default_value = "10s", value_parser = parse_duration)]
    pub retry_delay: GoDuration,
}

/// Runs `flux trigger receiver`.
pub async fn run(_ctx: &Ctx, _args: TriggerReceiverArgs) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
