//! Key material in the encodings Go's `crypto/x509` and `x/crypto/ssh` use: PKCS#1, PKCS#8 and
//! SEC1 private keys, X.509 SubjectPublicKeyInfo, and the OpenSSH public key forms.

use ssh_key::public::{EcdsaPublicKey, Ed25519PublicKey, KeyData, RsaPublicKey};
use ssh_key::{Mpint, PublicKey as SshPublicKey};

use super::der::{self, BIT_STRING, INTEGER, OCTET_STRING, OID, SEQUENCE};

/// rsaEncryption (1.2.840.113549.1.1.1).
pub const OID_RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
/// id-ecPublicKey (1.2.840.10045.2.1).
pub const OID_EC: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
/// id-Ed25519 (1.3.101.112).
pub const OID_ED25519: &[u8] = &[0x2b, 0x65, 0x70];
const OID_P256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];
const OID_P384: &[u8] = &[0x2b, 0x81, 0x04, 0x00, 0x22];
const OID_P521: &[u8] = &[0x2b, 0x81, 0x04, 0x00, 0x23];

/// A NIST curve for ECDSA keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Curve {
    /// NIST P-256.
    P256,
    /// NIST P-384.
    P384,
    /// NIST P-521.
    P521,
}

impl Curve {
    fn oid(self) -> &'static [u8] {
        match self {
            Self::P256 => OID_P256,
            Self::P384 => OID_P384,
            Self::P521 => OID_P521,
        }
    }

    fn from_oid(oid: &[u8]) -> Option<Self> {
        [Self::P256, Self::P384, Self::P521]
            .into_iter()
            .find(|c| c.oid() == oid)
    }

    /// The private scalar length in bytes.
    pub fn scalar_len(self) -> usize {
        match self {
            Self::P256 => 32,
            Self::P384 => 48,
            Self::P521 => 66,
        }
    }

    /// The uncompressed public point for a private scalar (`None` when out of range).
    pub fn public_point(self, scalar: &[u8]) -> Option<Vec<u8>> {
        use p256::elliptic_curve::sec1::ToEncodedPoint;
        Some(match self {
            Self::P256 => p256::SecretKey::from_slice(scalar)
                .ok()?
                .public_key()
                .to_encoded_point(false)
                .as_bytes()
                .to_vec(),
            Self::P384 => p384::SecretKey::from_slice(scalar)
                .ok()?
                .public_key()
                .to_encoded_point(false)
                .as_bytes()
                .to_vec(),
            Self::P521 => p521::SecretKey::from_slice(scalar)
                .ok()?
                .public_key()
                .to_encoded_point(false)
                .as_bytes()
                .to_vec(),
        })
    }
}

/// A public key, whatever encoding it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublicKey {
    /// RSA modulus and exponent (big-endian magnitudes).
    Rsa { n: Vec<u8>, e: Vec<u8> },
    /// An uncompressed SEC1 point on a NIST curve.
    Ecdsa { curve: Curve, point: Vec<u8> },
    /// An Ed25519 point.
    Ed25519([u8; 32]),
}

impl PublicKey {
    /// The SSH wire form of the key.
    pub fn to_key_data(&self) -> Option<KeyData> {
        Some(match self {
            Self::Rsa { n, e } => KeyData::Rsa(RsaPublicKey {
                e: Mpint::from_positive_bytes(e).ok()?,
                n: Mpint::from_positive_bytes(n).ok()?,
            }),
            Self::Ecdsa { point, .. } => {
                KeyData::Ecdsa(EcdsaPublicKey::from_sec1_bytes(point).ok()?)
            }
            Self::Ed25519(b) => KeyData::Ed25519(Ed25519PublicKey(*b)),
        })
    }

    /// Go's `ssh.MarshalAuthorizedKey`: `<type> <base64>\n`, no comment.
    pub fn authorized_key(&self) -> Option<String> {
        authorized_key(&self.to_key_data()?)
    }

    /// The key type name, as Go's error messages compare them.
    pub fn family(&self) -> &'static str {
        match self {
            Self::Rsa { .. } => "rsa",
            Self::Ecdsa { .. } => "ecdsa",
            Self::Ed25519(_) => "ed25519",
        }
    }
}

/// `<type> <base64>\n` for an SSH public key, without a comment.
pub fn authorized_key(key: &KeyData) -> Option<String> {
    let line = SshPublicKey::new(key.clone(), "").to_openssh().ok()?;
    Some(format!("{}\n", line.trim_end()))
}

/// Why a DER private key could not be parsed, worded as Go's `crypto/x509`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// Not the expected structure at all.
    #[error("{0}")]
    Malformed(&'static str),
    /// An algorithm this parser does not know.
    #[error("x509: PKCS#8 wrapping contained private key with unknown algorithm: {0}")]
    UnknownAlgorithm(String),
}

/// PKCS#1 `RSAPrivateKey` → the public half.
pub fn parse_pkcs1(der_bytes: &[u8]) -> Result<PublicKey, ParseError> {
    let seq = der::read_only(der_bytes, SEQUENCE).ok_or_else(|| pkcs1_hint(der_bytes))?;
    let items = der::children(seq.body).ok_or_else(|| pkcs1_hint(der_bytes))?;
    if items.len() < 9 || items.iter().take(9).any(|t| t.tag != INTEGER) {
        return Err(pkcs1_hint(der_bytes));
    }
    Ok(PublicKey::Rsa {
        n: der::unsigned(items[1].body).to_vec(),
        e: der::unsigned(items[2].body).to_vec(),
    })
}

fn pkcs1_hint(der_bytes: &[u8]) -> ParseError {
    if parse_pkcs8(der_bytes).is_ok() {
        ParseError::Malformed(
            "x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)",
        )
    } else if parse_sec1(der_bytes).is_ok() {
        ParseError::Malformed(
            "x509: failed to parse private key (use ParseECPrivateKey instead for this key format)",
        )
    } else {
        ParseError::Malformed("x509: malformed private key")
    }
}

/// PKCS#8 `PrivateKeyInfo` (RSA, ECDSA or Ed25519) → the public half.
pub fn parse_pkcs8(der_bytes: &[u8]) -> Result<PublicKey, ParseError> {
    const BAD: ParseError = ParseError::Malformed("x509: malformed PKCS#8 private key");
    let seq = der::read_only(der_bytes, SEQUENCE).ok_or(BAD)?;
    let items = der::children(seq.body).ok_or(BAD)?;
    let [version, alg, key, ..] = items.as_slice() else {
        return Err(BAD);
    };
    if version.tag != INTEGER || alg.tag != SEQUENCE || key.tag != OCTET_STRING {
        return Err(BAD);
    }
    let alg_items = der::children(alg.body).ok_or(BAD)?;
    let oid = alg_items.first().filter(|t| t.tag == OID).ok_or(BAD)?;
    match oid.body {
        OID_RSA => parse_pkcs1(key.body).map_err(|_| {
            ParseError::Malformed("x509: failed to parse RSA private key embedded in PKCS#8")
        }),
        OID_EC => {
            let curve = alg_items
                .get(1)
                .filter(|t| t.tag == OID)
                .and_then(|t| Curve::from_oid(t.body))
                .ok_or(ParseError::Malformed("x509: unknown elliptic curve"))?;
            parse_sec1_on(key.body, Some(curve)).map_err(|_| {
                ParseError::Malformed("x509: failed to parse EC private key embedded in PKCS#8")
            })
        }
        OID_ED25519 => {
            let seed = der::read_only(key.body, OCTET_STRING)
                .filter(|t| t.body.len() == 32)
                .ok_or(ParseError::Malformed("x509: invalid Ed25519 private key"))?;
            let mut s = [0u8; 32];
            s.copy_from_slice(seed.body);
            Ok(ed25519_public(&s))
        }
        other => Err(ParseError::UnknownAlgorithm(oid_string(other))),
    }
}

/// SEC1 `ECPrivateKey` → the public half.
pub fn parse_sec1(der_bytes: &[u8]) -> Result<PublicKey, ParseError> {
    parse_sec1_on(der_bytes, None)
}

fn parse_sec1_on(der_bytes: &[u8], known: Option<Curve>) -> Result<PublicKey, ParseError> {
    const BAD: ParseError = ParseError::Malformed("x509: failed to parse EC private key");
    let seq = der::read_only(der_bytes, SEQUENCE).ok_or(BAD)?;
    let items = der::children(seq.body).ok_or(BAD)?;
    let [version, scalar, rest @ ..] = items.as_slice() else {
        return Err(BAD);
    };
    if version.tag != INTEGER || version.body != [1] || scalar.tag != OCTET_STRING {
        return Err(BAD);
    }
    let mut curve = known;
    for t in rest {
        if t.tag == 0xa0 {
            let oid = der::read_only(t.body, OID).ok_or(BAD)?;
            curve = Some(
                Curve::from_oid(oid.body)
                    .ok_or(ParseError::Malformed("x509: unknown elliptic curve"))?,
            );
        }
    }
    let curve = curve.ok_or(ParseError::Malformed("x509: unknown elliptic curve"))?;
    if scalar.body.len() > curve.scalar_len() {
        return Err(ParseError::Malformed("x509: invalid private key length"));
    }
    let mut padded = vec![0u8; curve.scalar_len() - scalar.body.len()];
    padded.extend_from_slice(scalar.body);
    let point = curve.public_point(&padded).ok_or(ParseError::Malformed(
        "x509: invalid elliptic curve private key value",
    ))?;
    Ok(PublicKey::Ecdsa { curve, point })
}

/// The public point of an Ed25519 seed.
pub fn ed25519_public(seed: &[u8; 32]) -> PublicKey {
    let pair = ssh_key::private::Ed25519Keypair::from_seed(seed);
    PublicKey::Ed25519(pair.public.0)
}

/// The public key of an X.509 certificate (its SubjectPublicKeyInfo).
pub fn certificate_public_key(cert_der: &[u8]) -> Result<PublicKey, &'static str> {
    const BAD: &str = "x509: malformed certificate";
    let cert = der::read_only(cert_der, SEQUENCE).ok_or(BAD)?;
    let parts = der::children(cert.body).ok_or(BAD)?;
    let tbs = parts.first().filter(|t| t.tag == SEQUENCE).ok_or(BAD)?;
    let fields = der::children(tbs.body).ok_or(BAD)?;
    // [0] version is optional; then serial, signature, issuer, validity, subject, spki.
    let skip = usize::from(fields.first().is_some_and(|t| t.tag == 0xa0));
    let spki = fields
        .get(skip + 5)
        .filter(|t| t.tag == SEQUENCE)
        .ok_or(BAD)?;
    parse_spki(spki.body).ok_or("x509: malformed tbs certificate")
}

fn parse_spki(body: &[u8]) -> Option<PublicKey> {
    let items = der::children(body)?;
    let [alg, bits, ..] = items.as_slice() else {
        return None;
    };
    if alg.tag != SEQUENCE || bits.tag != BIT_STRING {
        return None;
    }
    let alg_items = der::children(alg.body)?;
    let oid = alg_items.first().filter(|t| t.tag == OID)?;
    let (&unused, key) = bits.body.split_first()?;
    if unused != 0 {
        return None;
    }
    match oid.body {
        OID_RSA => {
            let seq = der::read_only(key, SEQUENCE)?;
            let ints = der::children(seq.body)?;
            let [n, e] = ints.as_slice() else { return None };
            Some(PublicKey::Rsa {
                n: der::unsigned(n.body).to_vec(),
                e: der::unsigned(e.body).to_vec(),
            })
        }
        OID_EC => {
            let curve = Curve::from_oid(alg_items.get(1).filter(|t| t.tag == OID)?.body)?;
            Some(PublicKey::Ecdsa {
                curve,
                point: key.to_vec(),
            })
        }
        OID_ED25519 => Some(PublicKey::Ed25519(key.try_into().ok()?)),
        _ => None,
    }
}

/// PKCS#8 for an EC key, as Go's `x509.MarshalPKCS8PrivateKey` writes it (the inner SEC1
/// structure omits the curve parameters and carries the public point).
pub fn ec_pkcs8(curve: Curve, scalar: &[u8], point: &[u8]) -> Vec<u8> {
    let mut padded = vec![0u8; curve.scalar_len().saturating_sub(scalar.len())];
    padded.extend_from_slice(scalar);
    let mut bits = vec![0u8];
    bits.extend_from_slice(point);
    let sec1 = der::sequence(&[
        der::small_int(1),
        der::tlv(OCTET_STRING, &padded),
        der::tlv(0xa1, &der::tlv(BIT_STRING, &bits)),
    ]);
    der::sequence(&[
        der::small_int(0),
        der::sequence(&[der::tlv(OID, OID_EC), der::tlv(OID, curve.oid())]),
        der::tlv(OCTET_STRING, &sec1),
    ])
}

/// PKCS#8 v1 for an Ed25519 seed, as Go writes it (no public key attribute).
pub fn ed25519_pkcs8(seed: &[u8; 32]) -> Vec<u8> {
    der::sequence(&[
        der::small_int(0),
        der::sequence(&[der::tlv(OID, OID_ED25519)]),
        der::tlv(OCTET_STRING, &der::tlv(OCTET_STRING, seed)),
    ])
}

fn oid_string(oid: &[u8]) -> String {
    let mut parts = Vec::new();
    if let Some((&first, rest)) = oid.split_first() {
        parts.push((first / 40).min(2).to_string());
        parts.push((u32::from(first) - 40 * u32::from((first / 40).min(2))).to_string());
        let mut v: u64 = 0;
        for &b in rest {
            v = (v << 7) | u64::from(b & 0x7f);
            if b & 0x80 == 0 {
                parts.push(v.to_string());
                v = 0;
            }
        }
    }
    parts.join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ed25519_pkcs8_round_trips() {
        let seed = [9u8; 32];
        let der_bytes = ed25519_pkcs8(&seed);
        assert_eq!(der_bytes.len(), 48);
        assert_eq!(parse_pkcs8(&der_bytes).unwrap(), ed25519_public(&seed));
    }

    #[test]
    fn ec_pkcs8_round_trips() {
        let scalar = [3u8; 48];
        let point = Curve::P384.public_point(&scalar).unwrap();
        let der_bytes = ec_pkcs8(Curve::P384, &scalar, &point);
        assert_eq!(
            parse_pkcs8(&der_bytes).unwrap(),
            PublicKey::Ecdsa {
                curve: Curve::P384,
                point
            }
        );
        assert!(
            parse_pkcs1(&der_bytes)
                .unwrap_err()
                .to_string()
                .contains("ParsePKCS8PrivateKey")
        );
    }

    #[test]
    fn oid_strings() {
        assert_eq!(oid_string(OID_RSA), "1.2.840.113549.1.1.1");
        assert_eq!(oid_string(OID_ED25519), "1.3.101.112");
    }
}
