//! `flux create helmrelease`: mirrors upstream `cmd/flux/create_helmrelease.go` (v2.9.4).
//! Deviations: applying to the cluster is not implemented yet (the command stops after
//! `✚ generating HelmRelease`).

use clap::Args;

use crate::cli::{FlagError, GoDuration, parse_bool, parse_duration, pflag_slice};
use crate::cmd::Ctx;
use crate::cmd::create::ApplyWords;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::SourceRef;
use crate::manifests::helmrelease::{self as generator, HelmReleaseOptions};
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Create a HelmRelease with a chart from a HelmRepository source
  flux create hr podinfo \\
    --interval=10m \\
    --source=HelmRepository/podinfo \\
    --chart=podinfo \\
    --chart-version=\">4.0.0\"

  # Create a HelmRelease with a chart from a GitRepository source
  flux create hr podinfo \\
    --interval=10m \\
    --source=GitRepository/podinfo \\
    --chart=./charts/podinfo

  # Create a HelmRelease with a chart from a Bucket source
  flux create hr podinfo \\
    --interval=10m \\
    --source=Bucket/podinfo \\
    --chart=./charts/podinfo

  # Create a HelmRelease with a chart from an OCIRepository
  flux create hr podinfo \\
    --interval=10m \\
    --chart-ref=OCIRepository/podinfo.flux-system

  # Create a HelmRelease with values from local YAML files
  flux create hr podinfo \\
    --source=HelmRepository/podinfo \\
    --chart=podinfo \\
    --values=./my-values1.yaml \\
    --values=./my-values2.yaml

  # Create a HelmRelease with values from a Kubernetes secret
  kubectl -n app create secret generic my-secret-values \\
    --from-file=values.yaml=/path/to/my-secret-values.yaml
  flux -n app create hr podinfo \\
    --source=HelmRepository/podinfo \\
    --chart=podinfo \\
    --values-from=Secret/my-secret-values

  # Create a HelmRelease with a custom release name
  flux create hr podinfo \\
    --release-name=podinfo-dev \\
    --source=HelmRepository/podinfo \\
    --chart=podinfo

  # Create a HelmRelease targeting another namespace than the resource
  flux create hr podinfo \\
    --target-namespace=test \\
    --create-target-namespace=true \\
    --source=HelmRepository/podinfo \\
    --chart=podinfo

  # Create a HelmRelease using a source from a different namespace
  flux create hr podinfo \\
    --namespace=default \\
    --source=HelmRepository/podinfo.flux-system \\
    --chart=podinfo

  # Create a HelmRelease definition on disk without applying it on the cluster
  flux create hr podinfo \\
    --source=HelmRepository/podinfo \\
    --chart=podinfo \\
    --values=./values.yaml \\
    --export > podinfo-release.yaml";

/// Create or update a HelmRelease resource
///
/// The helmrelease create command generates a HelmRelease resource for a given HelmRepository
/// source.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateHelmreleaseArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// name used for the Helm release, defaults to a composition of '[<target-namespace>-]<HelmRelease-name>'
    #[arg(long, default_value = "")]
    pub release_name: String,

    /// source that contains the chart in the format '<kind>/<name>.<namespace>', where kind must be one of: (HelmRepository, GitRepository, Bucket)
    #[arg(long, value_name = "helmChartSource", value_parser = parse_source)]
    pub source: Option<SourceRef>,

    /// Helm chart name or path
    #[arg(long, default_value = "")]
    pub chart: String,

    /// Helm chart version, accepts a semver range (ignored for charts from GitRepository sources)
    #[arg(long, default_value = "")]
    pub chart_version: String,

    /// HelmReleases that must be ready before this release can be installed, supported formats '<name>' and '<namespace>/<name>'
    #[arg(long, value_delimiter = ',', action = clap::ArgAction::Append)]
    pub depends_on: Vec<String>,

    /// namespace to install this release, defaults to the HelmRelease namespace
    #[arg(long, default_value = "")]
    pub target_namespace: String,

    /// namespace to store the Helm release, defaults to the target namespace
    #[arg(long, default_value = "")]
    pub storage_namespace: String,

    /// create the target namespace if it does not exist
    #[arg(long, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub create_target_namespace: bool,

    /// the name of the service account to impersonate when reconciling this HelmRelease
    #[arg(long, default_value = "")]
    pub service_account: String,

    /// the reconcile strategy for helm chart created by the helm release(accepted values: Revision and ChartRevision)
    #[arg(long, default_value = "ChartVersion")]
    pub reconcile_strategy: String,

    /// the interval of which to check for new chart versions
    #[arg(long, default_value = "0s", value_parser = parse_duration)]
    pub chart_interval: GoDuration,

    /// local path to values.yaml files, also accepts comma-separated values
    #[arg(long, value_delimiter = ',', action = clap::ArgAction::Append)]
    pub values: Vec<String>,

    /// a Kubernetes object reference that contains the values.yaml data key in the format '<kind>/<name>', where kind must be one of: (Secret,ConfigMap)
    #[arg(long, value_delimiter = ',', action = clap::ArgAction::Append)]
    pub values_from: Vec<String>,

    /// upgrade CRDs policy, available options are: (Skip, Create, CreateReplace)
    #[arg(long, value_name = "crds", value_parser = parse_crds)]
    pub crds: Option<String>,

    /// the name of the Kubernetes Secret that contains a key with the kubeconfig file for connecting to a remote cluster
    #[arg(long, default_value = "")]
    pub kubeconfig_secret_ref: String,

    /// the name of the HelmChart resource to use as source for the HelmRelease, in the format '<kind>/<name>.<namespace>', where kind must be one of: (OCIRepository,HelmChart)
    #[arg(long, default_value = "")]
    pub chart_ref: String,
}

fn parse_source(s: &str) -> Result<SourceRef, FlagError> {
    generator::HELM_CHART_SOURCE.parse(s)
}

fn parse_crds(s: &str) -> Result<String, FlagError> {
    generator::CRDS_POLICY.check(s)
}

/// Runs `flux create helmrelease`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateHelmreleaseArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?.to_string();
    let opts = HelmReleaseOptions {
        name,
        namespace: ctx.namespace().to_string(),
        labels: flags.labels.clone(),
        interval: flags.interval,
        release_name: args.release_name,
        source: args.source,
        chart: args.chart,
        chart_version: args.chart_version,
        chart_interval: args.chart_interval,
        reconcile_strategy: args.reconcile_strategy,
        chart_ref: args.chart_ref,
        depends_on: pflag_slice(args.depends_on),
        target_namespace: args.target_namespace,
        storage_namespace: args.storage_namespace,
        create_target_namespace: args.create_target_namespace,
        service_account: args.service_account,
        crds: args.crds,
        values: pflag_slice(args.values),
        values_from: pflag_slice(args.values_from),
        kubeconfig_secret_ref: args.kubeconfig_secret_ref,
    };
    let read = |path: &str| crate::cmd::create::read_file(ctx, path);
    let report: Option<&dyn Reporter> = if flags.export { None } else { Some(&ctx.ui) };
    let hr = generator::build(&opts, report, &read)?;
    if flags.export {
        ctx.ui.out(&crate::manifests::export_yaml(&hr)?)?;
        return Ok(ExitStatus::Success);
    }
    let words = ApplyWords {
        applying: Some("HelmRelease"),
        created: "HelmRelease",
        waiting: "HelmRelease",
        only_when_changed: false,
    };
    let ready = crate::cmd::create::apply_and_wait(ctx, &hr, &words).await?;
    ctx.ui.success(&format!(
        "HelmRelease {} is ready",
        ready.metadata.name.as_deref().unwrap_or("")
    ));
    ctx.ui.success(&format!(
        "applied revision {}",
        crate::cluster::apply::helm_release_revision(&crate::cluster::objects::to_json(&ready))
    ));
    Ok(ExitStatus::Success)
}
