//! `--provider aws|azure|gcp` (`oci::provider::provider_credentials`) against local HTTP doubles
//! of the cloud endpoints (a small Python `http.server` started per test; every endpoint is
//! redirected with the SDKs' own override variables, so nothing leaves 127.0.0.1). The doubles
//! record each request; the tests check the exact requests (SigV4 header shape, and the signature
//! recomputed independently with botocore's `SigV4Auth`; the form fields of the Entra token and
//! ACR exchange requests; the metadata headers; the service account JWT checked with openssl) and
//! the resulting docker credentials.

#![allow(clippy::print_stderr)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use flux_rs::env::Env;
use flux_rs::oci::provider::{self, provider_credentials};
use regex::Regex;
use serde_json::{Value, json};

use crate::support::registry::have;

const DOUBLE: &str = r#"
import json, sys, http.server, urllib.parse
port_file, log_file, routes_file = sys.argv[1:4]
conf = json.load(open(routes_file))
routes = conf["routes"]
secrets = conf.get("aws_secrets", {})

def check_sigv4(method, path, headers, body, port):
    try:
        from botocore.auth import SigV4Auth
        from botocore.awsrequest import AWSRequest
        from botocore.credentials import Credentials
    except Exception as e:
        return "botocore missing: %s" % e
    auth = headers["authorization"]
    parts = dict(p.strip().split("=", 1) for p in auth[len("AWS4-HMAC-SHA256 "):].split(","))
    akid, date, region, service, _ = parts["Credential"].split("/")
    signed = parts["SignedHeaders"].split(";")
    creds = Credentials(akid, secrets.get(akid, ""), headers.get("x-amz-security-token"))
    req = AWSRequest(method=method, url="http://127.0.0.1:%d%s" % (port, path), data=body,
                     headers={k: headers[k] for k in signed if k != "host"})
    req.context["timestamp"] = headers["x-amz-date"]
    a = SigV4Auth(creds, service, region)
    cr = a.canonical_request(req)
    want = a.signature(a.string_to_sign(req, cr), req)
    return want == parts["Signature"]

class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def handle_any(self):
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n).decode()
        headers = {k.lower(): v for k, v in self.headers.items()}
        path = self.path.split("?")[0]
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        entry = {"method": self.command, "path": path, "query": {k: v[0] for k, v in query.items()},
                 "headers": headers, "body": body}
        if body and headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            entry["form"] = {k: v[0] for k, v in urllib.parse.parse_qs(body, keep_blank_values=True).items()}
        if headers.get("authorization", "").startswith("AWS4-HMAC-SHA256"):
            entry["sigv4_valid"] = check_sigv4(self.command, self.path, headers, body, self.server.server_address[1])
        with open(log_file, "a") as f:
            f.write(json.dumps(entry) + "\n")
        r = routes.get(self.command + " " + path, {"status": 404, "body": "no route"})
        out = r["body"] if isinstance(r["body"], str) else json.dumps(r["body"])
        out = out.encode()
        self.send_response(r.get("status", 200))
        self.send_header("Content-Type", r.get("content_type", "application/json"))
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)
    do_GET = do_POST = do_PUT = handle_any
    def log_message(self, *a):
        pass

srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
with open(port_file + ".tmp", "w") as f:
    f.write(str(srv.server_address[1]))
import os
os.rename(port_file + ".tmp", port_file)
srv.serve_forever()
"#;

/// A running double: its base URL and request log; killed on drop.
struct Double {
    child: Child,
    url: String,
    host: String,
    log: PathBuf,
    dir: tempfile::TempDir,
}

impl Drop for Double {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Double {
    /// Starts a double answering `routes` (`"METHOD /path"` → `{status, body}`).
    fn start(conf: Value) -> Option<Self> {
        if !have("python3") {
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let script = dir.path().join("double.py");
        std::fs::write(&script, DOUBLE).unwrap();
        let routes = dir.path().join("routes.json");
        std::fs::write(&routes, serde_json::to_vec(&conf).unwrap()).unwrap();
        let port_file = dir.path().join("port");
        let log = dir.path().join("log.jsonl");
        let mut child = Command::new("python3")
            .arg(&script)
            .arg(&port_file)
            .arg(&log)
            .arg(&routes)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if let Ok(p) = std::fs::read_to_string(&port_file) {
                let host = format!("127.0.0.1:{}", p.trim());
                return Some(Double {
                    child,
                    url: format!("http://{host}"),
                    host,
                    log,
                    dir,
                });
            }
            if let Ok(Some(_)) = child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("the HTTP double did not start");
    }

    fn requests(&self) -> Vec<Value> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

fn env(dir: &Path, vars: &[(&str, &str)]) -> Env {
    // No HOME: no ~/.aws, no gcloud well-known file.
    let mut e = Env::empty(dir);
    for (k, v) in vars {
        e = e.set(k, *v);
    }
    e
}

fn creds(provider: &str, host: &str, env: &Env) -> Result<(String, String), String> {
    crate::support::init();
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(provider_credentials(provider, host, env))
        .map_err(|e| e.to_string())
}

fn form(req: &Value) -> BTreeMap<String, String> {
    serde_json::from_value(req["form"].clone()).unwrap_or_default()
}

fn ecr_token(user: &str, pass: &str) -> String {
    STANDARD.encode(format!("{user}:{pass}"))
}

const SIGV4_SHAPE: &str = r"^AWS4-HMAC-SHA256 Credential=(?P<akid>[A-Z0-9]+)/(?P<date>\d{8})/(?P<region>[a-z0-9-]+)/(?P<service>[a-z-]+)/aws4_request, SignedHeaders=(?P<signed>[a-z0-9;-]+), Signature=[0-9a-f]{64}$";

fn check_sigv4(req: &Value, akid: &str, region: &str, service: &str, signed: &str) {
    let auth = req["headers"]["authorization"].as_str().unwrap();
    let c = Regex::new(SIGV4_SHAPE)
        .unwrap()
        .captures(auth)
        .unwrap_or_else(|| panic!("authorization header shape: {auth}"));
    assert_eq!(&c["akid"], akid);
    assert_eq!(&c["region"], region);
    assert_eq!(&c["service"], service);
    assert_eq!(&c["signed"], signed);
    let amz_date = req["headers"]["x-amz-date"].as_str().unwrap();
    assert!(Regex::new(r"^\d{8}T\d{6}Z$").unwrap().is_match(amz_date));
    assert_eq!(&c["date"], &amz_date[..8]);
    assert_eq!(
        req["sigv4_valid"],
        json!(true),
        "botocore recomputed another signature"
    );
}

#[test]
fn aws_env_credentials_sign_get_authorization_token() {
    let Some(d) = Double::start(json!({
        "aws_secrets": {"AKIDTEST": "secret/key+1"},
        "routes": {"POST /": {"body": {"authorizationData": [{
            "authorizationToken": ecr_token("AWS", "ecr-password"),
            "expiresAt": 1.9e9,
            "proxyEndpoint": "https://012345678901.dkr.ecr.eu-west-1.amazonaws.com"
        }]}}}
    })) else {
        return;
    };
    let e = env(
        d.dir.path(),
        &[
            ("AWS_ACCESS_KEY_ID", "AKIDTEST"),
            ("AWS_SECRET_ACCESS_KEY", "secret/key+1"),
            ("AWS_SESSION_TOKEN", "session-token"),
            ("AWS_ENDPOINT_URL_ECR", &d.url),
        ],
    );
    let got = creds("aws", "012345678901.dkr.ecr.eu-west-1.amazonaws.com", &e).unwrap();
    assert_eq!(got, ("AWS".to_string(), "ecr-password".to_string()));
    let reqs = d.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!(r["method"], "POST");
    assert_eq!(r["path"], "/");
    assert_eq!(r["body"], "{}");
    assert_eq!(r["headers"]["content-type"], "application/x-amz-json-1.1");
    assert_eq!(
        r["headers"]["x-amz-target"],
        "AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken"
    );
    assert_eq!(r["headers"]["x-amz-security-token"], "session-token");
    check_sigv4(
        r,
        "AKIDTEST",
        "eu-west-1",
        "ecr",
        "content-type;host;x-amz-date;x-amz-security-token;x-amz-target",
    );
}

#[test]
fn aws_public_ecr_uses_ecr_public_in_us_east_1() {
    let Some(d) = Double::start(json!({
        "aws_secrets": {"AKIDPUB": "pub-secret"},
        "routes": {"POST /": {"body": {"authorizationData": {
            "authorizationToken": ecr_token("AWS", "public-pass"), "expiresAt": 1.9e9
        }}}}
    })) else {
        return;
    };
    let e = env(
        d.dir.path(),
        &[
            ("AWS_ACCESS_KEY_ID", "AKIDPUB"),
            ("AWS_SECRET_ACCESS_KEY", "pub-secret"),
            ("AWS_ENDPOINT_URL_ECR_PUBLIC", &d.url),
        ],
    );
    let got = creds("aws", "public.ecr.aws", &e).unwrap();
    assert_eq!(got, ("AWS".into(), "public-pass".into()));
    let r = &d.requests()[0];
    assert_eq!(
        r["headers"]["x-amz-target"],
        "SpencerFrontendService.GetAuthorizationToken"
    );
    check_sigv4(
        r,
        "AKIDPUB",
        "us-east-1",
        "ecr-public",
        "content-type;host;x-amz-date;x-amz-target",
    );
}

#[test]
fn aws_imds_v2_credentials() {
    let Some(d) = Double::start(json!({
        "aws_secrets": {"ASIAIMDS": "imds-secret"},
        "routes": {
            "PUT /latest/api/token": {"body": "imds-token", "content_type": "text/plain"},
            "GET /latest/meta-data/iam/security-credentials/": {"body": "node-role\n", "content_type": "text/plain"},
            "GET /latest/meta-data/iam/security-credentials/node-role": {"body": {
                "Code": "Success", "AccessKeyId": "ASIAIMDS", "SecretAccessKey": "imds-secret",
                "Token": "imds-session", "Expiration": "2099-01-01T00:00:00Z"}},
            "POST /": {"body": {"authorizationData": [{"authorizationToken": ecr_token("AWS", "from-imds")}]}}
        }
    })) else {
        return;
    };
    let e = env(
        d.dir.path(),
        &[
            ("AWS_EC2_METADATA_SERVICE_ENDPOINT", &d.url),
            ("AWS_ENDPOINT_URL", &d.url),
        ],
    );
    let got = creds("aws", "012345678901.dkr.ecr.us-west-2.amazonaws.com", &e).unwrap();
    assert_eq!(got.1, "from-imds");
    let reqs = d.requests();
    let paths: Vec<String> = reqs
        .iter()
        .map(|r| {
            format!(
                "{} {}",
                r["method"].as_str().unwrap(),
                r["path"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        paths,
        [
            "PUT /latest/api/token",
            "GET /latest/meta-data/iam/security-credentials/",
            "GET /latest/meta-data/iam/security-credentials/node-role",
            "POST /"
        ]
    );
    assert_eq!(
        reqs[0]["headers"]["x-aws-ec2-metadata-token-ttl-seconds"],
        "21600"
    );
    assert_eq!(reqs[1]["headers"]["x-aws-ec2-metadata-token"], "imds-token");
    assert_eq!(reqs[2]["headers"]["x-aws-ec2-metadata-token"], "imds-token");
    assert_eq!(reqs[3]["headers"]["x-amz-security-token"], "imds-session");
    check_sigv4(
        &reqs[3],
        "ASIAIMDS",
        "us-west-2",
        "ecr",
        "content-type;host;x-amz-date;x-amz-security-token;x-amz-target",
    );
}

#[test]
fn aws_web_identity_assumes_the_role_with_sts() {
    let Some(d) = Double::start(json!({
        "aws_secrets": {"ASIAWEB": "web-secret"},
        "routes": {
            "POST /sts/": {"content_type": "text/xml", "body":
                "<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult><Credentials>\
                 <AccessKeyId>ASIAWEB</AccessKeyId><SecretAccessKey>web-secret</SecretAccessKey>\
                 <SessionToken>web-session</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration>\
                 </Credentials></AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>"},
            "POST /": {"body": {"authorizationData": [{"authorizationToken": ecr_token("AWS", "from-web")}]}}
        }
    })) else {
        return;
    };
    let token = d.path("token");
    std::fs::write(&token, "oidc-jwt\n").unwrap();
    let sts = format!("{}/sts", d.url);
    let e = env(
        d.dir.path(),
        &[
            ("AWS_WEB_IDENTITY_TOKEN_FILE", token.to_str().unwrap()),
            ("AWS_ROLE_ARN", "arn:aws:iam::012345678901:role/flux"),
            ("AWS_ENDPOINT_URL_STS", &sts),
            ("AWS_ENDPOINT_URL_ECR", &d.url),
        ],
    );
    let got = creds("aws", "012345678901.dkr.ecr.eu-central-1.amazonaws.com", &e).unwrap();
    assert_eq!(got.1, "from-web");
    let reqs = d.requests();
    let f = form(&reqs[0]);
    assert_eq!(f["Action"], "AssumeRoleWithWebIdentity");
    assert_eq!(f["Version"], "2011-06-15");
    assert_eq!(f["RoleArn"], "arn:aws:iam::012345678901:role/flux");
    assert_eq!(f["WebIdentityToken"], "oidc-jwt");
    assert!(
        reqs[0]["headers"].get("authorization").is_none(),
        "STS web identity is unsigned"
    );
    check_sigv4(
        &reqs[1],
        "ASIAWEB",
        "eu-central-1",
        "ecr",
        "content-type;host;x-amz-date;x-amz-security-token;x-amz-target",
    );
}

#[test]
fn aws_errors() {
    let dir = tempfile::tempdir().unwrap();
    let e = env(dir.path(), &[("AWS_EC2_METADATA_DISABLED", "true")]);
    assert_eq!(
        creds("aws", "ghcr.io", &e).unwrap_err(),
        format!(
            "invalid AWS registry: 'ghcr.io'. must match {}",
            provider::AWS_REGISTRY_PATTERN
        )
    );
    let err = creds("aws", "012345678901.dkr.ecr.eu-west-1.amazonaws.com", &e).unwrap_err();
    assert!(
        err.starts_with("failed to refresh cached credentials, "),
        "{err}"
    );

    let Some(d) = Double::start(json!({"routes": {"POST /": {"status": 400, "body":
        {"__type": "UnrecognizedClientException", "message": "The security token included in the request is invalid."}}}}))
    else {
        return;
    };
    let e = env(
        d.dir.path(),
        &[
            ("AWS_ACCESS_KEY_ID", "AKIDBAD"),
            ("AWS_SECRET_ACCESS_KEY", "x"),
            ("AWS_ENDPOINT_URL_ECR", &d.url),
        ],
    );
    let err = creds("aws", "012345678901.dkr.ecr.eu-west-1.amazonaws.com", &e).unwrap_err();
    assert!(
        err.starts_with("operation error ECR: GetAuthorizationToken: unexpected status code 400"),
        "{err}"
    );
    assert!(err.contains("UnrecognizedClientException"), "{err}");
    // The double's botocore check tells signatures apart: it does not know this secret.
    assert_eq!(d.requests()[0]["sigv4_valid"], json!(false));
}

fn exchange_route(refresh: &str) -> Value {
    json!({"body": {"refresh_token": refresh}})
}

#[test]
fn azure_client_secret_token_is_exchanged_at_acr() {
    let Some(d) = Double::start(json!({"routes": {
        "POST /my-tenant/oauth2/v2.0/token": {"body": {"token_type": "Bearer", "expires_in": 3599, "access_token": "aad-token"}},
        "POST /oauth2/exchange": exchange_route("acr-refresh")
    }})) else {
        return;
    };
    let e = env(
        d.dir.path(),
        &[
            ("AZURE_TENANT_ID", "my-tenant"),
            ("AZURE_CLIENT_ID", "my-client"),
            ("AZURE_CLIENT_SECRET", "my-secret"),
            ("AZURE_AUTHORITY_HOST", &format!("{}/", d.url)),
            ("FLUX_RS_AZURE_ACR_ENDPOINT", &d.url),
        ],
    );
    let got = creds("azure", "fluxreg.azurecr.io", &e).unwrap();
    assert_eq!(
        got,
        (
            "00000000-0000-0000-0000-000000000000".into(),
            "acr-refresh".into()
        )
    );
    let reqs = d.requests();
    assert_eq!(reqs.len(), 2);
    let f = form(&reqs[0]);
    assert_eq!(
        f,
        BTreeMap::from([
            ("client_id".to_string(), "my-client".to_string()),
            ("client_secret".to_string(), "my-secret".to_string()),
            ("grant_type".to_string(), "client_credentials".to_string()),
            (
                "scope".to_string(),
                "https://management.azure.com/.default".to_string()
            ),
        ])
    );
    assert_eq!(reqs[1]["path"], "/oauth2/exchange");
    assert_eq!(
        form(&reqs[1]),
        BTreeMap::from([
            ("grant_type".to_string(), "access_token".to_string()),
            ("service".to_string(), "fluxreg.azurecr.io".to_string()),
            ("access_token".to_string(), "aad-token".to_string()),
        ])
    );
}

#[test]
fn azure_workload_identity_and_managed_identity() {
    let Some(d) = Double::start(json!({"routes": {
        "POST /t1/oauth2/v2.0/token": {"body": {"access_token": "wi-token"}},
        "GET /metadata/identity/oauth2/token": {"body": {"access_token": "mi-token"}},
        "POST /oauth2/exchange": exchange_route("refresh")
    }})) else {
        return;
    };
    let token = d.path("azure-token");
    std::fs::write(&token, "federated-jwt").unwrap();
    let e = env(
        d.dir.path(),
        &[
            ("AZURE_TENANT_ID", "t1"),
            ("AZURE_CLIENT_ID", "c1"),
            ("AZURE_FEDERATED_TOKEN_FILE", token.to_str().unwrap()),
            ("AZURE_AUTHORITY_HOST", &d.url),
            ("FLUX_RS_AZURE_ACR_ENDPOINT", &d.url),
        ],
    );
    creds("azure", "reg.azurecr.cn", &e).unwrap();
    let f = form(&d.requests()[0]);
    assert_eq!(f["client_assertion"], "federated-jwt");
    assert_eq!(
        f["client_assertion_type"],
        "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
    );
    assert_eq!(f["scope"], "https://management.chinacloudapi.cn/.default");
    assert_eq!(f["client_id"], "c1");

    // Managed identity (IMDS), with a user-assigned identity.
    let e = env(
        d.dir.path(),
        &[
            ("AZURE_CLIENT_ID", "uami"),
            ("AZURE_POD_IDENTITY_AUTHORITY_HOST", &d.url),
            ("FLUX_RS_AZURE_ACR_ENDPOINT", &d.url),
        ],
    );
    let got = creds("azure", "reg.azurecr.us", &e).unwrap();
    assert_eq!(got.1, "refresh");
    let reqs = d.requests();
    let mi = &reqs[2];
    assert_eq!(mi["path"], "/metadata/identity/oauth2/token");
    assert_eq!(mi["headers"]["metadata"], "true");
    assert_eq!(
        mi["query"],
        json!({"api-version": "2018-02-01", "resource": "https://management.usgovcloudapi.net", "client_id": "uami"})
    );
    assert_eq!(form(&reqs[3])["access_token"], "mi-token");
}

#[test]
fn azure_errors() {
    let dir = tempfile::tempdir().unwrap();
    let e = env(dir.path(), &[]);
    assert_eq!(
        creds("azure", "ghcr.io", &e).unwrap_err(),
        format!(
            "invalid Azure registry: 'ghcr.io'. must match {}",
            provider::AZURE_REGISTRY_PATTERN
        )
    );
    let Some(d) = Double::start(json!({"routes": {
        "POST /t/oauth2/v2.0/token": {"body": {"access_token": "aad"}},
        "POST /oauth2/exchange": {"status": 401, "body": {"errors": [{"code": "UNAUTHORIZED", "message": "denied"}]}}
    }})) else {
        return;
    };
    let e = env(
        d.dir.path(),
        &[
            ("AZURE_TENANT_ID", "t"),
            ("AZURE_CLIENT_ID", "c"),
            ("AZURE_CLIENT_SECRET", "s"),
            ("AZURE_AUTHORITY_HOST", &d.url),
            ("FLUX_RS_AZURE_ACR_ENDPOINT", &d.url),
        ],
    );
    let err = creds("azure", "x.azurecr.io", &e).unwrap_err();
    assert_eq!(
        err,
        r#"failed to exchange token: unexpected status code 401 from exchange request, response body: {"errors": [{"code": "UNAUTHORIZED", "message": "denied"}]}"#
    );
}

#[test]
fn gcp_metadata_server_token() {
    let Some(d) = Double::start(json!({"routes": {
        "GET /computeMetadata/v1/instance/service-accounts/default/token":
            {"body": {"access_token": "gce-token", "expires_in": 3599, "token_type": "Bearer"}}
    }})) else {
        return;
    };
    let e = env(d.dir.path(), &[("GCE_METADATA_HOST", &d.host)]);
    let got = creds("gcp", "europe-docker.pkg.dev", &e).unwrap();
    assert_eq!(got, ("oauth2accesstoken".into(), "gce-token".into()));
    let r = &d.requests()[0];
    assert_eq!(r["headers"]["metadata-flavor"], "Google");
    assert_eq!(r["method"], "GET");
}

#[test]
fn gcp_authorized_user_and_service_account_files() {
    let Some(d) = Double::start(json!({"routes": {
        "POST /token": {"body": {"access_token": "file-token", "expires_in": 3599}}
    }})) else {
        return;
    };
    let token_uri = format!("{}/token", d.url);
    let user = d.path("user.json");
    std::fs::write(
        &user,
        json!({"type": "authorized_user", "client_id": "cid", "client_secret": "csecret",
               "refresh_token": "rtoken", "token_uri": token_uri})
        .to_string(),
    )
    .unwrap();
    let e = env(
        d.dir.path(),
        &[("GOOGLE_APPLICATION_CREDENTIALS", user.to_str().unwrap())],
    );
    assert_eq!(creds("gcp", "gcr.io", &e).unwrap().1, "file-token");
    assert_eq!(
        form(&d.requests()[0]),
        BTreeMap::from([
            ("client_id".to_string(), "cid".to_string()),
            ("client_secret".to_string(), "csecret".to_string()),
            ("grant_type".to_string(), "refresh_token".to_string()),
            ("refresh_token".to_string(), "rtoken".to_string()),
        ])
    );

    // A service account key: an RS256 JWT grant, checked with openssl.
    if !have("openssl") {
        return;
    }
    let pem = d.path("sa.pem");
    let ok = |c: &mut Command| assert!(c.status().unwrap().success());
    ok(Command::new("openssl")
        .args([
            "genpkey",
            "-algorithm",
            "RSA",
            "-pkeyopt",
            "rsa_keygen_bits:2048",
            "-out",
        ])
        .arg(&pem)
        .stderr(Stdio::null()));
    let pubkey = d.path("sa.pub");
    ok(Command::new("openssl")
        .args(["pkey", "-pubout", "-in"])
        .arg(&pem)
        .arg("-out")
        .arg(&pubkey));
    let sa = d.path("sa.json");
    std::fs::write(
        &sa,
        json!({"type": "service_account", "client_email": "flux@proj.iam.gserviceaccount.com",
               "private_key_id": "kid1", "private_key": std::fs::read_to_string(&pem).unwrap(),
               "token_uri": token_uri})
        .to_string(),
    )
    .unwrap();
    let e = env(
        d.dir.path(),
        &[("GOOGLE_APPLICATION_CREDENTIALS", sa.to_str().unwrap())],
    );
    assert_eq!(
        creds("gcp", "us-docker.pkg.dev", &e).unwrap(),
        ("oauth2accesstoken".into(), "file-token".into())
    );
    let f = form(&d.requests()[1]);
    assert_eq!(
        f["grant_type"],
        "urn:ietf:params:oauth:grant-type:jwt-bearer"
    );
    let jwt = &f["assertion"];
    let parts: Vec<&str> = jwt.split('.').collect();
    assert_eq!(parts.len(), 3);
    let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[0]).unwrap()).unwrap();
    assert_eq!(header, json!({"alg": "RS256", "typ": "JWT", "kid": "kid1"}));
    let claims: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
    assert_eq!(claims["iss"], "flux@proj.iam.gserviceaccount.com");
    assert_eq!(claims["aud"], token_uri.as_str());
    assert_eq!(
        claims["scope"],
        "https://www.googleapis.com/auth/cloud-platform"
    );
    assert_eq!(
        claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(),
        3600
    );
    let input = d.path("input");
    std::fs::write(&input, format!("{}.{}", parts[0], parts[1])).unwrap();
    let sig = d.path("sig");
    std::fs::write(&sig, URL_SAFE_NO_PAD.decode(parts[2]).unwrap()).unwrap();
    let out = Command::new("openssl")
        .args(["dgst", "-sha256", "-verify"])
        .arg(&pubkey)
        .arg("-signature")
        .arg(&sig)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "Verified OK");
}

#[test]
fn gcp_errors() {
    let dir = tempfile::tempdir().unwrap();
    let e = env(dir.path(), &[]);
    assert_eq!(
        creds("gcp", "ghcr.io", &e).unwrap_err(),
        format!(
            "invalid GCP registry: 'ghcr.io'. must match {}",
            provider::GCP_REGISTRY_PATTERN
        )
    );
    let e = env(
        dir.path(),
        &[("GOOGLE_APPLICATION_CREDENTIALS", "missing.json")],
    );
    assert_eq!(
        creds("gcp", "gcr.io", &e).unwrap_err(),
        "google: error getting credentials using GOOGLE_APPLICATION_CREDENTIALS environment variable: open missing.json: no such file or directory"
    );
    let Some(d) = Double::start(json!({"routes": {}})) else {
        return;
    };
    let e = env(d.dir.path(), &[("GCE_METADATA_HOST", &d.host)]);
    let err = creds("gcp", "gcr.io", &e).unwrap_err();
    assert!(
        err.starts_with("google: could not find default credentials: compute: Received error from metadata server: unexpected status code 404"),
        "{err}"
    );
}
