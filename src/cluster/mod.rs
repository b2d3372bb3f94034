//! The cluster side shared by every command that talks to Kubernetes: the one client
//! (`client`), kind-generic object access over the kinds table (`objects`), watch-based waits
//! (`wait`) and the Go-style rendering of API errors. Core code: never prints.

pub mod apply;
pub mod client;
pub mod listing;
pub mod objects;
pub mod wait;

pub use client::{ConnectOptions, build_client, context_namespace, load_kubeconfig};

/// Bounds one API call by a command's `--timeout` deadline (client-go passes the command's
/// context to every call); expiry reads as client-go's `context deadline exceeded`.
pub async fn by_deadline<T>(
    deadline: tokio::time::Instant,
    call: impl std::future::Future<Output = Result<T, kube::Error>>,
) -> Result<T, kube::Error> {
    match tokio::time::timeout_at(deadline, call).await {
        Ok(r) => r,
        Err(_) => Err(kube::Error::Api(
            kube::core::Status::failure(wait::WaitError::DEADLINE, "Timeout")
                .with_code(504)
                .boxed(),
        )),
    }
}

/// The server's text for an API error, as client-go prints it
/// (`kustomizations.kustomize.toolkit.fluxcd.io "foo" not found`); other errors as kube-rs
/// renders them.
pub fn api_error_text(err: &kube::Error) -> String {
    match err {
        kube::Error::Api(status) if !status.message.is_empty() => status.message.clone(),
        kube::Error::Api(status) => format!("the server responded with status {}", status.code),
        other => transport_text(other),
    }
}

/// A transport failure in Go's words where the cause is known (`connection refused`), else
/// kube-rs' text with its causes.
fn transport_text(err: &kube::Error) -> String {
    let mut source: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(err);
    while let Some(e) = source {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind as K;
            let cause = match io.kind() {
                K::ConnectionRefused => "connection refused".to_string(),
                K::ConnectionReset => "connection reset by peer".to_string(),
                K::TimedOut => "i/o timeout".to_string(),
                K::NotFound => "no such host".to_string(),
                _ => io.to_string(),
            };
            return format!("unable to connect to the server: {cause}");
        }
        source = e.source();
    }
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(e) = source {
        let more = e.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        source = e.source();
    }
    text
}

/// The HTTP status of an API error (`None` for transport errors).
pub fn api_error_code(err: &kube::Error) -> Option<u16> {
    match err {
        kube::Error::Api(status) => Some(status.code),
        _ => None,
    }
}

/// Whether the error is a 404 from the API server.
pub fn is_not_found(err: &kube::Error) -> bool {
    api_error_code(err) == Some(404)
}

/// Whether the error is a 409 (already exists / conflict).
pub fn is_conflict(err: &kube::Error) -> bool {
    api_error_code(err) == Some(409)
}

/// Whether a 404 means the resource type itself is not served (CRD not installed) rather than
/// a missing object: the server answers with a `Status` without `details.name`.
pub fn is_type_missing(err: &kube::Error) -> bool {
    match err {
        kube::Error::Api(status) => {
            status.code == 404 && status.details.as_ref().is_none_or(|d| d.name.is_empty())
        }
        _ => false,
    }
}

/// `no matches for kind "<Kind>" in version "<group/version>"`, client-go's RESTMapper text.
pub fn no_match_text(kind: &crate::kinds::KindInfo) -> String {
    format!(
        "no matches for kind \"{}\" in version \"{}\"",
        kind.kind,
        kind.api_version()
    )
}
