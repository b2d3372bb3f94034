//! `install.sh`: installs the binary, completions and man pages into a prefix, idempotently, and
//! fails clearly without cargo.

use std::path::Path;
use std::process::Command;

fn script() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("install.sh")
}

#[test]
fn install_script_installs_into_prefix_twice() {
    let prefix = tempfile::tempdir().unwrap();
    for _ in 0..2 {
        let out = Command::new("sh")
            .arg(script())
            .env("PREFIX", prefix.path())
            .env("FLUX_BIN", env!("CARGO_BIN_EXE_flux"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "install.sh failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let p = prefix.path();
    let installed = p.join("bin/flux");
    let v = Command::new(&installed)
        .args(["version", "--client"])
        .output()
        .unwrap();
    assert!(v.status.success() || String::from_utf8_lossy(&v.stderr).contains("not implemented"));
    for f in [
        "share/bash-completion/completions/flux",
        "share/zsh/site-functions/_flux",
        "share/fish/vendor_completions.d/flux.fish",
        "share/flux/flux.ps1",
        "share/man/man1/flux.1",
        "share/man/man1/flux-create-source-git.1",
    ] {
        assert!(p.join(f).is_file(), "{f} not installed");
    }
    let committed =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/flux.bash")).unwrap();
    assert_eq!(
        std::fs::read(p.join("share/bash-completion/completions/flux")).unwrap(),
        committed
    );
}

#[test]
fn install_script_without_cargo_says_so() {
    let prefix = tempfile::tempdir().unwrap();
    // A PATH with the tools the script uses, but no cargo.
    let bin = tempfile::tempdir().unwrap();
    for tool in ["dirname", "install"] {
        std::os::unix::fs::symlink(format!("/usr/bin/{tool}"), bin.path().join(tool)).unwrap();
    }
    let out = Command::new("/bin/sh")
        .arg(script())
        .env_clear()
        .env("PATH", bin.path())
        .env("PREFIX", prefix.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("✗ cargo is required to build flux"),
        "{err}"
    );
    assert!(!prefix.path().join("bin/flux").exists());
}
