//! The committed `completions/*` and `man/*.1` files equal what `flux_rs::docs` generates from
//! the command tree. `UPDATE_GENERATED=1 cargo test --test it generated_files` rewrites them.

use std::path::Path;

fn update() -> bool {
    #[allow(clippy::disallowed_methods)]
    let on = std::env::var("UPDATE_GENERATED").is_ok_and(|v| v == "1");
    on
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn completions_are_up_to_date() {
    let dir = root().join("completions");
    let mut stale = Vec::new();
    for (name, shell) in flux_rs::docs::COMPLETION_FILES {
        let want = flux_rs::docs::completion(*shell);
        let path = dir.join(name);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
            if update() {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, want).unwrap();
            } else {
                stale.push(name.to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale completions {stale:?}: run UPDATE_GENERATED=1 cargo test --test it generated_files"
    );
}

#[test]
fn man_pages_are_up_to_date() {
    let dir = root().join("man");
    let pages = flux_rs::docs::man_pages();
    assert!(pages.iter().any(|(n, _)| n == "flux.1"));
    assert!(pages.iter().any(|(n, _)| n == "flux-get-sources-git.1"));
    assert!(
        !pages
            .iter()
            .any(|(n, _)| n.contains("docgen") || n.contains("-help"))
    );
    let mut stale = Vec::new();
    for (name, bytes) in &pages {
        let path = dir.join(name);
        if std::fs::read(&path).ok().as_deref() != Some(bytes.as_slice()) {
            if update() {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, bytes).unwrap();
            } else {
                stale.push(name.clone());
            }
        }
    }
    // Pages of commands that no longer exist.
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if name.ends_with(".1") && !pages.iter().any(|(n, _)| *n == name) {
                if update() {
                    std::fs::remove_file(dir.join(&name)).unwrap();
                } else {
                    stale.push(format!("{name} (obsolete)"));
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "{} stale man pages, e.g. {:?}: run UPDATE_GENERATED=1 cargo test --test it generated_files",
        stale.len(),
        stale.iter().take(5).collect::<Vec<_>>()
    );
}
