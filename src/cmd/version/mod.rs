//! `flux version`: mirrors upstream `cmd/flux/version.go` (operate.md §5.7): the CLI version,
//! the distribution (labels of the GitRepository CRD) and one entry per controller container
//! image of the Flux Deployments in `<ns>`.
//!
//! The version printed is `v2.9.4`: upstream's build sets `VERSION=2.9.4` and `flux version`
//! prints `rootArgs.defaults.Version`, which is `"v" + VERSION`. A drop-in must print the same,
//! so scripts parsing `flux version --client` keep working.

use std::collections::BTreeMap;

use clap::{ArgAction, Args};
use k8s_openapi::api::apps::v1::Deployment;
use kube::api::{Api, ListParams};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};

use crate::FLUX_VERSION;

const EXAMPLES: &str = "Examples:
  # Print the versions of the CLI and of the controllers in the cluster
  flux version

  # Print only the CLI version, as JSON
  flux version --client -o json";

/// Print the versions of the CLI and of the Flux controllers
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct VersionArgs {
    /// only print the CLI version, without contacting the cluster
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub client: bool,

    /// output format: 'yaml' or 'json'
    #[arg(short = 'o', long, default_value = "yaml")]
    pub output: String,
}

/// Renders the version map as `flux version` prints it: YAML lines in sorted key order, or
/// 2-space indented JSON with sorted keys, each ending in a newline.
pub fn render(info: &BTreeMap<String, String>, output: &str) -> Result<String, CliError> {
    match output {
        "yaml" => Ok(info
            .iter()
            .map(|(k, v)| format!("{k}: {}\n", yaml_scalar(v)))
            .collect()),
        "json" => {
            let mut text = serde_json::to_string_pretty(info)?;
            text.push('\n');
            Ok(text)
        }
        other => Err(CliError::msg(format!(
            "--output must be json or yaml, not {other}"
        ))),
    }
}

// Version strings are plain scalars; quote the odd value a YAML reader would misread.
fn yaml_scalar(v: &str) -> String {
    let plain = !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '@' | ':' | '/'))
        && !v.ends_with(':')
        && v.parse::<f64>().is_err()
        && !matches!(
            v,
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n" | "~"
        );
    if plain {
        v.to_string()
    } else {
        format!("{v:?}")
    }
}

/// Runs `flux version`.
pub async fn run(ctx: &Ctx, args: VersionArgs) -> Result<ExitStatus, CliError> {
    // The output format is checked before anything else, as upstream.
    if !matches!(args.output.as_str(), "yaml" | "json") {
        return Err(CliError::msg(format!(
            "--output must be json or yaml, not {}",
            args.output
        )));
    }
    let mut info = BTreeMap::new();
    info.insert("flux".to_string(), format!("v{FLUX_VERSION}"));
    if !args.client {
        let ns = ctx.namespace().to_string();
        let timeout = ctx.globals.timeout.to_std();
        let cluster = tokio::time::timeout(timeout, cluster_versions(ctx, &ns)).await;
        match cluster {
            Ok(r) => info.extend(r?),
            Err(_) => return Err(CliError::msg("context deadline exceeded")),
        }
    }
    ctx.ui.out(&render(&info, &args.output)?)?;
    Ok(ExitStatus::Success)
}

/// The label selecting the Flux controller Deployments.
const PART_OF: &str = "app.kubernetes.io/part-of=flux";

// The distribution and the controller versions found in the cluster.
async fn cluster_versions(ctx: &Ctx, ns: &str) -> Result<BTreeMap<String, String>, CliError> {
    let client = ctx.kube().await?.clone();
    let mut info = BTreeMap::new();
    // Not installed (no CRD) is no error here.
    if let Some(ci) = crate::components::cluster_info::get(&client).await? {
        let dist = ci.distribution();
        if !dist.is_empty() {
            info.insert("distribution".to_string(), dist);
        }
    }
    let deployments: Api<Deployment> = Api::namespaced(client, ns);
    let list = deployments
        .list(&ListParams::default().labels(PART_OF))
        .await?;
    if list.items.is_empty() {
        return Err(CliError::msg(format!(
            "no deployments found in {ns} namespace"
        )));
    }
    for d in &list.items {
        let containers = d
            .spec
            .as_ref()
            .and_then(|s| s.template.spec.as_ref())
            .map(|s| s.containers.as_slice())
            .unwrap_or_default();
        for c in containers {
            let image = c.image.as_deref().unwrap_or("");
            let (name, tag) = split_image(image).map_err(CliError::msg)?;
            info.insert(name, tag);
        }
    }
    Ok(info)
}

/// Splits a container image into the component name (last path segment of the repository,
/// registry host removed) and everything after the first `:` of the rest (tag, digest).
pub fn split_image(image: &str) -> Result<(String, String), String> {
    if !valid_reference(image) {
        return Err(format!(
            "parsing image '{image}' failed: could not parse reference: {image}"
        ));
    }
    let rest = match image.split_once('/') {
        Some((host, rest)) if host.contains('.') || host.contains(':') || host == "localhost" => {
            rest
        }
        _ => image,
    };
    let Some((repo, tag)) = rest.split_once(':') else {
        return Err(format!("missing image tag in image {image}"));
    };
    let name = repo.rsplit('/').next().unwrap_or(repo);
    Ok((name.to_string(), tag.to_string()))
}

// go-containerregistry's reference grammar, loosely: non-empty, no whitespace, a lower-case
// repository, a tag of at most 128 word characters, `.` and `-`.
fn valid_reference(image: &str) -> bool {
    if image.is_empty() || image.chars().any(|c| c.is_whitespace()) {
        return false;
    }
    let (base, digest) = match image.split_once('@') {
        Some((b, d)) => (b, Some(d)),
        None => (image, None),
    };
    if let Some(d) = digest
        && !d.split_once(':').is_some_and(|(a, h)| {
            !a.is_empty() && !h.is_empty() && h.chars().all(|c| c.is_ascii_hexdigit())
        })
    {
        return false;
    }
    let (host, path) = match base.split_once('/') {
        Some((h, p)) if h.contains('.') || h.contains(':') || h == "localhost" => (Some(h), p),
        _ => (None, base),
    };
    let _ = host;
    let (repo, tag) = match path.rsplit_once(':') {
        Some((r, t)) => (r, Some(t)),
        None => (path, None),
    };
    if let Some(t) = tag
        && (t.is_empty()
            || t.len() > 128
            || !t
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')))
    {
        return false;
    }
    !repo.is_empty()
        && repo.split('/').all(|seg| {
            !seg.is_empty()
                && seg.chars().all(|c| {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '.' | '-')
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_sorted_yaml_and_json() {
        let mut info = BTreeMap::new();
        info.insert("flux".to_string(), "v2.9.4".to_string());
        info.insert("source-controller".to_string(), "v1.9.4".to_string());
        info.insert("distribution".to_string(), "flux-v2.9.4".to_string());
        assert_eq!(
            render(&info, "yaml").unwrap(),
            "distribution: flux-v2.9.4\nflux: v2.9.4\nsource-controller: v1.9.4\n"
        );
        assert_eq!(
            render(&info, "json").unwrap(),
            "{\n  \"distribution\": \"flux-v2.9.4\",\n  \"flux\": \"v2.9.4\",\n  \"source-controller\": \"v1.9.4\"\n}\n"
        );
        assert!(render(&info, "toml").is_err());
        assert_eq!(yaml_scalar("1.0"), "\"1.0\"");
    }

    // Upstream `TestSplitImageStr`.
    #[test]
    fn splits_images_as_upstream() {
        for (image, name, tag) in [
            (
                "fluxcd/notification-controller:v1.0.0",
                "notification-controller",
                "v1.0.0",
            ),
            (
                "ghcr.io/fluxcd/kustomize-controller:v1.0.0",
                "kustomize-controller",
                "v1.0.0",
            ),
            (
                "reg.internal:8080/fluxcd/source-controller:v1.0.0",
                "source-controller",
                "v1.0.0",
            ),
            (
                "fluxcd/source-controller:v1.0.1@sha256:49921d1c7b100650dd654a32df1f6e626b54dfe9707d7bb7bdf43fb7c81f1baf",
                "source-controller",
                "v1.0.1@sha256:49921d1c7b100650dd654a32df1f6e626b54dfe9707d7bb7bdf43fb7c81f1baf",
            ),
        ] {
            assert_eq!(
                split_image(image).unwrap(),
                (name.to_string(), tag.to_string())
            );
        }
        assert_eq!(
            split_image("fluxcd/source-controller").unwrap_err(),
            "missing image tag in image fluxcd/source-controller"
        );
        assert!(
            split_image("Bad Image")
                .unwrap_err()
                .starts_with("parsing image 'Bad Image' failed")
        );
    }
}
