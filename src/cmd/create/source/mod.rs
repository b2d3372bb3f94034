//! `flux create source`: the `--fetch-timeout` persistent flag and the source subcommands.
//! Mirrors upstream `cmd/flux/create_source.go`.

pub mod bucket;
pub mod chart;
pub mod git;
pub mod helm;
pub mod oci;

use clap::{Args, Subcommand};

use crate::cli::{GoDuration, parse_duration};
use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::source::{VerifyOptions, verify_provider};

/// Create or update sources
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct CreateSourceArgs {
    /// set a timeout for fetch operations performed by source-controller (e.g. 'git clone' or 'helm repo add')
    #[arg(long, global = true, default_value = "0s", value_parser = parse_duration)]
    pub fetch_timeout: GoDuration,

    #[command(subcommand)]
    pub command: CreateSourceCommand,
}

/// The `flux create source` subcommands.
#[derive(Debug, Subcommand)]
pub enum CreateSourceCommand {
    Bucket(bucket::CreateSourceBucketArgs),
    Chart(chart::CreateSourceChartArgs),
    Git(git::CreateSourceGitArgs),
    Helm(helm::CreateSourceHelmArgs),
    Oci(oci::CreateSourceOciArgs),
}

/// The signature verification flags of `source oci` and `source chart`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// the OCI verify provider name to use for signature verification (cosign)
    #[arg(long, value_parser = verify_provider)]
    pub verify_provider: Option<String>,

    /// the name of a secret to use for signature verification
    #[arg(long, default_value = "")]
    pub verify_secret_ref: String,

    /// regular expression to use for the OIDC subject during signature verification
    #[arg(long, default_value = "")]
    pub verify_subject: String,

    /// regular expression to use for the OIDC issuer during signature verification
    #[arg(long, default_value = "")]
    pub verify_issuer: String,
}

impl VerifyArgs {
    /// The flags as the generators take them.
    pub fn to_options(&self) -> VerifyOptions {
        VerifyOptions {
            provider: self.verify_provider.clone().unwrap_or_default(),
            secret_ref: self.verify_secret_ref.clone(),
            issuer: self.verify_issuer.clone(),
            subject: self.verify_subject.clone(),
        }
    }
}

/// Runs `flux create source …`.
pub async fn run(
    ctx: &Ctx,
    mut flags: CreateFlags,
    args: CreateSourceArgs,
) -> Result<ExitStatus, CliError> {
    flags.fetch_timeout = args.fetch_timeout;
    match args.command {
        CreateSourceCommand::Bucket(a) => bucket::run(ctx, &flags, a).await,
        CreateSourceCommand::Chart(a) => chart::run(ctx, &flags, a).await,
        CreateSourceCommand::Git(a) => git::run(ctx, &flags, a).await,
        CreateSourceCommand::Helm(a) => helm::run(ctx, &flags, a).await,
        CreateSourceCommand::Oci(a) => oci::run(ctx, &flags, a).await,
    }
}
