//! `flux create`: the group's persistent flags (`--export`, `--interval`, `--label`), its
//! subcommand enum and dispatch. Mirrors upstream `cmd/flux/create.go`.

pub mod alert;
pub mod alert_provider;
pub mod helmrelease;
pub mod image;
pub mod kustomization;
pub mod receiver;
pub mod secret;
pub mod source;
pub mod tenant;

use clap::{Args, Subcommand};

use crate::cli::{GoDuration, parse_bool, parse_duration, pflag_slice};
use crate::cmd::Ctx;
use crate::cmd::values::{
    EcdsaCurve, KeyAlgorithm, parse_ecdsa_curve, parse_key_algorithm, parse_rsa_bits,
};
use crate::error::{CliError, ExitStatus};
use crate::manifests::source::SourceCommon;

/// Create or update sources and resources
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct CreateArgs {
    /// export in YAML format to stdout
    #[arg(long, global = true, action = clap::ArgAction::Set, num_args = 0..=1,
          default_missing_value = "true", require_equals = true, default_value = "false",
          value_parser = parse_bool)]
    pub export: bool,

    /// source sync interval
    #[arg(long, global = true, default_value = "1m0s", value_parser = parse_duration)]
    pub interval: GoDuration,

    /// set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)
    #[arg(long, global = true, value_delimiter = ',', action = clap::ArgAction::Append)]
    pub label: Vec<String>,

    #[command(subcommand)]
    pub command: CreateCommand,
}

/// The `flux create` subcommands.
#[derive(Debug, Subcommand)]
pub enum CreateCommand {
    Alert(alert::CreateAlertArgs),
    #[command(name = "alert-provider")]
    AlertProvider(alert_provider::CreateAlertProviderArgs),
    #[command(visible_alias = "hr")]
    Helmrelease(helmrelease::CreateHelmreleaseArgs),
    Image(image::CreateImageArgs),
    #[command(visible_alias = "ks")]
    Kustomization(kustomization::CreateKustomizationArgs),
    Receiver(receiver::CreateReceiverArgs),
    Secret(secret::CreateSecretArgs),
    Source(source::CreateSourceArgs),
    Tenant(tenant::CreateTenantArgs),
}

/// The inherited `create` flags, as plain values for the leaves.
#[derive(Debug, Clone)]
pub struct CreateFlags {
    /// `--export`.
    pub export: bool,
    /// `--interval`.
    pub interval: GoDuration,
    /// `--label` entries, unparsed (a lone empty `--label=` is no entries, as pflag reads it).
    pub labels: Vec<String>,
    /// `--fetch-timeout` (only under `create source`; zero elsewhere).
    pub fetch_timeout: GoDuration,
}

impl CreateFlags {
    /// The options every `create source` generator shares, for the object `name` in `namespace`.
    pub fn source_common(&self, name: &str, namespace: &str) -> SourceCommon {
        SourceCommon {
            name: name.to_string(),
            namespace: namespace.to_string(),
            labels: self.labels.clone(),
            interval: self.interval,
            fetch_timeout: self.fetch_timeout,
        }
    }
}

/// The key generation flags of `create secret git` and `create source git`.
#[derive(Debug, Args)]
pub struct SshKeyArgs {
    /// SSH public key algorithm (rsa, ecdsa, ed25519)
    #[arg(long, default_value = "ecdsa", value_parser = parse_key_algorithm)]
    pub ssh_key_algorithm: KeyAlgorithm,

    /// SSH RSA public key bit size (multiplies of 8, min 1024)
    #[arg(long, default_value = "2048", value_parser = parse_rsa_bits)]
    pub ssh_rsa_bits: u32,

    /// SSH ECDSA public key curve (p256, p384, p521)
    #[arg(long, default_value = "p384", value_parser = parse_ecdsa_curve)]
    pub ssh_ecdsa_curve: EcdsaCurve,
}

impl SshKeyArgs {
    /// The key pair to generate.
    pub fn algorithm(&self) -> crate::ssh::KeyAlgorithm {
        match self.ssh_key_algorithm {
            KeyAlgorithm::Rsa => crate::ssh::KeyAlgorithm::Rsa(self.ssh_rsa_bits as usize),
            KeyAlgorithm::Ecdsa => crate::ssh::KeyAlgorithm::Ecdsa(self.ssh_ecdsa_curve.to_ssh()),
            KeyAlgorithm::Ed25519 => crate::ssh::KeyAlgorithm::Ed25519,
        }
    }
}

/// Reads a file named on the command line (relative to the working directory), with Go's
/// `os.ReadFile` error text.
pub(crate) fn read_file(ctx: &Ctx, path: &str) -> Result<Vec<u8>, String> {
    if path.is_empty() {
        // Go opens "" and fails; joining it to the working directory would name a directory.
        let not_found = std::io::Error::from(std::io::ErrorKind::NotFound);
        return Err(crate::manifests::go_io_error(path, &not_found));
    }
    std::fs::read(ctx.env.resolve(path)).map_err(|e| crate::manifests::go_io_error(path, &e))
}

/// Runs `flux create …`.
pub async fn run(ctx: &Ctx, args: CreateArgs) -> Result<ExitStatus, CliError> {
    let flags = CreateFlags {
        export: args.export,
        interval: args.interval,
        labels: pflag_slice(args.label),
        fetch_timeout: GoDuration::default(),
    };
    match args.command {
        CreateCommand::Alert(a) => alert::run(ctx, &flags, a).await,
        CreateCommand::AlertProvider(a) => alert_provider::run(ctx, &flags, a).await,
        CreateCommand::Helmrelease(a) => helmrelease::run(ctx, &flags, a).await,
        CreateCommand::Image(a) => image::run(ctx, &flags, a).await,
        CreateCommand::Kustomization(a) => kustomization::run(ctx, &flags, a).await,
        CreateCommand::Receiver(a) => receiver::run(ctx, &flags, a).await,
        CreateCommand::Secret(a) => secret::run(ctx, &flags, a).await,
        CreateCommand::Source(a) => source::run(ctx, flags, a).await,
        CreateCommand::Tenant(a) => tenant::run(ctx, &flags, a).await,
    }
}
