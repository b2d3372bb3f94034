//! `flux tree kustomization`: mirrors upstream `cmd/flux/tree_kustomization.go` (operate.md §5.5).
//! Deviations: upstream also lists `kustomization` as an alias of itself; clap has no use for it.

use std::io::Read;

use base64::Engine;
use clap::{ArgAction, Args};
use k8s_openapi::api::core::v1::Secret;
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, DynamicObject, ListParams};
use serde_json::{Value, json};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};
use crate::kinds::{self, KindInfo};

const EXAMPLES: &str = "Examples:
  # Print the objects the Kustomization 'flux-system' manages
  flux tree kustomization flux-system

  # Only print the Flux objects, as JSON
  flux tree ks flux-system --compact -o json";

// Tree of a Kustomization.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct TreeKustomizationArgs {
    /// name of the Kustomization
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// only print the Flux objects
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub compact: bool,

    /// print the tree as 'json' or 'yaml' instead of text
    #[arg(short = 'o', long)]
    pub output: Option<String>,
}

/// The identity of one object in a tree (cli-utils `ObjMetadata`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjMeta {
    /// Namespace, empty for cluster-scoped objects.
    pub namespace: String,
    /// Name.
    pub name: String,
    /// API group, empty for the core group.
    pub group: String,
    /// Kind.
    pub kind: String,
}

impl ObjMeta {
    /// `Kind/namespace/name`, or `Kind/name` without a namespace.
    pub fn label(&self) -> String {
        if self.namespace.is_empty() {
            format!("{}/{}", self.kind, self.name)
        } else {
            format!("{}/{}/{}", self.kind, self.namespace, self.name)
        }
    }

    fn to_json(&self) -> Value {
        json!({
            "Namespace": self.namespace,
            "Name": self.name,
            "GroupKind": {"Group": self.group, "Kind": self.kind},
        })
    }
}

/// A node of the tree: an object and the objects it manages.
#[derive(Debug, Clone)]
pub struct Node {
    /// The object.
    pub resource: ObjMeta,
    /// The objects it manages, in inventory order.
    pub children: Vec<Node>,
}

impl Node {
    /// A node without children.
    pub fn leaf(resource: ObjMeta) -> Self {
        Self {
            resource,
            children: Vec::new(),
        }
    }

    /// The `{"resource": …, "resources": […]}` structure of upstream's JSON and YAML output.
    pub fn to_json(&self) -> Value {
        let mut m = serde_json::Map::new();
        m.insert("resource".into(), self.resource.to_json());
        if !self.children.is_empty() {
            m.insert(
                "resources".into(),
                Value::Array(self.children.iter().map(Node::to_json).collect()),
            );
        }
        Value::Object(m)
    }

    /// The text tree: the root label, then the children drawn with `├── `/`└── `/`│   `.
    pub fn render(&self) -> String {
        let mut out = self.resource.label();
        out.push('\n');
        draw(&self.children, "", &mut out);
        out
    }
}

fn draw(children: &[Node], prefix: &str, out: &mut String) {
    for (i, child) in children.iter().enumerate() {
        let last = i + 1 == children.len();
        out.push_str(prefix);
        out.push_str(if last { "└── " } else { "├── " });
        out.push_str(&child.resource.label());
        out.push('\n');
        let deeper = format!("{prefix}{}", if last { "    " } else { "│   " });
        draw(&child.children, &deeper, out);
    }
}

/// Parses an inventory id `<namespace>_<name>_<group>_<kind>` (cli-utils `ParseObjMetadata`).
pub fn parse_id(id: &str) -> Result<ObjMeta, String> {
    let bad = || format!("unable to parse stored object metadata: {id}");
    let (namespace, rest) = id.split_once('_').ok_or_else(bad)?;
    let (rest, kind) = rest.rsplit_once('_').ok_or_else(bad)?;
    let (name, group) = rest.rsplit_once('_').ok_or_else(bad)?;
    let name = name.replace("__", ":");
    if name.contains('_') {
        return Err(bad());
    }
    Ok(ObjMeta {
        namespace: namespace.to_string(),
        name,
        group: group.to_string(),
        kind: kind.to_string(),
    })
}

fn str_at<'a>(v: &'a Value, ptr: &str) -> &'a str {
    v.pointer(ptr).and_then(Value::as_str).unwrap_or("")
}

fn is_flux(group: &str) -> bool {
    group.contains("toolkit.fluxcd.io")
}

/// Builds trees of Kustomizations over one client.
struct Builder<'a> {
    client: &'a kube::Client,
    compact: bool,
}

impl Builder<'_> {
    async fn get(
        &self,
        kind: &KindInfo,
        ns: &str,
        name: &str,
    ) -> Result<DynamicObject, kube::Error> {
        crate::cluster::objects::api(self.client, kind, Some(ns))
            .get(name)
            .await
    }

    /// The children of the Kustomization `ks` (recursively).
    fn kustomization_children<'s>(
        &'s self,
        ks: &'s DynamicObject,
        me: &'s ObjMeta,
    ) -> futures::future::BoxFuture<'s, Result<Vec<Node>, CliError>> {
        Box::pin(async move {
            let data = &ks.data;
            let has_kubeconfig = data
                .pointer("/spec/kubeConfig")
                .is_some_and(|v| !v.is_null());
            let entries = data
                .pointer("/status/inventory/entries")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let mut children = Vec::new();
            for entry in &entries {
                let id = parse_id(str_at(entry, "/id")).map_err(CliError::msg)?;
                if self.compact && !is_flux(&id.group) {
                    continue;
                }
                if id == *me {
                    continue;
                }
                let mut node = Node::leaf(id.clone());
                if id.group == kinds::helm::GROUP && id.kind == kinds::helm::HELM_RELEASE_KIND {
                    node.children = self.helm_children(&id).await?;
                } else if id.group == kinds::kustomize::GROUP
                    && id.kind == kinds::kustomize::KUSTOMIZATION_KIND
                    && !has_kubeconfig
                {
                    let child = self
                        .get(&kinds::KUSTOMIZATION, &id.namespace, &id.name)
                        .await
                        .map_err(|e| {
                            CliError::msg(format!(
                                "failed to find object: {}",
                                crate::cluster::api_error_text(&e)
                            ))
                        })?;
                    node.children = self.kustomization_children(&child, &id).await?;
                }
                children.push(node);
            }
            Ok(children)
        })
    }

    /// The objects of a HelmRelease's latest Helm release (upstream `getHelmReleaseInventory`).
    async fn helm_children(&self, id: &ObjMeta) -> Result<Vec<Node>, CliError> {
        let who = format!("{}/{}", id.namespace, id.name);
        let hr = self
            .get(&kinds::HELM_RELEASE, &id.namespace, &id.name)
            .await?;
        let data = &hr.data;
        if data
            .pointer("/spec/kubeConfig")
            .is_some_and(|v| !v.is_null())
        {
            return Ok(Vec::new());
        }
        let storage_ns = str_at(data, "/status/storageNamespace");
        let latest = data.pointer("/status/history/0");
        let (Some(latest), false) = (latest, storage_ns.is_empty()) else {
            return Ok(Vec::new());
        };
        let version = match latest.get("version") {
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::String(s)) => s.clone(),
            _ => "0".to_string(),
        };
        let secret_name = format!("sh.helm.release.v1.{}.v{version}", str_at(latest, "/name"));
        let secrets: Api<Secret> = Api::namespaced(self.client.clone(), storage_ns);
        let secret = match secrets.get(&secret_name).await {
            Ok(s) => s,
            Err(e) if crate::cluster::is_not_found(&e) => return Ok(Vec::new()),
            Err(e) => {
                return Err(CliError::msg(format!(
                    "failed to find the Helm storage object for HelmRelease '{who}': {}",
                    crate::cluster::api_error_text(&e)
                )));
            }
        };
        let Some(raw) = secret
            .data
            .as_ref()
            .and_then(|d| d.get("release"))
            .map(|b| b.0.clone())
        else {
            return Err(CliError::msg(format!(
                "failed to decode the Helm storage object for HelmRelease '{who}'"
            )));
        };
        let release = decode_release(&raw).map_err(|e| {
            CliError::msg(format!(
                "failed to decode the Helm storage object for HelmRelease '{who}'{e}"
            ))
        })?;
        let manifest = str_at(&release, "/manifest");
        let default_ns = str_at(latest, "/namespace");
        let objects = crate::yaml::from_str_multi(manifest).map_err(|e| {
            CliError::msg(format!(
                "failed to read the Helm storage object for HelmRelease '{who}': {e}"
            ))
        })?;
        let mut metas: Vec<ObjMeta> = Vec::new();
        for obj in expand_lists(objects) {
            let api_version = str_at(&obj, "/apiVersion");
            if api_version.starts_with("kustomize.config.k8s.io/") {
                continue;
            }
            let kind = str_at(&obj, "/kind").to_string();
            let group = api_version
                .rsplit_once('/')
                .map(|(g, _)| g.to_string())
                .unwrap_or_default();
            let mut namespace = str_at(&obj, "/metadata/namespace").to_string();
            if namespace.is_empty() && !is_cluster_scoped(&group, &kind) {
                namespace = default_ns.to_string();
            }
            metas.push(ObjMeta {
                namespace,
                name: str_at(&obj, "/metadata/name").to_string(),
                group,
                kind,
            });
        }
        let crds_policy = |p: &str| {
            data.pointer(p)
                .and_then(Value::as_str)
                .is_some_and(|s| !s.is_empty() && s != "Skip")
        };
        if crds_policy("/spec/install/crds") || crds_policy("/spec/upgrade/crds") {
            let crds: Api<CustomResourceDefinition> = Api::all(self.client.clone());
            let lp = ListParams::default().labels(&format!(
                "helm.toolkit.fluxcd.io/name={},helm.toolkit.fluxcd.io/namespace={}",
                id.name, id.namespace
            ));
            if let Ok(list) = crds.list(&lp).await {
                for crd in list.items {
                    let meta = ObjMeta {
                        namespace: String::new(),
                        name: crd.metadata.name.unwrap_or_default(),
                        group: "apiextensions.k8s.io".into(),
                        kind: "CustomResourceDefinition".into(),
                    };
                    if !metas.contains(&meta) {
                        metas.push(meta);
                    }
                }
            }
        }
        Ok(metas
            .into_iter()
            .filter(|m| !self.compact || is_flux(&m.group))
            .map(Node::leaf)
            .collect())
    }
}

/// `List` documents replaced by their items.
fn expand_lists(objects: Vec<Value>) -> Vec<Value> {
    let mut out = Vec::new();
    for obj in objects {
        if !obj.is_object() {
            continue;
        }
        let is_list = str_at(&obj, "/kind").ends_with("List")
            && obj.get("items").is_some_and(Value::is_array);
        if is_list {
            out.extend(expand_lists(
                obj["items"].as_array().cloned().unwrap_or_default(),
            ));
        } else {
            out.push(obj);
        }
    }
    out
}

/// The well-known cluster-scoped kinds (everything else gets the release namespace).
fn is_cluster_scoped(group: &str, kind: &str) -> bool {
    matches!(
        (group, kind),
        (
            "",
            "Namespace" | "Node" | "PersistentVolume" | "ComponentStatus"
        ) | ("apiextensions.k8s.io", "CustomResourceDefinition")
            | (
                "rbac.authorization.k8s.io",
                "ClusterRole" | "ClusterRoleBinding"
            )
            | (
                "storage.k8s.io",
                "StorageClass" | "CSIDriver" | "CSINode" | "VolumeAttachment"
            )
            | ("scheduling.k8s.io", "PriorityClass")
            | ("node.k8s.io", "RuntimeClass")
            | ("networking.k8s.io", "IngressClass")
            | ("apiregistration.k8s.io", "APIService")
            | (
                "admissionregistration.k8s.io",
                "ValidatingWebhookConfiguration"
                    | "MutatingWebhookConfiguration"
                    | "ValidatingAdmissionPolicy"
                    | "ValidatingAdmissionPolicyBinding"
            )
            | ("certificates.k8s.io", "CertificateSigningRequest")
            | ("flowcontrol.apiserver.k8s.io", _)
    )
}

/// Decodes a Helm release record: base64 text, optionally gzipped JSON. The error text is
/// appended to the message (`: <err>`, or nothing).
fn decode_release(raw: &[u8]) -> Result<Value, String> {
    let text: Vec<u8> = raw
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(&text)
        .map_err(|e| format!(": {e}"))?;
    let json = if bytes.starts_with(&[0x1f, 0x8b, 0x08]) {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes.as_slice())
            .read_to_end(&mut out)
            .map_err(|e| format!(": {e}"))?;
        out
    } else {
        bytes
    };
    serde_json::from_slice(&json).map_err(|e| format!(": {e}"))
}

/// Runs `flux tree kustomization`.
pub async fn run(ctx: &Ctx, args: TreeKustomizationArgs) -> Result<ExitStatus, CliError> {
    let Some(name) = args.args.first() else {
        return Err(CliError::msg("kustomization name is required"));
    };
    let client = ctx.kube().await?.clone();
    let ns = ctx.namespace().to_string();
    let work = async {
        let builder = Builder {
            client: &client,
            compact: args.compact,
        };
        let ks = builder.get(&kinds::KUSTOMIZATION, &ns, name).await?;
        let me = ObjMeta {
            namespace: ns.clone(),
            name: name.clone(),
            group: kinds::kustomize::GROUP.into(),
            kind: kinds::kustomize::KUSTOMIZATION_KIND.into(),
        };
        let children = builder.kustomization_children(&ks, &me).await?;
        Ok::<Node, CliError>(Node {
            resource: me,
            children,
        })
    };
    let tree = ctx.within(work).await?;
    print(ctx, &tree, args.output.as_deref())
}

/// Prints a tree as upstream does: `json` (2-space indent), `yaml`, else the text tree; each
/// followed by a newline (`rootCmd.Println`).
pub fn print(ctx: &Ctx, tree: &Node, output: Option<&str>) -> Result<ExitStatus, CliError> {
    let text = match output {
        Some("json") => {
            let pretty = serde_json::to_string_pretty(&tree.to_json())?;
            pretty
                .replace('<', "\\u003c")
                .replace('>', "\\u003e")
                .replace('&', "\\u0026")
        }
        Some("yaml") => crate::yaml::to_string(&tree.to_json()),
        _ => tree.render(),
    };
    ctx.ui.out(&format!("{text}\n"))?;
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        let m = parse_id("cert-manager_cert-manager_source.toolkit.fluxcd.io_HelmRepository")
            .expect("valid");
        assert_eq!(m.label(), "HelmRepository/cert-manager/cert-manager");
        let m = parse_id("_system__auth_rbac.authorization.k8s.io_ClusterRole").expect("valid");
        assert_eq!(m.name, "system:auth");
        assert_eq!(m.label(), "ClusterRole/system:auth");
        assert!(parse_id("a_b").is_err());
        assert!(parse_id("ns_a_b_apps_Deployment").is_err());
    }

    #[test]
    fn release_decoding() {
        let json = br#"{"manifest":"a"}"#;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut gz, json).expect("gzip");
        let packed = base64::engine::general_purpose::STANDARD.encode(gz.finish().expect("gzip"));
        assert_eq!(
            decode_release(packed.as_bytes()).expect("decodes")["manifest"],
            "a"
        );
        assert!(decode_release(b"%%%").is_err());
    }
}
