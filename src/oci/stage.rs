//! Input staging before a build (artifacts-create.md §A.3.2): stdin saved to a `<digits>.yaml`
//! temp file, and `--resolve-symlinks` copying the tree into a `flux-artifact-*` temp directory
//! with every symlink followed. Temp directories are removed on drop.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use super::{OciError, go_path_error, temp_name};

/// A temporary directory (Go `os.MkdirTemp`, mode 0700), removed with its contents on drop.
#[derive(Debug)]
pub struct TempDir {
    path: PathBuf,
}

impl TempDir {
    /// Creates `<dir>/<prefix><random digits>`.
    pub fn new(dir: &Path, prefix: &str) -> Result<Self, OciError> {
        for _ in 0..10_000 {
            let path = dir.join(temp_name(prefix, ""));
            match fs::DirBuilder::new().mode(0o700).create(&path) {
                Ok(()) => return Ok(Self { path }),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => {
                    let shown = dir.join(format!("{prefix}*")).display().to_string();
                    return Err(OciError::Io(go_path_error("mkdir", &shown, &e)));
                }
            }
        }
        Err(OciError::Io(format!(
            "mkdir {}: file exists",
            dir.display()
        )))
    }

    /// The directory.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.path);
    }
}

/// A temporary file removed on drop.
#[derive(Debug)]
pub struct TempFile {
    path: PathBuf,
}

impl TempFile {
    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// Saves `reader` (stdin) to `<tmp_dir>/<random digits>.yaml`, trailing `\r`/`\n` trimmed
/// (upstream `saveReaderToFile`; the whole input is read first, as upstream does).
pub fn save_reader_to_file(reader: &mut dyn Read, tmp_dir: &Path) -> Result<TempFile, OciError> {
    let mut data = Vec::new();
    reader
        .read_to_end(&mut data)
        .map_err(|e| OciError::Io(format!("read /dev/stdin: {}", super::go_errno(&e))))?;
    while matches!(data.last(), Some(b'\r' | b'\n')) {
        data.pop();
    }
    let (path, mut file) = super::tarball::create_temp(tmp_dir, "", ".yaml")?;
    let temp = TempFile { path };
    file.write_all(&data)
        .map_err(|e| OciError::Io(go_path_error("write", &temp.path.display().to_string(), &e)))?;
    Ok(temp)
}

/// Copies a regular file's contents to `dst`, created with `mode` (permission bits, reduced
/// by the umask, as Go's `os.OpenFile` does). Errors are Go-style text.
pub fn copy_file_contents(src: &Path, dst: &Path, mode: u32) -> Result<(), String> {
    let mut from =
        File::open(src).map_err(|e| go_path_error("open", &src.display().to_string(), &e))?;
    let mut to = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(mode & 0o777)
        .open(dst)
        .map_err(|e| go_path_error("open", &dst.display().to_string(), &e))?;
    io::copy(&mut from, &mut to)
        .map_err(|e| go_path_error("read", &src.display().to_string(), &e))?;
    Ok(())
}

/// `--resolve-symlinks`: copies `path` into a fresh `flux-artifact-*` directory under
/// `tmp_dir`, following every symlink. Returns the path to build from (the temp directory for
/// a directory source, the copied file for a file source) and the directory to clean up.
pub fn resolve_symlinks(path: &Path, tmp_dir: &Path) -> Result<(PathBuf, TempDir), OciError> {
    let shown = path.display().to_string();
    let meta = fs::metadata(path).map_err(|e| OciError::Io(go_path_error("stat", &shown, &e)))?;
    let dir = TempDir::new(tmp_dir, "flux-artifact-")?;
    if meta.is_dir() {
        let mut stack = HashSet::new();
        copy_tree(path, dir.path(), &mut stack).map_err(OciError::Io)?;
        let resolved = dir.path().to_path_buf();
        Ok((resolved, dir))
    } else {
        let name = path.file_name().unwrap_or_default();
        let dst = dir.path().join(name);
        copy_file_contents(path, &dst, meta.permissions().mode()).map_err(OciError::Io)?;
        Ok((dst, dir))
    }
}

/// Copies the contents of directory `src` into the existing directory `dst`, following links;
/// `stack` holds the canonical paths of the directories being copied (cycle breaking).
fn copy_tree(src: &Path, dst: &Path, stack: &mut HashSet<PathBuf>) -> Result<(), String> {
    let shown = src.display().to_string();
    let real = fs::canonicalize(src).map_err(|e| go_path_error("lstat", &shown, &e))?;
    stack.insert(real.clone());
    let mut entries: Vec<_> = fs::read_dir(src)
        .map_err(|e| go_path_error("open", &shown, &e))?
        .collect::<Result<_, _>>()
        .map_err(|e| go_path_error("readdirent", &shown, &e))?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let from = entry.path();
        let to = dst.join(entry.file_name());
        let from_shown = from.display().to_string();
        let meta = fs::metadata(&from).map_err(|e| go_path_error("stat", &from_shown, &e))?;
        if meta.is_dir() {
            fs::DirBuilder::new()
                .mode(meta.permissions().mode() & 0o777)
                .create(&to)
                .map_err(|e| go_path_error("mkdir", &to.display().to_string(), &e))?;
            let target =
                fs::canonicalize(&from).map_err(|e| go_path_error("lstat", &from_shown, &e))?;
            if stack.contains(&target) {
                // A link back into a directory being copied: left as an empty directory.
                continue;
            }
            copy_tree(&from, &to, stack)?;
        } else if meta.is_file() {
            copy_file_contents(&from, &to, meta.permissions().mode())?;
        }
        // Anything else (sockets, FIFOs, devices) is skipped.
    }
    stack.remove(&real);
    Ok(())
}
