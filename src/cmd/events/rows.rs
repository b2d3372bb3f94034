//! The pure half of `flux events`: which events are shown, their order, the table row and the
//! kubectl "LAST SEEN" cell with Kubernetes' `HumanDuration` (operate.md §5.3 steps 7–8).

use jiff::Timestamp;
use k8s_openapi::api::core::v1::Event;

/// The table headers as upstream names them (tablewriter upper-cases them).
pub fn headers(show_ns: bool) -> Vec<&'static str> {
    let mut h = Vec::with_capacity(6);
    if show_ns {
        h.push("Namespace");
    }
    h.extend(["Last seen", "Type", "Reason", "Object", "Message"]);
    h
}

/// Whether an event is hidden: its object is not a Flux kind, or its type is not one of
/// `types` (case-insensitive) when types are given.
pub fn ignored(e: &Event, types: &[String]) -> bool {
    let kind = e.involved_object.kind.as_deref().unwrap_or("");
    if crate::kinds::by_kind_ignore_case(kind).is_none_or(|k| !k.events) {
        return true;
    }
    let t = e.type_.as_deref().unwrap_or("");
    !types.is_empty() && !types.iter().any(|x| x.eq_ignore_ascii_case(t))
}

/// The time an event sorts by: the series' last observation, else `lastTimestamp`, else
/// `eventTime` (`None` = Go's zero time, which sorts first).
pub fn sort_time(e: &Event) -> Option<Timestamp> {
    if let Some(s) = &e.series {
        return s.last_observed_time.as_ref().map(|t| t.0);
    }
    if let Some(t) = &e.last_timestamp {
        return Some(t.0);
    }
    e.event_time.as_ref().map(|t| t.0)
}

/// Sorts ascending by [`sort_time`], keeping the API order of equal times.
pub fn sort(events: &mut [Event]) {
    events.sort_by_key(sort_time);
}

/// One table row.
pub fn row(e: &Event, show_ns: bool, now: Timestamp) -> Vec<String> {
    let mut row = Vec::with_capacity(6);
    if show_ns {
        row.push(e.metadata.namespace.clone().unwrap_or_default());
    }
    let obj = &e.involved_object;
    row.push(last_seen(e, now));
    row.push(e.type_.clone().unwrap_or_default());
    row.push(e.reason.clone().unwrap_or_default());
    row.push(format!(
        "{}/{}",
        obj.kind.as_deref().unwrap_or(""),
        obj.name.as_deref().unwrap_or("")
    ));
    row.push(e.message.clone().unwrap_or_default());
    row
}

fn since(t: Option<Timestamp>, now: Timestamp) -> String {
    match t {
        None => "<unknown>".to_string(),
        Some(t) => {
            let nanos = now.as_nanosecond() - t.as_nanosecond();
            human_duration(nanos)
        }
    }
}

/// kubectl's LAST SEEN cell.
pub fn last_seen(e: &Event, now: Timestamp) -> String {
    let first = match &e.event_time {
        Some(t) => since(Some(t.0), now),
        None => since(e.first_timestamp.as_ref().map(|t| t.0), now),
    };
    if let Some(s) = &e.series {
        let last = since(s.last_observed_time.as_ref().map(|t| t.0), now);
        return format!("{last} (x{} over {first})", s.count.unwrap_or(0));
    }
    let count = e.count.unwrap_or(0);
    if count > 1 {
        let last = since(e.last_timestamp.as_ref().map(|t| t.0), now);
        return format!("{last} (x{count} over {first})");
    }
    first
}

/// `k8s.io/apimachinery/pkg/util/duration.HumanDuration` of a span in nanoseconds.
pub fn human_duration(nanos: i128) -> String {
    const S: i128 = 1_000_000_000;
    let seconds = nanos / S;
    if seconds < -1 {
        return "<invalid>".to_string();
    }
    if seconds < 0 {
        return "0s".to_string();
    }
    if seconds < 120 {
        return format!("{seconds}s");
    }
    let minutes = nanos / (60 * S);
    if minutes < 10 {
        let s = seconds % 60;
        return if s == 0 {
            format!("{minutes}m")
        } else {
            format!("{minutes}m{s}s")
        };
    }
    if minutes < 180 {
        return format!("{minutes}m");
    }
    let hours = nanos / (3600 * S);
    if hours < 8 {
        let m = minutes % 60;
        return if m == 0 {
            format!("{hours}h")
        } else {
            format!("{hours}h{m}m")
        };
    }
    if hours < 48 {
        return format!("{hours}h");
    }
    if hours < 24 * 8 {
        let h = hours % 24;
        return if h == 0 {
            format!("{}d", hours / 24)
        } else {
            format!("{}d{h}h", hours / 24)
        };
    }
    if hours < 24 * 365 * 2 {
        return format!("{}d", hours / 24);
    }
    if hours < 24 * 365 * 8 {
        let dy = (hours / 24) % 365;
        return if dy == 0 {
            format!("{}y", hours / 24 / 365)
        } else {
            format!("{}y{dy}d", hours / 24 / 365)
        };
    }
    format!("{}y", hours / 24 / 365)
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: i128 = 1_000_000_000;

    #[test]
    fn human_durations_as_kubernetes() {
        for (secs, want) in [
            (-3, "<invalid>"),
            (-1, "0s"),
            (0, "0s"),
            (119, "119s"),
            (120, "2m"),
            (125, "2m5s"),
            (600, "10m"),
            (179 * 60, "179m"),
            (3 * 3600, "3h"),
            (3 * 3600 + 600, "3h10m"),
            (8 * 3600, "8h"),
            (47 * 3600, "47h"),
            (48 * 3600, "2d"),
            (50 * 3600, "2d2h"),
            (8 * 86400, "8d"),
            (729 * 86400, "729d"),
            (730 * 86400, "2y"),
            (731 * 86400, "2y1d"),
            (8 * 365 * 86400, "8y"),
        ] {
            assert_eq!(human_duration(secs * S), want, "{secs}s");
        }
        // Go truncates toward zero: -1.5 s is still "0s".
        assert_eq!(human_duration(-3 * S / 2), "0s");
    }

    #[test]
    fn last_seen_with_count_and_series() {
        let now: Timestamp = "2024-01-01T12:00:00Z".parse().unwrap();
        let e: Event = serde_json::from_value(serde_json::json!({
            "metadata": {"name": "e", "namespace": "n"}, "involvedObject": {"kind": "GitRepository", "name": "x"},
            "firstTimestamp": "2024-01-01T11:00:00Z", "lastTimestamp": "2024-01-01T11:59:00Z", "count": 3
        }))
        .unwrap();
        assert_eq!(last_seen(&e, now), "60s (x3 over 60m)");
        let e: Event = serde_json::from_value(serde_json::json!({
            "metadata": {"name": "e"}, "involvedObject": {"kind": "GitRepository", "name": "x"},
            "eventTime": "2024-01-01T11:50:00.000000Z",
            "series": {"count": 2, "lastObservedTime": "2024-01-01T11:58:00.000000Z"}
        }))
        .unwrap();
        assert_eq!(last_seen(&e, now), "2m (x2 over 10m)");
        let e: Event = serde_json::from_value(serde_json::json!({
            "metadata": {"name": "e"}, "involvedObject": {"kind": "Pod", "name": "x"}
        }))
        .unwrap();
        assert_eq!(last_seen(&e, now), "<unknown>");
        assert!(ignored(&e, &[]));
    }
}
