//! `flux stats`: mirrors upstream `cmd/flux/stats.go` (operate.md §5.6): per-kind counts of
//! running, failing and suspended objects and their artifact storage, the kinds listed
//! concurrently over one client. Deviations: a List that fails without an answer from the API
//! server (connection refused, deadline) is an error, where upstream prints zeros; an API error
//! (CRD missing, forbidden) still yields zeros as upstream. Beyond upstream: `-o json|yaml`.

use clap::{ArgAction, Args};
use kube::api::ListParams;
use serde_json::{Value, json};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};
use crate::kinds::{self, KindInfo};
use crate::ui::tablewriter;

const EXAMPLES: &str = "Examples:
  # Show the statistics of the Flux namespace
  flux stats

  # Show the statistics of all namespaces
  flux stats -A";

/// Show how many Flux resources run, fail or are suspended, and their storage
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct StatsArgs {
    /// count the resources of all namespaces
    #[arg(short = 'A', long, global = true, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub all_namespaces: bool,

    /// print the statistics as 'json' or 'yaml' instead of a table
    #[arg(short = 'o', long, value_parser = ["json", "yaml"])]
    pub output: Option<String>,
}

/// The kinds counted, in upstream order.
pub static KINDS: &[&KindInfo] = &[
    &kinds::GIT_REPOSITORY,
    &kinds::OCI_REPOSITORY,
    &kinds::HELM_REPOSITORY,
    &kinds::HELM_CHART,
    &kinds::BUCKET,
    &kinds::KUSTOMIZATION,
    &kinds::HELM_RELEASE,
    &kinds::ALERT,
    &kinds::PROVIDER,
    &kinds::RECEIVER,
    &kinds::IMAGE_UPDATE_AUTOMATION,
    &kinds::IMAGE_POLICY,
    &kinds::IMAGE_REPOSITORY,
];

/// The counts of one kind.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Counts {
    /// Objects listed.
    pub total: usize,
    /// Objects with `spec.suspend: true`.
    pub suspended: usize,
    /// `Ready=False` conditions.
    pub failing: usize,
    /// Sum of `status.artifact.size`.
    pub storage: i64,
}

impl Counts {
    /// Adds one object.
    pub fn add(&mut self, obj: &Value) {
        self.total += 1;
        if obj.pointer("/spec/suspend").and_then(Value::as_bool) == Some(true) {
            self.suspended += 1;
        }
        if let Some(conds) = obj.pointer("/status/conditions").and_then(Value::as_array) {
            self.failing += conds
                .iter()
                .filter(|c| c["type"] == "Ready" && c["status"] == "False")
                .count();
        }
        if let Some(size) = obj.pointer("/status/artifact/size").and_then(Value::as_i64) {
            self.storage = self.storage.wrapping_add(size);
        }
    }
}

/// Upstream's `formatSize`: `-`, `<n> B`, or one decimal and a binary unit.
pub fn format_size(b: i64) -> String {
    const UNIT: i64 = 1024;
    if b == 0 {
        return "-".into();
    }
    if b < UNIT {
        return format!("{b} B");
    }
    let (mut div, mut exp) = (UNIT, 0usize);
    let mut n = b / UNIT;
    while n >= UNIT {
        div *= UNIT;
        exp += 1;
        n /= UNIT;
    }
    let unit = b"KMGTPE"[exp.min(5)] as char;
    format!("{:.1} {unit}iB", b as f64 / div as f64)
}

/// Lists one kind, counting page by page. `Err` only when the API server gave no answer.
async fn count(
    client: &kube::Client,
    kind: &KindInfo,
    scope: Option<&str>,
) -> Result<Counts, kube::Error> {
    let api = crate::cluster::objects::api(client, kind, scope);
    let mut counts = Counts::default();
    let listed = crate::cluster::objects::for_each_page(&api, &ListParams::default(), |page| {
        for obj in &page {
            counts.add(&serde_json::to_value(obj).unwrap_or(Value::Null));
        }
    })
    .await;
    match listed {
        Ok(_) => Ok(counts),
        Err(kube::Error::Api(_)) => Ok(Counts::default()),
        Err(e) => Err(e),
    }
}

/// Runs `flux stats`.
pub async fn run(ctx: &Ctx, args: StatsArgs) -> Result<ExitStatus, CliError> {
    let client = ctx.kube().await?.clone();
    let ns = ctx.namespace().to_string();
    let scope = (!args.all_namespaces).then_some(ns.as_str());
    let work = futures::future::join_all(KINDS.iter().map(|k| count(&client, k, scope)));
    let results = ctx.within(async { Ok(work.await) }).await?;
    let mut all = Vec::with_capacity(KINDS.len());
    for r in results {
        all.push(r?);
    }
    let text = match args.output.as_deref() {
        Some(format) => {
            let items: Vec<Value> = KINDS
                .iter()
                .zip(&all)
                .map(|(k, c)| {
                    json!({
                        "reconciler": k.kind,
                        "running": c.total - c.suspended,
                        "failing": c.failing,
                        "suspended": c.suspended,
                        "storage": c.storage,
                    })
                })
                .collect();
            if format == "json" {
                format!("{}\n", serde_json::to_string_pretty(&Value::Array(items))?)
            } else {
                crate::yaml::to_string(&Value::Array(items))
            }
        }
        None => {
            let rows: Vec<Vec<String>> = KINDS
                .iter()
                .zip(&all)
                .map(|(k, c)| {
                    vec![
                        k.kind.to_string(),
                        (c.total - c.suspended).to_string(),
                        c.failing.to_string(),
                        c.suspended.to_string(),
                        format_size(c.storage),
                    ]
                })
                .collect();
            tablewriter::render(
                Some(&["RECONCILERS", "RUNNING", "FAILING", "SUSPENDED", "STORAGE"]),
                &rows,
            )
        }
    };
    ctx.ui.out(&text)?;
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(format_size(0), "-");
        assert_eq!(format_size(1023), "1023 B");
        assert_eq!(format_size(1024), "1.0 KiB");
        assert_eq!(format_size(12595), "12.3 KiB");
        assert_eq!(format_size(1048576), "1.0 MiB");
        assert_eq!(format_size(5 * 1024 * 1024 * 1024), "5.0 GiB");
        assert_eq!(format_size(i64::MAX), "8.0 EiB");
    }

    #[test]
    fn counting() {
        let mut c = Counts::default();
        c.add(&json!({"spec": {"suspend": true}, "status": {"artifact": {"size": 10}}}));
        c.add(
            &json!({"status": {"conditions": [{"type": "Ready", "status": "False"}],
                                  "artifact": {"size": 1.5}}}),
        );
        assert_eq!(
            c,
            Counts {
                total: 2,
                suspended: 1,
                failing: 1,
                storage: 10
            }
        );
    }
}
