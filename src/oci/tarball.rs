//! The artifact tarball (artifacts-create.md §A.3): a streaming walk of the source tree written as
//! Go `archive/tar` would write it (USTAR, PAX only for names that need it, uid/gid 0, mtime 0),
//! gzip-compressed and SHA-256-hashed on the way to a temporary file next to the source, which
//! `build` then moves onto the output path. Push will upload the same temporary file.
//!
//! Deviation: the deflate stream comes from flate2 at level 6, not Go's `compress/flate`, so the
//! compressed bytes (and the digest) differ from those of the Go CLI for the same tree (§A.13);
//! the tar stream inside is byte-identical.

use std::fs::{self, File};
use std::io::{self, BufWriter, Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use flate2::Compression;
use flate2::write::GzEncoder;
use sha2::{Digest, Sha256};

use super::ignore::Matcher;
use super::{OciError, go_errno, go_path_error, temp_name};

const BLOCK: usize = 512;
/// The largest size the 12-byte octal field holds (8 GiB - 1); larger files get a PAX record.
const MAX_OCTAL_SIZE: u64 = 0o77_777_777_777;

/// What a build produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Built {
    /// `sha256:<hex>` of the gzip bytes (the layer digest of a push).
    pub digest: String,
    /// Size of the gzip file in bytes.
    pub size: u64,
    /// Number of tar entries written (directories and regular files, `.` included).
    pub entries: u64,
    /// Number of paths left out by the ignore patterns.
    pub ignored: u64,
}

/// A finished tarball in a temporary file; removed on drop unless persisted.
#[derive(Debug)]
pub struct TempArtifact {
    path: PathBuf,
    built: Built,
    keep: bool,
}

impl TempArtifact {
    /// Where the gzip file currently is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Digest, size and counts.
    pub fn built(&self) -> &Built {
        &self.built
    }

    /// Moves the file onto `dst` (chmod 0640 first), copying when a rename is impossible across
    /// devices. `shown` is how `dst` appears in error messages (the path as the user gave it).
    pub fn persist(mut self, dst: &Path, shown: &str) -> Result<Built, OciError> {
        let tmp = self.path.display().to_string();
        fs::set_permissions(&self.path, fs::Permissions::from_mode(0o640))
            .map_err(|e| OciError::Io(go_path_error("chmod", &tmp, &e)))?;
        match fs::rename(&self.path, dst) {
            Ok(()) => {}
            Err(e) if e.raw_os_error() == Some(18) => {
                // EXDEV: copy, then drop the temporary file.
                copy_file(&self.path, dst).map_err(|e| {
                    OciError::Io(format!("copying {tmp} to {shown} failed: {}", go_errno(&e)))
                })?;
                let _ = fs::remove_file(&self.path);
            }
            Err(e) => {
                return Err(OciError::Io(format!(
                    "link error: cannot rename {tmp} to {shown}: rename {tmp} {shown}: {}",
                    go_errno(&e)
                )));
            }
        }
        self.keep = true;
        Ok(self.built.clone())
    }
}

impl Drop for TempArtifact {
    fn drop(&mut self) {
        if !self.keep {
            let _ = fs::remove_file(&self.path);
        }
    }
}

fn copy_file(src: &Path, dst: &Path) -> io::Result<()> {
    let mut from = File::open(src)?;
    let mut to = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o640)
        .open(dst)?;
    io::copy(&mut from, &mut to)?;
    to.sync_all()
}

/// Builds the tarball of `source` (an absolute, existing directory or file) into a temporary
/// file created next to it (same parent directory, name = basename + random digits), as
/// upstream `oci.build` does. A single file is first staged into a fresh `oci-build-*`
/// directory under `tmp_dir`, so the archive holds `.` (0700) and that file.
pub fn build_temp(
    source: &Path,
    ignore: &Matcher,
    tmp_dir: &Path,
) -> Result<TempArtifact, OciError> {
    let shown = source.display().to_string();
    let meta = fs::metadata(source).map_err(|e| {
        if e.kind() == io::ErrorKind::NotFound {
            OciError::Io(format!("source path does not exist: {shown}"))
        } else {
            OciError::Io(format!(
                "invalid source path {shown}: {}",
                go_path_error("stat", &shown, &e)
            ))
        }
    })?;
    let parent = source.parent().unwrap_or(Path::new("/"));
    let base = source
        .file_name()
        .map(|b| b.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (path, file) = create_temp(parent, &base, "")?;
    let mut artifact = TempArtifact {
        path,
        built: Built {
            digest: String::new(),
            size: 0,
            entries: 0,
            ignored: 0,
        },
        keep: false,
    };
    let stage;
    let root = if meta.is_dir() {
        source.to_path_buf()
    } else {
        stage = super::stage::TempDir::new(tmp_dir, "oci-build-")?;
        let name = source.file_name().unwrap_or_default();
        let dst = stage.path().join(name);
        super::stage::copy_file_contents(source, &dst, meta.permissions().mode())
            .map_err(OciError::Io)?;
        stage.path().to_path_buf()
    };
    artifact.built = write_tar_gz(&root, ignore, file)?;
    Ok(artifact)
}

/// Builds `source` into `output` (temporary file next to the source, then rename).
pub fn build(
    source: &Path,
    output: &Path,
    output_shown: &str,
    ignore: &Matcher,
    tmp_dir: &Path,
) -> Result<Built, OciError> {
    build_temp(source, ignore, tmp_dir)?.persist(output, output_shown)
}

/// Creates `dir/<prefix><random digits><suffix>` exclusively (Go `os.CreateTemp`), mode 0600.
pub(crate) fn create_temp(
    dir: &Path,
    prefix: &str,
    suffix: &str,
) -> Result<(PathBuf, File), OciError> {
    for _ in 0..10_000 {
        let path = dir.join(temp_name(prefix, suffix));
        match fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)
        {
            Ok(f) => return Ok((path, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => {
                let shown = dir.join(format!("{prefix}*{suffix}")).display().to_string();
                return Err(OciError::Io(go_path_error("open", &shown, &e)));
            }
        }
    }
    Err(OciError::Io(format!(
        "open {}: file exists",
        dir.join(prefix).display()
    )))
}

/// A writer that hashes and counts what passes through it.
struct HashingWriter<W> {
    inner: W,
    hasher: Sha256,
    count: u64,
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.count += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Streams the tar.gz of the tree at `root` into `out`, hashing the compressed bytes.
pub fn write_tar_gz<W: Write>(root: &Path, ignore: &Matcher, out: W) -> Result<Built, OciError> {
    let hashing = HashingWriter {
        inner: BufWriter::with_capacity(128 * 1024, out),
        hasher: Sha256::new(),
        count: 0,
    };
    let gz = GzEncoder::new(hashing, Compression::new(6));
    let mut tw = TarWriter::new(BufWriter::with_capacity(128 * 1024, gz));
    let mut counts = (0u64, 0u64);
    walk(root, &mut tw, ignore, &mut counts)?;
    let gz = tw
        .finish()
        .map_err(io_err)?
        .into_inner()
        .map_err(|e| io_err(e.into_error()))?;
    let mut hashing = gz.finish().map_err(io_err)?;
    hashing.flush().map_err(io_err)?;
    let HashingWriter {
        inner,
        hasher,
        count,
    } = hashing;
    inner.into_inner().map_err(|e| io_err(e.into_error()))?;
    Ok(Built {
        digest: format!("sha256:{}", hex(&hasher.finalize())),
        size: count,
        entries: counts.0,
        ignored: counts.1,
    })
}

fn io_err(e: io::Error) -> OciError {
    OciError::Io(go_errno(&e))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Go `filepath.WalkDir` from `root`: pre-order, names sorted bytewise, no symlinks followed.
fn walk<W: Write>(
    root: &Path,
    tw: &mut TarWriter<W>,
    ignore: &Matcher,
    counts: &mut (u64, u64),
) -> Result<(), OciError> {
    let shown = root.display().to_string();
    let meta =
        fs::symlink_metadata(root).map_err(|e| OciError::Io(go_path_error("lstat", &shown, &e)))?;
    let mut rel: Vec<Vec<u8>> = Vec::new();
    visit(root, &meta, &mut rel, tw, ignore, counts)
}

fn visit<W: Write>(
    path: &Path,
    meta: &fs::Metadata,
    rel: &mut Vec<Vec<u8>>,
    tw: &mut TarWriter<W>,
    ignore: &Matcher,
    counts: &mut (u64, u64),
) -> Result<(), OciError> {
    let ft = meta.file_type();
    if !(ft.is_file() || ft.is_dir()) {
        // Symlinks, sockets, devices, FIFOs: skipped silently.
        return Ok(());
    }
    let excluded = !ignore.is_empty() && {
        let parts: Vec<String> = rel
            .iter()
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect();
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        ignore.is_excluded(&parts, ft.is_dir())
    };
    let shown = || path.display().to_string();
    if excluded {
        counts.1 += 1;
    } else {
        let name = if rel.is_empty() {
            b".".to_vec()
        } else {
            rel.join(&b'/')
        };
        let mode = meta.mode() & 0o7777;
        if ft.is_dir() {
            tw.header(&name, mode, 0, b'5').map_err(io_err)?;
        } else {
            let size = meta.len();
            let mut f =
                File::open(path).map_err(|e| OciError::Io(go_path_error("open", &shown(), &e)))?;
            tw.header(&name, mode, size, b'0').map_err(io_err)?;
            tw.copy_body(&mut f, size).map_err(|e| match e {
                BodyError::Read(e) => OciError::Io(go_path_error("read", &shown(), &e)),
                BodyError::Write(e) => io_err(e),
                BodyError::Short(n) => {
                    OciError::Io(format!("archive/tar: missed writing {n} bytes"))
                }
                BodyError::Long => OciError::Io("archive/tar: write too long".to_string()),
            })?;
        }
        counts.0 += 1;
    }
    if ft.is_dir() {
        let mut entries: Vec<(Vec<u8>, PathBuf)> = fs::read_dir(path)
            .map_err(|e| OciError::Io(go_path_error("open", &shown(), &e)))?
            .map(|e| e.map(|e| (e.file_name().as_bytes().to_vec(), e.path())))
            .collect::<Result<_, _>>()
            .map_err(|e| OciError::Io(go_path_error("readdirent", &shown(), &e)))?;
        entries.sort();
        for (name, child) in entries {
            let cmeta = match fs::symlink_metadata(&child) {
                Ok(m) => m,
                // Vanished between readdir and lstat: WalkDir reports it, but only as a
                // not-exist error that fluxcd's walk returns; keep it an error.
                Err(e) => {
                    return Err(OciError::Io(go_path_error(
                        "lstat",
                        &child.display().to_string(),
                        &e,
                    )));
                }
            };
            rel.push(name);
            visit(&child, &cmeta, rel, tw, ignore, counts)?;
            rel.pop();
        }
    }
    Ok(())
}

enum BodyError {
    Read(io::Error),
    Write(io::Error),
    Short(u64),
    Long,
}

/// A minimal Go-compatible tar writer (only what artifacts need: files and directories).
pub(crate) struct TarWriter<W: Write> {
    out: W,
}

impl<W: Write> TarWriter<W> {
    pub(crate) fn new(out: W) -> Self {
        Self { out }
    }

    /// Writes the header block(s) for one entry, choosing USTAR or PAX like Go's `WriteHeader`.
    pub(crate) fn header(
        &mut self,
        name: &[u8],
        mode: u32,
        size: u64,
        typeflag: u8,
    ) -> io::Result<()> {
        let blocks = header_blocks(name, mode, size, typeflag);
        self.out.write_all(&blocks)
    }

    fn copy_body(&mut self, src: &mut File, size: u64) -> Result<(), BodyError> {
        let mut buf = vec![0u8; 64 * 1024];
        let mut left = size;
        while left > 0 {
            let want = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
            let n = match src.read(&mut buf[..want]) {
                Ok(0) => return Err(BodyError::Short(left)),
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(BodyError::Read(e)),
            };
            self.out.write_all(&buf[..n]).map_err(BodyError::Write)?;
            left -= n as u64;
        }
        let mut one = [0u8; 1];
        match src.read(&mut one) {
            Ok(0) => {}
            Ok(_) => return Err(BodyError::Long),
            Err(e) => return Err(BodyError::Read(e)),
        }
        let pad = (BLOCK - (size % BLOCK as u64) as usize) % BLOCK;
        self.out
            .write_all(&[0u8; BLOCK][..pad])
            .map_err(BodyError::Write)
    }

    /// Writes the two end-of-archive blocks (no padding to a record) and returns the writer.
    pub(crate) fn finish(mut self) -> io::Result<W> {
        self.out.write_all(&[0u8; 2 * BLOCK])?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Go `splitUSTARPath`.
fn split_ustar(name: &[u8]) -> Option<(&[u8], &[u8])> {
    let mut length = name.len();
    if length <= 100 || !name.is_ascii() {
        return None;
    } else if length > 156 {
        length = 156;
    } else if name[length - 1] == b'/' {
        length -= 1;
    }
    let i = name[..length].iter().rposition(|&b| b == b'/')?;
    let nlen = name.len() - i - 1;
    if i == 0 || nlen > 100 || nlen == 0 || i > 155 {
        return None;
    }
    Some((&name[..i], &name[i + 1..]))
}

/// The header block(s) Go's `tar.Writer.WriteHeader` emits for a header with the given name,
/// mode, size and type, uid = gid = 0, empty user/group names and a zero ModTime.
pub(crate) fn header_blocks(name: &[u8], mode: u32, size: u64, typeflag: u8) -> Vec<u8> {
    let long = name.len() > 100;
    let ascii = name.is_ascii();
    let size_fits = size <= MAX_OCTAL_SIZE;
    let split = split_ustar(name);
    let ustar_ok = size_fits && (!long && ascii || split.is_some());
    if ustar_ok {
        let (prefix, base) = split.unwrap_or((&[], name));
        let mut blk = v7_plus(base, mode, size, typeflag);
        put_str(&mut blk[345..500], prefix);
        set_format(&mut blk);
        return blk.to_vec();
    }
    // PAX: records for what USTAR cannot hold, sorted by key.
    let mut records: Vec<u8> = Vec::new();
    if long || !ascii {
        records.extend(pax_record(b"path", name));
    }
    if !size_fits {
        records.extend(pax_record(b"size", size.to_string().as_bytes()));
    }
    let mut out = Vec::new();
    // The extended header entry: `<dir>/PaxHeaders.0/<base>`, ASCII only, ≤ 100 bytes.
    let (dir, file) = match name.iter().rposition(|&b| b == b'/') {
        Some(i) => (&name[..i], &name[i + 1..]),
        None => (&name[..0], name),
    };
    let mut xname = Vec::new();
    if !dir.is_empty() {
        xname.extend_from_slice(dir);
        xname.push(b'/');
    }
    xname.extend_from_slice(b"PaxHeaders.0/");
    xname.extend_from_slice(file);
    let mut xname = to_ascii(&xname);
    xname.truncate(100);
    while xname.last() == Some(&b'/') {
        xname.pop();
    }
    let mut xblk = [0u8; BLOCK];
    put_str(&mut xblk[0..100], &xname);
    put_octal(&mut xblk[100..108], 0);
    put_octal(&mut xblk[108..116], 0);
    put_octal(&mut xblk[116..124], 0);
    put_octal(&mut xblk[124..136], records.len() as u64);
    put_octal(&mut xblk[136..148], 0);
    xblk[156] = b'x';
    set_format(&mut xblk);
    out.extend_from_slice(&xblk);
    out.extend_from_slice(&records);
    let pad = (BLOCK - records.len() % BLOCK) % BLOCK;
    out.extend(std::iter::repeat_n(0u8, pad));
    // The main header: the name field holds the first 100 bytes.
    let mut blk = v7_plus(name, mode, if size_fits { size } else { 0 }, typeflag);
    if long && name[99] == b'/' {
        let n = name[..99]
            .iter()
            .rposition(|&b| b != b'/')
            .map_or(0, |i| i + 1);
        blk[n] = 0;
    }
    set_format(&mut blk);
    out.extend_from_slice(&blk);
    out
}

/// Go `templateV7Plus` with uid/gid 0, mtime 0, no link name, no user/group names.
fn v7_plus(name: &[u8], mode: u32, size: u64, typeflag: u8) -> [u8; BLOCK] {
    let mut blk = [0u8; BLOCK];
    put_str(&mut blk[0..100], name);
    put_octal(&mut blk[100..108], u64::from(mode));
    put_octal(&mut blk[108..116], 0);
    put_octal(&mut blk[116..124], 0);
    put_octal(&mut blk[124..136], size);
    put_octal(&mut blk[136..148], 0);
    blk[156] = typeflag;
    put_octal(&mut blk[329..337], 0);
    put_octal(&mut blk[337..345], 0);
    blk
}

/// Go `formatString`: copy (truncating), NUL-terminate when there is room.
fn put_str(field: &mut [u8], s: &[u8]) {
    let n = s.len().min(field.len());
    field[..n].copy_from_slice(&s[..n]);
    if s.len() < field.len() {
        field[s.len()] = 0;
    }
}

/// Go `formatOctal`: zero-padded octal leaving room for a trailing NUL.
fn put_octal(field: &mut [u8], v: u64) {
    let s = format!("{v:o}");
    let width = field.len() - 1;
    let s = if s.len() < width {
        format!("{}{s}", "0".repeat(width - s.len()))
    } else {
        s
    };
    put_str(field, s.as_bytes());
}

/// Go `block.SetFormat(FormatUSTAR|FormatPAX)`: magic `ustar\0`, version `00`, checksum as six
/// octal digits, NUL, space.
fn set_format(blk: &mut [u8; BLOCK]) {
    blk[257..263].copy_from_slice(b"ustar\0");
    blk[263..265].copy_from_slice(b"00");
    blk[148..156].copy_from_slice(b"        ");
    let sum: u64 = blk.iter().map(|&b| u64::from(b)).sum();
    put_octal(&mut blk[148..155], sum);
    blk[155] = b' ';
}

/// Go `formatPAXRecord`: `"<len> <key>=<value>\n"`, the length counting itself.
fn pax_record(key: &[u8], value: &[u8]) -> Vec<u8> {
    let body = key.len() + value.len() + 3; // ' ', '=', '\n'
    let mut size = body + body.to_string().len();
    // Adding the length field may itself lengthen the record by one digit.
    if body + size.to_string().len() != size {
        size = body + size.to_string().len();
    }
    let mut rec = format!("{size} ").into_bytes();
    rec.extend_from_slice(key);
    rec.push(b'=');
    rec.extend_from_slice(value);
    rec.push(b'\n');
    rec
}

/// Go `toASCII`: drops every rune that is not ASCII (or is NUL).
fn to_ascii(s: &[u8]) -> Vec<u8> {
    String::from_utf8_lossy(s)
        .chars()
        .filter(|&c| c.is_ascii() && c != '\0')
        .map(|c| c as u8)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ustar_header_layout() {
        let b = header_blocks(b"deploy/app.yaml", 0o644, 5, b'0');
        assert_eq!(b.len(), 512);
        assert_eq!(&b[0..15], b"deploy/app.yaml");
        assert_eq!(&b[100..108], b"0000644\0");
        assert_eq!(&b[108..116], b"0000000\0");
        assert_eq!(&b[124..136], b"00000000005\0");
        assert_eq!(&b[136..148], b"00000000000\0");
        assert_eq!(b[155], b' ');
        assert_eq!(b[154], 0);
        assert_eq!(&b[257..265], b"ustar\x0000");
        assert_eq!(&b[329..337], b"0000000\0");
        assert!(b[265..329].iter().all(|&c| c == 0), "empty uname/gname");
    }

    #[test]
    fn long_names_split_or_pax() {
        let dir = "d".repeat(60);
        let name = format!("{dir}/{}", "f".repeat(60));
        let b = header_blocks(name.as_bytes(), 0o644, 0, b'0');
        assert_eq!(b.len(), 512, "splittable: USTAR prefix");
        assert_eq!(&b[345..405], dir.as_bytes());
        assert_eq!(&b[0..60], "f".repeat(60).as_bytes());

        let name = "x".repeat(120);
        let b = header_blocks(name.as_bytes(), 0o644, 0, b'0');
        assert_eq!(b.len(), 3 * 512);
        assert_eq!(&b[0..21], b"PaxHeaders.0/xxxxxxxx");
        assert_eq!(b[156], b'x');
        let rec = format!("130 path={name}\n");
        assert_eq!(&b[512..512 + rec.len()], rec.as_bytes());

        let b = header_blocks("dir/é.yaml".as_bytes(), 0o600, 0, b'0');
        assert_eq!(&b[0..22], b"dir/PaxHeaders.0/.yaml");
    }

    #[test]
    fn pax_record_length_counts_itself() {
        assert_eq!(pax_record(b"path", b"a"), b"9 path=a\n");
        let r = pax_record(b"path", &[b'a'; 91]);
        assert_eq!(&r[..4], b"101 ");
        assert_eq!(r.len(), 101);
    }
}
