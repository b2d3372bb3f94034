//! `flux create image update`: mirrors upstream `cmd/flux/create_image_update.go` (v2.9.4).
//! Deviations: applying to the cluster is not implemented yet.

use clap::Args;

use crate::cmd::Ctx;
use crate::cmd::create::ApplyWords;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::image::{ImageUpdateOptions, image_update_automation};
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Generate image updates for the repository created by flux bootstrap
  flux create image update flux-system \\
    --git-repo-ref=flux-system \\
    --git-repo-path=\"./clusters/my-cluster\" \\
    --checkout-branch=main \\
    --author-name=flux \\
    --author-email=flux@example.com \\
    --commit-template=\"{{range .Updated.Images}}{{println .}}{{end}}\"

  # Push the updates to another branch (created when missing)
  flux create image update flux-system \\
    --git-repo-ref=flux-system \\
    --git-repo-path=\"./clusters/my-cluster\" \\
    --checkout-branch=main \\
    --push-branch=image-updates \\
    --author-name=flux \\
    --author-email=flux@example.com

  # Sign the commits with an SSH key stored in a Secret
  flux create image update flux-system \\
    --git-repo-ref=flux-system \\
    --checkout-branch=main \\
    --author-name=flux \\
    --author-email=flux@example.com \\
    --signing-key-secret=flux-signing-key \\
    --signing-key-type=ssh

  # Use a GitRepository from another namespace
  flux create image update apps \\
    --namespace=apps \\
    --git-repo-ref=flux-system \\
    --git-repo-namespace=flux-system \\
    --git-repo-path=\"./clusters/my-cluster\" \\
    --checkout-branch=main \\
    --author-name=flux \\
    --author-email=flux@example.com";

/// Create or update an ImageUpdateAutomation object
///
/// Generates an ImageUpdateAutomation resource, which commits the images selected by image
/// policies into the YAML files of a Git repository.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateImageUpdateArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// the name of the GitRepository object describing the upstream Git repository
    #[arg(long, default_value = "")]
    pub git_repo_ref: String,

    /// the namespace of the GitRepository object (defaults to the ImageUpdateAutomation's)
    #[arg(long, default_value = "")]
    pub git_repo_namespace: String,

    /// the directory holding the manifests to update (defaults to the repository root)
    #[arg(long, default_value = "")]
    pub git_repo_path: String,

    /// the branch to check out
    #[arg(long, default_value = "")]
    pub checkout_branch: String,

    /// the branch to push commits to (defaults to the checkout branch)
    #[arg(long, default_value = "")]
    pub push_branch: String,

    /// a template for the commit messages
    #[arg(long, default_value = "")]
    pub commit_template: String,

    /// the commit author's name
    #[arg(long, default_value = "")]
    pub author_name: String,

    /// the commit author's email
    #[arg(long, default_value = "")]
    pub author_email: String,

    /// the name of a Secret holding the key used to sign commits
    #[arg(long, default_value = "")]
    pub signing_key_secret: String,

    /// the format of the signing key: 'gpg' or 'ssh' (the controller assumes 'gpg' when not set)
    #[arg(long, default_value = "")]
    pub signing_key_type: String,
}

/// Runs `flux create image update`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateImageUpdateArgs,
) -> Result<ExitStatus, CliError> {
    let name = crate::manifests::name_arg(&args.args)?;
    let update = image_update_automation(&ImageUpdateOptions {
        name: name.to_string(),
        namespace: ctx.namespace().to_string(),
        labels: flags.labels.clone(),
        git_repo_ref: args.git_repo_ref,
        git_repo_namespace: args.git_repo_namespace,
        git_repo_path: args.git_repo_path,
        checkout_branch: args.checkout_branch,
        push_branch: args.push_branch,
        commit_template: args.commit_template,
        author_name: args.author_name,
        author_email: args.author_email,
        signing_key_secret: args.signing_key_secret,
        signing_key_type: args.signing_key_type,
        interval: flags.interval,
    })?;
    if flags.export {
        ctx.ui.out(&crate::manifests::export_yaml(&update)?)?;
        return Ok(ExitStatus::Success);
    }
    ctx.ui.generate("generating ImageUpdateAutomation");
    let words = ApplyWords {
        applying: Some("ImageUpdateAutomation"),
        created: "ImageUpdateAutomation",
        waiting: "ImageUpdateAutomation",
        only_when_changed: true,
    };
    crate::cmd::create::apply_and_wait(ctx, &update, &words).await?;
    ctx.ui
        .success("ImageUpdateAutomation reconciliation completed");
    Ok(ExitStatus::Success)
}
