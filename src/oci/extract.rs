//! `flux pull artifact`'s extraction (artifacts-create.md §A.7): the tar.gz rules of fluxcd/pkg
//! `tar.Untar` (name checks, symlinks skipped, modes, mtimes), applied in a staging directory that
//! is then moved into the destination, so a failed pull leaves the destination untouched.

use std::fs::{self, File};
use std::io::{self, Read};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::go_path_error;

/// Whether the file starts with the gzip magic `1f 8b`.
pub fn is_gzip(path: &Path) -> io::Result<bool> {
    let mut magic = [0u8; 2];
    let mut f = File::open(path)?;
    let mut n = 0;
    while n < 2 {
        let r = f.read(&mut magic[n..])?;
        if r == 0 {
            return Ok(false);
        }
        n += r;
    }
    Ok(magic == [0x1f, 0x8b])
}

/// Go's `os.FileMode.String()` type letter for a tar entry type.
fn go_type_mode(t: tar::EntryType, mode: u32) -> String {
    let letter = match t {
        tar::EntryType::Char => "c",
        tar::EntryType::Block => "D",
        tar::EntryType::Fifo => "p",
        _ => "?",
    };
    let mut s = letter.to_string();
    for (i, c) in "rwxrwxrwx".chars().enumerate() {
        s.push(if mode & (1 << (8 - i)) != 0 { c } else { '-' });
    }
    s
}

/// Un-tars the gzip archive `archive` into the existing directory `dir`.
pub fn untar(archive: &Path, dir: &Path) -> Result<(), String> {
    let shown = archive.display().to_string();
    let f = File::open(archive).map_err(|e| go_path_error("open", &shown, &e))?;
    let mut ar = tar::Archive::new(flate2::read::GzDecoder::new(io::BufReader::new(f)));
    let entries = ar
        .entries()
        .map_err(|e| format!("requires gzip-compressed body: {e}"))?;
    for entry in entries {
        let mut entry = entry.map_err(|e| format!("tar error: {e}"))?;
        let name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        if name.contains('\\') || name.starts_with('/') || name.contains("../") || name == ".." {
            return Err(format!("tar contained invalid name error {name:?}"));
        }
        let header = entry.header();
        let mode = header.mode().unwrap_or(0o644);
        let mtime = header.mtime().unwrap_or(0);
        let kind = header.entry_type();
        let target = dir.join(&name);
        let target_shown = target.display().to_string();
        match kind {
            tar::EntryType::Directory => {
                if !target.is_dir() {
                    fs::DirBuilder::new()
                        .recursive(true)
                        .mode(0o750)
                        .create(&target)
                        .map_err(|e| go_path_error("mkdir", &target_shown, &e))?;
                }
                fs::set_permissions(&target, fs::Permissions::from_mode((mode & 0o7777) | 0o700))
                    .map_err(|e| go_path_error("chmod", &target_shown, &e))?;
            }
            tar::EntryType::Regular | tar::EntryType::Continuous => {
                if let Some(parent) = target.parent()
                    && !parent.is_dir()
                {
                    fs::DirBuilder::new()
                        .recursive(true)
                        .mode(0o750)
                        .create(parent)
                        .map_err(|e| go_path_error("mkdir", &parent.display().to_string(), &e))?;
                }
                let mut out = fs::OpenOptions::new()
                    .read(true)
                    .write(true)
                    .create(true)
                    .truncate(true)
                    .mode(mode & 0o777)
                    .open(&target)
                    .map_err(|e| go_path_error("open", &target_shown, &e))?;
                io::copy(&mut entry, &mut out)
                    .map_err(|e| format!("error copying file {target_shown}: {e}"))?;
                let when = SystemTime::UNIX_EPOCH + Duration::from_secs(mtime);
                out.set_modified(when)
                    .map_err(|e| go_path_error("chtimes", &target_shown, &e))?;
            }
            tar::EntryType::Symlink | tar::EntryType::Link => {}
            tar::EntryType::XHeader | tar::EntryType::XGlobalHeader => {}
            t => {
                return Err(format!(
                    "tar file entry {name} contained unsupported file type {}",
                    go_type_mode(t, mode)
                ));
            }
        }
    }
    Ok(())
}

/// Moves the contents of `from` into the existing directory `to` (shown in messages as
/// `shown_to`, the output path as given): directories present on both sides are merged, files
/// replace files, nothing in `to` is deleted. Something of the other kind in the way fails as
/// `tar.Untar` does: `mkdir <dir>: not a directory` / `open <file>: is a directory`.
pub fn move_contents(from: &Path, to: &Path, shown_to: &Path) -> Result<(), String> {
    let shown = from.display().to_string();
    let mut names: Vec<_> = fs::read_dir(from)
        .map_err(|e| go_path_error("open", &shown, &e))?
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    names.sort();
    for name in names {
        let src = from.join(&name);
        let dst = to.join(&name);
        let shown = shown_to.join(&name);
        let src_is_dir = fs::symlink_metadata(&src).is_ok_and(|m| m.is_dir());
        let dst_meta = fs::metadata(&dst).ok();
        let dst_is_dir = dst_meta.as_ref().is_some_and(|m| m.is_dir());
        if src_is_dir && dst_meta.is_some() && !dst_is_dir {
            return Err(format!("mkdir {}: not a directory", shown.display()));
        }
        if !src_is_dir && dst_is_dir {
            return Err(format!("open {}: is a directory", shown.display()));
        }
        if src_is_dir && dst_is_dir {
            let mode = fs::metadata(&src).map(|m| m.permissions()).ok();
            move_contents(&src, &dst, &shown)?;
            if let Some(m) = mode {
                let _ = fs::set_permissions(&dst, m);
            }
            continue;
        }
        if let Err(e) = fs::rename(&src, &dst) {
            if e.raw_os_error() == Some(18) && src_is_dir && !dst.exists() {
                // EXDEV: destination on another device; copy the directory entry by entry.
                let mode = fs::metadata(&src)
                    .map(|m| m.permissions().mode())
                    .unwrap_or(0o750);
                fs::DirBuilder::new()
                    .mode(mode & 0o7777)
                    .create(&dst)
                    .map_err(|e| go_path_error("mkdir", &shown.display().to_string(), &e))?;
                move_contents(&src, &dst, &shown)?;
                continue;
            }
            if e.raw_os_error() == Some(18) && !src_is_dir {
                // EXDEV: destination on another device.
                fs::copy(&src, &dst)
                    .map_err(|e| go_path_error("copy", &dst.display().to_string(), &e))?;
                continue;
            }
            return Err(format!(
                "rename {} {}: {}",
                src.display(),
                dst.display(),
                super::go_errno(&e)
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn archive(dir: &Path, entries: &[(&str, tar::EntryType, &[u8])]) -> std::path::PathBuf {
        let path = dir.join("a.tgz");
        let gz = flate2::write::GzEncoder::new(
            File::create(&path).unwrap(),
            flate2::Compression::default(),
        );
        let mut b = tar::Builder::new(gz);
        for (name, kind, data) in entries {
            let mut h = tar::Header::new_old();
            let raw = &mut h.as_old_mut().name;
            raw[..name.len()].copy_from_slice(name.as_bytes());
            h.set_entry_type(*kind);
            h.set_mode(0o640);
            h.set_size(data.len() as u64);
            h.set_mtime(0);
            if *kind == tar::EntryType::Symlink {
                h.set_link_name("/etc/passwd").unwrap();
            }
            h.set_cksum();
            b.append(&h, *data).unwrap();
        }
        b.into_inner().unwrap().finish().unwrap().flush().unwrap();
        path
    }

    #[test]
    fn untar_rejects_traversal_and_skips_symlinks() {
        let base = std::env::temp_dir().join(format!("flux-untar-{}", rand::random::<u32>()));
        fs::create_dir_all(base.join("out")).unwrap();
        for bad in ["../evil", "a/../../evil", "/abs", "a\\b"] {
            let a = archive(&base, &[(bad, tar::EntryType::Regular, b"x")]);
            assert_eq!(
                untar(&a, &base.join("out")).unwrap_err(),
                format!("tar contained invalid name error {bad:?}")
            );
        }
        let a = archive(
            &base,
            &[
                ("link", tar::EntryType::Symlink, b""),
                ("d/f", tar::EntryType::Regular, b"data"),
            ],
        );
        untar(&a, &base.join("out")).unwrap();
        assert!(fs::symlink_metadata(base.join("out/link")).is_err());
        assert_eq!(fs::read(base.join("out/d/f")).unwrap(), b"data");
        assert_eq!(
            fs::metadata(base.join("out/d/f"))
                .unwrap()
                .permissions()
                .mode()
                & 0o777,
            0o640
        );
        let a = archive(&base, &[("fifo", tar::EntryType::Fifo, b"")]);
        assert_eq!(
            untar(&a, &base.join("out")).unwrap_err(),
            "tar file entry fifo contained unsupported file type prw-r-----"
        );
        assert!(!base.join("evil").exists());
        let _ = fs::remove_dir_all(base);
    }
}
