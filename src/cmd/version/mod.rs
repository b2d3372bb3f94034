//! `flux version`: mirrors upstream `cmd/flux/version.go` (operate.md §5.7).
//! `--client` is implemented; the cluster part belongs to a later issue.
//!
//! The version printed is `v2.9.4`: upstream's build sets `VERSION=2.9.4` and `flux version`
//! prints `rootArgs.defaults.Version`, which is `"v" + VERSION`. A drop-in must print the same,
//! so scripts parsing `flux version --client` keep working.

use std::collections::BTreeMap;

use clap::{ArgAction, Args};

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
    if !args.client {
        // Reading the controller versions from the cluster belongs to a later issue.
        return crate::error::not_implemented();
    }
    let mut info = BTreeMap::new();
    info.insert("flux".to_string(), format!("v{FLUX_VERSION}"));
    ctx.ui.out(&render(&info, &args.output)?)?;
    Ok(ExitStatus::Success)
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
}
