//! `--help` for every command path, in process: exit 0, text on stdout, and every visible flag
//! of the command (its own and the inherited ones) named in it.

use crate::support::flux_env;

fn walk(cmd: &clap::Command, path: &[String], out: &mut Vec<(Vec<String>, clap::Command)>) {
    out.push((path.to_vec(), cmd.clone()));
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let mut p = path.to_vec();
        p.push(sub.get_name().to_string());
        walk(sub, &p, out);
    }
}

#[test]
fn help_for_every_command() {
    let mut root = flux_rs::cli::command();
    // Building propagates the global flags, so each command lists what its help shows.
    root.build();
    let mut all = Vec::new();
    walk(&root, &[], &mut all);
    assert!(all.len() > 150, "only {} commands", all.len());
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for (path, cmd) in &all {
        let mut args = path.clone();
        args.push("--help".to_string());
        let run = flux_env(crate::support::hermetic_env(dir.path()), &args);
        let line = format!("flux {}", args.join(" "));
        if run.code != 0 || run.out.stdout.trim().is_empty() || !run.out.stderr.is_empty() {
            failures.push(format!(
                "{line}: exit {} stderr {:?}",
                run.code, run.out.stderr
            ));
            continue;
        }
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            if let Some(long) = arg.get_long()
                && !run.out.stdout.contains(&format!("--{long}"))
            {
                failures.push(format!("{line}: --{long} not in the help"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
