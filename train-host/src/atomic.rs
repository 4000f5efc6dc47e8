//! Atomic file output: every file the CLI writes goes through here.
//!
//! A crash or a full disk must never leave a half-written model that the
//! firmware or `stitch eval` would later load. We write into a temporary file
//! in the SAME directory (so the final rename cannot cross file systems) and
//! rename it over the destination only once it is complete.
//!
//! What `--out` may name: a regular file (replaced), a new file (created), or
//! a symbolic link, which is followed: its target is written atomically and
//! the link stays. A device, pipe, socket or directory is refused: renaming
//! over `/dev/null` would replace the device with a regular file.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// The directory a path lives in (`.` for a bare file name).
fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Symbolic links followed at most (a loop fails at this depth).
const MAX_LINKS: usize = 32;

/// The file `path` stands for: itself, or the end of its chain of symbolic
/// links; an error if that exists and is not a regular file.
fn destination(path: &Path) -> Result<PathBuf, Error> {
    let mut target = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let metadata = match std::fs::symlink_metadata(&target) {
            Ok(metadata) => metadata,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(target),
            Err(e) => return Err(Error::write(path, e)),
        };
        let kind = metadata.file_type();
        if kind.is_symlink() {
            let link = std::fs::read_link(&target).map_err(|e| Error::write(path, e))?;
            target = parent_dir(&target).join(link);
            continue;
        }
        if kind.is_file() {
            return Ok(target);
        }
        let what = if kind.is_dir() {
            "a directory"
        } else {
            "not a regular file (a device, pipe or socket)"
        };
        return Err(Error::write(
            path,
            std::io::Error::other(format!(
                "{} is {what}: outputs are regular files",
                target.display()
            )),
        ));
    }
    Err(Error::write(
        path,
        std::io::Error::other(format!("more than {MAX_LINKS} symbolic links (a loop?)")),
    ))
}

/// Checks that `path` can be written: the destination is (or will be) a
/// regular file, and its directory exists and takes new files, or can be
/// created (the nearest existing ancestor takes new files; nothing is
/// created now, so a command that fails later leaves no empty directory).
/// Commands call this BEFORE long work (training) so that a bad `--out`
/// fails in a second rather than after a minute.
pub fn ensure_writable(path: &Path) -> Result<(), Error> {
    let target = destination(path)?;
    let mut dir = parent_dir(&target);
    while !dir.exists() {
        match dir.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => dir = parent.to_path_buf(),
            _ => dir = PathBuf::from("."),
        }
    }
    if !dir.is_dir() {
        return Err(Error::write(
            path,
            std::io::Error::other(format!("{} is not a directory", dir.display())),
        ));
    }
    tempfile::NamedTempFile::new_in(&dir).map_err(|e| Error::write(path, e))?;
    Ok(())
}

/// Temporary files older than this in a directory we write to are left
/// over from a killed run (`kill -9` during a write), and removed.
const STALE_TEMPORARY: std::time::Duration = std::time::Duration::from_secs(3600);

/// Removes `.stitch-tmp-*` files in `dir` older than [`STALE_TEMPORARY`];
/// a failure to remove one is no reason to fail the write.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let stale = entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX)
            && entry
                .metadata()
                .ok()
                .and_then(|m| m.modified().ok())
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > STALE_TEMPORARY);
        if stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// What temporary files start with.
const TEMP_PREFIX: &str = ".stitch-tmp-";

/// Writes `bytes` to `path` atomically.
pub fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    write_with(path, |tmp| write_file(tmp, bytes))
}

/// Lets `fill` write the temporary file by path (for writers such as candle's
/// safetensors `save` that want a path), then renames it over `path`.
pub fn write_with<F>(path: &Path, fill: F) -> Result<(), Error>
where
    F: FnOnce(&Path) -> std::io::Result<()>,
{
    let (tmp, target) = filled(path, fill)?;
    // On failure the temporary file is dropped, and so deleted.
    tmp.persist(&target)
        .map_err(|e| Error::write(path, e.error))?;
    Ok(())
}

/// Writes several files as one set (a model, its float weights, its card):
/// every file is complete in a temporary file beside its destination before
/// any destination is replaced, so a failure while writing (a full disk)
/// leaves the previous set whole. The renames come last, in order.
pub fn write_set(files: &[(&Path, &[u8])]) -> Result<(), Error> {
    let mut ready = Vec::with_capacity(files.len());
    for &(path, bytes) in files {
        let (tmp, target) = filled(path, |tmp| write_file(tmp, bytes))?;
        ready.push((path, tmp, target));
    }
    for (path, tmp, target) in ready {
        tmp.persist(&target)
            .map_err(|e| Error::write(path, e.error))?;
    }
    Ok(())
}

/// `bytes` into the existing file `path`, synced.
fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new().write(true).open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// A temporary file beside `path`'s destination, filled by `fill` and made
/// readable, with the destination it is to replace.
fn filled<F>(path: &Path, fill: F) -> Result<(tempfile::NamedTempFile, PathBuf), Error>
where
    F: FnOnce(&Path) -> std::io::Result<()>,
{
    ensure_writable(path)?;
    let target = destination(path)?;
    let dir = parent_dir(&target);
    std::fs::create_dir_all(&dir).map_err(|e| Error::write(path, e))?;
    remove_stale_temporaries(&dir);
    let tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(&dir)
        .map_err(|e| Error::write(path, e))?;
    fill(tmp.path()).map_err(|e| Error::write(path, e))?;
    // Temporary files are created owner-only (0600); outputs are ordinary
    // files that other users and tools should be able to read.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o644))
            .map_err(|e| Error::write(path, e))?;
    }
    Ok((tmp, target))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("sub").join("x.bin");
        write_bytes(&path, b"one").expect("first write");
        write_bytes(&path, b"two").expect("second write");
        assert_eq!(std::fs::read(&path).expect("read"), b"two");
        // No temporary files are left behind.
        let n = std::fs::read_dir(path.parent().expect("parent"))
            .expect("read_dir")
            .count();
        assert_eq!(n, 1);
    }

    #[test]
    fn failed_fill_leaves_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("x.bin");
        let r = write_with(&path, |_| Err(std::io::Error::other("boom")));
        assert!(r.is_err());
        assert_eq!(std::fs::read_dir(dir.path()).expect("read_dir").count(), 0);
    }

    /// A write that fails half-way (after part of the new model went out)
    /// leaves the previous model byte for byte, and no temporary file.
    #[test]
    fn failure_half_way_keeps_the_previous_model() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("model.stitch");
        let previous = b"STCH previous model".to_vec();
        write_bytes(&path, &previous).expect("first write");
        let result = write_with(&path, |tmp| {
            let mut file = std::fs::OpenOptions::new().write(true).open(tmp)?;
            file.write_all(b"STCH half of the new")?;
            Err(std::io::Error::other("disk full half-way"))
        });
        let error = result.expect_err("the write must fail");
        assert!(error.to_string().contains("disk full half-way"), "{error}");
        assert_eq!(std::fs::read(&path).expect("read"), previous);
        assert_eq!(std::fs::read_dir(dir.path()).expect("read_dir").count(), 1);
    }

    /// A symlinked `--out` keeps its link; the target gets the bytes.
    #[cfg(unix)]
    #[test]
    fn symlink_is_followed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("real.bin");
        let link = dir.path().join("link.bin");
        std::os::unix::fs::symlink("real.bin", &link).expect("symlink");
        write_bytes(&link, b"through the link").expect("write");
        assert!(std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read(&target).expect("target"), b"through the link");
    }

    /// A pipe (like a device) is refused, and stays what it was.
    #[cfg(unix)]
    #[test]
    fn special_file_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo");
        assert!(made.success());
        let err = write_bytes(&fifo, b"x").expect_err("a pipe is not an output file");
        assert!(err.to_string().contains("not a regular file"), "{err}");
        use std::os::unix::fs::FileTypeExt;
        assert!(std::fs::symlink_metadata(&fifo)
            .expect("fifo")
            .file_type()
            .is_fifo());
        let dir_err = write_bytes(dir.path(), b"x").expect_err("a directory");
        assert!(dir_err.to_string().contains("a directory"), "{dir_err}");
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loop_is_an_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = dir.path().join("a");
        std::os::unix::fs::symlink("b", &a).expect("symlink");
        std::os::unix::fs::symlink("a", dir.path().join("b")).expect("symlink");
        let err = write_bytes(&a, b"x").expect_err("a loop");
        assert!(err.to_string().contains("symbolic links"), "{err}");
    }

    /// A set whose last file cannot be written replaces none of the set.
    #[test]
    fn failed_set_keeps_the_previous_set() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (a, b) = (dir.path().join("m.stitch"), dir.path().join("m.json"));
        write_set(&[(&a, b"old model"), (&b, b"old card")]).expect("first set");
        let blocked = dir.path().join("sub");
        std::fs::write(&blocked, b"a file where a directory should be").expect("write");
        let c = blocked.join("m.safetensors");
        let result = write_set(&[(&a, b"new model"), (&b, b"new card"), (&c, b"new weights")]);
        assert!(result.is_err());
        assert_eq!(std::fs::read(&a).expect("read"), b"old model");
        assert_eq!(std::fs::read(&b).expect("read"), b"old card");
        assert_eq!(
            std::fs::read_dir(dir.path()).expect("dir").count(),
            3,
            "no temporary left"
        );
    }

    /// Checking creates nothing; a temporary file left by a killed run an
    /// hour ago goes at the next write into its directory.
    #[test]
    fn checks_create_nothing_and_stale_temporaries_go() {
        let dir = tempfile::tempdir().expect("tempdir");
        let deep = dir.path().join("a").join("b").join("m.stitch");
        ensure_writable(&deep).expect("writable");
        assert!(
            !dir.path().join("a").exists(),
            "the check created a directory"
        );

        let stale = dir.path().join(".stitch-tmp-killed");
        std::fs::write(&stale, b"half a model").expect("write");
        let old = std::time::SystemTime::now() - 2 * STALE_TEMPORARY;
        std::fs::File::options()
            .write(true)
            .open(&stale)
            .and_then(|f| f.set_modified(old))
            .expect("age it");
        let fresh = dir.path().join(".stitch-tmp-running");
        std::fs::write(&fresh, b"another write in progress").expect("write");
        write_bytes(&dir.path().join("m.stitch"), b"model").expect("write");
        assert!(!stale.exists(), "the stale temporary is still there");
        assert!(fresh.exists(), "a recent temporary may be another run's");
    }

    #[test]
    fn unwritable_dir_is_an_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("file");
        std::fs::write(&file, b"x").expect("write");
        // A path "under" a regular file can never be created.
        let err = write_bytes(&file.join("x.bin"), b"y").expect_err("must fail");
        assert!(err.to_string().contains("cannot write"), "{err}");
    }
}
