//! Cosign-compatible key-based signing of pushed artifacts (flux-rs beyond upstream; the format is
//! sigstore/cosign v2's "simple signing" without a transparency log, which `cosign verify --key`
//! with `--insecure-ignore-tlog` and Flux's `OCIRepository spec.verify.provider: cosign` with a
//! public key accept). Mirrors cosign `pkg/oci/static/signature.go`, `pkg/oci/mutate` (the
//! signature image) and sigstore `pkg/signature/payload` (the payload JSON).
//!
//! The registry is reached through [`SignatureRegistry`], a capability bound to one repository,
//! so the push/pull registry client and the tests' distribution client can both serve it.

pub mod distribution;
pub mod keys;

use std::future::Future;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use p256::ecdsa::signature::{Signer, Verifier};
use p256::ecdsa::{Signature, SigningKey, VerifyingKey};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// Media type of the payload layer of a cosign signature.
pub const SIMPLE_SIGNING_MEDIA_TYPE: &str = "application/vnd.dev.cosign.simplesigning.v1+json";
/// Layer annotation holding the base64 signature.
pub const SIGNATURE_ANNOTATION: &str = "dev.cosignproject.cosign/signature";
/// The `critical.type` of a cosign payload.
pub const COSIGN_PAYLOAD_TYPE: &str = "cosign container image signature";
/// Media type of the signature manifest (cosign v2 writes OCI media types).
pub const OCI_MANIFEST_MEDIA_TYPE: &str = "application/vnd.oci.image.manifest.v1+json";
/// Media type of the signature image's config.
pub const OCI_CONFIG_MEDIA_TYPE: &str = "application/vnd.oci.image.config.v1+json";

/// Errors of signing and verifying; the text is what `flux` prints after `✗ `.
#[derive(Debug, thiserror::Error)]
pub enum SignError {
    /// A key file could not be read, decrypted or parsed.
    #[error("{0}")]
    Key(String),
    /// A registry request failed.
    #[error("{0}")]
    Registry(String),
    /// The artifact has no `.sig` tag.
    #[error("no signatures found for {0}")]
    NoSignatures(String),
    /// Signatures exist but none verifies (the reason of the last one tried).
    #[error("no matching signatures: {0}")]
    NoMatching(String),
}

/// What a registry must offer to sign and verify: one repository's blobs and manifests.
pub trait SignatureRegistry: Sync {
    /// The manifest under a tag or digest; `None` when the registry answers "not found".
    fn fetch_manifest(
        &self,
        reference: &str,
    ) -> impl Future<Output = Result<Option<Vec<u8>>, SignError>> + Send;
    /// A blob's content.
    fn fetch_blob(&self, digest: &str) -> impl Future<Output = Result<Vec<u8>, SignError>> + Send;
    /// Uploads a blob whose digest is `digest` (a no-op if the registry has it).
    fn push_blob(
        &self,
        digest: &str,
        data: Vec<u8>,
    ) -> impl Future<Output = Result<(), SignError>> + Send;
    /// Puts a manifest under a tag.
    fn push_manifest(
        &self,
        tag: &str,
        media_type: &str,
        body: Vec<u8>,
    ) -> impl Future<Output = Result<(), SignError>> + Send;
}

/// `sha256:<hex>` of some bytes.
pub fn sha256_digest(data: &[u8]) -> String {
    let sum = Sha256::digest(data);
    let mut s = String::with_capacity(71);
    s.push_str("sha256:");
    for b in sum {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// The tag cosign stores the signatures of `digest` under: `sha256-<hex>.sig`.
pub fn signature_tag(digest: &str) -> String {
    format!("{}.sig", digest.replacen(':', "-", 1))
}

/// Cosign's simple signing payload for an artifact: `docker_reference` is the canonical
/// repository (`ghcr.io/org/app`), `digest` its manifest digest. Byte-exact with Go's
/// `json.Marshal` of sigstore's `payload.SimpleContainerImage` (no annotations).
pub fn simple_signing_payload(docker_reference: &str, digest: &str) -> Vec<u8> {
    let v = json!({
        "critical": {
            "identity": {"docker-reference": docker_reference},
            "image": {"docker-manifest-digest": digest},
            "type": COSIGN_PAYLOAD_TYPE,
        },
        "optional": null,
    });
    // serde_json escapes like Go except for `<`, `>`, `&`, which canonical references never hold.
    serde_json::to_vec(&v).unwrap_or_default()
}

/// ECDSA P-256 SHA-256 signature of `payload`, ASN.1 DER, as cosign writes it (base64 in the
/// annotation).
pub fn sign_payload(key: &SigningKey, payload: &[u8]) -> Vec<u8> {
    let sig: Signature = key.sign(payload);
    sig.to_der().as_bytes().to_vec()
}

/// Checks a base64 signature (DER, or raw `r‖s` as some signers write) over `payload`.
pub fn verify_payload(key: &VerifyingKey, payload: &[u8], sig_b64: &str) -> Result<(), String> {
    let raw = STANDARD
        .decode(sig_b64.trim())
        .map_err(|e| format!("invalid base64 signature: {e}"))?;
    let sig = Signature::from_der(&raw)
        .or_else(|_| Signature::from_slice(&raw))
        .map_err(|_| "invalid signature when validating ASN.1 encoded signature".to_string())?;
    key.verify(payload, &sig)
        .map_err(|_| "invalid signature when validating ASN.1 encoded signature".to_string())
}

/// One layer of a signature manifest.
#[derive(Debug, Clone)]
struct SigLayer {
    digest: String,
    size: u64,
    signature: String,
    other: serde_json::Map<String, Value>,
}

/// The config of cosign's signature image: go-containerregistry's `empty.Image` config with
/// one history entry and one diff ID (= the payload digest, the layer is uncompressed) per layer.
fn signature_config(layers: &[SigLayer]) -> Vec<u8> {
    let history: Vec<Value> = layers
        .iter()
        .map(|_| json!({"created": "0001-01-01T00:00:00Z"}))
        .collect();
    let diff_ids: Vec<&str> = layers.iter().map(|l| l.digest.as_str()).collect();
    let v = json!({
        "architecture": "",
        "created": "0001-01-01T00:00:00Z",
        "history": history,
        "os": "",
        "rootfs": {"type": "layers", "diff_ids": diff_ids},
        "config": {},
    });
    serde_json::to_vec(&v).unwrap_or_default()
}

fn signature_manifest(config: &[u8], layers: &[SigLayer]) -> Vec<u8> {
    let layers: Vec<Value> = layers
        .iter()
        .map(|l| {
            let mut ann = l.other.clone();
            ann.insert(
                SIGNATURE_ANNOTATION.into(),
                Value::String(l.signature.clone()),
            );
            json!({
                "mediaType": SIMPLE_SIGNING_MEDIA_TYPE,
                "size": l.size,
                "digest": l.digest,
                "annotations": ann,
            })
        })
        .collect();
    let v = json!({
        "schemaVersion": 2,
        "mediaType": OCI_MANIFEST_MEDIA_TYPE,
        "config": {
            "mediaType": OCI_CONFIG_MEDIA_TYPE,
            "size": config.len(),
            "digest": sha256_digest(config),
        },
        "layers": layers,
    });
    serde_json::to_vec(&v).unwrap_or_default()
}

/// The simple-signing layers of an existing signature manifest.
fn existing_layers(manifest: &[u8]) -> Vec<SigLayer> {
    let Ok(v) = serde_json::from_slice::<Value>(manifest) else {
        return Vec::new();
    };
    let Some(layers) = v.get("layers").and_then(Value::as_array) else {
        return Vec::new();
    };
    layers
        .iter()
        .filter(|l| l.get("mediaType").and_then(Value::as_str) == Some(SIMPLE_SIGNING_MEDIA_TYPE))
        .filter_map(|l| {
            let mut ann = l.get("annotations")?.as_object()?.clone();
            let signature = ann.remove(SIGNATURE_ANNOTATION)?.as_str()?.to_string();
            Some(SigLayer {
                digest: l.get("digest")?.as_str()?.to_string(),
                size: l.get("size")?.as_u64()?,
                signature,
                other: ann,
            })
        })
        .collect()
}

/// The result of [`sign_artifact`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedArtifact {
    /// The signature tag (`sha256-<hex>.sig`).
    pub tag: String,
    /// Digest of the signature manifest.
    pub manifest_digest: String,
    /// The payload that was signed.
    pub payload: Vec<u8>,
    /// The base64 signature.
    pub signature: String,
}

/// Signs the artifact `digest` of repository `docker_reference` and pushes the signature as
/// cosign does: payload blob, config blob, then the manifest under `sha256-<hex>.sig`. An
/// existing signature manifest is kept and the new layer appended (an identical one is not
/// duplicated).
pub async fn sign_artifact<R: SignatureRegistry>(
    registry: &R,
    docker_reference: &str,
    digest: &str,
    key: &SigningKey,
) -> Result<SignedArtifact, SignError> {
    let payload = simple_signing_payload(docker_reference, digest);
    let signature = STANDARD.encode(sign_payload(key, &payload));
    let tag = signature_tag(digest);
    let mut layers = match registry.fetch_manifest(&tag).await? {
        Some(m) => existing_layers(&m),
        None => Vec::new(),
    };
    let layer = SigLayer {
        digest: sha256_digest(&payload),
        size: payload.len() as u64,
        signature: signature.clone(),
        other: serde_json::Map::new(),
    };
    if !layers
        .iter()
        .any(|l| l.digest == layer.digest && l.signature == layer.signature)
    {
        layers.push(layer.clone());
    }
    registry.push_blob(&layer.digest, payload.clone()).await?;
    let config = signature_config(&layers);
    registry
        .push_blob(&sha256_digest(&config), config.clone())
        .await?;
    let manifest = signature_manifest(&config, &layers);
    let manifest_digest = sha256_digest(&manifest);
    registry
        .push_manifest(&tag, OCI_MANIFEST_MEDIA_TYPE, manifest)
        .await?;
    Ok(SignedArtifact {
        tag,
        manifest_digest,
        payload,
        signature,
    })
}

/// A signature that verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedSignature {
    /// The signature tag it was found under.
    pub tag: String,
    /// The payload's `critical.identity.docker-reference`.
    pub docker_reference: String,
}

fn check_payload(payload: &[u8], digest: &str) -> Result<String, String> {
    let v: Value =
        serde_json::from_slice(payload).map_err(|e| format!("invalid signature payload: {e}"))?;
    let critical = v
        .get("critical")
        .ok_or("invalid signature payload: missing critical section")?;
    let ty = critical.get("type").and_then(Value::as_str).unwrap_or("");
    if ty != COSIGN_PAYLOAD_TYPE {
        return Err(format!("invalid signature payload type '{ty}'"));
    }
    let signed = critical
        .pointer("/image/docker-manifest-digest")
        .and_then(Value::as_str)
        .unwrap_or("");
    if signed != digest {
        return Err(format!(
            "invalid or missing digest in claim: payload is for {signed}, artifact is {digest}"
        ));
    }
    Ok(critical
        .pointer("/identity/docker-reference")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string())
}

/// Verifies that some signature under `sha256-<hex>.sig` was made by `key` over a payload naming
/// `digest` (cosign's key-based verification without a transparency log): each simple-signing
/// layer's blob must match its descriptor digest, its signature must verify, and the payload must
/// be a cosign payload for `digest`. `display` names the artifact in the "no signatures" error.
pub async fn verify_artifact<R: SignatureRegistry>(
    registry: &R,
    display: &str,
    digest: &str,
    key: &VerifyingKey,
) -> Result<VerifiedSignature, SignError> {
    let tag = signature_tag(digest);
    let Some(manifest) = registry.fetch_manifest(&tag).await? else {
        return Err(SignError::NoSignatures(display.to_string()));
    };
    let layers = existing_layers(&manifest);
    if layers.is_empty() {
        return Err(SignError::NoSignatures(display.to_string()));
    }
    let mut last = String::new();
    for layer in layers {
        let payload = registry.fetch_blob(&layer.digest).await?;
        if sha256_digest(&payload) != layer.digest {
            last = format!(
                "payload digest mismatch: layer {} has content {}",
                layer.digest,
                sha256_digest(&payload)
            );
            continue;
        }
        if let Err(e) = verify_payload(key, &payload, &layer.signature) {
            last = e;
            continue;
        }
        match check_payload(&payload, digest) {
            Ok(docker_reference) => {
                return Ok(VerifiedSignature {
                    tag,
                    docker_reference,
                });
            }
            Err(e) => last = e,
        }
    }
    Err(SignError::NoMatching(last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_is_byte_exact_with_cosign() {
        let p = simple_signing_payload("ghcr.io/org/app", "sha256:abc");
        assert_eq!(
            String::from_utf8(p).unwrap(),
            r#"{"critical":{"identity":{"docker-reference":"ghcr.io/org/app"},"image":{"docker-manifest-digest":"sha256:abc"},"type":"cosign container image signature"},"optional":null}"#
        );
        assert_eq!(signature_tag("sha256:abc"), "sha256-abc.sig");
    }

    #[test]
    fn signatures_verify_and_tampering_fails() {
        let key = keys::generate_key();
        let payload = simple_signing_payload("r/a", "sha256:00");
        let sig = STANDARD.encode(sign_payload(&key, &payload));
        verify_payload(key.verifying_key(), &payload, &sig).unwrap();
        let mut bad = payload.clone();
        bad[3] ^= 1;
        assert!(verify_payload(key.verifying_key(), &bad, &sig).is_err());
        let other = keys::generate_key();
        assert!(verify_payload(other.verifying_key(), &payload, &sig).is_err());
    }

    #[test]
    fn config_matches_ggcr_empty_image_shape() {
        let l = SigLayer {
            digest: "sha256:11".into(),
            size: 3,
            signature: "c2ln".into(),
            other: Default::default(),
        };
        assert_eq!(
            String::from_utf8(signature_config(std::slice::from_ref(&l))).unwrap(),
            r#"{"architecture":"","created":"0001-01-01T00:00:00Z","history":[{"created":"0001-01-01T00:00:00Z"}],"os":"","rootfs":{"type":"layers","diff_ids":["sha256:11"]},"config":{}}"#
        );
        let m = signature_manifest(b"{}", &[l]);
        let back = existing_layers(&m);
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].signature, "c2ln");
    }
}
