//! `flux create secret …`: every case of upstream's `create_secret_*_test.go`, a matrix of flag
//! combinations, structural checks of generated SSH keys, and bad-input cases.
//!
//! Upstream writes some inputs to temp files; those live in `tests/fixtures/create_secret/`
//! with the same contents and are named by absolute path. The two SSH cases contact
//! `github.com:22` upstream; here a fake `ssh-keyscan` on `PATH` answers with GitHub's host key
//! (`SSH_CASES`), so they run hermetically and byte for byte.

use std::path::Path;

use crate::support::{
    GoldenCase, cmd_flux_dir, flux_env, flux_in, hermetic_env, run_cases, split_args,
};

macro_rules! fixture {
    ($p:literal) => {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/create_secret/",
            $p
        )
    };
}

const fn ok(name: &'static str, args: &'static str, golden: &'static str) -> GoldenCase {
    GoldenCase {
        name,
        args,
        golden: Some(golden),
        error: None,
        template: &[],
    }
}

const fn fail(name: &'static str, args: &'static str, error: &'static str) -> GoldenCase {
    GoldenCase {
        name,
        args,
        golden: None,
        error: Some(error),
        template: &[],
    }
}

/// Every upstream case that needs no network.
pub const CASES: &[GoldenCase] = &[
    // create_secret_git_test.go
    fail("git no args", "create secret git", "name is required"),
    ok(
        "git basic secret",
        "create secret git podinfo-auth --url=https://github.com/stefanprodan/podinfo --username=my-username --password=my-password --namespace=my-namespace --export",
        "./testdata/create_secret/git/secret-git-basic.yaml",
    ),
    ok(
        "git bearer token",
        "create secret git bearer-token-auth --url=https://github.com/stefanprodan/podinfo --bearer-token=ghp_baR2qnFF0O41WlucePL3udt2N9vVZS4R0hAS --namespace=my-namespace --export",
        "testdata/create_secret/git/git-bearer-token.yaml",
    ),
    ok(
        "git CA certificate",
        concat!(
            "create secret git ca-crt --url=https://github.com/stefanprodan/podinfo --password=my-password --username=my-username --ca-crt-file=",
            fixture!("ca-crt"),
            " --namespace=my-namespace --export"
        ),
        "testdata/create_secret/git/secret-ca-crt.yaml",
    ),
    fail(
        "git basic auth and bearer token",
        "create secret git podinfo-auth --url=https://github.com/stefanprodan/podinfo --username=aaa --password=zzzz --bearer-token=aaaa --namespace=my-namespace --export",
        "user credentials and bearer token cannot be used together",
    ),
    // create_secret_githubapp_test.go
    fail(
        "githubapp missing name",
        "create secret githubapp",
        "name is required",
    ),
    fail(
        "githubapp missing key file",
        "create secret githubapp appinfo --app-id 1 --app-installation-id 2 --app-private-key pk.pem",
        "unable to read private key file: open pk.pem: no such file or directory",
    ),
    ok(
        "githubapp app info",
        "create secret githubapp appinfo --namespace my-namespace --app-id 1 --app-installation-owner my-org --app-private-key ./testdata/create_secret/githubapp/test-private-key.pem --export",
        "testdata/create_secret/githubapp/secret.yaml",
    ),
    ok(
        "githubapp base url",
        "create secret githubapp appinfo --namespace my-namespace --app-id 1 --app-installation-id 2 --app-private-key ./testdata/create_secret/githubapp/test-private-key.pem --app-base-url www.example.com/api/v3 --export",
        "testdata/create_secret/githubapp/secret-with-baseurl.yaml",
    ),
    // create_secret_helm_test.go
    fail("helm no args", "create secret helm", "name is required"),
    ok(
        "helm basic auth",
        "create secret helm helm-secret --username=my-username --password=my-password --namespace=my-namespace --export",
        "testdata/create_secret/helm/secret-helm.yaml",
    ),
    // create_secret_notation_test.go
    fail(
        "notation no args",
        "create secret notation",
        "name is required",
    ),
    fail(
        "notation no trust policy",
        "create secret notation notation-config --ca-cert-file=./testdata/create_secret/notation",
        "--trust-policy-file is required",
    ),
    fail(
        "notation no cert",
        "create secret notation notation-config --trust-policy-file=./testdata/create_secret/notation/test-trust-policy.json",
        "--ca-cert-file is required",
    ),
    fail(
        "notation non pem and crt cert",
        concat!(
            "create secret notation notation-config --ca-cert-file=",
            fixture!("notation/ca.p12"),
            " --trust-policy-file=./testdata/create_secret/notation/test-trust-policy.json"
        ),
        "ca.p12 must end with either .crt or .pem",
    ),
    fail(
        "notation invalid trust policy",
        concat!(
            "create secret notation notation-config --ca-cert-file=",
            fixture!("notation"),
            " --trust-policy-file=./testdata/create_secret/notation/invalid-trust-policy.json"
        ),
        "invalid trust policy: trust policy: a trust policy statement is missing a name, every statement requires a name",
    ),
    fail(
        "notation invalid trust policy json",
        concat!(
            "create secret notation notation-config --ca-cert-file=",
            fixture!("notation"),
            " --trust-policy-file=./testdata/create_secret/notation/invalid.json"
        ),
        "failed to unmarshal trust policy ./testdata/create_secret/notation/invalid.json: json: cannot unmarshal string into Go value of type trustpolicy.Document",
    ),
    ok(
        "notation crt secret",
        concat!(
            "create secret notation notation-config --ca-cert-file=",
            fixture!("notation/ca.crt"),
            " --trust-policy-file=./testdata/create_secret/notation/test-trust-policy.json --namespace=my-namespace --export"
        ),
        "./testdata/create_secret/notation/secret-ca-crt.yaml",
    ),
    ok(
        "notation pem secret",
        concat!(
            "create secret notation notation-config --ca-cert-file=",
            fixture!("notation/ca.pem"),
            " --trust-policy-file=./testdata/create_secret/notation/test-trust-policy.json --namespace=my-namespace --export"
        ),
        "./testdata/create_secret/notation/secret-ca-pem.yaml",
    ),
    ok(
        "notation multi secret",
        concat!(
            "create secret notation notation-config --ca-cert-file=",
            fixture!("notation/ca.crt"),
            " --ca-cert-file=",
            fixture!("notation/ca.pem"),
            " --trust-policy-file=./testdata/create_secret/notation/test-trust-policy.json --namespace=my-namespace --export"
        ),
        "./testdata/create_secret/notation/secret-ca-multi.yaml",
    ),
    // create_secret_oci_test.go
    fail("oci no args", "create secret oci", "name is required"),
    fail("oci no url", "create secret oci ghcr", "--url is required"),
    ok(
        "oci secret",
        "create secret oci ghcr --namespace=my-namespace --url ghcr.io --username stefanprodan --password=password --export",
        "testdata/create_secret/oci/create-secret.yaml",
    ),
    // create_secret_proxy_test.go
    fail(
        "proxy no address",
        "create secret proxy proxy-secret",
        "address is required",
    ),
    ok(
        "proxy secret",
        "create secret proxy proxy-secret --address=https://my-proxy.com --username=my-username --password=my-password --namespace=my-namespace --export",
        "testdata/create_secret/proxy/secret-proxy.yaml",
    ),
    // create_secret_receiver_test.go
    fail(
        "receiver missing type",
        "create secret receiver test-secret --token=t --hostname=h",
        "--type is required",
    ),
    fail(
        "receiver invalid type",
        "create secret receiver test-secret --type=invalid --token=t --hostname=h",
        "invalid argument \"invalid\" for \"--type\" flag: receiver type 'invalid' is not supported, must be one of: generic, generic-hmac, github, gitlab, bitbucket, harbor, dockerhub, quay, gcr, nexus, acr, cdevents",
    ),
    fail(
        "receiver missing hostname",
        "create secret receiver test-secret --type=github --token=t",
        "--hostname is required",
    ),
    fail(
        "receiver gcr missing email-claim",
        "create secret receiver test-secret --type=gcr --token=t --hostname=h",
        "--email-claim is required for gcr receiver type",
    ),
    ok(
        "receiver github",
        "create secret receiver receiver-secret --type=github --token=test-token --hostname=flux.example.com --namespace=my-namespace --export",
        "testdata/create_secret/receiver/secret-receiver.yaml",
    ),
    ok(
        "receiver gcr",
        "create secret receiver gcr-secret --type=gcr --token=test-token --hostname=flux.example.com --email-claim=sa@project.iam.gserviceaccount.com --namespace=my-namespace --export",
        "testdata/create_secret/receiver/secret-receiver-gcr.yaml",
    ),
    ok(
        "receiver gcr audience",
        "create secret receiver gcr-secret --type=gcr --token=test-token --hostname=flux.example.com --email-claim=sa@project.iam.gserviceaccount.com --audience-claim=https://custom.audience.example.com --namespace=my-namespace --export",
        "testdata/create_secret/receiver/secret-receiver-gcr-audience.yaml",
    ),
    // create_secret_tls_test.go
    fail("tls no args", "create secret tls", "name is required"),
    ok(
        "tls secret",
        "create secret tls certs --namespace=my-namespace --tls-crt-file=./testdata/create_secret/tls/test-cert.pem --tls-key-file=./testdata/create_secret/tls/test-key.pem --ca-crt-file=./testdata/create_secret/tls/test-ca.pem --export",
        "testdata/create_secret/tls/secret-tls.yaml",
    ),
];

/// The upstream SSH cases; they need `ssh-keyscan` to answer for github.com (see `fake_keyscan`).
pub const SSH_CASES: &[GoldenCase] = &[
    ok(
        "git ssh key",
        "create secret git podinfo-auth --url=ssh://git@github.com/stefanprodan/podinfo --private-key-file=./testdata/create_secret/git/ecdsa.private --namespace=my-namespace --export",
        "testdata/create_secret/git/git-ssh-secret.yaml",
    ),
    ok(
        "git ssh key with password",
        "create secret git podinfo-auth --url=ssh://git@github.com/stefanprodan/podinfo --private-key-file=./testdata/create_secret/git/ecdsa-password.private --password=password --namespace=my-namespace --export",
        "testdata/create_secret/git/git-ssh-secret-password.yaml",
    ),
];

/// GitHub's ECDSA host key, as in upstream's SSH goldens.
const GITHUB_ECDSA: &str = "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg=";
const GITHUB_ED25519: &str = "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";

/// `--export` command lines covering every flag of every secret command (run from `cmd-flux/`).
pub const MATRIX: &[&str] = &[
    "create secret git a1 --url=https://example.com/x --username=u --password=p --export",
    "create secret git a2 --url=http://example.com/x --bearer-token=t --label=team=a,env=dev --export",
    "create secret git a3 --url=https://example.com/x -u u -p p --ca-crt-file=./testdata/create_secret/tls/test-ca.pem --export",
    "create secret git a4 --url=https://example.com/x --username=u --bearer-token=t -n apps --export",
    "create secret git a5 --url=https://example.com/x -u u -p p --ssh-key-algorithm=rsa --ssh-rsa-bits=4096 --ssh-ecdsa-curve=p521 --private-key-file=x --export",
    "create secret oci o1 --url=ghcr.io --username=u --password=p --export",
    "create secret oci o2 --url=ghcr.io/org/charts -u u -p 'p<&>' --label=a=b --export",
    "create secret oci o3 --url=localhost:5000/repo:v1 -u u -p p -n apps --export",
    "create secret helm h1 --username=u --password=p --export",
    "create secret helm h2 -u u -p p --ca-crt-file=./testdata/create_secret/tls/test-ca.pem --label=a=b --export",
    "create secret helm h3 --ca-crt-file=./testdata/create_secret/tls/test-ca.pem --export",
    "create secret helm h4 --tls-crt-file=./testdata/create_secret/tls/test-cert.pem --tls-key-file=./testdata/create_secret/tls/test-key.pem --export",
    "create secret helm h5 --export",
    "create secret tls t1 --ca-crt-file=./testdata/create_secret/tls/test-ca.pem --export",
    "create secret tls t2 --tls-crt-file=./testdata/create_secret/tls/test-cert.pem --tls-key-file=./testdata/create_secret/tls/test-key.pem --label=x=y -n apps --export",
    "create secret githubapp g1 --app-id=1 --app-installation-owner=org --app-private-key=./testdata/create_secret/githubapp/test-private-key.pem --export",
    "create secret githubapp g2 --app-id=1 --app-installation-id=2 --app-private-key=./testdata/create_secret/githubapp/test-private-key.pem --app-base-url=https://ghe.example.com/api/v3 --label=ignored=yes --export",
    "create secret notation n1 --trust-policy-file=./testdata/create_secret/notation/test-trust-policy.json --ca-cert-file=./testdata/create_secret/notation/test-ca.crt --export",
    "create secret notation n2 --trust-policy-file=./testdata/create_secret/notation/test-trust-policy.json --ca-cert-file=./testdata/create_secret/notation/test-ca.crt,./testdata/create_secret/notation/test-ca2.crt --label=a=b --export",
    "create secret proxy p1 --address=http://proxy:3128 --export",
    "create secret proxy p2 --address=https://proxy:3128 -u u -p p --label=a=b -n apps --export",
    "create secret receiver r1 --type=generic --token=t --hostname=flux.example.com --export",
    "create secret receiver r2 --type=generic-hmac --hostname=flux.example.com --export",
    "create secret receiver r3 --type=gitlab --token=t --hostname=flux.example.com --label=a=b --export",
    "create secret receiver r4 --type=gcr --token=t --hostname=h.example.com --email-claim=a@b.c --audience-claim=aud --export",
    "create secret receiver r5 --type=cdevents --token=t --hostname=h --export",
    "create secret receiver r6 --type=harbor --token=t --hostname=h -n apps --export",
];

#[test]
fn create_secret_upstream_cases() {
    run_cases("create secret", CASES);
}

#[test]
fn create_secret_matrix_exports() {
    let Some(dir) = cmd_flux_dir() else { return };
    for line in MATRIX {
        let run = flux_in(&dir, line);
        assert_eq!(run.code, 0, "flux {line}\n{}", run.out.combined);
        assert!(
            run.out
                .stdout
                .starts_with("---\napiVersion: v1\nkind: Secret\n"),
            "flux {line}\n{}",
            run.out.stdout
        );
    }
}

/// A directory holding an `ssh-keyscan` stand-in that prints GitHub's keys for any host.
#[cfg(unix)]
fn fake_keyscan() -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("ssh-keyscan");
    let body = format!(
        "#!/bin/sh\n# args: -T secs -p port -t types host\necho \"# $7:$4 SSH-2.0-fake\" >&2\necho \"$7 ssh-ed25519 {GITHUB_ED25519}\"\necho \"$7 ecdsa-sha2-nistp256 {GITHUB_ECDSA}\"\n"
    );
    std::fs::write(&script, body).unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    dir
}

#[cfg(unix)]
fn run_with_keyscan(dir: &Path, keyscan: &Path, line: &str) -> crate::support::Run {
    let env = hermetic_env(dir).set(flux_rs::env::PATH, keyscan.display().to_string());
    flux_env(env, &split_args(line))
}

#[cfg(unix)]
#[test]
fn create_secret_git_ssh_upstream_cases() {
    let Some(dir) = cmd_flux_dir() else { return };
    let keyscan = fake_keyscan();
    for case in SSH_CASES {
        let run = run_with_keyscan(&dir, keyscan.path(), case.args);
        let golden = std::fs::read_to_string(dir.join(case.golden.unwrap())).unwrap();
        crate::support::assert_text(&golden, &run.out.combined, case.name);
        assert_eq!(run.code, 0);
    }
    // Without ssh-keyscan the scan fails with one clear line.
    let run = flux_in(&dir, SSH_CASES[0].args);
    assert_eq!(run.code, 1);
    assert!(
        run.out.stderr.starts_with(
            "✗ SSH key scan for host github.com:22 failed, error: ssh-keyscan was not found in PATH"
        ),
        "{}",
        run.out.stderr
    );
}

/// Generated keys are random: check their structure instead of bytes.
#[cfg(unix)]
#[test]
fn create_secret_git_ssh_generated_keys() {
    let Some(dir) = cmd_flux_dir() else { return };
    let keyscan = fake_keyscan();
    let cases = [
        ("", "ecdsa-sha2-nistp384 "),
        (
            "--ssh-key-algorithm=ecdsa --ssh-ecdsa-curve=p256",
            "ecdsa-sha2-nistp256 ",
        ),
        ("--ssh-ecdsa-curve=p521", "ecdsa-sha2-nistp521 "),
        ("--ssh-key-algorithm=ed25519", "ssh-ed25519 "),
        ("--ssh-key-algorithm=rsa --ssh-rsa-bits=1024", "ssh-rsa "),
    ];
    for (flags, prefix) in cases {
        let line = format!(
            "create secret git gen --url=ssh://git@example.com:2222/org/repo {flags} --label=a=b --export"
        );
        let run = run_with_keyscan(&dir, keyscan.path(), &line);
        assert_eq!(run.code, 0, "{line}: {}", run.out.combined);
        let doc = flux_rs::yaml::from_str(&run.out.stdout).unwrap();
        let data = &doc["stringData"];
        let identity = data["identity"].as_str().unwrap();
        let public = data["identity.pub"].as_str().unwrap();
        assert!(
            identity.starts_with("-----BEGIN PRIVATE KEY-----\n"),
            "{identity}"
        );
        assert!(
            public.starts_with(prefix) && public.ends_with('\n'),
            "{public}"
        );
        let derived = flux_rs::ssh::load_key_pair(identity.as_bytes(), None).unwrap();
        assert_eq!(
            derived.public_key, public,
            "identity.pub must match identity"
        );
        assert_eq!(
            data["known_hosts"].as_str().unwrap(),
            format!("[example.com]:2222 ecdsa-sha2-nistp256 {GITHUB_ECDSA}")
        );
        assert_eq!(doc["metadata"]["labels"]["a"], "b");
        assert!(data.get("password").is_none());
        assert!(doc.get("type").is_none());
    }
}

#[cfg(unix)]
#[test]
fn create_secret_git_ssh_apply_prints_deploy_key() {
    let Some(dir) = cmd_flux_dir() else { return };
    let keyscan = fake_keyscan();
    let run = run_with_keyscan(
        &dir,
        keyscan.path(),
        "create secret git podinfo-auth --url=ssh://git@github.com/x --private-key-file=./testdata/create_secret/git/ecdsa.private",
    );
    assert!(run.out.stderr.starts_with("✚ deploy key: ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBO6K76AbAsi70Tkni9GyGggEdJwrHhh/2ieJYywsUdermn0Yn95v0KveOA0AKcY4gY6qXAFC8/msIm5onSkJEpQ=\n\n"), "{}", run.out.stderr);
}

/// Bad input: one `✗` line naming the bad value, exit 1.
#[test]
fn create_secret_bad_input() {
    let Some(dir) = cmd_flux_dir() else { return };
    let cases: &[(&str, &str)] = &[
        ("create secret git a1", "url is required"),
        (
            "create secret git a1 --url=ftp://x/y",
            "git URL scheme 'ftp' not supported, can be: ssh, http and https",
        ),
        (
            "create secret git a1 --url=ssh://git@github.com:org/repo",
            "git URL parse failed: parse \"ssh://git@github.com:org/repo\": invalid port \":org\" after host",
        ),
        (
            "create secret git a1 --url=https://x/y -u u",
            "for Git over HTTP/S the username and password, or a bearer token is required",
        ),
        (
            "create secret git a1 --url=https://x/y -u u -p p --ca-crt-file=missing.pem",
            "unable to read TLS CA file: open missing.pem: no such file or directory",
        ),
        (
            "create secret git a1 --url=ssh://x/y --private-key-file=missing.key",
            "failed to open private key file: open missing.key: no such file or directory",
        ),
        (
            "create secret git a1 --url=ssh://x/y --private-key-file=./testdata/bootstrap/malformed.private",
            "ssh: no key found",
        ),
        (
            "create secret git a1 --url=ssh://x/y --private-key-file=./testdata/create_secret/git/ecdsa-password.private",
            "ssh: this private key is passphrase protected",
        ),
        (
            "create secret git a1 --url=ssh://x/y --private-key-file=./testdata/create_secret/git/ecdsa-password.private --password=wrong",
            "x509: decryption password incorrect",
        ),
        (
            "create secret git a1 --url=https://x/y -u u -p p --label=bad",
            "invalid label format 'bad', must be key=value",
        ),
        (
            "create secret git a1 --url=ssh://x/y --ssh-key-algorithm=dsa",
            "invalid argument \"dsa\" for \"--ssh-key-algorithm\" flag: unsupported public key algorithm 'dsa', must be one of: rsa, ecdsa, ed25519",
        ),
        (
            "create secret git a1 --url=ssh://x/y --ssh-rsa-bits=1000",
            "invalid argument \"1000\" for \"--ssh-rsa-bits\" flag: RSA key bit size must be at least 1024",
        ),
        (
            "create secret git a1 --url=ssh://x/y --ssh-rsa-bits=1028",
            "invalid argument \"1028\" for \"--ssh-rsa-bits\" flag: RSA key bit size must be a multiples of 8",
        ),
        (
            "create secret git a1 --url=ssh://x/y --ssh-ecdsa-curve=p1",
            "invalid argument \"p1\" for \"--ssh-ecdsa-curve\" flag: unsupported curve 'p1', must be one of: p256, p384, p521",
        ),
        (
            "create secret git A1 --url=https://x/y",
            "name 'A1' is invalid, it should adhere to standard defined in RFC 1123, the name can only contain alphanumeric characters or '-'",
        ),
        (
            "create secret oci o1 --url=ghcr.io",
            "--username is required",
        ),
        (
            "create secret oci o1 --url=ghcr.io -u u",
            "--password is required",
        ),
        (
            "create secret oci o1 --url=https://ghcr.io -u u -p p",
            "error parsing url: 'could not parse reference: https://ghcr.io'",
        ),
        ("create secret helm h1 -u u", "password is required"),
        (
            "create secret helm h1 --tls-crt-file=./testdata/create_secret/tls/test-cert.pem",
            "found certificate but missing private key",
        ),
        (
            "create secret helm h1 --ca-crt-file=nope.pem",
            "unable to read TLS CA file: open nope.pem: no such file or directory",
        ),
        (
            "create secret tls t1",
            "no CA certificate or client certificate pair found",
        ),
        (
            "create secret tls t1 --tls-key-file=./testdata/create_secret/tls/test-key.pem",
            "found private key but missing certificate",
        ),
        (
            "create secret tls t1 --tls-crt-file=nope.pem",
            "failed to read cert file: open nope.pem: no such file or directory",
        ),
        (
            "create secret tls t1 --tls-crt-file=./testdata/create_secret/tls/test-ca.pem --tls-key-file=./testdata/create_secret/tls/test-key.pem",
            "invalid TLS certificate and key pair: tls: private key type does not match public key type",
        ),
        (
            "create secret tls t1 --tls-crt-file=./testdata/create_secret/tls/test-cert.pem --tls-key-file=./testdata/create_secret/tls/test-cert.pem",
            "invalid TLS certificate and key pair: tls: found a certificate rather than a key in the PEM for the private key",
        ),
        (
            "create secret githubapp g1 --app-id=1",
            "unable to read private key file: open : no such file or directory",
        ),
        (
            "create secret githubapp g1 --app-private-key=./testdata/create_secret/githubapp/test-private-key.pem",
            "githubAppID is required",
        ),
        (
            "create secret githubapp g1 --app-id=1 --app-private-key=./testdata/create_secret/githubapp/test-private-key.pem",
            "exactly one of githubAppInstallationOwner or githubAppInstallationID must be provided",
        ),
        (
            "create secret notation n1 --ca-cert-file=nope.crt --trust-policy-file=./testdata/create_secret/notation/test-trust-policy.json",
            "unable to read TLS CA file: open nope.crt: no such file or directory",
        ),
        (
            "create secret notation n1 --ca-cert-file=a.txt --trust-policy-file=nope.json",
            "unable to read trust policy file: open nope.json: no such file or directory",
        ),
        (
            "create secret proxy p1 --address=http://a:b",
            "invalid proxy address: parse \"http://a:b\": invalid port \":b\" after host",
        ),
        (
            "create secret proxy p1 --address=http://a --label=-x=y",
            "invalid label '-x': [name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')]",
        ),
        (
            "create secret receiver r1 --type= --hostname=h",
            "invalid argument \"\" for \"--type\" flag: no receiver type given, please specify the receiver type",
        ),
    ];
    let mut failures = Vec::new();
    for (line, want) in cases {
        let run = flux_in(&dir, line);
        let expected = format!("✗ {want}\n");
        if run.code != 1 || run.out.stderr != expected {
            failures.push(format!(
                "flux {line}\n  want {expected:?}\n  got  exit {} {:?}",
                run.code, run.out.stderr
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn create_secret_notation_collects_file_errors() {
    let Some(dir) = cmd_flux_dir() else { return };
    let run = flux_in(
        &dir,
        "create secret notation n1 --ca-cert-file=a.txt,nope.pem --trust-policy-file=./testdata/create_secret/notation/test-trust-policy.json",
    );
    assert_eq!(
        run.out.stderr,
        "✗ a.txt must end with either .crt or .pem\nunable to read TLS CA file: open nope.pem: no such file or directory\n"
    );
}

#[test]
fn create_secret_receiver_generates_token() {
    let Some(dir) = cmd_flux_dir() else { return };
    let run = flux_in(
        &dir,
        "create secret receiver r1 --type=github --hostname=h --export",
    );
    assert_eq!(run.code, 0);
    let doc = flux_rs::yaml::from_str(&run.out.stdout).unwrap();
    let token = doc["stringData"]["token"].as_str().unwrap();
    assert_eq!(token.len(), 64);
    assert!(
        token
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    );
    let url = doc["metadata"]["annotations"]["notification.toolkit.fluxcd.io/webhook"]
        .as_str()
        .unwrap();
    assert_eq!(
        url,
        format!(
            "https://h{}",
            flux_rs::manifests::secret::webhook_path(token, "r1", "flux-system")
        )
    );
}

#[test]
fn create_secret_env_password_fallbacks() {
    let Some(dir) = cmd_flux_dir() else { return };
    let env = hermetic_env(&dir).set(flux_rs::env::GIT_PASSWORD, "from-env");
    let run = flux_env(
        env,
        &split_args("create secret git a1 --url=https://x/y -u u --export"),
    );
    assert!(
        run.out.stdout.contains("password: from-env\n"),
        "{}",
        run.out.combined
    );
    let env = hermetic_env(&dir).set(flux_rs::env::FLUX_REGISTRY_PASSWORD, "reg");
    let run = flux_env(
        env,
        &split_args("create secret oci o1 --url=ghcr.io -u u --export"),
    );
    assert!(
        run.out.stdout.contains("\"password\": \"reg\""),
        "{}",
        run.out.combined
    );
}
