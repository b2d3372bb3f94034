//! `flux logs`: mirrors upstream `cmd/flux/logs.go` (operate.md §5.4): the `pods/log` of one
//! pod per Flux controller Deployment, read pod after pod (or merged, with `--follow` and
//! several pods), each JSON line filtered and printed in upstream's one-line format.
//! Deviations: a JSON parse error's text is serde's, not Go's.

pub mod entry;
pub mod pods;

use clap::{ArgAction, Args};
use futures::{AsyncBufReadExt, StreamExt};
use k8s_openapi::api::core::v1::Pod;
use kube::api::{Api, LogParams};

use crate::cli::{GoDuration, parse_bool, parse_duration, parse_i64};
use crate::cmd::Ctx;
use crate::cmd::values::{LogLevel, parse_log_level};
use crate::error::{CliError, ExitStatus};

const EXAMPLES: &str = "Examples:
  # Print the logs of every Flux controller
  flux logs

  # Follow the error logs of the Kustomization 'podinfo'
  flux logs --follow --level=error --kind=Kustomization --name=podinfo

  # Print the logs of the objects in all namespaces
  flux logs --all-namespaces";

/// Show the logs of the Flux controllers
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct LogsArgs {
    /// only show entries of this log level (debug, info, error)
    #[arg(long, value_parser = parse_log_level)]
    pub level: Option<LogLevel>,

    /// only show entries about objects of this kind
    #[arg(long)]
    pub kind: Option<String>,

    /// only show entries about objects with this name
    #[arg(long)]
    pub name: Option<String>,

    /// keep streaming new entries
    #[arg(short = 'f', long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub follow: bool,

    /// number of recent lines to show per controller (-1 shows all)
    #[arg(long, default_value = "-1", allow_negative_numbers = true, value_parser = parse_i64)]
    pub tail: i64,

    /// namespace the Flux controllers run in
    #[arg(long, default_value = "flux-system")]
    pub flux_namespace: String,

    /// show entries about objects in every namespace
    #[arg(short = 'A', long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub all_namespaces: bool,

    /// only show entries newer than this duration (e.g. 5s, 2m, 3h)
    #[arg(long, value_parser = parse_duration)]
    pub since: Option<GoDuration>,

    /// only show entries after this RFC3339 time
    #[arg(long)]
    pub since_time: Option<String>,

    // Positional arguments are rejected at run time with upstream's message.
    #[arg(hide = true)]
    pub args: Vec<String>,
}

// The log options of one pod: `manager` when it has several containers.
fn params_for(pod: &Pod, base: &LogParams) -> LogParams {
    let mut lp = base.clone();
    let containers = pod.spec.as_ref().map(|s| s.containers.len()).unwrap_or(0);
    if containers > 1 {
        lp.container = Some("manager".to_string());
    }
    lp
}

// Go's `Duration.Round(time.Second)` in whole seconds (halves away from zero).
fn round_seconds(nanos: i64) -> i64 {
    const S: i64 = 1_000_000_000;
    let q = nanos / S;
    let r = nanos % S;
    if r.abs() * 2 >= S { q + r.signum() } else { q }
}

/// What happened while reading one stream.
enum Line {
    Text(String),
    Failed(String),
}

// Handles one line of a stream; `false` stops that stream (parse error).
fn handle(ctx: &Ctx, filter: &entry::Filter, line: &str) -> Result<bool, CliError> {
    if !line.starts_with('{') {
        return Ok(true);
    }
    match entry::Entry::parse(line) {
        Ok(e) => {
            if e.shown(filter) {
                ctx.ui.out(&e.render())?;
            }
            Ok(true)
        }
        Err(err) => {
            ctx.ui.failure(&format!("parse error: {err}"));
            Ok(false)
        }
    }
}

/// Runs `flux logs`.
pub async fn run(ctx: &Ctx, args: LogsArgs) -> Result<ExitStatus, CliError> {
    let client = ctx.kube().await?.clone();
    if !args.args.is_empty() {
        return Err(CliError::msg("no argument required"));
    }
    let timeout = ctx.globals.timeout.to_std();
    let deadline = tokio::time::Instant::now() + timeout;
    let fns = args.flux_namespace.clone();
    let found = match tokio::time::timeout_at(deadline, pods::flux_pods(&client, &fns)).await {
        Ok(r) => r?,
        Err(_) => return Err(CliError::msg("context deadline exceeded")),
    };
    let mut base = LogParams {
        follow: args.follow,
        ..LogParams::default()
    };
    if args.tail > -1 {
        base.tail_lines = Some(args.tail);
    }
    let since_time = args.since_time.as_deref().filter(|s| !s.is_empty());
    let since = args.since.filter(|d| d.0 != 0);
    if since_time.is_some() && since.is_some() {
        return Err(CliError::msg(
            "at most one of `sinceTime` or `sinceDuration` may be specified",
        ));
    }
    if let Some(t) = since_time {
        let parsed: jiff::Timestamp = t
            .parse()
            .map_err(|_| CliError::msg(format!("{t} is not a valid (RFC3339) time")))?;
        base.since_time = Some(parsed);
    }
    if let Some(d) = since {
        base.since_seconds = Some(round_seconds(d.0));
    }
    let filter = entry::Filter {
        level: args.level.map(|l| l.as_str().to_string()),
        kind: args.kind.clone(),
        name: args.name.clone(),
        all_namespaces: args.all_namespaces,
        namespace: ctx.namespace().to_string(),
    };
    let api: Api<Pod> = Api::namespaced(client, &fns);

    if args.follow && found.len() > 1 {
        // Every stream at once, merged line by line; failures are reported, not fatal.
        let mut stopped = std::collections::HashSet::new();
        let tagged = found.iter().enumerate().map(|(i, pod)| {
            let name = pod.metadata.name.clone().unwrap_or_default();
            let lp = params_for(pod, &base);
            let api = api.clone();
            futures::stream::once(async move { api.log_stream(&name, &lp).await })
                .flat_map(|opened| match opened {
                    Ok(r) => r
                        .lines()
                        .map(|l| match l {
                            Ok(l) => Line::Text(l),
                            Err(e) => Line::Failed(e.to_string()),
                        })
                        .boxed(),
                    Err(e) => {
                        futures::stream::iter([Line::Failed(crate::cluster::api_error_text(&e))])
                            .boxed()
                    }
                })
                .map(move |l| (i, l))
                .boxed()
        });
        let mut all = futures::stream::select_all(tagged);
        let read = async {
            while let Some((i, line)) = all.next().await {
                if stopped.contains(&i) {
                    continue;
                }
                match line {
                    Line::Text(l) => {
                        if !handle(ctx, &filter, &l)? {
                            stopped.insert(i);
                        }
                    }
                    Line::Failed(e) => {
                        ctx.ui.err_line(&format!("failed getting logs: {e}"));
                        stopped.insert(i);
                    }
                }
            }
            Ok::<_, CliError>(())
        };
        return match tokio::time::timeout_at(deadline, read).await {
            Ok(r) => r.map(|()| ExitStatus::Success),
            Err(_) => Ok(ExitStatus::Success),
        };
    }

    let mut failed = false;
    let sequential = async {
        for pod in &found {
            let name = pod.metadata.name.clone().unwrap_or_default();
            let lp = params_for(pod, &base);
            let reader = match api.log_stream(&name, &lp).await {
                Ok(r) => r,
                Err(e) => {
                    ctx.ui.err_line(&format!(
                        "failed getting logs: {}",
                        crate::cluster::api_error_text(&e)
                    ));
                    failed = true;
                    continue;
                }
            };
            let mut lines = reader.lines();
            while let Some(line) = lines.next().await {
                match line {
                    Ok(l) => {
                        if !handle(ctx, &filter, &l)? {
                            break;
                        }
                    }
                    // A broken stream ends it, as Go's scanner does.
                    Err(_) => break,
                }
            }
        }
        Ok::<_, CliError>(())
    };
    match tokio::time::timeout_at(deadline, sequential).await {
        Ok(r) => r?,
        Err(_) => return Ok(ExitStatus::Success),
    }
    if failed {
        return Err(CliError::msg("failed to collect logs from all Flux pods"));
    }
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_rounds_to_whole_seconds() {
        assert_eq!(round_seconds(120_000_000_000), 120);
        assert_eq!(round_seconds(1_500_000_000), 2);
        assert_eq!(round_seconds(1_499_999_999), 1);
        assert_eq!(round_seconds(400_000_000), 0);
    }
}
