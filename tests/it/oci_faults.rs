//! Registry peers and faults beyond the plain registry: oras-py interop both ways, bearer-token
//! auth through a JWT token server (and re-authentication after token expiry), TLS with a
//! private CA trusted through `SSL_CERT_FILE`/`SSL_CERT_DIR`, and failures (registry killed
//! mid-upload, manifest unknown, a file in the way of the pulled tree) as one `✗` line.

#![allow(clippy::print_stderr)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use flux_rs::env::Env;
use serde_json::Value;

use crate::support::registry::{Registry, have};
use crate::support::{Run, flux_env, hermetic_env, split_args};

fn run_env(env: Env, cmdline: &str) -> Run {
    flux_env(env, &split_args(cmdline))
}

fn run_in(dir: &Path, cmdline: &str) -> Run {
    run_env(hermetic_env(dir), cmdline)
}

fn ok(run: &Run) {
    assert_eq!(run.code, 0, "{}", run.out.combined);
}

/// Exit 1 with exactly one line on stderr, a `✗` line; returns its text.
fn one_failure(run: &Run) -> String {
    assert_eq!(run.code, 1, "{}", run.out.combined);
    let failures: Vec<&str> = run
        .out
        .stderr
        .lines()
        .filter(|l| l.starts_with('✗'))
        .collect();
    assert_eq!(failures.len(), 1, "{}", run.out.combined);
    failures[0].trim_start_matches("✗ ").to_string()
}

fn ci() -> bool {
    #[allow(clippy::disallowed_methods)]
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    ci
}

/// The oras-py venv's python (`$ORAS_VENV`, default `$HOME/.cache/flux-rs/oras-venv`); `None`
/// (skip) when it is missing, a failure under `CI=true`.
fn oras_python() -> Option<PathBuf> {
    #[allow(clippy::disallowed_methods)]
    let venv = std::env::var("ORAS_VENV")
        .ok()
        .map(PathBuf::from)
        .or_else(|| {
            #[allow(clippy::disallowed_methods)]
            std::env::var("HOME")
                .ok()
                .map(|h| Path::new(&h).join(".cache/flux-rs/oras-venv"))
        });
    let python = venv.map(|v| v.join("bin/python"));
    let works = python.as_ref().is_some_and(|p| {
        Command::new(p)
            .args(["-c", "import oras.client"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    });
    assert!(
        works || !ci(),
        "the oras-py venv ($ORAS_VENV) is required under CI=true"
    );
    if !works {
        eprintln!("skipping: the oras-py venv ($ORAS_VENV) is missing");
        return None;
    }
    python
}

fn python_out(python: &Path, cwd: &Path, script: &str, args: &[&str]) -> String {
    let out = Command::new(python)
        .current_dir(cwd)
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

const ORAS_PULL: &str = r#"
import json, sys, oras.client
c = oras.client.OrasClient(insecure=True)
target, outdir = sys.argv[1], sys.argv[2]
manifest = c.get_manifest(target)
files = c.pull(target=target, outdir=outdir)
print(json.dumps({"manifest": manifest, "files": files}))
"#;

const ORAS_PUSH: &str = r#"
import sys, oras.client
c = oras.client.OrasClient(insecure=True)
r = c.push(target=sys.argv[1], files=["app.tgz:application/vnd.cncf.flux.content.v1.tar+gzip"],
           manifest_config="config.json:application/vnd.cncf.flux.config.v1+json",
           manifest_annotations={"org.opencontainers.image.source": "https://example.com/oras",
                                 "org.opencontainers.image.revision": "v9@sha1:0123"})
print(r.status_code)
"#;

#[test]
fn flux_push_is_read_by_oras_py_field_by_field() {
    let Some(python) = oras_python() else { return };
    let Some(reg) = Registry::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    std::fs::create_dir_all(src.join("deploy")).unwrap();
    std::fs::write(src.join("deploy/app.yaml"), "kind: Deployment\n").unwrap();
    std::fs::write(src.join("kustomization.yaml"), "resources:\n- deploy\n").unwrap();
    let url = format!("oci://{}/org/app:v1", reg.host);
    ok(&run_in(
        dir.path(),
        &format!(
            "push artifact {url} --path=src --source=https://example.com/repo --revision=main@sha1:abc -a team=blue"
        ),
    ));
    let out = dir.path().join("oras-out");
    std::fs::create_dir(&out).unwrap();
    let got: Value = serde_json::from_str(&python_out(
        &python,
        dir.path(),
        ORAS_PULL,
        &[&format!("{}/org/app:v1", reg.host), out.to_str().unwrap()],
    ))
    .unwrap();
    let m = &got["manifest"];
    assert_eq!(m["schemaVersion"], 2);
    assert_eq!(m["mediaType"], "application/vnd.oci.image.manifest.v1+json");
    assert_eq!(
        m["config"]["mediaType"],
        "application/vnd.cncf.flux.config.v1+json"
    );
    let layers = m["layers"].as_array().unwrap();
    assert_eq!(layers.len(), 1);
    assert_eq!(
        layers[0]["mediaType"],
        "application/vnd.cncf.flux.content.v1.tar+gzip"
    );
    let a = m["annotations"].as_object().unwrap();
    assert_eq!(
        a["org.opencontainers.image.source"],
        "https://example.com/repo"
    );
    assert_eq!(a["org.opencontainers.image.revision"], "main@sha1:abc");
    assert_eq!(a["team"], "blue");
    let created = a["org.opencontainers.image.created"].as_str().unwrap();
    assert!(
        created.parse::<jiff::Timestamp>().is_ok() && created.ends_with('Z'),
        "{created}"
    );
    assert_eq!(a.len(), 4, "{a:?}");
    // oras-py names an untitled layer by its digest; the blob is the tree as tar+gzip.
    let files = got["files"].as_array().unwrap();
    assert_eq!(files.len(), 1);
    let blob = Path::new(files[0].as_str().unwrap());
    let digest = layers[0]["digest"].as_str().unwrap();
    assert_eq!(blob.file_name().unwrap().to_str().unwrap(), digest);
    assert_eq!(
        flux_rs::oci::client::sha256_digest(&std::fs::read(blob).unwrap()),
        digest
    );
    let x = dir.path().join("x");
    std::fs::create_dir(&x).unwrap();
    let st = Command::new("tar")
        .arg("-xzf")
        .arg(blob)
        .arg("-C")
        .arg(&x)
        .status()
        .unwrap();
    assert!(st.success());
    assert_eq!(
        std::fs::read_to_string(x.join("deploy/app.yaml")).unwrap(),
        "kind: Deployment\n"
    );
    assert_eq!(
        std::fs::read_to_string(x.join("kustomization.yaml")).unwrap(),
        "resources:\n- deploy\n"
    );
}

#[test]
fn artifact_pushed_by_oras_py_with_flux_media_types_is_pulled() {
    let Some(python) = oras_python() else { return };
    let Some(reg) = Registry::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    std::fs::create_dir_all(tree.join("sub")).unwrap();
    std::fs::write(tree.join("sub/cm.yaml"), "kind: ConfigMap\n").unwrap();
    let st = Command::new("tar")
        .current_dir(&tree)
        .args(["-czf", "../app.tgz", "sub"])
        .status()
        .unwrap();
    assert!(st.success());
    std::fs::write(dir.path().join("config.json"), "{}").unwrap();
    let code = python_out(
        &python,
        dir.path(),
        ORAS_PUSH,
        &[&format!("{}/org/oras:v2", reg.host)],
    );
    assert_eq!(code.trim(), "201");
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let url = format!("oci://{}/org/oras:v2", reg.host);
    let run = run_in(dir.path(), &format!("pull artifact {url} -o out"));
    ok(&run);
    assert_eq!(
        std::fs::read_to_string(out.join("sub/cm.yaml")).unwrap(),
        "kind: ConfigMap\n"
    );
    let lines: Vec<&str> = run.out.stderr.lines().collect();
    assert_eq!(lines[1], "✔ source https://example.com/oras");
    assert_eq!(lines[2], "✔ revision v9@sha1:0123");
    // And flux lists it with oras-py's annotations.
    let run = run_in(
        dir.path(),
        &format!("list artifacts oci://{}/org/oras", reg.host),
    );
    ok(&run);
    let row = run
        .out
        .stdout
        .lines()
        .nth(1)
        .unwrap_or_default()
        .to_string();
    assert!(
        row.contains(":v2\t") || row.contains(":v2 "),
        "{}",
        run.out.stdout
    );
    assert!(
        row.contains("https://example.com/oras"),
        "{}",
        run.out.stdout
    );
    assert!(row.contains("v9@sha1:0123"), "{}", run.out.stdout);
}

/// A distribution `token` auth server issuing ES256 JWTs (feasibility.md appendix B). Each
/// token's `exp` is `now + EXP_OFFSET` (the registry allows 60 s of clock skew, so -57 makes a
/// token that expires after about 3 s). Prints its port; logs one line per token request.
const TOKEN_SERVER: &str = r#"
import base64, datetime, json, os, sys, time, uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse, parse_qs
from cryptography import x509
from cryptography.x509.oid import NameOID
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
kdir, offset = sys.argv[1], int(sys.argv[2])
USERS = {"fluxuser": "s3cret"}
key = ec.generate_private_key(ec.SECP256R1())
name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test-token-issuer")])
now = datetime.datetime.now(datetime.timezone.utc)
cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256()))
open(os.path.join(kdir, "token-cert.pem"), "wb").write(cert.public_bytes(serialization.Encoding.PEM))
b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()
def token(sub, service, scopes):
    access = []
    for s in scopes:
        typ, name, actions = s.split(":")[0], ":".join(s.split(":")[1:-1]), s.split(":")[-1]
        access.append({"type": typ, "name": name, "actions": actions.split(",") if sub else ["pull"]})
    t = int(time.time())
    hdr = {"typ": "JWT", "alg": "ES256", "x5c": [base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()]}
    cl = {"iss": "test-issuer", "sub": sub, "aud": service, "exp": t + offset, "nbf": t - 10, "iat": t, "jti": str(uuid.uuid4()), "access": access}
    si = (b64(json.dumps(hdr).encode()) + "." + b64(json.dumps(cl).encode())).encode()
    r, s = decode_dss_signature(key.sign(si, ec.ECDSA(hashes.SHA256())))
    return si.decode() + "." + b64(r.to_bytes(32, "big") + s.to_bytes(32, "big"))
class H(BaseHTTPRequestHandler):
    def do_GET(self):
        q = parse_qs(urlparse(self.path).query)
        sub = ""
        a = self.headers.get("Authorization", "")
        if a.startswith("Basic "):
            u, _, p = base64.b64decode(a[6:]).decode().partition(":")
            if USERS.get(u) != p:
                self.send_response(401); self.send_header("Content-Length", "0"); self.end_headers(); return
            sub = u
        tok = token(sub, q.get("service", [""])[0], q.get("scope", []))
        body = json.dumps({"token": tok, "access_token": tok, "expires_in": 300}).encode()
        self.send_response(200); self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
        with open(os.path.join(kdir, "token-requests.log"), "a") as f:
            f.write("%s %s\n" % (sub or "-", self.path))
    def log_message(self, *a): pass
srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
print(srv.server_address[1], flush=True)
srv.serve_forever()
"#;

/// The token server process; killed on drop.
struct TokenServer {
    child: Child,
    realm: String,
}

impl Drop for TokenServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn python3_with_cryptography() -> bool {
    let found = Command::new("python3")
        .args(["-c", "import cryptography"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        found || !ci(),
        "python3 with cryptography is required under CI=true"
    );
    if !found {
        eprintln!("skipping: python3 with cryptography is not installed");
    }
    found
}

/// A registry with `token` auth behind a fresh token server whose tokens live
/// `exp_offset` seconds (+60 s registry leeway).
fn token_registry(exp_offset: i64) -> Option<(Registry, TokenServer)> {
    if !have("docker-registry") || !python3_with_cryptography() {
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(TOKEN_SERVER)
        .arg(dir.path())
        .arg(exp_offset.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut port = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut port)
        .unwrap();
    let realm = format!("http://127.0.0.1:{}/token", port.trim());
    let server = TokenServer { child, realm };
    let auth = format!(
        "auth:\n  token:\n    realm: {}\n    service: test-registry\n    issuer: test-issuer\n    rootcertbundle: {}\n",
        server.realm,
        dir.path().join("token-cert.pem").display()
    );
    let reg = Registry::start_custom(dir, &auth, "", "127.0.0.1", None)?;
    Some((reg, server))
}

fn token_requests(reg: &Registry) -> Vec<String> {
    std::fs::read_to_string(reg.dir.path().join("token-requests.log"))
        .unwrap_or_default()
        .lines()
        .map(String::from)
        .collect()
}

#[test]
fn bearer_token_auth_push_and_pull_through_the_challenge() {
    let Some((reg, server)) = token_registry(300) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), "a: 1\n").unwrap();
    let url = format!("oci://{}/org/app:v1", reg.host);
    // Anonymous: the token server grants pull only, the registry refuses the push.
    let run = run_in(
        dir.path(),
        &format!("push artifact {url} --path=a.yaml --source=s --revision=r --timeout=0s"),
    );
    assert_eq!(
        one_failure(&run),
        format!(
            "pushing artifact failed: pushing artifact failed: POST http://{}/v2/org/app/blobs/uploads/: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:org/app Type:repository] map[Action:push Class: Name:org/app Type:repository]]",
            reg.host
        )
    );
    // Wrong password: the token server answers 401.
    let run = run_in(
        dir.path(),
        &format!(
            "push artifact {url} --path=a.yaml --source=s --revision=r --creds=fluxuser:wrong --timeout=0s"
        ),
    );
    assert_eq!(
        one_failure(&run),
        format!(
            "error setting up transport: GET {}?scope=repository%3Aorg%2Fapp%3Apush%2Cpull&service=test-registry: unexpected status code 401 Unauthorized",
            server.realm
        )
    );
    ok(&run_in(
        dir.path(),
        &format!(
            "push artifact {url} --path=a.yaml --source=s --revision=r --creds=fluxuser:s3cret"
        ),
    ));
    let log = token_requests(&reg);
    assert!(
        log.iter().any(|l| l.starts_with("fluxuser ")
            && l.contains("scope=repository%3Aorg%2Fapp%3Apush%2Cpull")),
        "{log:?}"
    );
    std::fs::create_dir(dir.path().join("out")).unwrap();
    ok(&run_in(
        dir.path(),
        &format!("pull artifact {url} -o out --creds=fluxuser:s3cret"),
    ));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out/a.yaml")).unwrap(),
        "a: 1\n"
    );
    // Anonymous pull works (pull-only token) and asks for pull scope only.
    std::fs::create_dir(dir.path().join("anon")).unwrap();
    ok(&run_in(dir.path(), &format!("pull artifact {url} -o anon")));
    let log = token_requests(&reg);
    assert!(
        log.iter().any(|l| l.starts_with("- ")
            && l.contains("scope=repository%3Aorg%2Fapp%3Apull&service=test-registry")),
        "{log:?}"
    );
    let run = run_in(
        dir.path(),
        &format!(
            "list artifacts oci://{}/org/app --creds=fluxuser:s3cret",
            reg.host
        ),
    );
    ok(&run);
    assert!(run.out.stdout.contains("v1"), "{}", run.out.stdout);
}

#[test]
fn expired_token_is_renewed_on_the_next_request() {
    // Tokens valid for about 3 s.
    let Some((reg, server)) = token_registry(-57) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), "a: 1\n").unwrap();
    let url = format!("oci://{}/org/app:v1", reg.host);
    ok(&run_in(
        dir.path(),
        &format!(
            "push artifact {url} --path=a.yaml --source=s --revision=r --creds=fluxuser:s3cret"
        ),
    ));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        use flux_rs::oci::client::{ArtifactRef, Credentials, RepoClient};
        let r = ArtifactRef::parse(&url).unwrap();
        let client = RepoClient::new(
            &r,
            Credentials::Basic("fluxuser".into(), "s3cret".into()),
            false,
        )
        .unwrap();
        assert!(client.manifest("v1").await.unwrap().is_some());
        let before = token_requests(&reg).len();
        // A token fetched now, to prove the registry rejects it once it has expired.
        let http = reqwest::Client::new();
        let tok: Value = http
            .get(&server.realm)
            .basic_auth("fluxuser", Some("s3cret"))
            .query(&[
                ("service", "test-registry"),
                ("scope", "repository:org/app:pull"),
            ])
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_secs(5)).await;
        let status = http
            .get(format!("http://{}/v2/org/app/tags/list", reg.host))
            .bearer_auth(tok["token"].as_str().unwrap())
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status.as_u16(), 401, "the old token should have expired");
        // The same client answers the new challenge with a fresh token.
        let m = client.manifest("v1").await.unwrap().expect("manifest");
        assert!(!m.body.is_empty());
        assert_eq!(client.tags().await.unwrap(), ["v1"]);
        let after = token_requests(&reg).len();
        assert!(after >= before + 2, "{:?}", token_requests(&reg));
        // Uploads (POST + PUT with a body) after the next expiry re-authenticate too.
        tokio::time::sleep(Duration::from_secs(5)).await;
        let blob = b"fresh blob".to_vec();
        let digest = flux_rs::oci::client::sha256_digest(&blob);
        client.push_blob_bytes(&digest, blob.clone()).await.unwrap();
        assert_eq!(client.blob_bytes(&digest).await.unwrap(), blob);
        assert!(
            token_requests(&reg).len() > after,
            "{:?}",
            token_requests(&reg)
        );
    });
}

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A registry on 127.0.0.2 (outside the plain-HTTP group, so flux insists on verified HTTPS)
/// with a certificate signed by a fresh private CA; returns it and the CA's PEM path.
fn private_ca_registry() -> Option<(Registry, PathBuf)> {
    if !have("docker-registry") || !have("openssl") {
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
    ];
    let mut ca = vec!["req", "-x509"];
    ca.extend(ec);
    ca.extend([
        "-days",
        "1",
        "-subj",
        "/CN=flux-rs test CA",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
    ]);
    openssl(d, &ca);
    let mut csr = vec!["req"];
    csr.extend(ec);
    csr.extend([
        "-subj",
        "/CN=127.0.0.2",
        "-keyout",
        "tls.key",
        "-out",
        "tls.csr",
    ]);
    openssl(d, &csr);
    std::fs::write(d.join("ext.cnf"), "subjectAltName=IP:127.0.0.2\n").unwrap();
    openssl(
        d,
        &[
            "x509",
            "-req",
            "-in",
            "tls.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "1",
            "-extfile",
            "ext.cnf",
            "-out",
            "tls.crt",
        ],
    );
    let ca_pem = d.join("ca.pem");
    let tls = format!(
        "  tls:\n    certificate: {}\n    key: {}\n",
        d.join("tls.crt").display(),
        d.join("tls.key").display()
    );
    let reg = Registry::start_custom(dir, "", &tls, "127.0.0.2", None)?;
    Some((reg, ca_pem))
}

#[test]
fn tls_with_a_private_ca_trusted_through_ssl_cert_file_and_dir() {
    let Some((reg, ca_pem)) = private_ca_registry() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), "a: 1\n").unwrap();
    let url = format!("oci://{}/org/app:v1", reg.host);
    let push = format!("push artifact {url} --path=a.yaml --source=s --revision=r --timeout=0s");
    // Not trusted: an x509 failure naming the registry.
    let msg = one_failure(&run_in(dir.path(), &push));
    assert_eq!(
        msg,
        format!(
            "error setting up transport: Get \"https://{}/v2/\": tls: failed to verify certificate: x509: certificate signed by unknown authority",
            reg.host
        )
    );
    // Trusted through SSL_CERT_FILE.
    let with_file =
        hermetic_env(dir.path()).set(flux_rs::env::SSL_CERT_FILE, ca_pem.to_str().unwrap());
    ok(&run_env(with_file.clone(), &push));
    std::fs::create_dir(dir.path().join("out")).unwrap();
    ok(&run_env(with_file, &format!("pull artifact {url} -o out")));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out/a.yaml")).unwrap(),
        "a: 1\n"
    );
    // Trusted through SSL_CERT_DIR (a directory of PEM files).
    let certs = dir.path().join("certs");
    std::fs::create_dir(&certs).unwrap();
    std::fs::copy(&ca_pem, certs.join("ca.pem")).unwrap();
    let with_dir =
        hermetic_env(dir.path()).set(flux_rs::env::SSL_CERT_DIR, certs.to_str().unwrap());
    let run = run_env(
        with_dir,
        &format!("list artifacts oci://{}/org/app", reg.host),
    );
    ok(&run);
    assert!(run.out.stdout.contains("v1"), "{}", run.out.stdout);
    // A file that is not a certificate bundle is ignored, not fatal: still untrusted.
    std::fs::write(dir.path().join("junk.pem"), "not a cert").unwrap();
    let junk = hermetic_env(dir.path()).set(flux_rs::env::SSL_CERT_FILE, "junk.pem");
    let msg = one_failure(&run_env(junk, &push));
    assert!(
        msg.contains("x509: certificate signed by unknown authority"),
        "{msg}"
    );
}

#[test]
fn registry_killed_mid_upload_is_one_failure_without_hanging() {
    let Some(reg) = Registry::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    // 64 MiB that gzip cannot shrink.
    let mut data = vec![0u8; 64 << 20];
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for chunk in data.chunks_mut(8) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        chunk.copy_from_slice(&x.to_le_bytes()[..chunk.len()]);
    }
    std::fs::write(dir.path().join("big.bin"), &data).unwrap();
    drop(data);
    let url = format!("oci://{}/org/big:v1", reg.host);
    let cwd = dir.path().to_path_buf();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let run = run_in(
            &cwd,
            &format!("push artifact {url} --path=big.bin --source=s --revision=r --timeout=20s"),
        );
        let _ = tx.send(run);
    });
    // Wait for the upload to start, then kill the registry.
    let uploads = reg
        .dir
        .path()
        .join("data/docker/registry/v2/repositories/org/big/_uploads");
    let start = std::time::Instant::now();
    while !uploads.exists() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the upload never started"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    let st = Command::new("kill")
        .args(["-9", &reg.pid().to_string()])
        .status()
        .unwrap();
    assert!(st.success());
    let killed = std::time::Instant::now();
    let run = rx
        .recv_timeout(Duration::from_secs(90))
        .expect("push hung after the registry died");
    // The dropped upload is retried (1 s backoff); the retry's refused connection (its HEAD or
    // POST, depending on when the kill lands) is final.
    assert!(
        killed.elapsed() < Duration::from_secs(30),
        "{:?}",
        killed.elapsed()
    );
    let msg = one_failure(&run);
    assert!(
        msg.starts_with("pushing artifact failed: pushing artifact failed: ")
            && msg.contains(&format!("\"http://{}/v2/org/big/blobs/", reg.host))
            && msg.ends_with(&format!(
                "\": dial tcp {}: connect: connection refused",
                reg.host
            )),
        "{msg}"
    );
    assert!(run.out.stdout.is_empty());
}

#[test]
fn manifest_unknown_and_a_file_in_the_way() {
    let Some(reg) = Registry::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("src/deploy")).unwrap();
    std::fs::write(dir.path().join("src/deploy/app.yaml"), "a: 1\n").unwrap();
    let url = format!("oci://{}/org/app", reg.host);
    ok(&run_in(
        dir.path(),
        &format!("push artifact {url}:v1 --path=src --source=s --revision=r"),
    ));
    std::fs::create_dir(dir.path().join("out")).unwrap();
    // A tag that is not there: upstream's go-containerregistry text.
    let msg = one_failure(&run_in(
        dir.path(),
        &format!("pull artifact {url}:missing -o out"),
    ));
    assert_eq!(
        msg,
        format!(
            "GET http://{}/v2/org/app/manifests/missing: MANIFEST_UNKNOWN: manifest unknown; map[Tag:missing]",
            reg.host
        )
    );
    // A repository that does not exist at all.
    let msg = one_failure(&run_in(
        dir.path(),
        &format!("pull artifact oci://{}/org/nope:v1 -o out", reg.host),
    ));
    assert!(msg.contains("/v2/org/nope/manifests/v1: "), "{msg}");
    // An upper-case letter in the repository.
    let msg = one_failure(&run_in(
        dir.path(),
        &format!("pull artifact oci://{}/Org/app:v1 -o out", reg.host),
    ));
    assert_eq!(
        msg,
        format!(
            "'oci://{0}/Org/app:v1' invalid URL: could not parse reference: {0}/Org/app:v1",
            reg.host
        )
    );
    // A file where the artifact has a directory.
    std::fs::write(dir.path().join("out/deploy"), "in the way").unwrap();
    let run = run_in(dir.path(), &format!("pull artifact {url}:v1 -o out"));
    assert_eq!(one_failure(&run), "mkdir out/deploy: not a directory");
    // A directory where the artifact has a file.
    std::fs::create_dir_all(dir.path().join("out2/deploy/app.yaml")).unwrap();
    let run = run_in(dir.path(), &format!("pull artifact {url}:v1 -o out2"));
    assert_eq!(
        one_failure(&run),
        "open out2/deploy/app.yaml: is a directory"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out/deploy")).unwrap(),
        "in the way"
    );
    // Nothing staged is left behind.
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with(".flux-pull-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}
