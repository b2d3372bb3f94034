//! The clap tree against upstream's: every command path, alias and hidden mark of
//! `command-tree.tsv`, and every flag with its shorthand, default, scope (persistent = global)
//! and hidden mark. `flux create …` flags are checked by a separate test the create owners enable.

use std::collections::BTreeSet;

use crate::support::shared;

/// One `cmd` row.
struct CmdRow {
    path: String,
    aliases: Vec<String>,
    hidden: bool,
}

/// One `flag` row.
struct FlagRow {
    path: String,
    long: String,
    short: Option<char>,
    ty: String,
    go_default: String,
    persistent: bool,
    hidden: bool,
}

fn read_tsv() -> Option<(Vec<CmdRow>, Vec<FlagRow>)> {
    let text = std::fs::read_to_string(shared()?.join("spec/command-tree.tsv")).unwrap();
    let (mut cmds, mut flags) = (Vec::new(), Vec::new());
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let f: Vec<&str> = line.split('\t').collect();
        match f[0] {
            "cmd" => cmds.push(CmdRow {
                path: f[1].to_string(),
                aliases: if f[2] == "-" {
                    vec![]
                } else {
                    f[2].split(',').map(String::from).collect()
                },
                hidden: f[3] == "hidden",
            }),
            // `MarkDeprecated` rows are an extraction artefact, not flags.
            "flag" if f[4] != "MarkDeprecated" => flags.push(FlagRow {
                path: f[1].to_string(),
                long: f[2].trim_start_matches("--").to_string(),
                short: f[3].strip_prefix('-').and_then(|s| s.chars().next()),
                ty: f[4].to_string(),
                go_default: f[5].to_string(),
                persistent: f[6] == "persistent",
                hidden: f[7] == "hidden",
            }),
            _ => {}
        }
    }
    Some((cmds, flags))
}

/// Every command of the unbuilt tree with its path (`flux get sources git`).
fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<(String, clap::Command)>) {
    out.push((path.to_string(), cmd.clone()));
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        walk(sub, &format!("{path} {}", sub.get_name()), out);
    }
}

fn tree() -> Vec<(String, clap::Command)> {
    let mut out = Vec::new();
    walk(&flux_rs::cli::command(), "flux", &mut out);
    out
}

#[test]
fn command_paths_aliases_and_hidden_match_upstream() {
    let Some((cmds, _)) = read_tsv() else { return };
    let ours = tree();
    let ours_paths: BTreeSet<&str> = ours.iter().map(|(p, _)| p.as_str()).collect();
    let theirs: BTreeSet<&str> = cmds.iter().map(|c| c.path.as_str()).collect();
    let (beyond_cmds, _) = beyond_upstream();
    let missing: Vec<_> = theirs.difference(&ours_paths).collect();
    let extra: Vec<_> = ours_paths
        .difference(&theirs)
        .filter(|p| !beyond_cmds.contains(**p))
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing: {missing:#?}\nextra: {extra:#?}"
    );
    for row in &cmds {
        let (_, cmd) = ours.iter().find(|(p, _)| *p == row.path).unwrap();
        let name = cmd.get_name();
        // Upstream lists some commands as aliases of themselves; that alias is a no-op.
        let want: Vec<&str> = row
            .aliases
            .iter()
            .map(String::as_str)
            .filter(|a| *a != name)
            .collect();
        let got: Vec<&str> = cmd.get_visible_aliases().collect();
        assert_eq!(got, want, "aliases of {}", row.path);
        assert_eq!(cmd.is_hide_set(), row.hidden, "hidden mark of {}", row.path);
    }
}

/// The clap default a Go default expression must produce (`""` = no default), or `None` when
/// the flag's default comes from kubeconfig handling and is not comparable.
fn expected_default(row: &FlagRow) -> Option<String> {
    const COMPONENTS: &str =
        "source-controller,kustomize-controller,helm-controller,notification-controller";
    const EXCLUDE_OCI: &str = ".git/,.gitignore,.gitmodules,.gitattributes,*.jpg,*.jpeg,*.gif,*.png,*.wmv,*.flv,*.tar.gz,*.zip";
    if row.ty == "kube" {
        return None;
    }
    let go = row.go_default.as_str();
    let v = match go {
        "\"\"" | "nil" | "[]string{}" | "*kubeconfigArgs.APIServer" => "",
        // The create leaves' enum and derived defaults are checked by their owners' tests.
        "-" if row.path.starts_with("flux create ") => return None,
        "-" => match row.long.as_str() {
            "log-level" => "info",
            "ssh-key-algorithm" => "ecdsa",
            "ssh-rsa-bits" => "2048",
            "ssh-ecdsa-curve" => "p384",
            "provider" => "generic",
            "visibility" => "private",
            "path" | "level" => "",
            other => panic!("no known default for Value flag --{other} of {}", row.path),
        },
        "rootArgs.defaults.Components" => COMPONENTS,
        "excludeOCI" => EXCLUDE_OCI,
        "bootstrapDefaultBranch" => "main",
        "rootArgs.defaults.ClusterDomain" => "cluster.local",
        "rootArgs.defaults.Namespace" => "flux-system",
        "rootArgs.defaults.Registry" => "ghcr.io/fluxcd",
        "rootArgs.defaults.WatchAllNamespaces" | "rootArgs.defaults.NetworkPolicy" => "true",
        "ghDefaultDomain" => "github.com",
        "glDefaultDomain" => "gitlab.com",
        "gtDefaultDomain" => "gitea.com",
        "logsArgs.kind" | "logsArgs.name" | "logsArgs.sinceTime" | "logsArgs.sinceDuration" => "",
        "logsArgs.follow" => "false",
        "logsArgs.tail" => "-1",
        "notificationv1.GenericReceiver" => "generic",
        "[]string{\".yaml\", \".yml\"}" => ".yaml,.yml",
        "time.Minute" => "1m0s",
        "5*time.Minute" => "5m0s",
        "5*time.Second" => "5s",
        "10*time.Second" => "10s",
        "0" if row.ty == "Duration" => "0s",
        other if other.starts_with('"') => return Some(other.trim_matches('"').to_string()),
        other if other == "true" || other == "false" || other.parse::<i64>().is_ok() => other,
        _ if row.path.starts_with("flux create ") => return None,
        other => panic!(
            "unmapped Go default {other} of --{} on {}",
            row.long, row.path
        ),
    };
    Some(v.to_string())
}

/// Flags whose clap default deliberately differs from the Go one, with the reason.
const DEFAULT_EXCEPTIONS: &[(&str, &str, &str)] = &[(
    "flux resume",
    "wait",
    "no default: a single name waits unless --wait is given explicitly (operate.md §3.4)",
)];

fn check_flags(filter: impl Fn(&str) -> bool) {
    let Some((_, flags)) = read_tsv() else { return };
    let ours = tree();
    let mut failures = Vec::new();
    for row in flags.iter().filter(|r| filter(&r.path)) {
        let Some((_, cmd)) = ours.iter().find(|(p, _)| *p == row.path) else {
            failures.push(format!("{}: command missing", row.path));
            continue;
        };
        let Some(arg) = cmd
            .get_arguments()
            .find(|a| a.get_long() == Some(row.long.as_str()))
        else {
            failures.push(format!("{}: --{} missing", row.path, row.long));
            continue;
        };
        let what = format!("{} --{}", row.path, row.long);
        if arg.get_short() != row.short {
            failures.push(format!(
                "{what}: short {:?}, upstream {:?}",
                arg.get_short(),
                row.short
            ));
        }
        if arg.is_global_set() != row.persistent {
            failures.push(format!(
                "{what}: global {} but upstream persistent {}",
                arg.is_global_set(),
                row.persistent
            ));
        }
        if arg.is_hide_set() != row.hidden {
            failures.push(format!(
                "{what}: hidden {}, upstream {}",
                arg.is_hide_set(),
                row.hidden
            ));
        }
        let excepted = DEFAULT_EXCEPTIONS
            .iter()
            .any(|(p, l, _)| *p == row.path && *l == row.long);
        if let (Some(want), false) = (expected_default(row), excepted) {
            let got: Vec<String> = arg
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            let got = got.join(",");
            if got != want {
                failures.push(format!(
                    "{what}: default {got:?}, upstream {want:?} ({})",
                    row.go_default
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} flag mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn flags_match_upstream_outside_create() {
    check_flags(|path| path != "flux create" && !path.starts_with("flux create "));
}

#[test]
fn create_group_flags_match_upstream() {
    check_flags(|path| path == "flux create");
}

#[test]
fn create_leaf_flags_match_upstream() {
    check_flags(|path| path.starts_with("flux create "));
}

#[test]
fn no_flag_outside_upstream() {
    // Every long flag we declare outside create exists upstream on the same command.
    let Some((_, flags)) = read_tsv() else { return };
    let (beyond_cmds, beyond_flags) = beyond_upstream();
    let mut extra = Vec::new();
    for (path, cmd) in tree()
        .iter()
        .filter(|(p, _)| !p.starts_with("flux create") && !beyond_cmds.contains(p))
    {
        for arg in cmd.get_arguments() {
            let Some(long) = arg.get_long() else { continue };
            if !flags.iter().any(|r| r.path == *path && r.long == long)
                && !beyond_flags.contains(&(path.clone(), long.to_string()))
            {
                extra.push(format!("{path} --{long}"));
            }
        }
    }
    assert!(
        extra.is_empty(),
        "flags not in command-tree.tsv: {extra:#?}"
    );
}

/// The commands and flags flux-rs adds beyond upstream (`tests/it/beyond_upstream.tsv`: a
/// command path, or a path and a long flag, TAB-separated; `#` comments).
fn beyond_upstream() -> (BTreeSet<String>, BTreeSet<(String, String)>) {
    let text = include_str!("beyond_upstream.tsv");
    let mut cmds = BTreeSet::new();
    let mut flags = BTreeSet::new();
    for line in text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        match line.split_once('\t') {
            Some((path, flag)) => {
                flags.insert((path.to_string(), flag.to_string()));
            }
            None => {
                cmds.insert(line.to_string());
            }
        }
    }
    (cmds, flags)
}

#[test]
fn beyond_upstream_entries_exist() {
    let (cmds, flags) = beyond_upstream();
    let ours = tree();
    for c in &cmds {
        assert!(
            ours.iter().any(|(p, _)| p == c),
            "{c} listed in beyond_upstream.tsv but absent"
        );
    }
    for (p, f) in &flags {
        let (_, cmd) = ours
            .iter()
            .find(|(q, _)| q == p)
            .unwrap_or_else(|| panic!("{p} listed in beyond_upstream.tsv but absent"));
        assert!(
            cmd.get_arguments()
                .any(|a| a.get_long() == Some(f.as_str())),
            "{p} --{f} listed in beyond_upstream.tsv but absent"
        );
    }
}
