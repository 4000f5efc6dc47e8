//! Batches of model inputs and outputs in files: NumPy `.npy` (int8, uint8
//! or float32, C order) or raw `.bin` (int8 bytes, or float32 little-endian
//! for outputs), by extension.

use std::path::Path;

use crate::error::Error;

/// Largest array file `stitch run` reads.
pub const MAX_ARRAY_BYTES: u64 = 1 << 30;

/// The values of an array file, by element type.
#[derive(Debug, Clone, PartialEq)]
pub enum Values {
    Int8(Vec<i8>),
    Uint8(Vec<u8>),
    Float32(Vec<f32>),
}

/// An array read from a file: its values and shape (`[len]` for a `.bin`).
#[derive(Debug, Clone, PartialEq)]
pub struct Array {
    pub values: Values,
    pub shape: Vec<usize>,
}

impl Values {
    /// The element type's NumPy name.
    pub fn dtype(&self) -> &'static str {
        match self {
            Values::Int8(_) => "int8",
            Values::Uint8(_) => "uint8",
            Values::Float32(_) => "float32",
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Values::Int8(v) => v.len(),
            Values::Uint8(v) => v.len(),
            Values::Float32(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Which kind of file a path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Npy,
    Bin,
}

/// The kind of `path` from its extension; anything else is an error naming it.
pub fn kind(path: &Path) -> Result<Kind, Error> {
    match path.extension().and_then(|e| e.to_str()) {
        Some("npy") => Ok(Kind::Npy),
        Some("bin") => Ok(Kind::Bin),
        _ => Err(Error::Usage(format!(
            "{}: expected a .npy or .bin file",
            path.display()
        ))),
    }
}

/// Reads an array file.
pub fn read(path: &Path) -> Result<Array, Error> {
    let kind = kind(path)?;
    let bytes = crate::files::read_capped(path, MAX_ARRAY_BYTES)?;
    match kind {
        Kind::Bin => Ok(Array {
            shape: vec![bytes.len()],
            values: Values::Int8(bytes.into_iter().map(|b| b as i8).collect()),
        }),
        Kind::Npy => read_npy(&bytes).map_err(|problem| Error::Input {
            path: path.to_path_buf(),
            problem,
        }),
    }
}

fn read_npy(bytes: &[u8]) -> Result<Array, String> {
    let mut data = bytes;
    let header = npyz::NpyHeader::from_reader(&mut data)
        .map_err(|e| format!("not a NumPy .npy file: {e}"))?;
    if header.order() != npyz::Order::C {
        return Err("Fortran-ordered arrays are not read; save with C order".into());
    }
    let shape: Vec<usize> = header.shape().iter().map(|&d| d as usize).collect();
    let descr = header.dtype().descr();
    let width = match descr.as_str() {
        "'|i1'" | "'|u1'" => 1,
        "'<f4'" => 4,
        other => {
            return Err(format!(
                "dtype {other}: stitch reads int8, uint8 or float32 (little-endian)"
            ))
        }
    };
    // The data must be exactly what the header's shape promises: checked
    // before anything is allocated for it (a header alone could claim terabytes).
    let needed = shape
        .iter()
        .try_fold(width, |n: usize, &d| n.checked_mul(d));
    if needed != Some(data.len()) {
        return Err(format!(
            "the header's shape {shape:?} of {descr} needs {} bytes of data, the file holds {}",
            needed.map_or("more than 2^64".to_string(), |n| n.to_string()),
            data.len()
        ));
    }
    let file = npyz::NpyFile::with_header(header, data);
    let malformed = |e: std::io::Error| format!("malformed data: {e}");
    let values = match descr.as_str() {
        "'<f4'" => Values::Float32(file.into_vec::<f32>().map_err(malformed)?),
        "'|u1'" => Values::Uint8(file.into_vec::<u8>().map_err(malformed)?),
        _ => Values::Int8(file.into_vec::<i8>().map_err(malformed)?),
    };
    Ok(Array { values, shape })
}

/// Writes int8 `values` of `shape` to `path` (`.npy` or `.bin`), atomically.
pub fn write_int8(path: &Path, values: &[i8], shape: &[usize]) -> Result<(), Error> {
    let bytes = match kind(path)? {
        Kind::Bin => values.iter().map(|&v| v as u8).collect(),
        Kind::Npy => npy_bytes(values, shape).map_err(|e| Error::write(path, e))?,
    };
    crate::atomic::write_bytes(path, &bytes)
}

/// Writes float32 `values` of `shape` to `path` (`.npy`, or `.bin` little-endian), atomically.
pub fn write_f32(path: &Path, values: &[f32], shape: &[usize]) -> Result<(), Error> {
    let bytes = match kind(path)? {
        Kind::Bin => values.iter().flat_map(|v| v.to_le_bytes()).collect(),
        Kind::Npy => npy_bytes(values, shape).map_err(|e| Error::write(path, e))?,
    };
    crate::atomic::write_bytes(path, &bytes)
}

fn npy_bytes<T: npyz::AutoSerialize + Copy>(
    values: &[T],
    shape: &[usize],
) -> std::io::Result<Vec<u8>> {
    use npyz::WriterBuilder;
    let mut bytes = Vec::new();
    let shape: Vec<u64> = shape.iter().map(|&d| d as u64).collect();
    let mut writer = npyz::WriteOptions::new()
        .default_dtype()
        .shape(&shape)
        .writer(&mut bytes)
        .begin_nd()?;
    writer.extend(values.iter().copied())?;
    writer.finish()?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn npy_round_trips_and_bad_headers_are_errors() {
        let bytes = npy_bytes(&[1i8, -2, 3, -4, 5, -6], &[2, 3]).unwrap();
        let array = read_npy(&bytes).unwrap();
        assert_eq!(array.shape, [2, 3]);
        assert_eq!(array.values, Values::Int8(vec![1, -2, 3, -4, 5, -6]));
        let floats = npy_bytes(&[0.5f32, -1.0], &[1, 2]).unwrap();
        assert_eq!(
            read_npy(&floats).unwrap().values,
            Values::Float32(vec![0.5, -1.0])
        );
        // Cut data: the shape promises more than the file holds.
        assert!(read_npy(&bytes[..bytes.len() - 1])
            .unwrap_err()
            .contains("needs 6 bytes of data, the file holds 5"));
        assert!(read_npy(b"not numpy").is_err());
        let doubles = npy_bytes(&[1.0f64], &[1]).unwrap();
        assert!(read_npy(&doubles).unwrap_err().contains("dtype"));
    }
}
