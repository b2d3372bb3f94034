//! The Flux kinds table (group, version, kind, plural, aliases, printer columns, readiness) and
//! the typed CRD structs, one module per API group.

pub mod image;
pub mod meta;
pub mod notification;
pub mod source;
pub mod source_extensions;
