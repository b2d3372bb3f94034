//! Shell completions and man pages, generated from the clap tree (`cli::command()`); the
//! committed files in `completions/` and `man/` come from these functions.

use clap_complete::Shell;

/// The completion script for `shell`.
pub fn completion(shell: Shell) -> String {
    let mut cmd = crate::cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "flux", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// The committed completion files: (file name, shell).
pub const COMPLETION_FILES: &[(&str, Shell)] = &[
    ("flux.bash", Shell::Bash),
    ("_flux", Shell::Zsh),
    ("flux.fish", Shell::Fish),
    ("flux.ps1", Shell::PowerShell),
];

/// One man page per command: (`flux-create-source-git.1`, roff bytes).
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    let mut pages = Vec::new();
    collect(crate::cli::command(), "flux", &mut pages);
    pages
}

fn collect(cmd: clap::Command, name: &str, pages: &mut Vec<(String, Vec<u8>)>) {
    if cmd.is_hide_set() {
        return;
    }
    let cmd = cmd.name(name.to_string()).bin_name(name.replace('-', " "));
    let mut buf = Vec::new();
    if clap_mangen::Man::new(cmd.clone()).render(&mut buf).is_ok() {
        pages.push((format!("{name}.1"), buf));
    }
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        collect(sub.clone(), &format!("{name}-{}", sub.get_name()), pages);
    }
}
