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

/// Lists every kind of `kinds`.
pub async fn run(
    _ctx: &Ctx,
    _kinds: &'static [&'static KindInfo],
    _options: &GetOptions,
) -> Result<ExitStatus, CliError> {
    crate::error::not_implemented()
}
