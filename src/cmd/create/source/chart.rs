//! `flux create source chart`: mirrors upstream `cmd/flux/create_source_chart.go` (v2.9.4).
//! Deviations: without `--export` the command stops before cluster access (apply is not
//! implemented yet). Kept upstream quirks: `✚ generating HelmChart source` is printed even
//! with `--export`, and a lone `--verify-subject` is dropped without an error.

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::ApplyWords;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::SourceRef;
use crate::manifests::source::chart::{ChartOptions, helm_chart};
use crate::manifests::source::chart_source;
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Create a source for a chart residing in a HelmRepository
  flux create source chart podinfo \\
    --source=HelmRepository/podinfo \\
    --chart=podinfo \\
    --chart-version=6.x

  # Create a source for a chart residing in a Git repository
  flux create source chart podinfo \\
    --source=GitRepository/podinfo \\
    --chart=./charts/podinfo

  # Create a source for a chart residing in a S3 Bucket
  flux create source chart podinfo \\
    --source=Bucket/podinfo \\
    --chart=./charts/podinfo

  # Create a source for a chart from OCI and verify its signature
  flux create source chart podinfo \\
    --source HelmRepository/podinfo \\
    --chart podinfo \\
    --chart-version=6.6.2 \\
    --verify-provider=cosign \\
    --verify-issuer=https://token.actions.githubusercontent.com \\
    --verify-subject=https://github.com/stefanprodan/podinfo/.github/workflows/release.yml@refs/tags/6.6.2";

/// Create or update a HelmChart source
///
/// Generates a HelmChart object and waits for the chart to be available.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateSourceChartArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// Helm chart name or path
    #[arg(long, default_value = "")]
    pub chart: String,

    /// Helm chart version, accepts a semver range (ignored for charts from GitRepository sources)
    #[arg(long, default_value = "")]
    pub chart_version: String,

    /// source that contains the chart in the format '<kind>/<name>', where kind must be one of: (HelmRepository, GitRepository, Bucket)
    #[arg(long, value_parser = chart_source)]
    pub source: Option<SourceRef>,

    /// the reconcile strategy for helm chart (accepted values: Revision and ChartRevision)
    #[arg(long, default_value = "ChartVersion")]
    pub reconcile_strategy: String,

    #[command(flatten)]
    pub verify: super::VerifyArgs,
}

/// Runs `flux create source chart`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateSourceChartArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?;
    let opts = ChartOptions {
        common: flags.source_common(name, ctx.namespace()),
        source: args.source.clone(),
        chart: args.chart.clone(),
        chart_version: args.chart_version.clone(),
        reconcile_strategy: args.reconcile_strategy.clone(),
        verify: args.verify.to_options(),
    };
    opts.check_required()?;
    // Upstream prints this before the remaining checks, with or without --export.
    ctx.ui.generate("generating HelmChart source");
    let chart = helm_chart(&opts)?;
    if flags.export {
        ctx.ui.out(&crate::manifests::export_yaml(&chart)?)?;
        return Ok(ExitStatus::Success);
    }
    ctx.ui.action("applying HelmChart source");
    let words = ApplyWords {
        applying: None,
        created: "source",
        waiting: "HelmChart source",
        only_when_changed: false,
    };
    let ready = crate::cmd::create::apply_and_wait(ctx, &chart, &words).await?;
    ctx.ui.success("HelmChart source reconciliation completed");
    match crate::cmd::create::artifact_revision(&ready) {
        Some(rev) => ctx.ui.success(&format!("fetched revision: {rev}")),
        None => {
            return Err(CliError::msg(
                "HelmChart source reconciliation completed but no artifact was found",
            ));
        }
    }
    Ok(ExitStatus::Success)
}
