//! `flux create image policy`: mirrors upstream `cmd/flux/create_image_policy.go` (v2.9.4).
//! Deviations: applying to the cluster is not implemented yet; see `manifests::image` for the
//! regex dialect.
//!
//! Upstream defines a local `--interval` (default 0) that shadows the inherited `create
//! --interval` (default 1m). Here the local flag keeps the id `interval`: clap then does not
//! propagate the global one into this command, and its global-value propagation hands the most
//! explicit value to both levels, so `flux create image policy x --interval=5m` and
//! `flux create --interval=5m image policy x` both reach this field, and the default is 0.

use clap::Args;

use crate::cli::{GoDuration, parse_duration};
use crate::cmd::Ctx;
use crate::cmd::create::ApplyWords;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::image::{ImagePolicyOptions, image_policy};
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Generate an ImagePolicy that selects the latest stable release
  flux create image policy podinfo \\
    --image-ref=podinfo \\
    --select-semver=\">=1.0.0\"

  # Generate an ImagePolicy that selects the newest main branch build tagged as
  # \"${GIT_BRANCH}-${GIT_SHA:0:7}-$(date +%s)\"
  flux create image policy podinfo \\
    --image-ref=podinfo \\
    --select-numeric=asc \\
    --filter-regex='^main-[a-f0-9]+-(?P<ts>[0-9]+)' \\
    --filter-extract='$ts'

  # Generate an ImagePolicy that also reflects the digest of the selected tag every 10 minutes
  flux create image policy podinfo \\
    --image-ref=podinfo \\
    --select-semver=\">=1.0.0\" \\
    --reflect-digest=Always \\
    --interval=10m";

/// Create or update an ImagePolicy object
///
/// Generates an ImagePolicy resource, which picks the "latest" image of an image repository
/// according to a policy such as a semver range. The image that sorts highest under the policy is
/// recorded in the object's status.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateImagePolicyArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// the name of an ImageRepository object
    #[arg(long, default_value = "")]
    pub image_ref: String,

    /// a semver range the tags must satisfy (e.g. '1.x')
    #[arg(long, default_value = "")]
    pub select_semver: String,

    /// select by alphabetical order: "asc" selects the last tag, "desc" the first
    #[arg(long, default_value = "")]
    pub select_alpha: String,

    /// select by numerical order: "asc" selects the last tag, "desc" the first
    #[arg(long, default_value = "")]
    pub select_numeric: String,

    /// a regular expression the tags must match
    #[arg(long, default_value = "")]
    pub filter_regex: String,

    /// a replacement built from --filter-regex capture groups, used for sorting
    #[arg(long, default_value = "")]
    pub filter_extract: String,

    /// the digest reflection policy: 'Never', 'IfNotPresent' or 'Always' (the default is 'Never')
    #[arg(long, default_value = "")]
    pub reflect_digest: String,

    /// how often to refresh the digest of the selected tag (only with --reflect-digest=Always)
    // Same id as the inherited `create --interval`, on purpose: see the module comment.
    #[arg(long, default_value = "0s", value_parser = parse_duration)]
    pub interval: GoDuration,
}

/// Runs `flux create image policy`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateImagePolicyArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?;
    let policy = image_policy(&ImagePolicyOptions {
        name: name.to_string(),
        namespace: ctx.namespace().to_string(),
        labels: flags.labels.clone(),
        image_ref: args.image_ref,
        select_semver: args.select_semver,
        select_alpha: args.select_alpha,
        select_numeric: args.select_numeric,
        filter_regex: args.filter_regex,
        filter_extract: args.filter_extract,
        reflect_digest: args.reflect_digest,
        interval: args.interval,
    })?;
    if flags.export {
        ctx.ui.out(&crate::manifests::export_yaml(&policy)?)?;
        return Ok(ExitStatus::Success);
    }
    ctx.ui.generate("generating ImagePolicy");
    let words = ApplyWords {
        applying: Some("ImagePolicy"),
        created: "ImagePolicy",
        waiting: "ImagePolicy",
        only_when_changed: true,
    };
    crate::cmd::create::apply_and_wait(ctx, &policy, &words).await?;
    ctx.ui.success("ImagePolicy reconciliation completed");
    Ok(ExitStatus::Success)
}
