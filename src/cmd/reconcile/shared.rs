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

/// The request token: the local time (Go's `time.Local`, see `get::local_tz`) in Go's RFC 3339
/// with nanoseconds (trailing zeros of the fraction dropped, `Z` for UTC).
pub fn request_token(ctx: &Ctx) -> String {
    format_token(&jiff::Timestamp::now().to_zoned(crate::cmd::get::local_tz(ctx)))
}

/// Go's `time.RFC3339Nano` layout of `t`.
fn format_token(t: &jiff::Zoned) -> String {
    let mut s = t.strftime("%Y-%m-%dT%H:%M:%S").to_string();
    let nanos = t.subsec_nanosecond();
    if nanos > 0 {
        let frac = format!("{nanos:09}");
        s.push('.');
        s.push_str(frac.trim_end_matches('0'));
    }
    let offset = t.offset().seconds();
    if offset == 0 {
        s.push('Z');
    } else {
        let (sign, abs) = if offset < 0 {
            ('-', -offset)
        } else {
            ('+', offset)
        };
        s.push_str(&format!("{sign}{:02}:{:02}", abs / 3600, (abs % 3600) / 60));
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
    fn request_token_is_go_rfc3339_nano() {
        let at = |ts: &str, tz: jiff::tz::TimeZone| {
            super::format_token(&ts.parse::<jiff::Timestamp>().expect("ts").to_zoned(tz))
        };
        let utc = jiff::tz::TimeZone::UTC;
        let plus2 = jiff::tz::TimeZone::fixed(jiff::tz::offset(2));
        assert_eq!(
            at("2026-08-10T12:03:07Z", utc.clone()),
            "2026-08-10T12:03:07Z"
        );
        assert_eq!(
            at("2026-08-10T12:03:07.1234Z", utc),
            "2026-08-10T12:03:07.1234Z"
        );
        assert_eq!(
            at("2026-08-10T12:03:07.123456789Z", plus2),
            "2026-08-10T14:03:07.123456789+02:00"
        );
    }
}
