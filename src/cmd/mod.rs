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
pub mod verify;
pub mod version;

use tokio::sync::OnceCell;

use crate::cli::{Command, GlobalArgs, GoDuration};
use crate::env::{self, Env};
use crate::error::{CliError, ExitStatus};
use crate::manifests::is_dns_label;
use crate::report::Reporter;
use crate::ui::Ui;

pub use crate::cluster::ConnectOptions;

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
        let follows = args.ns_follows_kube_context
            || env
                .get(env::FLUX_NS_FOLLOWS_KUBE_CONTEXT)
                .is_some_and(|v| !v.is_empty());
        let connect = ConnectOptions {
            kubeconfig: args.kubeconfig.clone(),
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
        if let Some(ns) = &args.namespace {
            namespace = ns.clone();
        } else if follows && let Some(ns) = crate::cluster::context_namespace(&connect, env) {
            namespace = ns;
        }
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
    /// Runs `work` within `--timeout`; when it passes, upstream's `context deadline exceeded`.
    pub async fn within<T>(
        &self,
        work: impl std::future::Future<Output = Result<T, CliError>>,
    ) -> Result<T, CliError> {
        tokio::time::timeout(self.globals.timeout.to_std(), work)
            .await
            .unwrap_or_else(|_| Err(CliError::msg(crate::cluster::wait::WaitError::DEADLINE)))
    }

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
            .get_or_try_init(|| async {
                crate::cluster::build_client(&self.globals.connect, &self.env).await
            })
            .await
    }
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
        Command::Verify(args) => verify::run(ctx, args).await,
        Command::Version(args) => version::run(ctx, args).await,
    }
}
