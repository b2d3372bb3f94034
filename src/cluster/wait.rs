//! Watch-based waits: read the object once, then follow a watch on it (resuming from the last
//! resourceVersion when the server ends the stream) until a predicate settles or the deadline
//! passes. On timeout the caller gets the last object seen, to say what its conditions were.

use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use kube::api::{Api, DynamicObject, WatchEvent, WatchParams};
use tokio::time::Instant;

/// What a predicate says about one observed state of the object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Keep waiting.
    Pending,
    /// The wait is over: success.
    Done,
    /// The wait is over: the object failed (message).
    Failed(String),
}

/// Why a wait ended without `Done`.
#[derive(Debug)]
pub enum WaitError {
    /// The deadline passed; the last state seen (if the object was ever seen).
    Timeout(Option<Box<DynamicObject>>),
    /// The predicate reported failure on this state.
    Failed(String, Box<DynamicObject>),
    /// The object was deleted or never existed.
    NotFound,
    /// An API error other than not found.
    Api(kube::Error),
}

impl WaitError {
    /// The text client-go's poller gives for an expired deadline.
    pub const DEADLINE: &'static str = "context deadline exceeded";
}

/// Waits until `pred` returns `Done` or `Failed` for object `name`, or `timeout` passes.
pub async fn until<P>(
    api: &Api<DynamicObject>,
    name: &str,
    timeout: Duration,
    mut pred: P,
) -> Result<DynamicObject, WaitError>
where
    P: FnMut(&DynamicObject) -> Verdict,
{
    let deadline = Instant::now() + timeout;
    let mut last: Option<DynamicObject> = None;
    let run = async {
        loop {
            let obj = match api.get(name).await {
                Ok(o) => o,
                Err(e) if super::is_not_found(&e) => return Err(WaitError::NotFound),
                Err(e) => return Err(WaitError::Api(e)),
            };
            match pred(&obj) {
                Verdict::Done => return Ok(obj),
                Verdict::Failed(m) => return Err(WaitError::Failed(m, Box::new(obj))),
                Verdict::Pending => {}
            }
            let mut rv = obj.metadata.resource_version.clone().unwrap_or_default();
            last = Some(obj);
            let wp = WatchParams::default()
                .fields(&format!("metadata.name={name}"))
                .timeout(290);
            let stream = match api.watch(&wp, &rv).await {
                Ok(s) => s,
                Err(e) => return Err(WaitError::Api(e)),
            };
            let mut stream = stream.boxed();
            // Follow the stream; when it ends (server timeout, 410 Gone), start over with a Get.
            while let Ok(Some(ev)) = stream.try_next().await {
                match ev {
                    WatchEvent::Added(o) | WatchEvent::Modified(o) => {
                        rv = o.metadata.resource_version.clone().unwrap_or_default();
                        match pred(&o) {
                            Verdict::Done => return Ok(o),
                            Verdict::Failed(m) => return Err(WaitError::Failed(m, Box::new(o))),
                            Verdict::Pending => last = Some(o),
                        }
                    }
                    WatchEvent::Deleted(_) => return Err(WaitError::NotFound),
                    WatchEvent::Bookmark(b) => rv = b.metadata.resource_version,
                    WatchEvent::Error(_) => break,
                }
            }
            let _ = rv;
        }
    };
    match tokio::time::timeout_at(deadline, run).await {
        Ok(r) => r,
        Err(_) => Err(WaitError::Timeout(last.map(Box::new))),
    }
}

/// Waits until the object is gone (deleted), or `timeout` passes.
pub async fn until_deleted(
    api: &Api<DynamicObject>,
    name: &str,
    timeout: Duration,
) -> Result<(), WaitError> {
    match until(api, name, timeout, |_| Verdict::Pending).await {
        Err(WaitError::NotFound) => Ok(()),
        Err(e) => Err(e),
        Ok(_) => Ok(()),
    }
}

/// Renders an object's conditions for a timeout message:
/// `Ready=False (Progressing): fetching artifact; Reconciling=True (…): …`.
pub fn describe_conditions(obj: &DynamicObject) -> String {
    let conds = obj
        .data
        .get("status")
        .and_then(|s| s.get("conditions"))
        .and_then(|c| c.as_array());
    let Some(conds) = conds.filter(|c| !c.is_empty()) else {
        return "no conditions reported".to_string();
    };
    conds
        .iter()
        .map(|c| {
            let field = |k: &str| c.get(k).and_then(|v| v.as_str()).unwrap_or("");
            let mut s = format!("{}={}", field("type"), field("status"));
            if !field("reason").is_empty() {
                s.push_str(&format!(" ({})", field("reason")));
            }
            if !field("message").is_empty() {
                s.push_str(&format!(": {}", field("message")));
            }
            s
        })
        .collect::<Vec<_>>()
        .join("; ")
}
