//! Labelled samples: records of one label byte followed by one input's
//! bytes, in a file of any number of them. `stitch export-samples` writes the
//! first Fashion-MNIST test images this way (`firmware/data/test-images.bin`:
//! 1 + 784 bytes each), and the firmware embeds them.
//!
//! ```
//! use stitch_core::samples::Samples;
//! let file = [3, 10, 20, 7, 30, 40];
//! let samples = Samples::new(&file, 2)?;
//! assert_eq!(samples.len(), 2);
//! let second = samples.iter().nth(1).unwrap();
//! assert_eq!((second.label, second.input), (7, &[30u8, 40][..]));
//! # Ok::<(), stitch_core::Error>(())
//! ```

use crate::error::Error;

/// Bytes of one record for inputs of `input_len` bytes: the label, then the input.
pub const fn record_len(input_len: usize) -> usize {
    input_len.saturating_add(1)
}

/// A file of labelled samples, read in place.
#[derive(Debug, Clone, Copy)]
pub struct Samples<'a> {
    bytes: &'a [u8],
    input_len: usize,
}

/// One sample: its label and input bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample<'a> {
    /// The true class.
    pub label: u8,
    /// The input's bytes (raw pixels for an image).
    pub input: &'a [u8],
}

impl<'a> Samples<'a> {
    /// The samples in `bytes`, which must be a whole, nonzero number of
    /// records of [`record_len`]`(input_len)` bytes.
    pub fn new(bytes: &'a [u8], input_len: usize) -> Result<Self, Error> {
        let record = record_len(input_len);
        if input_len == 0 || bytes.is_empty() || !bytes.len().is_multiple_of(record) {
            return Err(Error::Length {
                expected: (bytes.len() / record).max(1) * record,
                found: bytes.len(),
            });
        }
        Ok(Samples { bytes, input_len })
    }

    /// Number of samples.
    pub fn len(&self) -> usize {
        self.bytes.len() / record_len(self.input_len)
    }

    /// Whether there is no sample (never, for a checked file).
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The first `count` samples' bytes (all if there are fewer).
    pub fn first(&self, count: usize) -> Samples<'a> {
        let end = count
            .saturating_mul(record_len(self.input_len))
            .min(self.bytes.len());
        Samples {
            bytes: self.bytes.get(..end).unwrap_or(&[]),
            input_len: self.input_len,
        }
    }

    /// The file's bytes.
    pub fn bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The samples, in order.
    pub fn iter(&self) -> impl Iterator<Item = Sample<'a>> + 'a {
        // `max(1)` states what `new` checked, so `chunks_exact` has no panic path.
        self.bytes
            .chunks_exact(record_len(self.input_len).max(1))
            .filter_map(|record| match record {
                [label, input @ ..] => Some(Sample {
                    label: *label,
                    input,
                }),
                [] => None,
            })
    }
}
