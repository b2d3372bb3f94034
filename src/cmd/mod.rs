//! The root dispatch `match` and `Ctx`: the `Ui`, the resolved global settings, the `Env`
//! snapshot, and a lazily built Kubernetes client.

pub mod bootstrap;
pub mod build;
pub mod check;
pub mod completion;
pub mod create;
pub mod debug;
pub mod delete;
pub mod diff;
pub mod docgen;
pub mod envsubst;
pub mod events;
pub mod export;
pub mod get;
pub mod install;
pub mod kind_command;
pub mod list;
pub mod logs;
pub mod migrate;
pub mod plugin;
pub mod pull;
pub mod push;
pub mod reconcile;
pub mod registry;
pub mod resume;
pub mod stats;
pub mod suspend;
pub mod tag;
pub mod trace;
pub mod tree;
pub mod trigger;
pub mod uninstall;
pub mod values;
pub mod version;

use tokio::sync::OnceCell;

use crate::cli::{Command, GlobalArgs, GoDuration};
use crate::env::{self, Env};
use crate::error::{CliError, ExitStatus};
use crate::manifests::is_dns_label;
use crate::report::Reporter;
use crate::ui::Ui;

/// Kubernetes connection settings taken from the global flags (kubectl's names).
#[derive(Debug, Clone, Default)]
pub struct ConnectOptions {
    /// `--kubeconfig`, else the `KUBECONFIG` search path.
    pub kubeconfig: Option<String>,
    /// `--context`.
    pub context: Option<String>,
    /// `--cluster`.
    pub cluster: Option<String>,
    /// `--user`.
    pub user: Option<String>,
    /// `--server`.
    pub server: Option<String>,
    /// `--token`.
    pub token: Option<String>,
    /// `--certificate-authority`.
    pub certificate_authority: Option<String>,
    /// `--client-certificate`.
    pub client_certificate: Option<String>,
    /// `--client-key`.
    pub client_key: Option<String>,
    /// `--insecure-skip-tls-verify`.
    pub insecure_skip_tls_verify: bool,
    /// `--tls-server-name`.
    pub tls_server_name: Option<String>,
    /// `--as`.
    pub impersonate: Option<String>,
    /// `--as-group`.
    pub impersonate_groups: Vec<String>,
    /// `--as-uid`.
    pub impersonate_uid: Option<String>,
    /// `--kube-api-qps`.
    pub qps: f32,
    /// `--kube-api-burst`.
    pub burst: i32,
}

/// Global settings after defaults from the environment are applied.
#[derive(Debug, Clone)]
pub struct GlobalSettings {
    /// The namespace (`-n`, else `FLUX_SYSTEM_NAMESPACE` when a DNS label, else `flux-system`).
    pub namespace: String,
    /// Whether `-n` was given explicitly.
    pub namespace_explicit: bool,
    /// `--timeout`.
    pub timeout: GoDuration,
    /// `--verbose`.
    pub verbose: bool,
    /// `--ns-follows-kube-context` or `FLUX_NS_FOLLOWS_KUBE_CONTEXT`.
    pub ns_follows_kube_context: bool,
    /// Connection flags.
    pub connect: ConnectOptions,
}

/// The default namespace of Flux.
pub const DEFAULT_NAMESPACE: &str = "flux-system";

impl GlobalSettings {
    /// Resolves the global flags against the environment. Returns the warnings flux prints
    /// (an invalid `FLUX_SYSTEM_NAMESPACE` is ignored with a warning).
    pub fn resolve(args: &GlobalArgs, env: &Env) -> (Self, Vec<String>) {
        let mut warnings = Vec::new();
        let mut namespace = DEFAULT_NAMESPACE.to_string();
        if let Some(ns) = env
            .get(env::FLUX_SYSTEM_NAMESPACE)
            .filter(|v| !v.is_empty())
        {
            if is_dns_label(ns) {
                namespace = ns.to_string();
            } else {
                warnings.push(format!(
                    "ignoring invalid {} value: \"{ns}\"",
                    env::FLUX_SYSTEM_NAMESPACE
                ));
            }
        }
        let namespace_explicit = args.namespace.is_some();
        if let Some(ns) = &args.namespace {
            namespace = ns.clone();
        }
        let follows = args.ns_follows_kube_context
            || env
                .get(env::FLUX_NS_FOLLOWS_KUBE_CONTEXT)
                .is_some_and(|v| crate::cli::parse_bool(v).unwrap_or(false));
        let connect = ConnectOptions {
            kubeconfig: args
                .kubeconfig
                .clone()
                .or_else(|| env.get(env::KUBECONFIG).map(String::from)),
            context: args.context.clone(),
            cluster: args.cluster.clone(),
            user: args.user.clone(),
            server: args.server.clone(),
            token: args.token.clone(),
            certificate_authority: args.certificate_authority.clone(),
            client_certificate: args.client_certificate.clone(),
            client_key: args.client_key.clone(),
            insecure_skip_tls_verify: args.insecure_skip_tls_verify,
            tls_server_name: args.tls_server_name.clone(),
            impersonate: args.as_user.clone(),
            impersonate_groups: args.as_group.clone(),
            impersonate_uid: args.as_uid.clone(),
            qps: args.kube_api_qps,
            burst: args.kube_api_burst,
        };
        let settings = Self {
            namespace,
            namespace_explicit,
            timeout: args.timeout,
            verbose: args.verbose,
            ns_follows_kube_context: follows,
            connect,
        };
        (settings, warnings)
    }
}

/// Everything a command handler needs.
pub struct Ctx {
    /// The output handle.
    pub ui: Ui,
    /// The environment snapshot.
    pub env: Env,
    /// Resolved global flags.
    pub globals: GlobalSettings,
    kube: OnceCell<kube::Client>,
}

impl Ctx {
    /// Builds the context; prints the warnings that resolving globals produced.
    pub fn new(ui: Ui, env: Env, args: &GlobalArgs) -> Self {
        let (globals, warnings) = GlobalSettings::resolve(args, &env);
        ui.set_verbose(globals.verbose);
        for w in warnings {
            ui.warning(&w);
        }
        Self {
            ui,
            env,
            globals,
            kube: OnceCell::new(),
        }
    }

    /// The namespace for this operation.
    pub fn namespace(&self) -> &str {
        &self.globals.namespace
    }

    /// The Kubernetes client, built on first use from the kubeconfig and connection flags.
    pub async fn kube(&self) -> Result<&kube::Client, CliError> {
        self.kube
            .get_or_try_init(|| async { kube_client(&self.globals.connect, &self.env).await })
            .await
    }
}

/// Builds a client from the kubeconfig (`--kubeconfig`, `KUBECONFIG`, `~/.kube/config`) with the
/// connection flags applied over it.
async fn kube_client(opts: &ConnectOptions, env: &Env) -> Result<kube::Client, CliError> {
    use kube::config::{KubeConfigOptions, Kubeconfig};
    let kc_opts = KubeConfigOptions {
        context: opts.context.clone(),
        cluster: opts.cluster.clone(),
        user: opts.user.clone(),
    };
    let path = match &opts.kubeconfig {
        Some(p) => Some(p.split(':').next().unwrap_or(p).to_string()),
        None => env.get(env::HOME).map(|h| format!("{h}/.kube/config")),
    };
    let mut config = match path {
        Some(p) => {
            let kc = Kubeconfig::read_from(env.resolve(&p))
                .map_err(|e| CliError::msg(format!("unable to read kubeconfig: {e}")))?;
            kube::Config::from_custom_kubeconfig(kc, &kc_opts)
                .await
                .map_err(|e| CliError::msg(format!("unable to load kubeconfig: {e}")))?
        }
        None => {
            return Err(CliError::msg(
                "unable to find a kubeconfig: set --kubeconfig or KUBECONFIG",
            ));
        }
    };
    if let Some(server) = &opts.server {
        config.cluster_url = server
            .parse()
            .map_err(|e| CliError::msg(format!("invalid --server {server:?}: {e}")))?;
    }
    if opts.insecure_skip_tls_verify {
        config.accept_invalid_certs = true;
    }
    if let Some(name) = &opts.tls_server_name {
        config.tls_server_name = Some(name.clone());
    }
    if let Some(user) = &opts.impersonate {
        config.auth_info.impersonate = Some(user.clone());
    }
    if !opts.impersonate_groups.is_empty() {
        config.auth_info.impersonate_groups = Some(opts.impersonate_groups.clone());
    }
    if let Some(token) = &opts.token {
        config.auth_info.token = Some(token.clone().into());
    }
    config.read_timeout = None;
    kube::Client::try_from(config)
        .map_err(|e| CliError::msg(format!("unable to create client: {e}")))
}

/// Runs the selected command.
pub async fn dispatch(ctx: &Ctx, command: Command) -> Result<ExitStatus, CliError> {
    match command {
        Command::Bootstrap(args) => bootstrap::run(ctx, args).await,
        Command::Build(args) => build::run(ctx, args).await,
        Command::Check(args) => check::run(ctx, args).await,
        Command::Completion(args) => completion::run(ctx, args).await,
        Command::Create(args) => create::run(ctx, args).await,
        Command::Debug(args) => debug::run(ctx, args).await,
        Command::Delete(args) => delete::run(ctx, args).await,
        Command::Diff(args) => diff::run(ctx, args).await,
        Command::Docgen(args) => docgen::run(ctx, args).await,
        Command::Envsubst(args) => envsubst::run(ctx, args).await,
        Command::Events(args) => events::run(ctx, args).await,
        Command::Export(args) => export::run(ctx, args).await,
        Command::Get(args) => get::run(ctx, args).await,
        Command::Install(args) => install::run(ctx, args).await,
        Command::List(args) => list::run(ctx, args).await,
        Command::Logs(args) => logs::run(ctx, args).await,
        Command::Migrate(args) => migrate::run(ctx, args).await,
        Command::Plugin(args) => plugin::run(ctx, args).await,
        Command::Pull(args) => pull::run(ctx, args).await,
        Command::Push(args) => push::run(ctx, args).await,
        Command::Reconcile(args) => reconcile::run(ctx, args).await,
        Command::Resume(args) => resume::run(ctx, args).await,
        Command::Stats(args) => stats::run(ctx, args).await,
        Command::Suspend(args) => suspend::run(ctx, args).await,
        Command::Tag(args) => tag::run(ctx, args).await,
        Command::Trace(args) => trace::run(ctx, args).await,
        Command::Tree(args) => tree::run(ctx, args).await,
        Command::Trigger(args) => trigger::run(ctx, args).await,
        Command::Uninstall(args) => uninstall::run(ctx, args).await,
        Command::Version(args) => version::run(ctx, args).await,
    }
}
