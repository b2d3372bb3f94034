//! `flux create receiver`: mirrors upstream `cmd/flux/create_receiver.go` (v2.9.4).
//! Deviations: applying to the cluster is not implemented yet.

use clap::Args;

use crate::cli::pflag_slice;
use crate::cmd::Ctx;
use crate::cmd::create::ApplyWords;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::notification::{ReceiverOptions, parse_receiver_type, receiver};
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Generate a Receiver for GitHub push events
  flux create receiver github-receiver \\
    --type github \\
    --event ping \\
    --event push \\
    --secret-ref webhook-token \\
    --resource GitRepository/webapp \\
    --resource HelmRepository/webapp";

/// Create or update a Receiver resource
///
/// Generates a Receiver resource, a webhook endpoint that asks Flux to reconcile the listed
/// objects when an external system sends an event.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateReceiverArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// the receiver type, one of: generic, generic-hmac, github, gitlab, bitbucket, harbor, dockerhub, quay, gcr, nexus, acr, cdevents
    #[arg(long = "type", value_parser = parse_receiver_type)]
    pub type_: Option<String>,

    /// the name of the Secret holding the webhook token
    #[arg(long, default_value = "")]
    pub secret_ref: String,

    /// the event types to handle, also accepts comma-separated values
    #[arg(long, value_delimiter = ',', action = clap::ArgAction::Append)]
    pub event: Vec<String>,

    /// the objects to reconcile (<kind>/<name>), also accepts comma-separated values
    #[arg(long, value_delimiter = ',', action = clap::ArgAction::Append)]
    pub resource: Vec<String>,
}

/// Runs `flux create receiver`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateReceiverArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?;
    let receiver = receiver(&ReceiverOptions {
        name: name.to_string(),
        namespace: ctx.namespace().to_string(),
        labels: flags.labels.clone(),
        type_: args.type_.unwrap_or_default(),
        secret_ref: args.secret_ref,
        events: pflag_slice(args.event),
        resources: pflag_slice(args.resource),
    })?;
    if flags.export {
        ctx.ui.out(&crate::manifests::export_yaml(&receiver)?)?;
        return Ok(ExitStatus::Success);
    }
    ctx.ui.generate("generating Receiver");
    let words = ApplyWords {
        applying: Some("Receiver"),
        created: "Receiver",
        waiting: "Receiver",
        only_when_changed: false,
    };
    let ready = crate::cmd::create::apply_and_wait(ctx, &receiver, &words).await?;
    ctx.ui.success(&format!(
        "Receiver {} is ready",
        ready.metadata.name.as_deref().unwrap_or("")
    ));
    ctx.ui.success(&format!(
        "generated webhook URL {}",
        ready.data["status"]["webhookPath"].as_str().unwrap_or("")
    ));
    Ok(ExitStatus::Success)
}
