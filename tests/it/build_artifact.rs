//! `flux build artifact` (artifacts-create.md §A.3, §A.5): fixture trees built in temp dirs,
//! the tarball read back header by header against the spec and with the real GNU `tar`,
//! reproducibility, ignore rules, input variants and failures. The upstream unit tests of
//! `build_artifact_test.go` (stdin helper, symlink resolution) are replayed through the CLI.

use std::fs;
use std::io::{Read, Write};
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::support::{Run, flux_in};

/// One tar header as read from the raw bytes.
#[derive(Debug, Clone)]
struct Entry {
    name: String,
    mode: u32,
    size: u64,
    typeflag: u8,
    raw: [u8; 512],
}

fn octal(field: &[u8]) -> u64 {
    let s: String = field
        .iter()
        .take_while(|&&b| b != 0 && b != b' ')
        .map(|&b| b as char)
        .collect();
    u64::from_str_radix(&s, 8).unwrap_or_else(|_| panic!("bad octal field {field:?}"))
}

fn cstr(field: &[u8]) -> String {
    let end = field.iter().position(|&b| b == 0).unwrap_or(field.len());
    String::from_utf8_lossy(&field[..end]).into_owned()
}

fn gunzip(path: &Path) -> Vec<u8> {
    let gz = fs::read(path).unwrap();
    assert_eq!(
        &gz[..10],
        &[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff],
        "gzip header: no name, mtime 0, XFL 0, OS 255"
    );
    let mut tar = Vec::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_end(&mut tar)
        .unwrap();
    tar
}

/// Parses a tar stream, checking the invariants every header must satisfy (§A.3), and returns
/// the entries (PAX `path` records applied) in archive order.
fn entries(tar: &[u8]) -> Vec<Entry> {
    assert_eq!(tar.len() % 512, 0);
    assert!(tar.len() >= 1024);
    assert!(
        tar[tar.len() - 1024..].iter().all(|&b| b == 0),
        "ends with two zero blocks"
    );
    let mut out = Vec::new();
    let mut off = 0;
    let mut pax_path: Option<String> = None;
    while off < tar.len() - 1024 {
        let mut raw = [0u8; 512];
        raw.copy_from_slice(&tar[off..off + 512]);
        // Checksum: six octal digits, NUL, space; sum of the block with the field as spaces.
        assert_eq!(raw[154], 0, "checksum NUL");
        assert_eq!(raw[155], b' ', "checksum space");
        let mut sum_blk = raw;
        sum_blk[148..156].copy_from_slice(b"        ");
        let sum: u64 = sum_blk.iter().map(|&b| u64::from(b)).sum();
        assert_eq!(octal(&raw[148..154]), sum, "checksum value");
        assert_eq!(&raw[257..263], b"ustar\0", "USTAR magic");
        assert_eq!(&raw[263..265], b"00", "USTAR version");
        for (what, range) in [("uid", 108..116), ("gid", 116..124), ("mode", 100..108)] {
            assert_eq!(raw[range.end - 1], 0, "{what} NUL-terminated");
            assert!(
                raw[range.start..range.end - 1]
                    .iter()
                    .all(u8::is_ascii_digit),
                "{what} zero-padded octal"
            );
        }
        assert_eq!(&raw[108..116], b"0000000\0", "uid 0");
        assert_eq!(&raw[116..124], b"0000000\0", "gid 0");
        assert_eq!(&raw[136..148], b"00000000000\0", "mtime 0");
        assert!(raw[265..329].iter().all(|&b| b == 0), "empty uname/gname");
        assert_eq!(raw[157], 0, "no link name");
        let size = octal(&raw[124..136]);
        let typeflag = raw[156];
        let body = tar[off + 512..off + 512 + size as usize].to_vec();
        off += 512 + size.div_ceil(512) as usize * 512;
        if typeflag == b'x' {
            let text = String::from_utf8(body).unwrap();
            for rec in text.lines() {
                let (len, kv) = rec.split_once(' ').unwrap();
                assert_eq!(
                    len.parse::<usize>().unwrap(),
                    rec.len() + 1,
                    "PAX record length"
                );
                if let Some(p) = kv.strip_prefix("path=") {
                    pax_path = Some(p.to_string());
                }
            }
            continue;
        }
        assert_eq!(&raw[329..337], b"0000000\0", "devmajor 0");
        assert_eq!(&raw[337..345], b"0000000\0", "devminor 0");
        let prefix = cstr(&raw[345..500]);
        let base = cstr(&raw[0..100]);
        let name = pax_path.take().unwrap_or_else(|| {
            if prefix.is_empty() {
                base
            } else {
                format!("{prefix}/{base}")
            }
        });
        out.push(Entry {
            name,
            mode: octal(&raw[100..108]) as u32,
            size,
            typeflag,
            raw,
        });
    }
    out
}

fn build(cwd: &Path, args: &str) -> Run {
    flux_in(cwd, &format!("build artifact {args}"))
}

fn names(es: &[Entry]) -> Vec<String> {
    es.iter().map(|e| e.name.clone()).collect()
}

fn write(path: &Path, content: &str, mode: u32) {
    if let Some(p) = path.parent() {
        fs::create_dir_all(p).unwrap();
    }
    fs::write(path, content).unwrap();
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

/// A tree with every kind of entry the builder must handle.
fn fixture(root: &Path) {
    fs::create_dir_all(root).unwrap();
    fs::set_permissions(root, fs::Permissions::from_mode(0o750)).unwrap();
    write(&root.join("deploy/app.yaml"), "kind: ConfigMap\n", 0o644);
    write(&root.join("deploy/b/deep.yaml"), "deep\n", 0o600);
    write(&root.join("run.sh"), "#!/bin/sh\necho hi\n", 0o755);
    write(&root.join(".sourceignore"), "deploy/\n", 0o644);
    write(&root.join(".git/HEAD"), "ref: refs/heads/main\n", 0o644);
    write(&root.join(".gitignore"), "x\n", 0o644);
    write(&root.join("img/logo.png"), "png", 0o644);
    write(&root.join("old.tar.gz"), "gz", 0o644);
    write(&root.join("old.tgz"), "tgz", 0o644);
    write(&root.join("Zeta.yaml"), "z", 0o644);
    fs::create_dir_all(root.join("empty")).unwrap();
    fs::set_permissions(root.join("empty"), fs::Permissions::from_mode(0o2775)).unwrap();
    symlink("deploy/app.yaml", root.join("link.yaml")).unwrap();
    symlink("deploy", root.join("linkdir")).unwrap();
    symlink("missing", root.join("dangling")).unwrap();
    Command::new("mkfifo")
        .arg(root.join("fifo"))
        .status()
        .unwrap();
}

fn tar_list(path: &Path) -> String {
    let out = Command::new("tar")
        .args([
            "--list",
            "--verbose",
            "--numeric-owner",
            "--full-time",
            "-z",
            "-f",
        ])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "tar -t: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "tar warns: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn tar_extract(path: &Path, into: &Path) {
    fs::create_dir_all(into).unwrap();
    let out = Command::new("tar")
        .args(["-x", "-z", "-p", "-f"])
        .arg(path)
        .arg("-C")
        .arg(into)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "tar -x: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn directory_tree_layout_headers_and_gnu_tar() {
    let tmp = tempfile::tempdir().unwrap();
    fixture(&tmp.path().join("src"));
    let run = build(tmp.path(), "-p src -o out.tgz");
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert_eq!(
        run.out.stderr,
        "► building artifact from src\n✔ artifact created at out.tgz\n"
    );
    assert_eq!(run.out.stdout, "", "nothing on stdout");
    let out = tmp.path().join("out.tgz");
    assert_eq!(
        fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o640
    );
    let es = entries(&gunzip(&out));
    // Pre-order, bytewise-sorted; default ignores drop .git/, .gitignore, *.png, *.tar.gz;
    // symlinks and FIFOs are skipped; .sourceignore and *.tgz are archived; `img` stays.
    assert_eq!(
        names(&es),
        [
            ".",
            ".sourceignore",
            "Zeta.yaml",
            "deploy",
            "deploy/app.yaml",
            "deploy/b",
            "deploy/b/deep.yaml",
            "empty",
            "img",
            "old.tgz",
            "run.sh",
        ]
    );
    let modes: Vec<(u32, u8)> = es.iter().map(|e| (e.mode, e.typeflag)).collect();
    assert_eq!(
        modes,
        [
            (0o750, b'5'),
            (0o644, b'0'),
            (0o644, b'0'),
            (0o755, b'5'),
            (0o644, b'0'),
            (0o755, b'5'),
            (0o600, b'0'),
            (0o2775, b'5'),
            (0o755, b'5'),
            (0o644, b'0'),
            (0o755, b'0'),
        ]
    );
    for e in &es {
        assert!(
            !e.name.ends_with('/') && !e.name.starts_with("./"),
            "{}",
            e.name
        );
        if e.typeflag == b'5' {
            assert_eq!(e.size, 0);
        }
        assert!(
            e.raw[345..500].iter().all(|&b| b == 0),
            "no prefix for short names"
        );
    }
    assert_eq!(es[4].size, "kind: ConfigMap\n".len() as u64);

    // The real tar sees the same thing, with no warnings.
    let listing = tar_list(&out);
    let expected = "\
drwxr-x--- 0/0               0 1970-01-01 00:00:00 .
-rw-r--r-- 0/0              8 1970-01-01 00:00:00 .sourceignore
-rw-r--r-- 0/0              1 1970-01-01 00:00:00 Zeta.yaml
drwxr-xr-x 0/0               0 1970-01-01 00:00:00 deploy
-rw-r--r-- 0/0              16 1970-01-01 00:00:00 deploy/app.yaml
drwxr-xr-x 0/0               0 1970-01-01 00:00:00 deploy/b
-rw------- 0/0               5 1970-01-01 00:00:00 deploy/b/deep.yaml
drwxrwsr-x 0/0               0 1970-01-01 00:00:00 empty
drwxr-xr-x 0/0               0 1970-01-01 00:00:00 img
-rw-r--r-- 0/0               3 1970-01-01 00:00:00 old.tgz
-rwxr-xr-x 0/0              18 1970-01-01 00:00:00 run.sh
";
    let norm = |s: &str| -> Vec<Vec<String>> {
        s.lines()
            .map(|l| l.split_whitespace().map(str::to_string).collect())
            .collect()
    };
    assert_eq!(norm(&listing), norm(expected), "tar --list:\n{listing}");

    let x = tmp.path().join("x");
    tar_extract(&out, &x);
    assert_eq!(
        fs::read_to_string(x.join("deploy/app.yaml")).unwrap(),
        "kind: ConfigMap\n"
    );
    assert_eq!(
        fs::read_to_string(x.join("run.sh")).unwrap(),
        "#!/bin/sh\necho hi\n"
    );
    assert_eq!(
        fs::metadata(x.join("run.sh")).unwrap().permissions().mode() & 0o777,
        0o755
    );
    assert!(x.join("empty").is_dir());
    assert!(!x.join("link.yaml").exists());
    // No temp file left next to the source.
    let mut left: Vec<String> = fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["out.tgz", "src", "x"]);
}

#[test]
fn two_builds_are_byte_identical_whatever_the_mtimes() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    fixture(&src);
    assert_eq!(build(tmp.path(), "-p src -o a.tgz").code, 0);
    assert_eq!(build(tmp.path(), "--path=./src/ --output=b.tgz").code, 0);
    // Touch everything: times are not part of the artifact.
    let status = Command::new("touch")
        .args(["-h", "-d", "2001-02-03 04:05:06"])
        .arg(src.join("run.sh"))
        .arg(src.join("deploy"))
        .arg(&src)
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(build(tmp.path(), "-p src -o c.tgz").code, 0);
    let a = fs::read(tmp.path().join("a.tgz")).unwrap();
    assert_eq!(a, fs::read(tmp.path().join("b.tgz")).unwrap());
    assert_eq!(a, fs::read(tmp.path().join("c.tgz")).unwrap());
    // An existing output file is replaced.
    fs::write(tmp.path().join("c.tgz"), "old").unwrap();
    assert_eq!(build(tmp.path(), "-p src -o c.tgz").code, 0);
    assert_eq!(a, fs::read(tmp.path().join("c.tgz")).unwrap());
}

#[test]
fn ignore_paths_replace_the_defaults() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    write(&src.join(".git/HEAD"), "h", 0o644);
    write(&src.join("logo.png"), "p", 0o644);
    write(&src.join("a.yaml"), "a", 0o644);
    write(&src.join("keep.yaml"), "k", 0o644);
    write(&src.join("ignore-dir/x.txt"), "x", 0o644);
    write(&src.join("ignore-dir/keep.yaml"), "k", 0o644);
    write(&src.join("somedir/git/f"), "f", 0o644);
    write(&src.join("other/somedir/git/f"), "f", 0o644);
    let run = build(
        tmp.path(),
        "-p src -o out.tgz --ignore-paths ignore-dir/,somedir/git --ignore-paths=*.yaml,!keep.yaml",
    );
    assert_eq!(run.code, 0, "{}", run.out.combined);
    let es = entries(&gunzip(&tmp.path().join("out.tgz")));
    // `.git` and `*.png` are archived once the list is replaced; `ignore-dir/keep.yaml` is
    // re-included by `!keep.yaml` without an entry for its excluded parent; `somedir/git` is
    // anchored at the root.
    assert_eq!(
        names(&es),
        [
            ".",
            ".git",
            ".git/HEAD",
            "ignore-dir/keep.yaml",
            "keep.yaml",
            "logo.png",
            "other",
            "other/somedir",
            "other/somedir/git",
            "other/somedir/git/f",
            "somedir",
        ]
    );
    // An explicitly empty list ignores nothing.
    assert_eq!(
        build(tmp.path(), "-p src -o all.tgz --ignore-paths=").code,
        0
    );
    assert_eq!(entries(&gunzip(&tmp.path().join("all.tgz"))).len(), 16);
}

#[test]
fn single_file_is_staged_as_dot_0700_plus_its_basename() {
    let tmp = tempfile::tempdir().unwrap();
    write(&tmp.path().join("dir/app.yaml"), "kind: Namespace\n", 0o640);
    let run = build(tmp.path(), "-p dir/app.yaml");
    assert_eq!(run.code, 0, "{}", run.out.combined);
    assert_eq!(
        run.out.stderr,
        "► building artifact from dir/app.yaml\n✔ artifact created at artifact.tgz\n"
    );
    let es = entries(&gunzip(&tmp.path().join("artifact.tgz")));
    assert_eq!(names(&es), [".", "app.yaml"]);
    assert_eq!((es[0].mode, es[0].typeflag), (0o700, b'5'));
    assert_eq!(es[1].mode & 0o600, 0o600);
    assert_eq!(es[1].size, 16);
}

#[test]
fn symlinked_root_gives_an_empty_archive() {
    let tmp = tempfile::tempdir().unwrap();
    write(&tmp.path().join("real/a.yaml"), "a", 0o644);
    symlink("real", tmp.path().join("link")).unwrap();
    assert_eq!(build(tmp.path(), "-p link -o out.tgz").code, 0);
    let tar = gunzip(&tmp.path().join("out.tgz"));
    assert_eq!(tar, vec![0u8; 1024], "only the end-of-archive blocks");
}

#[test]
fn resolve_symlinks_materialises_links_and_breaks_cycles() {
    // Upstream Test_resolveSymlinks, _cycle and _multipleLinksSameTarget, through the CLI.
    let tmp = tempfile::tempdir().unwrap();
    let outside = tmp.path().join("outside");
    write(&outside.join("real.yaml"), "kind: Namespace\n", 0o644);
    write(&outside.join("subdir/nested.yaml"), "nested", 0o644);
    let src = tmp.path().join("src");
    write(&src.join("regular.yaml"), "kind: ConfigMap\n", 0o644);
    symlink(outside.join("real.yaml"), src.join("linked.yaml")).unwrap();
    symlink(outside.join("subdir"), src.join("linkeddir")).unwrap();
    symlink(outside.join("subdir"), src.join("linkeddir2")).unwrap();
    symlink(&src, src.join("cycle")).unwrap();
    Command::new("mkfifo")
        .arg(src.join("fifo"))
        .status()
        .unwrap();

    let run = build(tmp.path(), "-p src -o out.tgz --resolve-symlinks");
    assert_eq!(run.code, 0, "{}", run.out.combined);
    let first = run.out.stderr.lines().next().unwrap().to_string();
    let staged = first.strip_prefix("► building artifact from ").unwrap();
    assert!(
        Path::new(staged)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("flux-artifact-"),
        "{first}"
    );
    assert!(!Path::new(staged).exists(), "staging dir removed");
    let es = entries(&gunzip(&tmp.path().join("out.tgz")));
    assert_eq!(
        names(&es),
        [
            ".",
            "cycle",
            "linked.yaml",
            "linkeddir",
            "linkeddir/nested.yaml",
            "linkeddir2",
            "linkeddir2/nested.yaml",
            "regular.yaml",
        ]
    );
    assert_eq!(es[0].mode, 0o700, "staging dir root");
    assert_eq!(es[1].typeflag, b'5', "cycle link becomes an empty dir");
    assert_eq!(es[2].typeflag, b'0');
    assert_eq!(es[2].size, "kind: Namespace\n".len() as u64);

    // A symlink to a single file (Test_resolveSymlinks_singleFile).
    symlink(outside.join("real.yaml"), tmp.path().join("one.yaml")).unwrap();
    let run = build(tmp.path(), "-p one.yaml -o one.tgz --resolve-symlinks");
    assert_eq!(run.code, 0, "{}", run.out.combined);
    let es = entries(&gunzip(&tmp.path().join("one.tgz")));
    assert_eq!(names(&es), [".", "one.yaml"]);

    // A dangling link cannot be resolved.
    symlink("missing", src.join("zz-dangling")).unwrap();
    let run = build(tmp.path(), "-p src -o bad.tgz --resolve-symlinks");
    assert_eq!(run.code, 1);
    assert!(
        run.out
            .stderr
            .starts_with("✗ resolving symlinks failed: stat "),
        "{}",
        run.out.stderr
    );
    assert!(!tmp.path().join("bad.tgz").exists());
}

#[test]
fn long_and_non_ascii_names_use_ustar_prefix_or_pax() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    let dir = "d".repeat(80);
    let split = format!("{dir}/{}", "f".repeat(60));
    let long = "l".repeat(150);
    write(&src.join(&split), "s", 0o644);
    write(&src.join(&long), "l", 0o644);
    write(&src.join("ünï.yaml"), "u", 0o644);
    assert_eq!(build(tmp.path(), "-p src -o out.tgz").code, 0);
    let out = tmp.path().join("out.tgz");
    let tar = gunzip(&out);
    let es = entries(&tar);
    assert_eq!(names(&es), [".", &dir, &split, &long, "ünï.yaml"]);
    assert_eq!(cstr(&es[2].raw[345..500]), dir, "USTAR prefix");
    // PAX header entries are named `PaxHeaders.0/<ASCII of base>` with type `x`.
    let pax_names: Vec<String> = tar
        .chunks(512)
        .filter(|b| b.len() == 512 && b[156] == b'x')
        .map(|b| cstr(&b[0..100]))
        .collect();
    assert_eq!(
        pax_names,
        [
            format!("PaxHeaders.0/{}", &long[..87]),
            "PaxHeaders.0/n.yaml".to_string()
        ]
    );
    let x = tmp.path().join("x");
    tar_extract(&out, &x);
    assert_eq!(fs::read_to_string(x.join(&split)).unwrap(), "s");
    assert_eq!(fs::read_to_string(x.join(&long)).unwrap(), "l");
    assert_eq!(fs::read_to_string(x.join("ünï.yaml")).unwrap(), "u");
}

#[test]
fn stdin_is_saved_to_a_random_yaml_file() {
    // Upstream Test_saveReaderToFile: trailing CR/LF trimmed. Needs a real stdin: the binary.
    let tmp = tempfile::tempdir().unwrap();
    let content = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: myapp\ndata:\n  foo: bar";
    let mut child = Command::new(env!("CARGO_BIN_EXE_flux"))
        .args(["build", "artifact", "--path=-", "--output=out.tgz"])
        .current_dir(tmp.path())
        .env_clear()
        .env("HOME", "/nonexistent-home")
        .env("TMPDIR", tmp.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{content}\r\n\n").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{stderr}");
    assert!(out.stdout.is_empty());
    let mut lines = stderr.lines();
    let first = lines.next().unwrap();
    let temp = PathBuf::from(first.strip_prefix("► building artifact from ").unwrap());
    assert_eq!(temp.parent().unwrap(), tmp.path());
    let base = temp.file_name().unwrap().to_string_lossy().into_owned();
    let digits = base.strip_suffix(".yaml").unwrap();
    assert!(
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()),
        "{base}"
    );
    assert_eq!(lines.next(), Some("✔ artifact created at out.tgz"));
    assert!(!temp.exists(), "stdin temp file removed");
    let tar = gunzip(&tmp.path().join("out.tgz"));
    let es = entries(&tar);
    assert_eq!(names(&es), [".".to_string(), base]);
    assert_eq!(es[1].mode, 0o600);
    assert_eq!(&tar[1024..1024 + content.len()], content.as_bytes());
    assert_eq!(es[1].size, content.len() as u64);
}

#[test]
fn bad_input_is_one_error_line_and_nothing_written() {
    let tmp = tempfile::tempdir().unwrap();
    write(&tmp.path().join("src/a.yaml"), "a", 0o644);
    let cases = [
        ("-o out.tgz", "✗ invalid path \"\"\n"),
        ("--path= -o out.tgz", "✗ invalid path \"\"\n"),
        (
            "-p missing -o out.tgz",
            "✗ invalid path 'missing', must point to an existing directory or file\n",
        ),
    ];
    for (args, want) in cases {
        let run = build(tmp.path(), args);
        assert_eq!((run.code, run.out.combined.as_str()), (1, want), "{args}");
    }
    assert!(!tmp.path().join("out.tgz").exists());

    // Output directory missing: the rename fails, the temp file next to the source is removed.
    let run = build(tmp.path(), "-p src -o nodir/out.tgz");
    assert_eq!(run.code, 1);
    let lines: Vec<&str> = run.out.stderr.lines().collect();
    assert_eq!(lines[0], "► building artifact from src");
    assert_eq!(lines.len(), 2, "{}", run.out.stderr);
    let err = lines[1];
    assert!(
        err.starts_with("✗ building artifact failed, error: link error: cannot rename ")
            && err.contains(" to nodir/out.tgz: rename ")
            && err.ends_with(" nodir/out.tgz: no such file or directory"),
        "{err}"
    );
    let mut left: Vec<String> = fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["src"], "no temp file and no output left behind");

    // An unreadable file (only meaningful when not running as root).
    let secret = tmp.path().join("src/secret.yaml");
    write(&secret, "s", 0o000);
    if fs::File::open(&secret).is_err() {
        fs::write(tmp.path().join("keep.tgz"), "previous").unwrap();
        let run = build(tmp.path(), "-p src -o keep.tgz");
        assert_eq!(run.code, 1);
        let err = run.out.stderr.lines().last().unwrap().to_string();
        assert_eq!(
            err,
            format!(
                "✗ building artifact failed, error: open {}: permission denied",
                secret.display()
            )
        );
        assert_eq!(fs::read(tmp.path().join("keep.tgz")).unwrap(), b"previous");
    } else {
        eprintln!("running as root: unreadable-file case skipped");
    }
}
