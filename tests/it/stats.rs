//! `flux stats` against the fake cluster.
