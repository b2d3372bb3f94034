//! A minimal OCI distribution-API client for one repository, implementing
//! [`SignatureRegistry`] for `flux verify artifact` (and tests): manifests and blobs by GET/PUT,
//! monolithic blob upload, anonymous, basic or bearer-token auth (the `WWW-Authenticate`
//! challenge flow). Interim: the lead folds it onto the push/pull registry client.

use std::sync::Mutex;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use reqwest::StatusCode;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap, WWW_AUTHENTICATE};

use super::{SignError, SignatureRegistry};

/// Manifest media types the client accepts.
const MANIFEST_ACCEPT: &str = "application/vnd.oci.image.manifest.v1+json, \
application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.index.v1+json, \
application/vnd.docker.distribution.manifest.list.v2+json";

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

impl ArtifactRef {
    /// Parses `oci://<registry>/<repository>[:<tag>|@<digest>]` with go-containerregistry's
    /// defaults (Docker Hub, `library/`, tag `latest`).
    pub fn parse(url: &str) -> Result<Self, String> {
        let Some(rest) = url.strip_prefix("oci://") else {
            return Err("URL must be in format 'oci://<domain>/<org>/<repo>'".into());
        };
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
            Some((h, r)) if h.contains('.') || h.contains(':') || h == "localhost" => {
                (h.to_string(), r.to_string())
            }
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
        if repository.is_empty()
            || repository.chars().any(|c| c.is_ascii_uppercase())
            || registry.is_empty()
        {
            return Err(format!("invalid URL: {url}"));
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credentials {
    /// No credentials.
    Anonymous,
    /// HTTP basic (also used for the token server).
    Basic(String, String),
    /// A registry bearer token.
    Bearer(String),
}

/// A client for one repository of a registry.
pub struct DistributionRepo {
    http: reqwest::Client,
    base: String,
    repository: String,
    creds: Credentials,
    token: Mutex<Option<String>>,
}

impl DistributionRepo {
    /// A client for `reference`'s repository; `insecure` forces plain HTTP.
    pub fn new(
        reference: &ArtifactRef,
        creds: Credentials,
        insecure: bool,
    ) -> Result<Self, SignError> {
        let scheme = if insecure || is_plain_http_host(&reference.registry) {
            "http"
        } else {
            "https"
        };
        let http = reqwest::Client::builder()
            .user_agent("flux/v2 go-containerregistry/v0.21.6")
            .danger_accept_invalid_certs(insecure)
            .build()
            .map_err(|e| SignError::Registry(e.to_string()))?;
        let token = match &creds {
            Credentials::Bearer(t) => Some(t.clone()),
            _ => None,
        };
        Ok(Self {
            http,
            base: format!("{scheme}://{}", reference.registry),
            repository: reference.repository.clone(),
            creds,
            token: Mutex::new(token),
        })
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
    async fn answer_challenge(&self, headers: &HeaderMap) -> Result<bool, SignError> {
        let Some(challenge) = headers.get(WWW_AUTHENTICATE).and_then(|v| v.to_str().ok()) else {
            return Ok(false);
        };
        let Some(params) = challenge.strip_prefix("Bearer ") else {
            // Basic: the credentials are sent on the retry (if there are any).
            return Ok(matches!(self.creds, Credentials::Basic(..)));
        };
        let mut realm = None;
        let mut query: Vec<(String, String)> = Vec::new();
        for part in split_params(params) {
            if let Some((k, v)) = part.split_once('=') {
                let v = v.trim_matches('"').to_string();
                match k.trim() {
                    "realm" => realm = Some(v),
                    "service" => query.push(("service".into(), v)),
                    "scope" => query.push(("scope".into(), v)),
                    _ => {}
                }
            }
        }
        if !query.iter().any(|(k, _)| k == "scope") {
            query.push((
                "scope".into(),
                format!("repository:{}:push,pull", self.repository),
            ));
        }
        let Some(realm) = realm else {
            return Ok(false);
        };
        let mut req = self.http.get(&realm).query(&query);
        if let Credentials::Basic(u, p) = &self.creds {
            req = req.basic_auth(u, Some(p));
        }
        let resp = req
            .send()
            .await
            .map_err(|e| SignError::Registry(format!("fetching token: {e}")))?;
        if !resp.status().is_success() {
            return Err(SignError::Registry(format!(
                "fetching token: {} from {realm}",
                resp.status()
            )));
        }
        let v: serde_json::Value = resp
            .json()
            .await
            .map_err(|e| SignError::Registry(format!("fetching token: {e}")))?;
        let token = v
            .get("token")
            .or_else(|| v.get("access_token"))
            .and_then(|t| t.as_str())
            .ok_or_else(|| SignError::Registry("fetching token: no token in response".into()))?;
        if let Ok(mut guard) = self.token.lock() {
            *guard = Some(token.to_string());
        }
        Ok(true)
    }

    /// Sends a request (built fresh for each try), answering one auth challenge.
    async fn send(
        &self,
        build: impl Fn() -> reqwest::RequestBuilder,
    ) -> Result<reqwest::Response, SignError> {
        let mut answered = false;
        loop {
            let mut req = build();
            if let Some(h) = self.auth_header() {
                req = req.header(AUTHORIZATION, h);
            }
            let resp = req
                .send()
                .await
                .map_err(|e| SignError::Registry(e.to_string()))?;
            if resp.status() == StatusCode::UNAUTHORIZED
                && !answered
                && self.answer_challenge(resp.headers()).await?
            {
                answered = true;
                continue;
            }
            return Ok(resp);
        }
    }
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

async fn error_text(what: &str, url: &str, resp: reqwest::Response) -> SignError {
    let status = resp.status();
    let body = resp.text().await.unwrap_or_default();
    let detail = serde_json::from_str::<serde_json::Value>(&body)
        .ok()
        .and_then(|v| {
            let e = v.get("errors")?.get(0)?.clone();
            Some(format!(
                "{}: {}",
                e.get("code")?.as_str()?,
                e.get("message")?.as_str()?
            ))
        })
        .unwrap_or_else(|| status.to_string());
    SignError::Registry(format!("{what} {url}: {detail}"))
}

impl SignatureRegistry for DistributionRepo {
    async fn fetch_manifest(&self, reference: &str) -> Result<Option<Vec<u8>>, SignError> {
        let url = self.url(&format!("manifests/{reference}"));
        let resp = self
            .send(|| self.http.get(&url).header(ACCEPT, MANIFEST_ACCEPT))
            .await?;
        if resp.status() == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        if !resp.status().is_success() {
            return Err(error_text("GET", &url, resp).await);
        }
        let body = resp
            .bytes()
            .await
            .map_err(|e| SignError::Registry(e.to_string()))?;
        Ok(Some(body.to_vec()))
    }

    async fn fetch_blob(&self, digest: &str) -> Result<Vec<u8>, SignError> {
        let url = self.url(&format!("blobs/{digest}"));
        let resp = self.send(|| self.http.get(&url)).await?;
        if !resp.status().is_success() {
            return Err(error_text("GET", &url, resp).await);
        }
        let body = resp
            .bytes()
            .await
            .map_err(|e| SignError::Registry(e.to_string()))?;
        Ok(body.to_vec())
    }

    async fn push_blob(&self, digest: &str, data: Vec<u8>) -> Result<(), SignError> {
        let head = self.url(&format!("blobs/{digest}"));
        let resp = self.send(|| self.http.head(&head)).await?;
        if resp.status().is_success() {
            return Ok(());
        }
        let start = self.url("blobs/uploads/");
        let resp = self.send(|| self.http.post(&start)).await?;
        if resp.status() != StatusCode::ACCEPTED {
            return Err(error_text("POST", &start, resp).await);
        }
        let location = resp
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| SignError::Registry("upload: no Location header".into()))?
            .to_string();
        let mut put = if location.starts_with('/') {
            format!("{}{location}", self.base)
        } else {
            location
        };
        put.push(if put.contains('?') { '&' } else { '?' });
        put.push_str("digest=");
        put.push_str(digest);
        let resp = self
            .send(|| {
                self.http
                    .put(&put)
                    .header(CONTENT_TYPE, "application/octet-stream")
                    .body(data.clone())
            })
            .await?;
        if resp.status() != StatusCode::CREATED {
            return Err(error_text("PUT", &put, resp).await);
        }
        Ok(())
    }

    async fn push_manifest(
        &self,
        tag: &str,
        media_type: &str,
        body: Vec<u8>,
    ) -> Result<(), SignError> {
        let url = self.url(&format!("manifests/{tag}"));
        let resp = self
            .send(|| {
                self.http
                    .put(&url)
                    .header(CONTENT_TYPE, media_type)
                    .body(body.clone())
            })
            .await?;
        if !resp.status().is_success() {
            return Err(error_text("PUT", &url, resp).await);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_urls_like_go_containerregistry() {
        let r = ArtifactRef::parse("oci://127.0.0.1:5000/org/app:v1").unwrap();
        assert_eq!(r.registry, "127.0.0.1:5000");
        assert_eq!(r.repository, "org/app");
        assert_eq!(r.tag.as_deref(), Some("v1"));
        let r = ArtifactRef::parse("oci://ghcr.io/org/app@sha256:ab").unwrap();
        assert_eq!(r.digest.as_deref(), Some("sha256:ab"));
        assert_eq!(r.tag, None);
        let r = ArtifactRef::parse("oci://docker.io/app").unwrap();
        assert_eq!(r.repository_name(), "index.docker.io/library/app");
        assert_eq!(r.tag.as_deref(), Some("latest"));
        assert!(ArtifactRef::parse("ghcr.io/x").is_err());
        assert!(ArtifactRef::parse("oci://ghcr.io/Org/x").is_err());
        assert!(is_plain_http_host("127.0.0.1:5000"));
        assert!(is_plain_http_host("localhost:5000"));
        assert!(is_plain_http_host("192.168.1.2:80"));
        assert!(!is_plain_http_host("ghcr.io"));
    }
}
