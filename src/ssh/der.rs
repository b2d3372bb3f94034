//! A minimal DER reader and writer: just enough ASN.1 for PKCS#1, PKCS#8, SEC1 and the
//! SubjectPublicKeyInfo of an X.509 certificate (single-byte tags, definite lengths).

/// One tag-length-value element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tlv<'a> {
    /// The identifier octet.
    pub tag: u8,
    /// The content octets.
    pub body: &'a [u8],
}

/// Tags used here.
pub const INTEGER: u8 = 0x02;
pub const BIT_STRING: u8 = 0x03;
pub const OCTET_STRING: u8 = 0x04;
pub const NULL: u8 = 0x05;
pub const OID: u8 = 0x06;
pub const SEQUENCE: u8 = 0x30;

/// Reads one element from the front of `input`; `None` when it is not well-formed DER.
pub fn read(input: &[u8]) -> Option<(Tlv<'_>, &[u8])> {
    let (&tag, rest) = input.split_first()?;
    if tag & 0x1f == 0x1f {
        return None; // multi-byte tags are never needed here
    }
    let (&first, mut rest) = rest.split_first()?;
    let len = if first < 0x80 {
        usize::from(first)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let mut len = 0usize;
        for &b in &rest[..n] {
            len = (len << 8) | usize::from(b);
        }
        rest = &rest[n..];
        len
    };
    if rest.len() < len {
        return None;
    }
    Some((
        Tlv {
            tag,
            body: &rest[..len],
        },
        &rest[len..],
    ))
}

/// Reads exactly one element of the given tag that spans all of `input`.
pub fn read_only(input: &[u8], tag: u8) -> Option<Tlv<'_>> {
    let (tlv, rest) = read(input)?;
    (tlv.tag == tag && rest.is_empty()).then_some(tlv)
}

/// Splits a constructed element's content into its children.
pub fn children(body: &[u8]) -> Option<Vec<Tlv<'_>>> {
    let mut out = Vec::new();
    let mut rest = body;
    while !rest.is_empty() {
        let (tlv, r) = read(rest)?;
        out.push(tlv);
        rest = r;
    }
    Some(out)
}

/// An unsigned big-endian integer's magnitude (leading zero octets removed).
pub fn unsigned(int: &[u8]) -> &[u8] {
    let mut b = int;
    while b.len() > 1 && b[0] == 0 {
        b = &b[1..];
    }
    b
}

/// Encodes one element.
pub fn tlv(tag: u8, body: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let len = body.len();
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes = len.to_be_bytes();
        let skip = bytes.iter().take_while(|b| **b == 0).count();
        out.push(0x80 | (bytes.len() - skip) as u8);
        out.extend_from_slice(&bytes[skip..]);
    }
    out.extend_from_slice(body);
    out
}

/// Encodes a SEQUENCE of already-encoded elements.
pub fn sequence(items: &[Vec<u8>]) -> Vec<u8> {
    tlv(SEQUENCE, &items.concat())
}

/// Encodes a small non-negative INTEGER.
pub fn small_int(v: u8) -> Vec<u8> {
    if v < 0x80 {
        tlv(INTEGER, &[v])
    } else {
        tlv(INTEGER, &[0, v])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_long_lengths() {
        let body = vec![7u8; 300];
        let enc = tlv(OCTET_STRING, &body);
        assert_eq!(&enc[..4], &[0x04, 0x82, 0x01, 0x2c]);
        let t = read_only(&enc, OCTET_STRING).unwrap();
        assert_eq!(t.body, &body[..]);
        assert!(read(&[0x30, 0x05, 0x01]).is_none());
    }
}
