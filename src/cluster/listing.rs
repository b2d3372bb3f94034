//! Concurrent paginated listing: one producer per kind feeds its pages into a bounded channel,
//! so a consumer can render the kinds in a fixed order while every List runs at once and at
//! most one page per kind waits in memory (`flux get all -A`). Core code: never prints.

use kube::api::{Api, DynamicObject, ListParams};
use tokio::sync::mpsc;

use super::objects::PAGE_SIZE;

/// One page of a List, or the error that ended it.
pub type Page = Result<Vec<DynamicObject>, kube::Error>;

/// Lists every object matching `params` page by page into `tx`; stops at the first error
/// (sent as the last item) or when the receiver goes away.
pub async fn send_pages(api: Api<DynamicObject>, params: ListParams, tx: mpsc::Sender<Page>) {
    let mut params = params;
    if params.limit.is_none() {
        params.limit = Some(PAGE_SIZE);
    }
    loop {
        match api.list(&params).await {
            Ok(list) => {
                let next = list.metadata.continue_.clone().filter(|c| !c.is_empty());
                if tx.send(Ok(list.items)).await.is_err() {
                    return;
                }
                match next {
                    Some(token) => params.continue_token = Some(token),
                    None => return,
                }
            }
            Err(e) => {
                let _ = tx.send(Err(e)).await;
                return;
            }
        }
    }
}

/// A bounded page channel holding at most one page.
pub fn page_channel() -> (mpsc::Sender<Page>, mpsc::Receiver<Page>) {
    mpsc::channel(1)
}
