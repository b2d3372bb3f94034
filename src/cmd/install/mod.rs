//! `flux install`: mirrors upstream `cmd/flux/install.go` (bootstrap-install.md §1.8, §5).
//! Deviations: `--multi-tenant` and `--default-service-account` (the lockdown of §8) are
//! flux-rs additions; a failed apply lists what was already applied; the Deployment wait
//! watches instead of polling.

mod run;

pub use run::{run, validate_namespace};

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::values::{LogLevel, parse_log_level};

const EXAMPLES: &str = "Examples:
  # Install the default components
  flux install

  # Install with the image automation controllers
  flux install --components-extra=image-reflector-controller,image-automation-controller

  # Print the install manifests instead of applying them
  flux install --export > flux-system.yaml";

/// Install or upgrade the Flux components on a cluster
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct InstallArgs {
    /// print the install manifests to stdout instead of applying them
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub export: bool,

    /// toolkit version to install; when set, the manifests are downloaded from the flux2 GitHub releases
    #[arg(short = 'v', long)]
    pub version: Option<String>,

    /// the components to install, comma separated
    #[arg(long, value_delimiter = ',', action = ArgAction::Append,
          default_value = "source-controller,kustomize-controller,helm-controller,notification-controller")]
    pub components: Vec<String>,

    /// extra components to install besides the default ones, comma separated (e.g. 'image-reflector-controller,image-automation-controller,source-watcher')
    #[arg(long, value_delimiter = ',', action = ArgAction::Append)]
    pub components_extra: Vec<String>,

    /// path to a directory of manifests to use instead of the built-in ones
    #[arg(long, hide = true)]
    pub manifests: Option<String>,

    /// registry the controller images are pulled from
    #[arg(long, default_value = "ghcr.io/fluxcd")]
    pub registry: String,

    /// credentials for the registry as 'user:password' (needs --image-pull-secret)
    #[arg(long)]
    pub registry_creds: Option<String>,

    /// name of the Kubernetes Secret used to pull the controller images from a private registry
    #[arg(long)]
    pub image_pull_secret: Option<String>,

    /// make the controllers watch all namespaces; when false only the Flux namespace is watched
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "true", value_parser = parse_bool)]
    pub watch_all_namespaces: bool,

    /// controller log level (debug, info, error)
    #[arg(long, default_value = "info", value_parser = parse_log_level)]
    pub log_level: LogLevel,

    /// add network policies that block ingress to the controllers from other namespaces
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "true", value_parser = parse_bool)]
    pub network_policy: bool,

    /// the cluster's internal DNS domain
    #[arg(long, default_value = "cluster.local")]
    pub cluster_domain: String,

    /// taint keys the controller pods tolerate, comma separated
    #[arg(long, value_delimiter = ',', action = ArgAction::Append)]
    pub toleration_keys: Vec<String>,

    /// take over a Flux installation managed by another tool such as Helm
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub force: bool,

    /// lock the controllers down for multi-tenancy: no cross-namespace references, no remote kustomize bases, and a default service account for impersonation
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub multi_tenant: bool,

    /// with --multi-tenant, the service account kustomize-controller and helm-controller impersonate when an object names none
    #[arg(long, default_value = "default")]
    pub default_service_account: String,
}
