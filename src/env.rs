//! Every environment variable `flux` reads, and `Env`, the snapshot of them taken once in `main`.
//! This is the only module that reads the process environment.

use std::collections::BTreeMap;
use std::path::PathBuf;

/// Default namespace for Flux objects when `-n` is not given (must be a DNS label).
pub const FLUX_SYSTEM_NAMESPACE: &str = "FLUX_SYSTEM_NAMESPACE";
/// When `true`, the namespace follows the current kubeconfig context.
pub const FLUX_NS_FOLLOWS_KUBE_CONTEXT: &str = "FLUX_NS_FOLLOWS_KUBE_CONTEXT";
/// Kubeconfig search path (`:`-separated), as kubectl reads it.
pub const KUBECONFIG: &str = "KUBECONFIG";
/// Home directory: `~/.kube/config`, `~/.docker/config.json`, `~/.ssh`.
pub const HOME: &str = "HOME";
/// Docker config directory for registry credentials.
pub const DOCKER_CONFIG: &str = "DOCKER_CONFIG";
/// Set by CI systems; tests use it to fail instead of skip when a peer is missing.
pub const CI: &str = "CI";
/// Disables colour (flux prints none anyway).
pub const NO_COLOR: &str = "NO_COLOR";
/// GitHub token for `bootstrap github`.
pub const GITHUB_TOKEN: &str = "GITHUB_TOKEN";
/// GitLab token for `bootstrap gitlab`.
pub const GITLAB_TOKEN: &str = "GITLAB_TOKEN";
/// Gitea token for `bootstrap gitea`.
pub const GITEA_TOKEN: &str = "GITEA_TOKEN";
/// Bitbucket Server token for `bootstrap bitbucket-server`.
pub const BITBUCKET_TOKEN: &str = "BITBUCKET_TOKEN";
/// Git password for `bootstrap git` and `create secret git` alternatives to `--password`.
pub const GIT_PASSWORD: &str = "GIT_PASSWORD";
/// Registry password alternative to `--creds user:password` / `--password`.
pub const FLUX_REGISTRY_PASSWORD: &str = "FLUX_REGISTRY_PASSWORD";
/// The local time zone (Go's rule: unset = `/etc/localtime`, empty = UTC), for the times
/// `get images` prints.
pub const TZ: &str = "TZ";
/// flux-rs addition: the GitHub API base for release lookups (`--version`, `check`);
/// default `https://api.github.com` (tests point it at a local server).
pub const FLUX_RS_GITHUB_API_URL: &str = "FLUX_RS_GITHUB_API_URL";
/// Search path for executables (credential helpers, kustomize, plugins).
pub const PATH: &str = "PATH";
/// Podman-format registry auth file, read when no Docker config exists (§A.2).
pub const REGISTRY_AUTH_FILE: &str = "REGISTRY_AUTH_FILE";
/// `$XDG_RUNTIME_DIR/containers/auth.json` is the last registry auth file tried (§A.2).
pub const XDG_RUNTIME_DIR: &str = "XDG_RUNTIME_DIR";
/// Password of a cosign private key (`push artifact --sign --key`), as cosign reads it.
pub const COSIGN_PASSWORD: &str = "COSIGN_PASSWORD";
/// A PEM bundle of extra CA certificates trusted for registry TLS, as Go's crypto/x509 reads it.
pub const SSL_CERT_FILE: &str = "SSL_CERT_FILE";
/// Directories (`:`-separated) of PEM CA certificates trusted for registry TLS, as Go reads them.
pub const SSL_CERT_DIR: &str = "SSL_CERT_DIR";

/// A snapshot of the variables above, plus the working directory and whether stdin is a terminal.
#[derive(Debug, Clone, Default)]
pub struct Env {
    vars: BTreeMap<String, String>,
    /// The working directory relative paths are resolved against.
    pub cwd: PathBuf,
    /// Whether standard input is a terminal (prompts are allowed only then).
    pub stdin_is_tty: bool,
}

const KNOWN: &[&str] = &[
    FLUX_SYSTEM_NAMESPACE,
    FLUX_NS_FOLLOWS_KUBE_CONTEXT,
    KUBECONFIG,
    HOME,
    DOCKER_CONFIG,
    CI,
    NO_COLOR,
    GITHUB_TOKEN,
    GITLAB_TOKEN,
    GITEA_TOKEN,
    BITBUCKET_TOKEN,
    GIT_PASSWORD,
    FLUX_REGISTRY_PASSWORD,
    FLUX_RS_GITHUB_API_URL,
    TZ,
    PATH,
    COSIGN_PASSWORD,
    REGISTRY_AUTH_FILE,
    XDG_RUNTIME_DIR,
    SSL_CERT_FILE,
    SSL_CERT_DIR,
];

impl Env {
    /// Reads the variables `flux` knows about from the process environment.
    #[allow(clippy::disallowed_methods)]
    pub fn from_process() -> Self {
        use std::io::IsTerminal;
        let vars = KNOWN
            .iter()
            .chain(crate::oci::provider::ENV_VARS)
            .filter_map(|k| std::env::var(k).ok().map(|v| ((*k).to_string(), v)))
            .collect();
        Self {
            vars,
            cwd: std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
            stdin_is_tty: std::io::stdin().is_terminal(),
        }
    }

    /// An empty environment rooted at `cwd` (tests add what they need with `set`).
    pub fn empty(cwd: impl Into<PathBuf>) -> Self {
        Self {
            vars: BTreeMap::new(),
            cwd: cwd.into(),
            stdin_is_tty: false,
        }
    }

    /// Adds or replaces one variable (tests and embedding).
    pub fn set(mut self, key: &str, value: impl Into<String>) -> Self {
        self.vars.insert(key.to_string(), value.into());
        self
    }

    /// The value of a variable, if set.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.vars.get(key).map(String::as_str)
    }

    /// Resolves `path` against the working directory.
    pub fn resolve(&self, path: &str) -> PathBuf {
        let p = PathBuf::from(path);
        if p.is_absolute() { p } else { self.cwd.join(p) }
    }
}
