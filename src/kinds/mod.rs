//! The Flux kinds table (group, version, kind, plural, aliases, printer columns, readiness) and
//! the typed CRD structs, one module per API group.

pub mod helm;
pub mod image;
pub mod kustomize;
pub mod meta;
pub mod notification;
pub mod readiness;
pub mod source;
pub mod source_extensions;

mod table;

pub use table::*;
