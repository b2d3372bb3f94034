//! The OCI distribution-API client every artifact command uses (push, pull, tag, list, diff,
//! verify, `push --sign`): `oci://` URL parsing (§A.1), credentials (`--creds`, the Docker/Podman
//! keychain, §A.2), the bearer-token challenge flow, retries with exponential backoff on 408/5xx
//! and dropped connections (§A.6), and blob transfer that streams from and to files so an
//! artifact is never held in memory. Manifests are parsed with `oci-client`'s types.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use futures::StreamExt;
use reqwest::StatusCode;
use reqwest::header::{
    ACCEPT, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, HeaderMap, WWW_AUTHENTICATE,
};
use sha2::{Digest, Sha256};

use crate::env::Env;
use crate::ui::Ui;

/// Media type of the manifests flux pushes.
pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
/// Media type of the config blob of a Flux artifact.
pub const FLUX_CONFIG: &str = "application/vnd.cncf.flux.config.v1+json";
/// Media type of the content layer of a Flux artifact.
pub const FLUX_CONTENT: &str = "application/vnd.cncf.flux.content.v1.tar+gzip";
/// Layer media types `pull` accepts as a tar.gz besides [`FLUX_CONTENT`].
pub const TAR_GZIP_LAYERS: &[&str] = &[
    FLUX_CONTENT,
    "application/vnd.oci.image.layer.v1.tar+gzip",
    "application/vnd.docker.image.rootfs.diff.tar.gzip",
];
/// The config blob go-containerregistry v0.21.6 uploads for every Flux artifact (§A.4).
pub const EMPTY_CONFIG: &[u8] = br#"{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"layers","diff_ids":null},"config":{}}"#;
/// Annotation keys flux sets.
pub const ANNOTATION_SOURCE: &str = "org.opencontainers.image.source";
/// See [`ANNOTATION_SOURCE`].
pub const ANNOTATION_REVISION: &str = "org.opencontainers.image.revision";
/// See [`ANNOTATION_SOURCE`].
pub const ANNOTATION_CREATED: &str = "org.opencontainers.image.created";

/// Manifest media types the client accepts.
const MANIFEST_ACCEPT: &str = "application/vnd.oci.image.manifest.v1+json, \
application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.index.v1+json, \
application/vnd.docker.distribution.manifest.list.v2+json";

/// The User-Agent upstream sends (§A.1).
const USER_AGENT: &str = "flux/v2 go-containerregistry/v0.21.6";

/// A registry error; the text is what flux prints after its prefix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct RegistryError(pub String);

/// `sha256:<hex>` of `data`.
pub fn sha256_digest(data: &[u8]) -> String {
    format!("sha256:{:x}", Sha256::digest(data))
}

/// A parsed `oci://` artifact URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArtifactRef {
    /// Registry host (and port); `index.docker.io` for Docker Hub.
    pub registry: String,
    /// Repository path inside the registry.
    pub repository: String,
    /// The tag (`latest` when none), unless a digest was given.
    pub tag: Option<String>,
    /// The digest after `@`, if given.
    pub digest: Option<String>,
}

fn valid_repository(repo: &str) -> bool {
    (2..=255).contains(&repo.len())
        && repo.split('/').all(|c| {
            !c.is_empty()
                && c.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_-.".contains(&b))
        })
}

fn valid_tag(tag: &str) -> bool {
    (1..=128).contains(&tag.len())
        && tag
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_-.".contains(&b))
        && !tag.starts_with(['.', '-'])
}

fn valid_digest(d: &str) -> bool {
    match d.split_once(':') {
        Some(("sha256", hex)) => {
            hex.len() == 64
                && hex
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        }
        _ => false,
    }
}

fn valid_registry(host: &str) -> bool {
    !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b))
}

impl ArtifactRef {
    /// Parses `oci://<registry>/<repository>[:<tag>|@<digest>]` with go-containerregistry's
    /// rules and defaults (Docker Hub, `library/`, tag `latest`), upstream's error texts.
    pub fn parse(url: &str) -> Result<Self, String> {
        let Some(rest) = url.strip_prefix("oci://") else {
            return Err("URL must be in format 'oci://<domain>/<org>/<repo>'".into());
        };
        let invalid = || format!("'{url}' invalid URL: could not parse reference: {rest}");
        let (name, digest) = match rest.split_once('@') {
            Some((n, d)) => (n, Some(d.to_string())),
            None => (rest, None),
        };
        let (name, tag) = match name.rfind(':') {
            Some(i) if !name[i + 1..].contains('/') => {
                (&name[..i], Some(name[i + 1..].to_string()))
            }
            _ => (name, None),
        };
        let (registry, repository) = match name.split_once('/') {
            Some((h, r)) if h.contains('.') || h.contains(':') => (h.to_string(), r.to_string()),
            _ => ("index.docker.io".to_string(), name.to_string()),
        };
        let registry = if registry == "docker.io" {
            "index.docker.io".to_string()
        } else {
            registry
        };
        let repository = if registry == "index.docker.io" && !repository.contains('/') {
            format!("library/{repository}")
        } else {
            repository
        };
        if !valid_registry(&registry)
            || !valid_repository(&repository)
            || tag.as_deref().is_some_and(|t| !valid_tag(t))
            || digest.as_deref().is_some_and(|d| !valid_digest(d))
        {
            return Err(invalid());
        }
        let tag = match (&tag, &digest) {
            (None, None) => Some("latest".to_string()),
            _ => tag,
        };
        Ok(Self {
            registry,
            repository,
            tag,
            digest,
        })
    }

    /// The canonical repository name (`ghcr.io/org/app`), cosign's `docker-reference`.
    pub fn repository_name(&self) -> String {
        format!("{}/{}", self.registry, self.repository)
    }

    /// The tag or digest to address the manifest with.
    pub fn reference(&self) -> String {
        self.digest
            .clone()
            .or_else(|| self.tag.clone())
            .unwrap_or_else(|| "latest".into())
    }
}

/// Whether a registry is reached over plain HTTP without `--insecure-registry` (§A.1).
pub fn is_plain_http_host(host: &str) -> bool {
    let bare = host.rsplit_once(':').map_or(host, |(h, p)| {
        if p.chars().all(|c| c.is_ascii_digit()) {
            h
        } else {
            host
        }
    });
    if host.starts_with("localhost:") || bare == "localhost" || bare.ends_with(".localhost") {
        return true;
    }
    if host.contains("127.0.0.1") || host.contains("::1") {
        return true;
    }
    if let Ok(ip) = bare.parse::<std::net::Ipv4Addr>() {
        return ip.is_private();
    }
    false
}

/// Credentials for a repository.
#[derive(Clone, PartialEq, Eq)]
pub enum Credentials {
    /// No credentials.
    Anonymous,
    /// HTTP basic (also used for the token server).
    Basic(String, String),
    /// A registry bearer token.
    Bearer(String),
    /// An identity (OAuth2 refresh) token for the token server.
    Identity(String),
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print secrets, not even in debug output.
        match self {
            Self::Anonymous => f.write_str("Anonymous"),
            Self::Basic(u, _) => write!(f, "Basic({u:?}, <redacted>)"),
            Self::Bearer(_) => f.write_str("Bearer(<redacted>)"),
            Self::Identity(_) => f.write_str("Identity(<redacted>)"),
        }
    }
}

/// `--creds` (§A.2): `user:password` → basic (split on the first `:`); a value without `:` is a
/// registry bearer token, unless `env_password` (`FLUX_REGISTRY_PASSWORD`, flux-rs addition) is
/// set, which makes it the username.
pub fn creds_from_flag(creds: &str, env_password: Option<&str>) -> Credentials {
    match creds.split_once(':') {
        Some((u, p)) => Credentials::Basic(u.to_string(), p.to_string()),
        None => match env_password {
            Some(p) => Credentials::Basic(creds.to_string(), p.to_string()),
            None => Credentials::Bearer(creds.to_string()),
        },
    }
}

/// Strips scheme and path from a config key (`https://index.docker.io/v1/` → `index.docker.io`).
fn config_key_host(key: &str) -> &str {
    let k = key
        .strip_prefix("https://")
        .or_else(|| key.strip_prefix("http://"))
        .unwrap_or(key);
    k.split('/').next().unwrap_or(k)
}

fn auth_entry(entry: &serde_json::Value) -> Option<Credentials> {
    let s = |k: &str| {
        entry
            .get(k)
            .and_then(|v| v.as_str())
            .filter(|v| !v.is_empty())
    };
    if let Some(t) = s("registrytoken") {
        return Some(Credentials::Bearer(t.to_string()));
    }
    if let Some(t) = s("identitytoken") {
        return Some(Credentials::Identity(t.to_string()));
    }
    if let Some(a) = s("auth") {
        let decoded = STANDARD.decode(a.trim()).ok()?;
        let text = String::from_utf8(decoded).ok()?;
        let (u, p) = text.split_once(':')?;
        return Some(Credentials::Basic(u.to_string(), p.to_string()));
    }
    match (s("username"), s("password")) {
        (Some(u), Some(p)) => Some(Credentials::Basic(u.to_string(), p.to_string())),
        _ => None,
    }
}

/// Runs `docker-credential-<helper> get` with `server` on stdin.
fn credential_helper(env: &Env, helper: &str, server: &str) -> Option<Credentials> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let program = format!("docker-credential-{helper}");
    let mut cmd = Command::new(&program);
    if let Some(p) = env.get(crate::env::PATH) {
        cmd.env("PATH", p);
    }
    let mut child = cmd
        .arg("get")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(server.as_bytes());
    }
    let out = child.wait_with_output().ok()?;
    if !out.status.success() {
        return None;
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).ok()?;
    let user = v.get("Username")?.as_str()?.to_string();
    let secret = v.get("Secret")?.as_str()?.to_string();
    if user == "<token>" {
        Some(Credentials::Identity(secret))
    } else {
        Some(Credentials::Basic(user, secret))
    }
}

/// The default keychain (§A.2): the Docker CLI config (`$DOCKER_CONFIG` or `~/.docker`), else
/// `$REGISTRY_AUTH_FILE`, else `$XDG_RUNTIME_DIR/containers/auth.json`; anonymous when nothing
/// matches `reference`'s repository or registry.
pub fn keychain_credentials(env: &Env, reference: &ArtifactRef) -> Credentials {
    let docker_dir = env
        .get(crate::env::DOCKER_CONFIG)
        .map(PathBuf::from)
        .or_else(|| {
            env.get(crate::env::HOME)
                .map(|h| Path::new(h).join(".docker"))
        });
    let home_cfg = env
        .get(crate::env::HOME)
        .map(|h| Path::new(h).join(".docker/config.json"));
    let docker_cfg_exists = home_cfg.as_ref().is_some_and(|p| p.is_file())
        || env
            .get(crate::env::DOCKER_CONFIG)
            .is_some_and(|d| Path::new(d).join("config.json").is_file());
    let file = if docker_cfg_exists {
        docker_dir.map(|d| d.join("config.json"))
    } else if let Some(f) = env.get(crate::env::REGISTRY_AUTH_FILE) {
        Some(env.resolve(f))
    } else {
        env.get(crate::env::XDG_RUNTIME_DIR)
            .map(|d| Path::new(d).join("containers/auth.json"))
    };
    let Some(cfg) = file
        .and_then(|f| std::fs::read(f).ok())
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
    else {
        return Credentials::Anonymous;
    };
    let docker_hub = reference.registry == "index.docker.io";
    let repo_key = reference.repository_name();
    let host_key = if docker_hub {
        "https://index.docker.io/v1/".to_string()
    } else {
        reference.registry.clone()
    };
    let host = config_key_host(&host_key).to_string();
    // Credential helpers first (per registry, then the store), as the Docker CLI does.
    if let Some(helpers) = cfg.get("credHelpers").and_then(|v| v.as_object()) {
        for key in [&repo_key, &host_key] {
            if let Some(h) = helpers.get(key.as_str()).and_then(|v| v.as_str()) {
                return credential_helper(env, h, key).unwrap_or(Credentials::Anonymous);
            }
        }
    }
    if let Some(store) = cfg.get("credsStore").and_then(|v| v.as_str())
        && !store.is_empty()
        && let Some(c) = credential_helper(env, store, &host_key)
    {
        return c;
    }
    let Some(auths) = cfg.get("auths").and_then(|v| v.as_object()) else {
        return Credentials::Anonymous;
    };
    if let Some(c) = auths.get(&repo_key).and_then(auth_entry) {
        return c;
    }
    for (key, entry) in auths {
        if config_key_host(key) == host
            && let Some(c) = auth_entry(entry)
        {
            return c;
        }
    }
    Credentials::Anonymous
}

/// What a manifest GET returned.
#[derive(Debug, Clone)]
pub struct FetchedManifest {
    /// The raw bytes.
    pub body: Vec<u8>,
    /// The `Content-Type` (the manifest media type).
    pub media_type: String,
    /// `sha256:<hex>` of the bytes.
    pub digest: String,
}

impl FetchedManifest {
    /// The bytes parsed as an OCI image manifest.
    pub fn image(&self) -> Result<oci_client::manifest::OciImageManifest, RegistryError> {
        serde_json::from_slice(&self.body)
            .map_err(|e| RegistryError(format!("parsing manifest failed: {e}")))
    }
}

/// Retry policy (§A.6): backoff 1 s, factor 3, jitter 0.1, at most 10 steps, each wait capped.
#[derive(Debug, Clone, Copy)]
pub struct Retry {
    /// Number of retries (0 = none).
    pub steps: u32,
    /// The first wait.
    pub initial: Duration,
    /// The cap of each wait (`--timeout`).
    pub cap: Duration,
}

impl Retry {
    /// Upstream's policy for a `--timeout`; none when the timeout is zero.
    pub fn for_timeout(timeout: Duration) -> Self {
        Self {
            steps: if timeout.is_zero() { 0 } else { 10 },
            initial: Duration::from_secs(1),
            cap: timeout,
        }
    }

    fn wait(&self, step: u32) -> Duration {
        let base = self.initial.as_secs_f64() * 3f64.powi(step as i32);
        let jitter = 1.0 + rand::random::<f64>() * 0.1;
        Duration::from_secs_f64(base * jitter).min(self.cap)
    }
}

/// The CA certificates named by `SSL_CERT_FILE` (a PEM bundle) and `SSL_CERT_DIR` (`:`-separated
/// directories of PEM files), trusted for registry TLS on top of the system roots. Unreadable
/// files and non-certificates are skipped, as Go's `crypto/x509` does.
pub fn extra_roots(env: &Env) -> Vec<reqwest::Certificate> {
    let mut files: Vec<PathBuf> = Vec::new();
    if let Some(f) = env.get(crate::env::SSL_CERT_FILE).filter(|f| !f.is_empty()) {
        files.push(env.resolve(f));
    }
    if let Some(dirs) = env.get(crate::env::SSL_CERT_DIR) {
        for d in dirs.split(':').filter(|d| !d.is_empty()) {
            if let Ok(entries) = std::fs::read_dir(env.resolve(d)) {
                let mut paths: Vec<PathBuf> =
                    entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
                paths.sort();
                files.extend(paths);
            }
        }
    }
    files
        .iter()
        .filter_map(|f| std::fs::read(f).ok())
        .filter_map(|pem| reqwest::Certificate::from_pem_bundle(&pem).ok())
        .flatten()
        .collect()
}

fn http_client(
    insecure: bool,
    roots: &[reqwest::Certificate],
    timeout: Option<Duration>,
) -> Result<reqwest::Client, reqwest::Error> {
    let mut b = reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .danger_accept_invalid_certs(insecure);
    if !roots.is_empty() {
        b = b.tls_certs_merge(roots.iter().cloned());
    }
    if let Some(t) = timeout {
        b = b.connect_timeout(t).timeout(t);
    }
    b.build()
}

/// A client for one repository of a registry.
pub struct RepoClient {
    http: reqwest::Client,
    roots: Vec<reqwest::Certificate>,
    base: String,
    repository: String,
    creds: Credentials,
    scope: String,
    token: Mutex<Option<String>>,
    retry: Retry,
    debug: Option<Ui>,
}

fn is_retryable_status(s: StatusCode) -> bool {
    matches!(s.as_u16(), 408 | 500 | 502 | 503 | 504)
}

/// The cause chain of a transport error, Go-style (`Get "<url>": <cause>`).
fn transport_error(method: &str, url: &str, e: &reqwest::Error) -> RegistryError {
    let mut cause = String::new();
    let mut io_kind = None;
    let mut dns = false;
    let mut src: Option<&dyn std::error::Error> = std::error::Error::source(e);
    while let Some(s) = src {
        cause = s.to_string();
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            io_kind = Some(io.kind());
        }
        if cause.starts_with("dns error") || cause.contains("lookup address") {
            dns = true;
        }
        src = s.source();
    }
    if cause.is_empty() {
        cause = e.to_string();
    }
    // Go net's texts for the common failures.
    let host = reqwest::Url::parse(url).ok().map(|u| {
        let h = u.host_str().unwrap_or_default().to_string();
        let port = u.port_or_known_default().unwrap_or(0);
        (h, port)
    });
    if let Some((h, port)) = host {
        if dns {
            cause = format!("dial tcp: lookup {h}: no such host");
        } else if io_kind == Some(std::io::ErrorKind::ConnectionRefused) {
            cause = format!("dial tcp {h}:{port}: connect: connection refused");
        } else if io_kind == Some(std::io::ErrorKind::ConnectionReset) {
            cause = "connection reset by peer".to_string();
        } else if let Some(x509) = go_x509_text(&cause, &h) {
            cause = x509;
        } else if e.is_timeout() {
            cause = format!("dial tcp {h}:{port}: i/o timeout");
        } else if let Some(first) = cause.get(0..1) {
            cause = first.to_lowercase() + &cause[1..];
            if let Some(i) = cause.find(" (os error") {
                cause.truncate(i);
            }
        }
    }
    let mut m = method.to_ascii_lowercase();
    if let Some(f) = m.get_mut(0..1) {
        f.make_ascii_uppercase();
    }
    RegistryError(format!("{m} \"{url}\": {cause}"))
}

/// Go's crypto/tls text for a rustls certificate verification failure.
fn go_x509_text(cause: &str, host: &str) -> Option<String> {
    if !cause.contains("invalid peer certificate") {
        return None;
    }
    let why = if cause.contains("UnknownIssuer") {
        "certificate signed by unknown authority".to_string()
    } else if cause.contains("Expired") || cause.contains("NotValidYet") {
        "certificate has expired or is not yet valid".to_string()
    } else if cause.contains("NotValidForName") || cause.contains("not valid for name") {
        format!("certificate is not valid for {host}")
    } else {
        return None;
    };
    Some(format!("tls: failed to verify certificate: x509: {why}"))
}

/// go-containerregistry's `Diagnostic.String`: `<CODE>: <message>[; <detail as Go %v>]`.
fn diagnostic(e: &serde_json::Value) -> Option<String> {
    let code = e.get("code")?.as_str()?;
    let message = e.get("message")?.as_str().unwrap_or_default();
    let mut out = format!("{code}: {message}");
    match e.get("detail") {
        None | Some(serde_json::Value::Null) => {}
        Some(d) => {
            out.push_str("; ");
            out.push_str(&go_value(d));
        }
    }
    Some(out)
}

/// Go `%v` of a decoded JSON value (maps with sorted keys).
fn go_value(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Object(o) => {
            let mut keys: Vec<&String> = o.keys().collect();
            keys.sort();
            let parts: Vec<String> = keys
                .iter()
                .map(|k| format!("{k}:{}", go_value(&o[*k])))
                .collect();
            format!("map[{}]", parts.join(" "))
        }
        serde_json::Value::Array(a) => {
            format!("[{}]", a.iter().map(go_value).collect::<Vec<_>>().join(" "))
        }
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => "<nil>".into(),
        other => other.to_string(),
    }
}

impl RepoClient {
    /// A client for `reference`'s repository; `insecure` forces plain HTTP and skips TLS
    /// verification; `push` asks the token server for push scope.
    pub fn new(
        reference: &ArtifactRef,
        creds: Credentials,
        insecure: bool,
    ) -> Result<Self, RegistryError> {
        Self::with_roots(reference, creds, insecure, Vec::new())
    }

    /// Like [`Self::new`], also trusting the CA certificates `roots` (see [`extra_roots`]).
    pub fn with_roots(
        reference: &ArtifactRef,
        creds: Credentials,
        insecure: bool,
        roots: Vec<reqwest::Certificate>,
    ) -> Result<Self, RegistryError> {
        let scheme = if insecure || is_plain_http_host(&reference.registry) {
            "http"
        } else {
            "https"
        };
        let http = http_client(insecure, &roots, None).map_err(|e| RegistryError(e.to_string()))?;
        let token = match &creds {
            Credentials::Bearer(t) => Some(t.clone()),
            _ => None,
        };
        Ok(Self {
            http,
            roots,
            base: format!("{scheme}://{}", reference.registry),
            repository: reference.repository.clone(),
            creds,
            scope: format!("repository:{}:push,pull", reference.repository),
            token: Mutex::new(token),
            retry: Retry {
                steps: 0,
                initial: Duration::from_secs(1),
                cap: Duration::from_secs(1),
            },
            debug: None,
        })
    }

    /// For a registry in the plain-HTTP group or under `--insecure-registry` (§A.1): probes
    /// `https://<host>/v2/` first (5 s; TLS verified unless insecure) and keeps HTTPS when it
    /// answers, as go-containerregistry's ping does; otherwise stays on HTTP.
    pub async fn prefer_https(mut self, reference: &ArtifactRef, insecure: bool) -> Self {
        if !self.base.starts_with("http://") {
            return self;
        }
        let Ok(probe) = http_client(insecure, &self.roots, Some(Duration::from_secs(5))) else {
            return self;
        };
        let https = format!("https://{}", reference.registry);
        if probe.get(format!("{https}/v2/")).send().await.is_ok() {
            self.base = https;
        }
        self
    }

    /// Asks for pull scope only (pull, list, diff).
    pub fn pull_only(mut self) -> Self {
        self.scope = format!("repository:{}:pull", self.repository);
        self
    }

    /// Sets the retry policy.
    pub fn with_retry(mut self, retry: Retry) -> Self {
        self.retry = retry;
        self
    }

    /// Prints `retrying <error>` lines on `ui` (push `--debug`).
    pub fn with_debug(mut self, ui: Option<Ui>) -> Self {
        self.debug = ui;
        self
    }

    fn url(&self, tail: &str) -> String {
        format!("{}/v2/{}/{tail}", self.base, self.repository)
    }

    fn auth_header(&self) -> Option<String> {
        if let Ok(guard) = self.token.lock()
            && let Some(t) = guard.as_ref()
        {
            return Some(format!("Bearer {t}"));
        }
        match &self.creds {
            Credentials::Basic(u, p) => {
                Some(format!("Basic {}", STANDARD.encode(format!("{u}:{p}"))))
            }
            _ => None,
        }
    }

    /// Answers a `401` challenge: fetches a bearer token from the realm. Returns false when the
    /// challenge cannot be answered.
    async fn answer_challenge(&self, headers: &HeaderMap) -> Result<bool, RegistryError> {
        let Some(challenge) = headers.get(WWW_AUTHENTICATE).and_then(|v| v.to_str().ok()) else {
            return Ok(false);
        };
        let Some(params) = challenge
            .strip_prefix("Bearer ")
            .or_else(|| challenge.strip_prefix("bearer "))
        else {
            // Basic: the credentials are sent on the retry (if there are any).
            return Ok(matches!(self.creds, Credentials::Basic(..)));
        };
        let mut realm = None;
        let mut service = None;
        for part in split_params(params) {
            if let Some((k, v)) = part.split_once('=') {
                let v = v.trim_matches('"').to_string();
                match k.trim() {
                    "realm" => realm = Some(v),
                    "service" => service = Some(v),
                    _ => {}
                }
            }
        }
        let Some(realm) = realm else {
            return Ok(false);
        };
        // Go's `url.Values.Encode` order: sorted keys.
        let mut query: Vec<(String, String)> = vec![("scope".into(), self.scope.clone())];
        if let Some(s) = &service {
            query.push(("service".into(), s.clone()));
        }
        let resp = if let Credentials::Identity(refresh) = &self.creds {
            let mut form = vec![
                ("grant_type", "refresh_token"),
                ("refresh_token", refresh.as_str()),
                ("client_id", "go-containerregistry"),
                ("scope", self.scope.as_str()),
            ];
            if let Some(s) = &service {
                form.push(("service", s.as_str()));
            }
            self.http
                .post(&realm)
                .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(super::provider::form_body(&form))
                .send()
                .await
        } else {
            let mut req = self.http.get(&realm).query(&query);
            if let Credentials::Basic(u, p) = &self.creds {
                req = req.basic_auth(u, Some(p));
            }
            req.send().await
        }
        .map_err(|e| transport_error("GET", &realm, &e))?;
        if !resp.status().is_success() {
            // go-containerregistry names the token request with its query (scope, service).
            let method = if matches!(self.creds, Credentials::Identity(_)) {
                "POST"
            } else {
                "GET"
            };
            let url = resp.url().to_string();
            return Err(error_text(method, &url, resp).await);
        }
        let v: serde_json::Value = resp
            .json()
            .await
            .map_err(|e| RegistryError(format!("fetching token: {e}")))?;
        let token = v
            .get("token")
            .or_else(|| v.get("access_token"))
            .and_then(|t| t.as_str())
            .ok_or_else(|| RegistryError("fetching token: no token in response".into()))?;
        if let Ok(mut guard) = self.token.lock() {
            *guard = Some(token.to_string());
        }
        Ok(true)
    }

    /// With `--debug`: a timestamped line saying what is retried.
    fn note_retry(&self, failure: &str) {
        if let Some(ui) = &self.debug {
            let now = jiff::Zoned::now();
            ui.err_line(&format!(
                "{} retrying {failure}",
                now.strftime("%Y/%m/%d %H:%M:%S")
            ));
        }
    }

    /// Sends a request (built fresh for each try), answering one auth challenge and retrying
    /// 408/5xx answers and transport errors with backoff.
    async fn send(
        &self,
        method: &str,
        url: &str,
        build: impl Fn() -> Result<reqwest::RequestBuilder, RegistryError>,
    ) -> Result<reqwest::Response, RegistryError> {
        let mut answered = false;
        let mut step = 0;
        loop {
            let mut req = build()?;
            if let Some(h) = self.auth_header() {
                req = req.header(AUTHORIZATION, h);
            }
            let failure = match req.send().await {
                Ok(resp) if resp.status() == StatusCode::UNAUTHORIZED && !answered => {
                    answered = true;
                    if self.answer_challenge(resp.headers()).await? {
                        continue;
                    }
                    return Ok(resp);
                }
                Ok(resp) if is_retryable_status(resp.status()) && step < self.retry.steps => {
                    format!("{method} {url}: {}", resp.status())
                }
                Ok(resp) => return Ok(resp),
                // Dropped connections, resets and timeouts are retried; a refused connection
                // or a failed lookup is not (go-containerregistry's `retry.IsTemporary`).
                Err(e) if step < self.retry.steps && !e.is_builder() && !e.is_connect() => {
                    transport_error(method, url, &e).0
                }
                Err(e) => return Err(transport_error(method, url, &e)),
            };
            self.note_retry(&failure);
            tokio::time::sleep(self.retry.wait(step)).await;
            step += 1;
        }
    }

    /// `GET /v2/` with the auth handshake (the transport set-up of push, §A.6).
    pub async fn ping(&self) -> Result<(), RegistryError> {
        let url = format!("{}/v2/", self.base);
        let resp = self.send("GET", &url, || Ok(self.http.get(&url))).await?;
        // Answer the challenge for the repository scope now, so failures show up here.
        if resp.status().is_success() || resp.status() == StatusCode::UNAUTHORIZED {
            if resp.status() == StatusCode::UNAUTHORIZED {
                return Err(error_text("GET", &url, resp).await);
            }
            return Ok(());
        }
        Err(error_text("GET", &url, resp).await)
    }

    /// The manifest under a tag or digest; `None` when the registry answers "not found".
    pub async fn manifest(
        &self,
        reference: &str,
    ) -> Result<Option<FetchedManifest>, RegistryError> {
        let url = self.url(&format!("manifests/{reference}"));
        let resp = self
            .send("GET", &url, || {
                Ok(self.http.get(&url).header(ACCEPT, MANIFEST_ACCEPT))
            })
            .await?;
        if resp.status() == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        if !resp.status().is_success() {
            return Err(error_text("GET", &url, resp).await);
        }
        let media_type = resp
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let body = resp
            .bytes()
            .await
            .map_err(|e| transport_error("GET", &url, &e))?
            .to_vec();
        Ok(Some(FetchedManifest {
            digest: sha256_digest(&body),
            body,
            media_type,
        }))
    }

    /// Like [`Self::manifest`], with go-containerregistry's "not found" error.
    pub async fn manifest_required(
        &self,
        reference: &str,
    ) -> Result<FetchedManifest, RegistryError> {
        match self.manifest(reference).await? {
            Some(m) => Ok(m),
            None => Err(RegistryError(format!(
                "GET {}: MANIFEST_UNKNOWN: manifest unknown; map[Tag:{reference}]",
                self.url(&format!("manifests/{reference}"))
            ))),
        }
    }

    /// A (small) blob's content in memory (signatures, configs).
    pub async fn blob_bytes(&self, digest: &str) -> Result<Vec<u8>, RegistryError> {
        let url = self.url(&format!("blobs/{digest}"));
        let resp = self.send("GET", &url, || Ok(self.http.get(&url))).await?;
        if !resp.status().is_success() {
            return Err(error_text("GET", &url, resp).await);
        }
        Ok(resp
            .bytes()
            .await
            .map_err(|e| transport_error("GET", &url, &e))?
            .to_vec())
    }

    /// Streams a blob into `file` (from its start), checking the digest; returns the size. A
    /// connection dropped mid-body is retried from the start with the client's backoff.
    pub async fn blob_to_file(
        &self,
        digest: &str,
        file: &mut tokio::fs::File,
    ) -> Result<u64, RegistryError> {
        let url = self.url(&format!("blobs/{digest}"));
        let mut step = 0;
        let (size, got) = loop {
            match self.blob_attempt(&url, file).await? {
                Ok(done) => break done,
                Err(e) if step < self.retry.steps => {
                    self.note_retry(&e.0);
                    tokio::time::sleep(self.retry.wait(step)).await;
                    step += 1;
                }
                Err(e) => return Err(e),
            }
        };
        if got != digest {
            return Err(RegistryError(format!(
                "error verifying sha256 checksum after reading {size} bytes; got {got:?}, want {digest:?}"
            )));
        }
        Ok(size)
    }

    /// One download of a blob into `file` (truncated first): `Err` for a request that failed
    /// for good, `Ok(Err)` for a body cut off midway (worth another try), else the size and
    /// digest read.
    async fn blob_attempt(
        &self,
        url: &str,
        file: &mut tokio::fs::File,
    ) -> Result<Result<(u64, String), RegistryError>, RegistryError> {
        use tokio::io::{AsyncSeekExt, AsyncWriteExt};
        let io = |e: std::io::Error| RegistryError(e.to_string());
        file.set_len(0).await.map_err(io)?;
        file.seek(std::io::SeekFrom::Start(0)).await.map_err(io)?;
        let resp = self.send("GET", url, || Ok(self.http.get(url))).await?;
        if !resp.status().is_success() {
            return Err(error_text("GET", url, resp).await);
        }
        let mut hasher = Sha256::new();
        let mut size = 0u64;
        let mut stream = resp.bytes_stream();
        while let Some(chunk) = stream.next().await {
            let chunk = match chunk {
                Ok(c) => c,
                Err(e) => return Ok(Err(transport_error("GET", url, &e))),
            };
            hasher.update(&chunk);
            size += chunk.len() as u64;
            file.write_all(&chunk).await.map_err(io)?;
        }
        file.flush().await.map_err(io)?;
        Ok(Ok((size, format!("sha256:{:x}", hasher.finalize()))))
    }

    /// Whether the registry has the blob.
    pub async fn has_blob(&self, digest: &str) -> Result<bool, RegistryError> {
        let url = self.url(&format!("blobs/{digest}"));
        let resp = self.send("HEAD", &url, || Ok(self.http.head(&url))).await?;
        Ok(resp.status().is_success())
    }

    /// Starts an upload session; returns the absolute upload URL.
    async fn start_upload(&self) -> Result<String, RegistryError> {
        let start = self.url("blobs/uploads/");
        let resp = self
            .send("POST", &start, || Ok(self.http.post(&start)))
            .await?;
        if resp.status() != StatusCode::ACCEPTED {
            return Err(error_text("POST", &start, resp).await);
        }
        let location = resp
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| RegistryError("upload: no Location header".into()))?
            .to_string();
        Ok(if location.starts_with('/') {
            format!("{}{location}", self.base)
        } else {
            location
        })
    }

    async fn finish_upload(
        &self,
        location: String,
        digest: &str,
        size: u64,
        body: impl Fn() -> Result<reqwest::Body, RegistryError>,
    ) -> Result<(), RegistryError> {
        let mut put = location;
        put.push(if put.contains('?') { '&' } else { '?' });
        put.push_str("digest=");
        put.push_str(digest);
        let resp = self
            .send("PUT", &put, || {
                Ok(self
                    .http
                    .put(&put)
                    .header(CONTENT_TYPE, "application/octet-stream")
                    .header(CONTENT_LENGTH, size)
                    .body(body()?))
            })
            .await?;
        if resp.status() != StatusCode::CREATED {
            return Err(error_text("PUT", &put, resp).await);
        }
        Ok(())
    }

    /// Uploads a small in-memory blob (a no-op when the registry has it).
    pub async fn push_blob_bytes(&self, digest: &str, data: Vec<u8>) -> Result<(), RegistryError> {
        if self.has_blob(digest).await? {
            return Ok(());
        }
        let location = self.start_upload().await?;
        let size = data.len() as u64;
        self.finish_upload(location, digest, size, || {
            Ok(reqwest::Body::from(data.clone()))
        })
        .await
    }

    /// Uploads the blob in `path` streamed from disk, 1 MiB at a time (a no-op when the
    /// registry has it). The file is reopened for every retry.
    pub async fn push_blob_file(
        &self,
        digest: &str,
        size: u64,
        path: &Path,
    ) -> Result<(), RegistryError> {
        if self.has_blob(digest).await? {
            return Ok(());
        }
        let location = self.start_upload().await?;
        self.finish_upload(location, digest, size, || file_body(path))
            .await
    }

    /// Puts a manifest under a tag (or digest); returns its digest.
    pub async fn push_manifest(
        &self,
        reference: &str,
        media_type: &str,
        body: Vec<u8>,
    ) -> Result<String, RegistryError> {
        let url = self.url(&format!("manifests/{reference}"));
        let digest = sha256_digest(&body);
        let resp = self
            .send("PUT", &url, || {
                Ok(self
                    .http
                    .put(&url)
                    .header(CONTENT_TYPE, media_type)
                    .body(body.clone()))
            })
            .await?;
        if !resp.status().is_success() {
            return Err(error_text("PUT", &url, resp).await);
        }
        Ok(digest)
    }

    /// All tags of the repository (following `Link` pagination).
    pub async fn tags(&self) -> Result<Vec<String>, RegistryError> {
        let mut url = self.url("tags/list?n=1000");
        let mut out = Vec::new();
        loop {
            let u = url.clone();
            let resp = self.send("GET", &u, || Ok(self.http.get(&u))).await?;
            if !resp.status().is_success() {
                return Err(error_text("GET", &u, resp).await);
            }
            let next = resp
                .headers()
                .get("link")
                .and_then(|v| v.to_str().ok())
                .and_then(|l| {
                    let start = l.find('<')? + 1;
                    let end = l.find('>')?;
                    Some(l[start..end].to_string())
                });
            let v: serde_json::Value = resp
                .json()
                .await
                .map_err(|e| RegistryError(format!("GET {u}: {e}")))?;
            if let Some(tags) = v.get("tags").and_then(|t| t.as_array()) {
                out.extend(tags.iter().filter_map(|t| t.as_str().map(String::from)));
            }
            match next {
                Some(n) if n.starts_with('/') => url = format!("{}{n}", self.base),
                Some(n) if !n.is_empty() => url = n,
                _ => return Ok(out),
            }
        }
    }
}

/// A request body that reads `path` in 1 MiB chunks.
fn file_body(path: &Path) -> Result<reqwest::Body, RegistryError> {
    use tokio::io::AsyncReadExt;
    let f = std::fs::File::open(path).map_err(|e| {
        RegistryError(super::go_path_error(
            "open",
            &path.display().to_string(),
            &e,
        ))
    })?;
    let f = tokio::fs::File::from_std(f);
    let stream = futures::stream::try_unfold(f, |mut f| async move {
        let mut buf = vec![0u8; 1 << 20];
        let n = f.read(&mut buf).await?;
        if n == 0 {
            return Ok::<_, std::io::Error>(None);
        }
        buf.truncate(n);
        Ok(Some((buf, f)))
    });
    Ok(reqwest::Body::wrap_stream(stream))
}

fn split_params(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in s.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                cur.push(c);
            }
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// go-containerregistry's `transport.Error` text: `<METHOD> <url>: <CODE>: <message>; <detail>`
/// from the registry's JSON errors, else `unexpected status code <n> <text>`.
async fn error_text(what: &str, url: &str, resp: reqwest::Response) -> RegistryError {
    let status = resp.status();
    let body = resp.text().await.unwrap_or_default();
    RegistryError(format!(
        "{what} {url}: {}",
        response_error(what, status, &body)
    ))
}

/// go-containerregistry's `transport.Error` text for a failed response: its diagnostics when the
/// body carries `errors`, else the status with the raw body (HEAD answers have none).
fn response_error(method: &str, status: StatusCode, body: &str) -> String {
    let diagnostics: Vec<String> = serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|v| {
            let errs = v.get("errors")?.as_array()?;
            Some(errs.iter().filter_map(diagnostic).collect())
        })
        .unwrap_or_default();
    let code = format!(
        "unexpected status code {} {}",
        status.as_u16(),
        status.canonical_reason().unwrap_or("")
    )
    .trim_end()
    .to_string();
    match diagnostics.len() {
        0 if !body.trim().is_empty() => format!("{code}: {}", body.trim_end()),
        0 if method == "HEAD" => {
            format!("{code} (HEAD responses have no body, use GET for details)")
        }
        0 => code,
        1 => diagnostics[0].clone(),
        _ => format!("multiple errors returned: {}", diagnostics.join("; ")),
    }
}

/// Go `json.Marshal` escaping of `<`, `>`, `&` (only ever inside strings in JSON text).
pub fn go_json_escape(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The manifest bytes of a Flux artifact (§A.4): key order of go-containerregistry, annotations
/// sorted, Go escaping, compact, no trailing newline.
pub fn flux_manifest(
    layer_digest: &str,
    layer_size: u64,
    annotations: &std::collections::BTreeMap<String, String>,
) -> Vec<u8> {
    let desc = |mt: &str, size: u64, digest: &str| {
        format!(
            "{{\"mediaType\":{},\"size\":{size},\"digest\":{}}}",
            serde_json::Value::from(mt),
            serde_json::Value::from(digest)
        )
    };
    let ann: Vec<String> = annotations
        .iter()
        .map(|(k, v)| {
            format!(
                "{}:{}",
                serde_json::Value::from(k.as_str()),
                serde_json::Value::from(v.as_str())
            )
        })
        .collect();
    let json = format!(
        "{{\"schemaVersion\":2,\"mediaType\":\"{OCI_MANIFEST}\",\"config\":{},\"layers\":[{}],\"annotations\":{{{}}}}}",
        desc(
            FLUX_CONFIG,
            EMPTY_CONFIG.len() as u64,
            &sha256_digest(EMPTY_CONFIG)
        ),
        desc(FLUX_CONTENT, layer_size, layer_digest),
        ann.join(",")
    );
    go_json_escape(&json).into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn response_errors_read_like_go_containerregistry() {
        let e = |m: &str, code: u16, body: &str| {
            response_error(m, StatusCode::from_u16(code).unwrap(), body)
        };
        assert_eq!(
            e("GET", 503, ""),
            "unexpected status code 503 Service Unavailable"
        );
        assert_eq!(
            e("HEAD", 404, ""),
            "unexpected status code 404 Not Found (HEAD responses have no body, use GET for details)"
        );
        assert_eq!(
            e("GET", 502, "bad gateway\n"),
            "unexpected status code 502 Bad Gateway: bad gateway"
        );
        let one = r#"{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{"Tag":"x"}}]}"#;
        assert_eq!(
            e("GET", 404, one),
            "MANIFEST_UNKNOWN: manifest unknown; map[Tag:x]"
        );
        let two =
            r#"{"errors":[{"code":"DENIED","message":"a"},{"code":"UNAUTHORIZED","message":"b"}]}"#;
        assert_eq!(
            e("GET", 401, two),
            "multiple errors returned: DENIED: a; UNAUTHORIZED: b"
        );
        // A JSON body without diagnostics is shown raw.
        assert_eq!(
            e("GET", 500, r#"{"errors":[]}"#),
            r#"unexpected status code 500 Internal Server Error: {"errors":[]}"#
        );
    }

    #[test]
    fn parses_urls_like_go_containerregistry() {
        let r = ArtifactRef::parse("oci://127.0.0.1:5000/org/app:v1").unwrap();
        assert_eq!(r.registry, "127.0.0.1:5000");
        assert_eq!(r.repository, "org/app");
        assert_eq!(r.tag.as_deref(), Some("v1"));
        let d = format!("sha256:{}", "a".repeat(64));
        let r = ArtifactRef::parse(&format!("oci://ghcr.io/org/app@{d}")).unwrap();
        assert_eq!(r.digest.as_deref(), Some(d.as_str()));
        assert_eq!(r.tag, None);
        let r = ArtifactRef::parse("oci://docker.io/app").unwrap();
        assert_eq!(r.repository_name(), "index.docker.io/library/app");
        assert_eq!(r.tag.as_deref(), Some("latest"));
        assert!(ArtifactRef::parse("ghcr.io/x").is_err());
        assert_eq!(
            ArtifactRef::parse("oci://ghcr.io/Org/x").unwrap_err(),
            "'oci://ghcr.io/Org/x' invalid URL: could not parse reference: ghcr.io/Org/x"
        );
        assert!(ArtifactRef::parse("oci://ghcr.io/org/x@sha256:ab").is_err());
        assert!(ArtifactRef::parse("oci://ghcr.io/org/x:b@d").is_err());
        assert!(is_plain_http_host("127.0.0.1:5000"));
        assert!(is_plain_http_host("localhost:5000"));
        assert!(is_plain_http_host("192.168.1.2:80"));
        assert!(!is_plain_http_host("ghcr.io"));
    }

    #[test]
    fn empty_config_is_upstreams_constant() {
        assert_eq!(EMPTY_CONFIG.len(), 115);
        assert_eq!(
            sha256_digest(EMPTY_CONFIG),
            "sha256:5b943e2b943f6c81dbbd4e2eca5121f4fcc39139e3d1219d6d89bd925b77d9fe"
        );
    }

    #[test]
    fn manifest_has_go_key_order_and_escaping() {
        let mut ann = std::collections::BTreeMap::new();
        ann.insert("b".to_string(), "<x&y>".to_string());
        ann.insert("a".to_string(), "1".to_string());
        let m = String::from_utf8(flux_manifest("sha256:00", 7, &ann)).unwrap();
        assert!(m.starts_with("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"config\":{\"mediaType\":\"application/vnd.cncf.flux.config.v1+json\",\"size\":115,"));
        assert!(m.ends_with("\"layers\":[{\"mediaType\":\"application/vnd.cncf.flux.content.v1.tar+gzip\",\"size\":7,\"digest\":\"sha256:00\"}],\"annotations\":{\"a\":\"1\",\"b\":\"\\u003cx\\u0026y\\u003e\"}}"));
    }

    #[test]
    fn creds_flag_and_docker_config() {
        assert_eq!(
            creds_from_flag("u:p:q", None),
            Credentials::Basic("u".into(), "p:q".into())
        );
        assert_eq!(
            creds_from_flag("tok", None),
            Credentials::Bearer("tok".into())
        );
        assert_eq!(
            creds_from_flag("u", Some("pw")),
            Credentials::Basic("u".into(), "pw".into())
        );
        let dir = std::env::temp_dir().join(format!("flux-kc-{}", rand::random::<u32>()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("config.json"),
            format!(
                "{{\"auths\":{{\"https://reg.example.com/v1/\":{{\"auth\":\"{}\"}}}}}}",
                STANDARD.encode("me:secret")
            ),
        )
        .unwrap();
        let env = Env::empty("/").set(crate::env::DOCKER_CONFIG, dir.display().to_string());
        let r = ArtifactRef::parse("oci://reg.example.com/a/b:1").unwrap();
        assert_eq!(
            keychain_credentials(&env, &r),
            Credentials::Basic("me".into(), "secret".into())
        );
        let other = ArtifactRef::parse("oci://other.example.com/a/b:1").unwrap();
        assert_eq!(keychain_credentials(&env, &other), Credentials::Anonymous);
        assert_eq!(
            format!("{:?}", Credentials::Basic("me".into(), "secret".into())),
            "Basic(\"me\", <redacted>)"
        );
        let _ = std::fs::remove_dir_all(dir);
    }
}
