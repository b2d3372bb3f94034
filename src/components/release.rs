//! Other Flux releases (bootstrap-install.md §1.3): resolving `--version` against the GitHub
//! releases API and downloading, verifying and unpacking a release's `manifests.tar.gz`
//! (the bundle files `<component>.yaml`, `rbac.yaml`, `policies.yaml`) into memory.
//! Base URLs are parameters so tests can point them at a local server.

use std::io::Read;
use std::time::Duration;

use crate::kustomize::MemFs;

/// The GitHub API base flux asks about releases.
pub const GITHUB_API: &str = "https://api.github.com";
/// Where flux2's release assets are downloaded from.
pub const RELEASES_URL: &str = "https://github.com/fluxcd/flux2/releases";

/// The largest tarball accepted (the real one is well under 1 MiB).
const MAX_TARBALL: usize = 64 << 20;

fn client(timeout: Duration) -> Result<reqwest::Client, String> {
    reqwest::Client::builder()
        .timeout(timeout)
        .user_agent(concat!("flux-rs/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| e.to_string())
}

/// `major.minor` of `v2.9.4`.
fn major_minor(v: &str) -> Option<(u64, u64)> {
    let v = v.strip_prefix('v').unwrap_or(v);
    let mut it = v.split(['.', '-', '+']);
    Some((it.next()?.parse().ok()?, it.next()?.parse().ok()?))
}

/// Resolves `--version` (§1.3): empty → `cli_version`; `latest` → the latest release's tag;
/// `vX.Y.Z` must exist; the result must share major.minor with the CLI.
pub async fn resolve_version(
    input: &str,
    cli_version: &str,
    api_base: &str,
) -> Result<String, String> {
    if input.is_empty() || input == cli_version {
        return Ok(cli_version.to_string());
    }
    let http = client(Duration::from_secs(15))?;
    let version = if input == "latest" {
        let url = format!("{api_base}/repos/fluxcd/flux2/releases/latest");
        let resp = http
            .get(&url)
            .send()
            .await
            .map_err(|e| format!("GitHub API call failed: {e}"))?;
        let body: serde_json::Value = resp
            .json()
            .await
            .map_err(|e| format!("decoding GitHub API response failed: {e}"))?;
        body["tag_name"]
            .as_str()
            .filter(|t| !t.is_empty())
            .ok_or_else(|| "decoding GitHub API response failed: no tag_name".to_string())?
            .to_string()
    } else {
        if !input.starts_with('v') {
            return Err(format!(
                "targeted version '{input}' must be prefixed with 'v'"
            ));
        }
        let url = format!("{api_base}/repos/fluxcd/flux2/releases/tags/{input}");
        let resp = http
            .get(&url)
            .send()
            .await
            .map_err(|e| format!("GitHub API call failed: {e}"))?;
        match resp.status().as_u16() {
            200 => {}
            404 => return Err(format!("targeted version '{input}' does not exist")),
            n => {
                return Err(format!(
                    "GitHub API returned an unexpected status code ({n})"
                ));
            }
        }
        input.to_string()
    };
    let cli = cli_version.strip_prefix('v').unwrap_or(cli_version);
    let prerelease = cli.contains('-');
    if !prerelease && major_minor(&version) != major_minor(cli_version) {
        return Err(format!(
            "targeted version '{version}' is not compatible with your current version of flux ({cli})"
        ));
    }
    Ok(version)
}

/// The files a release bundle must hold.
pub const BUNDLE_FILES: &[&str] = &[
    "source-controller.yaml",
    "kustomize-controller.yaml",
    "helm-controller.yaml",
    "notification-controller.yaml",
    "rbac.yaml",
    "policies.yaml",
];

/// Unpacks and verifies a `manifests.tar.gz`: only regular files with plain relative names,
/// UTF-8 YAML that parses, and the required bundle files present.
pub fn unpack(bytes: &[u8]) -> Result<MemFs, String> {
    let gz = flate2::read::GzDecoder::new(bytes);
    let mut archive = tar::Archive::new(gz);
    let mut fs = MemFs::new();
    let entries = archive.entries().map_err(|e| e.to_string())?;
    for entry in entries {
        let mut entry = entry.map_err(|e| e.to_string())?;
        let kind = entry.header().entry_type();
        let path = entry.path().map_err(|e| e.to_string())?.into_owned();
        if kind.is_dir() {
            continue;
        }
        if !kind.is_file() {
            return Err(format!(
                "unexpected entry {}: not a regular file",
                path.display()
            ));
        }
        let clean = path.components().all(|c| {
            matches!(
                c,
                std::path::Component::Normal(_) | std::path::Component::CurDir
            )
        });
        if !clean {
            return Err(format!("unsafe path {} in archive", path.display()));
        }
        let mut text = String::new();
        entry
            .read_to_string(&mut text)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        if path.extension().is_some_and(|e| e == "yaml") {
            crate::yaml::from_str_multi(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        fs.insert(name, text);
    }
    for f in BUNDLE_FILES {
        if fs.read_opt(f).is_none() {
            return Err(format!("{f} is missing from the archive"));
        }
    }
    Ok(fs)
}

/// Downloads `<releases>/download/<version>/manifests.tar.gz` and unpacks it.
pub async fn download_bundle(
    releases_base: &str,
    version: &str,
    timeout: Duration,
) -> Result<MemFs, String> {
    let url = format!("{releases_base}/download/{version}/manifests.tar.gz");
    let http = client(timeout)?;
    let resp = http
        .get(&url)
        .send()
        .await
        .map_err(|e| format!("failed to download manifests.tar.gz from {url}, error: {e}"))?;
    let status = resp.status();
    if !status.is_success() {
        let text = format!(
            "{} {}",
            status.as_u16(),
            status.canonical_reason().unwrap_or("")
        );
        return Err(format!(
            "failed to download manifests.tar.gz from {url}, status: {}",
            text.trim_end()
        ));
    }
    let bytes = resp
        .bytes()
        .await
        .map_err(|e| format!("failed to download manifests.tar.gz from {url}, error: {e}"))?;
    if bytes.len() > MAX_TARBALL {
        return Err(format!(
            "failed to untar manifests.tar.gz from {url}, error: archive larger than {MAX_TARBALL} bytes"
        ));
    }
    unpack(&bytes).map_err(|e| format!("failed to untar manifests.tar.gz from {url}, error: {e}"))
}
