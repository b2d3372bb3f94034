//! The part of Go's `net/url.Parse` that `create source git|helm` and `create secret git|proxy`
//! rely on: scheme and host
//! extraction and the exact error texts (`parse "<url>": <reason>`), so that URLs are accepted
//! and rejected as upstream does. Paths, queries and user info are validated, not decoded.

/// The pieces of a parsed URL the generators look at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoUrl {
    /// Lower-cased scheme; empty for relative references.
    pub scheme: String,
    /// Host (with port), percent-decoded; empty when absent.
    pub host: String,
}

const HOST_ALLOWED: &[u8] = b"!$&'()*+,;=:[]<>\"-._~";

fn is_hex(c: u8) -> bool {
    c.is_ascii_hexdigit()
}

fn unhex(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'a'..=b'f' => c - b'a' + 10,
        b'A'..=b'F' => c - b'A' + 10,
        _ => 0,
    }
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Mode {
    Host,
    Other,
}

/// Go's `unescape`: checks `%XX` escapes (and, for hosts, the allowed characters) and decodes.
fn unescape(s: &str, mode: Mode) -> Result<String, String> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut out = Vec::with_capacity(b.len());
    while i < b.len() {
        match b[i] {
            b'%' => {
                if i + 2 >= b.len() || !is_hex(b[i + 1]) || !is_hex(b[i + 2]) {
                    let end = (i + 3).min(b.len());
                    return Err(format!(
                        "invalid URL escape {}",
                        crate::cli::go_quote(&s[i..end])
                    ));
                }
                if mode == Mode::Host && unhex(b[i + 1]) < 8 && &s[i..i + 3] != "%25" {
                    return Err(format!(
                        "invalid URL escape {}",
                        crate::cli::go_quote(&s[i..i + 3])
                    ));
                }
                out.push(unhex(b[i + 1]) << 4 | unhex(b[i + 2]));
                i += 3;
            }
            c => {
                if mode == Mode::Host
                    && c < 0x80
                    && !c.is_ascii_alphanumeric()
                    && !HOST_ALLOWED.contains(&c)
                {
                    return Err(format!(
                        "invalid character {} in host name",
                        crate::cli::go_quote(&(c as char).to_string())
                    ));
                }
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}

fn valid_optional_port(port: &str) -> bool {
    match port.strip_prefix(':') {
        None => port.is_empty(),
        Some(digits) => digits.bytes().all(|c| c.is_ascii_digit()),
    }
}

fn parse_host(host: &str) -> Result<String, String> {
    if host.starts_with('[') {
        let Some(i) = host.rfind(']') else {
            return Err("missing ']' in host".to_string());
        };
        let colon_port = &host[i + 1..];
        if !valid_optional_port(colon_port) {
            return Err(format!(
                "invalid port {} after host",
                crate::cli::go_quote(colon_port)
            ));
        }
    } else if let Some(i) = host.rfind(':') {
        let colon_port = &host[i..];
        if !valid_optional_port(colon_port) {
            return Err(format!(
                "invalid port {} after host",
                crate::cli::go_quote(colon_port)
            ));
        }
    }
    unescape(host, Mode::Host)
}

fn valid_userinfo(s: &str) -> bool {
    s.chars()
        .all(|r| r.is_ascii_alphanumeric() || "-._:~!$&'()*+,;=%@".contains(r))
}

fn parse_authority(authority: &str) -> Result<String, String> {
    let (userinfo, host) = match authority.rfind('@') {
        Some(i) => (Some(&authority[..i]), &authority[i + 1..]),
        None => (None, authority),
    };
    let host = parse_host(host)?;
    if let Some(userinfo) = userinfo {
        if !valid_userinfo(userinfo) {
            return Err("net/url: invalid userinfo".to_string());
        }
        for part in userinfo.splitn(2, ':') {
            unescape(part, Mode::Other)?;
        }
    }
    Ok(host)
}

/// Go's `getScheme`: `(scheme, rest)`, or the "missing protocol scheme" error.
fn get_scheme(raw: &str) -> Result<(&str, &str), String> {
    for (i, c) in raw.bytes().enumerate() {
        match c {
            b'a'..=b'z' | b'A'..=b'Z' => {}
            b'0'..=b'9' | b'+' | b'-' | b'.' => {
                if i == 0 {
                    return Ok(("", raw));
                }
            }
            b':' => {
                if i == 0 {
                    return Err("missing protocol scheme".to_string());
                }
                return Ok((&raw[..i], &raw[i + 1..]));
            }
            _ => return Ok(("", raw)),
        }
    }
    Ok(("", raw))
}

fn parse_inner(raw: &str) -> Result<GoUrl, String> {
    if raw.bytes().any(|b| b < b' ' || b == 0x7f) {
        return Err("net/url: invalid control character in URL".to_string());
    }
    let mut url = GoUrl::default();
    if raw == "*" {
        return Ok(url);
    }
    let (scheme, rest) = get_scheme(raw)?;
    url.scheme = scheme.to_ascii_lowercase();
    let mut rest = if rest.ends_with('?') && rest.matches('?').count() == 1 {
        &rest[..rest.len() - 1]
    } else {
        rest.split_once('?').map_or(rest, |(r, _)| r)
    };
    if !rest.starts_with('/') {
        if !url.scheme.is_empty() {
            // An opaque URL (`mailto:x`, `git@host:path` read as scheme `git@host`… cannot
            // happen: `@` ends the scheme scan); nothing more is validated.
            return Ok(url);
        }
        let segment = rest.split_once('/').map_or(rest, |(s, _)| s);
        if segment.contains(':') {
            return Err("first path segment in URL cannot contain colon".to_string());
        }
    }
    if (!url.scheme.is_empty() || !rest.starts_with("///")) && rest.starts_with("//") {
        let authority_and_path = &rest[2..];
        let (authority, path) = match authority_and_path.find('/') {
            Some(i) => (&authority_and_path[..i], &authority_and_path[i..]),
            None => (authority_and_path, ""),
        };
        url.host = parse_authority(authority)?;
        rest = path;
    }
    unescape(rest, Mode::Other)?;
    Ok(url)
}

/// Parses `raw` as Go's `url.Parse` does; the error text is Go's (`parse "<url>": <reason>`).
pub fn parse(raw: &str) -> Result<GoUrl, String> {
    let (u, frag) = match raw.split_once('#') {
        Some((u, f)) => (u, Some(f)),
        None => (raw, None),
    };
    let url = parse_inner(u).map_err(|e| format!("parse {}: {e}", crate::cli::go_quote(u)))?;
    if let Some(frag) = frag {
        unescape(frag, Mode::Other)
            .map_err(|e| format!("parse {}: {e}", crate::cli::go_quote(raw)))?;
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes_and_hosts() {
        let u = parse("https://github.com/stefanprodan/podinfo").unwrap();
        assert_eq!(
            (u.scheme.as_str(), u.host.as_str()),
            ("https", "github.com")
        );
        let u = parse("SSH://git@github.com:22/org/repo").unwrap();
        assert_eq!(
            (u.scheme.as_str(), u.host.as_str()),
            ("ssh", "github.com:22")
        );
        let u = parse("oci://ghcr.io/stefanprodan/charts").unwrap();
        assert_eq!(u.host, "ghcr.io");
        assert_eq!(parse("github.com/x").unwrap().scheme, "");
        assert_eq!(parse("oci:/no-host").unwrap().host, "");
        assert_eq!(parse("git://example.com/charts").unwrap().scheme, "git");
    }

    #[test]
    fn go_errors() {
        assert_eq!(
            parse("git@github.com:org/repo").unwrap_err(),
            "parse \"git@github.com:org/repo\": first path segment in URL cannot contain colon"
        );
        assert_eq!(
            parse("://x").unwrap_err(),
            "parse \"://x\": missing protocol scheme"
        );
        assert_eq!(
            parse("https://host:abc/x").unwrap_err(),
            "parse \"https://host:abc/x\": invalid port \":abc\" after host"
        );
        assert_eq!(
            parse("https://ho st/x").unwrap_err(),
            "parse \"https://ho st/x\": invalid character \" \" in host name"
        );
        assert_eq!(
            parse("https://h/%zz").unwrap_err(),
            "parse \"https://h/%zz\": invalid URL escape \"%zz\""
        );
        assert_eq!(
            parse("https://h/\x01").unwrap_err(),
            "parse \"https://h/\\x01\": net/url: invalid control character in URL"
        );
        assert_eq!(
            parse("https://[::1/x").unwrap_err(),
            "parse \"https://[::1/x\": missing ']' in host"
        );
        assert_eq!(
            parse("https://h/x#%g").unwrap_err(),
            "parse \"https://h/x#%g\": invalid URL escape \"%g\""
        );
    }
}
