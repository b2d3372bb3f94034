//! Pure builders for `flux create image repository|policy|update --export`: resolved options in,
//! typed `image.toolkit.fluxcd.io/v1` objects out, with upstream's validation order and error
//! texts (upstream `cmd/flux/create_image_{repository,policy,update}.go`, v2.9.4).
//!
//! Deviations: `--filter-regex` is checked with the `regex` crate, whose syntax is close to but not
//! identical with Go's RE2 (`\Q…\E` and `\12`-style octal escapes are rejected here, `(?x)` is
//! accepted); `--filter-extract` names use Rust's Unicode letter/number classes where Go uses
//! `unicode.IsLetter`/`IsDigit`.

use crate::cli::GoDuration;
use crate::error::CliError;
use crate::kinds::image::{
    API_VERSION, AlphabeticalPolicy, CommitSpec, CommitUser, CrossNamespaceSourceReference,
    GitCheckoutSpec, GitRepositoryRef, GitSpec, IMAGE_POLICY_KIND, IMAGE_REPOSITORY_KIND,
    IMAGE_UPDATE_AUTOMATION_KIND, ImagePolicy, ImagePolicySpec, ImageRepository,
    ImageRepositorySpec, ImageUpdateAutomation, ImageUpdateAutomationSpec, LocalObjectReference,
    NamespacedObjectReference, NumericalPolicy, PushSpec, REFLECT_ALWAYS, REFLECT_IF_NOT_PRESENT,
    REFLECT_NEVER, SIGNING_KEY_TYPE_GPG, SIGNING_KEY_TYPE_SSH, SemVerPolicy, SigningKey, TagFilter,
    UPDATE_STRATEGY_SETTERS, UpdateStrategy,
};
use crate::manifests::object_meta;

// ---------------------------------------------------------------------------------------------
// ImageRepository
// ---------------------------------------------------------------------------------------------

/// Resolved options of `flux create image repository`.
#[derive(Debug, Clone, Default)]
pub struct ImageRepositoryOptions {
    /// Object name.
    pub name: String,
    /// Object namespace.
    pub namespace: String,
    /// `--label` entries, unparsed.
    pub labels: Vec<String>,
    /// `--image`.
    pub image: String,
    /// `--secret-ref`.
    pub secret_ref: String,
    /// `--cert-ref`.
    pub cert_ref: String,
    /// `--scan-timeout` (written only when non-zero).
    pub scan_timeout: GoDuration,
    /// `--interval` (inherited from `create`).
    pub interval: GoDuration,
}

/// Builds the `ImageRepository`.
///
/// # Errors
/// `an image repository (--image) is required`, `unable to parse image value: …` (the value must
/// be a repository without tag or digest), then label errors.
pub fn image_repository(opts: &ImageRepositoryOptions) -> Result<ImageRepository, CliError> {
    if opts.image.is_empty() {
        return Err(CliError::msg("an image repository (--image) is required"));
    }
    if let Err(err) = check_repository_name(&opts.image) {
        return Err(CliError::msg(format!("unable to parse image value: {err}")));
    }
    let metadata = object_meta(&opts.name, &opts.namespace, &opts.labels)?;
    let local = |name: &str| {
        (!name.is_empty()).then(|| LocalObjectReference {
            name: name.to_string(),
        })
    };
    Ok(ImageRepository {
        api_version: API_VERSION.to_string(),
        kind: IMAGE_REPOSITORY_KIND.to_string(),
        metadata,
        spec: ImageRepositorySpec {
            image: opts.image.clone(),
            interval: opts.interval,
            timeout: (!opts.scan_timeout.is_zero()).then_some(opts.scan_timeout),
            secret_ref: local(&opts.secret_ref),
            cert_secret_ref: local(&opts.cert_ref),
            ..ImageRepositorySpec::default()
        },
        status: None,
    })
}

const REPOSITORY_CHARS: &str = "abcdefghijklmnopqrstuvwxyz0123456789_-./";

/// go-containerregistry's `name.NewRepository` check (default, non-strict options): an optional
/// registry host (the part before the first `/` when it holds a `.` or `:`) and a repository
/// path of 2 to 255 characters from [`REPOSITORY_CHARS`]. The error texts are upstream's.
pub fn check_repository_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("a repository name must be specified".to_string());
    }
    let (registry, repo) = match name.split_once('/') {
        Some((reg, rest)) if reg.contains('.') || reg.contains(':') => (reg, rest),
        _ => ("", name),
    };
    let runes = repo.chars().count();
    if !(2..=255).contains(&runes) {
        return Err(format!(
            "repository must be between 2 and 255 characters in length: {repo}"
        ));
    }
    if repo.chars().any(|c| !REPOSITORY_CHARS.contains(c)) {
        return Err(format!(
            "repository can only contain the characters `{REPOSITORY_CHARS}`: {repo}"
        ));
    }
    if !is_uri_authority(registry) {
        return Err(format!(
            "registries must be valid RFC 3986 URI authorities: {registry}"
        ));
    }
    Ok(())
}

/// Whether Go's `url.Parse("//" + s)` succeeds with `Host == s` (`s` holds no `/`).
fn is_uri_authority(s: &str) -> bool {
    if s.bytes().any(|b| b < 0x20 || b == 0x7f) {
        return false;
    }
    // A '#', '?' or '@' would end up in the fragment, query or userinfo, and a '%' escape
    // would be decoded: in every case the parsed host differs from the input.
    if s.contains(['#', '?', '@', '%']) {
        return false;
    }
    let host_ok = |h: &str| {
        h.bytes().all(|c| {
            c >= 0x80 || c.is_ascii_alphanumeric() || b"!$&'()*+,;=:[]<>\"-_.~".contains(&c)
        })
    };
    let port_ok = |p: &str| {
        p.is_empty() || (p.starts_with(':') && p[1..].bytes().all(|b| b.is_ascii_digit()))
    };
    if let Some(rest) = s.strip_prefix('[') {
        let Some(end) = rest.find(']') else {
            return false;
        };
        return port_ok(&rest[end + 1..]) && host_ok(&rest[..end]);
    }
    if let Some(i) = s.rfind(':')
        && !port_ok(&s[i..])
    {
        return false;
    }
    host_ok(s)
}

// ---------------------------------------------------------------------------------------------
// ImagePolicy
// ---------------------------------------------------------------------------------------------

/// Resolved options of `flux create image policy`.
#[derive(Debug, Clone, Default)]
pub struct ImagePolicyOptions {
    /// Object name.
    pub name: String,
    /// Object namespace.
    pub namespace: String,
    /// `--label` entries, unparsed.
    pub labels: Vec<String>,
    /// `--image-ref`.
    pub image_ref: String,
    /// `--select-semver`.
    pub select_semver: String,
    /// `--select-alpha`.
    pub select_alpha: String,
    /// `--select-numeric`.
    pub select_numeric: String,
    /// `--filter-regex`.
    pub filter_regex: String,
    /// `--filter-extract`.
    pub filter_extract: String,
    /// `--reflect-digest`.
    pub reflect_digest: String,
    /// The policy's own `--interval` (default 0).
    pub interval: GoDuration,
}

/// Builds the `ImagePolicy`.
///
/// # Errors
/// Upstream's texts, in upstream's order: `--image-ref` missing, labels, policy selection,
/// `--filter-regex`/`--filter-extract`, `--reflect-digest`, `--interval`.
pub fn image_policy(opts: &ImagePolicyOptions) -> Result<ImagePolicy, CliError> {
    if opts.image_ref.is_empty() {
        return Err(CliError::msg(
            "the name of an ImageRepository in the namespace is required (--image-ref)",
        ));
    }
    let metadata = object_meta(&opts.name, &opts.namespace, &opts.labels)?;
    let mut spec = ImagePolicySpec {
        image_repository_ref: NamespacedObjectReference {
            name: opts.image_ref.clone(),
            ..NamespacedObjectReference::default()
        },
        ..ImagePolicySpec::default()
    };

    let (semver, alpha, numeric) = (
        &opts.select_semver,
        &opts.select_alpha,
        &opts.select_numeric,
    );
    // Upstream's Go `switch` has empty bodies for semver+alpha and semver+numeric (no
    // fallthrough), so those combinations pass silently with an empty `policy: {}`.
    if !semver.is_empty() && (!alpha.is_empty() || !numeric.is_empty()) {
    } else if !alpha.is_empty() && !numeric.is_empty() {
        return Err(CliError::msg(
            "only one of --select-semver, --select-alpha or --select-numeric can be specified",
        ));
    } else if !semver.is_empty() {
        spec.policy.semver = Some(SemVerPolicy {
            range: semver.clone(),
        });
    } else if !alpha.is_empty() {
        if alpha != "desc" && alpha != "asc" {
            return Err(CliError::msg(
                "--select-alpha must be one of [\"asc\", \"desc\"]",
            ));
        }
        spec.policy.alphabetical = Some(AlphabeticalPolicy {
            order: alpha.clone(),
        });
    } else if !numeric.is_empty() {
        if numeric != "desc" && numeric != "asc" {
            return Err(CliError::msg(
                "--select-numeric must be one of [\"asc\", \"desc\"]",
            ));
        }
        spec.policy.numerical = Some(NumericalPolicy {
            order: numeric.clone(),
        });
    } else {
        return Err(CliError::msg(
            "a policy must be provided with either --select-semver or --select-alpha",
        ));
    }

    if !opts.filter_regex.is_empty() {
        let Some(cap_names) = regex_capture_names(&opts.filter_regex) else {
            return Err(CliError::msg("--filter-regex is an invalid regex pattern"));
        };
        let mut filter = TagFilter {
            pattern: opts.filter_regex.clone(),
            extract: String::new(),
        };
        if !opts.filter_extract.is_empty() {
            validate_extract(&opts.filter_extract, &cap_names).map_err(CliError::msg)?;
            filter.extract = opts.filter_extract.clone();
        }
        spec.filter_tags = Some(filter);
    } else if !opts.filter_extract.is_empty() {
        return Err(CliError::msg(
            "cannot specify --filter-extract without specifying --filter-regex",
        ));
    }

    if !opts.reflect_digest.is_empty() {
        match opts.reflect_digest.as_str() {
            REFLECT_NEVER | REFLECT_IF_NOT_PRESENT | REFLECT_ALWAYS => {
                spec.digest_reflection_policy = opts.reflect_digest.clone();
            }
            _ => {
                return Err(CliError::msg(
                    "invalid value for --reflect-digest, must be one of 'Never', 'IfNotPresent', 'Always'",
                ));
            }
        }
    }

    if !opts.interval.is_zero() {
        if opts.reflect_digest != REFLECT_ALWAYS {
            return Err(CliError::msg(
                "the --interval flag can only be used with the 'Always' digest reflection policy, use --reflect-digest=Always",
            ));
        }
        spec.interval = Some(opts.interval);
    }

    Ok(ImagePolicy {
        api_version: API_VERSION.to_string(),
        kind: IMAGE_POLICY_KIND.to_string(),
        metadata,
        spec,
        status: None,
    })
}

/// Parses a regex and returns its capture-group names (`""` for unnamed groups), or `None` when
/// the pattern is invalid.
fn regex_capture_names(pattern: &str) -> Option<Vec<String>> {
    let re = regex::RegexBuilder::new(pattern)
        .size_limit(1 << 28)
        .build()
        .ok()?;
    Some(
        re.capture_names()
            .skip(1)
            .map(|n| n.unwrap_or_default().to_string())
            .collect(),
    )
}

/// Upstream's `validateExtractStr`: a dry run of Go's `Regexp.Expand` template scanning, checking
/// that every named `$name`/`${name}` reference is a capture group of the regex.
fn validate_extract(template: &str, cap_names: &[String]) -> Result<(), String> {
    let mut t = template;
    while !t.is_empty() {
        let Some(i) = t.find('$') else { return Ok(()) };
        t = &t[i..];
        if t.len() > 1 && t.as_bytes()[1] == b'$' {
            t = &t[2..];
            continue;
        }
        let Some((name, num, rest)) = extract_ref(t) else {
            return Err("--filter-extract is malformed".to_string());
        };
        t = rest;
        if num < 0 && !cap_names.iter().any(|c| c == name) {
            return Err(format!(
                "capture group ${name} used in --filter-extract not found in --filter-regex"
            ));
        }
    }
    Ok(())
}

/// Go `regexp`'s `extract`: the name (or number, else -1) after a `$`, and the rest.
fn extract_ref(s: &str) -> Option<(&str, i64, &str)> {
    let b = s.as_bytes();
    if b.len() < 2 || b[0] != b'$' {
        return None;
    }
    let brace = b[1] == b'{';
    let s = if brace { &s[2..] } else { &s[1..] };
    let len: usize = s
        .chars()
        .take_while(|c| c.is_alphabetic() || c.is_numeric() || *c == '_')
        .map(char::len_utf8)
        .sum();
    if len == 0 {
        return None;
    }
    let name = &s[..len];
    let mut end = len;
    if brace {
        if s.as_bytes().get(end) != Some(&b'}') {
            return None;
        }
        end += 1;
    }
    let mut num: i64 = 0;
    for c in name.bytes() {
        if !c.is_ascii_digit() || num >= 100_000_000 {
            num = -1;
            break;
        }
        num = num * 10 + i64::from(c - b'0');
    }
    if name.starts_with('0') && name.len() > 1 {
        num = -1;
    }
    Some((name, num, &s[end..]))
}

// ---------------------------------------------------------------------------------------------
// ImageUpdateAutomation
// ---------------------------------------------------------------------------------------------

/// Resolved options of `flux create image update`.
#[derive(Debug, Clone, Default)]
pub struct ImageUpdateOptions {
    /// Object name.
    pub name: String,
    /// Object namespace.
    pub namespace: String,
    /// `--label` entries, unparsed.
    pub labels: Vec<String>,
    /// `--git-repo-ref`.
    pub git_repo_ref: String,
    /// `--git-repo-namespace`.
    pub git_repo_namespace: String,
    /// `--git-repo-path`.
    pub git_repo_path: String,
    /// `--checkout-branch`.
    pub checkout_branch: String,
    /// `--push-branch`.
    pub push_branch: String,
    /// `--commit-template`.
    pub commit_template: String,
    /// `--author-name`.
    pub author_name: String,
    /// `--author-email`.
    pub author_email: String,
    /// `--signing-key-secret`.
    pub signing_key_secret: String,
    /// `--signing-key-type`.
    pub signing_key_type: String,
    /// `--interval` (inherited from `create`).
    pub interval: GoDuration,
}

/// Builds the `ImageUpdateAutomation`.
///
/// # Errors
/// The required-flag messages (`--git-repo-ref`, `--checkout-branch`, `--author-name`,
/// `--author-email`), the signing-key checks, then label errors.
pub fn image_update_automation(
    opts: &ImageUpdateOptions,
) -> Result<ImageUpdateAutomation, CliError> {
    if opts.git_repo_ref.is_empty() {
        return Err(CliError::msg(
            "a reference to a GitRepository is required (--git-repo-ref)",
        ));
    }
    if opts.checkout_branch.is_empty() {
        return Err(CliError::msg(
            "the Git repository branch is required (--checkout-branch)",
        ));
    }
    if opts.author_name.is_empty() {
        return Err(CliError::msg("the author name is required (--author-name)"));
    }
    if opts.author_email.is_empty() {
        return Err(CliError::msg(
            "the author email is required (--author-email)",
        ));
    }
    if !opts.signing_key_type.is_empty() {
        if opts.signing_key_secret.is_empty() {
            return Err(CliError::msg(
                "--signing-key-type requires --signing-key-secret",
            ));
        }
        if opts.signing_key_type != SIGNING_KEY_TYPE_GPG
            && opts.signing_key_type != SIGNING_KEY_TYPE_SSH
        {
            return Err(CliError::msg("--signing-key-type must be one of: gpg, ssh"));
        }
    }
    let metadata = object_meta(&opts.name, &opts.namespace, &opts.labels)?;

    let signing_key = (!opts.signing_key_secret.is_empty()).then(|| SigningKey {
        secret_ref: LocalObjectReference {
            name: opts.signing_key_secret.clone(),
        },
        type_: opts.signing_key_type.clone(),
    });
    let push = (!opts.push_branch.is_empty()).then(|| PushSpec {
        branch: opts.push_branch.clone(),
        ..PushSpec::default()
    });
    let update = (!opts.git_repo_path.is_empty()).then(|| UpdateStrategy {
        path: opts.git_repo_path.clone(),
        strategy: UPDATE_STRATEGY_SETTERS.to_string(),
    });
    Ok(ImageUpdateAutomation {
        api_version: API_VERSION.to_string(),
        kind: IMAGE_UPDATE_AUTOMATION_KIND.to_string(),
        metadata,
        spec: ImageUpdateAutomationSpec {
            source_ref: CrossNamespaceSourceReference {
                kind: "GitRepository".to_string(),
                name: opts.git_repo_ref.clone(),
                namespace: opts.git_repo_namespace.clone(),
                ..CrossNamespaceSourceReference::default()
            },
            git: Some(GitSpec {
                checkout: Some(GitCheckoutSpec {
                    reference: GitRepositoryRef {
                        branch: opts.checkout_branch.clone(),
                        ..GitRepositoryRef::default()
                    },
                }),
                commit: CommitSpec {
                    author: CommitUser {
                        name: opts.author_name.clone(),
                        email: opts.author_email.clone(),
                    },
                    signing_key,
                    message_template: opts.commit_template.clone(),
                    ..CommitSpec::default()
                },
                push,
            }),
            interval: opts.interval,
            update,
            ..ImageUpdateAutomationSpec::default()
        },
        status: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err<T: std::fmt::Debug>(r: Result<T, CliError>) -> String {
        format!("{:#}", r.unwrap_err().0)
    }

    #[test]
    fn repository_names_follow_go_containerregistry() {
        assert!(check_repository_name("ghcr.io/stefanprodan/podinfo").is_ok());
        assert!(check_repository_name("library/alpine").is_ok());
        assert!(check_repository_name("localhost:5000/app").is_ok());
        assert!(check_repository_name("[::1]:5000/app").is_ok());
        assert_eq!(
            check_repository_name("alpine:3.12").unwrap_err(),
            "repository can only contain the characters `abcdefghijklmnopqrstuvwxyz0123456789_-./`: alpine:3.12"
        );
        assert_eq!(
            check_repository_name("a").unwrap_err(),
            "repository must be between 2 and 255 characters in length: a"
        );
        assert_eq!(
            check_repository_name("ghcr.io/Org/App").unwrap_err(),
            "repository can only contain the characters `abcdefghijklmnopqrstuvwxyz0123456789_-./`: Org/App"
        );
        assert_eq!(
            check_repository_name("host:abc/app").unwrap_err(),
            "registries must be valid RFC 3986 URI authorities: host:abc"
        );
        assert_eq!(
            check_repository_name("us er.io/app").unwrap_err(),
            "registries must be valid RFC 3986 URI authorities: us er.io"
        );
    }

    #[test]
    fn extract_templates() {
        let caps = regex_capture_names("^main-[a-f0-9]+-(?P<ts>[0-9]+)").unwrap();
        assert_eq!(caps, ["ts"]);
        assert!(validate_extract("$ts", &caps).is_ok());
        assert!(validate_extract("${ts}", &caps).is_ok());
        assert!(validate_extract("$1-$$", &caps).is_ok());
        assert_eq!(
            validate_extract("$", &caps).unwrap_err(),
            "--filter-extract is malformed"
        );
        assert_eq!(
            validate_extract("${ts", &caps).unwrap_err(),
            "--filter-extract is malformed"
        );
        assert_eq!(
            validate_extract("$foo", &caps).unwrap_err(),
            "capture group $foo used in --filter-extract not found in --filter-regex"
        );
        assert_eq!(
            validate_extract("$01", &caps).unwrap_err(),
            "capture group $01 used in --filter-extract not found in --filter-regex"
        );
        assert!(regex_capture_names("(").is_none());
    }

    fn policy() -> ImagePolicyOptions {
        ImagePolicyOptions {
            name: "p".into(),
            namespace: "ns".into(),
            image_ref: "podinfo".into(),
            ..ImagePolicyOptions::default()
        }
    }

    #[test]
    fn policy_selection_rules() {
        let p = image_policy(&ImagePolicyOptions {
            select_semver: "1.x".into(),
            select_alpha: "asc".into(),
            ..policy()
        })
        .unwrap();
        assert_eq!(p.spec.policy, Default::default());
        assert_eq!(
            err(image_policy(&ImagePolicyOptions {
                select_numeric: "asc".into(),
                select_alpha: "asc".into(),
                ..policy()
            })),
            "only one of --select-semver, --select-alpha or --select-numeric can be specified"
        );
        assert_eq!(
            err(image_policy(&policy())),
            "a policy must be provided with either --select-semver or --select-alpha"
        );
        assert_eq!(
            err(image_policy(&ImagePolicyOptions {
                select_alpha: "up".into(),
                ..policy()
            })),
            "--select-alpha must be one of [\"asc\", \"desc\"]"
        );
        assert_eq!(
            err(image_policy(&ImagePolicyOptions {
                select_semver: "1.x".into(),
                interval: GoDuration::from_secs(60),
                ..policy()
            })),
            "the --interval flag can only be used with the 'Always' digest reflection policy, use --reflect-digest=Always"
        );
        let p = image_policy(&ImagePolicyOptions {
            select_semver: "1.x".into(),
            interval: GoDuration::from_secs(60),
            reflect_digest: "Always".into(),
            ..policy()
        })
        .unwrap();
        assert_eq!(p.spec.interval, Some(GoDuration::from_secs(60)));
    }

    #[test]
    fn update_signing_rules() {
        let base = ImageUpdateOptions {
            name: "u".into(),
            namespace: "ns".into(),
            git_repo_ref: "r".into(),
            checkout_branch: "main".into(),
            author_name: "a".into(),
            author_email: "e".into(),
            ..ImageUpdateOptions::default()
        };
        assert_eq!(
            err(image_update_automation(&ImageUpdateOptions {
                signing_key_type: "ssh".into(),
                ..base.clone()
            })),
            "--signing-key-type requires --signing-key-secret"
        );
        let u = image_update_automation(&ImageUpdateOptions {
            signing_key_secret: "k".into(),
            ..base
        })
        .unwrap();
        let key = u.spec.git.unwrap().commit.signing_key.unwrap();
        assert_eq!(
            (key.secret_ref.name.as_str(), key.type_.as_str()),
            ("k", "")
        );
    }
}
