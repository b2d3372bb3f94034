//! SSH keys for Git authentication: key pair generation, loading user-supplied private keys
//! (with a passphrase), authorized-key lines and known_hosts lines. Mirrors fluxcd/pkg
//! `ssh/key_pair.go`, `ssh/host_key.go` and flux2's `sourcesecret.LoadKeyPair`.
//!
//! Deviations: RSA keys below 2048 bits are generated with the `rsa` crate directly, since
//! `ssh-key` refuses them; legacy `Proc-Type: 4,ENCRYPTED` PEM keys and DSA keys are rejected
//! instead of decrypted; the host key scan runs `ssh-keyscan` (see `scan`).

pub mod der;
pub mod keys;
pub mod pem;
pub mod scan;

use rand::rngs::OsRng;
use ssh_key::private::{EcdsaKeypair, Ed25519Keypair, KeypairData};

pub use keys::{Curve, PublicKey};

/// The key algorithm of a generated key pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAlgorithm {
    /// RSA with this many bits (at least 1024, a multiple of 8).
    Rsa(usize),
    /// ECDSA on a NIST curve.
    Ecdsa(Curve),
    /// Ed25519.
    Ed25519,
}

/// A private key (PEM) and its public key as an authorized-keys line (`<type> <base64>\n`).
#[derive(Clone, PartialEq, Eq)]
pub struct KeyPair {
    /// PEM bytes, exactly as written to the `identity` key.
    pub private_key: Vec<u8>,
    /// The `identity.pub` line, with its trailing newline.
    pub public_key: String,
}

impl std::fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print private key material.
        f.debug_struct("KeyPair")
            .field("public_key", &self.public_key)
            .finish_non_exhaustive()
    }
}

/// SSH key errors, worded as Go's `x/crypto/ssh` and `crypto/x509`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// A message taken verbatim from the Go libraries.
    #[error("{0}")]
    Go(String),
}

fn go(msg: impl Into<String>) -> Error {
    Error::Go(msg.into())
}

/// `ssh: this private key is passphrase protected`.
pub const PASSPHRASE_MISSING: &str = "ssh: this private key is passphrase protected";
/// `x509: decryption password incorrect`.
pub const INCORRECT_PASSWORD: &str = "x509: decryption password incorrect";

/// Generates a new key pair the way fluxcd/pkg does: the private key as PKCS#8 DER in a
/// `PRIVATE KEY` PEM block, the public key as an authorized-keys line.
///
/// # Errors
/// When the random source or the key arithmetic fails (never expected in practice).
pub fn generate(alg: KeyAlgorithm) -> Result<KeyPair, Error> {
    let (der_bytes, public) = match alg {
        KeyAlgorithm::Rsa(bits) => {
            use rsa::pkcs8::EncodePrivateKey;
            use rsa::traits::PublicKeyParts;
            let key = rsa::RsaPrivateKey::new(&mut OsRng, bits).map_err(|e| go(e.to_string()))?;
            key.validate().map_err(|e| go(e.to_string()))?;
            let der_doc = key.to_pkcs8_der().map_err(|e| go(e.to_string()))?;
            let public = PublicKey::Rsa {
                n: key.n().to_bytes_be(),
                e: key.e().to_bytes_be(),
            };
            (der_doc.as_bytes().to_vec(), public)
        }
        KeyAlgorithm::Ecdsa(curve) => {
            let ssh_curve = match curve {
                Curve::P256 => ssh_key::EcdsaCurve::NistP256,
                Curve::P384 => ssh_key::EcdsaCurve::NistP384,
                Curve::P521 => ssh_key::EcdsaCurve::NistP521,
            };
            let pair =
                EcdsaKeypair::random(&mut OsRng, ssh_curve).map_err(|e| go(e.to_string()))?;
            let (scalar, point) = match &pair {
                EcdsaKeypair::NistP256 { public, private } => {
                    (private.as_slice().to_vec(), public.as_bytes().to_vec())
                }
                EcdsaKeypair::NistP384 { public, private } => {
                    (private.as_slice().to_vec(), public.as_bytes().to_vec())
                }
                EcdsaKeypair::NistP521 { public, private } => {
                    (private.as_slice().to_vec(), public.as_bytes().to_vec())
                }
            };
            (
                keys::ec_pkcs8(curve, &scalar, &point),
                PublicKey::Ecdsa { curve, point },
            )
        }
        KeyAlgorithm::Ed25519 => {
            let pair = Ed25519Keypair::random(&mut OsRng);
            let seed = pair.private.to_bytes();
            (
                keys::ed25519_pkcs8(&seed),
                PublicKey::Ed25519(pair.public.0),
            )
        }
    };
    let public_key = public
        .authorized_key()
        .ok_or_else(|| go("ssh: unsupported key type"))?;
    Ok(KeyPair {
        private_key: pem::encode("PRIVATE KEY", &der_bytes).into_bytes(),
        public_key,
    })
}

/// Loads a user-supplied private key like flux2's `sourcesecret.LoadKeyPair`: the key is parsed
/// with Go's `ssh.ParsePrivateKey` rules (or `ParsePrivateKeyWithPassphrase` when a passphrase
/// is given) and kept byte for byte; the public key is derived from it.
///
/// # Errors
/// Go's messages: `ssh: no key found`, `ssh: this private key is passphrase protected`,
/// `x509: decryption password incorrect`, `ssh: not an encrypted key`, parse errors.
pub fn load_key_pair(private_key: &[u8], passphrase: Option<&str>) -> Result<KeyPair, Error> {
    let public = parse_private_key(private_key, passphrase)?;
    let public_key = public
        .authorized_key()
        .ok_or_else(|| go("ssh: unsupported key type"))?;
    Ok(KeyPair {
        private_key: private_key.to_vec(),
        public_key,
    })
}

/// Parses a PEM private key and returns its public half (see `load_key_pair`).
///
/// # Errors
/// As `load_key_pair`.
pub fn parse_private_key(data: &[u8], passphrase: Option<&str>) -> Result<PublicKey, Error> {
    let passphrase = passphrase.filter(|p| !p.is_empty());
    let (block, _) = pem::decode(data).ok_or_else(|| go("ssh: no key found"))?;
    if block.kind == "OPENSSH PRIVATE KEY" {
        return parse_openssh(&block.bytes, passphrase);
    }
    match passphrase {
        None => {
            if block.is_encrypted() {
                return Err(go(PASSPHRASE_MISSING));
            }
        }
        Some(_) => {
            if !block.is_encrypted() || block.header("DEK-Info").is_none() {
                return Err(go("ssh: not an encrypted key"));
            }
            return Err(go(
                "ssh: cannot decode encrypted private keys: legacy PEM encryption is not supported, convert the key with `ssh-keygen -p -f <file>`",
            ));
        }
    }
    let parsed = match block.kind.as_str() {
        "RSA PRIVATE KEY" => keys::parse_pkcs1(&block.bytes),
        "PRIVATE KEY" => keys::parse_pkcs8(&block.bytes),
        "EC PRIVATE KEY" => keys::parse_sec1(&block.bytes),
        other => return Err(go(format!("ssh: unsupported key type {}", go_quote(other)))),
    };
    parsed.map_err(|e| go(e.to_string()))
}

fn parse_openssh(bytes: &[u8], passphrase: Option<&str>) -> Result<PublicKey, Error> {
    if !bytes.starts_with(b"openssh-key-v1\0") {
        return Err(go("ssh: invalid openssh private key format"));
    }
    let key = ssh_key::PrivateKey::from_bytes(bytes).map_err(|e| match e {
        ssh_key::Error::Encoding(_) | ssh_key::Error::FormatEncoding => {
            go("ssh: malformed OpenSSH key")
        }
        ssh_key::Error::AlgorithmUnknown | ssh_key::Error::AlgorithmUnsupported { .. } => {
            go("ssh: unhandled key type")
        }
        _ => go(format!("ssh: {e}")),
    })?;
    let key = match (key.is_encrypted(), passphrase) {
        (true, None) | (false, Some(_)) => return Err(go(PASSPHRASE_MISSING)),
        (false, None) => key,
        (true, Some(p)) => {
            let kdf = key.kdf();
            if !matches!(kdf, ssh_key::Kdf::Bcrypt { .. }) {
                return Err(go(format!(
                    "ssh: unknown KDF {}, only supports \"bcrypt\"",
                    go_quote(&format!("{kdf:?}"))
                )));
            }
            let cipher = key.cipher();
            if !matches!(
                cipher,
                ssh_key::Cipher::Aes256Ctr | ssh_key::Cipher::Aes256Cbc
            ) {
                return Err(go(format!(
                    "ssh: unknown cipher {}, only supports \"aes256-ctr\" or \"aes256-cbc\"",
                    go_quote(cipher.as_str())
                )));
            }
            key.decrypt(p).map_err(|_| go(INCORRECT_PASSWORD))?
        }
    };
    match key.key_data() {
        KeypairData::Rsa(k) => Ok(PublicKey::Rsa {
            n: der::unsigned(k.public.n.as_bytes()).to_vec(),
            e: der::unsigned(k.public.e.as_bytes()).to_vec(),
        }),
        KeypairData::Ed25519(k) => Ok(PublicKey::Ed25519(k.public.0)),
        KeypairData::Ecdsa(k) => {
            let (curve, point) = match k {
                EcdsaKeypair::NistP256 { public, .. } => (Curve::P256, public.as_bytes().to_vec()),
                EcdsaKeypair::NistP384 { public, .. } => (Curve::P384, public.as_bytes().to_vec()),
                EcdsaKeypair::NistP521 { public, .. } => (Curve::P521, public.as_bytes().to_vec()),
            };
            Ok(PublicKey::Ecdsa { curve, point })
        }
        _ => Err(go("ssh: unhandled key type")),
    }
}

/// Go's `strconv.Quote` for the ASCII texts used in messages here.
fn go_quote(s: &str) -> String {
    format!("{s:?}")
}

/// Go's `net.SplitHostPort` (`None` when the address has no port or is malformed).
pub fn split_host_port(addr: &str) -> Option<(String, String)> {
    if let Some(rest) = addr.strip_prefix('[') {
        let (host, after) = rest.split_once(']')?;
        let port = after.strip_prefix(':')?;
        if port.contains(':') {
            return None;
        }
        return Some((host.to_string(), port.to_string()));
    }
    let (host, port) = addr.rsplit_once(':')?;
    if host.contains(':') || host.contains('[') || host.contains(']') {
        return None;
    }
    Some((host.to_string(), port.to_string()))
}

/// `host:port` for dialing: the SSH port 22 is appended when the address has none (flux2's
/// `sourcesecret.ScanHostKey`).
pub fn dial_address(host: &str) -> String {
    if split_host_port(host).is_some() {
        host.to_string()
    } else {
        format!("{host}:22")
    }
}

/// Go's `knownhosts.Normalize`: `host` for port 22, `[host]:port` otherwise.
pub fn normalize_host(address: &str) -> String {
    let (host, port) =
        split_host_port(address).unwrap_or_else(|| (address.to_string(), "22".to_string()));
    if port != "22" {
        format!("[{host}]:{port}")
    } else if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]")
    } else {
        host
    }
}

/// One known_hosts line, `<normalized host> <key type> <base64 key>` (no newline, not hashed).
pub fn known_hosts_line(address: &str, key_type: &str, key_base64: &str) -> String {
    format!("{} {key_type} {key_base64}", normalize_host(address))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_pair(pair: &KeyPair, prefix: &str) {
        let text = String::from_utf8(pair.private_key.clone()).unwrap();
        assert!(text.starts_with("-----BEGIN PRIVATE KEY-----\n"), "{text}");
        assert!(text.ends_with("-----END PRIVATE KEY-----\n"));
        assert!(
            pair.public_key.starts_with(prefix) && pair.public_key.ends_with('\n'),
            "{}",
            pair.public_key
        );
        assert_eq!(pair.public_key.matches(' ').count(), 1);
        // The private key parses back to the same public key.
        let back = load_key_pair(&pair.private_key, None).unwrap();
        assert_eq!(back.public_key, pair.public_key);
    }

    #[test]
    fn generates_ecdsa_on_every_curve() {
        check_pair(
            &generate(KeyAlgorithm::Ecdsa(Curve::P256)).unwrap(),
            "ecdsa-sha2-nistp256 AAAA",
        );
        check_pair(
            &generate(KeyAlgorithm::Ecdsa(Curve::P384)).unwrap(),
            "ecdsa-sha2-nistp384 AAAA",
        );
        check_pair(
            &generate(KeyAlgorithm::Ecdsa(Curve::P521)).unwrap(),
            "ecdsa-sha2-nistp521 AAAA",
        );
    }

    #[test]
    fn generates_ed25519() {
        check_pair(
            &generate(KeyAlgorithm::Ed25519).unwrap(),
            "ssh-ed25519 AAAA",
        );
    }

    #[test]
    fn generates_rsa_1024() {
        check_pair(&generate(KeyAlgorithm::Rsa(1024)).unwrap(), "ssh-rsa AAAA");
    }

    #[test]
    fn unsupported_pem_types() {
        let p = pem::encode("DSA PRIVATE KEY", &[1, 2, 3]);
        assert_eq!(
            parse_private_key(p.as_bytes(), None)
                .unwrap_err()
                .to_string(),
            "ssh: unsupported key type \"DSA PRIVATE KEY\""
        );
        let p = pem::encode("PRIVATE KEY", &[1, 2, 3]);
        assert!(
            parse_private_key(p.as_bytes(), Some("pw"))
                .unwrap_err()
                .to_string()
                .contains("not an encrypted key")
        );
    }

    #[test]
    fn host_normalization() {
        assert_eq!(dial_address("github.com"), "github.com:22");
        assert_eq!(dial_address("github.com:2222"), "github.com:2222");
        assert_eq!(dial_address("[::1]"), "[::1]:22");
        assert_eq!(normalize_host("github.com:22"), "github.com");
        assert_eq!(normalize_host("127.0.0.1:2222"), "[127.0.0.1]:2222");
        assert_eq!(normalize_host("[::1]:22"), "[::1]");
        assert_eq!(
            known_hosts_line("github.com:22", "ssh-ed25519", "AAAA"),
            "github.com ssh-ed25519 AAAA"
        );
    }
}
