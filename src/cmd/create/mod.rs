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

/// How a create leaf words its apply messages (artifacts-create.md §B.0.5 and per command).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ApplyWords {
    /// After `► applying ` (printed once the client is built), `None` when the leaf printed it
    /// itself before (`HelmChart source`, `OCIRepository`, as upstream).
    pub applying: Option<&'static str>,
    /// Before ` created` / ` updated` (`GitRepository source`, `source`).
    pub created: &'static str,
    /// Between `◎ waiting for ` and ` reconciliation` (`GitRepository source`).
    pub waiting: &'static str,
    /// Whether `created`/`updated` is printed only when something changed (image kinds).
    pub only_when_changed: bool,
}

/// Applies a generated object with its `► applying` / `✔ … created|updated` lines, its API
/// calls bounded by the command's `deadline`.
pub(crate) async fn apply_object<T: serde::Serialize>(
    ctx: &Ctx,
    obj: &T,
    words: &ApplyWords,
    deadline: tokio::time::Instant,
) -> Result<kube::api::DynamicObject, CliError> {
    use crate::cluster::apply;
    use crate::report::Reporter;
    let value = serde_json::to_value(obj)?;
    // Upstream builds the client before `► applying` (chart and OCI print it earlier).
    let client = ctx.kube().await?;
    if let Some(a) = words.applying {
        ctx.ui.action(&format!("applying {a}"));
    }
    let api = apply::api_for(client, &value).map_err(CliError::msg)?;
    let upsert = apply::upsert(&api, &value, apply::Merge::Replace);
    let (what, applied) = crate::cluster::by_deadline(deadline, upsert).await?;
    match what {
        apply::Upserted::Created => ctx.ui.success(&format!("{} created", words.created)),
        apply::Upserted::Updated => ctx.ui.success(&format!("{} updated", words.created)),
        apply::Upserted::Unchanged if !words.only_when_changed => {
            ctx.ui.success(&format!("{} updated", words.created))
        }
        apply::Upserted::Unchanged => {}
    }
    Ok(applied)
}

/// Waits (`◎ waiting for … reconciliation`) until the applied object is ready by its kind's
/// rule, within `--timeout`; a timeout names the conditions last seen.
pub(crate) async fn wait_object(
    ctx: &Ctx,
    applied: &kube::api::DynamicObject,
    words: &ApplyWords,
    deadline: tokio::time::Instant,
) -> Result<kube::api::DynamicObject, CliError> {
    use crate::cluster::{apply, objects};
    use crate::cmd::reconcile::shared::Spinner;
    use crate::report::Reporter;
    let kind_name = applied
        .types
        .as_ref()
        .map(|t| t.kind.as_str())
        .unwrap_or("");
    let kind = crate::kinds::by_kind(kind_name)
        .ok_or_else(|| CliError::msg(format!("cannot wait for kind {kind_name}")))?;
    let name = applied.metadata.name.clone().unwrap_or_default();
    let ns = applied.metadata.namespace.clone().unwrap_or_default();
    let waiting = format!("waiting for {} reconciliation", words.waiting);
    ctx.ui.waiting(&waiting);
    let spinner = Spinner::start(ctx, &waiting);
    let api = objects::api(ctx.kube().await?, kind, Some(&ns));
    let res = apply::wait_ready(&api, kind, &name, apply::remaining(deadline)).await;
    spinner.stop();
    res.map_err(|e| CliError::msg(apply::wait_error_text(&e, kind, &name)))
}

/// Applies and waits: the whole non-export sequence up to the wait's end.
pub(crate) async fn apply_and_wait<T: serde::Serialize>(
    ctx: &Ctx,
    obj: &T,
    words: &ApplyWords,
) -> Result<kube::api::DynamicObject, CliError> {
    let deadline = crate::cmd::reconcile::shared::deadline(ctx);
    let applied = apply_object(ctx, obj, words, deadline).await?;
    wait_object(ctx, &applied, words, deadline).await
}

/// Applies a generated Secret (stringData replaced, labels and annotations merged); no wait.
pub(crate) async fn apply_secret<T: serde::Serialize>(
    ctx: &Ctx,
    secret: &T,
) -> Result<(), CliError> {
    use crate::cluster::apply;
    let value = serde_json::to_value(secret)?;
    let client = ctx.kube().await?;
    let api = apply::api_for(client, &value).map_err(CliError::msg)?;
    let deadline = crate::cmd::reconcile::shared::deadline(ctx);
    crate::cluster::by_deadline(deadline, apply::upsert(&api, &value, apply::Merge::Secret))
        .await?;
    Ok(())
}

/// `► <kind> secret '<name>' created in '<namespace>' namespace` after applying a secret.
pub(crate) async fn apply_secret_reported<T: serde::Serialize>(
    ctx: &Ctx,
    secret: &T,
    what: &str,
) -> Result<ExitStatus, CliError> {
    use crate::report::Reporter;
    apply_secret(ctx, secret).await?;
    let value = serde_json::to_value(secret)?;
    ctx.ui.action(&format!(
        "{what} secret '{}' created in '{}' namespace",
        value["metadata"]["name"].as_str().unwrap_or(""),
        value["metadata"]["namespace"].as_str().unwrap_or("")
    ));
    Ok(ExitStatus::Success)
}

/// `status.artifact.revision` of a source, if it has an artifact.
pub(crate) fn artifact_revision(obj: &kube::api::DynamicObject) -> Option<String> {
    obj.data["status"]["artifact"]["revision"]
        .as_str()
        .map(String::from)
}
