//! Cosign signing (`oci::sign`) and `flux verify artifact` against a real Debian
//! `docker-registry` on 127.0.0.1 (started and stopped per test). The signature format is checked
//! field by field through `skopeo inspect --raw`, and the signature itself with an independent
//! verifier: `openssl dgst -sha256 -verify` with the PEM public key over the payload blob fetched
//! from the registry. Failures (tampered payload, wrong key, missing signature, payload for
//! another digest, bad input) each end in one `✗` line and exit 1.

#![allow(clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use flux_rs::oci::sign::{self, SignatureRegistry, keys};
use serde_json::{Value, json};
use std::net::TcpListener;

use crate::support::registry::Registry;
pub use crate::support::registry::have;
use crate::support::{Run, assert_one_failure, flux_env, hermetic_env, split_args};

fn rt() -> tokio::runtime::Runtime {
    crate::support::init();
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// Pushes a small Flux-typed artifact under `tag`; returns its manifest digest.
pub fn push_artifact(reg: &Registry, repo: &str, tag: &str, content: &[u8]) -> String {
    let client = reg.repo(repo);
    rt().block_on(async {
        let layer = content.to_vec();
        let layer_digest = sign::sha256_digest(&layer);
        client.push_blob(&layer_digest, layer.clone()).await.unwrap();
        let config = b"{}".to_vec();
        let config_digest = sign::sha256_digest(&config);
        client.push_blob(&config_digest, config.clone()).await.unwrap();
        let manifest = serde_json::to_vec(&json!({
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "config": {"mediaType": "application/vnd.cncf.flux.config.v1+json", "size": config.len(), "digest": config_digest},
            "layers": [{"mediaType": "application/vnd.cncf.flux.content.v1.tar+gzip", "size": layer.len(), "digest": layer_digest}],
            "annotations": {"org.opencontainers.image.source": "https://example.com/repo", "org.opencontainers.image.revision": "main@sha1:0"}
        }))
        .unwrap();
        let digest = sign::sha256_digest(&manifest);
        client
            .push_manifest(tag, "application/vnd.oci.image.manifest.v1+json", manifest)
            .await
            .unwrap();
        digest
    })
}

/// A key pair written in cosign's file format: (`cosign.key`, `cosign.pub`) paths.
fn key_files(dir: &Path, name: &str, password: &str) -> (PathBuf, PathBuf) {
    let key = keys::generate_key();
    let private = dir.join(format!("{name}.key"));
    let public = dir.join(format!("{name}.pub"));
    std::fs::write(
        &private,
        keys::encrypt_private_key(&key, password.as_bytes()).unwrap(),
    )
    .unwrap();
    std::fs::write(&public, keys::public_key_pem(key.verifying_key()).unwrap()).unwrap();
    (private, public)
}

/// Signs `digest` in `repo` with the cosign key file (as `push artifact --sign` does).
fn sign_with(
    reg: &Registry,
    repo: &str,
    digest: &str,
    key_file: &Path,
    password: &str,
) -> sign::SignedArtifact {
    let pem = std::fs::read(key_file).unwrap();
    let key = keys::decrypt_private_key(&pem, password.as_bytes()).unwrap();
    let client = reg.repo(repo);
    let reference = format!("{}/{repo}", reg.host);
    rt().block_on(sign::sign_artifact(&client, &reference, digest, &key))
        .unwrap()
}

fn verify(dir: &Path, cmdline: &str) -> Run {
    flux_env(hermetic_env(dir), &split_args(cmdline))
}

fn skopeo_raw(reference: &str) -> Value {
    let out = Command::new("skopeo")
        .args(["inspect", "--tls-verify=false", "--raw", reference])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "skopeo inspect {reference}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn signature_has_cosigns_format_and_verifies_with_openssl_and_flux() {
    let Some(reg) = Registry::start() else { return };
    if !have("skopeo") || !have("openssl") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let digest = push_artifact(&reg, "org/app", "v1.0.0", b"artifact-one");
    let (key, public) = key_files(dir.path(), "cosign", "s3cret");
    let signed = sign_with(&reg, "org/app", &digest, &key, "s3cret");
    let hex = digest.trim_start_matches("sha256:");
    assert_eq!(signed.tag, format!("sha256-{hex}.sig"));

    // The signature manifest, read by an independent client.
    let m = skopeo_raw(&format!("docker://{}/org/app:sha256-{hex}.sig", reg.host));
    assert_eq!(m["schemaVersion"], 2);
    assert_eq!(m["mediaType"], "application/vnd.oci.image.manifest.v1+json");
    assert_eq!(
        m["config"]["mediaType"],
        "application/vnd.oci.image.config.v1+json"
    );
    let layers = m["layers"].as_array().unwrap();
    assert_eq!(layers.len(), 1);
    let layer = &layers[0];
    assert_eq!(
        layer["mediaType"],
        "application/vnd.dev.cosign.simplesigning.v1+json"
    );
    let ann = layer["annotations"].as_object().unwrap();
    assert_eq!(ann.len(), 1, "only the signature annotation: {ann:?}");
    let sig_b64 = ann["dev.cosignproject.cosign/signature"].as_str().unwrap();

    // Payload and config blobs, straight from the registry's HTTP API.
    let payload = http_get(&format!(
        "http://{}/v2/org/app/blobs/{}",
        reg.host,
        layer["digest"].as_str().unwrap()
    ));
    assert_eq!(layer["size"].as_u64().unwrap(), payload.len() as u64);
    assert_eq!(
        String::from_utf8(payload.clone()).unwrap(),
        format!(
            r#"{{"critical":{{"identity":{{"docker-reference":"{}/org/app"}},"image":{{"docker-manifest-digest":"{digest}"}},"type":"cosign container image signature"}},"optional":null}}"#,
            reg.host
        )
    );
    let config: Value = serde_json::from_slice(&http_get(&format!(
        "http://{}/v2/org/app/blobs/{}",
        reg.host,
        m["config"]["digest"].as_str().unwrap()
    )))
    .unwrap();
    assert_eq!(config["rootfs"]["type"], "layers");
    assert_eq!(config["rootfs"]["diff_ids"][0], layer["digest"]);

    // openssl checks the DER ECDSA signature over the payload with the PEM public key.
    let payload_file = dir.path().join("payload.json");
    let sig_file = dir.path().join("sig.der");
    std::fs::write(&payload_file, &payload).unwrap();
    std::fs::write(&sig_file, STANDARD.decode(sig_b64).unwrap()).unwrap();
    let out = Command::new("openssl")
        .arg("dgst")
        .arg("-sha256")
        .arg("-verify")
        .arg(&public)
        .arg("-signature")
        .arg(&sig_file)
        .arg(&payload_file)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "Verified OK",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // flux verify, by tag and by digest.
    let url = format!("oci://{}/org/app:v1.0.0", reg.host);
    let run = verify(
        dir.path(),
        &format!("verify artifact {url} --key {}", public.display()),
    );
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert_eq!(
        run.out.stderr,
        format!(
            "► verifying artifact {}/org/app:v1.0.0\n✔ verified signature of {}/org/app@{digest}\n",
            reg.host, reg.host
        )
    );
    let run = verify(
        dir.path(),
        &format!(
            "verify artifact oci://{}/org/app@{digest} --key {}",
            reg.host,
            public.display()
        ),
    );
    assert_eq!(run.code, 0, "{}", run.out.combined);
}

fn http_get(url: &str) -> Vec<u8> {
    rt().block_on(async {
        reqwest::get(url)
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap()
            .to_vec()
    })
}

#[test]
fn openssl_signed_payload_verifies_with_flux() {
    // The other direction: a signature made by openssl with a key openssl generated, pushed in
    // cosign's layout, is accepted by `flux verify artifact`.
    let Some(reg) = Registry::start() else { return };
    if !have("openssl") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let digest = push_artifact(&reg, "org/other", "v1", b"other");
    let private = dir.path().join("k.pem");
    let public = dir.path().join("k.pub");
    let ok = |c: &mut Command| assert!(c.status().unwrap().success());
    ok(Command::new("openssl")
        .args([
            "genpkey",
            "-algorithm",
            "EC",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-out",
        ])
        .arg(&private));
    ok(Command::new("openssl")
        .args(["pkey", "-pubout", "-in"])
        .arg(&private)
        .arg("-out")
        .arg(&public));
    let payload = sign::simple_signing_payload(&format!("{}/org/other", reg.host), &digest);
    let payload_file = dir.path().join("payload.json");
    std::fs::write(&payload_file, &payload).unwrap();
    let sig_file = dir.path().join("sig.der");
    ok(Command::new("openssl")
        .args(["dgst", "-sha256", "-sign"])
        .arg(&private)
        .arg("-out")
        .arg(&sig_file)
        .arg(&payload_file));
    let sig = STANDARD.encode(std::fs::read(&sig_file).unwrap());
    put_signature(&reg, "org/other", &digest, &payload, &sig);
    let run = verify(
        dir.path(),
        &format!(
            "verify artifact oci://{}/org/other:v1 --key {}",
            reg.host,
            public.display()
        ),
    );
    assert_eq!(run.code, 0, "{}", run.out.combined);

    // An unencrypted PKCS#8 key from openssl also signs.
    let pem = std::fs::read(&private).unwrap();
    assert!(keys::decrypt_private_key(&pem, b"").is_ok());
}

/// Writes a signature manifest by hand (cosign's layout) with the given payload and signature.
fn put_signature(reg: &Registry, repo: &str, digest: &str, payload: &[u8], sig_b64: &str) {
    let client = reg.repo(repo);
    rt().block_on(async {
        let pd = sign::sha256_digest(payload);
        client.push_blob(&pd, payload.to_vec()).await.unwrap();
        let config = b"{}".to_vec();
        let cd = sign::sha256_digest(&config);
        client.push_blob(&cd, config.clone()).await.unwrap();
        let manifest = serde_json::to_vec(&json!({
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "size": 2, "digest": cd},
            "layers": [{
                "mediaType": "application/vnd.dev.cosign.simplesigning.v1+json",
                "size": payload.len(),
                "digest": pd,
                "annotations": {"dev.cosignproject.cosign/signature": sig_b64}
            }]
        }))
        .unwrap();
        client
            .push_manifest(
                &sign::signature_tag(digest),
                "application/vnd.oci.image.manifest.v1+json",
                manifest,
            )
            .await
            .unwrap();
    });
}

#[test]
fn tampered_wrong_key_missing_and_foreign_signatures_fail() {
    let Some(reg) = Registry::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (key, public) = key_files(dir.path(), "cosign", "pw");
    let (_, other_public) = key_files(dir.path(), "other", "pw");
    let host = &reg.host;

    // Missing signature.
    let unsigned = push_artifact(&reg, "org/app", "unsigned", b"u");
    let run = verify(
        dir.path(),
        &format!(
            "verify artifact oci://{host}/org/app:unsigned --key {}",
            public.display()
        ),
    );
    assert_one_failure(
        &run,
        &format!("✗ verifying artifact failed: no signatures found for {host}/org/app@{unsigned}"),
    );

    // Wrong key.
    let digest = push_artifact(&reg, "org/app", "v1", b"signed");
    let signed = sign_with(&reg, "org/app", &digest, &key, "pw");
    let run = verify(
        dir.path(),
        &format!(
            "verify artifact oci://{host}/org/app:v1 --key {}",
            other_public.display()
        ),
    );
    assert_one_failure(
        &run,
        "✗ verifying artifact failed: no matching signatures: invalid signature when validating ASN.1 encoded signature",
    );

    // Tampered payload: another docker-reference, the original signature kept.
    let tampered = String::from_utf8(signed.payload.clone())
        .unwrap()
        .replace("org/app", "org/evil");
    let tampered_digest = push_artifact(&reg, "org/tampered", "v1", b"signed");
    assert_eq!(tampered_digest, digest);
    put_signature(
        &reg,
        "org/tampered",
        &digest,
        tampered.as_bytes(),
        &signed.signature,
    );
    let run = verify(
        dir.path(),
        &format!(
            "verify artifact oci://{host}/org/tampered:v1 --key {}",
            public.display()
        ),
    );
    assert_one_failure(
        &run,
        "✗ verifying artifact failed: no matching signatures: invalid signature when validating ASN.1 encoded signature",
    );

    // A valid signature of another artifact copied under this artifact's signature tag.
    let other = push_artifact(&reg, "org/app", "v2", b"second");
    put_signature(&reg, "org/app", &other, &signed.payload, &signed.signature);
    let run = verify(
        dir.path(),
        &format!(
            "verify artifact oci://{host}/org/app:v2 --key {}",
            public.display()
        ),
    );
    assert_one_failure(
        &run,
        &format!(
            "✗ verifying artifact failed: no matching signatures: invalid or missing digest in claim: payload is for {digest}, artifact is {other}"
        ),
    );

    // Artifact tag that does not exist.
    let run = verify(
        dir.path(),
        &format!(
            "verify artifact oci://{host}/org/app:nope --key {}",
            public.display()
        ),
    );
    assert_one_failure(
        &run,
        &format!("✗ verifying artifact failed: artifact {host}/org/app:nope not found"),
    );
}

#[test]
fn resigning_appends_and_either_key_verifies() {
    let Some(reg) = Registry::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (k1, p1) = key_files(dir.path(), "one", "a");
    let (k2, p2) = key_files(dir.path(), "two", "b");
    let digest = push_artifact(&reg, "team/app", "v1", b"x");
    sign_with(&reg, "team/app", &digest, &k1, "a");
    // The same key again is not duplicated (deterministic ECDSA: same signature).
    sign_with(&reg, "team/app", &digest, &k1, "a");
    sign_with(&reg, "team/app", &digest, &k2, "b");
    let client = reg.repo("team/app");
    let m = rt()
        .block_on(client.fetch_manifest(&sign::signature_tag(&digest)))
        .unwrap()
        .unwrap();
    let m: Value = serde_json::from_slice(&m).unwrap();
    assert_eq!(m["layers"].as_array().unwrap().len(), 2);
    for p in [&p1, &p2] {
        let run = verify(
            dir.path(),
            &format!(
                "verify artifact oci://{}/team/app:v1 --key {}",
                reg.host,
                p.display()
            ),
        );
        assert_eq!(run.code, 0, "{}", run.out.combined);
    }
}

#[test]
fn bad_input_is_one_failure_line() {
    let dir = tempfile::tempdir().unwrap();
    let (private, public) = key_files(dir.path(), "cosign", "pw");
    let d = dir.path();
    let cases: Vec<(String, String)> = vec![
        (
            "verify artifact --key x.pub".into(),
            "✗ artifact URL is required".into(),
        ),
        (
            "verify artifact oci://127.0.0.1:1/a/b:v1".into(),
            "✗ --key is required".into(),
        ),
        (
            format!("verify artifact ghcr.io/a/b:v1 --key {}", public.display()),
            "✗ URL must be in format 'oci://<domain>/<org>/<repo>'".into(),
        ),
        (
            "verify artifact oci://127.0.0.1:1/a/b:v1 --key missing.pub".into(),
            "✗ reading public key failed: open missing.pub: no such file or directory".into(),
        ),
        (
            format!("verify artifact oci://127.0.0.1:1/a/b:v1 --key {}", private.display()),
            "✗ loading public key failed: unsupported pem type: ENCRYPTED SIGSTORE PRIVATE KEY, expected PUBLIC KEY".into(),
        ),
        (
            format!("verify artifact oci://127.0.0.1:1/a/b:v1 --key {} --provider dummy", public.display()),
            "✗ invalid argument \"dummy\" for \"--provider\" flag: source OCI provider 'dummy' is not supported, must be one of: generic, aws, azure, gcp".into(),
        ),
        (
            format!("verify artifact oci://ghcr.io/org/app:v1 --key {} --provider aws", public.display()),
            format!("✗ error setting up transport: invalid AWS registry: 'ghcr.io'. must match {}", flux_rs::oci::provider::AWS_REGISTRY_PATTERN),
        ),
        (
            format!("verify artifact oci://ghcr.io/org/app:v1 --key {} --provider azure", public.display()),
            format!("✗ error setting up transport: invalid Azure registry: 'ghcr.io'. must match {}", flux_rs::oci::provider::AZURE_REGISTRY_PATTERN),
        ),
    ];
    for (cmd, want) in cases {
        let run = verify(d, &cmd);
        assert_one_failure(&run, &want);
    }
    // Registry unreachable: one line too.
    let run = verify(
        d,
        &format!(
            "verify artifact oci://127.0.0.1:1/a/b:v1 --key {}",
            public.display()
        ),
    );
    assert_eq!(run.code, 1);
    let err = &run.out.stderr;
    assert_eq!(
        err.lines().filter(|l| l.starts_with('✗')).count(),
        1,
        "{err}"
    );
    assert!(err.contains("✗ verifying artifact failed: "), "{err}");
    // A registry that never answers: `--timeout` ends it.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = silent.local_addr().unwrap().port();
    let run = verify(
        d,
        &format!(
            "verify artifact oci://127.0.0.1:{port}/a/b:v1 --key {} --timeout 1s",
            public.display()
        ),
    );
    assert_one_failure(
        &run,
        "✗ verifying artifact failed: context deadline exceeded",
    );
    drop(silent);
    // The provider login line precedes the provider error.
    let run = verify(
        d,
        &format!(
            "verify artifact oci://ghcr.io/org/app:v1 --key {} --provider gcp",
            public.display()
        ),
    );
    assert!(run
        .out
        .stderr
        .starts_with("► logging in to registry with provider credentials\n✗ error setting up transport: invalid GCP registry: 'ghcr.io'"));
}

/// Independent verifier and signer: the `sigstore` crate's cosign implementation (dev-dependency,
/// built on aws-lc-rs like flux). Both directions and both key file formats.
mod sigstore_interop {
    use sigstore::cosign::verification_constraint::{PublicKeyVerifier, VerificationConstraintVec};
    use sigstore::cosign::{ClientBuilder, CosignCapabilities, SignatureLayer, verify_constraints};
    use sigstore::crypto::SigningScheme;
    use sigstore::crypto::signing_key::SigStoreKeyPair;
    use sigstore::registry::{Auth, ClientConfig, ClientProtocol, OciReference};

    use super::*;

    fn client() -> sigstore::cosign::Client {
        ClientBuilder::default()
            .with_oci_client_config(ClientConfig {
                protocol: ClientProtocol::Http,
                ..Default::default()
            })
            .build()
            .unwrap()
    }

    /// Whether sigstore finds a signature of `image` that `public_pem` verifies.
    async fn sigstore_verifies(image: &str, public_pem: &str) -> bool {
        let mut c = client();
        let image: OciReference = image.parse().unwrap();
        let layers = c
            .trusted_signature_layers(&Auth::Anonymous, &image)
            .await
            .unwrap_or_default();
        if layers.is_empty() {
            return false;
        }
        let verifier = PublicKeyVerifier::new(
            public_pem.as_bytes(),
            &SigningScheme::ECDSA_P256_SHA256_ASN1,
        )
        .unwrap();
        let constraints: VerificationConstraintVec = vec![Box::new(verifier)];
        verify_constraints(&layers, constraints.iter()).is_ok()
    }

    #[test]
    fn flux_signatures_verify_with_sigstore_and_back() {
        let Some(reg) = Registry::start() else { return };
        let dir = tempfile::tempdir().unwrap();
        let host = reg.host.clone();

        // A key generated and encrypted by sigstore (cosign.key format) signs with flux.
        let signer = SigningScheme::ECDSA_P256_SHA256_ASN1
            .create_signer()
            .unwrap();
        let pair = signer.to_sigstore_keypair().unwrap();
        let key_file = dir.path().join("sigstore.key");
        std::fs::write(
            &key_file,
            pair.private_key_to_encrypted_pem(b"pw").unwrap().as_bytes(),
        )
        .unwrap();
        let sigstore_pub = pair.public_key_to_pem().unwrap();
        let pub_file = dir.path().join("sigstore.pub");
        std::fs::write(&pub_file, &sigstore_pub).unwrap();
        let digest = push_artifact(&reg, "org/app", "v1", b"one");
        sign_with(&reg, "org/app", &digest, &key_file, "pw");
        let rt = rt();
        assert!(rt.block_on(sigstore_verifies(
            &format!("{host}/org/app:v1"),
            &sigstore_pub
        )));
        // A key sigstore did not sign with is refused by sigstore too.
        let other = keys::generate_key();
        let other_pub = keys::public_key_pem(other.verifying_key()).unwrap();
        assert!(!rt.block_on(sigstore_verifies(&format!("{host}/org/app:v1"), &other_pub)));

        // A key file written by flux is read by sigstore (same key).
        let (flux_key, flux_pub) = key_files(dir.path(), "flux", "secret");
        let back =
            SigStoreKeyPair::from_encrypted_pem(&std::fs::read(&flux_key).unwrap(), b"secret")
                .unwrap();
        // (sigstore writes CRLF line ends.)
        assert_eq!(
            back.public_key_to_pem().unwrap().replace("\r\n", "\n"),
            std::fs::read_to_string(&flux_pub).unwrap()
        );
        let digest2 = push_artifact(&reg, "org/app", "v2", b"two");
        sign_with(&reg, "org/app", &digest2, &flux_key, "secret");
        let flux_pub_pem = std::fs::read_to_string(&flux_pub).unwrap();
        assert!(rt.block_on(sigstore_verifies(
            &format!("{host}/org/app:v2"),
            &flux_pub_pem
        )));

        // sigstore signs and pushes (its own cosign layout); flux verify accepts it.
        let digest3 = push_artifact(&reg, "org/app", "v3", b"three");
        rt.block_on(async {
            let mut c = client();
            let image: OciReference = format!("{host}/org/app:v3").parse().unwrap();
            let (sig_image, source_digest) = c.triangulate(&image, &Auth::Anonymous).await.unwrap();
            assert_eq!(source_digest, digest3);
            let mut layer = SignatureLayer::new_unsigned(&image, &source_digest).unwrap();
            let sig = signer.sign(&layer.raw_data).unwrap();
            layer.signature = Some(STANDARD.encode(sig));
            c.push_signature(None, &Auth::Anonymous, &sig_image, vec![layer])
                .await
                .unwrap();
        });
        let run = verify(
            dir.path(),
            &format!(
                "verify artifact oci://{host}/org/app:v3 --key {}",
                pub_file.display()
            ),
        );
        assert_eq!(run.code, 0, "{}", run.out.combined);
        assert_eq!(
            run.out.stderr.lines().last().unwrap(),
            format!("✔ verified signature of {host}/org/app@{digest3}")
        );
        let run = verify(
            dir.path(),
            &format!(
                "verify artifact oci://{host}/org/app:v3 --key {}",
                flux_pub.display()
            ),
        );
        assert_eq!(run.code, 1);
    }
}

/// `push artifact --sign` support: `cmd::verify::sign_pushed_artifact` with the password from
/// `COSIGN_PASSWORD`, then `flux verify artifact`; a wrong password or key file is one error.
#[test]
fn sign_pushed_artifact_reads_cosign_password() {
    use clap::Parser;
    use flux_rs::cmd::Ctx;
    use flux_rs::cmd::registry::RegistryAuthArgs;
    use flux_rs::cmd::values::OciProvider;
    use flux_rs::ui::Ui;

    let Some(reg) = Registry::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (key, public) = key_files(dir.path(), "cosign", "from-env");
    let digest = push_artifact(&reg, "ci/app", "v1", b"ci");
    let url = format!("oci://{}/ci/app:v1", reg.host);
    let cli = flux_rs::cli::Cli::try_parse_from(["flux", "version"]).unwrap();
    let auth = RegistryAuthArgs {
        creds: None,
        provider: OciProvider::Generic,
    };
    let sign = |password: &str, key: &Path| {
        let ui = Ui::capture();
        let env = hermetic_env(dir.path()).set(flux_rs::env::COSIGN_PASSWORD, password);
        let ctx = Ctx::new(ui.clone(), env, &cli.global);
        let res = rt().block_on(flux_rs::cmd::verify::sign_pushed_artifact(
            &ctx,
            &url,
            &digest,
            key.to_str().unwrap(),
            &auth,
            false,
        ));
        (res.map_err(|e| format!("{:#}", e.0)), ui.output().stderr)
    };
    let (res, stderr) = sign("from-env", &key);
    let signed = res.unwrap();
    assert_eq!(
        stderr,
        format!(
            "► signing artifact with key {}\n✔ artifact signed: {}/ci/app:{}\n",
            key.display(),
            reg.host,
            signed.tag
        )
    );
    let run = verify(
        dir.path(),
        &format!("verify artifact {url} --key {}", public.display()),
    );
    assert_eq!(run.code, 0, "{}", run.out.combined);

    let (res, _) = sign("wrong", &key);
    assert_eq!(
        res.unwrap_err(),
        "loading private key failed: decrypt: encrypted: decryption failed"
    );
    let (res, _) = sign("x", &dir.path().join("none.key"));
    assert!(
        res.unwrap_err()
            .ends_with("none.key: no such file or directory"),
        "missing key file"
    );
}
