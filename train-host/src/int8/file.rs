//! Model files on the host: read with a size cap, validated by stitch-core,
//! every error naming the file.

use std::path::Path;

use stitch_core::Model;

use crate::error::Error;

/// Largest model file the CLI reads (the format allows 32 layers of at most
/// 16,384 x 16,384; real models are far smaller).
pub const MAX_MODEL_BYTES: u64 = 256 << 20;

/// Reads and validates a model file.
pub fn read(path: &Path) -> Result<Vec<u8>, Error> {
    let bytes = crate::files::read_capped(path, MAX_MODEL_BYTES)?;
    parse(&bytes, path)?;
    Ok(bytes)
}

/// The model in `bytes` (read from `path`), or stitch-core's reason, with the
/// command that re-exports a file of an older format version.
pub fn parse<'b>(bytes: &'b [u8], path: &Path) -> Result<Model<'b>, Error> {
    Model::from_bytes(bytes).map_err(|error| {
        let hint = match error {
            stitch_core::Error::UnsupportedVersion { found, supported } if found < supported => {
                format!(
                    ": re-export it with `stitch quantize --model {} --out NEW.stitch`",
                    path.display()
                )
            }
            _ => String::new(),
        };
        Error::model(path, format!("not a valid stitch model: {error}{hint}"))
    })
}
