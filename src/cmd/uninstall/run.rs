//! The `flux uninstall` flow (bootstrap-install.md §6, `flux2: pkg/uninstall/uninstall.go`):
//! confirm, delete the components, strip the finalizers of every Flux object, delete the
//! CRDs and the namespace.

use std::io::BufRead;

use kube::api::{Api, DeleteParams, DynamicObject, ListParams, PostParams};
use kube::core::{ApiResource, GroupVersionKind};

use super::UninstallArgs;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};
use crate::report::Reporter;

const PART_OF: &str = "app.kubernetes.io/part-of=flux";

fn resource(group: &str, version: &str, kind: &str, plural: &str) -> ApiResource {
    ApiResource::from_gvk_with_plural(&GroupVersionKind::gvk(group, version, kind), plural)
}

/// The Flux kinds whose finalizers uninstall removes (ExternalArtifact is not among them).
const FINALIZER_KINDS: &[&str] = &[
    "GitRepository",
    "OCIRepository",
    "HelmRepository",
    "HelmChart",
    "Bucket",
    "Kustomization",
    "HelmRelease",
    "Alert",
    "Provider",
    "Receiver",
    "ImagePolicy",
    "ImageRepository",
    "ImageUpdateAutomation",
    "ArtifactGenerator",
];

fn id(kind: &str, o: &DynamicObject) -> String {
    let name = o.metadata.name.clone().unwrap_or_default();
    match o.metadata.namespace.as_deref().filter(|s| !s.is_empty()) {
        Some(ns) => format!("{kind}/{ns}/{name}"),
        None => format!("{kind}/{name}"),
    }
}

/// Asks `? <question>? [y/N] ` on a terminal; a non-interactive run declines.
pub(crate) async fn confirm(ctx: &Ctx, question: &str) -> Result<bool, CliError> {
    if !ctx.env.stdin_is_tty {
        return Ok(false);
    }
    ctx.ui.out(&format!("? {question}? [y/N] "))?;
    let line = tokio::task::spawn_blocking(|| {
        let mut s = String::new();
        std::io::stdin().lock().read_line(&mut s).map(|_| s)
    })
    .await
    .map_err(|e| CliError::msg(e.to_string()))??;
    Ok(matches!(line.trim(), "y" | "Y"))
}

struct Deleter<'a> {
    ctx: &'a Ctx,
    dry_run: bool,
    failed: Vec<String>,
}

impl Deleter<'_> {
    fn suffix(&self) -> &'static str {
        if self.dry_run { "(dry run)" } else { "" }
    }

    async fn delete(&mut self, api: &Api<DynamicObject>, kind: &str, o: &DynamicObject) {
        let name = o.metadata.name.clone().unwrap_or_default();
        let dp = DeleteParams {
            dry_run: self.dry_run,
            ..DeleteParams::default()
        };
        let what = id(kind, o);
        match api.delete(&name, &dp).await {
            Ok(_) => self
                .ctx
                .ui
                .success(&format!("{what} deleted {}", self.suffix())),
            Err(e) if crate::cluster::is_not_found(&e) => self
                .ctx
                .ui
                .success(&format!("{what} deleted {}", self.suffix())),
            Err(e) => {
                self.ctx.ui.failure(&format!(
                    "{what} deletion failed: {}",
                    crate::cluster::api_error_text(&e)
                ));
                self.failed.push(what);
            }
        }
    }

    async fn delete_labelled(&mut self, ar: &ApiResource, ns: Option<&str>) {
        let client = match self.ctx.kube().await {
            Ok(c) => c.clone(),
            Err(_) => return,
        };
        let api: Api<DynamicObject> = match ns {
            Some(ns) => Api::namespaced_with(client, ns, ar),
            None => Api::all_with(client, ar),
        };
        // List errors are ignored, as upstream does.
        let Ok(list) =
            crate::cluster::objects::list_all(&api, &ListParams::default().labels(PART_OF)).await
        else {
            return;
        };
        for o in &list {
            self.delete(&api, &ar.kind, o).await;
        }
    }
}

/// Runs `flux uninstall`.
pub async fn run(ctx: &Ctx, args: UninstallArgs) -> Result<ExitStatus, CliError> {
    crate::cmd::install::validate_namespace(ctx)?;
    let client = ctx.kube().await?.clone();
    if !args.dry_run && !args.silent {
        let question = match crate::components::cluster_info::get(&client).await {
            Ok(Some(info)) if !info.managed_by.is_empty() && info.managed_by != "flux" => format!(
                "Flux is managed by {}! Are you sure you want to delete Flux and its CRDs using Flux CLI",
                info.managed_by
            ),
            Ok(_) => "Are you sure you want to delete Flux and its custom resource definitions"
                .to_string(),
            Err(e) => {
                return Err(CliError::msg(format!(
                    "cluster info unavailable: {}",
                    crate::cluster::api_error_text(&e)
                )));
            }
        };
        if !confirm(ctx, &question).await? {
            return Err(CliError::msg("aborting"));
        }
    }
    let ns = ctx.namespace().to_string();
    let mut d = Deleter {
        ctx,
        dry_run: args.dry_run,
        failed: Vec::new(),
    };

    ctx.ui
        .action(&format!("deleting components in {ns} namespace"));
    for ar in [
        resource("apps", "v1", "Deployment", "deployments"),
        resource("", "v1", "Service", "services"),
        resource(
            "networking.k8s.io",
            "v1",
            "NetworkPolicy",
            "networkpolicies",
        ),
        resource("", "v1", "ServiceAccount", "serviceaccounts"),
    ] {
        d.delete_labelled(&ar, Some(&ns)).await;
    }
    for ar in [
        resource(
            "rbac.authorization.k8s.io",
            "v1",
            "ClusterRole",
            "clusterroles",
        ),
        resource(
            "rbac.authorization.k8s.io",
            "v1",
            "ClusterRoleBinding",
            "clusterrolebindings",
        ),
    ] {
        d.delete_labelled(&ar, None).await;
    }

    ctx.ui
        .action("deleting toolkit.fluxcd.io finalizers in all namespaces");
    for kind in FINALIZER_KINDS {
        let Some(info) = crate::kinds::by_kind(kind) else {
            continue;
        };
        let api = crate::cluster::objects::api(&client, info, None);
        let Ok(list) = crate::cluster::objects::list_all(&api, &ListParams::default()).await else {
            // The CRD is absent (or unreadable): nothing to strip.
            continue;
        };
        for mut o in list {
            let what = id(kind, &o);
            let Some(ons) = o.metadata.namespace.clone() else {
                continue;
            };
            let napi = crate::cluster::objects::api(&client, info, Some(&ons));
            o.metadata.finalizers = Some(Vec::new());
            let pp = PostParams {
                dry_run: args.dry_run,
                ..PostParams::default()
            };
            let name = o.metadata.name.clone().unwrap_or_default();
            match napi.replace(&name, &pp, &o).await {
                Ok(_) => ctx
                    .ui
                    .success(&format!("{what} finalizers deleted {}", d.suffix())),
                Err(e) => {
                    ctx.ui.failure(&format!(
                        "{what} removing finalizers failed: {}",
                        crate::cluster::api_error_text(&e)
                    ));
                    d.failed.push(format!("{what} finalizers"));
                }
            }
        }
    }

    ctx.ui
        .action("deleting toolkit.fluxcd.io custom resource definitions");
    d.delete_labelled(
        &resource(
            "apiextensions.k8s.io",
            "v1",
            "CustomResourceDefinition",
            "customresourcedefinitions",
        ),
        None,
    )
    .await;

    if !args.keep_namespace {
        let api: Api<DynamicObject> = Api::all_with(
            client.clone(),
            &resource("", "v1", "Namespace", "namespaces"),
        );
        let dp = DeleteParams {
            dry_run: args.dry_run,
            ..DeleteParams::default()
        };
        match api.delete(&ns, &dp).await {
            Ok(_) => ctx
                .ui
                .success(&format!("Namespace/{ns} deleted {}", d.suffix())),
            Err(e) => {
                ctx.ui.failure(&format!(
                    "Namespace/{ns} deletion failed: {}",
                    crate::cluster::api_error_text(&e)
                ));
                // Already gone is what uninstall wants; anything else was not removed.
                if !crate::cluster::is_not_found(&e) {
                    d.failed.push(format!("Namespace/{ns}"));
                }
            }
        }
    }
    if !d.failed.is_empty() {
        return Err(CliError::msg(format!(
            "uninstall incomplete: {} could not be removed: {}",
            d.failed.len(),
            d.failed.join(", ")
        )));
    }
    ctx.ui.success("uninstall finished");
    Ok(ExitStatus::Success)
}
