//! A real Debian `docker-registry` (CNCF distribution) on 127.0.0.1 for the OCI tests: started
//! per test on a free port, optionally with htpasswd basic auth, killed on drop. Skips (or fails
//! under `CI=true`) when the binary is missing.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use flux_rs::oci::sign::distribution::{ArtifactRef, Credentials, DistributionRepo};

/// A `docker-registry` serving on a free loopback port; killed on drop.
pub struct Registry {
    child: Child,
    /// `127.0.0.1:<port>`.
    pub host: String,
    /// The registry's storage and config directory.
    pub dir: tempfile::TempDir,
    /// `(user, password)` when started with basic auth.
    pub basic: Option<(String, String)>,
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Whether a peer tool is installed; under `CI=true` a missing one is a failure.
pub fn have(tool: &str) -> bool {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    #[allow(clippy::disallowed_methods)]
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    assert!(found || !ci, "{tool} is required under CI=true");
    if !found {
        eprintln!("skipping: {tool} is not installed");
    }
    found
}

impl Registry {
    /// Starts a registry without auth; `None` (skip) when `docker-registry` is missing.
    pub fn start() -> Option<Self> {
        Self::start_with(None, false)
    }

    /// Starts a registry serving HTTPS with a fresh self-signed certificate for 127.0.0.1;
    /// `None` (skip) when `docker-registry` or `openssl` is missing.
    pub fn start_tls() -> Option<Self> {
        if !have("openssl") {
            return None;
        }
        Self::start_with(None, true)
    }

    /// Starts a registry with htpasswd basic auth for `user`/`password` (`htpasswd -Bbn`);
    /// `None` (skip) when `docker-registry` or `htpasswd` is missing.
    pub fn start_basic(user: &str, password: &str) -> Option<Self> {
        if !have("htpasswd") {
            return None;
        }
        Self::start_with(Some((user.to_string(), password.to_string())), false)
    }

    fn start_with(basic: Option<(String, String)>, tls: bool) -> Option<Self> {
        if !have("docker-registry") {
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let mut auth = String::new();
        if let Some((u, p)) = &basic {
            let out = Command::new("htpasswd")
                .args(["-Bbn", u, p])
                .output()
                .unwrap();
            assert!(out.status.success());
            let file = dir.path().join("htpasswd");
            std::fs::write(&file, out.stdout).unwrap();
            auth = format!(
                "auth:\n  htpasswd:\n    realm: test\n    path: {}\n",
                file.display()
            );
        }
        let mut tls_config = String::new();
        if tls {
            let (cert, key) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
            let out = Command::new("openssl")
                .args([
                    "req",
                    "-x509",
                    "-newkey",
                    "ec",
                    "-pkeyopt",
                    "ec_paramgen_curve:P-256",
                    "-nodes",
                    "-days",
                    "1",
                    "-subj",
                    "/CN=127.0.0.1",
                    "-addext",
                    "subjectAltName=IP:127.0.0.1",
                    "-keyout",
                ])
                .arg(&key)
                .arg("-out")
                .arg(&cert)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            tls_config = format!(
                "  tls:\n    certificate: {}\n    key: {}\n",
                cert.display(),
                key.display()
            );
        }
        Self::start_custom(dir, &auth, &tls_config, "127.0.0.1", basic)
    }

    /// Starts a registry in `dir` (which holds any files the config names) with `auth` and
    /// `tls` config sections (YAML, may be empty), listening on `ip`; `None` (skip) when
    /// `docker-registry` is missing.
    pub fn start_custom(
        dir: tempfile::TempDir,
        auth: &str,
        tls_config: &str,
        ip: &str,
        basic: Option<(String, String)>,
    ) -> Option<Self> {
        if !have("docker-registry") {
            return None;
        }
        let config = dir.path().join("config.yml");
        std::fs::write(
            &config,
            format!(
                "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: {}\n  delete:\n    enabled: true\n{auth}http:\n  addr: {ip}:0\n  secret: test\n{tls_config}",
                dir.path().join("data").display()
            ),
        )
        .unwrap();
        for _ in 0..5 {
            let host = format!("{ip}:{}", free_port());
            let mut child = Command::new("docker-registry")
                .arg("serve")
                .arg(&config)
                .env("REGISTRY_HTTP_ADDR", &host)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            let start = Instant::now();
            while start.elapsed() < Duration::from_secs(10) {
                if let Ok(Some(_)) = child.try_wait() {
                    // The port was taken in between: try another one.
                    break;
                }
                if std::net::TcpStream::connect(&host).is_ok() {
                    return Some(Registry {
                        child,
                        host,
                        dir,
                        basic,
                    });
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        panic!("docker-registry did not start");
    }

    /// The registry process id (to kill it mid-transfer).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// A client for `repo` in this registry (with its basic credentials, if any).
    pub fn repo(&self, repo: &str) -> DistributionRepo {
        let r = ArtifactRef::parse(&format!("oci://{}/{repo}:x", self.host)).unwrap();
        let creds = match &self.basic {
            Some((u, p)) => Credentials::Basic(u.clone(), p.clone()),
            None => Credentials::Anonymous,
        };
        DistributionRepo::new(&r, creds, false).unwrap()
    }
}
