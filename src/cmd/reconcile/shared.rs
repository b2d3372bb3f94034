//! Pieces the operating verbs (`reconcile`, `suspend`, `resume`, `create`) share on the command
//! side: the request token, the wait spinner (only on a terminal), the bulk selection
//! (`--all` / `-l`) and listing objects for it.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use kube::api::{DynamicObject, ListParams};

use crate::cluster::objects;
use crate::cmd::Ctx;
use crate::error::CliError;
use crate::kinds::KindInfo;

/// The request token: the local time in Go's RFC 3339 with nanoseconds (trailing zeros of the
/// fraction dropped, `Z` for UTC).
pub fn request_token() -> String {
    use chrono::{Local, Timelike};
    let now = Local::now();
    let mut s = now.format("%Y-%m-%dT%H:%M:%S").to_string();
    let nanos = now.nanosecond() % 1_000_000_000;
    if nanos != 0 {
        let frac = format!("{nanos:09}");
        s.push('.');
        s.push_str(frac.trim_end_matches('0'));
    }
    if now.offset().local_minus_utc() == 0 {
        s.push('Z');
    } else {
        s.push_str(&now.format("%:z").to_string());
    }
    s
}

/// A spinner on stderr while a wait runs; nothing when stderr is not a terminal.
pub struct Spinner(Option<ProgressBar>);

impl Spinner {
    /// Starts a spinner showing `msg` (terminal only).
    pub fn start(ctx: &Ctx, msg: &str) -> Self {
        if !ctx.ui.stderr_is_tty() {
            return Self(None);
        }
        let pb = ProgressBar::new_spinner();
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
            pb.set_style(style);
        }
        pb.set_message(msg.to_string());
        pb.enable_steady_tick(Duration::from_millis(120));
        Self(Some(pb))
    }

    /// Removes the spinner.
    pub fn stop(self) {
        if let Some(pb) = self.0 {
            pb.finish_and_clear();
        }
    }
}

/// `--all` / `-l`: which objects a bulk operation acts on (flux-rs addition for `reconcile`;
/// `-l` also for `suspend` and `resume`).
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// `--all`.
    pub all: bool,
    /// `-l`, `--label-selector`.
    pub label_selector: Option<String>,
}

impl Selection {
    /// Whether a bulk operation was asked for.
    pub fn is_bulk(&self) -> bool {
        self.all || self.label_selector.is_some()
    }
}

/// Lists the objects of `kind` in `ns`, filtered by the selection's label selector.
pub async fn list_selected(
    ctx: &Ctx,
    kind: &'static KindInfo,
    ns: &str,
    sel: &Selection,
) -> Result<Vec<DynamicObject>, CliError> {
    let client = ctx.kube().await?;
    let api = objects::api(client, kind, Some(ns));
    let mut params = ListParams::default();
    if let Some(l) = &sel.label_selector {
        params = params.labels(l);
    }
    Ok(objects::list_all(&api, &params).await?)
}

/// The deadline of a command that started now.
pub fn deadline(ctx: &Ctx) -> tokio::time::Instant {
    tokio::time::Instant::now() + ctx.globals.timeout.to_std()
}

#[cfg(test)]
mod tests {
    #[test]
    fn request_token_is_rfc3339_nano() {
        let t = super::request_token();
        // 2026-08-10T14:03:07.123456789+02:00, fraction without trailing zeros, Z for UTC.
        assert!(t.len() >= 20, "{t}");
        assert_eq!(&t[4..5], "-");
        assert_eq!(&t[10..11], "T");
        if let Some((_, frac)) = t.split_once('.') {
            let digits: String = frac.chars().take_while(char::is_ascii_digit).collect();
            assert!(!digits.ends_with('0') && digits.len() <= 9, "{t}");
        }
        assert!(
            t.ends_with('Z') || t[t.len() - 6..].starts_with(['+', '-']),
            "{t}"
        );
    }
}
