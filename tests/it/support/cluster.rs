//! A fake cluster per test: starts `fake-kube` in process, loads the Flux CRDs, creates fixture
//! objects the way upstream's tests do (create, then status update; `{{ .key }}` templates), and
//! runs `flux` against it through a kubeconfig.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use fake_kube::{FakeKube, Options};
use flux_rs::env::Env;

use super::{Run, flux_env, hermetic_env, render_template, split_args};

/// A running fake cluster with Flux's CRDs.
pub struct TestCluster {
    /// The server handle (request log, faults, seeding).
    pub kube: FakeKube,
    /// The directory commands run from (upstream's `cmd-flux/`, so `./testdata/…` resolves).
    pub cwd: PathBuf,
}

static NS_COUNTER: AtomicU32 = AtomicU32::new(0);

/// A fresh namespace name with `prefix`, unique in this process (upstream's
/// `allocateNamespace`).
pub fn allocate_namespace(prefix: &str) -> String {
    let n = NS_COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{prefix}-{}-{n}", std::process::id() % 100_000)
}

/// Parses a multi-document YAML text into JSON objects (empty documents skipped).
pub fn yaml_docs(text: &str) -> Vec<serde_json::Value> {
    flux_rs::yaml::from_str_multi(text)
        .expect("fixture YAML parses")
        .into_iter()
        .filter(|v| v.is_object())
        .collect()
}

impl TestCluster {
    /// Starts a fake cluster with the Flux CRDs and no controllers: objects keep the
    /// status their fixtures give them. `None` (skip) when `../shared` is absent.
    pub fn new() -> Option<Self> {
        Self::with_options(Options::default())
    }

    /// Starts a fake cluster whose fake controllers reconcile Flux objects (once the controller
    /// Deployments exist: see [`TestCluster::install_controllers`]).
    pub fn with_controllers() -> Option<Self> {
        Self::with_options(Options {
            controllers: true,
            ..Options::default()
        })
    }

    /// Starts a fake cluster with explicit options.
    pub fn with_options(opts: Options) -> Option<Self> {
        let upstream = super::upstream()?;
        let kube = FakeKube::start_with("127.0.0.1:0", opts).expect("fake-kube starts");
        // Flux's CRDs as flux-rs generates them (crds.rs proves them equal to upstream's).
        for (_, crd) in flux_rs::components::crds::all() {
            kube.seed(crd).expect("CRD registers");
        }
        Some(Self {
            kube,
            cwd: upstream.join("cmd-flux"),
        })
    }

    /// Creates the controller Deployments of `namespace` (what `flux install` would) so the fake
    /// controllers start reconciling Flux objects.
    pub fn install_controllers(&self, namespace: &str) {
        self.create(serde_json::json!({
            "apiVersion": "v1", "kind": "Namespace", "metadata": {"name": namespace}
        }));
        for name in [
            "source-controller",
            "kustomize-controller",
            "helm-controller",
            "notification-controller",
            "image-reflector-controller",
            "image-automation-controller",
            "source-watcher",
        ] {
            self.create(serde_json::json!({
                "apiVersion": "apps/v1",
                "kind": "Deployment",
                "metadata": {"name": name, "namespace": namespace,
                    "labels": {"app": name, "app.kubernetes.io/part-of": "flux",
                               "app.kubernetes.io/component": name}},
                "spec": {
                    "replicas": 1,
                    "selector": {"matchLabels": {"app": name}},
                    "template": {
                        "metadata": {"labels": {"app": name}},
                        "spec": {"containers": [{"name": "manager",
                            "image": format!("ghcr.io/fluxcd/{name}:v0.0.0")}]}
                    }
                }
            }));
        }
    }

    /// Creates one object (then its status), panicking with the server's message on failure.
    pub fn create(&self, obj: serde_json::Value) -> serde_json::Value {
        let what = format!("{} {}", obj["kind"], obj["metadata"]["name"]);
        self.kube
            .seed_with_status(obj)
            .unwrap_or_else(|e| panic!("creating {what}: {e}"))
    }

    /// Creates every object of a fixture file (relative to `cmd-flux/`) after filling in the
    /// template values.
    pub fn create_file(&self, path: &str, values: &[(&str, &str)]) {
        let text = std::fs::read_to_string(self.cwd.join(path))
            .unwrap_or_else(|e| panic!("reading {path}: {e}"));
        for doc in yaml_docs(&render_template(&text, values)) {
            self.create(doc);
        }
    }

    /// The environment `flux` runs with: hermetic, `KUBECONFIG` pointing at this cluster.
    pub fn env(&self) -> Env {
        hermetic_env(&self.cwd).set(
            flux_rs::env::KUBECONFIG,
            self.kube.kubeconfig_path().to_string_lossy().into_owned(),
        )
    }

    /// Runs `flux <cmdline>` against this cluster from `cmd-flux/`.
    pub fn flux(&self, cmdline: &str) -> Run {
        flux_env(self.env(), &split_args(cmdline))
    }

    /// Runs `flux` with an argument vector (no shell splitting).
    pub fn flux_args(&self, args: &[&str]) -> Run {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        flux_env(self.env(), &args)
    }

    /// The kubeconfig path (for running real `kubectl` against the same cluster).
    pub fn kubeconfig(&self) -> &Path {
        self.kube.kubeconfig_path()
    }
}
