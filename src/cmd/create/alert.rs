//! `flux create alert`: mirrors upstream `cmd/flux/create_alert.go` (v2.9.4).
//! Deviations: applying to the cluster is not implemented yet.

use clap::Args;

use crate::cli::pflag_slice;
use crate::cmd::Ctx;
use crate::cmd::create::ApplyWords;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::notification::{AlertOptions, alert};
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Generate an Alert for the events of a Kustomization
  flux create alert \\
  --event-severity info \\
  --event-source Kustomization/flux-system \\
  --provider-ref slack \\
  flux-system";

/// Create or update a Alert resource
///
/// Generates an Alert resource, which forwards the events of the selected objects to a Provider.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateAlertArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// the Provider to send the alerts to
    #[arg(long, default_value = "")]
    pub provider_ref: String,

    /// the severity of the events to alert on
    #[arg(long, default_value = "")]
    pub event_severity: String,

    /// the objects whose events raise alerts (<kind>/<name>), also accepts comma-separated values
    #[arg(long, value_delimiter = ',', action = clap::ArgAction::Append)]
    pub event_source: Vec<String>,
}

/// Runs `flux create alert`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateAlertArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?;
    let alert = alert(&AlertOptions {
        name: name.to_string(),
        namespace: ctx.namespace().to_string(),
        labels: flags.labels.clone(),
        provider_ref: args.provider_ref,
        event_severity: args.event_severity,
        event_sources: pflag_slice(args.event_source),
    })?;
    if flags.export {
        ctx.ui.out(&crate::manifests::export_yaml(&alert)?)?;
        return Ok(ExitStatus::Success);
    }
    ctx.ui.generate("generating Alert");
    let words = ApplyWords {
        applying: Some("Alert"),
        created: "Alert",
        waiting: "Alert",
        only_when_changed: false,
    };
    let ready = crate::cmd::create::apply_and_wait(ctx, &alert, &words).await?;
    ctx.ui.success(&format!(
        "Alert {} is ready",
        ready.metadata.name.as_deref().unwrap_or("")
    ));
    Ok(ExitStatus::Success)
}
