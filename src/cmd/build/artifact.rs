//! `flux build artifact`: mirrors upstream `cmd/flux/build_artifact.go` (artifacts-create.md §A.5).
//! Deviations: the gzip stream is flate2's, not Go's deflate, so digests differ from the Go CLI's
//! for the same tree (§A.13); temp files go to `std::env::temp_dir()` like Go's `os.TempDir()`.

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::values::EXCLUDE_OCI;
use crate::error::{CliError, ExitStatus};
use crate::oci::ignore::Matcher;
use crate::oci::{stage, tarball};
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Build the contents of a directory into a tarball
  flux build artifact --path=./path/to/local/manifests --output=./path/to/artifact.tgz

  # Build from standard input
  kustomize build . | flux build artifact --path=-";

// Build an artifact tarball.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct BuildArtifactArgs {
    /// directory or file to pack ('-' reads standard input)
    #[arg(short = 'p', long)]
    pub path: Option<String>,

    /// where to write the tarball
    #[arg(short = 'o', long, default_value = "artifact.tgz")]
    pub output: String,

    /// paths to leave out, in .gitignore format, comma separated (replaces the default list)
    #[arg(long, value_delimiter = ',', action = ArgAction::Append, default_value = EXCLUDE_OCI)]
    pub ignore_paths: Vec<String>,

    /// copy the targets of symbolic links into the artifact
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub resolve_symlinks: bool,
}

/// Runs `flux build artifact`.
pub async fn run(ctx: &Ctx, args: BuildArtifactArgs) -> Result<ExitStatus, CliError> {
    let path = args.path.clone().unwrap_or_default();
    if path.is_empty() {
        return Err(CliError::msg("invalid path \"\""));
    }
    let cwd = ctx.env.cwd.clone();
    // Go's os.TempDir(): $TMPDIR or /tmp.
    let tmp_dir = std::env::temp_dir();
    let output = cwd.join(&args.output);
    let output_shown = args.output.clone();
    let ignore = Matcher::new(&args.ignore_paths);
    let resolve = args.resolve_symlinks;

    // Staging (stdin, symlink resolution) and the build are blocking filesystem work.
    let ui = ctx.ui.clone();
    let task = tokio::task::spawn_blocking(move || -> Result<(), CliError> {
        let mut _stdin_file = None;
        let mut shown = path.clone();
        let mut source = cwd.join(&path);
        if path == "-" {
            let f = stage::save_reader_to_file(&mut std::io::stdin().lock(), &tmp_dir)
                .map_err(CliError::from)?;
            source = f.path().to_path_buf();
            shown = source.display().to_string();
            _stdin_file = Some(f);
        }
        if std::fs::metadata(&source).is_err() {
            return Err(CliError::msg(format!(
                "invalid path '{shown}', must point to an existing directory or file"
            )));
        }
        let mut _staged = None;
        if resolve {
            let (resolved, dir) = stage::resolve_symlinks(&source, &tmp_dir)
                .map_err(|e| CliError::msg(format!("resolving symlinks failed: {e}")))?;
            source = resolved;
            shown = source.display().to_string();
            _staged = Some(dir);
        }
        ui.action(&format!("building artifact from {shown}"));
        let source = absolute(&source);
        tarball::build(&source, &output, &output_shown, &ignore, &tmp_dir)
            .map_err(|e| CliError::msg(format!("building artifact failed, error: {e}")))?;
        ui.success(&format!("artifact created at {output_shown}"));
        Ok(())
    });
    task.await
        .map_err(|e| CliError::msg(format!("building artifact failed, error: {e}")))??;
    Ok(ExitStatus::Success)
}

/// Go `filepath.Abs` on an already absolute path: lexical clean (`.`, `..`, repeated `/`).
pub(crate) fn absolute(path: &std::path::Path) -> std::path::PathBuf {
    use std::path::Component;
    let mut out = std::path::PathBuf::from("/");
    for c in path.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(n) => out.push(n),
            Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
        }
    }
    out
}
