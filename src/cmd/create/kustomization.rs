//! `flux create kustomization`: mirrors upstream `cmd/flux/create_kustomization.go` (v2.9.4).
//! Deviations: applying to the cluster is not implemented yet (the command stops after
//! `✚ generating Kustomization`).

use clap::Args;

use crate::cli::{FlagError, GoDuration, parse_bool, parse_duration, pflag_slice};
use crate::cmd::Ctx;
use crate::cmd::create::ApplyWords;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::SourceRef;
use crate::manifests::kustomization::{self as generator, KustomizationOptions};
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Create a Kustomization resource from a source at a given path
  flux create kustomization kyverno \\
    --source=GitRepository/kyverno \\
    --path=\"./config/release\" \\
    --prune=true \\
    --interval=60m \\
    --wait=true \\
    --health-check-timeout=3m

  # Create a Kustomization resource that depends on the previous one
  flux create kustomization kyverno-policies \\
    --depends-on=kyverno \\
    --source=GitRepository/kyverno-policies \\
    --path=\"./policies/flux\" \\
    --prune=true \\
    --interval=5m

  # Create a Kustomization using a source from a different namespace
  flux create kustomization podinfo \\
    --namespace=default \\
    --source=GitRepository/podinfo.flux-system \\
    --path=\"./kustomize\" \\
    --prune=true \\
    --interval=5m

  # Create a Kustomization resource that references an OCIRepository
  flux create kustomization podinfo \\
    --source=OCIRepository/podinfo \\
    --target-namespace=default \\
    --prune=true \\
    --interval=5m

  # Create a Kustomization resource that references a Bucket
  flux create kustomization secrets \\
    --source=Bucket/secrets \\
    --prune=true \\
    --interval=5m";

/// Create or update a Kustomization resource
///
/// The create command generates a Kustomization resource for a given source.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateKustomizationArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// source that contains the Kubernetes manifests in the format '[<kind>/]<name>.<namespace>', where kind must be one of: (OCIRepository, GitRepository, Bucket), if kind is not specified it defaults to GitRepository
    #[arg(long, value_name = "kustomizationSource", value_parser = parse_source)]
    pub source: Option<SourceRef>,

    /// path to the directory containing a kustomization.yaml file
    #[arg(long, value_name = "safeRelativePath", default_value = "./")]
    pub path: String,

    /// enable garbage collection
    #[arg(long, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub prune: bool,

    /// enable health checking of all the applied resources
    #[arg(long, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub wait: bool,

    /// workload to be included in the health assessment, in the format '<kind>/<name>.<namespace>'
    #[arg(long, value_delimiter = ',', action = clap::ArgAction::Append)]
    pub health_check: Vec<String>,

    /// timeout of health checking operations
    #[arg(long, default_value = "2m0s", value_parser = parse_duration)]
    pub health_check_timeout: GoDuration,

    // Deprecated upstream and ignored; using it prints pflag's deprecation notice.
    /// validate the manifests before applying them on the cluster, can be 'client' or 'server'
    #[arg(long, hide = true)]
    pub validation: Option<String>,

    /// Kustomization that must be ready before this Kustomization can be applied, supported formats '<name>' and '<namespace>/<name>', also accepts comma-separated values
    #[arg(long, value_delimiter = ',', action = clap::ArgAction::Append)]
    pub depends_on: Vec<String>,

    /// the name of the service account to impersonate when reconciling this Kustomization
    #[arg(long, default_value = "")]
    pub service_account: String,

    /// decryption provider, available options are: (sops)
    #[arg(long, value_name = "decryptionProvider", value_parser = parse_decryption_provider)]
    pub decryption_provider: Option<String>,

    /// set the Kubernetes secret name that contains the OpenPGP private keys used for sops decryption
    #[arg(long, default_value = "")]
    pub decryption_secret: String,

    /// overrides the namespace of all Kustomization objects reconciled by this Kustomization
    #[arg(long, default_value = "")]
    pub target_namespace: String,

    /// the name of the Kubernetes Secret that contains a key with the kubeconfig file for connecting to a remote cluster
    #[arg(long, default_value = "")]
    pub kubeconfig_secret_ref: String,

    /// the interval at which to retry a previously failed reconciliation
    #[arg(long, default_value = "0s", value_parser = parse_duration)]
    pub retry_interval: GoDuration,
}

fn parse_source(s: &str) -> Result<SourceRef, FlagError> {
    generator::KUSTOMIZATION_SOURCE.parse(s)
}

fn parse_decryption_provider(s: &str) -> Result<String, FlagError> {
    generator::DECRYPTION_PROVIDER.check(s)
}

/// The deprecation notice pflag prints when `--validation` is used.
const VALIDATION_DEPRECATED: &str = "Flag --validation has been deprecated, this arg is no longer used, all resources are validated using server-side apply dry-run";

/// Runs `flux create kustomization`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateKustomizationArgs,
) -> Result<ExitStatus, CliError> {
    if args.validation.is_some() {
        ctx.ui.err_line(VALIDATION_DEPRECATED);
    }
    let name = crate::manifests::name_arg(&args.args)?.to_string();
    let opts = KustomizationOptions {
        name,
        namespace: ctx.namespace().to_string(),
        labels: flags.labels.clone(),
        interval: flags.interval,
        source: args.source,
        path: generator::safe_relative_path(&ctx.env.cwd, &args.path),
        prune: args.prune,
        wait: args.wait,
        health_checks: pflag_slice(args.health_check),
        health_check_timeout: args.health_check_timeout,
        depends_on: pflag_slice(args.depends_on),
        service_account: args.service_account,
        decryption_provider: args.decryption_provider,
        decryption_secret: args.decryption_secret,
        target_namespace: args.target_namespace,
        kubeconfig_secret_ref: args.kubeconfig_secret_ref,
        retry_interval: args.retry_interval,
    };
    let report: Option<&dyn Reporter> = if flags.export { None } else { Some(&ctx.ui) };
    let ks = generator::build(&opts, report)?;
    if flags.export {
        ctx.ui.out(&crate::manifests::export_yaml(&ks)?)?;
        return Ok(ExitStatus::Success);
    }
    let words = ApplyWords {
        applying: Some("Kustomization"),
        created: "Kustomization",
        waiting: "Kustomization",
        only_when_changed: false,
    };
    let ready = crate::cmd::create::apply_and_wait(ctx, &ks, &words).await?;
    ctx.ui.success(&format!(
        "Kustomization {} is ready",
        ready.metadata.name.as_deref().unwrap_or("")
    ));
    ctx.ui.success(&format!(
        "applied revision {}",
        ready.data["status"]["lastAppliedRevision"]
            .as_str()
            .unwrap_or("")
    ));
    Ok(ExitStatus::Success)
}
