//! `flux push|pull|tag artifact`, `list artifacts` and `diff artifact` against a real Debian
//! `docker-registry` on 127.0.0.1: byte-for-byte round trips, reproducible digests, the pushed
//! manifest checked field by field through `skopeo inspect --raw`, htpasswd basic auth (flag,
//! env password, Docker config), an artifact pushed by `skopeo copy` pulled by flux, media-type
//! refusal leaving nothing behind, upstream's diff-artifact goldens, `--diff-tag`, retries on
//! 503 and every validation error as one `✗` line.

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};

use flux_rs::env::Env;
use serde_json::Value;

use crate::support::registry::{Registry, have};
use crate::support::{Run, assert_one_failure, cmd_flux_dir, flux_env, hermetic_env, split_args};

fn run_in(dir: &Path, cmdline: &str) -> Run {
    flux_env(
        hermetic_env(dir).set(flux_rs::env::TZ, "UTC"),
        &split_args(cmdline),
    )
}

fn run_env(env: Env, cmdline: &str) -> Run {
    flux_env(env, &split_args(cmdline))
}

fn ok(run: &Run) {
    assert_eq!(run.code, 0, "{}", run.out.combined);
}

/// A tree with nested directories, an executable, binary and empty files.
fn make_tree(root: &Path) {
    std::fs::create_dir_all(root.join("deploy/nested")).unwrap();
    std::fs::write(root.join("kustomization.yaml"), "resources:\n- deploy\n").unwrap();
    std::fs::write(root.join("deploy/app.yaml"), "kind: Deployment\n").unwrap();
    let bin: Vec<u8> = (0..=255u8).cycle().take(300_000).collect();
    std::fs::write(root.join("deploy/nested/blob.bin"), &bin).unwrap();
    std::fs::write(root.join("deploy/nested/empty"), "").unwrap();
    std::fs::write(root.join("run.sh"), "#!/bin/sh\necho hi\n").unwrap();
    std::fs::set_permissions(root.join("run.sh"), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::write(root.join("logo.png"), "ignored by default").unwrap();
}

/// Relative path → (mode bits, content) of every file and directory below `root`.
fn snapshot(root: &Path) -> BTreeMap<String, (u32, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, (u32, Vec<u8>)>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
            let rel = p.strip_prefix(root).unwrap().display().to_string();
            let meta = std::fs::metadata(&p).unwrap();
            if meta.is_dir() {
                out.insert(format!("{rel}/"), (0, Vec::new()));
                walk(root, &p, out);
            } else {
                out.insert(
                    rel,
                    (
                        meta.permissions().mode() & 0o777,
                        std::fs::read(&p).unwrap(),
                    ),
                );
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

fn push_json(dir: &Path, url: &str, path: &str, extra: &str) -> Value {
    let run = run_in(
        dir,
        &format!(
            "push artifact {url} --path={path} --source=https://example.com/repo --revision=main@sha1:abc -o json {extra}"
        ),
    );
    ok(&run);
    serde_json::from_str(&run.out.stdout).unwrap()
}

fn skopeo_raw(reference: &str, creds: Option<&str>) -> Vec<u8> {
    let mut cmd = Command::new("skopeo");
    cmd.args(["inspect", "--tls-verify=false", "--raw"]);
    if let Some(c) = creds {
        cmd.args(["--creds", c]);
    }
    let out = cmd.arg(format!("docker://{reference}")).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn sha256(data: &[u8]) -> String {
    flux_rs::oci::client::sha256_digest(data)
}

#[test]
fn push_then_pull_round_trips_the_tree_byte_for_byte() {
    let Some(reg) = Registry::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    make_tree(&dir.path().join("src"));
    let url = format!("oci://{}/org/app:v1", reg.host);
    let run = run_in(
        dir.path(),
        &format!(
            "push artifact {url} --path=src --source=https://example.com/repo --revision=main@sha1:abc"
        ),
    );
    ok(&run);
    let lines: Vec<&str> = run.out.stderr.lines().collect();
    assert_eq!(
        lines[0],
        format!("► pushing artifact to {}/org/app:v1", reg.host)
    );
    assert!(lines[1].starts_with(&format!(
        "✔ artifact successfully pushed to {}/org/app@sha256:",
        reg.host
    )));
    assert_eq!(lines.len(), 2);
    assert!(run.out.stdout.is_empty());

    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let run = run_in(dir.path(), &format!("pull artifact {url} --output=out"));
    ok(&run);
    let digest = lines[1].rsplit('@').next().unwrap();
    assert_eq!(
        run.out.stderr,
        format!(
            "► pulling artifact from {h}/org/app:v1\n✔ source https://example.com/repo\n✔ revision main@sha1:abc\n✔ digest {h}/org/app@{digest}\n✔ artifact content extracted to out\n",
            h = reg.host
        )
    );
    let mut want = snapshot(&dir.path().join("src"));
    want.remove("logo.png");
    assert_eq!(snapshot(&out), want);
    // mtimes come from the archive (1970).
    let m = std::fs::metadata(out.join("run.sh"))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(m, std::time::UNIX_EPOCH);
    // Nothing staged is left next to the destination.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "src" && n != "out")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // Pull by digest, into a directory with existing content: merged, nothing deleted.
    std::fs::write(out.join("keep.txt"), "mine").unwrap();
    std::fs::write(out.join("run.sh"), "overwritten").unwrap();
    let run = run_in(
        dir.path(),
        &format!("pull artifact oci://{}/org/app@{digest} -o out", reg.host),
    );
    ok(&run);
    assert_eq!(
        std::fs::read_to_string(out.join("keep.txt")).unwrap(),
        "mine"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("run.sh")).unwrap(),
        "#!/bin/sh\necho hi\n"
    );
}

#[test]
fn reproducible_pushes_have_the_same_digest_and_skopeo_sees_flux_media_types() {
    let Some(reg) = Registry::start() else { return };
    if !have("skopeo") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    make_tree(&dir.path().join("src"));
    let a = push_json(
        dir.path(),
        &format!("oci://{}/org/app:a", reg.host),
        "src",
        "--reproducible -a team=platform",
    );
    let b = push_json(
        dir.path(),
        &format!("oci://{}/org/app:b", reg.host),
        "src",
        "--reproducible -a team=platform",
    );
    assert_eq!(a["digest"], b["digest"]);
    assert_eq!(a["tag"], "a");
    assert_eq!(a["repository"], format!("{}/org/app", reg.host));
    assert_eq!(
        a["url"],
        format!(
            "oci://{}/org/app@{}",
            reg.host,
            a["digest"].as_str().unwrap()
        )
    );
    assert_eq!(a["ignoredFiles"], 1);
    let keys: Vec<&str> = a.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        ["url", "repository", "tag", "digest", "size", "ignoredFiles"]
    );

    // The layer is byte for byte what `flux build artifact` writes.
    ok(&run_in(
        dir.path(),
        "build artifact --path=src --output=built.tgz",
    ));
    let built = std::fs::read(dir.path().join("built.tgz")).unwrap();

    let raw = skopeo_raw(&format!("{}/org/app:a", reg.host), None);
    assert_eq!(
        sha256(&raw),
        a["digest"].as_str().unwrap(),
        "digest is of the raw manifest"
    );
    let m: Value = serde_json::from_slice(&raw).unwrap();
    assert_eq!(m["schemaVersion"], 2);
    assert_eq!(m["mediaType"], "application/vnd.oci.image.manifest.v1+json");
    assert_eq!(
        m["config"]["mediaType"],
        "application/vnd.cncf.flux.config.v1+json"
    );
    assert_eq!(m["config"]["size"], 115);
    assert_eq!(
        m["config"]["digest"],
        "sha256:5b943e2b943f6c81dbbd4e2eca5121f4fcc39139e3d1219d6d89bd925b77d9fe"
    );
    let layers = m["layers"].as_array().unwrap();
    assert_eq!(layers.len(), 1);
    assert_eq!(
        layers[0]["mediaType"],
        "application/vnd.cncf.flux.content.v1.tar+gzip"
    );
    assert_eq!(layers[0]["digest"], sha256(&built));
    assert_eq!(layers[0]["size"], built.len());
    assert_eq!(a["size"], built.len());
    assert!(layers[0].get("annotations").is_none());
    assert!(m.get("artifactType").is_none() && m.get("subject").is_none());
    let ann = m["annotations"].as_object().unwrap();
    assert_eq!(
        ann["org.opencontainers.image.source"],
        "https://example.com/repo"
    );
    assert_eq!(ann["org.opencontainers.image.revision"], "main@sha1:abc");
    assert_eq!(
        ann["org.opencontainers.image.created"],
        "1970-01-01T00:00:00Z"
    );
    assert_eq!(ann["team"], "platform");
    assert_eq!(ann.len(), 4);
    // Go key order, compact.
    let text = String::from_utf8(raw).unwrap();
    assert!(
        text.starts_with("{\"schemaVersion\":2,\"mediaType\":"),
        "{text}"
    );
    assert!(text.contains(
        "\"layers\":[{\"mediaType\":\"application/vnd.cncf.flux.content.v1.tar+gzip\",\"size\":"
    ));

    // Without --reproducible the creation time is now, second precision, Z.
    let c = push_json(
        dir.path(),
        &format!("oci://{}/org/app:c", reg.host),
        "src",
        "",
    );
    let raw = skopeo_raw(&format!("{}/org/app:c", reg.host), None);
    let m: Value = serde_json::from_slice(&raw).unwrap();
    let created = m["annotations"]["org.opencontainers.image.created"]
        .as_str()
        .unwrap();
    assert_eq!(created.len(), 20, "{created}");
    assert!(created.ends_with('Z') && !created.starts_with("1970"));
    assert_ne!(c["digest"], a["digest"]);

    // Under another time zone the reproducible epoch carries the offset (§A.4).
    let env = hermetic_env(dir.path()).set(flux_rs::env::TZ, "Europe/Paris");
    ok(&run_env(
        env,
        &format!(
            "push artifact oci://{}/org/app:p --path=src --source=s --revision=r --reproducible",
            reg.host
        ),
    ));
    let m: Value =
        serde_json::from_slice(&skopeo_raw(&format!("{}/org/app:p", reg.host), None)).unwrap();
    assert_eq!(
        m["annotations"]["org.opencontainers.image.created"],
        "1970-01-01T01:00:00+01:00"
    );

    // A custom created annotation wins.
    ok(&run_in(
        dir.path(),
        &format!(
            "push artifact oci://{}/org/app:d --path=src --source=s --revision=r -a org.opencontainers.image.created=2024-01-02T03:04:05Z",
            reg.host
        ),
    ));
    let m: Value =
        serde_json::from_slice(&skopeo_raw(&format!("{}/org/app:d", reg.host), None)).unwrap();
    assert_eq!(
        m["annotations"]["org.opencontainers.image.created"],
        "2024-01-02T03:04:05Z"
    );
}

#[test]
fn push_yaml_output_is_sorted() {
    let Some(reg) = Registry::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), "a: 1\n").unwrap();
    let run = run_in(
        dir.path(),
        &format!(
            "push artifact oci://{}/app:1.0 --path=a.yaml --source=s --revision=r -o yaml",
            reg.host
        ),
    );
    ok(&run);
    assert!(run.out.stderr.is_empty(), "{}", run.out.stderr);
    let keys: Vec<&str> = run
        .out
        .stdout
        .lines()
        .map(|l| l.split(':').next().unwrap())
        .collect();
    assert_eq!(
        keys,
        ["digest", "ignoredFiles", "repository", "size", "tag", "url"]
    );
    assert!(
        run.out.stdout.contains("tag: \"1.0\"\n"),
        "{}",
        run.out.stdout
    );
}

#[test]
fn basic_auth_from_flag_env_and_docker_config() {
    let Some(reg) = Registry::start_basic("fluxuser", "s3cr:et") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), "a: 1\n").unwrap();
    let url = format!("oci://{}/org/app:v1", reg.host);
    let base = format!("push artifact {url} --path=a.yaml --source=s --revision=r");

    let run = run_in(dir.path(), &base);
    assert_eq!(run.code, 1);
    assert!(
        run.out.stderr.starts_with("✗ error setting up transport: "),
        "{}",
        run.out.stderr
    );
    assert!(
        run.out.stderr.contains("UNAUTHORIZED"),
        "{}",
        run.out.stderr
    );

    let run = run_in(dir.path(), &format!("{base} --creds=fluxuser:s3cr:et"));
    ok(&run);
    assert!(
        run.out
            .stderr
            .starts_with("► logging in to registry with credentials\n► pushing artifact to ")
    );
    assert!(!run.out.combined.contains("s3cr"), "secret printed");

    let run = run_in(dir.path(), &format!("{base} --creds=fluxuser:wrong"));
    assert_eq!(run.code, 1);
    assert!(!run.out.combined.contains("wrong"));

    // Password from FLUX_REGISTRY_PASSWORD when --creds has no ':'.
    let env = hermetic_env(dir.path()).set(flux_rs::env::FLUX_REGISTRY_PASSWORD, "s3cr:et");
    ok(&run_env(
        env,
        &format!(
            "push artifact oci://{}/org/app:v2 --path=a.yaml --source=s --revision=r --creds=fluxuser",
            reg.host
        ),
    ));

    // Docker config keychain.
    let docker = dir.path().join("docker");
    std::fs::create_dir(&docker).unwrap();
    use base64::Engine;
    let auth = base64::engine::general_purpose::STANDARD.encode("fluxuser:s3cr:et");
    std::fs::write(
        docker.join("config.json"),
        format!(
            "{{\"auths\":{{\"http://{}\":{{\"auth\":\"{auth}\"}}}}}}",
            reg.host
        ),
    )
    .unwrap();
    let env =
        hermetic_env(dir.path()).set(flux_rs::env::DOCKER_CONFIG, docker.display().to_string());
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let run = run_env(
        env.clone(),
        &format!("pull artifact oci://{}/org/app:v2 -o out", reg.host),
    );
    ok(&run);
    assert_eq!(
        std::fs::read_to_string(out.join("a.yaml")).unwrap(),
        "a: 1\n"
    );
    let run = run_env(
        env.clone(),
        &format!("list artifacts oci://{}/org/app", reg.host),
    );
    ok(&run);
    assert_eq!(run.out.stdout.lines().count(), 3, "{}", run.out.stdout);
    ok(&run_env(
        env,
        &format!("tag artifact oci://{}/org/app:v2 --tag=latest", reg.host),
    ));

    // A credential helper named by credHelpers, found on PATH.
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let helper = bin.join("docker-credential-fake");
    std::fs::write(
        &helper,
        format!("#!/bin/sh\nread server\n[ \"$server\" = \"{}\" ] || exit 1\necho '{{\"Username\":\"fluxuser\",\"Secret\":\"s3cr:et\"}}'\n", reg.host),
    )
    .unwrap();
    std::fs::set_permissions(&helper, std::fs::Permissions::from_mode(0o755)).unwrap();
    let docker2 = dir.path().join("docker2");
    std::fs::create_dir(&docker2).unwrap();
    std::fs::write(
        docker2.join("config.json"),
        format!("{{\"credHelpers\":{{\"{}\":\"fake\"}}}}", reg.host),
    )
    .unwrap();
    let env = hermetic_env(dir.path())
        .set(flux_rs::env::DOCKER_CONFIG, docker2.display().to_string())
        .set(
            flux_rs::env::PATH,
            format!("{}:/usr/bin:/bin", bin.display()),
        );
    ok(&run_env(
        env,
        &format!("tag artifact oci://{}/org/app:v2 --tag=helper", reg.host),
    ));

    // No Docker config: the Podman-format REGISTRY_AUTH_FILE.
    std::fs::write(
        dir.path().join("auth.json"),
        format!("{{\"auths\":{{\"{}\":{{\"auth\":\"{auth}\"}}}}}}", reg.host),
    )
    .unwrap();
    let env = hermetic_env(dir.path()).set(flux_rs::env::REGISTRY_AUTH_FILE, "auth.json");
    ok(&run_env(
        env,
        &format!("tag artifact oci://{}/org/app:v2 --tag=podman", reg.host),
    ));
    let env = hermetic_env(dir.path());
    let run = run_env(
        env,
        &format!("tag artifact oci://{}/org/app:v2 --tag=anon", reg.host),
    );
    assert_eq!(run.code, 1, "anonymous is refused: {}", run.out.combined);
    skopeo_raw(
        &format!("{}/org/app:latest", reg.host),
        Some("fluxuser:s3cr:et"),
    );
}

/// Writes an OCI image layout with one layer of `layer_type` holding `tgz`, for `skopeo copy`.
fn oci_layout(dir: &Path, tgz: &[u8], layer_type: &str) {
    let blobs = dir.join("blobs/sha256");
    std::fs::create_dir_all(&blobs).unwrap();
    let put = |data: &[u8]| {
        let d = sha256(data);
        std::fs::write(blobs.join(d.trim_start_matches("sha256:")), data).unwrap();
        d
    };
    let config = b"{}";
    let cd = put(config);
    let ld = put(tgz);
    let manifest = serde_json::to_vec(&serde_json::json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.cncf.flux.config.v1+json", "size": config.len(), "digest": cd},
        "layers": [{"mediaType": layer_type, "size": tgz.len(), "digest": ld}],
        "annotations": {"org.opencontainers.image.source": "skopeo", "org.opencontainers.image.revision": "v1@sha1:1"}
    }))
    .unwrap();
    let md = put(&manifest);
    std::fs::write(dir.join("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}").unwrap();
    std::fs::write(
        dir.join("index.json"),
        serde_json::to_vec(&serde_json::json!({
            "schemaVersion": 2,
            "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": manifest.len(), "digest": md,
                           "annotations": {"org.opencontainers.image.ref.name": "v1"}}]
        }))
        .unwrap(),
    )
    .unwrap();
}

fn skopeo_copy(layout: &Path, dest: &str) {
    let out = Command::new("skopeo")
        .args(["copy", "--dest-tls-verify=false"])
        .arg(format!("oci:{}:v1", layout.display()))
        .arg(format!("docker://{dest}"))
        .stdout(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn artifact_pushed_by_skopeo_is_pulled_and_wrong_media_type_refused() {
    let Some(reg) = Registry::start() else { return };
    if !have("skopeo") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    make_tree(&dir.path().join("src"));
    ok(&run_in(
        dir.path(),
        "build artifact --path=src --output=a.tgz",
    ));
    let tgz = std::fs::read(dir.path().join("a.tgz")).unwrap();
    oci_layout(
        &dir.path().join("good"),
        &tgz,
        "application/vnd.cncf.flux.content.v1.tar+gzip",
    );
    skopeo_copy(
        &dir.path().join("good"),
        &format!("{}/skopeo/app:v1", reg.host),
    );
    std::fs::create_dir(dir.path().join("out")).unwrap();
    let run = run_in(
        dir.path(),
        &format!("pull artifact oci://{}/skopeo/app:v1 -o out", reg.host),
    );
    ok(&run);
    assert!(
        run.out
            .stderr
            .contains("✔ source skopeo\n✔ revision v1@sha1:1\n")
    );
    let mut want = snapshot(&dir.path().join("src"));
    want.remove("logo.png");
    assert_eq!(snapshot(&dir.path().join("out")), want);

    // A layer that is not a tar+gzip: one ✗ line, nothing written, nothing staged left.
    oci_layout(&dir.path().join("bad"), b"plain text", "text/plain");
    skopeo_copy(
        &dir.path().join("bad"),
        &format!("{}/skopeo/bad:v1", reg.host),
    );
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    let run = run_in(
        dir.path(),
        &format!("pull artifact oci://{}/skopeo/bad:v1 -o empty", reg.host),
    );
    assert_one_failure(
        &run,
        "artifact layer has media type 'text/plain', expected 'application/vnd.cncf.flux.content.v1.tar+gzip'",
    );
    assert_eq!(
        std::fs::read_dir(dir.path().join("empty")).unwrap().count(),
        0
    );

    // A tar+gzip media type whose blob is not gzip.
    oci_layout(
        &dir.path().join("bad2"),
        b"plain text",
        "application/vnd.oci.image.layer.v1.tar+gzip",
    );
    skopeo_copy(
        &dir.path().join("bad2"),
        &format!("{}/skopeo/bad2:v1", reg.host),
    );
    let run = run_in(
        dir.path(),
        &format!("pull artifact oci://{}/skopeo/bad2:v1 -o empty", reg.host),
    );
    assert_one_failure(&run, "artifact layer is not a gzip-compressed tarball");
    assert_eq!(
        std::fs::read_dir(dir.path().join("empty")).unwrap().count(),
        0
    );
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".flux-pull-"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn upstream_diff_artifact_goldens() {
    let Some(cmd_flux) = cmd_flux_dir() else {
        return;
    };
    let Some(reg) = Registry::start() else { return };
    // Upstream addresses its test registry as localhost:<port>.
    let host = reg.host.replace("127.0.0.1", "localhost");
    let cases = [
        (
            "1.0.0",
            "deployment.yaml",
            Ok("testdata/diff-artifact/success.golden"),
        ),
        (
            "2.0.0",
            "deployment-diff.yaml",
            Err("the remote artifact contents differs from the local one"),
        ),
    ];
    let mut passed = 0;
    for (tag, diff_file, want) in cases {
        let url = format!("oci://{host}/podinfo:{tag}");
        ok(&run_in(
            &cmd_flux,
            &format!(
                "push artifact {url} --path=./testdata/diff-artifact/deployment.yaml --source=test --revision=test"
            ),
        ));
        let run = run_in(
            &cmd_flux,
            &format!("diff artifact  {url} --path=./testdata/diff-artifact/{diff_file}"),
        );
        match want {
            Ok(golden) => {
                ok(&run);
                let expected = std::fs::read_to_string(cmd_flux.join(golden)).unwrap();
                assert_eq!(run.out.combined, expected);
            }
            Err(msg) => assert_one_failure(&run, msg),
        }
        passed += 1;
    }
    eprintln!("diff-artifact goldens: {passed}/2");
}

/// The tags of `list artifacts` table rows (header skipped).
fn listed_tags(table: &str) -> Vec<String> {
    table
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .map(|a| a.trim_end().rsplit(':').next().unwrap_or("").to_string())
        .collect()
}

#[test]
fn tag_and_list_with_filters() {
    let Some(reg) = Registry::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), "a: 1\n").unwrap();
    let repo = format!("oci://{}/org/app", reg.host);
    ok(&run_in(
        dir.path(),
        &format!(
            "push artifact {repo}:v1.9.0 --path=a.yaml --source=https://s --revision=r1 --reproducible"
        ),
    ));
    let run = run_in(
        dir.path(),
        &format!(
            "tag artifact {repo}:v1.9.0 --tag=v1.10.0,latest --tag=v2.0.0-rc.1 --tag=sha256-0.sig"
        ),
    );
    ok(&run);
    assert_eq!(
        run.out.stderr,
        format!(
            "► tagging artifact\n✔ artifact tagged as {h}/org/app:v1.10.0\n✔ artifact tagged as {h}/org/app:latest\n✔ artifact tagged as {h}/org/app:v2.0.0-rc.1\n✔ artifact tagged as {h}/org/app:sha256-0.sig\n",
            h = reg.host
        )
    );
    let digest = run_in(
        dir.path(),
        &format!(
            "push artifact {repo}:other --path=a.yaml --source=https://s --revision=r1 -o json --reproducible"
        ),
    );
    let digest: Value = serde_json::from_str(&digest.out.stdout).unwrap();
    let d = digest["digest"].as_str().unwrap();

    let run = run_in(dir.path(), &format!("list artifacts {repo}"));
    ok(&run);
    let tags = listed_tags(&run.out.stdout);
    assert_eq!(
        tags,
        ["v2.0.0-rc.1", "v1.9.0", "v1.10.0", "other", "latest"]
    );
    let header = run.out.stdout.lines().next().unwrap();
    assert!(
        header.starts_with("ARTIFACT") && header.ends_with("REVISION "),
        "{header:?}"
    );
    for line in run.out.stdout.lines().skip(1) {
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(cells.len(), 5, "{line:?}");
        assert_eq!(cells[1], d);
        assert_eq!(cells[2].trim_end(), "https://s");
        assert_eq!(cells[3].trim_end(), "r1");
        assert_eq!(cells[4], "");
    }

    let list = |filters: &str| -> Vec<String> {
        let run = run_in(dir.path(), &format!("list artifacts {repo} {filters}"));
        ok(&run);
        listed_tags(&run.out.stdout)
    };
    assert_eq!(list("--filter-semver=>=1.10.0"), ["v1.10.0"]);
    assert_eq!(list("--filter-semver=1.x"), ["v1.9.0", "v1.10.0"]);
    assert_eq!(list("--filter-semver=>=2.0.0-0"), ["v2.0.0-rc.1"]);
    assert_eq!(list("--filter-regex=^v1"), ["v1.9.0", "v1.10.0"]);
    assert_eq!(list("--filter-regex=^v1 --filter-semver=<1.10"), ["v1.9.0"]);
    assert_eq!(list("--filter-regex=nomatch"), Vec::<String>::new());

    assert_one_failure(
        &run_in(
            dir.path(),
            &format!("list artifacts {repo} --filter-semver=foo"),
        ),
        "semver 'foo' parse error: improper constraint: foo",
    );
    let run = run_in(
        dir.path(),
        &format!("list artifacts {repo} --filter-regex=("),
    );
    assert_eq!(run.code, 1);
    assert!(
        run.out.stderr.starts_with("✗ regex '(' parse error: "),
        "{}",
        run.out.stderr
    );
    assert_eq!(run.out.stderr.lines().count(), 1);
    let run = run_in(dir.path(), &format!("tag artifact {repo}:missing --tag=x"));
    assert_eq!(run.code, 1);
    assert!(
        run.out.stderr.contains("✗ tagging artifact failed: GET "),
        "{}",
        run.out.stderr
    );
    assert!(
        run.out.stderr.contains("MANIFEST_UNKNOWN"),
        "{}",
        run.out.stderr
    );
}

#[test]
fn diff_tag_skips_unchanged_pushes() {
    let Some(reg) = Registry::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("src")).unwrap();
    std::fs::write(dir.path().join("src/a.yaml"), "a: 1\n").unwrap();
    let repo = format!("oci://{}/org/app", reg.host);
    let first = push_json(dir.path(), &format!("{repo}:v1"), "src", "");
    let second = push_json(dir.path(), &format!("{repo}:v2"), "src", "--diff-tag=v1");
    assert_eq!(second["skipped"], true);
    assert_eq!(second["digest"], first["digest"]);
    assert_eq!(second["tag"], "v1");
    let run = run_in(dir.path(), &format!("list artifacts {repo}"));
    assert_eq!(
        run.out.stdout.lines().count(),
        2,
        "v2 was not pushed: {}",
        run.out.stdout
    );
    let run = run_in(
        dir.path(),
        &format!("push artifact {repo}:v2 --path=src --source=s --revision=r --diff-tag=v1"),
    );
    ok(&run);
    assert!(
        run.out.stderr.contains(&format!(
            "✔ no changes since {}/org/app:v1, push skipped",
            reg.host
        )),
        "{}",
        run.out.stderr
    );
    // Changed content, or a missing diff tag: pushed.
    std::fs::write(dir.path().join("src/a.yaml"), "a: 2\n").unwrap();
    let third = push_json(dir.path(), &format!("{repo}:v3"), "src", "--diff-tag=v1");
    assert!(third.get("skipped").is_none());
    assert_eq!(third["tag"], "v3");
    let fourth = push_json(dir.path(), &format!("{repo}:v4"), "src", "--diff-tag=nope");
    assert!(fourth.get("skipped").is_none());
}

#[test]
fn push_reads_stdin() {
    let Some(reg) = Registry::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_flux"))
        .current_dir(dir.path())
        .args([
            "push",
            "artifact",
            &format!("oci://{}/org/stdin:v1", reg.host),
            "--path=-",
            "--source=s",
            "--revision=r",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"kind: ConfigMap\n\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    ok(&run_in(
        dir.path(),
        &format!("pull artifact oci://{}/org/stdin:v1 -o out", reg.host),
    ));
    let files: Vec<_> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1);
    assert!(files[0].extension().is_some_and(|e| e == "yaml"));
    assert_eq!(
        std::fs::read_to_string(&files[0]).unwrap(),
        "kind: ConfigMap"
    );
}

#[test]
fn validation_errors_are_one_failure_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("file"), "x").unwrap();
    let u = "oci://127.0.0.1:9/org/app:v1";
    let cases: Vec<(String, String)> = vec![
        ("push artifact".into(), "artifact URL is required".into()),
        (format!("push artifact {u}"), "--source is required".into()),
        (format!("push artifact {u} --source=s"), "--revision is required".into()),
        (format!("push artifact {u} --source=s --revision=r"), "invalid path \"\"".into()),
        ("push artifact ghcr.io/x --source=s --revision=r --path=.".into(), "URL must be in format 'oci://<domain>/<org>/<repo>'".into()),
        ("push artifact oci://ghcr.io/Org/x --source=s --revision=r --path=.".into(), "'oci://ghcr.io/Org/x' invalid URL: could not parse reference: ghcr.io/Org/x".into()),
        (format!("push artifact {u} --source=s --revision=r --path=nope"), "invalid path 'nope', must point to an existing directory or file: stat nope: no such file or directory".into()),
        (format!("push artifact {u} --source=s --revision=r --path=. -a a=b=c"), "invalid annotation a=b=c, must be in the format key=value".into()),
        (format!("push artifact {u} --source=s --revision=r --path=. -a noequals"), "invalid annotation noequals, must be in the format key=value".into()),
        (format!("push artifact {u} --source=s --revision=r --path=. --provider=x"), "invalid argument \"x\" for \"--provider\" flag: source OCI provider 'x' is not supported, must be one of: generic, aws, azure, gcp".into()),
        ("pull artifact".into(), "artifact URL is required".into()),
        (format!("pull artifact {u}"), "output path cannot be empty".into()),
        (format!("pull artifact {u} -o missing"), "invalid output path \"missing\": stat missing: no such file or directory".into()),
        (format!("pull artifact {u} -o file"), "invalid output path \"file\": %!w(<nil>)".into()),
        ("pull artifact oci://x/Y -o .".into(), "'oci://x/Y' invalid URL: could not parse reference: x/Y".into()),
        ("tag artifact".into(), "artifact name is required".into()),
        (format!("tag artifact {u}"), "--tag is required".into()),
        ("list artifacts".into(), "artifact repository URL is required".into()),
        (format!("list artifacts {u}"), "listing tags failed: repository can only contain the characters `abcdefghijklmnopqrstuvwxyz0123456789_-./`: org/app:v1".into()),
        ("diff artifact".into(), "artifact URL is required".into()),
        (format!("diff artifact {u}"), "invalid path \"\"".into()),
        (format!("diff artifact {u} --path=nope"), "invalid path 'nope', must point to an existing directory or file".into()),
    ];
    for (line, want) in cases {
        let run = run_in(dir.path(), &line);
        assert_eq!(run.code, 1, "{line}: {}", run.out.combined);
        assert_eq!(run.out.stderr, format!("✗ {want}\n"), "{line}");
        assert!(run.out.stdout.is_empty(), "{line}");
    }
    // Registry down: one line, nothing else.
    let run = run_in(
        dir.path(),
        &format!("push artifact {u} --source=s --revision=r --path=. --timeout=0s"),
    );
    assert_eq!(run.code, 1);
    assert!(
        run.out
            .stderr
            .starts_with("✗ error setting up transport: Get \"http://127.0.0.1:9/v2/\": "),
        "{}",
        run.out.stderr
    );
    assert_eq!(run.out.stderr.lines().count(), 1);
}

/// A one-shot HTTP server: answers the connections in order with `responses` (`None` = drop
/// the connection without answering); returns the address and the request lines seen.
fn scripted_server(
    responses: Vec<Option<&'static str>>,
) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen2 = seen.clone();
    std::thread::spawn(move || {
        let mut responses = responses.into_iter();
        let mut next = responses.next();
        while let Some(resp) = next {
            let Ok((stream, _)) = listener.accept() else {
                return;
            };
            // TLS probes (https preferred, §A.1) are refused without using up a response.
            let mut first_byte = [0u8; 1];
            if stream.peek(&mut first_byte).is_ok_and(|n| n == 1) && first_byte[0] == 0x16 {
                continue;
            }
            next = responses.next();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut first = String::new();
            let _ = reader.read_line(&mut first);
            loop {
                let mut l = String::new();
                if reader.read_line(&mut l).unwrap_or(0) == 0 || l == "\r\n" {
                    break;
                }
            }
            seen2.lock().unwrap().push(first.trim_end().to_string());
            let mut stream = stream;
            match resp {
                Some(r) => {
                    let _ = stream.write_all(r.as_bytes());
                }
                None => drop(stream),
            }
        }
    });
    (addr, seen)
}

#[test]
fn client_retries_503_and_dropped_connections_with_backoff() {
    use flux_rs::oci::client::{ArtifactRef, Credentials, RepoClient, Retry};
    crate::support::init();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let ok200 = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
    let busy = "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    let (addr, seen) = scripted_server(vec![Some(busy), None, Some(ok200)]);
    let r = ArtifactRef::parse(&format!("oci://{addr}/org/app:v1")).unwrap();
    let retry = Retry {
        steps: 3,
        initial: std::time::Duration::from_millis(10),
        cap: std::time::Duration::from_secs(1),
    };
    let client = RepoClient::new(&r, Credentials::Anonymous, false)
        .unwrap()
        .with_retry(retry);
    rt.block_on(client.ping()).unwrap();
    assert_eq!(seen.lock().unwrap().len(), 3);

    // Without retries the first 503 is the error.
    let (addr, _) = scripted_server(vec![Some(busy)]);
    let r = ArtifactRef::parse(&format!("oci://{addr}/org/app:v1")).unwrap();
    let client = RepoClient::new(&r, Credentials::Anonymous, false).unwrap();
    let err = rt.block_on(client.ping()).unwrap_err();
    assert_eq!(
        err.0,
        format!("GET http://{addr}/v2/: unexpected status code 503 Service Unavailable")
    );

    // 404 is not retried.
    let nf = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    let (addr, seen) = scripted_server(vec![Some(nf), Some(ok200)]);
    let r = ArtifactRef::parse(&format!("oci://{addr}/org/app:v1")).unwrap();
    let client = RepoClient::new(&r, Credentials::Anonymous, false)
        .unwrap()
        .with_retry(retry);
    assert!(rt.block_on(client.manifest("v1")).unwrap().is_none());
    assert_eq!(seen.lock().unwrap().len(), 1);
}

#[test]
fn push_debug_prints_retries() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), "a: 1\n").unwrap();
    let busy = "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    let (addr, seen) = scripted_server(vec![Some(busy), Some(busy)]);
    // The first retry comes after ~1s; --timeout ends the command after 3s.
    let run = run_in(
        dir.path(),
        &format!(
            "push artifact oci://{addr}/org/app:v1 --path=a.yaml --source=s --revision=r --debug --timeout=3s --insecure-registry"
        ),
    );
    assert_eq!(run.code, 1);
    assert!(seen.lock().unwrap().len() >= 2);
    let retry_lines = run
        .out
        .stderr
        .lines()
        .filter(|l| l.contains(" retrying GET http://"))
        .count();
    assert!(retry_lines >= 1, "{}", run.out.stderr);
}

#[test]
fn push_sign_signs_the_pushed_digest() {
    use flux_rs::oci::sign::keys;
    let Some(reg) = Registry::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), "a: 1\n").unwrap();
    let key = keys::generate_key();
    std::fs::write(
        dir.path().join("cosign.key"),
        keys::encrypt_private_key(&key, b"pw").unwrap(),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("cosign.pub"),
        keys::public_key_pem(key.verifying_key()).unwrap(),
    )
    .unwrap();
    let env = hermetic_env(dir.path()).set(flux_rs::env::COSIGN_PASSWORD, "pw");
    let url = format!("oci://{}/org/app:v1", reg.host);
    let run = run_env(
        env,
        &format!(
            "push artifact {url} --path=a.yaml --source=s --revision=r --sign --key=cosign.key"
        ),
    );
    ok(&run);
    let lines: Vec<&str> = run.out.stderr.lines().collect();
    assert_eq!(lines.len(), 4, "{}", run.out.stderr);
    let digest = lines[1].rsplit('@').next().unwrap();
    assert_eq!(lines[2], "► signing artifact with key cosign.key");
    assert_eq!(
        lines[3],
        format!(
            "✔ artifact signed: {}/org/app:{}.sig",
            reg.host,
            digest.replace(':', "-")
        )
    );
    let run = run_in(
        dir.path(),
        &format!("verify artifact {url} --key=cosign.pub"),
    );
    ok(&run);
    assert_one_failure(
        &run_in(
            dir.path(),
            &format!("push artifact {url} --path=a.yaml --source=s --revision=r --sign"),
        ),
        "--key is required with --sign",
    );
}

#[test]
fn push_ignore_paths_and_resolve_symlinks() {
    let Some(reg) = Registry::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    make_tree(&src);
    std::os::unix::fs::symlink(src.join("run.sh"), src.join("link.sh")).unwrap();
    let url = format!("oci://{}/org/app:v1", reg.host);
    let pushed = push_json(
        dir.path(),
        &url,
        "src",
        "--ignore-paths=run.sh,deploy/nested/",
    );
    assert_eq!(
        pushed["ignoredFiles"], 4,
        "run.sh, nested/ and its two files"
    );
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    ok(&run_in(dir.path(), &format!("pull artifact {url} -o out")));
    let got = snapshot(&out);
    assert!(
        got.contains_key("logo.png"),
        "the default list was replaced"
    );
    assert!(!got.contains_key("run.sh") && !got.contains_key("link.sh"));
    assert!(!got.contains_key("deploy/nested/"));

    let url = format!("oci://{}/org/app:v2", reg.host);
    push_json(dir.path(), &url, "src", "--resolve-symlinks");
    let out = dir.path().join("out2");
    std::fs::create_dir(&out).unwrap();
    ok(&run_in(dir.path(), &format!("pull artifact {url} -o out2")));
    assert_eq!(
        std::fs::read_to_string(out.join("link.sh")).unwrap(),
        "#!/bin/sh\necho hi\n"
    );
}

#[test]
fn insecure_registry_reaches_a_self_signed_https_registry() {
    let Some(reg) = Registry::start_tls() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), "a: 1\n").unwrap();
    let url = format!("oci://{}/org/app:v1", reg.host);
    // Without the flag the certificate is not trusted; HTTP gets the TLS server's refusal.
    let run = run_in(
        dir.path(),
        &format!("push artifact {url} --path=a.yaml --source=s --revision=r"),
    );
    assert_eq!(run.code, 1, "{}", run.out.combined);
    assert!(
        run.out.stderr.starts_with("✗ error setting up transport: "),
        "{}",
        run.out.stderr
    );
    assert_eq!(run.out.stderr.lines().count(), 1);
    // With it: HTTPS preferred, certificate not verified.
    ok(&run_in(
        dir.path(),
        &format!("push artifact {url} --path=a.yaml --source=s --revision=r --insecure-registry"),
    ));
    std::fs::create_dir(dir.path().join("out")).unwrap();
    ok(&run_in(
        dir.path(),
        &format!("pull artifact {url} -o out --insecure-registry"),
    ));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out/a.yaml")).unwrap(),
        "a: 1\n"
    );
    let run = run_in(
        dir.path(),
        &format!(
            "list artifacts oci://{}/org/app --insecure-registry",
            reg.host
        ),
    );
    ok(&run);
    assert_eq!(run.out.stdout.lines().count(), 2);
}

#[test]
fn round_trip_keeps_empty_dirs_and_skips_symlinks_unless_resolved() {
    let Some(reg) = Registry::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    std::fs::create_dir_all(src.join("empty/deeper")).unwrap();
    std::fs::create_dir_all(src.join("deploy")).unwrap();
    std::fs::write(src.join("deploy/app.yaml"), "kind: Deployment\n").unwrap();
    std::os::unix::fs::symlink("deploy/app.yaml", src.join("link.yaml")).unwrap();
    std::os::unix::fs::symlink("deploy", src.join("linkdir")).unwrap();

    // Without --resolve-symlinks: links are skipped, empty directories travel.
    let url = format!("oci://{}/org/links:v1", reg.host);
    ok(&run_in(
        dir.path(),
        &format!("push artifact {url} --path=src --source=s --revision=r"),
    ));
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    ok(&run_in(
        dir.path(),
        &format!("pull artifact {url} --output=out"),
    ));
    let got: Vec<String> = snapshot(&out).into_keys().collect();
    assert_eq!(
        got,
        ["deploy/", "deploy/app.yaml", "empty/", "empty/deeper/"],
        "symlinks are skipped, empty directories kept"
    );

    // With --resolve-symlinks: every link becomes a copy of its target.
    let url = format!("oci://{}/org/links:v2", reg.host);
    ok(&run_in(
        dir.path(),
        &format!("push artifact {url} --path=src --source=s --revision=r --resolve-symlinks"),
    ));
    let out = dir.path().join("out2");
    std::fs::create_dir(&out).unwrap();
    ok(&run_in(
        dir.path(),
        &format!("pull artifact {url} --output=out2"),
    ));
    let got = snapshot(&out);
    assert_eq!(
        got.keys().map(String::as_str).collect::<Vec<_>>(),
        [
            "deploy/",
            "deploy/app.yaml",
            "empty/",
            "empty/deeper/",
            "link.yaml",
            "linkdir/",
            "linkdir/app.yaml"
        ]
    );
    assert_eq!(got["link.yaml"].1, b"kind: Deployment\n");
    assert!(
        !std::fs::symlink_metadata(out.join("link.yaml"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn blob_download_cut_off_midway_is_retried_from_the_start() {
    use flux_rs::oci::client::{ArtifactRef, Credentials, RepoClient, Retry};
    crate::support::init();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let cut = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\nConnection: close\r\n\r\nabc";
    let full = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\nConnection: close\r\n\r\nabcdefghij";
    let digest = sha256(b"abcdefghij");
    let retry = Retry {
        steps: 3,
        initial: std::time::Duration::from_millis(10),
        cap: std::time::Duration::from_secs(1),
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("blob");

    let (addr, seen) = scripted_server(vec![Some(cut), Some(full)]);
    let r = ArtifactRef::parse(&format!("oci://{addr}/org/app:v1")).unwrap();
    let client = RepoClient::new(&r, Credentials::Anonymous, false)
        .unwrap()
        .with_retry(retry);
    let size = rt
        .block_on(async {
            let mut f = tokio::fs::File::create(&path).await.unwrap();
            client.blob_to_file(&digest, &mut f).await
        })
        .unwrap();
    assert_eq!(size, 10);
    assert_eq!(std::fs::read(&path).unwrap(), b"abcdefghij");
    assert_eq!(seen.lock().unwrap().len(), 2);

    // Without retries the cut-off body is the error, and it names the request.
    let (addr, _) = scripted_server(vec![Some(cut)]);
    let r = ArtifactRef::parse(&format!("oci://{addr}/org/app:v1")).unwrap();
    let client = RepoClient::new(&r, Credentials::Anonymous, false).unwrap();
    let err = rt
        .block_on(async {
            let mut f = tokio::fs::File::create(&path).await.unwrap();
            client.blob_to_file(&digest, &mut f).await
        })
        .unwrap_err();
    assert!(
        err.0.starts_with(&format!(
            "Get \"http://{addr}/v2/org/app/blobs/{digest}\": "
        )),
        "{}",
        err.0
    );
}
