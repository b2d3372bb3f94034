//! The OCI registry flags the artifact commands share (`push`, `pull`, `tag` and `diff
//! artifact`, `list artifacts`): how they authenticate to the registry. Upstream declares them
//! in each `cmd/flux/*_artifact.go`.

use clap::Args;

use crate::cmd::values::{OciProvider, parse_oci_provider};

/// The registry authentication flags, in the order the artifact commands' help lists them.
#[derive(Debug, Clone, Args)]
pub struct RegistryAuthArgs {
    /// registry credentials as '<username>[:<password>]'
    #[arg(long)]
    pub creds: Option<String>,

    /// OCI provider used to authenticate (generic, aws, azure, gcp)
    #[arg(long, default_value = "generic", value_parser = parse_oci_provider)]
    pub provider: OciProvider,
}
