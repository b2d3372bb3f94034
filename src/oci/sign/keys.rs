//! Cosign key files: the encrypted private key `cosign generate-key-pair` writes (`cosign.key`,
//! PEM `ENCRYPTED SIGSTORE PRIVATE KEY` or the older `ENCRYPTED COSIGN PRIVATE KEY`: a JSON
//! envelope of go-securesystemslib's `encrypted` package, scrypt KDF + NaCl secretbox around a
//! PKCS#8 DER ECDSA P-256 key) and the PKIX public key (`cosign.pub`, PEM `PUBLIC KEY`).
//! Mirrors sigstore/cosign `pkg/cosign/keys.go` and go-securesystemslib `encrypted/encrypted.go`.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use crypto_secretbox::aead::{Aead, KeyInit};
use crypto_secretbox::{Nonce, XSalsa20Poly1305};
use p256::ecdsa::{SigningKey, VerifyingKey};
use p256::pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey};
use rand::RngCore;
use serde::{Deserialize, Serialize};

use super::SignError;

/// PEM type of the private keys cosign v2 writes.
pub const SIGSTORE_PRIVATE_KEY_PEM: &str = "ENCRYPTED SIGSTORE PRIVATE KEY";
/// PEM type of the private keys cosign v1 wrote (still accepted by cosign).
pub const COSIGN_PRIVATE_KEY_PEM: &str = "ENCRYPTED COSIGN PRIVATE KEY";
/// PEM type of public keys.
pub const PUBLIC_KEY_PEM: &str = "PUBLIC KEY";

/// go-securesystemslib's default scrypt cost (`N = 2^15`, `r = 8`, `p = 1`).
const SCRYPT_LOG_N: u8 = 15;
const SCRYPT_R: u32 = 8;
const SCRYPT_P: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Envelope {
    kdf: Kdf,
    cipher: Cipher,
    #[serde(with = "b64")]
    ciphertext: Vec<u8>,
}

#[derive(Serialize, Deserialize)]
struct Kdf {
    name: String,
    params: KdfParams,
    #[serde(with = "b64")]
    salt: Vec<u8>,
}

#[derive(Serialize, Deserialize)]
struct KdfParams {
    #[serde(rename = "N")]
    n: u64,
    r: u32,
    p: u32,
}

#[derive(Serialize, Deserialize)]
struct Cipher {
    name: String,
    #[serde(with = "b64")]
    nonce: Vec<u8>,
}

/// Go's `[]byte` JSON encoding: standard base64 with padding.
mod b64 {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(v))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let s = String::deserialize(d)?;
        STANDARD.decode(s).map_err(serde::de::Error::custom)
    }
}

/// One PEM block: its type and decoded body.
fn pem_decode(text: &[u8]) -> Result<(String, Vec<u8>), SignError> {
    let text = String::from_utf8_lossy(text);
    let mut lines = text.lines().map(str::trim);
    let begin = lines
        .by_ref()
        .find(|l| l.starts_with("-----BEGIN "))
        .ok_or_else(|| SignError::Key("failed to decode PEM: no PEM block found".into()))?;
    let label = begin
        .trim_start_matches("-----BEGIN ")
        .trim_end_matches("-----")
        .to_string();
    let mut body = String::new();
    let end = format!("-----END {label}-----");
    let mut ended = false;
    for l in lines {
        if l == end {
            ended = true;
            break;
        }
        // Go's pem package accepts (and ignores) headers; cosign writes none.
        if l.contains(':') {
            continue;
        }
        body.push_str(l);
    }
    if !ended {
        return Err(SignError::Key(
            "failed to decode PEM: unterminated PEM block".into(),
        ));
    }
    let der = STANDARD
        .decode(body)
        .map_err(|e| SignError::Key(format!("failed to decode PEM: {e}")))?;
    Ok((label, der))
}

/// PEM encoding with 64-column lines, as Go's `pem.Encode`.
fn pem_encode(label: &str, der: &[u8]) -> String {
    let b64 = STANDARD.encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        out.push_str(&String::from_utf8_lossy(chunk));
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

fn derive_key(password: &[u8], salt: &[u8], params: &KdfParams) -> Result<[u8; 32], SignError> {
    if params.n < 2 || !params.n.is_power_of_two() {
        return Err(SignError::Key(
            "decrypt: encrypted: invalid scrypt parameters".into(),
        ));
    }
    let log_n = params.n.trailing_zeros() as u8;
    let p = scrypt::Params::new(log_n, params.r, params.p, 32)
        .map_err(|_| SignError::Key("decrypt: encrypted: invalid scrypt parameters".into()))?;
    let mut key = [0u8; 32];
    scrypt::scrypt(password, salt, &p, &mut key)
        .map_err(|_| SignError::Key("decrypt: encrypted: invalid scrypt parameters".into()))?;
    Ok(key)
}

/// Decrypts a cosign private key file with its password.
pub fn decrypt_private_key(pem: &[u8], password: &[u8]) -> Result<SigningKey, SignError> {
    let (label, body) = pem_decode(pem)?;
    let der = match label.as_str() {
        SIGSTORE_PRIVATE_KEY_PEM | COSIGN_PRIVATE_KEY_PEM => {
            let env: Envelope = serde_json::from_slice(&body)
                .map_err(|e| SignError::Key(format!("decrypt: encrypted: {e}")))?;
            if env.kdf.name != "scrypt" {
                return Err(SignError::Key(
                    "decrypt: encrypted: unknown kdf name".into(),
                ));
            }
            if env.cipher.name != "nacl/secretbox" {
                return Err(SignError::Key(
                    "decrypt: encrypted: unknown cipher name".into(),
                ));
            }
            if env.cipher.nonce.len() != 24 {
                return Err(SignError::Key(
                    "decrypt: encrypted: invalid nonce length".into(),
                ));
            }
            let key = derive_key(password, &env.kdf.salt, &env.kdf.params)?;
            let cipher = XSalsa20Poly1305::new(&key.into());
            cipher
                .decrypt(
                    Nonce::from_slice(&env.cipher.nonce),
                    env.ciphertext.as_slice(),
                )
                .map_err(|_| SignError::Key("decrypt: encrypted: decryption failed".into()))?
        }
        // An unencrypted PKCS#8 key (what `openssl genpkey` writes) is accepted too.
        "PRIVATE KEY" => body,
        other => {
            return Err(SignError::Key(format!("unsupported pem type: {other}")));
        }
    };
    SigningKey::from_pkcs8_der(&der).map_err(|e| {
        SignError::Key(format!(
            "parsing private key: only ECDSA P-256 keys are supported: {e}"
        ))
    })
}

/// Encrypts a private key into cosign's `cosign.key` format (`ENCRYPTED SIGSTORE PRIVATE KEY`).
pub fn encrypt_private_key(key: &SigningKey, password: &[u8]) -> Result<String, SignError> {
    let der = key
        .to_pkcs8_der()
        .map_err(|e| SignError::Key(format!("marshalling private key: {e}")))?;
    let mut rng = rand::rngs::OsRng;
    let mut salt = vec![0u8; 32];
    rng.fill_bytes(&mut salt);
    let mut nonce = vec![0u8; 24];
    rng.fill_bytes(&mut nonce);
    let params = KdfParams {
        n: 1 << SCRYPT_LOG_N,
        r: SCRYPT_R,
        p: SCRYPT_P,
    };
    let k = derive_key(password, &salt, &params)?;
    let ciphertext = XSalsa20Poly1305::new(&k.into())
        .encrypt(Nonce::from_slice(&nonce), der.as_bytes())
        .map_err(|_| SignError::Key("encrypting private key failed".into()))?;
    let env = Envelope {
        kdf: Kdf {
            name: "scrypt".into(),
            params,
            salt,
        },
        cipher: Cipher {
            name: "nacl/secretbox".into(),
            nonce,
        },
        ciphertext,
    };
    let json = serde_json::to_vec(&env).map_err(|e| SignError::Key(e.to_string()))?;
    Ok(pem_encode(SIGSTORE_PRIVATE_KEY_PEM, &json))
}

/// Parses a PEM public key (`cosign.pub`).
pub fn parse_public_key(pem: &[u8]) -> Result<VerifyingKey, SignError> {
    let (label, der) = pem_decode(pem)?;
    if label != PUBLIC_KEY_PEM {
        return Err(SignError::Key(format!(
            "unsupported pem type: {label}, expected {PUBLIC_KEY_PEM}"
        )));
    }
    VerifyingKey::from_public_key_der(&der).map_err(|e| {
        SignError::Key(format!(
            "parsing public key: only ECDSA P-256 keys are supported: {e}"
        ))
    })
}

/// The PEM public key of a key (what `cosign generate-key-pair` writes to `cosign.pub`).
pub fn public_key_pem(key: &VerifyingKey) -> Result<String, SignError> {
    let der = key
        .to_public_key_der()
        .map_err(|e| SignError::Key(format!("marshalling public key: {e}")))?;
    Ok(pem_encode(PUBLIC_KEY_PEM, der.as_bytes()))
}

/// A fresh ECDSA P-256 key.
pub fn generate_key() -> SigningKey {
    SigningKey::random(&mut rand::rngs::OsRng)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encrypted_key_round_trips_and_rejects_a_wrong_password() {
        let key = generate_key();
        let pem = encrypt_private_key(&key, b"s3cret").unwrap();
        assert!(pem.starts_with("-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n"));
        let back = decrypt_private_key(pem.as_bytes(), b"s3cret").unwrap();
        assert_eq!(back.to_bytes(), key.to_bytes());
        let err = decrypt_private_key(pem.as_bytes(), b"wrong").unwrap_err();
        assert_eq!(err.to_string(), "decrypt: encrypted: decryption failed");
    }

    #[test]
    fn public_key_round_trips() {
        let key = generate_key();
        let pem = public_key_pem(key.verifying_key()).unwrap();
        assert!(pem.starts_with("-----BEGIN PUBLIC KEY-----\n"));
        assert_eq!(
            &parse_public_key(pem.as_bytes()).unwrap(),
            key.verifying_key()
        );
        assert!(parse_public_key(b"garbage").is_err());
    }
}
