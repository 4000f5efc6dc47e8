//! The model file format: header, limits, the checksum, and the records the
//! postcard body is made of.
//!
//! `core/FORMAT.md` describes the bytes; this module is the code that matches
//! it. The same records are read by [`crate::Model::from_bytes`] and, behind
//! the `alloc` feature, written by [`crate::writer::to_bytes`].

mod layer;
mod layout;
mod records;

#[cfg(test)]
pub(crate) use layer::ChannelData;
pub use layer::Layer;
pub(crate) use layer::Op;
pub(crate) use layout::padded_columns;
pub use layout::{
    round_up, stored_weight, weight_index, weight_len, weight_of, COLUMNS_PER_BLOCK,
    COLUMN_MULTIPLE, ROWS_PER_GROUP, WEIGHT_OFFSET,
};
pub use records::{Activation, Rounding};
pub(crate) use records::{
    Head, InputRecord, OriginRecord, OutputRecord, WindowedRecord, WiringRecord,
};
#[cfg(feature = "alloc")]
pub(crate) use records::{MapRecord, WindowRecord};

use crate::error::Error;

/// The first four bytes of every model file.
pub const MAGIC: [u8; 4] = *b"STCH";
/// The format version this crate reads and writes.
///
/// Version 1 stored weights row-major and unaligned; version 2 stored them in
/// 4-aligned, 4-row interleaved blocks (see [`weight_index`]); version 3 adds
/// a general int8 input, the output's meaning, per-layer rounding and
/// activation clamps, and up to [`MAX_LAYERS`] layers.
pub const VERSION: u16 = 3;
/// Bytes before the postcard body: magic and little-endian version.
pub const HEADER_LEN: usize = MAGIC.len() + 2;
/// Bytes of the CRC-32 trailer.
pub const CRC_LEN: usize = 4;
/// Most layers a model may have.
pub const MAX_LAYERS: usize = 32;
/// Most dimensions the input shape may have (it is read flattened).
pub const MAX_INPUT_RANK: usize = 4;
/// Widest input any dense layer may have.
///
/// With |weight| <= 128 and |input| <= 255, a dot product over this many
/// values stays below 2^29 in magnitude; with |bias| <= [`MAX_BIAS`] the int32
/// accumulator stays below 2^30, so it cannot overflow and twice it still
/// fits (the double rounding's fast path doubles it).
pub const MAX_INPUT_WIDTH: usize = 16_384;
/// Largest bias magnitude (after the input zero point is folded in).
pub const MAX_BIAS: i32 = 1 << 29;
/// Smallest legal requantization shift (a right shift by 31).
pub const MIN_SHIFT: i8 = -31;
/// Largest legal requantization shift (a left shift by 30).
pub const MAX_SHIFT: i8 = 30;
/// Smallest nonzero Q31 multiplier: TFLite's `QuantizeMultiplier` makes
/// multipliers in `[2^30, 2^31)`, or 0 for a factor too small to represent.
pub const MIN_MULTIPLIER: i32 = 1 << 30;
/// The separator between class names in the file (names never contain it).
pub const CLASS_NAME_SEPARATOR: char = '\n';

/// CRC-32/ISO-HDLC, the zlib CRC: byte-wise on microcontrollers (a 1 KB
/// table in flash), sixteen bytes at a time elsewhere (16 KB, several times
/// faster; the same CRC).
#[cfg(target_os = "none")]
const CRC32: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);
#[cfg(not(target_os = "none"))]
const CRC32: crc::Crc<u32, crc::Table<16>> =
    crc::Crc::<u32, crc::Table<16>>::new(&crc::CRC_32_ISO_HDLC);

/// The format version written in a model file's header, after checking the
/// magic; it does not look further (use [`crate::Model::from_bytes`] for that).
///
/// ```
/// # let bytes: &[u8] = stitch_core::include_model!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tiny.stitch"));
/// assert_eq!(stitch_core::format::version(bytes), Ok(stitch_core::format::VERSION));
/// assert_eq!(stitch_core::format::version(b"STCH"), Err(stitch_core::Error::Truncated { needed: 6, found: 4 }));
/// ```
pub fn version(bytes: &[u8]) -> Result<u16, Error> {
    match bytes {
        [m0, m1, m2, m3, low, high, ..] => {
            if [*m0, *m1, *m2, *m3] != MAGIC {
                return Err(Error::BadMagic);
            }
            Ok(u16::from_le_bytes([*low, *high]))
        }
        _ if bytes.get(..MAGIC.len()).is_some_and(|m| m != MAGIC) => Err(Error::BadMagic),
        _ => Err(Error::Truncated {
            needed: HEADER_LEN,
            found: bytes.len(),
        }),
    }
}

/// The CRC-32 that seals a model file: over every byte before the trailer.
pub fn checksum(covered: &[u8]) -> u32 {
    CRC32.checksum(covered)
}

/// Seals a postcard `body` into a model file of format `version`: header,
/// body, CRC-32. The inverse of the header and CRC checks of
/// [`crate::Model::from_bytes`]; tests and fuzzers use it to hand the
/// validator a body of their own.
///
/// ```
/// let file = stitch_core::format::seal(3, b"body");
/// assert_eq!(&file[..4], b"STCH");
/// assert_eq!(stitch_core::format::version(&file), Ok(3));
/// ```
#[cfg(feature = "alloc")]
pub fn seal(version: u16, body: &[u8]) -> alloc::vec::Vec<u8> {
    let mut file = alloc::vec::Vec::with_capacity(HEADER_LEN + body.len() + CRC_LEN);
    file.extend_from_slice(&MAGIC);
    file.extend_from_slice(&version.to_le_bytes());
    file.extend_from_slice(body);
    let crc = checksum(&file);
    file.extend_from_slice(&crc.to_le_bytes());
    file
}

/// Checks length, magic, version (`expected_version`) and CRC; returns the
/// postcard body and the CRC.
pub(crate) fn checked_body(bytes: &[u8], expected_version: u16) -> Result<(&[u8], u32), Error> {
    let found = version(bytes)?;
    if found != expected_version {
        return Err(Error::UnsupportedVersion {
            found,
            supported: VERSION,
        });
    }
    let too_short = Error::Truncated {
        needed: HEADER_LEN + CRC_LEN + 1,
        found: bytes.len(),
    };
    let (covered, stored) = bytes
        .len()
        .checked_sub(CRC_LEN)
        .filter(|&end| end > HEADER_LEN)
        .and_then(|end| bytes.split_at_checked(end))
        .ok_or(too_short)?;
    let stored = le_i32(stored) as u32;
    let computed = checksum(covered);
    if stored != computed {
        return Err(Error::Checksum { stored, computed });
    }
    Ok((covered.get(HEADER_LEN..).unwrap_or(&[]), stored))
}

/// Reads a little-endian i32 from a 4-byte chunk (0 for a shorter one, which
/// validated data never has).
#[inline(always)]
pub(crate) fn le_i32(chunk: &[u8]) -> i32 {
    match chunk {
        [a, b, c, d] => i32::from_le_bytes([*a, *b, *c, *d]),
        _ => 0,
    }
}
