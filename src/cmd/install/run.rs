//! The `flux install` flow (bootstrap-install.md §5): validate, resolve the version, generate,
//! export or apply in stages, image pull secret, and wait for the controllers.

use std::time::Duration;

use k8s_openapi::api::core::v1::Secret;
use kube::api::{Api, PostParams};
use serde_json::Value;

use super::InstallArgs;
use crate::cli::pflag_slice;
use crate::cmd::Ctx;
use crate::components::apply::{self, Health};
use crate::components::controllers::{self, FLUX_VERSION};
use crate::components::release;
use crate::components::render::{self, Options, Source};
use crate::error::{CliError, ExitStatus};
use crate::report::Reporter;

/// Every component flux knows.
pub fn known_component(name: &str) -> bool {
    controllers::controller(name).is_some()
}

/// Whether `r` looks like an image registry prefix: a host (optional port) and path
/// segments of lower-case image-name characters.
pub fn valid_registry(r: &str) -> bool {
    if r.is_empty() {
        return true;
    }
    let mut parts = r.split('/');
    let host = parts.next().unwrap_or("");
    let (h, port) = host.split_once(':').unwrap_or((host, ""));
    let host_ok = !h.is_empty()
        && h.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && (port.is_empty() || port.chars().all(|c| c.is_ascii_digit()));
    let seg_ok = |s: &str| {
        !s.is_empty()
            && s.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-')
            })
            && s.starts_with(|c: char| c.is_ascii_alphanumeric())
    };
    host_ok && parts.all(seg_ok)
}

/// Validates the component lists and registry flags (§1.8); returns (components, extra).
pub fn validate(args: &InstallArgs) -> Result<(Vec<String>, Vec<String>), CliError> {
    let components = pflag_slice(args.components.clone());
    let extra = pflag_slice(args.components_extra.clone());
    for c in components.iter().chain(extra.iter()) {
        if !known_component(c) {
            return Err(CliError::msg(format!("component {c} is not available")));
        }
    }
    if let Some(creds) = args.registry_creds.as_deref().filter(|c| !c.is_empty()) {
        if args.image_pull_secret.as_deref().is_none_or(str::is_empty) {
            return Err(CliError::msg(
                "--registry-creds requires --image-pull-secret to be set",
            ));
        }
        if creds.split(':').count() != 2 {
            return Err(CliError::msg(
                "invalid --registry-creds format, expected 'user:password'",
            ));
        }
    }
    if !valid_registry(&args.registry) {
        return Err(CliError::msg(format!(
            "invalid --registry '{}': expected a registry host with an optional port and path, e.g. ghcr.io/fluxcd",
            args.registry
        )));
    }
    if args.multi_tenant && !crate::manifests::is_dns_label(&args.default_service_account) {
        return Err(CliError::msg(format!(
            "invalid --default-service-account '{}': must be a valid DNS label",
            args.default_service_account
        )));
    }
    Ok((components, extra))
}

/// The GitHub API base (flux-rs: overridable for tests).
pub fn github_api(ctx: &Ctx) -> String {
    ctx.env
        .get(crate::env::FLUX_RS_GITHUB_API_URL)
        .filter(|s| !s.is_empty())
        .unwrap_or(release::GITHUB_API)
        .trim_end_matches('/')
        .to_string()
}

/// The root pre-run check upstream applies to `-n`.
pub fn validate_namespace(ctx: &Ctx) -> Result<(), CliError> {
    let ns = ctx.namespace();
    if crate::manifests::is_dns_label(ns) {
        Ok(())
    } else {
        Err(CliError::msg(format!(
            "namespace must be a valid DNS label: {}",
            crate::cli::go_quote(ns)
        )))
    }
}

/// Runs `flux install`.
pub async fn run(ctx: &Ctx, args: InstallArgs) -> Result<ExitStatus, CliError> {
    validate_namespace(ctx)?;
    let (components, components_extra) = validate(&args)?;
    let version = release::resolve_version(
        args.version.as_deref().unwrap_or(""),
        FLUX_VERSION,
        &github_api(ctx),
    )
    .await
    .map_err(CliError::msg)?;
    let ns = ctx.namespace().to_string();
    let opts = Options {
        version: version.clone(),
        namespace: ns.clone(),
        components,
        components_extra,
        registry: args.registry.clone(),
        image_pull_secret: args.image_pull_secret.clone().unwrap_or_default(),
        watch_all_namespaces: args.watch_all_namespaces,
        network_policy: args.network_policy,
        log_level: args.log_level.as_str().to_string(),
        cluster_domain: args.cluster_domain.clone(),
        toleration_keys: pflag_slice(args.toleration_keys.clone()),
        lockdown: args
            .multi_tenant
            .then(|| args.default_service_account.clone()),
    };
    if !args.export {
        ctx.ui.generate("generating manifests");
    }
    let manifests = args.manifests.clone().filter(|m| !m.is_empty());
    let releases = manifests
        .as_deref()
        .filter(|m| m.starts_with("http"))
        .unwrap_or(release::RELEASES_URL)
        .trim_end_matches('/')
        .to_string();
    let source = match &manifests {
        Some(dir) if !dir.starts_with("http") => Source::Dir(ctx.env.resolve(dir)),
        _ if version != FLUX_VERSION => Source::Bundle(
            release::download_bundle(&releases, &version, ctx.globals.timeout.to_std())
                .await
                .map_err(|e| CliError::msg(format!("install failed: {e}")))?,
        ),
        _ => Source::Embedded,
    };
    let path_var = ctx.env.get(crate::env::PATH).unwrap_or("").to_string();
    let manifest = render::generate(&opts, &source, &path_var)
        .map_err(|e| CliError::msg(format!("install failed: {e}")))?;
    if args.export {
        ctx.ui.out(&manifest.content)?;
        return Ok(ExitStatus::Success);
    }
    if ctx.globals.verbose {
        ctx.ui.out(&manifest.content)?;
    }
    ctx.ui.success("manifests build completed");
    ctx.ui
        .action(&format!("installing components in {ns} namespace"));
    let client = ctx.kube().await?;
    match crate::components::cluster_info::get(client).await {
        Ok(Some(info)) => {
            if info.bootstrapped {
                return Err(CliError::msg(format!(
                    "this cluster has already been bootstrapped with Flux {}! Please use 'flux bootstrap' to upgrade",
                    info.version
                )));
            }
            if !info.managed_by.is_empty() && info.managed_by != "flux" && !args.force {
                ctx.ui.warning(&format!(
                    "Flux {} has been installed on this cluster with {}!",
                    info.version, info.managed_by
                ));
                let question = format!(
                    "Are you sure you want to override the {} installation? Y/N",
                    info.managed_by
                );
                if !crate::cmd::uninstall::confirm(ctx, &question).await? {
                    return Err(CliError::msg("installation cancelled"));
                }
            }
        }
        Ok(None) => {}
        Err(e) => {
            return Err(CliError::msg(format!(
                "cluster info unavailable: {}",
                crate::cluster::api_error_text(&e)
            )));
        }
    }
    if manifest.objects.is_empty() {
        return Err(CliError::msg(format!(
            "install failed: no Kubernetes objects found at: {ns}.yaml"
        )));
    }
    match apply::apply_all_staged(client, &manifest.objects, Duration::from_secs(60)).await {
        Ok(changes) => {
            let text: String = changes.iter().map(|c| format!("{c}\n")).collect();
            ctx.ui.out(&text)?;
        }
        Err(e) => {
            let text: String = e.applied.iter().map(|c| format!("{c}\n")).collect();
            ctx.ui.out(&text)?;
            let written = e
                .applied
                .iter()
                .filter(|c| c.action != apply::Action::Unchanged)
                .count();
            let note = if written > 0 {
                format!(" ({written} object(s) listed above were applied before the failure)")
            } else {
                String::new()
            };
            return Err(CliError::msg(format!(
                "install failed: {}{note}",
                e.message
            )));
        }
    }
    if let (Some(secret), Some(creds)) = (
        args.image_pull_secret.as_deref().filter(|s| !s.is_empty()),
        args.registry_creds.as_deref().filter(|s| !s.is_empty()),
    ) {
        ctx.ui
            .action(&format!("generating image pull secret {secret}"));
        upsert_pull_secret(client, &ns, secret, &args.registry, creds)
            .await
            .map_err(|e| {
                CliError::msg(format!(
                    "install failed: {}",
                    crate::cluster::api_error_text(&e)
                ))
            })?;
    }
    ctx.ui.waiting("verifying installation");
    let names: Vec<String> = manifest
        .objects
        .iter()
        .filter(|o| o["kind"] == "Deployment")
        .filter_map(|o| o["metadata"]["name"].as_str().map(str::to_string))
        .collect();
    let results = apply::wait_deployments(client, &ns, &names, ctx.globals.timeout.to_std()).await;
    let mut failed = false;
    for (name, health) in results {
        match health {
            Health::Ready => ctx.ui.success(&format!("{name}: deployment ready")),
            Health::NotFound => {
                failed = true;
                ctx.ui.failure(&format!("{name}: deployment not found"));
            }
            Health::NotReady => {
                failed = true;
                ctx.ui.failure(&format!("{name}: deployment not ready"));
            }
        }
    }
    if failed {
        return Err(CliError::msg("install failed"));
    }
    ctx.ui.success("install finished");
    Ok(ExitStatus::Success)
}

/// The install image pull secret's `.dockerconfigjson` (§3.6: indented, fixed key order).
pub fn docker_config_json(registry: &str, user: &str, password: &str) -> String {
    use base64::Engine as _;
    let auth = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    let mut inner = serde_json::Map::new();
    inner.insert("username".into(), Value::String(user.into()));
    inner.insert("password".into(), Value::String(password.into()));
    inner.insert("auth".into(), Value::String(auth));
    let mut auths = serde_json::Map::new();
    auths.insert(registry.into(), Value::Object(inner));
    let mut root = serde_json::Map::new();
    root.insert("auths".into(), Value::Object(auths));
    serde_json::to_string_pretty(&Value::Object(root)).unwrap_or_default()
}

async fn upsert_pull_secret(
    client: &kube::Client,
    ns: &str,
    name: &str,
    registry: &str,
    creds: &str,
) -> Result<(), kube::Error> {
    let (user, password) = creds.split_once(':').unwrap_or((creds, ""));
    let data = docker_config_json(registry, user, password);
    let api: Api<Secret> = Api::namespaced(client.clone(), ns);
    let mut string_data = std::collections::BTreeMap::new();
    string_data.insert(".dockerconfigjson".to_string(), data);
    match api.get(name).await {
        Ok(mut existing) => {
            existing.string_data = Some(string_data);
            api.replace(name, &PostParams::default(), &existing).await?;
        }
        Err(e) if crate::cluster::is_not_found(&e) => {
            let secret = Secret {
                metadata: kube::api::ObjectMeta {
                    name: Some(name.to_string()),
                    namespace: Some(ns.to_string()),
                    ..Default::default()
                },
                type_: Some("kubernetes.io/dockerconfigjson".to_string()),
                string_data: Some(string_data),
                ..Default::default()
            };
            api.create(&PostParams::default(), &secret).await?;
        }
        Err(e) => return Err(e),
    }
    Ok(())
}
