//! `flux create image repository|policy|update`: every `--export` and argument-error case of
//! upstream `cmd/flux/create_image_update_test.go`, goldens in `cmd-flux/testdata/create_image_update/`.
//!
//! Out of scope (cluster, `e2e` build tag): every case of upstream `cmd/flux/image_test.go`:
//! `create image repository podinfo --image=ghcr.io/stefanprodan/podinfo --interval=10m`
//! (`testdata/image/create_image_repository.golden`), `create image policy podinfo-semver
//! --image-ref=podinfo --interval=10m --reflect-digest=Always --select-semver=5.0.x` and
//! `create image policy podinfo-regex --image-ref=podinfo --select-semver=">4.0.0"
//! --filter-regex="5\.0\.0"` (`testdata/image/create_image_policy.golden`), then `get`, `suspend`,
//! `resume` and `reconcile image policy podinfo-semver`.

use crate::support::{GoldenCase, flux, run_cases};

const UPDATE: &str = "create image update flux-system --git-repo-ref=flux-system --checkout-branch=main --author-name=flux --author-email=flux@example.com";

/// Upstream `TestCreateImageUpdate`.
pub const CASES: &[GoldenCase] = &[
    GoldenCase {
        name: "no signing key",
        args: "create image update flux-system --git-repo-ref=flux-system --checkout-branch=main --author-name=flux --author-email=flux@example.com --interval=1m0s --namespace=flux-system --export",
        golden: Some("./testdata/create_image_update/no-signing.yaml"),
        error: None,
        template: &[],
    },
    GoldenCase {
        name: "signing secret without explicit type defaults to gpg",
        args: "create image update flux-system --git-repo-ref=flux-system --checkout-branch=main --author-name=flux --author-email=flux@example.com --signing-key-secret=my-key --interval=1m0s --namespace=flux-system --export",
        golden: Some("./testdata/create_image_update/signing-default-gpg.yaml"),
        error: None,
        template: &[],
    },
    GoldenCase {
        name: "ssh signing key",
        args: "create image update flux-system --git-repo-ref=flux-system --checkout-branch=main --author-name=flux --author-email=flux@example.com --signing-key-secret=my-deploy-key --signing-key-type=ssh --interval=1m0s --namespace=flux-system --export",
        golden: Some("./testdata/create_image_update/signing-ssh.yaml"),
        error: None,
        template: &[],
    },
    GoldenCase {
        name: "signing-key-type without secret errors",
        args: "create image update flux-system --git-repo-ref=flux-system --checkout-branch=main --author-name=flux --author-email=flux@example.com --signing-key-type=ssh --namespace=flux-system --export",
        golden: None,
        error: Some("--signing-key-type requires --signing-key-secret"),
        template: &[],
    },
    GoldenCase {
        name: "invalid signing-key-type errors",
        args: "create image update flux-system --git-repo-ref=flux-system --checkout-branch=main --author-name=flux --author-email=flux@example.com --signing-key-secret=k --signing-key-type=pgp --namespace=flux-system --export",
        golden: None,
        error: Some("--signing-key-type must be one of: gpg, ssh"),
        template: &[],
    },
];

/// Extra cross-checks against upstream data: `flux export` goldens that a `create … --export`
/// command reproduces exactly.
pub const DERIVED: &[GoldenCase] = &[GoldenCase {
    name: "export/image-policy.yaml via create",
    args: "create image policy flux-system --image-ref=flux-system --select-semver=5.0.x --reflect-digest=Never -n=img-ns --export",
    golden: Some("./testdata/export/image-policy.yaml"),
    error: None,
    template: &[("fluxns", "img-ns")],
}];

/// `--export` command lines covering every flag of the three commands (validated against the
/// CRD schemas by the lead).
pub const MATRIX: &[&str] = &[
    "create image repository podinfo --image=ghcr.io/stefanprodan/podinfo --interval=10m --export",
    "create image repository podinfo --image=ghcr.io/stefanprodan/podinfo --secret-ref=regcred --cert-ref=ca --scan-timeout=30s --export",
    "create image repository podinfo --image=library/alpine --interval=1h --label=app=podinfo,env=dev -n apps --export",
    "create image repository podinfo --image=localhost:5000/app --scan-timeout=1m30s --export=true",
    "create image repository podinfo --image=docker.io/fluxcd/flux --label team=a --label tier=b --export",
    "create image policy podinfo --image-ref=podinfo --select-semver=>=1.0.0 --export",
    "create image policy podinfo --image-ref=podinfo --select-alpha=asc --export",
    "create image policy podinfo --image-ref=podinfo --select-alpha=desc --filter-regex=^main- --export",
    "create image policy podinfo --image-ref=podinfo --select-numeric=asc --filter-regex=^main-[a-f0-9]+-(?P<ts>[0-9]+) --filter-extract=$ts --export",
    "create image policy podinfo --image-ref=podinfo --select-numeric=desc --filter-regex=^v(?P<v>.*)$ --filter-extract=${v} --export",
    "create image policy podinfo --image-ref=podinfo --select-semver=5.0.x --reflect-digest=Always --interval=10m --export",
    "create --interval=5m image policy podinfo --image-ref=podinfo --select-semver=5.0.x --reflect-digest=Always --export",
    "create image policy podinfo --image-ref=podinfo --select-semver=5.0.x --reflect-digest=IfNotPresent --export",
    "create image policy podinfo --image-ref=podinfo --select-semver=5.0.x --reflect-digest=Never --label=a=b -n apps --export",
    "create image policy podinfo --image-ref=podinfo --select-semver=5.0.x --select-alpha=asc --export",
    "create image update flux-system --git-repo-ref=flux-system --checkout-branch=main --author-name=flux --author-email=flux@example.com --export",
    "create image update flux-system --git-repo-ref=flux-system --git-repo-path=./clusters/my-cluster --checkout-branch=main --author-name=flux --author-email=flux@example.com --commit-template='{{range .Updated.Images}}{{println .}}{{end}}' --export",
    "create image update flux-system --git-repo-ref=flux-system --checkout-branch=main --push-branch=image-updates --author-name=flux --author-email=flux@example.com --export",
    "create image update apps -n apps --git-repo-ref=flux-system --git-repo-namespace=flux-system --git-repo-path=./clusters/my-cluster --checkout-branch=main --push-branch=image-updates --author-name=flux --author-email=flux@example.com --interval=30m --export",
    "create image update flux-system --git-repo-ref=flux-system --checkout-branch=main --author-name=flux --author-email=flux@example.com --signing-key-secret=gpg-key --signing-key-type=gpg --label=team=a --export",
    "create image update flux-system --git-repo-ref=flux-system --checkout-branch=main --author-name=flux --author-email=flux@example.com --signing-key-secret=ssh-key --signing-key-type=ssh --interval=1h --export",
];

#[test]
fn create_image_upstream_cases() {
    run_cases("create image", CASES);
}

#[test]
fn create_image_derived_cases() {
    run_cases("create image (export goldens)", DERIVED);
}

#[test]
fn create_image_matrix_exits_zero() {
    for line in MATRIX {
        let run = flux(line);
        assert_eq!(run.code, 0, "flux {line}: {}", run.out.combined);
        assert!(
            run.out
                .stdout
                .starts_with("---\napiVersion: image.toolkit.fluxcd.io/v1\n"),
            "flux {line}: {}",
            run.out.stdout
        );
    }
}

#[test]
fn create_image_policy_interval_shadows_create_interval() {
    let base = "create image policy podinfo --image-ref=podinfo --select-semver=1.x --export";
    // The local default (0) wins over create's 1m default: no interval, no error.
    let run = flux(base);
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert!(!run.out.stdout.contains("interval"), "{}", run.out.stdout);
    for line in [
        format!("{base} --interval=5m"),
        format!("create --interval=5m {}", &base["create ".len()..]),
    ] {
        let run = flux(&line);
        assert_eq!(
            run.out.stderr,
            "✗ the --interval flag can only be used with the 'Always' digest reflection policy, use --reflect-digest=Always\n",
            "flux {line}"
        );
    }
    let run = flux(&format!("{base} --reflect-digest=Always --interval=5m"));
    assert!(
        run.out.stdout.contains("interval: 5m0s"),
        "{}",
        run.out.stdout
    );
}

/// Argument errors: one `✗` line naming the problem, exit 1.
const ERRORS: &[(&str, &str)] = &[
    ("create image repository", "name is required"),
    (
        "create image repository p --export",
        "name 'p' is invalid, it should adhere to standard defined in RFC 1123, the name can only contain alphanumeric characters or '-'",
    ),
    (
        "create image repository podinfo --export",
        "an image repository (--image) is required",
    ),
    (
        "create image repository podinfo --image=alpine:3.12 --export",
        "unable to parse image value: repository can only contain the characters `abcdefghijklmnopqrstuvwxyz0123456789_-./`: alpine:3.12",
    ),
    (
        "create image repository podinfo --image=ghcr.io/a --export",
        "unable to parse image value: repository must be between 2 and 255 characters in length: a",
    ),
    (
        "create image repository podinfo --image=a:b:c/app --export",
        "unable to parse image value: registries must be valid RFC 3986 URI authorities: a:b:c",
    ),
    (
        "create image repository podinfo --image=ghcr.io/a/b --label=x --export",
        "invalid label format 'x', must be key=value",
    ),
    (
        "create image repository podinfo --image=ghcr.io/a/b --scan-timeout=1d --export",
        "invalid argument \"1d\" for \"--scan-timeout\" flag: time: unknown unit \"d\" in duration \"1d\"",
    ),
    (
        "create image repository podinfo --image=ghcr.io/a/b --interval=x --export",
        "invalid argument \"x\" for \"--interval\" flag: time: invalid duration \"x\"",
    ),
    (
        "create image policy podinfo --export",
        "the name of an ImageRepository in the namespace is required (--image-ref)",
    ),
    (
        "create image policy podinfo --image-ref=p --label=a=-b --export",
        "invalid label value '-b': [a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')]",
    ),
    (
        "create image policy podinfo --image-ref=p --export",
        "a policy must be provided with either --select-semver or --select-alpha",
    ),
    (
        "create image policy podinfo --image-ref=p --select-alpha=asc --select-numeric=asc --export",
        "only one of --select-semver, --select-alpha or --select-numeric can be specified",
    ),
    (
        "create image policy podinfo --image-ref=p --select-alpha=up --export",
        "--select-alpha must be one of [\"asc\", \"desc\"]",
    ),
    (
        "create image policy podinfo --image-ref=p --select-numeric=1 --export",
        "--select-numeric must be one of [\"asc\", \"desc\"]",
    ),
    (
        "create image policy podinfo --image-ref=p --select-semver=1.x --filter-regex=( --export",
        "--filter-regex is an invalid regex pattern",
    ),
    (
        "create image policy podinfo --image-ref=p --select-semver=1.x --filter-regex=a --filter-extract=${x --export",
        "--filter-extract is malformed",
    ),
    (
        "create image policy podinfo --image-ref=p --select-semver=1.x --filter-regex=(?P<ts>.*) --filter-extract=$tx --export",
        "capture group $tx used in --filter-extract not found in --filter-regex",
    ),
    (
        "create image policy podinfo --image-ref=p --select-semver=1.x --filter-extract=$ts --export",
        "cannot specify --filter-extract without specifying --filter-regex",
    ),
    (
        "create image policy podinfo --image-ref=p --select-semver=1.x --reflect-digest=always --export",
        "invalid value for --reflect-digest, must be one of 'Never', 'IfNotPresent', 'Always'",
    ),
    (
        "create image policy podinfo --image-ref=p --select-semver=1.x --reflect-digest=Never --interval=1m --export",
        "the --interval flag can only be used with the 'Always' digest reflection policy, use --reflect-digest=Always",
    ),
    (
        "create image policy podinfo --image-ref=p --select-semver=1.x --interval=1x --export",
        "invalid argument \"1x\" for \"--interval\" flag: time: unknown unit \"x\" in duration \"1x\"",
    ),
    (
        "create image update flux-system --export",
        "a reference to a GitRepository is required (--git-repo-ref)",
    ),
    (
        "create image update flux-system --git-repo-ref=r --export",
        "the Git repository branch is required (--checkout-branch)",
    ),
    (
        "create image update flux-system --git-repo-ref=r --checkout-branch=main --export",
        "the author name is required (--author-name)",
    ),
    (
        "create image update flux-system --git-repo-ref=r --checkout-branch=main --author-name=a --export",
        "the author email is required (--author-email)",
    ),
];

#[test]
fn create_image_argument_errors() {
    for (line, want) in ERRORS {
        let run = flux(line);
        assert_eq!(
            (run.code, run.out.stderr.as_str()),
            (1, format!("✗ {want}\n").as_str()),
            "flux {line}"
        );
        assert_eq!(run.out.stdout, "", "flux {line}");
    }
    let run = flux(&format!("{UPDATE} --label=a=b=c --export"));
    assert_eq!(
        run.out.stderr,
        "✗ invalid label format 'a=b=c', must be key=value\n"
    );
}

#[test]
fn create_image_without_export_generates_first() {
    let run = flux("create image repository podinfo --image=ghcr.io/a/b");
    assert_eq!(run.code, 1);
    assert!(
        run.out.stderr.starts_with("✚ generating ImageRepository\n"),
        "{}",
        run.out.stderr
    );
}

/// The same goldens compared as data (independent of the YAML layout): every field and value.
pub(crate) fn assert_golden_data(cases: &[GoldenCase]) {
    let Some(dir) = crate::support::cmd_flux_dir() else {
        return;
    };
    for case in cases {
        let Some(golden) = case.golden else { continue };
        let raw = std::fs::read_to_string(dir.join(golden)).unwrap();
        let want =
            flux_rs::yaml::from_str_multi(&crate::support::render_template(&raw, case.template))
                .unwrap();
        let run = crate::support::flux_in(&dir, case.args);
        assert_eq!(run.code, 0, "{}: {}", case.name, run.out.combined);
        let got = flux_rs::yaml::from_str_multi(&run.out.stdout).unwrap();
        assert_eq!(got, want, "{}: `flux {}`", case.name, case.args);
    }
}

#[test]
fn create_image_goldens_as_data() {
    assert_golden_data(CASES);
    assert_golden_data(DERIVED);
}

/// The spec's derived `--export` examples (artifacts-create.md §B.8).
const EXAMPLES: &[(&str, &str)] = &[
    (
        "create image repository podinfo --image=ghcr.io/stefanprodan/podinfo --interval=10m --export",
        "---\napiVersion: image.toolkit.fluxcd.io/v1\nkind: ImageRepository\nmetadata:\n  name: podinfo\n  namespace: flux-system\nspec:\n  image: ghcr.io/stefanprodan/podinfo\n  interval: 10m0s\n",
    ),
    (
        "create image policy podinfo --image-ref=podinfo --select-semver=\">=1.0.0\" --export",
        "---\napiVersion: image.toolkit.fluxcd.io/v1\nkind: ImagePolicy\nmetadata:\n  name: podinfo\n  namespace: flux-system\nspec:\n  imageRepositoryRef:\n    name: podinfo\n  policy:\n    semver:\n      range: '>=1.0.0'\n",
    ),
    (
        "create image policy podinfo --image-ref=podinfo --select-semver=1.x --select-numeric=asc --filter-regex=^v --export",
        "---\napiVersion: image.toolkit.fluxcd.io/v1\nkind: ImagePolicy\nmetadata:\n  name: podinfo\n  namespace: flux-system\nspec:\n  filterTags:\n    extract: \"\"\n    pattern: ^v\n  imageRepositoryRef:\n    name: podinfo\n  policy: {}\n",
    ),
    (
        "create image repository podinfo --image=ghcr.io/a/b --secret-ref=s --cert-ref=c --scan-timeout=90s --label=app=x --export",
        "---\napiVersion: image.toolkit.fluxcd.io/v1\nkind: ImageRepository\nmetadata:\n  labels:\n    app: x\n  name: podinfo\n  namespace: flux-system\nspec:\n  certSecretRef:\n    name: c\n  image: ghcr.io/a/b\n  interval: 1m0s\n  secretRef:\n    name: s\n  timeout: 1m30s\n",
    ),
    (
        "create image update apps -n apps --git-repo-ref=flux-system --git-repo-namespace=flux-system --git-repo-path=./clusters/my-cluster --checkout-branch=main --push-branch=image-updates --author-name=flux --author-email=flux@example.com --commit-template='{{range .Updated.Images}}{{println .}}{{end}}' --export",
        "---\napiVersion: image.toolkit.fluxcd.io/v1\nkind: ImageUpdateAutomation\nmetadata:\n  name: apps\n  namespace: apps\nspec:\n  git:\n    checkout:\n      ref:\n        branch: main\n    commit:\n      author:\n        email: flux@example.com\n        name: flux\n      messageTemplate: '{{range .Updated.Images}}{{println .}}{{end}}'\n    push:\n      branch: image-updates\n  interval: 1m0s\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n    namespace: flux-system\n  update:\n    path: ./clusters/my-cluster\n    strategy: Setters\n",
    ),
];

#[test]
fn create_image_spec_examples() {
    for (line, want) in EXAMPLES {
        let run = flux(line);
        assert_eq!(run.code, 0, "flux {line}: {}", run.out.combined);
        crate::support::assert_text(want, &run.out.combined, &format!("flux {line}"));
    }
}
