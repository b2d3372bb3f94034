//! Builds the one shared Kubernetes client of an invocation from kubeconfig files the way
//! kubectl/clientcmd does: `--kubeconfig` (one file) or the `KUBECONFIG` list (merged, first
//! wins, missing files skipped) or `~/.kube/config`, then the connection flags on top.

use kube::config::{KubeConfigOptions, Kubeconfig};

use crate::env::{self, Env};
use crate::error::CliError;

/// Kubernetes connection settings taken from the global flags (kubectl's names).
#[derive(Debug, Clone, Default)]
pub struct ConnectOptions {
    /// `--kubeconfig` (the `KUBECONFIG` list applies when it is absent).
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

/// Reads and merges the kubeconfig files that apply (`Ok(None)` when there are none).
pub fn load_kubeconfig(opts: &ConnectOptions, env: &Env) -> Result<Option<Kubeconfig>, CliError> {
    let read = |p: &str| {
        Kubeconfig::read_from(env.resolve(p))
            .map_err(|e| CliError::msg(format!("unable to read kubeconfig {p:?}: {e}")))
    };
    if let Some(path) = &opts.kubeconfig {
        // `--kubeconfig` names one file that must exist.
        return read(path).map(Some);
    }
    if let Some(list) = env.get(env::KUBECONFIG).filter(|l| !l.is_empty()) {
        // `KUBECONFIG` is a list: merged in order (first wins), missing files skipped.
        let mut merged: Option<Kubeconfig> = None;
        for p in list.split(':').filter(|p| !p.is_empty()) {
            if !env.resolve(p).exists() {
                continue;
            }
            let kc = read(p)?;
            merged = Some(match merged {
                None => kc,
                Some(m) => m
                    .merge(kc)
                    .map_err(|e| CliError::msg(format!("unable to merge kubeconfig {p:?}: {e}")))?,
            });
        }
        return Ok(merged);
    }
    let Some(home) = env.get(env::HOME) else {
        return Ok(None);
    };
    let path = format!("{home}/.kube/config");
    if env.resolve(&path).exists() {
        read(&path).map(Some)
    } else {
        Ok(None)
    }
}

/// The namespace set on the selected kube context, if any (`--ns-follows-kube-context`).
pub fn context_namespace(opts: &ConnectOptions, env: &Env) -> Option<String> {
    let kc = load_kubeconfig(opts, env).ok()??;
    let name = opts.context.clone().or(kc.current_context.clone())?;
    kc.contexts
        .iter()
        .find(|c| c.name == name)
        .and_then(|c| c.context.as_ref())
        .and_then(|c| c.namespace.clone())
        .filter(|ns| !ns.is_empty())
}

/// Applies the connection flags to the selected context's cluster and user entries.
fn apply_overrides(kc: &mut Kubeconfig, opts: &ConnectOptions) -> Result<(), CliError> {
    let ctx_name = opts
        .context
        .clone()
        .or(kc.current_context.clone())
        .unwrap_or_default();
    let ctx = kc
        .contexts
        .iter()
        .find(|c| c.name == ctx_name)
        .and_then(|c| c.context.clone());
    let cluster_name = opts
        .cluster
        .clone()
        .or(ctx.as_ref().map(|c| c.cluster.clone()))
        .unwrap_or_default();
    let user_name = opts
        .user
        .clone()
        .or(ctx.as_ref().and_then(|c| c.user.clone()))
        .unwrap_or_default();
    if let Some(cluster) = kc
        .clusters
        .iter_mut()
        .find(|c| c.name == cluster_name)
        .and_then(|c| c.cluster.as_mut())
    {
        if let Some(server) = &opts.server {
            cluster.server = Some(server.clone());
        }
        if let Some(ca) = &opts.certificate_authority {
            cluster.certificate_authority = Some(ca.clone());
            cluster.certificate_authority_data = None;
        }
        if opts.insecure_skip_tls_verify {
            cluster.insecure_skip_tls_verify = Some(true);
        }
        if let Some(name) = &opts.tls_server_name {
            cluster.tls_server_name = Some(name.clone());
        }
    }
    if let Some(user) = kc
        .auth_infos
        .iter_mut()
        .find(|u| u.name == user_name)
        .and_then(|u| u.auth_info.as_mut())
    {
        if let Some(token) = &opts.token {
            user.token = Some(token.clone().into());
            user.token_file = None;
        }
        if let Some(cert) = &opts.client_certificate {
            user.client_certificate = Some(cert.clone());
            user.client_certificate_data = None;
        }
        if let Some(key) = &opts.client_key {
            user.client_key = Some(key.clone());
            user.client_key_data = None;
        }
    }
    Ok(())
}

/// Builds the client: kubeconfig, then flags; `--server` alone works without any kubeconfig.
pub async fn build_client(opts: &ConnectOptions, env: &Env) -> Result<kube::Client, CliError> {
    let kc_opts = KubeConfigOptions {
        context: opts.context.clone(),
        cluster: opts.cluster.clone(),
        user: opts.user.clone(),
    };
    let mut config = match load_kubeconfig(opts, env)? {
        Some(mut kc) => {
            apply_overrides(&mut kc, opts)?;
            kube::Config::from_custom_kubeconfig(kc, &kc_opts)
                .await
                .map_err(|e| CliError::msg(format!("unable to load kubeconfig: {e}")))?
        }
        None => match &opts.server {
            Some(server) => kube::Config::new(
                server
                    .parse()
                    .map_err(|e| CliError::msg(format!("invalid --server {server:?}: {e}")))?,
            ),
            None => {
                return Err(CliError::msg(
                    "invalid configuration: no configuration has been provided, try setting KUBERNETES_MASTER environment variable",
                ));
            }
        },
    };
    if opts.insecure_skip_tls_verify {
        config.accept_invalid_certs = true;
    }
    if let Some(token) = &opts.token {
        config.auth_info.token = Some(token.clone().into());
    }
    if let Some(user) = &opts.impersonate {
        config.auth_info.impersonate = Some(user.clone());
    }
    if !opts.impersonate_groups.is_empty() {
        config.auth_info.impersonate_groups = Some(opts.impersonate_groups.clone());
    }
    if let Some(uid) = &opts.impersonate_uid {
        config.auth_info.impersonate_uid = Some(uid.clone());
    }
    // Watches stay open for as long as a wait needs them.
    config.read_timeout = None;
    kube::Client::try_from(config)
        .map_err(|e| CliError::msg(format!("unable to create client: {e}")))
}
