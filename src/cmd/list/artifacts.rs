//! `flux list artifacts`: mirrors upstream `cmd/flux/list_artifact.go` (artifacts-create.md §A.9).
//! Deviations: none known.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::registry::RegistryAuthArgs;
use crate::error::{CliError, ExitStatus};
use crate::oci::client::{self, ArtifactRef};
use crate::oci::semver::{Constraint, Version};
use crate::ui::tablewriter;

const EXAMPLES: &str = "Examples:
  # List the artifacts of a repository
  flux list artifacts oci://ghcr.io/org/config/app

  # Only list the tags matching a semver range
  flux list artifacts oci://ghcr.io/org/config/app --filter-semver=\">=1.0.0\"";

// List artifacts.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ListArtifactsArgs {
    /// the repository URL (oci://<registry>/<repository>)
    #[arg(value_name = "URL")]
    pub args: Vec<String>,

    /// only list tags that satisfy this semver constraint
    #[arg(long)]
    pub filter_semver: Option<String>,

    /// only list tags that match this regular expression
    #[arg(long)]
    pub filter_regex: Option<String>,

    #[command(flatten)]
    pub registry: RegistryAuthArgs,

    /// allow plain HTTP and unverified TLS to the registry
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub insecure_registry: bool,
}

/// Runs `flux list artifacts`.
pub async fn run(ctx: &Ctx, args: ListArtifactsArgs) -> Result<ExitStatus, CliError> {
    let Some(url) = args.args.first().cloned() else {
        return Err(CliError::msg("artifact repository URL is required"));
    };
    let reference = ArtifactRef::parse(&url).map_err(CliError::msg)?;
    let shown = url.trim_start_matches("oci://").to_string();
    // go-containerregistry `name.NewRepository`: a tag or digest is not part of a repository.
    let repo_part = match shown.split_once('/') {
        Some((h, r)) if h.contains('.') || h.contains(':') => r,
        _ => shown.as_str(),
    };
    if repo_part.contains([':', '@']) {
        return Err(CliError::msg(format!(
            "listing tags failed: repository can only contain the characters `abcdefghijklmnopqrstuvwxyz0123456789_-./`: {repo_part}"
        )));
    }
    args.registry.print_login(ctx);
    let work = async {
        let repo = args
            .registry
            .client(ctx, &reference, args.insecure_registry, "")
            .await?
            .pull_only();
        let mut tags = repo
            .tags()
            .await
            .map_err(|e| CliError::msg(format!("listing tags failed: {e}")))?;
        tags.sort_by(|a, b| b.cmp(a));
        let semver = match args.filter_semver.as_deref().filter(|s| !s.is_empty()) {
            Some(c) => Some(
                Constraint::parse(c)
                    .map_err(|e| CliError::msg(format!("semver '{c}' parse error: {e}")))?,
            ),
            None => None,
        };
        let regex = match args.filter_regex.as_deref().filter(|s| !s.is_empty()) {
            Some(r) => Some(regex::Regex::new(r).map_err(|e| {
                CliError::msg(format!("regex '{r}' parse error: {}", go_regex_error(&e)))
            })?),
            None => None,
        };
        let mut rows = Vec::new();
        for tag in &tags {
            if tag.ends_with(".att") || tag.ends_with(".sbom") || tag.ends_with(".sig") {
                continue;
            }
            if let Some(c) = &semver {
                if tag.matches('.').count() < 2 {
                    continue;
                }
                match Version::parse(tag) {
                    Some(v) if c.check(&v) => {}
                    _ => continue,
                }
            }
            if let Some(r) = &regex
                && !r.is_match(tag)
            {
                continue;
            }
            let manifest = repo
                .manifest_required(tag)
                .await
                .map_err(|e| CliError::msg(format!("fetching manifest failed: {e}")))?;
            let ann = manifest
                .image()
                .ok()
                .and_then(|m| m.annotations)
                .unwrap_or_default();
            let get = |k: &str| ann.get(k).cloned().unwrap_or_default();
            rows.push(vec![
                format!("{shown}:{tag}"),
                manifest.digest.clone(),
                get(client::ANNOTATION_SOURCE),
                get(client::ANNOTATION_REVISION),
            ]);
        }
        let text = tablewriter::render(Some(&["ARTIFACT", "DIGEST", "SOURCE", "REVISION"]), &rows);
        ctx.ui.out(&text)?;
        Ok(ExitStatus::Success)
    };
    crate::cmd::registry::with_timeout(ctx, "listing artifacts failed", work).await
}

/// The first line of a regex error (the Rust crate's text is multi-line).
fn go_regex_error(e: &regex::Error) -> String {
    let s = e.to_string();
    s.lines()
        .filter(|l| l.starts_with("error:"))
        .map(|l| l.trim_start_matches("error:").trim().to_string())
        .next()
        .unwrap_or(s)
}
