//! OCI artifacts (artifacts-create.md Part A). This first part holds what `build artifact`
//! needs and `push`/`diff` will reuse: the gitignore dialect of `--ignore-paths` (`ignore`), the
//! streaming tar.gz builder that hashes while it writes (`tarball`), and the input staging for
//! stdin and `--resolve-symlinks` (`stage`), the registry client every artifact command shares
//! (`client`: URLs, auth, retries, streamed blobs), pull's extraction (`extract`), cloud
//! provider credentials (`provider`) and cosign signatures (`sign`). The filesystem parts are
//! blocking by design: callers use `spawn_blocking`.

pub mod client;
pub mod extract;
pub mod ignore;
pub mod provider;
pub mod semver;
pub mod sign;
pub mod stage;
pub mod tarball;

use std::io;

/// The default of `--ignore-paths` on build, push and diff (§A.3).
pub const DEFAULT_IGNORE: &[&str] = &[
    ".git/",
    ".gitignore",
    ".gitmodules",
    ".gitattributes",
    "*.jpg",
    "*.jpeg",
    "*.gif",
    "*.png",
    "*.wmv",
    "*.flv",
    "*.tar.gz",
    "*.zip",
];

/// Errors of the artifact builder; the text is upstream's cause text (Go error strings).
#[derive(Debug, thiserror::Error)]
pub enum OciError {
    /// A filesystem operation failed; the message is Go's `*PathError`-style text.
    #[error("{0}")]
    Io(String),
}

/// Go's text for an errno (`no such file or directory`, `permission denied`, ...).
pub fn go_errno(err: &io::Error) -> String {
    let s = err.to_string();
    let s = s.split(" (os error").next().unwrap_or(&s);
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// Go's `*PathError` text: `<op> <path>: <errno text>`.
pub fn go_path_error(op: &str, path: &str, err: &io::Error) -> String {
    format!("{op} {path}: {}", go_errno(err))
}

/// A Go `os.CreateTemp`/`MkdirTemp` name: prefix, a random `uint32` in decimal, suffix.
pub(crate) fn temp_name(prefix: &str, suffix: &str) -> String {
    format!("{prefix}{}{suffix}", rand::random::<u32>())
}
