//! Every command outside `flux create` whose behaviour belongs to a later issue answers
//! `✗ not implemented yet` with exit 1; the list below must name exactly those commands, so
//! none is forgotten when one gets implemented (move it to `IMPLEMENTED` then).

use std::collections::BTreeSet;

use crate::support::flux;

/// (command path, minimal valid arguments) of every leaf that is not implemented yet.
pub const NOT_IMPLEMENTED: &[(&str, &str)] = &[
    (
        "bootstrap bitbucket-server",
        "--owner=o --repository=r --hostname=h",
    ),
    ("bootstrap git", "--url=ssh://git@example.com/org/repo"),
    ("bootstrap gitea", "--owner=o --repository=r"),
    ("bootstrap github", "--owner=o --repository=r"),
    ("bootstrap gitlab", "--owner=o --repository=r"),
    ("build kustomization", "podinfo --path=."),
    ("debug helmrelease", "podinfo --show-status"),
    ("debug kustomization", "podinfo --show-status"),
    ("diff kustomization", "podinfo --path=."),
    ("docgen", ""),
    ("envsubst", ""),
    ("migrate", "-f ."),
    ("plugin install", "foo"),
    ("plugin list", ""),
    ("plugin search", ""),
    ("plugin uninstall", "foo"),
    ("plugin update", ""),
    ("trigger receiver", "a --token=t"),
];

/// Leaves that work already (command path, arguments); tested in `client_only.rs`.
pub const IMPLEMENTED: &[(&str, &str)] = &[
    ("stats", "-A"),
    ("trace", "podinfo --kind=Deployment --api-version=apps/v1"),
    ("tree artifact generator", "a"),
    ("tree kustomization", "flux-system"),
    ("diff artifact", "oci://localhost/podinfo:1.0.0 --path=."),
    ("list artifacts", "oci://localhost/podinfo"),
    ("pull artifact", "oci://localhost/podinfo:1.0.0 --output=."),
    (
        "push artifact",
        "oci://localhost/podinfo:1.0.0 --path=. --source=s --revision=r",
    ),
    ("tag artifact", "oci://localhost/podinfo:1.0.0 --tag=latest"),
    ("build artifact", "--path=."),
    ("check", "--pre"),
    ("completion bash", ""),
    ("completion fish", ""),
    ("completion powershell", ""),
    ("completion zsh", ""),
    ("events", "--for=Kustomization/podinfo"),
    ("export alert", "a"),
    ("export alert-provider", "a"),
    ("export artifact generator", "a"),
    ("export helmrelease", "a"),
    ("export image policy", "a"),
    ("export image repository", "a"),
    ("export image update", "a"),
    ("export kustomization", "--all"),
    ("export receiver", "a"),
    ("export source bucket", "a"),
    ("export source chart", "a"),
    ("export source external", "a"),
    ("export source git", "a --with-credentials"),
    ("export source helm", "a"),
    ("export source oci", "a"),
    ("get alert-providers", ""),
    ("get alerts", ""),
    ("get all", ""),
    ("get artifacts generators", ""),
    ("get helmreleases", "--show-source"),
    ("get images all", ""),
    ("get images policy", ""),
    ("get images repository", ""),
    ("get images update", ""),
    ("get kustomizations", "-A"),
    ("get receivers", ""),
    ("get sources all", ""),
    ("get sources bucket", ""),
    ("get sources chart", ""),
    ("get sources external", ""),
    ("get sources git", "podinfo"),
    ("get sources helm", ""),
    ("get sources oci", ""),
    ("install", "--export"),
    ("logs", "--level=error"),
    ("uninstall", "-s"),
    ("verify artifact", ""),
    ("version", ""),
    ("delete alert", "a"),
    ("delete alert-provider", "a"),
    ("delete helmrelease", "a"),
    ("delete image policy", "a"),
    ("delete image repository", "a"),
    ("delete image update", "a"),
    ("delete kustomization", "a -s"),
    ("delete receiver", "a"),
    ("delete source bucket", "a"),
    ("delete source chart", "a"),
    ("delete source git", "a"),
    ("delete source helm", "a"),
    ("delete source oci", "a"),
    ("reconcile helmrelease", "a --force"),
    ("reconcile image policy", "a"),
    ("reconcile image repository", "a"),
    ("reconcile image update", "a"),
    ("reconcile kustomization", "a --with-source"),
    ("reconcile receiver", "a"),
    ("reconcile source bucket", "a"),
    ("reconcile source chart", "a"),
    ("reconcile source git", "a"),
    ("reconcile source helm", "a"),
    ("reconcile source oci", "a"),
    ("resume alert", "a"),
    ("resume alert-provider", "a"),
    ("resume helmrelease", "a"),
    ("resume image policy", "a"),
    ("resume image repository", "a"),
    ("resume image update", "a"),
    ("resume kustomization", "a --wait=false"),
    ("resume receiver", "a"),
    ("resume source bucket", "a"),
    ("resume source chart", "a"),
    ("resume source git", "a"),
    ("resume source helm", "a"),
    ("resume source oci", "a"),
    ("suspend alert", "a"),
    ("suspend alert-provider", "a"),
    ("suspend helmrelease", "a"),
    ("suspend image policy", "a"),
    ("suspend image repository", "a"),
    ("suspend image update", "a"),
    ("suspend kustomization", "--all"),
    ("suspend receiver", "a"),
    ("suspend source bucket", "a"),
    ("suspend source chart", "a"),
    ("suspend source git", "a"),
    ("suspend source helm", "a"),
    ("suspend source oci", "a"),
];

fn leaves(cmd: &clap::Command, path: &str, out: &mut BTreeSet<String>) {
    let subs: Vec<&clap::Command> = cmd
        .get_subcommands()
        .filter(|s| s.get_name() != "help")
        .collect();
    if subs.is_empty() {
        out.insert(path.trim().to_string());
    }
    for sub in subs {
        leaves(sub, &format!("{path} {}", sub.get_name()), out);
    }
}

#[test]
fn the_lists_name_every_leaf_outside_create() {
    let mut all = BTreeSet::new();
    leaves(&flux_rs::cli::command(), "", &mut all);
    let all: BTreeSet<String> = all
        .into_iter()
        .filter(|p| p != "create" && !p.starts_with("create "))
        .collect();
    let listed: BTreeSet<String> = NOT_IMPLEMENTED
        .iter()
        .chain(IMPLEMENTED)
        .map(|(p, _)| (*p).to_string())
        .collect();
    let missing: Vec<_> = all.difference(&listed).collect();
    let extra: Vec<_> = listed.difference(&all).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "unlisted: {missing:#?}\nnot leaves: {extra:#?}"
    );
    assert_eq!(
        listed.len(),
        NOT_IMPLEMENTED.len() + IMPLEMENTED.len(),
        "a path is listed twice"
    );
}

#[test]
fn not_implemented_commands_say_so() {
    let mut failures = Vec::new();
    for (path, args) in NOT_IMPLEMENTED {
        let line = format!("{path} {args}");
        let run = flux(&line);
        if run.code != 1
            || run.out.stderr != "✗ not implemented yet\n"
            || !run.out.stdout.is_empty()
        {
            failures.push(format!(
                "flux {line}: exit {} stdout {:?} stderr {:?}",
                run.code, run.out.stdout, run.out.stderr
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every `flux create` leaf applied to a cluster (no `--export`): building the object works and
/// the leaf goes on to the cluster (applying is tested in `create_apply.rs`). Arguments are
/// relative to upstream's `cmd-flux/` directory (fixture files).
pub const CREATE_APPLY: &[(&str, &str)] = &[
    (
        "create alert",
        "a1 --provider-ref=slack --event-source=Kustomization/podinfo",
    ),
    ("create alert-provider", "p1 --type=slack"),
    (
        "create helmrelease",
        "hr1 --source=HelmRepository/podinfo --chart=podinfo",
    ),
    (
        "create image policy",
        "ip1 --image-ref=podinfo --select-semver=1.x",
    ),
    (
        "create image repository",
        "ir1 --image=ghcr.io/stefanprodan/podinfo",
    ),
    (
        "create image update",
        "iu1 --git-repo-ref=podinfo --git-repo-path=./clusters --checkout-branch=main --author-name=flux --author-email=flux@example.com",
    ),
    (
        "create kustomization",
        "ks1 --source=GitRepository/podinfo --path=./kustomize",
    ),
    (
        "create receiver",
        "r1 --type=github --event=ping --resource=GitRepository/podinfo --secret-ref=s",
    ),
    (
        "create secret git",
        "s1 --url=https://github.com/org/repo --username=u --password=p",
    ),
    (
        "create secret githubapp",
        "s1 --app-id=1 --app-installation-id=2 --app-private-key=./testdata/create_secret/githubapp/test-private-key.pem",
    ),
    ("create secret helm", "s1 --username=u --password=p"),
    (
        "create secret notation",
        "s1 --trust-policy-file=./testdata/create_secret/notation/test-trust-policy.json --ca-cert-file=./testdata/create_secret/notation/test-ca.crt",
    ),
    (
        "create secret oci",
        "s1 --url=ghcr.io --username=u --password=p",
    ),
    (
        "create secret proxy",
        "s1 --address=https://proxy.example.com",
    ),
    (
        "create secret receiver",
        "s1 --type=github --token=t --hostname=flux.example.com",
    ),
    (
        "create secret tls",
        "s1 --ca-crt-file=./testdata/create_secret/notation/test-ca.crt",
    ),
    (
        "create source bucket",
        "b1 --bucket-name=b --endpoint=minio.example.com",
    ),
    (
        "create source chart",
        "c1 --source=HelmRepository/podinfo --chart=podinfo",
    ),
    (
        "create source git",
        "g1 --url=https://github.com/org/repo --branch=main",
    ),
    (
        "create source helm",
        "h1 --url=https://stefanprodan.github.io/podinfo",
    ),
    (
        "create source oci",
        "o1 --url=oci://ghcr.io/org/repo --tag=latest",
    ),
    ("create tenant", "t1 --with-namespace=apps"),
];

/// What client-go says when there is no kubeconfig at all.
const NO_CLUSTER: &str = "✗ invalid configuration: no configuration has been provided, try setting KUBERNETES_MASTER environment variable";

#[test]
fn create_leaves_go_on_to_the_cluster() {
    let Some(dir) = crate::support::cmd_flux_dir() else {
        return;
    };
    let mut all = BTreeSet::new();
    leaves(&flux_rs::cli::command(), "", &mut all);
    let create: BTreeSet<String> = all
        .into_iter()
        .filter(|p| p.starts_with("create "))
        .collect();
    let listed: BTreeSet<String> = CREATE_APPLY.iter().map(|(p, _)| (*p).to_string()).collect();
    assert_eq!(create, listed, "every create leaf must be listed");
    let mut failures = Vec::new();
    for (path, args) in CREATE_APPLY {
        let line = format!("{path} {args}");
        let run = crate::support::flux_in(&dir, &line);
        let last = run
            .out
            .stderr
            .lines()
            .last()
            .unwrap_or_default()
            .to_string();
        // No kubeconfig in the hermetic environment: the apply step is reached and fails there.
        if run.code != 1 || last != NO_CLUSTER || !run.out.stdout.is_empty() {
            failures.push(format!(
                "flux {line}: exit {} stderr {:?}",
                run.code, run.out.stderr
            ));
        }
        // The same object exports fine.
        let export = crate::support::flux_in(&dir, &format!("{line} --export"));
        if export.code != 0 || !export.out.stdout.starts_with("---\n") {
            failures.push(format!(
                "flux {line} --export: exit {} stderr {:?}",
                export.code, export.out.stderr
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
