//! fake-kube: an in-memory Kubernetes API server for tests, faithful enough for real kubectl
//! and kube-rs. This file owns the public handle (`FakeKube`): start, address, kubeconfig,
//! request log, fault injection, seeding and shutdown.

pub mod api;
pub mod clock;
pub mod controllers;
pub mod http;
pub mod patch;
pub mod proto;
pub mod rbac;
pub mod registry;
pub mod schema;
pub mod selector;
pub mod ssa;
pub mod status;
pub mod table;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use api::Shared;
pub use api::{Fault, LoggedRequest, Options};

/// A running fake API server; stops on drop.
pub struct FakeKube {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: Option<tokio::sync::watch::Sender<bool>>,
    thread: Option<std::thread::JoinHandle<()>>,
    dir: tempfile::TempDir,
    kubeconfig: PathBuf,
}

impl FakeKube {
    /// Start on `127.0.0.1:0` with default options.
    pub fn start() -> anyhow::Result<FakeKube> {
        FakeKube::start_with("127.0.0.1:0", Options::default())
    }

    /// Start on `listen` (e.g. `127.0.0.1:0`).
    pub fn start_with(listen: &str, opts: Options) -> anyhow::Result<FakeKube> {
        let listener = std::net::TcpListener::bind(listen)?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared::new(opts, addr.to_string()));
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let sh = shared.clone();
        let thread = std::thread::Builder::new()
            .name("fake-kube".into())
            .spawn(move || {
                rt.block_on(async move {
                    if sh.opts.controllers {
                        tokio::spawn(controllers::run(sh.clone()));
                    }
                    match tokio::net::TcpListener::from_std(listener) {
                        Ok(l) => http::serve(l, sh, stop_rx).await,
                        Err(e) => eprintln!("fake-kube: {e}"),
                    }
                });
            })?;
        let dir = tempfile::tempdir()?;
        let kubeconfig = dir.path().join("kubeconfig");
        let fk = FakeKube {
            addr,
            shared,
            stop: Some(stop_tx),
            thread: Some(thread),
            dir,
            kubeconfig,
        };
        fk.write_kubeconfig(&fk.kubeconfig)?;
        Ok(fk)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A kubeconfig (written at start) pointing at this server.
    pub fn kubeconfig_path(&self) -> &Path {
        &self.kubeconfig
    }

    /// A scratch directory that lives as long as the server.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn kubeconfig_yaml(&self) -> String {
        kubeconfig_yaml(&self.url())
    }

    pub fn write_kubeconfig(&self, path: &Path) -> std::io::Result<()> {
        std::fs::write(path, self.kubeconfig_yaml())
    }

    /// Every request served so far.
    pub fn request_log(&self) -> Vec<LoggedRequest> {
        self.shared
            .log
            .lock()
            .map(|l| l.clone())
            .unwrap_or_default()
    }

    pub fn clear_request_log(&self) {
        if let Ok(mut l) = self.shared.log.lock() {
            l.clear();
        }
    }

    /// Inject a fault (see [`Fault`]).
    pub fn inject(&self, f: Fault) {
        if let Ok(mut l) = self.shared.faults.lock() {
            l.push(f);
        }
    }

    pub fn clear_faults(&self) {
        if let Ok(mut l) = self.shared.faults.lock() {
            l.clear();
        }
    }

    /// Create or update an object directly (no HTTP); CRDs register their kinds.
    pub fn seed(&self, obj: serde_json::Value) -> anyhow::Result<serde_json::Value> {
        self.shared.seed(obj)
    }

    /// Create an object, then set the `status` it carries through the status subresource
    /// (what upstream's tests do with `Create` then `Status().Update()`).
    pub fn seed_with_status(&self, obj: serde_json::Value) -> anyhow::Result<serde_json::Value> {
        self.shared.seed_with_status(obj)
    }

    /// Set the text served by `pods/<name>/log`.
    pub fn set_pod_log(&self, namespace: &str, pod: &str, text: &str) {
        self.shared
            .store()
            .pod_logs
            .insert((namespace.into(), pod.into()), text.into());
    }

    /// Set the text served by `pods/<name>/log?container=<container>` (a pod with several
    /// containers needs the container named; one set with [`FakeKube::set_pod_log`] is the
    /// fallback).
    pub fn set_container_log(&self, namespace: &str, pod: &str, container: &str, text: &str) {
        self.shared.store().pod_logs.insert(
            (namespace.into(), format!("{pod}/{container}")),
            text.into(),
        );
    }

    /// Append one line to a pod's log (`follow` readers receive it).
    pub fn append_pod_log(&self, namespace: &str, pod: &str, line: &str) {
        self.shared.append_pod_log(namespace, pod, line);
    }

    /// Move the fake's clock forward (ages, timestamps). Process-wide: every server in this
    /// process sees the same offset.
    pub fn advance_clock(&self, by: std::time::Duration) {
        clock::advance(by.as_secs() as i64);
    }

    /// The current global resourceVersion.
    pub fn resource_version(&self) -> u64 {
        self.shared.store().rv
    }

    /// Stop serving now (also done on drop).
    pub fn shutdown(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(true);
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }

    /// Block the calling thread until the server stops (binary use).
    pub fn wait(mut self) {
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for FakeKube {
    fn drop(&mut self) {
        self.shutdown();
    }
}

pub fn kubeconfig_yaml(server: &str) -> String {
    format!(
        "apiVersion: v1\nkind: Config\nclusters:\n- name: fake-kube\n  cluster:\n    server: {server}\ncontexts:\n- name: fake-kube\n  context:\n    cluster: fake-kube\n    user: fake-kube\ncurrent-context: fake-kube\nusers:\n- name: fake-kube\n  user:\n    token: fake-token\npreferences: {{}}\n"
    )
}
