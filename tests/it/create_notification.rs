//! `flux create alert|alert-provider|receiver`. Upstream v2.9.4 has no `create_alert*_test.go`
//! or `create_receiver_test.go`, so `CASES` is empty; `DERIVED` reproduces upstream
//! `testdata/export/` goldens with `create … --export`, and the inline cases pin the spec's
//! derived examples (artifacts-create.md §B.9) and every argument error.

use crate::support::{GoldenCase, assert_text, flux, run_cases};

/// Upstream test cases (none exist for these commands in v2.9.4).
pub const CASES: &[GoldenCase] = &[];

/// `flux export` goldens that a `create … --export` command reproduces exactly.
pub const DERIVED: &[GoldenCase] = &[GoldenCase {
    name: "export/provider.yaml via create",
    args: "create alert-provider slack --type slack --channel \"A channel with spacess\" --address https://hooks.slack.com/services/mock -n notif-ns --export",
    golden: Some("./testdata/export/provider.yaml"),
    error: None,
    template: &[("fluxns", "notif-ns")],
}];

/// `--export` command lines covering every flag of the three commands.
pub const MATRIX: &[&str] = &[
    "create alert flux-system --event-severity info --event-source Kustomization/flux-system --provider-ref slack --export",
    "create alert flux-system --event-severity error --event-source=GitRepository/*,Kustomization/* --provider-ref=slack --export",
    "create alert apps --event-source=HelmRelease/podinfo.apps --event-source=Kustomization/apps.flux-system --provider-ref=msteams -n apps --label=team=a --export",
    "create alert all --event-source=GitRepository/*.* --provider-ref=generic --export=true",
    "create alert-provider slack --type slack --channel general --address https://hooks.slack.com/services/X --secret-ref webhook-url --export",
    "create alert-provider github-podinfo --type github --address https://github.com/stefanprodan/podinfo --secret-ref github-token --export",
    "create alert-provider discord --type=discord --username=flux --channel=ops --label=a=b,c=d -n monitoring --export",
    "create alert-provider generic --type=generic --address=https://example.com/hook --export",
    "create receiver github-receiver --type github --event ping --event push --secret-ref webhook-token --resource GitRepository/webapp --export",
    "create receiver gitlab --type=gitlab --event='Push Hook,Tag Push Hook' --secret-ref=token --resource=GitRepository/webapp,HelmRepository/webapp --export",
    "create receiver generic --type=generic --secret-ref=token --resource=Kustomization/apps --label=team=a -n apps --export",
    "create receiver hmac --type=generic-hmac --secret-ref=token --resource=OCIRepository/app --export",
    "create receiver harbor --type=harbor --secret-ref=token --resource=ImageRepository/app --export",
    "create receiver hub --type=dockerhub --secret-ref=token --resource=ImageRepository/app --export",
    "create receiver quay --type=quay --secret-ref=token --resource=ImageRepository/app --export",
    "create receiver gcr --type=gcr --secret-ref=token --resource=ImageRepository/app --export",
    "create receiver nexus --type=nexus --secret-ref=token --resource=ImageRepository/app --export",
    "create receiver acr --type=acr --secret-ref=token --resource=ImageRepository/app --export",
    "create receiver bb --type=bitbucket --event=repo:push --secret-ref=token --resource=GitRepository/app --export",
    "create receiver cde --type=cdevents --secret-ref=token --resource=Bucket/app --export",
];

#[test]
fn create_notification_upstream_cases() {
    run_cases("create notification", CASES);
}

#[test]
fn create_notification_derived_cases() {
    run_cases("create notification (export goldens)", DERIVED);
}

#[test]
fn create_notification_matrix_exits_zero() {
    for line in MATRIX {
        let run = flux(line);
        assert_eq!(run.code, 0, "flux {line}: {}", run.out.combined);
        assert!(
            run.out
                .stdout
                .starts_with("---\napiVersion: notification.toolkit.fluxcd.io/"),
            "flux {line}: {}",
            run.out.stdout
        );
    }
}

/// The spec's derived `--export` examples (artifacts-create.md §B.9).
const EXAMPLES: &[(&str, &str)] = &[
    (
        "create alert flux-system --event-severity info --event-source Kustomization/flux-system --provider-ref slack --export",
        "---\napiVersion: notification.toolkit.fluxcd.io/v1beta3\nkind: Alert\nmetadata:\n  name: flux-system\n  namespace: flux-system\nspec:\n  eventSeverity: info\n  eventSources:\n  - kind: Kustomization\n    name: flux-system\n  providerRef:\n    name: slack\n",
    ),
    (
        "create alert-provider slack --type slack --channel general --address https://hooks.slack.com/services/X --secret-ref webhook-url --export",
        "---\napiVersion: notification.toolkit.fluxcd.io/v1beta3\nkind: Provider\nmetadata:\n  name: slack\n  namespace: flux-system\nspec:\n  address: https://hooks.slack.com/services/X\n  channel: general\n  secretRef:\n    name: webhook-url\n  type: slack\n",
    ),
    (
        "create receiver github-receiver --type github --event ping --event push --secret-ref webhook-token --resource GitRepository/webapp --export",
        "---\napiVersion: notification.toolkit.fluxcd.io/v1\nkind: Receiver\nmetadata:\n  name: github-receiver\n  namespace: flux-system\nspec:\n  events:\n  - ping\n  - push\n  resources:\n  - kind: GitRepository\n    name: webapp\n  secretRef:\n    name: webhook-token\n  type: github\n",
    ),
    (
        "create alert all --event-source=GitRepository/*.* --provider-ref=generic --label=b=2,a=1 --export",
        "---\napiVersion: notification.toolkit.fluxcd.io/v1beta3\nkind: Alert\nmetadata:\n  labels:\n    a: \"1\"\n    b: \"2\"\n  name: all\n  namespace: flux-system\nspec:\n  eventSources:\n  - kind: GitRepository\n    name: '*'\n    namespace: '*'\n  providerRef:\n    name: generic\n",
    ),
];

#[test]
fn create_notification_spec_examples() {
    for (line, want) in EXAMPLES {
        let run = flux(line);
        assert_eq!(run.code, 0, "flux {line}: {}", run.out.combined);
        assert_text(want, &run.out.combined, &format!("flux {line}"));
    }
}

/// Argument errors: one `✗` line naming the problem, exit 1.
const ERRORS: &[(&str, &str)] = &[
    ("create alert", "name is required"),
    (
        "create alert A_B --export",
        "name 'A_B' is invalid, it should adhere to standard defined in RFC 1123, the name can only contain alphanumeric characters or '-'",
    ),
    (
        "create alert flux-system --export",
        "provider ref is required",
    ),
    (
        "create alert flux-system --provider-ref=slack --export",
        "at least one event source is required",
    ),
    (
        "create alert flux-system --provider-ref=slack --event-source= --export",
        "at least one event source is required",
    ),
    (
        "create alert flux-system --provider-ref=slack --event-source=flux-system --export",
        "invalid event source 'flux-system', must be in format <kind>/<name>",
    ),
    (
        "create alert flux-system --provider-ref=slack --event-source=a/b/c --export",
        "invalid event source 'a/b/c', must be in format <kind>/<name>",
    ),
    (
        "create alert flux-system --provider-ref=slack --event-source=Kustomization/x --label=-a=b --export",
        "invalid label '-a': [name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')]",
    ),
    (
        "create alert-provider slack --export",
        "Provider type is required",
    ),
    (
        "create alert-provider slack --type=slack --label=nolabel --export",
        "invalid label format 'nolabel', must be key=value",
    ),
    ("create receiver gh --export", "Receiver type is required"),
    (
        "create receiver gh --type=github --export",
        "secret ref is required",
    ),
    (
        "create receiver gh --type=github --secret-ref=t --export",
        "atleast one resource is required",
    ),
    (
        "create receiver gh --type=github --secret-ref=t --resource=webapp --export",
        "invalid event source 'webapp', must be in format <kind>/<name>",
    ),
    (
        "create receiver gh --type=github --secret-ref=t --resource=GitRepository/webapp --label=a --export",
        "invalid label format 'a', must be key=value",
    ),
    (
        "create receiver gh --type=gitea --export",
        "invalid argument \"gitea\" for \"--type\" flag: receiver type 'gitea' is not supported, must be one of: generic, generic-hmac, github, gitlab, bitbucket, harbor, dockerhub, quay, gcr, nexus, acr, cdevents",
    ),
    (
        "create receiver gh --type= --export",
        "invalid argument \"\" for \"--type\" flag: no receiver type given, please specify the receiver type",
    ),
];

#[test]
fn create_notification_argument_errors() {
    for (line, want) in ERRORS {
        let run = flux(line);
        assert_eq!(
            (run.code, run.out.stderr.as_str()),
            (1, format!("✗ {want}\n").as_str()),
            "flux {line}"
        );
        assert_eq!(run.out.stdout, "", "flux {line}");
    }
}

#[test]
fn create_notification_without_export_generates_first() {
    for (line, kind) in [
        (
            "create alert a1 --provider-ref=slack --event-source=Kustomization/x",
            "Alert",
        ),
        ("create alert-provider p1 --type=slack", "Provider"),
        (
            "create receiver r1 --type=github --secret-ref=t --resource=GitRepository/x",
            "Receiver",
        ),
    ] {
        let run = flux(line);
        assert_eq!(run.code, 1, "flux {line}");
        assert!(
            run.out
                .stderr
                .starts_with(&format!("✚ generating {kind}\n")),
            "flux {line}: {}",
            run.out.stderr
        );
    }
}

#[test]
fn create_notification_goldens_as_data() {
    crate::create_image::assert_golden_data(DERIVED);
    for (line, want) in EXAMPLES {
        let run = flux(line);
        let got = flux_rs::yaml::from_str_multi(&run.out.stdout).unwrap();
        assert_eq!(
            got,
            flux_rs::yaml::from_str_multi(want).unwrap(),
            "flux {line}"
        );
    }
}

/// Every upstream example object of the image and notification kinds (`testdata/export/*.yaml`)
/// deserialises into the typed structs and serialises back to the same data.
#[test]
fn typed_structs_roundtrip_upstream_examples() {
    use flux_rs::kinds::{image, notification};
    fn check<T: serde::de::DeserializeOwned + serde::Serialize>(
        doc: &serde_json::Value,
        file: &str,
    ) {
        let typed: T =
            serde_json::from_value(doc.clone()).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(&serde_json::to_value(&typed).unwrap(), doc, "{file}");
    }
    let Some(dir) = crate::support::cmd_flux_dir() else {
        return;
    };
    let mut seen = 0;
    for file in [
        "alert",
        "provider",
        "receiver",
        "image-repo",
        "image-policy",
        "image-update",
        "objects",
    ] {
        let raw =
            std::fs::read_to_string(dir.join(format!("testdata/export/{file}.yaml"))).unwrap();
        let text = crate::support::render_template(&raw, &[("fluxns", "flux-system")]);
        for doc in flux_rs::yaml::from_str_multi(&text).unwrap() {
            seen += 1;
            match doc["kind"].as_str().unwrap_or_default() {
                "Alert" => check::<notification::Alert>(&doc, file),
                "Provider" => check::<notification::Provider>(&doc, file),
                "Receiver" => check::<notification::Receiver>(&doc, file),
                "ImageRepository" => check::<image::ImageRepository>(&doc, file),
                "ImagePolicy" => check::<image::ImagePolicy>(&doc, file),
                "ImageUpdateAutomation" => check::<image::ImageUpdateAutomation>(&doc, file),
                _ => seen -= 1,
            }
        }
    }
    assert_eq!(seen, 12);
}
