//! `flux create source git`: mirrors upstream `cmd/flux/create_source_git.go` (v2.9.4).
//! Deviations: without `--export` the command stops after the checks that precede cluster
//! access (secret generation and apply are not implemented yet).

use clap::Args;

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::create::{ApplyWords, CreateFlags, SshKeyArgs};
use crate::error::{CliError, ExitStatus};
use crate::manifests::source::git::{GitOptions, git_repository};
use crate::manifests::source::git_provider;
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Create a source from a public Git repository master branch
  flux create source git podinfo \\
    --url=https://github.com/stefanprodan/podinfo \\
    --branch=master

  # Create a source for a Git repository pinned to specific git tag
  flux create source git podinfo \\
    --url=https://github.com/stefanprodan/podinfo \\
    --tag=\"3.2.3\"

  # Create a source from a public Git repository tag that matches a semver range
  flux create source git podinfo \\
    --url=https://github.com/stefanprodan/podinfo \\
    --tag-semver=\">=3.2.0 <3.3.0\"

  # Create a source for a Git repository using SSH authentication
  flux create source git podinfo \\
    --url=ssh://git@github.com/stefanprodan/podinfo \\
    --branch=master

  # Create a source for a Git repository using SSH authentication and an
  # ECDSA P-521 curve public key
  flux create source git podinfo \\
    --url=ssh://git@github.com/stefanprodan/podinfo \\
    --branch=master \\
    --ssh-key-algorithm=ecdsa \\
    --ssh-ecdsa-curve=p521

  # Create a source for a Git repository using SSH authentication and a
  # passwordless private key from a file (the host key is still fetched from the host)
  flux create source git podinfo \\
    --url=ssh://git@github.com/stefanprodan/podinfo \\
    --branch=master \\
    --private-key-file=./private.key

  # Create a source for a Git repository using basic authentication
  flux create source git podinfo \\
    --url=https://github.com/stefanprodan/podinfo \\
    --branch=master \\
    --username=username \\
    --password=password";

/// Create or update a GitRepository source
///
/// Generates a GitRepository object and waits for it to sync. For Git over SSH, a key pair is
/// generated, the host key is collected and both are stored in a Kubernetes Secret; for private
/// HTTP/S repositories the basic-auth credentials are stored in a Secret.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateSourceGitArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// git address, e.g. ssh://git@host/org/repository
    #[arg(long, default_value = "")]
    pub url: String,

    /// git branch
    #[arg(long, default_value = "")]
    pub branch: String,

    /// git tag
    #[arg(long, default_value = "")]
    pub tag: String,

    /// git tag semver range
    #[arg(long, default_value = "")]
    pub tag_semver: String,

    /// git reference name
    #[arg(long, default_value = "")]
    pub ref_name: String,

    /// git commit
    #[arg(long, default_value = "")]
    pub commit: String,

    /// basic authentication username
    #[arg(short = 'u', long, default_value = "")]
    pub username: String,

    /// basic authentication password
    #[arg(short = 'p', long, default_value = "")]
    pub password: String,

    #[command(flatten)]
    pub ssh: SshKeyArgs,

    /// the name of an existing secret containing SSH or basic credentials or github app authentication
    #[arg(long, default_value = "")]
    pub secret_ref: String,

    /// the name of an existing secret containing the proxy address and credentials
    #[arg(long, default_value = "")]
    pub proxy_secret_ref: String,

    /// the Git provider name (generic|github|aws|azure)
    #[arg(long, value_parser = git_provider)]
    pub provider: Option<String>,

    /// path to TLS CA file used for validating self-signed certificates
    #[arg(long, default_value = "")]
    pub ca_file: String,

    /// path to a passwordless private key file used for authenticating to the Git SSH server
    #[arg(long, default_value = "")]
    pub private_key_file: String,

    /// when enabled, configures the GitRepository source to initialize and include Git submodules in the artifact it produces
    #[arg(long, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub recurse_submodules: bool,

    /// assumes the deploy key is already setup, skips confirmation
    #[arg(short = 's', long, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub silent: bool,

    /// set paths to ignore in git resource (can specify multiple paths with commas: path1,path2)
    #[arg(long, value_delimiter = ',', action = clap::ArgAction::Append)]
    pub ignore_paths: Vec<String>,

    /// set paths to sparse checkout in git resource (can specify multiple paths with commas: path1,path2)
    #[arg(long, value_delimiter = ',', action = clap::ArgAction::Append)]
    pub sparse_checkout_paths: Vec<String>,
}

impl CreateSourceGitArgs {
    fn to_options(&self, name: &str, namespace: &str, flags: &CreateFlags) -> GitOptions {
        GitOptions {
            common: flags.source_common(name, namespace),
            url: self.url.clone(),
            branch: self.branch.clone(),
            tag: self.tag.clone(),
            semver: self.tag_semver.clone(),
            ref_name: self.ref_name.clone(),
            commit: self.commit.clone(),
            secret_ref: self.secret_ref.clone(),
            proxy_secret_ref: self.proxy_secret_ref.clone(),
            provider: self.provider.clone().unwrap_or_default(),
            ca_file: self.ca_file.clone(),
            recurse_submodules: self.recurse_submodules,
            ignore_paths: self.ignore_paths.clone(),
            sparse_checkout_paths: self.sparse_checkout_paths.clone(),
        }
    }
}

/// Runs `flux create source git`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateSourceGitArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?;
    let (repo, target) = git_repository(&args.to_options(name, ctx.namespace(), flags))?;
    if flags.export {
        ctx.ui.out(&crate::manifests::export_yaml(&repo)?)?;
        return Ok(ExitStatus::Success);
    }
    ctx.ui.generate("generating GitRepository source");
    if args.secret_ref.is_empty() {
        match target.scheme.as_str() {
            "https" if !args.ca_file.is_empty() => {
                if let Err(e) = crate::cmd::create::read_file(ctx, &args.ca_file) {
                    return Err(CliError::msg(format!("unable to read TLS CA file: {e}")));
                }
            }
            "http" => ctx
                .ui
                .warning("insecure configuration: credentials configured for an HTTP URL"),
            _ => {}
        }
    }
    let deadline = crate::cmd::reconcile::shared::deadline(ctx);
    let mut value = serde_json::to_value(&repo)?;
    if args.secret_ref.is_empty()
        && let Some(secret) = source_secret(ctx, name, flags, &args, &target).await?
    {
        ctx.ui.action("applying secret with repository credentials");
        crate::cmd::create::apply_secret(ctx, &secret).await?;
        value["spec"]["secretRef"] = serde_json::json!({"name": name});
        ctx.ui.success("authentication configured");
    }
    let words = ApplyWords {
        applying: Some("GitRepository source"),
        created: "GitRepository source",
        waiting: "GitRepository source",
        only_when_changed: false,
    };
    let applied = crate::cmd::create::apply_object(ctx, &value, &words, deadline).await?;
    let ready = crate::cmd::create::wait_object(ctx, &applied, &words, deadline).await?;
    ctx.ui
        .success("GitRepository source reconciliation completed");
    match crate::cmd::create::artifact_revision(&ready) {
        Some(rev) => ctx.ui.success(&format!("fetched revision: {rev}")),
        None => {
            return Err(CliError::msg(
                "GitRepository source reconciliation completed but no artifact was found",
            ));
        }
    }
    Ok(ExitStatus::Success)
}

/// The credentials Secret of the new source (named like it), when the flags give any data:
/// SSH key pair plus scanned host key (with the deploy key confirmation unless `--silent`), or
/// HTTP basic auth and CA.
async fn source_secret(
    ctx: &Ctx,
    name: &str,
    flags: &CreateFlags,
    args: &CreateSourceGitArgs,
    target: &crate::manifests::source::git::GitTarget,
) -> Result<Option<k8s_openapi::api::core::v1::Secret>, CliError> {
    use crate::manifests::secret::{self, GitCredentials};
    let labels = crate::manifests::parse_labels(&flags.labels)?;
    let creds = if target.scheme == "ssh" {
        let key_pair = if args.private_key_file.is_empty() {
            let alg = args.ssh.algorithm();
            tokio::task::spawn_blocking(move || crate::ssh::generate(alg))
                .await
                .map_err(|e| CliError::msg(format!("key pair generation failed, error: {e}")))?
                .map_err(|e| CliError::msg(format!("key pair generation failed, error: {e}")))?
        } else {
            let bytes = crate::cmd::create::read_file(ctx, &args.private_key_file)
                .map_err(|e| CliError::msg(format!("failed to open private key file: {e}")))?;
            let pass = (!args.password.is_empty()).then_some(args.password.as_str());
            crate::ssh::load_key_pair(&bytes, pass).map_err(CliError::msg)?
        };
        let keyscan = crate::ssh::scan::find_in_path(ctx.env.get(crate::env::PATH), "ssh-keyscan");
        let host = target.host.clone();
        let known_hosts = tokio::task::spawn_blocking(move || {
            crate::ssh::scan::scan_host_key(&host, keyscan.as_deref().map(std::path::Path::new), 30)
        })
        .await
        .map_err(|e| CliError::msg(e.to_string()))?
        .map_err(CliError::msg)?;
        ctx.ui.success(&format!(
            "collected public key from SSH server:\n{}",
            known_hosts.trim()
        ));
        ctx.ui
            .generate(&format!("deploy key: {}", key_pair.public_key));
        if !args.silent
            && !crate::ui::prompt::confirm(
                &ctx.ui,
                ctx.env.stdin_is_tty,
                "Have you added the deploy key to your repository",
            )
            .await?
        {
            return Err(CliError::msg("aborting"));
        }
        GitCredentials::Ssh {
            key_pair,
            known_hosts,
            password: args.password.clone(),
        }
    } else {
        GitCredentials::Http {
            username: args.username.clone(),
            password: args.password.clone(),
            bearer_token: String::new(),
            ca_crt: if args.ca_file.is_empty() {
                None
            } else {
                crate::cmd::create::read_file(ctx, &args.ca_file).ok()
            },
        }
    };
    let secret = secret::git_secret(name, ctx.namespace(), labels, &creds);
    let has_data = secret.string_data.as_ref().is_some_and(|d| !d.is_empty())
        || secret.data.as_ref().is_some_and(|d| !d.is_empty());
    Ok(has_data.then_some(secret))
}
