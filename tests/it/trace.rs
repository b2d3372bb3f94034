//! `flux trace` against the fake cluster.
