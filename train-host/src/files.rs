//! Reading input files with a size cap.
//!
//! The cap applies to the bytes actually read, not to the size the file
//! system reports: devices and pipes report 0 (`/dev/zero` would otherwise be
//! read until memory runs out).

use std::io::Read;
use std::path::Path;

use crate::error::Error;

/// The bytes of `path`, at most `cap` of them: a longer input is an error
/// that names the file and the cap.
pub fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>, Error> {
    let file = std::fs::File::open(path).map_err(|e| Error::read(path, e))?;
    let mut bytes = Vec::new();
    file.take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Error::read(path, e))?;
    if bytes.len() as u64 > cap {
        return Err(Error::read(
            path,
            std::io::Error::other(format!(
                "larger than {cap} bytes, the most read from one file"
            )),
        ));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endless_input_stops_at_the_cap() {
        let error = read_capped(Path::new("/dev/zero"), 1000).unwrap_err();
        assert!(
            error.to_string().contains("larger than 1000 bytes"),
            "{error}"
        );
    }

    #[test]
    fn a_small_file_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x");
        std::fs::write(&path, b"12345").unwrap();
        assert_eq!(read_capped(&path, 5).unwrap(), b"12345");
        assert!(read_capped(&path, 4).is_err());
    }
}
