//! Pure generators for `flux create secret …` (artifacts-create.md §B.10): one builder per
//! secret kind, the secret export printer (§B.10.0), and the small Go-compatible pieces they
//! need (image reference checks, TLS key-pair validation, notation trust policy
//! validation). Mirrors flux2 `pkg/manifestgen/sourcesecret` and fluxcd/pkg `runtime/secrets`.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::Secret;
use sha2::{Digest, Sha256};

use crate::cli::{go_quote, go_quote_with};
use crate::error::CliError;
use crate::manifests::gourl::{self, GoUrl};
use crate::ssh::{self, KeyPair};

/// A secret with `stringData` (empty maps are dropped, as Go's `omitempty` does).
pub fn make_secret(
    name: &str,
    namespace: &str,
    labels: BTreeMap<String, String>,
    secret_type: Option<&str>,
    data: BTreeMap<String, String>,
) -> Secret {
    Secret {
        metadata: super::meta(name, namespace, labels),
        string_data: (!data.is_empty()).then_some(data),
        type_: secret_type.map(str::to_string),
        ..Secret::default()
    }
}

/// The secret `--export` printer (§B.10.0): `---`, the YAML without the first
/// `  creationTimestamp: null` and `status: {}` lines, untrimmed, then a newline (Go's
/// `Println`), except for `create secret tls`, which prints without it (`with_newline = false`).
///
/// # Errors
/// When the object cannot be serialised.
pub fn export_secret(secret: &Secret, with_newline: bool) -> Result<String, CliError> {
    let yaml = crate::yaml::to_yaml(secret)?;
    let yaml = yaml
        .replacen("  creationTimestamp: null\n", "", 1)
        .replacen("status: {}\n", "", 1);
    Ok(format!(
        "---\n{yaml}{}",
        if with_newline { "\n" } else { "" }
    ))
}

// ---------------------------------------------------------------------------------------------
// git
// ---------------------------------------------------------------------------------------------

/// Credentials for a Git secret, already resolved by the command.
#[derive(Debug, Clone)]
pub enum GitCredentials {
    /// Git over SSH: the key pair, the scanned known_hosts line, the key passphrase.
    Ssh {
        key_pair: KeyPair,
        known_hosts: String,
        password: String,
    },
    /// Git over HTTP(S).
    Http {
        username: String,
        password: String,
        bearer_token: String,
        ca_crt: Option<Vec<u8>>,
    },
}

/// The transport a `--url` selects for `create secret git`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GitTransport {
    /// `ssh://`, with the URL host (`host[:port]`).
    Ssh { host: String },
    /// `http://` or `https://`.
    Http,
}

/// `create secret git` URL checks: `url is required`, `git URL parse failed: …`, and the
/// scheme check (done after labels by the caller through `git_transport_for`).
pub fn git_url(url: &str) -> Result<GoUrl, CliError> {
    if url.is_empty() {
        return Err(CliError::msg("url is required"));
    }
    gourl::parse(url).map_err(|e| CliError::msg(format!("git URL parse failed: {e}")))
}

/// The transport for a parsed Git URL, or the unsupported-scheme error.
pub fn git_transport_for(u: &GoUrl) -> Result<GitTransport, CliError> {
    match u.scheme.as_str() {
        "ssh" => Ok(GitTransport::Ssh {
            host: u.host.clone(),
        }),
        "http" | "https" => Ok(GitTransport::Http),
        s => Err(CliError::msg(format!(
            "git URL scheme '{s}' not supported, can be: ssh, http and https"
        ))),
    }
}

/// The HTTP(S) credential rules of `create secret git`.
pub fn check_git_http_credentials(
    username: &str,
    password: &str,
    bearer_token: &str,
) -> Result<(), CliError> {
    if (username.is_empty() || password.is_empty()) && bearer_token.is_empty() {
        return Err(CliError::msg(
            "for Git over HTTP/S the username and password, or a bearer token is required",
        ));
    }
    if !username.is_empty() && !password.is_empty() && !bearer_token.is_empty() {
        return Err(CliError::msg(
            "user credentials and bearer token cannot be used together",
        ));
    }
    Ok(())
}

/// The `create secret git` Secret (no `type`, as upstream's `sourcesecret` writes it).
pub fn git_secret(
    name: &str,
    namespace: &str,
    labels: BTreeMap<String, String>,
    creds: &GitCredentials,
) -> Secret {
    let mut data = BTreeMap::new();
    match creds {
        GitCredentials::Ssh {
            key_pair,
            known_hosts,
            password,
        } => {
            data.insert(
                "identity".to_string(),
                String::from_utf8_lossy(&key_pair.private_key).into_owned(),
            );
            data.insert("identity.pub".to_string(), key_pair.public_key.clone());
            data.insert("known_hosts".to_string(), known_hosts.trim().to_string());
            if !password.is_empty() {
                data.insert("password".to_string(), password.clone());
            }
        }
        GitCredentials::Http {
            username,
            password,
            bearer_token,
            ca_crt,
        } => {
            if !username.is_empty() && !password.is_empty() {
                data.insert("username".to_string(), username.clone());
                data.insert("password".to_string(), password.clone());
            }
            if !bearer_token.is_empty() {
                data.insert("bearerToken".to_string(), bearer_token.clone());
            }
            if let Some(ca) = ca_crt.as_ref().filter(|c| !c.is_empty()) {
                data.insert(
                    "ca.crt".to_string(),
                    String::from_utf8_lossy(ca).into_owned(),
                );
            }
        }
    }
    make_secret(name, namespace, labels, None, data)
}

// ---------------------------------------------------------------------------------------------
// oci
// ---------------------------------------------------------------------------------------------

/// The `create secret oci` Secret: a `kubernetes.io/dockerconfigjson` with the registry auth.
pub fn oci_secret(
    name: &str,
    namespace: &str,
    url: &str,
    username: &str,
    password: &str,
) -> Result<Secret, CliError> {
    if url.is_empty() {
        return Err(CliError::msg("--url is required"));
    }
    if username.is_empty() {
        return Err(CliError::msg("--username is required"));
    }
    if password.is_empty() {
        return Err(CliError::msg("--password is required"));
    }
    if !is_image_reference(url) {
        return Err(CliError::msg(format!(
            "error parsing url: 'could not parse reference: {url}'"
        )));
    }
    use base64::Engine;
    let auth = base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}"));
    let json = format!(
        "{{\n  \"auths\": {{\n    {}: {{\n      \"username\": {},\n      \"password\": {},\n      \"auth\": {}\n    }}\n  }}\n}}",
        go_json_string(url),
        go_json_string(username),
        go_json_string(password),
        go_json_string(&auth)
    );
    let data = BTreeMap::from([(".dockerconfigjson".to_string(), json)]);
    Ok(make_secret(
        name,
        namespace,
        BTreeMap::new(),
        Some("kubernetes.io/dockerconfigjson"),
        data,
    ))
}

/// A JSON string as Go's `encoding/json` writes it (HTML characters escaped).
pub fn go_json_string(s: &str) -> String {
    go_quote_with(s, |c| {
        (matches!(c, '<' | '>' | '&' | '\u{2028}' | '\u{2029}') || (c as u32) < 0x20)
            .then(|| format!("\\u{:04x}", c as u32))
    })
}

/// go-containerregistry's `name.ParseReference` acceptance (tag or digest form, non-strict).
pub fn is_image_reference(s: &str) -> bool {
    fn repo_ok(base: &str) -> bool {
        let (registry, repo) = match base.split_once('/') {
            Some((r, rest)) if r.contains('.') || r.contains(':') || r == "localhost" => {
                (Some(r), rest)
            }
            _ => (None, base),
        };
        if let Some(r) = registry
            && (r.is_empty()
                || r.contains("://")
                || !r
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || b".-:[]".contains(&c)))
        {
            return false;
        }
        !repo.is_empty()
            && repo.len() <= 255
            && repo
                .bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || b"_-./".contains(&c))
            && repo.split('/').all(|p| !p.is_empty())
    }
    // Digest form.
    if let Some((base, digest)) = s.split_once('@') {
        let Some((alg, hex)) = digest.split_once(':') else {
            return false;
        };
        return alg == "sha256"
            && hex.len() == 64
            && hex.bytes().all(|c| c.is_ascii_hexdigit())
            && repo_ok(base);
    }
    // Tag form: a `:` after the last `/` introduces the tag.
    let mut base = s;
    if let Some(i) = s.rfind(':') {
        let tag = &s[i + 1..];
        if !tag.contains('/') {
            base = &s[..i];
            let b = tag.as_bytes();
            let tag_ok = !b.is_empty()
                && b.len() <= 128
                && b[0] != b'.'
                && b[0] != b'-'
                && b.iter()
                    .all(|c| c.is_ascii_alphanumeric() || b"_.-".contains(c));
            if !tag_ok {
                return false;
            }
        }
    }
    repo_ok(base)
}

// ---------------------------------------------------------------------------------------------
// tls and helm
// ---------------------------------------------------------------------------------------------

/// File contents for the TLS-capable secrets (`None` = flag not given).
#[derive(Debug, Clone, Default)]
pub struct TlsFiles {
    /// `--ca-crt-file` content.
    pub ca_crt: Option<Vec<u8>>,
    /// `--tls-crt-file` content.
    pub tls_crt: Option<Vec<u8>>,
    /// `--tls-key-file` content.
    pub tls_key: Option<Vec<u8>>,
}

fn non_empty(v: &Option<Vec<u8>>) -> Option<&Vec<u8>> {
    v.as_ref().filter(|b| !b.is_empty())
}

/// fluxcd/pkg `MakeTLSSecret`: CA only → `Opaque` with `ca.crt`; a validated certificate pair
/// → `kubernetes.io/tls` with `tls.crt`, `tls.key` (and `ca.crt`).
pub fn tls_secret(
    name: &str,
    namespace: &str,
    labels: BTreeMap<String, String>,
    files: &TlsFiles,
) -> Result<Secret, CliError> {
    let (ca, crt, key) = (
        non_empty(&files.ca_crt),
        non_empty(&files.tls_crt),
        non_empty(&files.tls_key),
    );
    match (crt, key) {
        (None, None) if ca.is_none() => {
            return Err(CliError::msg(
                "no CA certificate or client certificate pair found",
            ));
        }
        (Some(_), None) => return Err(CliError::msg("found certificate but missing private key")),
        (None, Some(_)) => return Err(CliError::msg("found private key but missing certificate")),
        _ => {}
    }
    let mut data = BTreeMap::new();
    if let Some(ca) = ca {
        data.insert(
            "ca.crt".to_string(),
            String::from_utf8_lossy(ca).into_owned(),
        );
    }
    let mut kind = "Opaque";
    if let (Some(crt), Some(key)) = (crt, key) {
        validate_key_pair(crt, key)
            .map_err(|e| CliError::msg(format!("invalid TLS certificate and key pair: {e}")))?;
        data.insert(
            "tls.crt".to_string(),
            String::from_utf8_lossy(crt).into_owned(),
        );
        data.insert(
            "tls.key".to_string(),
            String::from_utf8_lossy(key).into_owned(),
        );
        kind = "kubernetes.io/tls";
    }
    Ok(make_secret(name, namespace, labels, Some(kind), data))
}

/// `create secret helm` content rules (§B.10.3).
pub fn helm_secret(
    name: &str,
    namespace: &str,
    labels: BTreeMap<String, String>,
    username: &str,
    password: &str,
    files: &TlsFiles,
) -> Result<Secret, CliError> {
    if non_empty(&files.tls_crt).is_some() || non_empty(&files.tls_key).is_some() {
        return tls_secret(name, namespace, labels, files);
    }
    let ca = non_empty(&files.ca_crt);
    if !username.is_empty() || !password.is_empty() {
        if username.is_empty() {
            return Err(CliError::msg("username is required"));
        }
        if password.is_empty() {
            return Err(CliError::msg("password is required"));
        }
        let mut data = BTreeMap::from([
            ("username".to_string(), username.to_string()),
            ("password".to_string(), password.to_string()),
        ]);
        if let Some(ca) = ca {
            data.insert(
                "ca.crt".to_string(),
                String::from_utf8_lossy(ca).into_owned(),
            );
        }
        return Ok(make_secret(
            name,
            namespace,
            labels,
            Some("kubernetes.io/basic-auth"),
            data,
        ));
    }
    if let Some(ca) = ca {
        let data = BTreeMap::from([(
            "ca.crt".to_string(),
            String::from_utf8_lossy(ca).into_owned(),
        )]);
        return Ok(make_secret(name, namespace, labels, Some("Opaque"), data));
    }
    Ok(make_secret(name, namespace, labels, None, BTreeMap::new()))
}

/// Go's `tls.X509KeyPair` checks: the first certificate's public key must match the private key.
pub fn validate_key_pair(cert_pem: &[u8], key_pem: &[u8]) -> Result<(), String> {
    // The certificate: the first CERTIFICATE block.
    let mut rest = cert_pem;
    let mut skipped = Vec::new();
    let cert_der = loop {
        match ssh::pem::decode(rest) {
            None => {
                return Err(if skipped.is_empty() {
                    "tls: failed to find any PEM data in certificate input".to_string()
                } else if skipped.iter().any(|k: &String| k.ends_with("PRIVATE KEY")) {
                    "tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched".to_string()
                } else {
                    format!(
                        "tls: failed to find \"CERTIFICATE\" PEM block in certificate input after skipping PEM blocks of the following types: [{}]",
                        skipped.join(" ")
                    )
                });
            }
            Some((block, r)) => {
                if block.kind == "CERTIFICATE" {
                    break block.bytes;
                }
                skipped.push(block.kind);
                rest = r;
            }
        }
    };
    // The key: the first block whose type is PRIVATE KEY or ends in " PRIVATE KEY".
    let mut rest = key_pem;
    let mut skipped = Vec::new();
    let key_der = loop {
        match ssh::pem::decode(rest) {
            None => {
                return Err(if skipped.is_empty() {
                    "tls: failed to find any PEM data in key input".to_string()
                } else if skipped.iter().any(|k: &String| k == "CERTIFICATE") {
                    "tls: found a certificate rather than a key in the PEM for the private key"
                        .to_string()
                } else {
                    format!(
                        "tls: failed to find PEM block with type ending in \"PRIVATE KEY\" in key input after skipping PEM blocks of the following types: [{}]",
                        skipped.join(" ")
                    )
                });
            }
            Some((block, r)) => {
                if block.kind == "PRIVATE KEY" || block.kind.ends_with(" PRIVATE KEY") {
                    break block.bytes;
                }
                skipped.push(block.kind);
                rest = r;
            }
        }
    };
    let cert_key = ssh::keys::certificate_public_key(&cert_der).map_err(str::to_string)?;
    let private = ssh::keys::parse_pkcs1(&key_der)
        .or_else(|_| ssh::keys::parse_pkcs8(&key_der))
        .or_else(|_| ssh::keys::parse_sec1(&key_der))
        .map_err(|_| "tls: failed to parse private key".to_string())?;
    if cert_key.family() != private.family() {
        return Err("tls: private key type does not match public key type".to_string());
    }
    if cert_key != private {
        return Err("tls: private key does not match public key".to_string());
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// githubapp, proxy
// ---------------------------------------------------------------------------------------------

/// fluxcd/pkg `MakeGitHubAppSecret` (flags given as empty strings are left out).
pub fn github_app_secret(
    name: &str,
    namespace: &str,
    app_id: &str,
    installation_owner: &str,
    installation_id: &str,
    private_key: &str,
    base_url: &str,
) -> Result<Secret, CliError> {
    if app_id.is_empty() {
        return Err(CliError::msg("githubAppID is required"));
    }
    if private_key.is_empty() {
        return Err(CliError::msg("githubAppPrivateKey is required"));
    }
    let mut data = BTreeMap::from([
        ("githubAppID".to_string(), app_id.to_string()),
        ("githubAppPrivateKey".to_string(), private_key.to_string()),
    ]);
    if !installation_owner.is_empty() {
        data.insert(
            "githubAppInstallationOwner".to_string(),
            installation_owner.to_string(),
        );
    }
    if !installation_id.is_empty() {
        data.insert(
            "githubAppInstallationID".to_string(),
            installation_id.to_string(),
        );
    }
    if !base_url.is_empty() {
        data.insert("githubAppBaseURL".to_string(), base_url.to_string());
    }
    if installation_owner.is_empty() == installation_id.is_empty() {
        return Err(CliError::msg(
            "exactly one of githubAppInstallationOwner or githubAppInstallationID must be provided",
        ));
    }
    Ok(make_secret(
        name,
        namespace,
        BTreeMap::new(),
        Some("Opaque"),
        data,
    ))
}

/// fluxcd/pkg `MakeProxySecret`.
pub fn proxy_secret(
    name: &str,
    namespace: &str,
    labels: BTreeMap<String, String>,
    address: &str,
    username: &str,
    password: &str,
) -> Result<Secret, CliError> {
    if address.is_empty() {
        return Err(CliError::msg("address is required"));
    }
    gourl::parse(address).map_err(|e| CliError::msg(format!("invalid proxy address: {e}")))?;
    let mut data = BTreeMap::from([("address".to_string(), address.to_string())]);
    if !username.is_empty() {
        data.insert("username".to_string(), username.to_string());
    }
    if !password.is_empty() {
        data.insert("password".to_string(), password.to_string());
    }
    Ok(make_secret(name, namespace, labels, Some("Opaque"), data))
}

// ---------------------------------------------------------------------------------------------
// receiver
// ---------------------------------------------------------------------------------------------

/// The webhook path notification-controller derives for a receiver token:
/// `/hook/<sha256(token + name + namespace)>`.
pub fn webhook_path(token: &str, name: &str, namespace: &str) -> String {
    let digest = Sha256::digest(format!("{token}{name}{namespace}").as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("/hook/{hex}")
}

/// Resolved `create secret receiver` options.
#[derive(Debug, Clone, Default)]
pub struct ReceiverSecretOptions {
    /// `--type` (already validated by the flag parser; empty when absent).
    pub receiver_type: String,
    /// The token (the command generates one when `--token` is absent).
    pub token: String,
    /// `--hostname`.
    pub hostname: String,
    /// `--email-claim`.
    pub email_claim: String,
    /// `--audience-claim`.
    pub audience_claim: String,
}

/// The checks of `create secret receiver` that come before labels and token generation.
pub fn check_receiver_options(o: &ReceiverSecretOptions) -> Result<(), CliError> {
    if o.receiver_type.is_empty() {
        return Err(CliError::msg("--type is required"));
    }
    if o.hostname.is_empty() {
        return Err(CliError::msg("--hostname is required"));
    }
    if o.receiver_type == "gcr" && o.email_claim.is_empty() {
        return Err(CliError::msg(
            "--email-claim is required for gcr receiver type",
        ));
    }
    Ok(())
}

/// The `create secret receiver` Secret: token, webhook URL annotation, GCR claims.
pub fn receiver_secret(
    name: &str,
    namespace: &str,
    labels: BTreeMap<String, String>,
    o: &ReceiverSecretOptions,
) -> Secret {
    let url = format!(
        "https://{}{}",
        o.hostname,
        webhook_path(&o.token, name, namespace)
    );
    let mut data = BTreeMap::from([("token".to_string(), o.token.clone())]);
    if o.receiver_type == "gcr" {
        data.insert("email".to_string(), o.email_claim.clone());
        let audience = if o.audience_claim.is_empty() {
            url.clone()
        } else {
            o.audience_claim.clone()
        };
        data.insert("audience".to_string(), audience);
    }
    let mut secret = make_secret(name, namespace, labels, None, data);
    secret.metadata.annotations = Some(BTreeMap::from([(
        "notification.toolkit.fluxcd.io/webhook".to_string(),
        url,
    )]));
    secret
}

// ---------------------------------------------------------------------------------------------
// notation
// ---------------------------------------------------------------------------------------------

/// Parses and validates a notation trust policy document like notation-go's
/// `trustpolicy.Document` (`json.Unmarshal` then `Validate`).
pub fn check_trust_policy(path: &str, bytes: &[u8]) -> Result<(), CliError> {
    let doc: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        CliError::msg(format!(
            "failed to unmarshal trust policy {path}: {}",
            go_json_syntax_error(&e)
        ))
    })?;
    let doc = trust_policy_document(&doc)
        .map_err(|e| CliError::msg(format!("failed to unmarshal trust policy {path}: {e}")))?;
    validate_trust_policy(&doc).map_err(|e| CliError::msg(format!("invalid trust policy: {e}")))
}

fn go_json_syntax_error(e: &serde_json::Error) -> String {
    if e.is_eof() {
        "unexpected end of JSON input".to_string()
    } else {
        format!("invalid character in JSON input: {e}")
    }
}

#[derive(Debug, Default)]
struct TrustPolicyDoc {
    version: String,
    policies: Vec<TrustPolicyStatement>,
}

#[derive(Debug, Default)]
struct TrustPolicyStatement {
    name: String,
    registry_scopes: Vec<String>,
    level: String,
    overrides: Vec<(String, String)>,
    trust_stores: Vec<String>,
    trusted_identities: Vec<String>,
}

fn json_kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "bool",
        serde_json::Value::Number(_) => "number",
        serde_json::Value::String(_) => "string",
        serde_json::Value::Array(_) => "array",
        serde_json::Value::Object(_) => "object",
    }
}

fn trust_policy_document(v: &serde_json::Value) -> Result<TrustPolicyDoc, String> {
    use serde_json::Value;
    let mismatch = |v: &Value, field: &str, ty: &str| {
        if field.is_empty() {
            format!(
                "json: cannot unmarshal {} into Go value of type {ty}",
                json_kind(v)
            )
        } else {
            format!(
                "json: cannot unmarshal {} into Go struct field {field} of type {ty}",
                json_kind(v)
            )
        }
    };
    let str_of = |v: &Value, field: &str| -> Result<String, String> {
        match v {
            Value::String(s) => Ok(s.clone()),
            Value::Null => Ok(String::new()),
            other => Err(mismatch(other, field, "string")),
        }
    };
    let strs_of = |v: &Value, field: &str| -> Result<Vec<String>, String> {
        match v {
            Value::Array(items) => items.iter().map(|i| str_of(i, field)).collect(),
            Value::Null => Ok(Vec::new()),
            other => Err(mismatch(other, field, "[]string")),
        }
    };
    let mut doc = TrustPolicyDoc::default();
    let obj = match v {
        Value::Object(o) => o,
        Value::Null => return Ok(doc),
        other => return Err(mismatch(other, "", "trustpolicy.Document")),
    };
    for (k, val) in obj {
        match k.to_ascii_lowercase().as_str() {
            "version" => doc.version = str_of(val, "Document.version")?,
            "trustpolicies" => {
                let items = match val {
                    Value::Array(items) => items.clone(),
                    Value::Null => Vec::new(),
                    other => {
                        return Err(mismatch(
                            other,
                            "Document.trustPolicies",
                            "[]trustpolicy.TrustPolicy",
                        ));
                    }
                };
                for item in &items {
                    let mut st = TrustPolicyStatement::default();
                    let o = match item {
                        Value::Object(o) => o.clone(),
                        Value::Null => serde_json::Map::new(),
                        other => {
                            return Err(mismatch(
                                other,
                                "Document.trustPolicies",
                                "trustpolicy.TrustPolicy",
                            ));
                        }
                    };
                    for (k, val) in &o {
                        match k.to_ascii_lowercase().as_str() {
                            "name" => st.name = str_of(val, "Document.trustPolicies.name")?,
                            "registryscopes" => {
                                st.registry_scopes =
                                    strs_of(val, "Document.trustPolicies.registryScopes")?
                            }
                            "truststores" => {
                                st.trust_stores =
                                    strs_of(val, "Document.trustPolicies.trustStores")?
                            }
                            "trustedidentities" => {
                                st.trusted_identities =
                                    strs_of(val, "Document.trustPolicies.trustedIdentities")?;
                            }
                            "signatureverification" => {
                                let sv = match val {
                                    Value::Object(o) => o.clone(),
                                    Value::Null => serde_json::Map::new(),
                                    other => {
                                        return Err(mismatch(
                                            other,
                                            "Document.trustPolicies.signatureVerification",
                                            "trustpolicy.SignatureVerification",
                                        ));
                                    }
                                };
                                for (k, val) in &sv {
                                    match k.to_ascii_lowercase().as_str() {
                                        "level" => {
                                            st.level = str_of(
                                                val,
                                                "Document.trustPolicies.signatureVerification.level",
                                            )?
                                        }
                                        "override" => {
                                            if let Value::Object(m) = val {
                                                for (ok, ov) in m {
                                                    st.overrides.push((ok.clone(), str_of(ov, "Document.trustPolicies.signatureVerification.override")?));
                                                }
                                            } else if !val.is_null() {
                                                return Err(mismatch(
                                                    val,
                                                    "Document.trustPolicies.signatureVerification.override",
                                                    "map[trustpolicy.ValidationType]trustpolicy.ValidationAction",
                                                ));
                                            }
                                        }
                                        _ => {}
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                    doc.policies.push(st);
                }
            }
            _ => {}
        }
    }
    Ok(doc)
}

fn validate_trust_policy(doc: &TrustPolicyDoc) -> Result<(), String> {
    if doc.version.is_empty() {
        return Err(
            "trust policy document is missing or has empty version, it must be specified"
                .to_string(),
        );
    }
    if doc.version != "1.0" {
        return Err(format!(
            "trust policy document uses unsupported version {}",
            go_quote(&doc.version)
        ));
    }
    if doc.policies.is_empty() {
        return Err("trust policy document can not have zero trust policy statements".to_string());
    }
    let mut names = std::collections::BTreeSet::new();
    for st in &doc.policies {
        if !st.name.is_empty() && !names.insert(st.name.clone()) {
            return Err(format!(
                "multiple trust policy statements use the same name {}, statement names must be unique",
                go_quote(&st.name)
            ));
        }
        validate_statement(st).map_err(|e| format!("trust policy: {e}"))?;
    }
    let mut scopes = std::collections::BTreeSet::new();
    for st in &doc.policies {
        if st.registry_scopes.is_empty() {
            return Err(format!(
                "trust policy statement {} has zero registry scopes, it must specify registry scopes with at least one value",
                go_quote(&st.name)
            ));
        }
        if st.registry_scopes.len() > 1 && st.registry_scopes.iter().any(|s| s == "*") {
            return Err(format!(
                "trust policy statement {} uses wildcard registry scope '*', a wildcard scope cannot be used in conjunction with other scope values",
                go_quote(&st.name)
            ));
        }
        for scope in &st.registry_scopes {
            if !scopes.insert(scope.clone()) {
                return Err(format!(
                    "registry scope {} is present in multiple trust policy statements, one registry scope value can only be associated with one statement",
                    go_quote(scope)
                ));
            }
        }
    }
    Ok(())
}

fn validate_statement(st: &TrustPolicyStatement) -> Result<(), String> {
    let name = go_quote(&st.name);
    if st.name.is_empty() {
        return Err(
            "a trust policy statement is missing a name, every statement requires a name"
                .to_string(),
        );
    }
    let levels = ["strict", "permissive", "audit", "skip"];
    let level_err =
        |e: String| format!("trust policy statement {name} has invalid signatureVerification: {e}");
    if st.level.is_empty() {
        return Err(level_err(
            "signature verification level is empty or missing in the trust policy statement"
                .to_string(),
        ));
    }
    if !levels.contains(&st.level.as_str()) {
        return Err(level_err(format!(
            "invalid signature verification level {}",
            go_quote(&st.level)
        )));
    }
    if !st.overrides.is_empty() && st.level == "skip" {
        return Err(level_err("signature verification level \"skip\" can't be used to customize signature verification".to_string()));
    }
    let types = [
        "integrity",
        "authenticity",
        "authenticTimestamp",
        "expiry",
        "revocation",
    ];
    let actions = ["enforce", "log", "skip"];
    let quoted = |xs: &[&str]| {
        format!(
            "[{}]",
            xs.iter().map(|x| go_quote(x)).collect::<Vec<_>>().join(" ")
        )
    };
    for (k, v) in &st.overrides {
        if !types.contains(&k.as_str()) {
            return Err(level_err(format!(
                "verification type {} in custom signature verification is not supported, supported values are {}",
                go_quote(k),
                quoted(&types)
            )));
        }
        if !actions.contains(&v.as_str()) {
            return Err(level_err(format!(
                "verification action {} in custom signature verification is not supported, supported values are {}",
                go_quote(v),
                quoted(&actions)
            )));
        }
        if k == "integrity" {
            return Err(level_err(format!(
                "{} verification can not be overridden in custom signature verification",
                go_quote(k)
            )));
        }
        if k != "revocation" && v == "skip" {
            return Err(level_err(format!(
                "{} verification can not be skipped in custom signature verification",
                go_quote(k)
            )));
        }
    }
    if st.level == "skip" {
        if !st.trust_stores.is_empty() || !st.trusted_identities.is_empty() {
            return Err(format!(
                "trust policy statement {name} is set to skip signature verification but configured with trust stores and/or trusted identities, remove them if signature verification needs to be skipped"
            ));
        }
        return Ok(());
    }
    if st.trust_stores.is_empty() || st.trusted_identities.is_empty() {
        return Err(format!(
            "trust policy statement {name} is either missing trust stores or trusted identities, both must be specified"
        ));
    }
    for ts in &st.trust_stores {
        let Some((kind, store)) = ts.split_once(':') else {
            return Err(format!(
                "trust policy statement {name} has malformed trust store value {}. The required format is <TrustStoreType>:<TrustStoreName>",
                go_quote(ts)
            ));
        };
        if !["ca", "signingAuthority", "tsa"].contains(&kind) {
            return Err(format!(
                "trust policy statement {name} uses an unsupported trust store type {} in trust store value {}",
                go_quote(kind),
                go_quote(ts)
            ));
        }
        if store.is_empty()
            || !store
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || b"_.-".contains(&c))
        {
            return Err(format!(
                "trust policy statement {name} uses an unsupported trust store name {} in trust store value {}. Named store name needs to follow [a-zA-Z0-9_.-]+ format",
                go_quote(store),
                go_quote(ts)
            ));
        }
    }
    if st.trusted_identities.len() > 1 && st.trusted_identities.iter().any(|t| t == "*") {
        return Err(format!(
            "trust policy statement {name} uses a wildcard trusted identity '*', a wildcard identity cannot be used in conjunction with other values"
        ));
    }
    for id in &st.trusted_identities {
        if id.is_empty() {
            return Err(format!(
                "trust policy statement {name} has an empty trusted identity"
            ));
        }
        if id != "*" {
            let Some((prefix, value)) = id.split_once(':') else {
                return Err(format!(
                    "trust policy statement {name} has trusted identity {} missing separator",
                    go_quote(id)
                ));
            };
            if prefix == "x509.subject" && value.is_empty() {
                return Err(format!(
                    "trust policy statement {name} has trusted identity {} without an identity value",
                    go_quote(id)
                ));
            }
        }
    }
    Ok(())
}

/// The `create secret notation` Secret: one key per CA file base name, plus `trustpolicy.json`.
pub fn notation_secret(
    name: &str,
    namespace: &str,
    labels: BTreeMap<String, String>,
    trust_policy: &[u8],
    ca_certs: &[(String, Vec<u8>)],
) -> Secret {
    let mut data = BTreeMap::new();
    for (file, content) in ca_certs {
        data.insert(file.clone(), String::from_utf8_lossy(content).into_owned());
    }
    data.insert(
        "trustpolicy.json".to_string(),
        String::from_utf8_lossy(trust_policy).into_owned(),
    );
    make_secret(name, namespace, labels, None, data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_json_string_escapes() {
        assert_eq!(go_json_string(""), r#""""#);
        assert_eq!(go_json_string("ghcr.io/u:p"), r#""ghcr.io/u:p""#);
        assert_eq!(
            go_json_string("a\"b\\c\nd\te\rf\u{1}g\u{1f}h\u{7f}i<>&\u{2028}\u{2029}\u{85}é"),
            "\"a\\\"b\\\\c\\nd\\te\\rf\\u0001g\\u001fh\u{7f}i\\u003c\\u003e\\u0026\\u2028\\u2029\u{85}é\""
        );
    }

    fn err<T: std::fmt::Debug>(r: Result<T, CliError>) -> String {
        format!("{:#}", r.unwrap_err().0)
    }

    #[test]
    fn go_url_parsing() {
        use crate::manifests::gourl::parse as parse_go_url;
        assert_eq!(
            parse_go_url("ssh://git@github.com/x/y").unwrap(),
            GoUrl {
                scheme: "ssh".into(),
                host: "github.com".into()
            }
        );
        assert_eq!(parse_go_url("SSH://h:2222/x").unwrap().host, "h:2222");
        assert_eq!(
            parse_go_url("ssh://git@github.com:org/repo").unwrap_err(),
            "parse \"ssh://git@github.com:org/repo\": invalid port \":org\" after host"
        );
        assert_eq!(
            parse_go_url("git@github.com:org/repo").unwrap_err(),
            "parse \"git@github.com:org/repo\": first path segment in URL cannot contain colon"
        );
        assert_eq!(
            parse_go_url("://x").unwrap_err(),
            "parse \"://x\": missing protocol scheme"
        );
        assert_eq!(
            parse_go_url("https://a b/").unwrap_err(),
            "parse \"https://a b/\": invalid character \" \" in host name"
        );
        assert_eq!(
            parse_go_url("ftp://x/%zz").unwrap_err(),
            "parse \"ftp://x/%zz\": invalid URL escape \"%zz\""
        );
        assert_eq!(parse_go_url("github.com/x").unwrap().scheme, "");
    }

    #[test]
    fn git_rules() {
        use crate::manifests::gourl::parse as parse_go_url;
        assert_eq!(err(git_url("")), "url is required");
        assert_eq!(
            err(git_transport_for(&parse_go_url("ftp://x").unwrap())),
            "git URL scheme 'ftp' not supported, can be: ssh, http and https"
        );
        assert_eq!(
            err(check_git_http_credentials("u", "", "")),
            "for Git over HTTP/S the username and password, or a bearer token is required"
        );
        assert_eq!(
            err(check_git_http_credentials("u", "p", "t")),
            "user credentials and bearer token cannot be used together"
        );
        assert!(check_git_http_credentials("u", "", "t").is_ok());
        let s = git_secret(
            "a",
            "b",
            BTreeMap::new(),
            &GitCredentials::Http {
                username: "u".into(),
                password: String::new(),
                bearer_token: "t".into(),
                ca_crt: None,
            },
        );
        assert_eq!(
            s.string_data.unwrap().keys().collect::<Vec<_>>(),
            ["bearerToken"]
        );
    }

    #[test]
    fn oci_rules() {
        assert_eq!(err(oci_secret("a", "b", "", "u", "p")), "--url is required");
        assert_eq!(
            err(oci_secret("a", "b", "ghcr.io", "", "p")),
            "--username is required"
        );
        assert_eq!(
            err(oci_secret("a", "b", "ghcr.io", "u", "")),
            "--password is required"
        );
        assert_eq!(
            err(oci_secret("a", "b", "https://ghcr.io", "u", "p")),
            "error parsing url: 'could not parse reference: https://ghcr.io'"
        );
        assert!(is_image_reference("ghcr.io/stefanprodan/charts"));
        assert!(is_image_reference("localhost:5000/x:v1"));
        assert!(!is_image_reference("Ghcr.io/UPPER"));
        let s = oci_secret("a", "b", "ghcr.io", "u<", "p").unwrap();
        assert!(s.string_data.unwrap()[".dockerconfigjson"].contains("\"username\": \"u\\u003c\""));
    }

    #[test]
    fn helm_and_tls_rules() {
        let files = |ca: Option<&str>, crt: Option<&str>, key: Option<&str>| TlsFiles {
            ca_crt: ca.map(|s| s.as_bytes().to_vec()),
            tls_crt: crt.map(|s| s.as_bytes().to_vec()),
            tls_key: key.map(|s| s.as_bytes().to_vec()),
        };
        let none = BTreeMap::new;
        assert_eq!(
            err(tls_secret("a", "b", none(), &files(None, None, None))),
            "no CA certificate or client certificate pair found"
        );
        assert_eq!(
            err(tls_secret("a", "b", none(), &files(None, Some("c"), None))),
            "found certificate but missing private key"
        );
        assert_eq!(
            err(tls_secret("a", "b", none(), &files(None, None, Some("k")))),
            "found private key but missing certificate"
        );
        assert_eq!(
            err(tls_secret(
                "a",
                "b",
                none(),
                &files(None, Some("c"), Some("k"))
            )),
            "invalid TLS certificate and key pair: tls: failed to find any PEM data in certificate input"
        );
        assert_eq!(
            tls_secret("a", "b", none(), &files(Some("ca"), None, None))
                .unwrap()
                .type_
                .as_deref(),
            Some("Opaque")
        );
        assert_eq!(
            err(helm_secret(
                "a",
                "b",
                none(),
                "u",
                "",
                &files(None, None, None)
            )),
            "password is required"
        );
        assert_eq!(
            err(helm_secret(
                "a",
                "b",
                none(),
                "",
                "p",
                &files(None, None, None)
            )),
            "username is required"
        );
        let s = helm_secret("a", "b", none(), "", "", &files(None, None, None)).unwrap();
        assert!(s.string_data.is_none() && s.type_.is_none());
        assert_eq!(
            helm_secret("a", "b", none(), "", "", &files(Some("x"), None, None))
                .unwrap()
                .type_
                .as_deref(),
            Some("Opaque")
        );
    }

    #[test]
    fn githubapp_rules() {
        assert_eq!(
            err(github_app_secret("a", "b", "", "o", "", "k", "")),
            "githubAppID is required"
        );
        assert_eq!(
            err(github_app_secret("a", "b", "1", "o", "", "", "")),
            "githubAppPrivateKey is required"
        );
        assert_eq!(
            err(github_app_secret("a", "b", "1", "o", "2", "k", "")),
            "exactly one of githubAppInstallationOwner or githubAppInstallationID must be provided"
        );
        assert_eq!(
            err(github_app_secret("a", "b", "1", "", "", "k", "")),
            "exactly one of githubAppInstallationOwner or githubAppInstallationID must be provided"
        );
    }

    #[test]
    fn proxy_rules() {
        assert_eq!(
            err(proxy_secret("a", "b", BTreeMap::new(), "", "", "")),
            "address is required"
        );
        assert_eq!(
            err(proxy_secret(
                "a",
                "b",
                BTreeMap::new(),
                "http://a:b",
                "",
                ""
            )),
            "invalid proxy address: parse \"http://a:b\": invalid port \":b\" after host"
        );
        let s = proxy_secret("a", "b", BTreeMap::new(), "http://p:3128", "", "pw").unwrap();
        assert_eq!(
            s.string_data.unwrap().keys().collect::<Vec<_>>(),
            ["address", "password"]
        );
    }

    #[test]
    fn receiver_rules() {
        use crate::manifests::notification::parse_receiver_type;
        assert_eq!(
            webhook_path("test-token", "receiver-secret", "my-namespace"),
            "/hook/106120121d366c2f67e93200f6c1dbe938235eb588daa5e8c0516d3a77ac1dee"
        );
        assert_eq!(
            parse_receiver_type("x").unwrap_err(),
            "receiver type 'x' is not supported, must be one of: generic, generic-hmac, github, gitlab, bitbucket, harbor, dockerhub, quay, gcr, nexus, acr, cdevents"
        );
        assert_eq!(
            parse_receiver_type("").unwrap_err(),
            "no receiver type given, please specify the receiver type"
        );
        let o = ReceiverSecretOptions {
            receiver_type: "github".into(),
            ..Default::default()
        };
        assert_eq!(err(check_receiver_options(&o)), "--hostname is required");
    }

    #[test]
    fn trust_policy_rules() {
        let check =
            |s: &str| check_trust_policy("p.json", s.as_bytes()).map_err(|e| format!("{:#}", e.0));
        assert_eq!(
            check("\"\"").unwrap_err(),
            "failed to unmarshal trust policy p.json: json: cannot unmarshal string into Go value of type trustpolicy.Document"
        );
        assert_eq!(
            check(r#"{"version": "1.0", "trustPolicies": [{}]}"#).unwrap_err(),
            "invalid trust policy: trust policy: a trust policy statement is missing a name, every statement requires a name"
        );
        assert_eq!(
            check(r#"{"trustPolicies": []}"#).unwrap_err(),
            "invalid trust policy: trust policy document is missing or has empty version, it must be specified"
        );
        let ok = r#"{"version":"1.0","trustPolicies":[{"name":"a","registryScopes":["*"],"signatureVerification":{"level":"strict"},"trustStores":["ca:a"],"trustedIdentities":["*"]}]}"#;
        assert!(check(ok).is_ok());
        let bad_store = ok.replace("ca:a", "ca");
        assert!(
            check(&bad_store)
                .unwrap_err()
                .contains("has malformed trust store value \"ca\"")
        );
    }
}
