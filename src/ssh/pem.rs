//! PEM blocks as Go's `encoding/pem` reads and writes them: a type, optional RFC 1421 headers
//! (`Proc-Type: 4,ENCRYPTED`), and base64 content wrapped at 64 columns.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// One decoded PEM block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The word(s) after `BEGIN`, e.g. `OPENSSH PRIVATE KEY`.
    pub kind: String,
    /// Header lines before the base64 body, in order.
    pub headers: Vec<(String, String)>,
    /// The decoded content.
    pub bytes: Vec<u8>,
}

impl Block {
    /// The value of a header, if present.
    pub fn header(&self, key: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Whether the block is a legacy encrypted one (`Proc-Type: 4,ENCRYPTED`).
    pub fn is_encrypted(&self) -> bool {
        self.header("Proc-Type")
            .is_some_and(|v| v.contains("ENCRYPTED"))
    }
}

/// Finds and decodes the first well-formed PEM block in `data` (like Go's `pem.Decode`, a
/// malformed block is skipped), returning it and the bytes after it.
pub fn decode(data: &[u8]) -> Option<(Block, &[u8])> {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;
    let mut search = 0;
    while let Some(pos) = text[search..].find("-----BEGIN ") {
        let start = search + pos;
        search = start + 11;
        // BEGIN must start a line.
        if start > 0 && !text[..start].ends_with('\n') {
            continue;
        }
        if let Some((block, end)) = decode_at(text, start) {
            let consumed = text[..end].len();
            return Some((block, data.get(consumed..).unwrap_or_default()));
        }
    }
    None
}

fn decode_at(text: &str, start: usize) -> Option<(Block, usize)> {
    let after = &text[start + 11..];
    let line_end = after.find('\n').unwrap_or(after.len());
    let first = after[..line_end].trim_end_matches('\r').trim_end();
    let kind = first.strip_suffix("-----")?.to_string();
    let mut offset = start + 11 + line_end + 1;
    let mut headers = Vec::new();
    let mut body = String::new();
    let mut in_headers = true;
    loop {
        if offset > text.len() {
            return None;
        }
        let rest = &text[offset..];
        let end = rest.find('\n').map_or(rest.len(), |i| i);
        let line = rest[..end].trim_end_matches('\r');
        let next = offset + end + 1;
        if let Some(tail) = line.strip_prefix("-----END ") {
            if tail.trim_end() != format!("{kind}-----") {
                return None;
            }
            let bytes = STANDARD.decode(body.as_bytes()).ok()?;
            return Some((
                Block {
                    kind,
                    headers,
                    bytes,
                },
                next.min(text.len()),
            ));
        }
        if in_headers {
            if line.trim().is_empty() {
                in_headers = false;
                offset = next;
                continue;
            }
            if let Some((k, v)) = line.split_once(':') {
                headers.push((k.trim().to_string(), v.trim().to_string()));
                offset = next;
                continue;
            }
            in_headers = false;
        }
        body.extend(line.chars().filter(|c| !c.is_whitespace()));
        if end == rest.len() {
            return None;
        }
        offset = next;
    }
}

/// Encodes a headerless block the way Go's `pem.EncodeToMemory` does (64-column lines, final
/// newline).
pub fn encode(kind: &str, bytes: &[u8]) -> String {
    let b64 = STANDARD.encode(bytes);
    let mut out = format!("-----BEGIN {kind}-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        out.push_str(&String::from_utf8_lossy(chunk));
        out.push('\n');
    }
    out.push_str(&format!("-----END {kind}-----\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_with_headers_and_leading_text() {
        let text = "junk\n-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAEC\n-----END RSA PRIVATE KEY-----\ntail";
        let (b, rest) = decode(text.as_bytes()).unwrap();
        assert_eq!(b.kind, "RSA PRIVATE KEY");
        assert!(b.is_encrypted());
        assert_eq!(b.bytes, vec![0, 1, 2]);
        assert_eq!(rest, b"tail");
        assert!(decode(b"not a real ssh key\n").is_none());
    }

    #[test]
    fn encodes_64_columns() {
        let e = encode("PRIVATE KEY", &[0u8; 60]);
        let lines: Vec<&str> = e.lines().collect();
        assert_eq!(lines[1].len(), 64);
        assert_eq!(lines.last(), Some(&"-----END PRIVATE KEY-----"));
        assert_eq!(decode(e.as_bytes()).unwrap().0.bytes, vec![0u8; 60]);
    }
}
