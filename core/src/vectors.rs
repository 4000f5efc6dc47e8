//! Test vectors: inputs, each with the outputs expected of it, in one file a
//! firmware embeds to check its own integers against a reference (LiteRT,
//! TensorFlow Lite Micro, or `stitch run` on the host).
//!
//! ```text
//! offset  size   field
//! 0       4      magic "STVC"
//! 4       2      version, u16 LE = 1
//! 6       4      input_len, u32 LE: int8 values per input
//! 10      4      output_len, u32 LE: int8 values expected per input
//! 14      4      count, u32 LE
//! 18      n      count records: input_len int8, then output_len int8
//! 18+n    4      CRC-32/ISO-HDLC of bytes 0 .. 18+n, u32 LE
//! ```
//!
//! ```
//! # #[cfg(feature = "alloc")]
//! # fn main() -> Result<(), stitch_core::Error> {
//! // Writing needs the `alloc` feature; reading does not.
//! let file = stitch_core::vectors::to_bytes(2, 1, &[(&[1, 2], &[3]), (&[4, 5], &[6])]);
//! let vectors = stitch_core::vectors::Vectors::from_bytes(&file)?;
//! assert_eq!(vectors.len(), 2);
//! let last = vectors.iter().last().unwrap();
//! assert_eq!((last.input, last.expected), (&[4i8, 5][..], &[6i8][..]));
//! # Ok(())
//! # }
//! # #[cfg(not(feature = "alloc"))]
//! # fn main() {}
//! ```

use crate::error::Error;
use crate::format::{checksum, le_i32, CRC_LEN};

/// The first four bytes of a vectors file.
pub const MAGIC: [u8; 4] = *b"STVC";
/// The version this crate reads and writes.
pub const VERSION: u16 = 1;
/// Bytes before the records.
pub const HEADER_LEN: usize = 18;

/// A checked vectors file, read in place.
#[derive(Debug, Clone, Copy)]
pub struct Vectors<'a> {
    input_len: usize,
    output_len: usize,
    records: &'a [u8],
}

/// One input and the outputs expected of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vector<'a> {
    /// The int8 input values.
    pub input: &'a [i8],
    /// The int8 outputs the model must compute for them.
    pub expected: &'a [i8],
}

impl<'a> Vectors<'a> {
    /// Reads and checks a vectors file: magic, version, CRC, and that the
    /// records fill it exactly.
    pub fn from_bytes(bytes: &'a [u8]) -> Result<Self, Error> {
        let too_short = Error::Truncated {
            needed: HEADER_LEN + CRC_LEN,
            found: bytes.len(),
        };
        let (covered, stored) = bytes
            .len()
            .checked_sub(CRC_LEN)
            .filter(|&end| end >= HEADER_LEN)
            .and_then(|end| bytes.split_at_checked(end))
            .ok_or(too_short)?;
        if covered.get(..4) != Some(&MAGIC[..]) {
            return Err(Error::BadMagic);
        }
        let word = |at: usize| covered.get(at..at + 4).map_or(0, le_i32) as u32 as usize;
        let version = covered
            .get(4..6)
            .map_or(0, |v| u16::from(v[0]) | u16::from(v[1]) << 8);
        if version != VERSION {
            return Err(Error::UnsupportedVersion {
                found: version,
                supported: VERSION,
            });
        }
        let stored = le_i32(stored) as u32;
        let computed = checksum(covered);
        if stored != computed {
            return Err(Error::Checksum { stored, computed });
        }
        let (input_len, output_len, count) = (word(6), word(10), word(14));
        let records = covered.get(HEADER_LEN..).unwrap_or(&[]);
        let expected = input_len
            .checked_add(output_len)
            .and_then(|record| record.checked_mul(count));
        if expected != Some(records.len()) || input_len == 0 || output_len == 0 {
            return Err(Error::Length {
                expected: expected.unwrap_or(usize::MAX),
                found: records.len(),
            });
        }
        Ok(Vectors {
            input_len,
            output_len,
            records,
        })
    }

    /// int8 values per input.
    pub fn input_len(&self) -> usize {
        self.input_len
    }

    /// int8 values expected per input.
    pub fn output_len(&self) -> usize {
        self.output_len
    }

    /// Number of vectors.
    pub fn len(&self) -> usize {
        self.records.len() / (self.input_len + self.output_len).max(1)
    }

    /// Whether the file holds no vector.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// The vectors, in order.
    pub fn iter(&self) -> impl Iterator<Item = Vector<'a>> + 'a {
        let input_len = self.input_len;
        self.records
            .chunks_exact((self.input_len + self.output_len).max(1))
            .map(move |record| {
                let (input, expected) = record.split_at(input_len.min(record.len()));
                Vector {
                    input: bytemuck::cast_slice(input),
                    expected: bytemuck::cast_slice(expected),
                }
            })
    }
}

/// Writes a vectors file of `(input, expected)` pairs, each `input_len` and
/// `output_len` long (longer ones are cut, shorter ones zero-padded).
#[cfg(feature = "alloc")]
pub fn to_bytes(
    input_len: usize,
    output_len: usize,
    pairs: &[(&[i8], &[i8])],
) -> alloc::vec::Vec<u8> {
    let mut bytes = alloc::vec::Vec::with_capacity(
        HEADER_LEN + pairs.len() * (input_len + output_len) + CRC_LEN,
    );
    bytes.extend_from_slice(&MAGIC);
    bytes.extend_from_slice(&VERSION.to_le_bytes());
    for n in [input_len, output_len, pairs.len()] {
        bytes.extend_from_slice(&u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes());
    }
    for (input, expected) in pairs {
        for (values, len) in [(input, input_len), (expected, output_len)] {
            bytes.extend((0..len).map(|i| values.get(i).map_or(0, |&v| v as u8)));
        }
    }
    let crc = checksum(&bytes);
    bytes.extend_from_slice(&crc.to_le_bytes());
    bytes
}
