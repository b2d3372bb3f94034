//! The `flux check` sequence (operate.md §4.2): prerequisites (CLI freshness, Kubernetes
//! version), the distribution in the cluster (plus the CLI/cluster version comparison),
//! controller Deployments and their images, and the Flux CRDs with their stored versions.

use std::time::Duration;

use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, ListParams};
use serde_json::{Value, json};

use super::CheckArgs;
use crate::cmd::Ctx;
use crate::components::apply::{self, Health};
use crate::components::cluster_info::INFO_CRD;
use crate::components::controllers::FLUX_VERSION;
use crate::error::{CliError, ExitStatus};
use crate::report::Reporter;

/// The Kubernetes versions this CLI supports.
pub const KUBE_CONSTRAINT: &str = ">=1.33.0-0";
const KUBE_MIN: (u64, u64, u64) = (1, 33, 0);
const PART_OF: &str = "app.kubernetes.io/part-of=flux";

/// Parses `v1.33.1`, `1.34.0+k3s1`, `v1.33.0-rc.1` into (major, minor, patch) and whether
/// it is a pre-release. Needs at least two dots.
pub fn parse_semver(v: &str) -> Option<((u64, u64, u64), bool)> {
    let s = v.strip_prefix('v').unwrap_or(v);
    let core_end = s.find(['-', '+']).unwrap_or(s.len());
    let pre = s[core_end..].starts_with('-');
    let mut it = s[..core_end].split('.');
    let t = (
        it.next()?.parse().ok()?,
        it.next()?.parse().ok()?,
        it.next()?.parse().ok()?,
    );
    if it.next().is_some() {
        return None;
    }
    Some((t, pre))
}

/// Text lines (logger) and the JSON document of one check run.
struct Out<'a> {
    ctx: &'a Ctx,
    json: bool,
    failed: bool,
}

impl Out<'_> {
    fn action(&self, m: &str) {
        if !self.json {
            self.ctx.ui.action(m);
        }
    }
    fn ok(&self, m: &str) {
        if !self.json {
            self.ctx.ui.success(m);
        }
    }
    fn warn(&self, m: &str) {
        if !self.json {
            self.ctx.ui.warning(m);
        }
    }
    fn fail(&mut self, m: &str) {
        self.failed = true;
        if !self.json {
            self.ctx.ui.failure(m);
        }
    }
}

fn github_api(ctx: &Ctx) -> String {
    ctx.env
        .get(crate::env::FLUX_RS_GITHUB_API_URL)
        .filter(|s| !s.is_empty())
        .unwrap_or(crate::components::release::GITHUB_API)
        .trim_end_matches('/')
        .to_string()
}

/// The latest release tag, or `None` on any failure (silent, as upstream).
async fn latest_release(api: &str) -> Option<String> {
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(15))
        .build()
        .ok()?;
    let resp = http
        .get(format!("{api}/repos/fluxcd/flux2/releases/latest"))
        .header("User-Agent", "flux-rs")
        .send()
        .await
        .ok()?;
    if !resp.status().is_success() {
        return None;
    }
    let v: Value = resp.json().await.ok()?;
    v["tag_name"].as_str().map(str::to_string)
}

/// Runs `flux check`.
pub async fn run(ctx: &Ctx, args: CheckArgs) -> Result<ExitStatus, CliError> {
    crate::cmd::install::validate_namespace(ctx)?;
    let json_mode = args.output == "json";
    let mut out = Out {
        ctx,
        json: json_mode,
        failed: false,
    };
    let mut doc = json!({"cli": {"version": FLUX_VERSION}});
    out.action("checking prerequisites");
    let cli = FLUX_VERSION.trim_start_matches('v');
    if let Some(((cur, _), (latest, latest_text))) = parse_semver(cli).zip(
        latest_release(&github_api(ctx))
            .await
            .and_then(|t| parse_semver(&t).map(|p| (p.0, t))),
    ) && latest > cur
    {
        let l = latest_text.trim_start_matches('v');
        // Not fatal: printed with the failure symbol, as upstream does.
        if !json_mode {
            ctx.ui.failure(&format!(
                "flux {cli} <{l} (new CLI version is available, please upgrade)"
            ));
        }
        doc["cli"]["latest"] = json!(latest_text);
    }
    let client = ctx.kube().await.map_err(|e| {
        CliError::msg(format!(
            "Kubernetes client initialization failed: {:#}",
            e.0
        ))
    })?;
    let kube_ok = match client.apiserver_version().await {
        Err(e) => {
            out.fail(&format!(
                "Kubernetes API call failed: {}",
                crate::cluster::api_error_text(&e)
            ));
            false
        }
        Ok(info) => {
            let git = info.git_version;
            doc["kubernetes"] = json!({"version": git, "constraint": KUBE_CONSTRAINT});
            match parse_semver(&git) {
                None => {
                    out.fail("Kubernetes version can't be determined");
                    false
                }
                Some((v, _)) if v >= KUBE_MIN => {
                    out.ok(&format!(
                        "Kubernetes {} {KUBE_CONSTRAINT}",
                        git.trim_start_matches('v')
                    ));
                    true
                }
                Some(_) => {
                    out.fail(&format!(
                        "Kubernetes version {git} does not match {KUBE_CONSTRAINT}"
                    ));
                    false
                }
            }
        }
    };
    doc["kubernetes"]["ok"] = json!(kube_ok);
    if args.pre {
        doc["ok"] = json!(kube_ok);
        if json_mode {
            ctx.ui
                .out(&format!("{}\n", serde_json::to_string_pretty(&doc)?))?;
        }
        if !kube_ok {
            return Ok(ExitStatus::Failure);
        }
        out.ok("prerequisites checks passed");
        return Ok(ExitStatus::Success);
    }

    let ns = ctx.namespace().to_string();
    out.action("checking version in cluster");
    let crds: Api<CustomResourceDefinition> = Api::all(client.clone());
    match crds.get_metadata(INFO_CRD).await {
        Err(e) => out.fail(&format!(
            "checking failed: {}",
            crate::cluster::api_error_text(&e)
        )),
        Ok(meta) => {
            let labels = meta.metadata.labels.unwrap_or_default();
            let version = labels
                .get("app.kubernetes.io/version")
                .cloned()
                .unwrap_or_default();
            let dist = match labels.get("app.kubernetes.io/part-of") {
                Some(p) if !version.is_empty() => format!("{p}-{version}"),
                _ => version.clone(),
            };
            if !dist.is_empty() {
                out.ok(&format!("distribution: {dist}"));
            }
            let bootstrapped = labels.contains_key("kustomize.toolkit.fluxcd.io/namespace");
            out.ok(&format!("bootstrapped: {bootstrapped}"));
            doc["distribution"] =
                json!({"name": dist, "version": version, "bootstrapped": bootstrapped});
            if !version.is_empty() {
                compare_versions(&mut out, &crds, &version).await;
            }
        }
    }

    out.action("checking controllers");
    let deployments: Api<Deployment> = Api::namespaced(client.clone(), &ns);
    let listed = deployments
        .list(&ListParams::default().labels(PART_OF))
        .await
        .map(|l| l.items)
        .unwrap_or_default();
    let mut controllers = Vec::new();
    if listed.is_empty() {
        out.fail(&format!(
            "no controllers found in the '{ns}' namespace with the label selector '{PART_OF}'"
        ));
    } else {
        let names: Vec<String> = listed
            .iter()
            .filter_map(|d| d.metadata.name.clone())
            .collect();
        let health =
            apply::wait_deployments(client, &ns, &names, ctx.globals.timeout.to_std()).await;
        for d in &listed {
            let name = d.metadata.name.clone().unwrap_or_default();
            let h = health
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, h)| *h)
                .unwrap_or(Health::NotReady);
            match h {
                Health::Ready => out.ok(&format!("{name}: deployment ready")),
                Health::NotFound => out.fail(&format!("{name}: deployment not found")),
                Health::NotReady => out.fail(&format!("{name}: deployment not ready")),
            }
            let images: Vec<String> = d
                .spec
                .as_ref()
                .and_then(|s| s.template.spec.as_ref())
                .map(|p| {
                    p.containers
                        .iter()
                        .filter_map(|c| c.image.clone())
                        .collect()
                })
                .unwrap_or_default();
            for i in &images {
                out.action(i);
            }
            controllers.push(json!({"name": name, "ready": h == Health::Ready, "images": images}));
        }
    }
    doc["controllers"] = json!(controllers);

    out.action("checking crds");
    let listed = crds
        .list(&ListParams::default().labels(PART_OF))
        .await
        .map(|l| l.items)
        .unwrap_or_default();
    let mut crd_doc = Vec::new();
    if listed.is_empty() {
        out.fail(&format!(
            "no crds found with the label selector '{PART_OF}'"
        ));
    }
    for c in &listed {
        let name = c.metadata.name.clone().unwrap_or_default();
        let stored = c
            .status
            .as_ref()
            .and_then(|s| s.stored_versions.clone())
            .unwrap_or_default();
        match stored.last() {
            Some(v) => out.ok(&format!("{name}/{v}")),
            None => out.fail(&format!("no stored versions for {name}")),
        }
        crd_doc.push(json!({"name": name, "storedVersions": stored}));
    }
    doc["crds"] = json!(crd_doc);
    doc["ok"] = json!(!out.failed);
    if json_mode {
        ctx.ui
            .out(&format!("{}\n", serde_json::to_string_pretty(&doc)?))?;
    }
    if out.failed {
        if !json_mode {
            ctx.ui.failure("check failed");
        }
        return Ok(ExitStatus::Failure);
    }
    out.ok("all checks passed");
    Ok(ExitStatus::Success)
}

/// flux-rs addition: the CLI's version against the cluster's. Equal → nothing; otherwise a
/// warning; with a major/minor skew every API version this CLI uses must be served by the
/// cluster's CRDs, else the check fails.
async fn compare_versions(out: &mut Out<'_>, crds: &Api<CustomResourceDefinition>, cluster: &str) {
    if cluster == FLUX_VERSION {
        return;
    }
    out.warn(&format!(
        "flux CLI {FLUX_VERSION} differs from the cluster's Flux {cluster}"
    ));
    let mm = |v: &str| parse_semver(v).map(|((a, b, _), _)| (a, b));
    if mm(cluster) == mm(FLUX_VERSION) {
        return;
    }
    for kind in crate::kinds::ALL {
        let name = format!("{}.{}", kind.plural, kind.group);
        let Ok(crd) = crds.get(&name).await else {
            continue;
        };
        let served = crd
            .spec
            .versions
            .iter()
            .any(|v| v.name == kind.version && v.served);
        if !served {
            out.fail(&format!(
                "{name} does not serve {}, which flux {} uses: upgrade the cluster or use a matching CLI",
                kind.api_version(),
                FLUX_VERSION.trim_start_matches('v')
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semver_needs_two_dots_and_keeps_prerelease() {
        assert_eq!(parse_semver("v1.33.1"), Some(((1, 33, 1), false)));
        assert_eq!(parse_semver("1.34.0+k3s1"), Some(((1, 34, 0), false)));
        assert_eq!(parse_semver("v1.33.0-rc.1"), Some(((1, 33, 0), true)));
        assert_eq!(parse_semver("v1.33"), None);
    }
}
