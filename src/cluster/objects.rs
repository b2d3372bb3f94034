//! Kind-generic object access over the kinds table: `DynamicObject` APIs per kind and
//! namespace, typed reads, page-by-page listing (memory bounded by one page) and merge patches.

use kube::api::{Api, DynamicObject, ListParams, Patch, PatchParams};
use serde::de::DeserializeOwned;

use crate::kinds::KindInfo;

/// The default page size of paginated Lists (client-go's pager uses 500).
pub const PAGE_SIZE: u32 = 500;

/// The dynamic API of a kind in one namespace, or across all namespaces (`None`).
pub fn api(client: &kube::Client, kind: &KindInfo, namespace: Option<&str>) -> Api<DynamicObject> {
    let ar = kind.api_resource();
    match namespace {
        Some(ns) => Api::namespaced_with(client.clone(), ns, &ar),
        None => Api::all_with(client.clone(), &ar),
    }
}

/// Converts a dynamic object into a typed one (`GitRepository`, …).
pub fn typed<T: DeserializeOwned>(obj: &DynamicObject) -> Result<T, serde_json::Error> {
    serde_json::to_value(obj).and_then(serde_json::from_value)
}

/// The object as plain JSON.
pub fn to_json(obj: &DynamicObject) -> serde_json::Value {
    serde_json::to_value(obj).unwrap_or(serde_json::Value::Null)
}

/// Lists every object matching `params`, one page at a time, handing each page to `each`.
/// Returns the number of objects seen.
pub async fn for_each_page<F>(
    api: &Api<DynamicObject>,
    params: &ListParams,
    mut each: F,
) -> Result<usize, kube::Error>
where
    F: FnMut(Vec<DynamicObject>),
{
    let mut params = params.clone();
    if params.limit.is_none() {
        params.limit = Some(PAGE_SIZE);
    }
    let mut seen = 0;
    loop {
        let page = api.list(&params).await?;
        seen += page.items.len();
        let next = page.metadata.continue_.clone().filter(|c| !c.is_empty());
        each(page.items);
        match next {
            Some(token) => params.continue_token = Some(token),
            None => return Ok(seen),
        }
    }
}

/// Lists every object matching `params` (all pages) into one vector.
pub async fn list_all(
    api: &Api<DynamicObject>,
    params: &ListParams,
) -> Result<Vec<DynamicObject>, kube::Error> {
    let mut all = Vec::new();
    for_each_page(api, params, |page| all.extend(page)).await?;
    Ok(all)
}

/// Applies a JSON merge patch (`{"spec":{"suspend":true}}`) to one object.
pub async fn merge_patch(
    api: &Api<DynamicObject>,
    name: &str,
    patch: &serde_json::Value,
) -> Result<DynamicObject, kube::Error> {
    api.patch(name, &PatchParams::default(), &Patch::Merge(patch))
        .await
}

/// The value of `metadata.annotations[key]`.
pub fn annotation<'a>(obj: &'a DynamicObject, key: &str) -> Option<&'a str> {
    obj.metadata
        .annotations
        .as_ref()
        .and_then(|a| a.get(key))
        .map(String::as_str)
}
