//! A small HTTP/1.1 server over tokio + httparse (hyper's server feature is not in Cargo.lock).
//!
//! Owns request parsing (Content-Length and chunked bodies, keep-alive) and response writing
//! (fixed bodies and chunked streams for watches).

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, watch};

use crate::api::Shared;

/// Largest request body accepted (install.yaml is ~1 MB; leave room).
const MAX_BODY: usize = 64 << 20;
const MAX_HEAD: usize = 1 << 20;

/// One parsed HTTP request.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// Percent-decoded path without the query.
    pub path: String,
    /// Raw query string (without `?`).
    pub raw_query: String,
    pub query: Vec<(String, String)>,
    /// Header names lower-cased.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
    pub fn flag(&self, name: &str) -> bool {
        matches!(self.param(name), Some("true" | "1" | "True"))
    }
}

/// The body of a response.
pub enum Body {
    Full(Vec<u8>),
    /// Chunks sent with `Transfer-Encoding: chunked`; the stream ends when the sender drops.
    Stream(mpsc::Receiver<Vec<u8>>),
}

pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Body,
}

impl Response {
    pub fn json(status: u16, v: &serde_json::Value) -> Response {
        Response {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: Body::Full(serde_json::to_vec(v).unwrap_or_default()),
        }
    }
    pub fn text(status: u16, s: &str) -> Response {
        Response {
            status,
            headers: vec![("Content-Type".into(), "text/plain; charset=utf-8".into())],
            body: Body::Full(s.as_bytes().to_vec()),
        }
    }
    pub fn with_header(mut self, k: &str, v: &str) -> Response {
        self.headers.push((k.into(), v.into()));
        self
    }
}

fn reason(code: u16) -> &'static str {
    match code {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        409 => "Conflict",
        410 => "Gone",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Unknown",
    }
}

/// Accept connections until `stop` flips to true.
pub async fn serve(listener: TcpListener, shared: Arc<Shared>, stop: watch::Receiver<bool>) {
    let mut stop_main = stop.clone();
    loop {
        tokio::select! {
            r = listener.accept() => {
                let Ok((stream, peer)) = r else { continue };
                let shared = shared.clone();
                let stop = stop.clone();
                tokio::spawn(async move {
                    let mut stop = stop;
                    tokio::select! {
                        _ = serve_conn(stream, peer, shared) => {}
                        _ = stop.wait_for(|s| *s) => {}
                    }
                });
            }
            _ = stop_main.wait_for(|s| *s) => return,
        }
    }
}

enum Parsed {
    Done(Request, usize),
    Partial,
}

fn parse_request(buf: &[u8]) -> Result<Parsed, String> {
    let mut headers = [httparse::EMPTY_HEADER; 128];
    let mut req = httparse::Request::new(&mut headers);
    let head_len = match req.parse(buf) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => {
            if buf.len() > MAX_HEAD {
                return Err("request head too large".into());
            }
            return Ok(Parsed::Partial);
        }
        Err(e) => return Err(format!("malformed request: {e}")),
    };
    let method = req.method.unwrap_or("GET").to_string();
    let target = req.path.unwrap_or("/").to_string();
    let hdrs: Vec<(String, String)> = req
        .headers
        .iter()
        .map(|h| {
            (
                h.name.to_ascii_lowercase(),
                String::from_utf8_lossy(h.value).into_owned(),
            )
        })
        .collect();
    let get = |n: &str| hdrs.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone());
    let chunked =
        get("transfer-encoding").is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
    let (body, consumed) = if chunked {
        match decode_chunked(&buf[head_len..])? {
            Some((b, n)) => (b, head_len + n),
            None => return Ok(Parsed::Partial),
        }
    } else {
        let len: usize = match get("content-length") {
            Some(v) => v
                .trim()
                .parse()
                .map_err(|_| "bad content-length".to_string())?,
            None => 0,
        };
        if len > MAX_BODY {
            return Err("request body too large".into());
        }
        if buf.len() < head_len + len {
            return Ok(Parsed::Partial);
        }
        (buf[head_len..head_len + len].to_vec(), head_len + len)
    };
    let (raw_path, raw_query) = match target.split_once('?') {
        Some((p, q)) => (p.to_string(), q.to_string()),
        None => (target.clone(), String::new()),
    };
    let path = percent_encoding::percent_decode_str(&raw_path)
        .decode_utf8_lossy()
        .into_owned();
    let query = form_urlencoded::parse(raw_query.as_bytes())
        .into_owned()
        .collect();
    Ok(Parsed::Done(
        Request {
            method,
            path,
            raw_query,
            query,
            headers: hdrs,
            body,
        },
        consumed,
    ))
}

/// Decode a chunked body; `None` when more bytes are needed.
fn decode_chunked(buf: &[u8]) -> Result<Option<(Vec<u8>, usize)>, String> {
    let mut pos = 0;
    let mut out = Vec::new();
    loop {
        let Some(eol) = find_crlf(&buf[pos..]) else {
            return Ok(None);
        };
        let line = String::from_utf8_lossy(&buf[pos..pos + eol]).into_owned();
        let size_str = line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_str, 16).map_err(|_| "bad chunk size".to_string())?;
        pos += eol + 2;
        if size == 0 {
            // trailers until an empty line
            loop {
                let Some(eol) = find_crlf(&buf[pos..]) else {
                    return Ok(None);
                };
                pos += eol + 2;
                if eol == 0 {
                    return Ok(Some((out, pos)));
                }
            }
        }
        if out.len() + size > MAX_BODY {
            return Err("request body too large".into());
        }
        if buf.len() < pos + size + 2 {
            return Ok(None);
        }
        out.extend_from_slice(&buf[pos..pos + size]);
        pos += size + 2;
    }
}

fn find_crlf(b: &[u8]) -> Option<usize> {
    b.windows(2).position(|w| w == b"\r\n")
}

async fn serve_conn(mut stream: TcpStream, _peer: SocketAddr, shared: Arc<Shared>) {
    let _ = stream.set_nodelay(true);
    let mut buf: Vec<u8> = Vec::with_capacity(8192);
    let mut tmp = vec![0u8; 64 * 1024];
    loop {
        // Parse as many bytes as we have; read more when partial.
        let parsed = loop {
            if !buf.is_empty() {
                match parse_request(&buf) {
                    Ok(Parsed::Done(r, n)) => break Ok((r, n)),
                    Ok(Parsed::Partial) => {}
                    Err(e) => break Err(e),
                }
            }
            match stream.read(&mut tmp).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&tmp[..n]),
            }
        };
        let (req, consumed) = match parsed {
            Ok(v) => v,
            Err(e) => {
                let st = crate::status::ApiError::bad_request(e).to_response();
                let _ = write_response(&mut stream, st, false).await;
                return;
            }
        };
        buf.drain(..consumed);
        let close = req
            .header("connection")
            .is_some_and(|v| v.eq_ignore_ascii_case("close"));
        let resp = crate::api::handle(&shared, req).await;
        let streamed = matches!(resp.body, Body::Stream(_));
        if write_response(&mut stream, resp, close).await.is_err() || close || streamed {
            let _ = stream.shutdown().await;
            return;
        }
    }
}

async fn write_response(
    stream: &mut TcpStream,
    resp: Response,
    close: bool,
) -> std::io::Result<()> {
    let mut head = format!("HTTP/1.1 {} {}\r\n", resp.status, reason(resp.status));
    for (k, v) in &resp.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!("Date: {}\r\n", crate::clock::http_date()));
    head.push_str("Cache-Control: no-cache, private\r\n");
    match resp.body {
        Body::Full(b) => {
            head.push_str(&format!("Content-Length: {}\r\n", b.len()));
            if close {
                head.push_str("Connection: close\r\n");
            }
            head.push_str("\r\n");
            let mut out = head.into_bytes();
            out.extend_from_slice(&b);
            stream.write_all(&out).await?;
            stream.flush().await
        }
        Body::Stream(mut rx) => {
            head.push_str("Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
            stream.write_all(head.as_bytes()).await?;
            stream.flush().await?;
            while let Some(chunk) = rx.recv().await {
                if chunk.is_empty() {
                    continue;
                }
                let mut out = format!("{:x}\r\n", chunk.len()).into_bytes();
                out.extend_from_slice(&chunk);
                out.extend_from_slice(b"\r\n");
                stream.write_all(&out).await?;
                stream.flush().await?;
            }
            stream.write_all(b"0\r\n\r\n").await?;
            stream.flush().await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_content_length_and_chunked() {
        let raw = b"POST /api/v1/namespaces?x=1&y=a%20b HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\n{}";
        let Ok(Parsed::Done(r, n)) = parse_request(raw) else {
            panic!("not parsed")
        };
        assert_eq!(n, raw.len());
        assert_eq!(r.body, b"{}");
        assert_eq!(r.param("y"), Some("a b"));
        let raw = b"PUT /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n";
        let Ok(Parsed::Done(r, _)) = parse_request(raw) else {
            panic!("not parsed")
        };
        assert_eq!(r.body, b"{}");
        assert!(matches!(
            parse_request(b"PUT /x HTTP/1.1\r\nContent-Length: 5\r\n\r\n{}"),
            Ok(Parsed::Partial)
        ));
        assert!(parse_request(b"\x00\x01 garbage\r\n\r\n").is_err());
    }
}
