//! The SSH host key scan behind `create secret git` with an `ssh://` URL: collect the one host
//! key the server presents under Go's default host-key preference and turn it into a
//! known_hosts line. Mirrors fluxcd/pkg `ssh.ScanHostKey` and flux2's `sourcesecret.ScanHostKey`.
//!
//! Deviation: instead of a key-exchange-only SSH client, this runs OpenSSH's `ssh-keyscan`
//! (package openssh-client) and picks, among the keys it reports, the one Go would have
//! negotiated (ECDSA P-256, P-384, P-521, then RSA, then Ed25519).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Go's client preference among plain host key types.
const PREFERENCE: &[&str] = &[
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
    "ssh-rsa",
    "ssh-ed25519",
];

/// Finds `name` in a `PATH`-style list of directories.
pub fn find_in_path(path_var: Option<&str>, name: &str) -> Option<PathBuf> {
    let path_var = path_var?;
    std::env::split_paths(path_var)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// Scans `address` (`host` or `host:port`; port 22 when absent) and returns the known_hosts
/// line, e.g. `github.com ecdsa-sha2-nistp256 AAAA…`.
///
/// # Errors
/// `SSH key scan for host <host:port> failed, error: <why>` when `keyscan` is `None` (the tool
/// is not installed), the host cannot be reached within `timeout_secs`, or it presents no key.
pub fn scan_host_key(
    address: &str,
    keyscan: Option<&Path>,
    timeout_secs: u64,
) -> Result<String, String> {
    let addr = super::dial_address(address);
    let fail = |why: &str| format!("SSH key scan for host {addr} failed, error: {why}");
    let Some(keyscan) = keyscan else {
        return Err(fail(
            "ssh-keyscan was not found in PATH; install OpenSSH's client tools (openssh-client) to read the host key",
        ));
    };
    let Some((host, port)) = super::split_host_port(&addr) else {
        return Err(fail("address is not host:port"));
    };
    let output = Command::new(keyscan)
        .args([
            "-T",
            &timeout_secs.max(1).to_string(),
            "-p",
            &port,
            "-t",
            "ecdsa,rsa,ed25519",
            &host,
        ])
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| fail(&format!("running {}: {e}", keyscan.display())))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut found: Vec<(usize, String, String)> = Vec::new();
    for line in stdout.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [_, key_type, key, ..] = fields.as_slice() else {
            continue;
        };
        let Some(rank) = PREFERENCE.iter().position(|t| t == key_type) else {
            continue;
        };
        if ssh_key::PublicKey::from_openssh(&format!("{key_type} {key}")).is_err() {
            continue;
        }
        found.push((rank, (*key_type).to_string(), (*key).to_string()));
    }
    found.sort_by_key(|(rank, _, _)| *rank);
    if let Some((_, key_type, key)) = found.into_iter().next() {
        return Ok(super::known_hosts_line(&addr, &key_type, &key));
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let why = stderr
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or("no host key was presented");
    Err(fail(why))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_tool_is_a_clear_error() {
        let err = scan_host_key("github.com", None, 1).unwrap_err();
        assert!(
            err.starts_with(
                "SSH key scan for host github.com:22 failed, error: ssh-keyscan was not found"
            ),
            "{err}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn picks_go_preferred_key_from_tool_output() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let script = dir.path().join("ssh-keyscan");
        std::fs::write(
            &script,
            "#!/bin/sh\necho '[h]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl'\necho '[h]:2222 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg='\n",
        )
        .unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        let line = scan_host_key("h:2222", Some(&script), 1).unwrap();
        assert!(
            line.starts_with("[h]:2222 ecdsa-sha2-nistp256 AAAAE2Vj"),
            "{line}"
        );
    }
}
