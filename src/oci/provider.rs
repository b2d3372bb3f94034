//! `--provider aws|azure|gcp`: registry credentials from the cloud's default credential chain, as
//! fluxcd/pkg `auth/{aws,azure,gcp}/provider.go` obtain them (artifacts-create.md §A.2). Each
//! provider first checks the registry host against its pattern (upstream's error texts), then:
//!
//! * **aws**: credentials from env (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`,
//!   `AWS_SESSION_TOKEN`), the shared credentials file (`AWS_SHARED_CREDENTIALS_FILE`, else
//!   `~/.aws/credentials`, profile `AWS_PROFILE` or `default`), web identity
//!   (`AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN` → STS `AssumeRoleWithWebIdentity`), the
//!   container endpoint (`AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`/`_FULL_URI`, token from
//!   `AWS_CONTAINER_AUTHORIZATION_TOKEN[_FILE]`), then IMDSv2 (off with
//!   `AWS_EC2_METADATA_DISABLED=true`); then ECR `GetAuthorizationToken` (ECR Public for
//!   `public.ecr.aws`) signed with SigV4; the base64 `user:password` token is split.
//! * **azure**: an Entra token for the ARM scope of the registry's cloud from env
//!   (`AZURE_TENANT_ID`, `AZURE_CLIENT_ID`, `AZURE_CLIENT_SECRET`), workload identity
//!   (`AZURE_FEDERATED_TOKEN_FILE`), managed identity (`IDENTITY_ENDPOINT` + `IDENTITY_HEADER`,
//!   else IMDS) or `az account get-access-token`; exchanged at `https://<registry>/oauth2/exchange`
//!   for an ACR refresh token; user `00000000-0000-0000-0000-000000000000`.
//! * **gcp**: an access token from Application Default Credentials
//!   (`GOOGLE_APPLICATION_CREDENTIALS`, else `~/.config/gcloud/application_default_credentials.json`:
//!   `service_account` JWT grant or `authorized_user` refresh grant), else the metadata server;
//!   user `oauth2accesstoken`.
//!
//! Endpoints are the SDKs' own overrides: `AWS_ENDPOINT_URL_ECR`, `AWS_ENDPOINT_URL_ECR_PUBLIC`,
//! `AWS_ENDPOINT_URL_STS`, `AWS_ENDPOINT_URL` (all services), `AWS_EC2_METADATA_SERVICE_ENDPOINT`,
//! `AZURE_AUTHORITY_HOST`, `AZURE_POD_IDENTITY_AUTHORITY_HOST` (IMDS), `GCE_METADATA_HOST`, the
//! credential file's `token_uri`; plus one flux-rs addition, `FLUX_RS_AZURE_ACR_ENDPOINT` (base
//! URL that replaces `https://<registry>` for the ACR exchange). Core code: the environment comes
//! in as the `Env` snapshot (every name read here is in [`ENV_VARS`]).

use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use hmac::{Hmac, Mac};
use regex::Regex;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::env::Env;

/// Every environment variable the providers read (added to the `Env` snapshot).
pub const ENV_VARS: &[&str] = &[
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_PROFILE",
    "AWS_SHARED_CREDENTIALS_FILE",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
    "AWS_ROLE_ARN",
    "AWS_ROLE_SESSION_NAME",
    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    "AWS_CONTAINER_AUTHORIZATION_TOKEN",
    "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
    "AWS_EC2_METADATA_DISABLED",
    "AWS_EC2_METADATA_SERVICE_ENDPOINT",
    "AWS_ENDPOINT_URL",
    "AWS_ENDPOINT_URL_ECR",
    "AWS_ENDPOINT_URL_ECR_PUBLIC",
    "AWS_ENDPOINT_URL_STS",
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "AZURE_TENANT_ID",
    "AZURE_CLIENT_ID",
    "AZURE_CLIENT_SECRET",
    "AZURE_FEDERATED_TOKEN_FILE",
    "AZURE_AUTHORITY_HOST",
    "AZURE_POD_IDENTITY_AUTHORITY_HOST",
    "IDENTITY_ENDPOINT",
    "IDENTITY_HEADER",
    "FLUX_RS_AZURE_ACR_ENDPOINT",
    "GOOGLE_APPLICATION_CREDENTIALS",
    "GCE_METADATA_HOST",
];

/// The ECR registry pattern of fluxcd/pkg `auth/aws`.
pub const AWS_REGISTRY_PATTERN: &str = r"([0-9+]*).dkr[.-]ecr(?:-fips)?\.([^/.]*)\.(amazonaws\.com[.cn]*|amazonaws\.eu|sc2s\.sgov\.gov|c2s\.ic\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov|on\.aws)";
/// The ACR registry pattern of fluxcd/pkg `auth/azure`.
pub const AZURE_REGISTRY_PATTERN: &str = r"^.+\.(azurecr\.io|azurecr\.cn|azurecr\.de|azurecr\.us)$";
/// The GCR/Artifact Registry pattern of fluxcd/pkg `auth/gcp`.
pub const GCP_REGISTRY_PATTERN: &str =
    r"^(((.+\.)?gcr\.io)|(.+-docker\.pkg\.dev)|(docker\.s3nsregistry\.fr))$";

/// The ACR username for refresh tokens.
pub const ACR_USERNAME: &str = "00000000-0000-0000-0000-000000000000";
/// The GCP registry username for access tokens.
pub const GCP_USERNAME: &str = "oauth2accesstoken";

const AWS_METADATA_DEFAULT: &str = "http://169.254.169.254";
const AWS_CONTAINER_HOST: &str = "http://169.254.170.2";
const AZURE_IMDS_DEFAULT: &str = "http://169.254.169.254";
const GCE_METADATA_DEFAULT: &str = "169.254.169.254";
const GOOGLE_TOKEN_URL: &str = "https://oauth2.googleapis.com/token";
const GCP_SCOPE: &str = "https://www.googleapis.com/auth/cloud-platform";

/// A provider error; the text is the cause flux prints.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ProviderError(pub String);

fn err(msg: impl Into<String>) -> ProviderError {
    ProviderError(msg.into())
}

/// Registry credentials (`user`, `password`) for `registry_host` from `provider` (`aws`,
/// `azure` or `gcp`).
pub async fn provider_credentials(
    provider: &str,
    registry_host: &str,
    env: &Env,
) -> Result<(String, String), ProviderError> {
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .user_agent("flux/v2")
        .build()
        .map_err(|e| err(e.to_string()))?;
    match provider {
        "aws" => aws::credentials(&http, registry_host, env).await,
        "azure" => azure::credentials(&http, registry_host, env).await,
        "gcp" => gcp::credentials(&http, registry_host, env).await,
        other => Err(err(format!(
            "could not login to provider {other} with url {registry_host}: unsupported provider"
        ))),
    }
}

fn non_empty<'a>(env: &'a Env, key: &str) -> Option<&'a str> {
    env.get(key).filter(|v| !v.is_empty())
}

fn home_file(env: &Env, rel: &str) -> Option<std::path::PathBuf> {
    non_empty(env, crate::env::HOME).map(|h| std::path::Path::new(h).join(rel))
}

fn read_file(env: &Env, path: &str) -> Result<String, ProviderError> {
    std::fs::read_to_string(env.resolve(path))
        .map_err(|e| err(crate::oci::go_path_error("open", path, &e)))
}

const FORM: &str = "application/x-www-form-urlencoded";

/// `application/x-www-form-urlencoded` encoding of `pairs`.
pub fn form_body(pairs: &[(&str, &str)]) -> String {
    match reqwest::Url::parse("http://form.invalid/") {
        Ok(mut url) => {
            url.query_pairs_mut().extend_pairs(pairs);
            url.query().unwrap_or_default().to_string()
        }
        Err(_) => String::new(),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

async fn send_json(req: reqwest::RequestBuilder, what: &str) -> Result<Value, ProviderError> {
    let resp = req.send().await.map_err(|e| err(format!("{what}: {e}")))?;
    let status = resp.status();
    let body = resp.text().await.map_err(|e| err(format!("{what}: {e}")))?;
    if !status.is_success() {
        return Err(err(format!(
            "{what}: unexpected status code {}, response body: {}",
            status.as_u16(),
            body.trim()
        )));
    }
    serde_json::from_str(&body).map_err(|e| err(format!("{what}: invalid response: {e}")))
}

fn str_field(v: &Value, key: &str, what: &str) -> Result<String, ProviderError> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| err(format!("{what}: response has no {key}")))
}

/// AWS ECR.
pub mod aws {
    use super::*;

    /// Static AWS credentials.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct AwsCredentials {
        /// Access key ID.
        pub access_key_id: String,
        /// Secret access key.
        pub secret_access_key: String,
        /// Session token, for temporary credentials.
        pub session_token: Option<String>,
    }

    /// The parts of an ECR registry host.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct EcrRegistry {
        /// AWS region.
        pub region: String,
        /// Whether this is ECR Public (`public.ecr.aws`).
        pub public: bool,
        /// Whether the host is a FIPS endpoint.
        pub fips: bool,
        /// The DNS suffix (`amazonaws.com`, `amazonaws.com.cn`, …).
        pub suffix: String,
    }

    /// Checks the host against the ECR pattern (upstream's error text on mismatch).
    pub fn parse_registry(host: &str) -> Result<EcrRegistry, ProviderError> {
        if host == "public.ecr.aws" {
            return Ok(EcrRegistry {
                region: "us-east-1".into(),
                public: true,
                fips: false,
                suffix: "amazonaws.com".into(),
            });
        }
        let re = Regex::new(AWS_REGISTRY_PATTERN).map_err(|e| err(e.to_string()))?;
        let Some(c) = re.captures(host) else {
            return Err(err(format!(
                "invalid AWS registry: '{host}'. must match {AWS_REGISTRY_PATTERN}"
            )));
        };
        Ok(EcrRegistry {
            region: c.get(2).map_or("", |m| m.as_str()).to_string(),
            public: false,
            fips: host.contains("-fips."),
            suffix: c.get(3).map_or("", |m| m.as_str()).to_string(),
        })
    }

    /// One SigV4-signed request's headers.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct SignedHeaders {
        /// The `Authorization` header value.
        pub authorization: String,
        /// The `X-Amz-Date` value.
        pub amz_date: String,
    }

    /// AWS Signature Version 4 over a request: `headers` are the headers to sign (lower-case
    /// names, `host` included), `amz_date` is `YYYYMMDDTHHMMSSZ`.
    #[allow(clippy::too_many_arguments)]
    pub fn sigv4(
        creds: &AwsCredentials,
        region: &str,
        service: &str,
        method: &str,
        path: &str,
        query: &str,
        headers: &[(&str, &str)],
        body: &[u8],
        amz_date: &str,
    ) -> SignedHeaders {
        let mut hs: Vec<(String, String)> = headers
            .iter()
            .map(|(k, v)| (k.to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        hs.sort();
        let canonical_headers: String = hs.iter().map(|(k, v)| format!("{k}:{v}\n")).collect();
        let signed: Vec<&str> = hs.iter().map(|(k, _)| k.as_str()).collect();
        let signed = signed.join(";");
        let canonical = format!(
            "{method}\n{path}\n{query}\n{canonical_headers}\n{signed}\n{}",
            hex(&Sha256::digest(body))
        );
        let date = &amz_date[..8.min(amz_date.len())];
        let scope = format!("{date}/{region}/{service}/aws4_request");
        let to_sign = format!(
            "AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}",
            hex(&Sha256::digest(canonical.as_bytes()))
        );
        let k_date = hmac(
            format!("AWS4{}", creds.secret_access_key).as_bytes(),
            date.as_bytes(),
        );
        let k_region = hmac(&k_date, region.as_bytes());
        let k_service = hmac(&k_region, service.as_bytes());
        let k_signing = hmac(&k_service, b"aws4_request");
        let signature = hex(&hmac(&k_signing, to_sign.as_bytes()));
        SignedHeaders {
            authorization: format!(
                "AWS4-HMAC-SHA256 Credential={}/{scope}, SignedHeaders={signed}, Signature={signature}",
                creds.access_key_id
            ),
            amz_date: amz_date.to_string(),
        }
    }

    fn hmac(key: &[u8], data: &[u8]) -> Vec<u8> {
        // HMAC accepts keys of any length.
        let mut m = match Hmac::<Sha256>::new_from_slice(key) {
            Ok(m) => m,
            Err(_) => return Vec::new(),
        };
        m.update(data);
        m.finalize().into_bytes().to_vec()
    }

    fn from_env(env: &Env) -> Option<AwsCredentials> {
        Some(AwsCredentials {
            access_key_id: non_empty(env, "AWS_ACCESS_KEY_ID")?.to_string(),
            secret_access_key: non_empty(env, "AWS_SECRET_ACCESS_KEY")?.to_string(),
            session_token: non_empty(env, "AWS_SESSION_TOKEN").map(str::to_string),
        })
    }

    fn from_shared_file(env: &Env) -> Option<AwsCredentials> {
        let path = match non_empty(env, "AWS_SHARED_CREDENTIALS_FILE") {
            Some(p) => env.resolve(p),
            None => home_file(env, ".aws/credentials")?,
        };
        let text = std::fs::read_to_string(path).ok()?;
        let profile = non_empty(env, "AWS_PROFILE").unwrap_or("default");
        let mut in_profile = false;
        let (mut id, mut secret, mut token) = (None, None, None);
        for line in text.lines().map(str::trim) {
            if line.starts_with('[') {
                in_profile = line.trim_matches(|c| c == '[' || c == ']').trim() == profile;
                continue;
            }
            if !in_profile {
                continue;
            }
            if let Some((k, v)) = line.split_once('=') {
                let v = v.trim().to_string();
                match k.trim() {
                    "aws_access_key_id" => id = Some(v),
                    "aws_secret_access_key" => secret = Some(v),
                    "aws_session_token" => token = Some(v),
                    _ => {}
                }
            }
        }
        Some(AwsCredentials {
            access_key_id: id?,
            secret_access_key: secret?,
            session_token: token,
        })
    }

    fn xml_text(xml: &str, tag: &str) -> Option<String> {
        let open = format!("<{tag}>");
        let close = format!("</{tag}>");
        let start = xml.find(&open)? + open.len();
        let end = xml[start..].find(&close)? + start;
        Some(xml[start..end].trim().to_string())
    }

    async fn from_web_identity(
        http: &reqwest::Client,
        env: &Env,
        region: &str,
    ) -> Option<Result<AwsCredentials, ProviderError>> {
        let token_file = non_empty(env, "AWS_WEB_IDENTITY_TOKEN_FILE")?;
        let role = non_empty(env, "AWS_ROLE_ARN")?;
        Some(
            async {
                let token = read_file(env, token_file)?;
                let endpoint = non_empty(env, "AWS_ENDPOINT_URL_STS")
                    .or_else(|| non_empty(env, "AWS_ENDPOINT_URL"))
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("https://sts.{region}.amazonaws.com"));
                let session = non_empty(env, "AWS_ROLE_SESSION_NAME").unwrap_or("flux");
                let form = [
                    ("Action", "AssumeRoleWithWebIdentity"),
                    ("Version", "2011-06-15"),
                    ("RoleArn", role),
                    ("RoleSessionName", session),
                    ("WebIdentityToken", token.trim()),
                ];
                let what = "operation error STS: AssumeRoleWithWebIdentity";
                let resp = http
                    .post(format!("{}/", endpoint.trim_end_matches('/')))
                    .header("Content-Type", FORM)
                    .body(form_body(&form))
                    .send()
                    .await
                    .map_err(|e| err(format!("{what}: {e}")))?;
                let status = resp.status();
                let body = resp.text().await.unwrap_or_default();
                if !status.is_success() {
                    return Err(err(format!(
                        "{what}: StatusCode: {}, {}",
                        status.as_u16(),
                        xml_text(&body, "Message").unwrap_or(body)
                    )));
                }
                let field = |t: &str| {
                    xml_text(&body, t).ok_or_else(|| err(format!("{what}: no {t} in response")))
                };
                Ok(AwsCredentials {
                    access_key_id: field("AccessKeyId")?,
                    secret_access_key: field("SecretAccessKey")?,
                    session_token: Some(field("SessionToken")?),
                })
            }
            .await,
        )
    }

    fn creds_from_json(v: &Value, what: &str) -> Result<AwsCredentials, ProviderError> {
        Ok(AwsCredentials {
            access_key_id: str_field(v, "AccessKeyId", what)?,
            secret_access_key: str_field(v, "SecretAccessKey", what)?,
            session_token: v.get("Token").and_then(Value::as_str).map(str::to_string),
        })
    }

    async fn from_container(
        http: &reqwest::Client,
        env: &Env,
    ) -> Option<Result<AwsCredentials, ProviderError>> {
        let url = match (
            non_empty(env, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"),
            non_empty(env, "AWS_CONTAINER_CREDENTIALS_FULL_URI"),
        ) {
            (Some(rel), _) => format!("{AWS_CONTAINER_HOST}{rel}"),
            (None, Some(full)) => full.to_string(),
            (None, None) => return None,
        };
        Some(
            async {
                let mut req = http.get(&url);
                let token = match non_empty(env, "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
                    Some(f) => Some(read_file(env, f)?.trim().to_string()),
                    None => non_empty(env, "AWS_CONTAINER_AUTHORIZATION_TOKEN").map(str::to_string),
                };
                if let Some(t) = token {
                    req = req.header("Authorization", t);
                }
                let v = send_json(req, "failed to load container credentials").await?;
                creds_from_json(&v, "failed to load container credentials")
            }
            .await,
        )
    }

    async fn from_imds(
        http: &reqwest::Client,
        env: &Env,
    ) -> Option<Result<AwsCredentials, ProviderError>> {
        if non_empty(env, "AWS_EC2_METADATA_DISABLED")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
        {
            return None;
        }
        let base = non_empty(env, "AWS_EC2_METADATA_SERVICE_ENDPOINT")
            .unwrap_or(AWS_METADATA_DEFAULT)
            .trim_end_matches('/')
            .to_string();
        Some(
            async {
                let what = "no EC2 IMDS role found, operation error ec2imds: GetMetadata";
                let resp = http
                    .put(format!("{base}/latest/api/token"))
                    .header("X-aws-ec2-metadata-token-ttl-seconds", "21600")
                    .timeout(Duration::from_secs(5))
                    .send()
                    .await
                    .map_err(|e| err(format!("{what}: {e}")))?;
                if !resp.status().is_success() {
                    return Err(err(format!("{what}: status {}", resp.status().as_u16())));
                }
                let token = resp.text().await.map_err(|e| err(format!("{what}: {e}")))?;
                let list = format!("{base}/latest/meta-data/iam/security-credentials/");
                let resp = http
                    .get(&list)
                    .header("X-aws-ec2-metadata-token", token.trim())
                    .send()
                    .await
                    .map_err(|e| err(format!("{what}: {e}")))?;
                if !resp.status().is_success() {
                    return Err(err(format!("{what}: status {}", resp.status().as_u16())));
                }
                let roles = resp.text().await.map_err(|e| err(format!("{what}: {e}")))?;
                let role = roles
                    .lines()
                    .next()
                    .map(str::trim)
                    .filter(|r| !r.is_empty())
                    .ok_or_else(|| err(what))?
                    .to_string();
                let req = http
                    .get(format!("{list}{role}"))
                    .header("X-aws-ec2-metadata-token", token.trim());
                let v = send_json(req, what).await?;
                creds_from_json(&v, what)
            }
            .await,
        )
    }

    /// The default credential chain.
    pub async fn default_credentials(
        http: &reqwest::Client,
        env: &Env,
        region: &str,
    ) -> Result<AwsCredentials, ProviderError> {
        if let Some(c) = from_env(env) {
            return Ok(c);
        }
        if let Some(c) = from_shared_file(env) {
            return Ok(c);
        }
        if let Some(c) = from_web_identity(http, env, region).await {
            return c;
        }
        if let Some(c) = from_container(http, env).await {
            return c;
        }
        match from_imds(http, env).await {
            Some(c) => c.map_err(|e| err(format!("failed to refresh cached credentials, {e}"))),
            None => Err(err(
                "failed to refresh cached credentials, no credentials found in the environment, \
                 the shared credentials file, web identity or the container endpoint",
            )),
        }
    }

    fn amz_now() -> String {
        jiff::Timestamp::now()
            .strftime("%Y%m%dT%H%M%SZ")
            .to_string()
    }

    /// ECR credentials for `host`.
    pub async fn credentials(
        http: &reqwest::Client,
        host: &str,
        env: &Env,
    ) -> Result<(String, String), ProviderError> {
        let reg = parse_registry(host)?;
        let creds = default_credentials(http, env, &reg.region).await?;
        let (service, target, endpoint, op) = if reg.public {
            (
                "ecr-public",
                "SpencerFrontendService.GetAuthorizationToken",
                non_empty(env, "AWS_ENDPOINT_URL_ECR_PUBLIC")
                    .or_else(|| non_empty(env, "AWS_ENDPOINT_URL"))
                    .map(str::to_string)
                    .unwrap_or_else(|| "https://api.ecr-public.us-east-1.amazonaws.com".into()),
                "operation error ECR PUBLIC: GetAuthorizationToken",
            )
        } else {
            let default = if reg.fips {
                format!("https://ecr-fips.{}.{}", reg.region, reg.suffix)
            } else {
                format!("https://api.ecr.{}.{}", reg.region, reg.suffix)
            };
            (
                "ecr",
                "AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken",
                non_empty(env, "AWS_ENDPOINT_URL_ECR")
                    .or_else(|| non_empty(env, "AWS_ENDPOINT_URL"))
                    .map(str::to_string)
                    .unwrap_or(default),
                "operation error ECR: GetAuthorizationToken",
            )
        };
        let url = reqwest::Url::parse(&endpoint)
            .map_err(|e| err(format!("{op}: invalid endpoint {endpoint}: {e}")))?;
        let host_header = match (url.host_str(), url.port()) {
            (Some(h), Some(p)) => format!("{h}:{p}"),
            (Some(h), None) => h.to_string(),
            _ => return Err(err(format!("{op}: invalid endpoint {endpoint}"))),
        };
        let path = if url.path().is_empty() {
            "/"
        } else {
            url.path()
        };
        let body = b"{}";
        let amz_date = amz_now();
        let content_type = "application/x-amz-json-1.1";
        let mut headers = vec![
            ("content-type", content_type),
            ("host", host_header.as_str()),
            ("x-amz-date", amz_date.as_str()),
            ("x-amz-target", target),
        ];
        if let Some(t) = &creds.session_token {
            headers.push(("x-amz-security-token", t.as_str()));
        }
        let signed = sigv4(
            &creds,
            &reg.region,
            service,
            "POST",
            path,
            "",
            &headers,
            body,
            &amz_date,
        );
        let mut req = http
            .post(url.clone())
            .header("Content-Type", content_type)
            .header("X-Amz-Date", &signed.amz_date)
            .header("X-Amz-Target", target)
            .header("Authorization", &signed.authorization)
            .body(body.to_vec());
        if let Some(t) = &creds.session_token {
            req = req.header("X-Amz-Security-Token", t);
        }
        let v = send_json(req, op).await?;
        let data = v.get("authorizationData");
        let data = match data {
            Some(Value::Array(a)) => a.first(),
            other => other,
        };
        let token = data
            .and_then(|d| d.get("authorizationToken"))
            .and_then(Value::as_str)
            .ok_or_else(|| err(format!("{op}: no authorization data in response")))?;
        let decoded = STANDARD
            .decode(token)
            .map_err(|e| err(format!("failed to decode authorization token: {e}")))?;
        let decoded = String::from_utf8_lossy(&decoded);
        let (user, pass) = decoded
            .split_once(':')
            .ok_or_else(|| err("invalid authorization token format"))?;
        Ok((user.to_string(), pass.to_string()))
    }
}

/// Azure Container Registry.
pub mod azure {
    use super::*;

    /// The ARM scope for a registry's cloud.
    pub fn arm_scope(host: &str) -> &'static str {
        if host.ends_with(".azurecr.cn") {
            "https://management.chinacloudapi.cn/.default"
        } else if host.ends_with(".azurecr.us") {
            "https://management.usgovcloudapi.net/.default"
        } else {
            "https://management.azure.com/.default"
        }
    }

    fn authority(env: &Env) -> String {
        non_empty(env, "AZURE_AUTHORITY_HOST")
            .unwrap_or("https://login.microsoftonline.com/")
            .trim_end_matches('/')
            .to_string()
    }

    async fn token_request(
        http: &reqwest::Client,
        env: &Env,
        tenant: &str,
        form: &[(&str, &str)],
        what: &str,
    ) -> Result<String, ProviderError> {
        let url = format!("{}/{tenant}/oauth2/v2.0/token", authority(env));
        let v = send_json(
            http.post(url)
                .header("Content-Type", FORM)
                .body(form_body(form)),
            what,
        )
        .await?;
        str_field(&v, "access_token", what)
    }

    /// An Entra access token for `scope` from the default chain.
    pub async fn entra_token(
        http: &reqwest::Client,
        env: &Env,
        scope: &str,
    ) -> Result<String, ProviderError> {
        let tenant = non_empty(env, "AZURE_TENANT_ID");
        let client = non_empty(env, "AZURE_CLIENT_ID");
        if let (Some(t), Some(c), Some(s)) = (tenant, client, non_empty(env, "AZURE_CLIENT_SECRET"))
        {
            let form = [
                ("client_id", c),
                ("client_secret", s),
                ("grant_type", "client_credentials"),
                ("scope", scope),
            ];
            return token_request(http, env, t, &form, "EnvironmentCredential").await;
        }
        if let (Some(t), Some(c), Some(f)) =
            (tenant, client, non_empty(env, "AZURE_FEDERATED_TOKEN_FILE"))
        {
            let assertion = read_file(env, f)?;
            let form = [
                ("client_id", c),
                (
                    "client_assertion_type",
                    "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                ),
                ("client_assertion", assertion.trim()),
                ("grant_type", "client_credentials"),
                ("scope", scope),
            ];
            return token_request(http, env, t, &form, "WorkloadIdentityCredential").await;
        }
        let resource = scope.trim_end_matches("/.default");
        let what = "ManagedIdentityCredential";
        if let (Some(endpoint), Some(header)) = (
            non_empty(env, "IDENTITY_ENDPOINT"),
            non_empty(env, "IDENTITY_HEADER"),
        ) {
            let mut q = vec![("api-version", "2019-08-01"), ("resource", resource)];
            if let Some(c) = client {
                q.push(("client_id", c));
            }
            let req = http
                .get(endpoint)
                .query(&q)
                .header("X-IDENTITY-HEADER", header);
            let v = send_json(req, what).await?;
            return str_field(&v, "access_token", what);
        }
        if let Some(host) = non_empty(env, "AZURE_POD_IDENTITY_AUTHORITY_HOST") {
            return imds(http, host, resource, client).await;
        }
        // The CLI's cached login, when `az` is installed; else IMDS.
        if let Some(token) = az_cli(scope).await {
            return Ok(token);
        }
        imds(http, AZURE_IMDS_DEFAULT, resource, client).await
    }

    async fn imds(
        http: &reqwest::Client,
        host: &str,
        resource: &str,
        client: Option<&str>,
    ) -> Result<String, ProviderError> {
        let what = "ManagedIdentityCredential";
        let mut q = vec![("api-version", "2018-02-01"), ("resource", resource)];
        if let Some(c) = client {
            q.push(("client_id", c));
        }
        let req = http
            .get(format!(
                "{}/metadata/identity/oauth2/token",
                host.trim_end_matches('/')
            ))
            .query(&q)
            .header("Metadata", "true")
            .timeout(Duration::from_secs(5));
        let v = send_json(req, what).await?;
        str_field(&v, "access_token", what)
    }

    async fn az_cli(scope: &str) -> Option<String> {
        let out = tokio::process::Command::new("az")
            .args([
                "account",
                "get-access-token",
                "--output",
                "json",
                "--scope",
                scope,
            ])
            .stdin(std::process::Stdio::null())
            .output()
            .await
            .ok()?;
        if !out.status.success() {
            return None;
        }
        let v: Value = serde_json::from_slice(&out.stdout).ok()?;
        v.get("accessToken")?.as_str().map(str::to_string)
    }

    /// ACR credentials for `host`.
    pub async fn credentials(
        http: &reqwest::Client,
        host: &str,
        env: &Env,
    ) -> Result<(String, String), ProviderError> {
        let re = Regex::new(AZURE_REGISTRY_PATTERN).map_err(|e| err(e.to_string()))?;
        if !re.is_match(host) {
            return Err(err(format!(
                "invalid Azure registry: '{host}'. must match {AZURE_REGISTRY_PATTERN}"
            )));
        }
        let token = entra_token(http, env, arm_scope(host)).await?;
        let base = non_empty(env, "FLUX_RS_AZURE_ACR_ENDPOINT")
            .map(|b| b.trim_end_matches('/').to_string())
            .unwrap_or_else(|| format!("https://{host}"));
        let form = [
            ("grant_type", "access_token"),
            ("service", host),
            ("access_token", token.as_str()),
        ];
        let resp = http
            .post(format!("{base}/oauth2/exchange"))
            .header("Content-Type", FORM)
            .body(form_body(&form))
            .send()
            .await
            .map_err(|e| {
                err(format!(
                    "failed to exchange token: failed to send token exchange request: {e}"
                ))
            })?;
        let status = resp.status();
        let body = resp.text().await.unwrap_or_default();
        if !status.is_success() {
            return Err(err(format!(
                "failed to exchange token: unexpected status code {} from exchange request, response body: {}",
                status.as_u16(),
                body.trim()
            )));
        }
        let v: Value = serde_json::from_str(&body).map_err(|e| {
            err(format!(
                "failed to exchange token: failed to decode the response: {e}, response body: {body}"
            ))
        })?;
        let refresh = str_field(&v, "refresh_token", "failed to exchange token")?;
        Ok((ACR_USERNAME.to_string(), refresh))
    }
}

/// Google Artifact Registry / GCR.
pub mod gcp {
    use rsa::pkcs1v15::SigningKey;
    use rsa::pkcs8::DecodePrivateKey;
    use rsa::signature::{SignatureEncoding, Signer};

    use super::*;

    fn pem_body(pem: &str) -> Result<Vec<u8>, ProviderError> {
        let body: String = pem
            .lines()
            .map(str::trim)
            .filter(|l| !l.starts_with("-----") && !l.is_empty())
            .collect();
        STANDARD
            .decode(body)
            .map_err(|e| err(format!("google: could not parse key: {e}")))
    }

    /// A signed RS256 JWT grant for a service account key file.
    pub fn service_account_assertion(
        key: &Value,
        token_uri: &str,
        now: i64,
    ) -> Result<String, ProviderError> {
        let email = str_field(key, "client_email", "google: invalid service account key")?;
        let pem = str_field(key, "private_key", "google: invalid service account key")?;
        let der = pem_body(&pem)?;
        let rsa = rsa::RsaPrivateKey::from_pkcs8_der(&der)
            .map_err(|e| err(format!("google: could not parse key: {e}")))?;
        let mut header = serde_json::json!({"alg": "RS256", "typ": "JWT"});
        if let Some(kid) = key.get("private_key_id").and_then(Value::as_str) {
            header["kid"] = Value::String(kid.to_string());
        }
        let claims = serde_json::json!({
            "iss": email,
            "scope": GCP_SCOPE,
            "aud": token_uri,
            "exp": now + 3600,
            "iat": now,
        });
        let signing_input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let sig = SigningKey::<Sha256>::new(rsa).sign(signing_input.as_bytes());
        Ok(format!(
            "{signing_input}.{}",
            URL_SAFE_NO_PAD.encode(sig.to_bytes())
        ))
    }

    async fn from_file(
        http: &reqwest::Client,
        text: &str,
        path: &str,
    ) -> Result<String, ProviderError> {
        let v: Value = serde_json::from_str(text).map_err(|e| {
            err(format!(
                "google: error getting credentials using {path}: {e}"
            ))
        })?;
        let kind = v.get("type").and_then(Value::as_str).unwrap_or("");
        let token_uri = v
            .get("token_uri")
            .and_then(Value::as_str)
            .unwrap_or(GOOGLE_TOKEN_URL)
            .to_string();
        let what = "oauth2: cannot fetch token";
        let form: Vec<(&str, String)> = match kind {
            "service_account" => {
                let now = jiff::Timestamp::now().as_second();
                let assertion = service_account_assertion(&v, &token_uri, now)?;
                vec![
                    (
                        "grant_type",
                        "urn:ietf:params:oauth:grant-type:jwt-bearer".into(),
                    ),
                    ("assertion", assertion),
                ]
            }
            "authorized_user" => {
                let f = |k: &str| str_field(&v, k, "google: invalid authorized_user credentials");
                vec![
                    ("client_id", f("client_id")?),
                    ("client_secret", f("client_secret")?),
                    ("grant_type", "refresh_token".into()),
                    ("refresh_token", f("refresh_token")?),
                ]
            }
            other => {
                return Err(err(format!(
                    "google: error getting credentials using {path}: unsupported credential type '{other}'"
                )));
            }
        };
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let t = send_json(
            http.post(&token_uri)
                .header("Content-Type", FORM)
                .body(form_body(&form)),
            what,
        )
        .await?;
        str_field(&t, "access_token", what)
    }

    /// An access token from Application Default Credentials.
    pub async fn access_token(http: &reqwest::Client, env: &Env) -> Result<String, ProviderError> {
        if let Some(path) = non_empty(env, "GOOGLE_APPLICATION_CREDENTIALS") {
            let text = read_file(env, path).map_err(|e| {
                err(format!(
                    "google: error getting credentials using GOOGLE_APPLICATION_CREDENTIALS environment variable: {e}"
                ))
            })?;
            return from_file(http, &text, path).await;
        }
        if let Some(p) = home_file(env, ".config/gcloud/application_default_credentials.json")
            && let Ok(text) = std::fs::read_to_string(&p)
        {
            return from_file(http, &text, &p.display().to_string()).await;
        }
        let host = non_empty(env, "GCE_METADATA_HOST").unwrap_or(GCE_METADATA_DEFAULT);
        let url =
            format!("http://{host}/computeMetadata/v1/instance/service-accounts/default/token");
        let what = "compute: Received error from metadata server";
        let req = http
            .get(url)
            .header("Metadata-Flavor", "Google")
            .timeout(Duration::from_secs(5));
        let v = send_json(req, what).await.map_err(|e| {
            err(format!(
                "google: could not find default credentials: {}",
                e.0
            ))
        })?;
        str_field(&v, "access_token", what)
    }

    /// GCR/Artifact Registry credentials for `host`.
    pub async fn credentials(
        http: &reqwest::Client,
        host: &str,
        env: &Env,
    ) -> Result<(String, String), ProviderError> {
        let re = Regex::new(GCP_REGISTRY_PATTERN).map_err(|e| err(e.to_string()))?;
        if !re.is_match(host) {
            return Err(err(format!(
                "invalid GCP registry: '{host}'. must match {GCP_REGISTRY_PATTERN}"
            )));
        }
        let token = access_token(http, env).await?;
        Ok((GCP_USERNAME.to_string(), token))
    }
}

#[cfg(test)]
mod tests {
    use super::aws::*;
    use super::*;

    /// The worked example of AWS's SigV4 documentation (IAM `ListUsers`).
    #[test]
    fn sigv4_matches_the_aws_documentation_example() {
        let creds = AwsCredentials {
            access_key_id: "AKIDEXAMPLE".into(),
            secret_access_key: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY".into(),
            session_token: None,
        };
        let s = sigv4(
            &creds,
            "us-east-1",
            "iam",
            "GET",
            "/",
            "Action=ListUsers&Version=2010-05-08",
            &[
                (
                    "content-type",
                    "application/x-www-form-urlencoded; charset=utf-8",
                ),
                ("host", "iam.amazonaws.com"),
                ("x-amz-date", "20150830T123600Z"),
            ],
            b"",
            "20150830T123600Z",
        );
        assert_eq!(
            s.authorization,
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, \
             SignedHeaders=content-type;host;x-amz-date, \
             Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"
        );
    }

    #[test]
    fn registry_patterns_match_upstream() {
        let r = parse_registry("012345678901.dkr.ecr.eu-west-1.amazonaws.com").unwrap();
        assert_eq!(r.region, "eu-west-1");
        assert!(!r.public);
        assert_eq!(
            parse_registry("public.ecr.aws").unwrap().region,
            "us-east-1"
        );
        let e = parse_registry("ghcr.io").unwrap_err().to_string();
        assert_eq!(
            e,
            format!("invalid AWS registry: 'ghcr.io'. must match {AWS_REGISTRY_PATTERN}")
        );
        assert_eq!(
            azure::arm_scope("x.azurecr.cn"),
            "https://management.chinacloudapi.cn/.default"
        );
    }
}
