//! `flux get all`, `flux get sources all`, `flux get images all`: several kinds in one go,
//! per-kind errors printed and skipped (operate.md §1.8). Mirrors upstream
//! `cmd/flux/get_all.go`, `get_source_all.go`, `get_image_all.go`.

use super::GetOptions;
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};
use crate::kinds::{self, KindInfo};

/// The kinds of `get sources all`, in upstream order.
pub static SOURCES: &[&KindInfo] = &[
    &kinds::OCI_REPOSITORY,
    &kinds::BUCKET,
    &kinds::GIT_REPOSITORY,
    &kinds::HELM_REPOSITORY,
    &kinds::HELM_CHART,
    &kinds::EXTERNAL_ARTIFACT,
];

/// The kinds of `get images all`, in upstream order.
pub static IMAGES: &[&KindInfo] = &[
    &kinds::IMAGE_REPOSITORY,
    &kinds::IMAGE_POLICY,
    &kinds::IMAGE_UPDATE_AUTOMATION,
];

/// The kinds of `get all`, in upstream order.
pub static EVERYTHING: &[&KindInfo] = &[
    &kinds::OCI_REPOSITORY,
    &kinds::BUCKET,
    &kinds::GIT_REPOSITORY,
    &kinds::HELM_REPOSITORY,
    &kinds::HELM_CHART,
    &kinds::EXTERNAL_ARTIFACT,
    &kinds::IMAGE_REPOSITORY,
    &kinds::IMAGE_POLICY,
    &kinds::IMAGE_UPDATE_AUTOMATION,
    &kinds::HELM_RELEASE,
    &kinds::KUSTOMIZATION,
    &kinds::RECEIVER,
    &kinds::PROVIDER,
    &kinds::ALERT,
];

/// Lists every kind of `kinds` in get-all mode: per-kind errors are printed and skipped, kinds
/// whose CRD is not installed are left out, and the command exits 0.
pub async fn run(
    ctx: &Ctx,
    kinds: &'static [&'static KindInfo],
    options: &GetOptions,
) -> Result<ExitStatus, CliError> {
    if options.watch {
        return Err(CliError::msg(
            "expected a single resource type, but found all",
        ));
    }
    super::list(ctx, kinds, options, true).await
}
