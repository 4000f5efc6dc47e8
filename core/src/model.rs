//! [`Model`]: a validated, zero-copy view of a model file.

use crate::error::Error;
use crate::format::{
    self, Activation, Body, LayerRecord, CRC32, CRC_LEN, HEADER_LEN, MAGIC, MAX_BIAS, MAX_CLASSES,
    MAX_INPUT_WIDTH, MAX_LAYERS, MAX_SHIFT, MIN_SHIFT, VERSION,
};

/// A model read from bytes: every slice borrows from them, nothing is copied.
///
/// The only way to get one is [`Model::from_bytes`], which checks everything
/// the engine relies on, so inference on a `Model` cannot fail on its data.
///
/// ```
/// # let bytes = stitch_core::doc_model();
/// let model = stitch_core::Model::from_bytes(&bytes)?;
/// assert_eq!(model.input_len(), 4);
/// assert_eq!(model.class_names(), ["no", "yes"]);
/// # Ok::<(), stitch_core::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Model<'a> {
    crc: u32,
    name: &'a str,
    input_shape: (u16, u16),
    input_scale: f32,
    input_zero_point: i8,
    layers: heapless::Vec<Layer<'a>, MAX_LAYERS>,
    class_names: heapless::Vec<&'a str, MAX_CLASSES>,
}

/// One dense layer of a [`Model`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Layer<'a> {
    record: LayerRecord<'a>,
}

impl<'a> Model<'a> {
    /// Reads and validates a model file: magic, version, CRC, body, then every
    /// shape and range the engine relies on.
    pub fn from_bytes(bytes: &'a [u8]) -> Result<Self, Error> {
        let (body, crc) = checked_body(bytes, VERSION)?;
        let (parsed, rest) =
            postcard::take_from_bytes::<Body<'a>>(body).map_err(|_| Error::Malformed)?;
        for (layer, record) in parsed.layers.iter().enumerate() {
            // Offsets from the start of the file: the writer pads each block
            // of weights to a 4-aligned offset so kernels may load words.
            let offset = (record.weights.as_ptr() as usize).wrapping_sub(bytes.as_ptr() as usize);
            if !offset.is_multiple_of(4) || record.padding.len() > 3 {
                return Err(Error::Misaligned { layer });
            }
        }
        if !rest.is_empty() {
            return Err(Error::TrailingBytes);
        }
        // Pushed one by one, not collected: heapless's `collect` panics when
        // full, and the firmware's `panic-never` build must link without it.
        let mut layers = heapless::Vec::new();
        for &record in &parsed.layers {
            layers
                .push(Layer { record })
                .map_err(|_| Error::LayerCount {
                    found: MAX_LAYERS + 1,
                })?;
        }
        let model = Model {
            crc,
            name: parsed.name,
            input_shape: (parsed.input_rows, parsed.input_cols),
            input_scale: parsed.input_scale,
            input_zero_point: parsed.input_zero_point,
            layers,
            class_names: parsed.class_names,
        };
        model.validate()?;
        Ok(model)
    }

    fn validate(&self) -> Result<(), Error> {
        if !(self.input_scale.is_finite() && self.input_scale > 0.0) {
            return Err(Error::Scale { layer: None });
        }
        if self.layers.is_empty() {
            return Err(Error::LayerCount { found: 0 });
        }
        let mut width = self.input_len();
        for (index, layer) in self.layers.iter().enumerate() {
            layer.validate(index, width)?;
            width = layer.out_len();
        }
        if self.class_names.len() != width {
            return Err(Error::ClassCount {
                names: self.class_names.len(),
                outputs: width,
            });
        }
        Ok(())
    }

    /// The model's name.
    pub fn name(&self) -> &'a str {
        self.name
    }

    /// The CRC-32 stored in (and checked against) the file.
    pub fn crc(&self) -> u32 {
        self.crc
    }

    /// The input image shape as `(rows, columns)`.
    pub fn input_shape(&self) -> (u16, u16) {
        self.input_shape
    }

    /// Number of input pixels: rows times columns.
    pub fn input_len(&self) -> usize {
        usize::from(self.input_shape.0) * usize::from(self.input_shape.1)
    }

    /// The input quantization `(scale, zero_point)`: pixel `p` is the int8 value
    /// `p - 128`, which is `scale * (p - 128 - zero_point)` in real terms.
    pub fn input_quantization(&self) -> (f32, i8) {
        (self.input_scale, self.input_zero_point)
    }

    /// The dense layers, first to last.
    pub fn layers(&self) -> &[Layer<'a>] {
        &self.layers
    }

    /// Number of outputs (logits) of the last layer.
    pub fn output_len(&self) -> usize {
        self.layers.last().map_or(0, Layer::out_len)
    }

    /// The output quantization `(scale, zero_point)` of the logits.
    pub fn output_quantization(&self) -> (f32, i8) {
        self.layers
            .last()
            .map_or((1.0, 0), |l| (l.output_scale(), l.output_zero_point()))
    }

    /// The class names, one per output.
    pub fn class_names(&self) -> &[&'a str] {
        &self.class_names
    }

    /// The widest layer output: the `MAX_WIDTH` an [`Engine`](crate::Engine) needs.
    pub fn max_width(&self) -> usize {
        self.layers.iter().map(Layer::out_len).max().unwrap_or(0)
    }
}

/// A width that [`Layer::validate`] has checked to be in `1..=MAX_INPUT_WIDTH`.
///
/// The clamp never changes a validated width; it states the range where the
/// optimizer can see it, so that `chunks_exact(4 * round_up4(width))` and the
/// size arithmetic in the kernels compile without a panic path (the firmware's
/// `panic-never` build proves that at link time).
#[inline(always)]
fn validated_width(stored: u32) -> usize {
    (stored as usize).clamp(1, MAX_INPUT_WIDTH)
}

/// Checks length, magic, version (`expected_version`) and CRC; returns the
/// postcard body and the CRC.
pub(crate) fn checked_body(bytes: &[u8], expected_version: u16) -> Result<(&[u8], u32), Error> {
    let too_short = Error::Truncated {
        needed: HEADER_LEN + CRC_LEN + 1,
        found: bytes.len(),
    };
    let (magic, rest) = bytes.split_at_checked(MAGIC.len()).ok_or(too_short)?;
    if magic != MAGIC {
        return Err(Error::BadMagic);
    }
    let version = match rest {
        [low, high, ..] => u16::from_le_bytes([*low, *high]),
        _ => return Err(too_short),
    };
    if version != expected_version {
        return Err(Error::UnsupportedVersion { found: version });
    }
    let (covered, stored) = bytes
        .len()
        .checked_sub(CRC_LEN)
        .filter(|&end| end > HEADER_LEN)
        .and_then(|end| bytes.split_at_checked(end))
        .ok_or(too_short)?;
    let stored = format::le_i32(stored) as u32;
    let computed = CRC32.checksum(covered);
    if stored != computed {
        return Err(Error::Checksum { stored, computed });
    }
    Ok((covered.get(HEADER_LEN..).unwrap_or(&[]), stored))
}

impl<'a> Layer<'a> {
    fn validate(&self, layer: usize, expected_in: usize) -> Result<(), Error> {
        let r = &self.record;
        // The stored widths, not the accessors' (which assume this check).
        let (in_len, out_len) = (r.in_len as usize, r.out_len as usize);
        if in_len != expected_in {
            return Err(Error::LayerShape {
                layer,
                expected_in,
                found_in: in_len,
            });
        }
        for width in [in_len, out_len] {
            if width == 0 || width > MAX_INPUT_WIDTH {
                return Err(Error::TooWide {
                    layer,
                    width,
                    max: MAX_INPUT_WIDTH,
                });
            }
        }
        let lengths = [
            (
                "weights",
                r.weights.len(),
                format::weight_len(in_len, out_len),
            ),
            ("biases", r.biases.len(), 4 * out_len),
            ("multipliers", r.multipliers.len(), 4 * out_len),
            ("shifts", r.shifts.len(), out_len),
        ];
        for (field, found, expected) in lengths {
            if found != expected {
                return Err(Error::SliceLength {
                    layer,
                    field,
                    expected,
                    found,
                });
            }
        }
        if !(r.output_scale.is_finite() && r.output_scale > 0.0) {
            return Err(Error::Scale { layer: Some(layer) });
        }
        for channel in 0..out_len {
            let (bias, multiplier, shift) = self.channel(channel);
            if !(-MAX_BIAS..=MAX_BIAS).contains(&bias) {
                return Err(Error::BiasRange { layer, channel });
            }
            if multiplier < 0 || !(MIN_SHIFT..=MAX_SHIFT).contains(&shift) {
                return Err(Error::Requantization { layer, channel });
            }
        }
        Ok(())
    }

    /// Number of inputs.
    pub fn in_len(&self) -> usize {
        validated_width(self.record.in_len)
    }

    /// Number of outputs.
    pub fn out_len(&self) -> usize {
        validated_width(self.record.out_len)
    }

    /// The activation applied after requantization.
    pub fn activation(&self) -> Activation {
        self.record.activation
    }

    /// Scale of the int8 outputs.
    pub fn output_scale(&self) -> f32 {
        self.record.output_scale
    }

    /// Zero point of the int8 outputs.
    pub fn output_zero_point(&self) -> i8 {
        self.record.output_zero_point
    }

    /// The smallest output value: the zero point under ReLU, else -128.
    pub fn output_min(&self) -> i8 {
        match self.record.activation {
            Activation::Relu => self.record.output_zero_point,
            Activation::None => i8::MIN,
        }
    }

    /// The stored int8 weights as raw bytes, in the blocked layout of
    /// [`format::weight_index`], padding included.
    pub fn weight_bytes(&self) -> &'a [u8] {
        self.record.weights
    }

    /// The weight of output `row` for input `col`, if both are in range.
    pub fn weight(&self, row: usize, col: usize) -> Option<i8> {
        if row >= self.out_len() || col >= self.in_len() {
            return None;
        }
        let index = format::weight_index(self.in_len(), row, col);
        self.record.weights.get(index).map(|&w| w as i8)
    }

    /// Bytes of bias data (int32 little-endian, one per output).
    pub fn bias_bytes(&self) -> &'a [u8] {
        self.record.biases
    }

    /// The stored (zero-point-folded) bias, Q31 multiplier and shift of one
    /// output channel; zeros for a channel out of range.
    pub fn channel(&self, channel: usize) -> (i32, i32, i8) {
        let word = |data: &[u8]| data.chunks_exact(4).nth(channel).map_or(0, format::le_i32);
        let shift = self.record.shifts.get(channel).map_or(0, |&s| s as i8);
        (
            word(self.record.biases),
            word(self.record.multipliers),
            shift,
        )
    }

    pub(crate) fn record(&self) -> &LayerRecord<'a> {
        &self.record
    }
}
