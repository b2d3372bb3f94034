//! `flux push artifact`: mirrors upstream `cmd/flux/push_artifact.go` (artifacts-create.md §A.6).
//! Deviations: the gzip stream is flate2's (digests differ from the Go CLI's, §A.13); retry
//! lines of `--debug` are flux-rs's text. Beyond upstream: `--sign --key` (cosign signature after
//! the push), `--diff-tag` (skip the push when that tag holds the same content), `size` and
//! `ignoredFiles` in `-o json|yaml`, `--creds user` with the password in
//! `FLUX_REGISTRY_PASSWORD`, and the layer is uploaded streamed from the temporary tarball.

use std::collections::BTreeMap;

use clap::{ArgAction, Args};

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::registry::RegistryAuthArgs;
use crate::cmd::values::EXCLUDE_OCI;
use crate::error::{CliError, ExitStatus};
use crate::oci::client::{self, ArtifactRef, RepoClient};
use crate::oci::ignore::Matcher;
use crate::oci::{stage, tarball};
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Push the manifests of a directory
  flux push artifact oci://ghcr.io/org/config/app:$(git rev-parse --short HEAD) \\
    --path=\"./path/to/local/manifests\" \\
    --source=\"$(git config --get remote.origin.url)\" \\
    --revision=\"$(git branch --show-current)@sha1:$(git rev-parse HEAD)\"

  # Push from standard input and print the result as JSON
  kustomize build . | flux push artifact oci://ghcr.io/org/config/app:v1 --path=- --source=repo --revision=v1 -o json";

// Push an artifact.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct PushArtifactArgs {
    /// the artifact URL (oci://<registry>/<repository>[:<tag>])
    #[arg(value_name = "URL")]
    pub args: Vec<String>,

    /// directory or file to push ('-' reads standard input)
    #[arg(short = 'f', long)]
    pub path: Option<String>,

    /// where the content comes from (e.g. a Git URL), stored as an annotation
    #[arg(long)]
    pub source: Option<String>,

    /// revision of the content (e.g. 'main@sha1:<commit>'), stored as an annotation
    #[arg(long)]
    pub revision: Option<String>,

    #[command(flatten)]
    pub registry: RegistryAuthArgs,

    /// paths to leave out, in .gitignore format, comma separated (replaces the default list)
    #[arg(long, value_delimiter = ',', action = ArgAction::Append, default_value = EXCLUDE_OCI)]
    pub ignore_paths: Vec<String>,

    /// extra annotations as 'key=value' (repeat the flag for several)
    #[arg(short = 'a', long, action = ArgAction::Append)]
    pub annotations: Vec<String>,

    /// print the result as 'json' or 'yaml'
    #[arg(short = 'o', long)]
    pub output: Option<String>,

    /// print the registry client's retry messages
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub debug: bool,

    /// use a fixed creation time so the same content yields the same digest
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub reproducible: bool,

    /// allow plain HTTP and unverified TLS to the registry
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub insecure_registry: bool,

    /// copy the targets of symbolic links into the artifact
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub resolve_symlinks: bool,

    /// sign the pushed artifact with cosign (needs --key; key password from COSIGN_PASSWORD or stdin)
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub sign: bool,

    /// path to the cosign private key used by --sign
    #[arg(long)]
    pub key: Option<String>,

    /// skip the push when the artifact under this tag has the same content
    #[arg(long)]
    pub diff_tag: Option<String>,
}

/// Runs `flux push artifact`.
pub async fn run(ctx: &Ctx, args: PushArtifactArgs) -> Result<ExitStatus, CliError> {
    let Some(url) = args.args.first().cloned() else {
        return Err(CliError::msg("artifact URL is required"));
    };
    let source = args.source.clone().unwrap_or_default();
    if source.is_empty() {
        return Err(CliError::msg("--source is required"));
    }
    let revision = args.revision.clone().unwrap_or_default();
    if revision.is_empty() {
        return Err(CliError::msg("--revision is required"));
    }
    let path = args.path.clone().unwrap_or_default();
    if path.is_empty() {
        return Err(CliError::msg("invalid path \"\""));
    }
    let reference = ArtifactRef::parse(&url).map_err(CliError::msg)?;
    let Some(tag) = reference.tag.clone() else {
        return Err(CliError::msg(format!(
            "artifact tag parsing failed: '{}' is a digest, not a tag",
            url.trim_start_matches("oci://")
        )));
    };
    if args.sign && args.key.as_deref().is_none_or(str::is_empty) {
        return Err(CliError::msg("--key is required with --sign"));
    }
    if let Some(t) = args.diff_tag.as_deref()
        && ArtifactRef::parse(&format!("oci://{}:{t}", reference.repository_name())).is_err()
    {
        return Err(CliError::msg(format!("invalid --diff-tag '{t}'")));
    }

    // Staging: stdin, existence, symlink resolution (blocking filesystem work).
    let tmp_dir = std::env::temp_dir();
    let cwd = ctx.env.cwd.clone();
    let resolve = args.resolve_symlinks;
    let staged = tokio::task::spawn_blocking({
        let tmp_dir = tmp_dir.clone();
        move || stage_input(&cwd, &path, resolve, &tmp_dir)
    })
    .await
    .map_err(|e| CliError::msg(format!("pushing artifact failed: {e}")))??;

    let mut annotations = BTreeMap::new();
    annotations.insert(client::ANNOTATION_SOURCE.to_string(), source);
    annotations.insert(client::ANNOTATION_REVISION.to_string(), revision);
    let created = if args.reproducible {
        epoch_in_local_tz(ctx)
    } else {
        jiff::Timestamp::now()
            .strftime("%Y-%m-%dT%H:%M:%SZ")
            .to_string()
    };
    annotations.insert(client::ANNOTATION_CREATED.to_string(), created);
    for a in &args.annotations {
        let parts: Vec<&str> = a.split('=').collect();
        if parts.len() != 2 {
            return Err(CliError::msg(format!(
                "invalid annotation {a}, must be in the format key=value"
            )));
        }
        annotations.insert(parts[0].to_string(), parts[1].to_string());
    }
    if let Some(c) = args
        .annotations
        .iter()
        .rev()
        .find_map(|a| a.strip_prefix("org.opencontainers.image.created="))
        && c.parse::<jiff::Timestamp>().is_err()
    {
        return Err(CliError::msg(format!(
            "pushing artifact failed: invalid created timestamp \"{c}\": parsing time \"{c}\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"{c}\" as \"2006\""
        )));
    }

    args.registry.print_login(ctx);
    let work = push(
        ctx,
        &args,
        &url,
        &reference,
        &tag,
        annotations,
        staged,
        tmp_dir,
    );
    let pushed = crate::cmd::registry::with_timeout(ctx, "pushing artifact failed", work).await?;

    if args.sign
        && let Some(key) = args.key.as_deref()
    {
        crate::cmd::verify::sign_pushed_artifact(
            ctx,
            &url,
            &pushed.digest,
            key,
            &args.registry,
            args.insecure_registry,
        )
        .await?;
    }
    Ok(ExitStatus::Success)
}

/// What was pushed (or found unchanged under `--diff-tag`).
struct Pushed {
    digest: String,
}

/// The source to build from plus the temporary files to keep alive until the push is done.
struct Staged {
    source: std::path::PathBuf,
    shown: String,
    _stdin: Option<stage::TempFile>,
    _dir: Option<stage::TempDir>,
}

fn stage_input(
    cwd: &std::path::Path,
    path: &str,
    resolve: bool,
    tmp_dir: &std::path::Path,
) -> Result<Staged, CliError> {
    let mut staged = Staged {
        source: cwd.join(path),
        shown: path.to_string(),
        _stdin: None,
        _dir: None,
    };
    if path == "-" {
        let f = stage::save_reader_to_file(&mut std::io::stdin().lock(), tmp_dir)
            .map_err(CliError::from)?;
        staged.source = f.path().to_path_buf();
        staged.shown = staged.source.display().to_string();
        staged._stdin = Some(f);
    }
    if let Err(e) = std::fs::metadata(&staged.source) {
        return Err(CliError::msg(format!(
            "invalid path '{}', must point to an existing directory or file: {}",
            staged.shown,
            crate::oci::go_path_error("stat", &staged.shown, &e)
        )));
    }
    if resolve {
        let (resolved, dir) = stage::resolve_symlinks(&staged.source, tmp_dir)
            .map_err(|e| CliError::msg(format!("resolving symlinks failed: {e}")))?;
        staged.source = resolved;
        staged.shown = staged.source.display().to_string();
        staged._dir = Some(dir);
    }
    staged.source = crate::cmd::build::artifact::absolute(&staged.source);
    Ok(staged)
}

/// `--reproducible`: the Unix epoch in the process's local time zone, RFC 3339 (§A.4).
fn epoch_in_local_tz(ctx: &Ctx) -> String {
    let tz = crate::cmd::get::local_tz(ctx);
    let z = jiff::Timestamp::UNIX_EPOCH.to_zoned(tz);
    let offset = z.offset().seconds();
    if offset == 0 {
        return "1970-01-01T00:00:00Z".into();
    }
    z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

#[allow(clippy::too_many_arguments)]
async fn push(
    ctx: &Ctx,
    args: &PushArtifactArgs,
    url: &str,
    reference: &ArtifactRef,
    tag: &str,
    annotations: BTreeMap<String, String>,
    staged: Staged,
    tmp_dir: std::path::PathBuf,
) -> Result<Pushed, CliError> {
    let setup =
        |e: client::RegistryError| CliError::msg(format!("error setting up transport: {e}"));
    let repo: RepoClient = args
        .registry
        .client(
            ctx,
            reference,
            args.insecure_registry,
            "error setting up transport: ",
        )
        .await?
        .with_debug(args.debug.then(|| ctx.ui.clone()));
    repo.ping().await.map_err(setup)?;

    let output = args.output.clone().unwrap_or_default();
    if output.is_empty() {
        ctx.ui.action(&format!(
            "pushing artifact to {}",
            url.trim_start_matches("oci://")
        ));
    }

    let ignore = Matcher::new(&args.ignore_paths);
    let source = staged.source.clone();
    let artifact =
        tokio::task::spawn_blocking(move || tarball::build_temp(&source, &ignore, &tmp_dir))
            .await
            .map_err(|e| {
                CliError::msg(format!(
                    "pushing artifact failed: error creating layer: {e}"
                ))
            })?
            .map_err(|e| {
                CliError::msg(format!(
                    "pushing artifact failed: error creating layer: {e}"
                ))
            })?;
    drop(staged);
    let built = artifact.built().clone();
    let failed = |e: client::RegistryError| {
        CliError::msg(format!(
            "pushing artifact failed: pushing artifact failed: {e}"
        ))
    };

    if let Some(diff_tag) = args.diff_tag.as_deref()
        && let Some(existing) = repo.manifest(diff_tag).await.map_err(failed)?
        && existing
            .image()
            .ok()
            .and_then(|m| m.layers.first().cloned())
            .is_some_and(|l| l.digest == built.digest && l.size as u64 == built.size)
    {
        let digest_url = format!("{}@{}", reference.repository_name(), existing.digest);
        report(
            ctx,
            &output,
            reference,
            diff_tag,
            &existing.digest,
            &built,
            true,
        )?;
        if output != "json" && output != "yaml" {
            ctx.ui.success(&format!(
                "no changes since {}:{diff_tag}, push skipped ({digest_url})",
                reference.repository_name()
            ));
        }
        return Ok(Pushed {
            digest: existing.digest,
        });
    }

    repo.push_blob_bytes(
        &client::sha256_digest(client::EMPTY_CONFIG),
        client::EMPTY_CONFIG.to_vec(),
    )
    .await
    .map_err(failed)?;
    repo.push_blob_file(&built.digest, built.size, artifact.path())
        .await
        .map_err(failed)?;
    let manifest = client::flux_manifest(&built.digest, built.size, &annotations);
    let digest = repo
        .push_manifest(tag, client::OCI_MANIFEST, manifest)
        .await
        .map_err(failed)?;
    drop(artifact);
    report(ctx, &output, reference, tag, &digest, &built, false)?;
    if output != "json" && output != "yaml" {
        ctx.ui.success(&format!(
            "artifact successfully pushed to {}@{digest}",
            reference.repository_name()
        ));
    }
    Ok(Pushed { digest })
}

/// `-o json|yaml`: the push result on stdout (upstream's four fields, then flux-rs's `size`,
/// `ignoredFiles` and, under `--diff-tag`, `skipped`).
fn report(
    ctx: &Ctx,
    output: &str,
    reference: &ArtifactRef,
    tag: &str,
    digest: &str,
    built: &tarball::Built,
    skipped: bool,
) -> Result<(), CliError> {
    if output != "json" && output != "yaml" {
        return Ok(());
    }
    let repository = reference.repository_name();
    let mut v = serde_json::json!({
        "url": format!("oci://{repository}@{digest}"),
        "repository": repository,
        "tag": tag,
        "digest": digest,
        "size": built.size,
        "ignoredFiles": built.ignored,
    });
    if skipped {
        v["skipped"] = serde_json::Value::Bool(true);
    }
    let text = if output == "json" {
        let s = serde_json::to_string_pretty(&v).map_err(CliError::msg)?;
        format!("{}\n", client::go_json_escape(&s))
    } else {
        let sorted: BTreeMap<String, serde_json::Value> = v
            .as_object()
            .map(|o| o.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default();
        crate::yaml::to_string(&serde_json::to_value(sorted).map_err(CliError::msg)?)
    };
    ctx.ui.out(&text)?;
    Ok(())
}
