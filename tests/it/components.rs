//! The gotk components generated in Rust against upstream's rendered manifests: the bundle
//! against `rendered/bundle/*.yaml`, `install --export` against Appendix A byte for byte, and
//! the whole overlay (every option of §3.4.8) against real `kubectl kustomize` run over
//! upstream's bundle with the same overlay. CRD documents are left out (they come from
//! `components::crds`, tested on their own); image tags are compared without the tag.

use std::path::Path;

use flux_rs::components::render::{self, Options};
use flux_rs::components::{controllers, policies, rbac};
use serde_json::Value;

use crate::support::cluster::yaml_docs;
use crate::support::{flux, upstream};

/// `kubectl` with its embedded kustomize, when present.
#[allow(clippy::print_stderr)]
pub fn kubectl() -> Option<&'static str> {
    let p = "/usr/bin/kubectl";
    if Path::new(p).is_file() {
        Some(p)
    } else {
        eprintln!("skipping: /usr/bin/kubectl is not present");
        None
    }
}

/// Runs `kubectl kustomize DIR` and parses the output.
pub fn kubectl_kustomize(dir: &Path) -> Vec<Value> {
    let out = std::process::Command::new(kubectl().expect("kubectl"))
        .args(["kustomize", "--load-restrictor=LoadRestrictionsNone"])
        .arg(dir)
        .output()
        .expect("kubectl runs");
    assert!(
        out.status.success(),
        "kubectl kustomize failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    yaml_docs(&String::from_utf8(out.stdout).unwrap())
}

/// Drops the tag of every container image (`ghcr.io/fluxcd/x:v1` → `ghcr.io/fluxcd/x`).
pub fn untag(mut o: Value) -> Value {
    if let Some(cs) = o
        .pointer_mut("/spec/template/spec/containers")
        .and_then(Value::as_array_mut)
    {
        for c in cs {
            if let Some(img) = c["image"].as_str() {
                let name = match img.rfind(':') {
                    Some(i) if !img[i..].contains('/') => &img[..i],
                    _ => img,
                };
                c["image"] = Value::String(name.to_string());
            }
        }
    }
    o
}

fn non_crd(objs: Vec<Value>) -> Vec<Value> {
    objs.into_iter()
        .filter(|o| o["kind"] != "CustomResourceDefinition")
        .map(untag)
        .collect()
}

fn id(o: &Value) -> String {
    format!(
        "{}/{}/{}",
        o["kind"].as_str().unwrap_or(""),
        o["metadata"]["namespace"].as_str().unwrap_or(""),
        o["metadata"]["name"].as_str().unwrap_or("")
    )
}

/// Asserts two object lists are equal object by object, in order.
pub fn assert_same_objects(what: &str, ours: &[Value], theirs: &[Value]) {
    let a: Vec<String> = ours.iter().map(id).collect();
    let b: Vec<String> = theirs.iter().map(id).collect();
    assert_eq!(a, b, "{what}: object lists differ");
    for (x, y) in ours.iter().zip(theirs) {
        assert_eq!(
            x,
            y,
            "{what}: {} differs:\nours:\n{}\ntheirs:\n{}",
            id(x),
            flux_rs::yaml::to_string(x),
            flux_rs::yaml::to_string(y)
        );
    }
}

#[test]
fn bundle_files_match_upstream_bundle() {
    let Some(up) = upstream() else { return };
    let files: Vec<(String, Vec<Value>)> = controllers::CONTROLLERS
        .iter()
        .map(|c| (format!("{}.yaml", c.name), c.bundle_objects()))
        .chain([
            ("rbac.yaml".to_string(), rbac::objects()),
            ("policies.yaml".to_string(), policies::objects()),
        ])
        .collect();
    let mut n = 0;
    for (file, ours) in files {
        let text = std::fs::read_to_string(up.join("rendered/bundle").join(&file)).unwrap();
        assert_same_objects(&file, &non_crd(ours), &non_crd(yaml_docs(&text)));
        n += 1;
    }
    assert_eq!(n, 9, "9/9 bundle files");
}

#[test]
fn pinned_image_tags() {
    let tags: Vec<(&str, &str)> = controllers::CONTROLLERS
        .iter()
        .map(|c| (c.name, c.tag))
        .collect();
    assert_eq!(
        tags,
        [
            ("source-controller", "v1.9.4"),
            ("kustomize-controller", "v1.9.4"),
            ("helm-controller", "v1.6.3"),
            ("notification-controller", "v1.9.3"),
            ("image-reflector-controller", "v1.2.4"),
            ("image-automation-controller", "v1.2.4"),
            ("source-watcher", "v2.2.3"),
        ]
    );
}

/// Appendix A of bootstrap-install.md with the CRD comment document removed.
fn appendix(name: &str) -> Option<String> {
    let spec = std::fs::read_to_string(crate::support::shared()?.join("spec/bootstrap-install.md"))
        .ok()?;
    let start = spec.find(&format!("## Appendix {name}"))?;
    let body = &spec[start..];
    let open = body.find("```yaml\n")? + 8;
    let close = body[open..].find("```\n")? + open;
    Some(body[open..close].to_string())
}

fn without_crds(text: &str) -> String {
    text.split("---\n")
        .filter(|d| !d.contains("kind: CustomResourceDefinition\n") && !d.starts_with("# ... 11"))
        .collect::<Vec<_>>()
        .join("---\n")
}

#[test]
fn export_default_is_appendix_a_byte_for_byte() {
    let Some(a) = appendix("A") else { return };
    let run = flux("install --export");
    assert_eq!(run.code, 0, "{}", run.out.stderr);
    assert_eq!(run.out.stderr, "");
    crate::support::assert_text(
        &without_crds(&a),
        &without_crds(&run.out.stdout),
        "install --export",
    );
}

#[test]
fn export_extras_contain_appendix_b_documents() {
    let Some(b) = appendix("B") else { return };
    let run = flux(
        "install --export --components-extra=image-reflector-controller,image-automation-controller,source-watcher",
    );
    assert_eq!(run.code, 0, "{}", run.out.stderr);
    assert!(run.out.stdout.contains(
        "# Components: source-controller,kustomize-controller,helm-controller,notification-controller,image-reflector-controller,image-automation-controller,source-watcher\n"
    ));
    let docs: Vec<&str> = run.out.stdout.split("---\n").collect();
    for doc in b.split("---\n").filter(|d| !d.trim().is_empty()) {
        assert!(docs.contains(&doc), "Appendix B document missing:\n{doc}");
    }
    // upstream TestInstall_ComponentsExtra
    let objs = yaml_docs(&run.out.stdout);
    for name in [
        "image-automation-controller",
        "image-reflector-controller",
        "source-watcher",
    ] {
        assert!(
            objs.iter()
                .any(|o| o["kind"] == "Deployment" && o["metadata"]["name"] == name)
        );
    }
    for name in ["kustomize-controller", "helm-controller"] {
        let d = objs
            .iter()
            .find(|o| o["kind"] == "Deployment" && o["metadata"]["name"] == name)
            .unwrap();
        let args = d["spec"]["template"]["spec"]["containers"][0]["args"]
            .as_array()
            .unwrap();
        assert!(
            args.iter()
                .any(|a| a == "--feature-gates=ExternalArtifact=true")
        );
    }
}

/// The release `install.yaml` (all seven components) equals our export with all extras once
/// its known differences are accounted for: it has no version label, the bundle's literal
/// `flux-system` events address, bare `--watch-all-namespaces`, no ExternalArtifact gate and
/// no nodeSelector patch.
#[test]
fn export_matches_release_install_yaml() {
    let Some(up) = upstream() else { return };
    let run = flux(
        "install --export --components=source-controller,kustomize-controller,notification-controller,helm-controller,image-reflector-controller,image-automation-controller,source-watcher",
    );
    assert_eq!(run.code, 0, "{}", run.out.stderr);
    let normalize = |mut o: Value| {
        // install.yaml has no name suffixes on the cluster-wide RBAC and the quota.
        for p in ["/metadata/name", "/roleRef/name"] {
            if let Some(Value::String(n)) = o.pointer_mut(p)
                && let Some(stripped) = n.strip_suffix("-flux-system")
            {
                *n = stripped.to_string();
            }
        }
        for p in ["/metadata/labels", "/spec/template/metadata/labels"] {
            if let Some(m) = o.pointer_mut(p).and_then(Value::as_object_mut) {
                m.remove("app.kubernetes.io/version");
            }
        }
        if let Some(pod) = o.pointer_mut("/spec/template/spec") {
            pod.as_object_mut().unwrap().remove("nodeSelector");
            if let Some(args) = pod
                .pointer_mut("/containers/0/args")
                .and_then(Value::as_array_mut)
            {
                args.retain(|a| a != "--feature-gates=ExternalArtifact=true");
                for a in args.iter_mut() {
                    let s = a
                        .as_str()
                        .unwrap()
                        .replace("$(RUNTIME_NAMESPACE)", "flux-system");
                    let s = if s == "--watch-all-namespaces=true" {
                        "--watch-all-namespaces".to_string()
                    } else {
                        s
                    };
                    let s = s.replace(
                        "--storage-adv-addr=source-controller.flux-system",
                        "--storage-adv-addr=source-controller.$(RUNTIME_NAMESPACE)",
                    );
                    let s = s.replace(
                        "--storage-adv-addr=source-watcher.flux-system",
                        "--storage-adv-addr=source-watcher.$(RUNTIME_NAMESPACE)",
                    );
                    *a = Value::String(s);
                }
            }
        }
        o
    };
    let ours: Vec<Value> = non_crd(yaml_docs(&run.out.stdout))
        .into_iter()
        .map(normalize)
        .collect();
    let theirs = non_crd(yaml_docs(
        &std::fs::read_to_string(up.join("rendered/install.yaml")).unwrap(),
    ));
    let theirs: Vec<Value> = theirs.into_iter().map(normalize).collect();
    assert_same_objects("install.yaml", &ours, &theirs);
}

/// Writes upstream's bundle plus our overlay for `opts` to a directory.
fn overlay_over_upstream_bundle(opts: &Options) -> Option<tempfile::TempDir> {
    let up = upstream()?;
    let dir = tempfile::tempdir().unwrap();
    let mut fs = flux_rs::kustomize::MemFs::new();
    for e in std::fs::read_dir(up.join("rendered/bundle")).unwrap() {
        let p = e.unwrap().path();
        fs.insert(
            p.file_name().unwrap().to_str().unwrap(),
            std::fs::read_to_string(&p).unwrap(),
        );
    }
    render::overlay(opts, &mut fs).unwrap();
    for (path, text) in fs.files() {
        let full = dir.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
    }
    Some(dir)
}

fn option_matrix() -> Vec<(&'static str, Options)> {
    let base = Options::default;
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    vec![
        ("defaults", base()),
        (
            "extras",
            Options {
                components_extra: s(controllers::EXTRA_COMPONENTS),
                ..base()
            },
        ),
        (
            "namespace, domain, log level, watch",
            Options {
                namespace: "flux-other".into(),
                cluster_domain: "example.internal".into(),
                log_level: "debug".into(),
                watch_all_namespaces: false,
                ..base()
            },
        ),
        (
            "registry, pull secret, tolerations, no policies",
            Options {
                registry: "registry.example.com:5000/mirror".into(),
                image_pull_secret: "regcred".into(),
                toleration_keys: s(&["node.example/a", "node.example/b"]),
                network_policy: false,
                ..base()
            },
        ),
        (
            "empty registry, no notification-controller",
            Options {
                registry: String::new(),
                components: s(&[
                    "source-controller",
                    "kustomize-controller",
                    "helm-controller",
                ]),
                components_extra: s(&["source-watcher"]),
                ..base()
            },
        ),
    ]
}

#[test]
fn overlay_matches_kubectl_kustomize_for_every_option() {
    if kubectl().is_none() {
        return;
    }
    let mut n = 0;
    let cases = option_matrix();
    for (what, opts) in &cases {
        let Some(dir) = overlay_over_upstream_bundle(opts) else {
            return;
        };
        let theirs = non_crd(kubectl_kustomize(dir.path()));
        let ours = render::generate(opts, &render::Source::Embedded, "").unwrap();
        assert_same_objects(what, &non_crd(ours.objects), &theirs);
        n += 1;
    }
    assert_eq!(n, cases.len(), "{n}/{} option sets", cases.len());
}

#[test]
fn flags_reach_the_generated_options() {
    let run = flux(
        "install --export -n other --registry=reg.local/flux --image-pull-secret=pull --toleration-keys=a,b --network-policy=false --log-level=debug --watch-all-namespaces=false --cluster-domain=corp.local",
    );
    assert_eq!(run.code, 0, "{}", run.out.stderr);
    let objs = yaml_docs(&run.out.stdout);
    let sc = objs
        .iter()
        .find(|o| o["kind"] == "Deployment" && o["metadata"]["name"] == "source-controller")
        .unwrap();
    let pod = &sc["spec"]["template"]["spec"];
    assert_eq!(sc["metadata"]["namespace"], "other");
    assert_eq!(
        pod["containers"][0]["image"],
        "reg.local/flux/source-controller:v1.9.4"
    );
    assert_eq!(
        pod["imagePullSecrets"],
        serde_json::json!([{"name": "pull"}])
    );
    assert_eq!(
        pod["tolerations"],
        serde_json::json!([{"key": "a", "operator": "Exists"}, {"key": "b", "operator": "Exists"}])
    );
    assert_eq!(
        pod["containers"][0]["args"],
        serde_json::json!([
            "--events-addr=http://notification-controller.$(RUNTIME_NAMESPACE).svc.corp.local./",
            "--watch-all-namespaces=false",
            "--log-level=debug",
            "--log-encoding=json",
            "--enable-leader-election",
            "--storage-path=/data",
            "--storage-adv-addr=source-controller.$(RUNTIME_NAMESPACE).svc.corp.local."
        ])
    );
    assert!(!objs.iter().any(|o| o["kind"] == "NetworkPolicy"));
    let crb = objs
        .iter()
        .find(|o| {
            o["metadata"]["name"] == "crd-controller-other" && o["kind"] == "ClusterRoleBinding"
        })
        .unwrap();
    assert_eq!(crb["roleRef"]["name"], "crd-controller-other");
    assert!(
        crb["subjects"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["namespace"] == "other")
    );
}
