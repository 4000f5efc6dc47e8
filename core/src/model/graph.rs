//! What [`Model::from_bytes`](super::Model::from_bytes) checks of a graph
//! model beyond what every model has: each layer reads earlier tensors of
//! the right length, its window and channels fit, and its output's place in
//! the arena never overlaps a tensor still to be read. Returns the arena's size.

use core::ops::Range;

use super::{Model, Quantization};
use crate::conv::{Add, FeatureMap, Window};
use crate::error::Error;
use crate::format::{self, Layer, Op, WiringRecord, MAX_INPUT_WIDTH, MAX_LAYERS};

/// One tensor as validation sees it.
#[derive(Clone)]
struct Tensor {
    len: usize,
    quantization: Quantization,
    /// The values it can hold: its layer's clamp (any int8 for the input).
    range: (i8, i8),
    /// Bytes of the arena it occupies (empty for the model's input).
    region: Range<usize>,
    /// Bytes the layer that writes it works in meanwhile (4-aligned; empty
    /// for most kinds).
    scratch: Range<usize>,
    /// The last layer that reads it (the layer count for the model's output).
    last_read: usize,
    /// The input tensor a pointwise convolution writes this output over
    /// (`FORMAT.md`: in place), if it does.
    over: Option<usize>,
}

/// Checks every graph layer of `model` (the common checks, names, scales
/// and clamps, are the caller's); returns the arena bytes the plan needs:
/// the end of the highest tensor or scratch, rounded up to a word.
pub(super) fn arena_bytes(model: &Model<'_>, input_len: usize) -> Result<usize, Error> {
    let mut tensors = heapless::Vec::<Tensor, { MAX_LAYERS + 1 }>::new();
    let input = Tensor {
        len: input_len,
        quantization: model.input_quantization(),
        range: (i8::MIN, i8::MAX),
        region: 0..0,
        scratch: 0..0,
        last_read: 0,
        over: None,
    };
    tensors.push(input).map_err(|_| Error::Malformed)?;
    for (index, layer) in model.layers.iter().enumerate() {
        let wiring = layer.op.wiring().ok_or(Error::LayerKind { layer: index })?;
        let reads = |tensor: u8| {
            let tensor = usize::from(tensor);
            tensors
                .get(tensor)
                .map(|t| (tensor, t.clone()))
                .ok_or(Error::TensorIndex {
                    layer: index,
                    tensor,
                })
        };
        let (first, input) = reads(wiring.input)?;
        shapes(index, layer, &input)?;
        if let Op::Add { other, .. } = layer.op {
            let (second, other) = reads(other)?;
            added(index, layer, (&input, &other))?;
            mark_read(&mut tensors, second, index);
        }
        mark_read(&mut tensors, first, index);
        let output = written(index, layer, wiring, (first, &input))?;
        tensors.push(output).map_err(|_| Error::Malformed)?;
    }
    let count = model.layers.len();
    if let Some(last) = tensors.last_mut() {
        last.last_read = count;
    }
    disjoint(&tensors)?;
    let end = tensors
        .iter()
        .map(|t| t.region.end.max(t.scratch.end))
        .max();
    Ok(end.unwrap_or(0).next_multiple_of(4))
}

/// `ADD`'s second input has the first's length, and TFLite accepts its scales.
fn added(index: usize, layer: &Layer<'_>, (a, b): (&Tensor, &Tensor)) -> Result<(), Error> {
    expect_in(index, b.len, layer.in_len as usize)?;
    let clamp = (layer.output_min, layer.output_max);
    let output = layer.output_quantization();
    Add::new(
        a.quantization,
        b.quantization,
        output,
        clamp,
        layer.rounding,
    )
    .map_err(|_| Error::Scale { layer: Some(index) })?;
    Ok(())
}

/// The tensor layer `index` writes: where in the arena, with its scratch
/// (in 32-bit range, the scratch word-aligned), and whether it lies over
/// its input tensor `first` (`input`).
fn written(
    index: usize,
    layer: &Layer<'_>,
    wiring: WiringRecord,
    (first, input): (usize, &Tensor),
) -> Result<Tensor, Error> {
    let outside = Error::ArenaOverlap { layer: index };
    let in_range = |start: usize, len: usize| {
        start
            .checked_add(len)
            .filter(|&end| end <= u32::MAX as usize)
            .map(|end| start..end)
    };
    let len = layer.out_len();
    let start = wiring.offset as usize;
    let region = in_range(start, len).ok_or(outside)?;
    let scratch_start = wiring.scratch as usize;
    let scratch = in_range(scratch_start, 4 * crate::graph::scratch_words(layer))
        .filter(|_| scratch_start.is_multiple_of(4))
        .ok_or(outside)?;
    let over = replaces(layer, first) && first > 0 && input.region.start == start;
    Ok(Tensor {
        len,
        quantization: layer.output_quantization(),
        range: (layer.output_min, layer.output_max),
        region,
        scratch,
        last_read: index,
        over: over.then_some(first),
    })
}

/// A layer's input length, window and channels.
fn shapes(index: usize, layer: &Layer<'_>, input: &Tensor) -> Result<(), Error> {
    let window = || Error::LayerWindow { layer: index };
    if layer.in_len == 0 || layer.out_len == 0 {
        return Err(window());
    }
    expect_in(index, input.len, layer.in_len as usize)?;
    match layer.op {
        Op::Dense => return Err(Error::LayerKind { layer: index }),
        Op::Conv2d(w) | Op::DepthwiseConv2d(w) => {
            let (map, size) = (FeatureMap::from(w.input), Window::from(w.window));
            let taps = size.height.checked_mul(size.width);
            let per_output = match layer.op {
                Op::Conv2d(_) => taps.and_then(|t| t.checked_mul(map.channels)),
                _ => taps,
            };
            let depthwise = matches!(layer.op, Op::DepthwiseConv2d(_));
            if depthwise && layer.channels.shifts.len() != map.channels {
                return Err(window());
            }
            let per_output = per_output
                .filter(|&n| n <= MAX_INPUT_WIDTH)
                .ok_or_else(window)?;
            channels(index, layer, per_output, input.range)?;
        }
        Op::FullyConnected(_) => channels(index, layer, input.len, input.range)?,
        Op::AveragePool2d(_) | Op::MaxPool2d(_) => {
            if layer.output_quantization() != input.quantization {
                return Err(Error::PoolQuantization { layer: index });
            }
        }
        Op::Add { .. } => {}
    }
    Ok(())
}

/// [`Error::LayerShape`] unless the layer's input length is its tensor's.
fn expect_in(layer: usize, expected_in: usize, found_in: usize) -> Result<(), Error> {
    if expected_in == found_in {
        Ok(())
    } else {
        Err(Error::LayerShape {
            layer,
            expected_in,
            found_in,
        })
    }
}

/// A convolution's or graph fully connected layer's channel data: one
/// filter of `per_output` weights per output channel (a depthwise layer's
/// are interleaved, the same count), and each channel's ranges.
fn channels(
    index: usize,
    layer: &Layer<'_>,
    per_output: usize,
    input_range: (i8, i8),
) -> Result<(), Error> {
    let record = &layer.channels;
    let count = record.shifts.len();
    for width in [count, per_output] {
        if width == 0 || width > MAX_INPUT_WIDTH {
            return Err(Error::TooWide {
                layer: index,
                width,
                max: MAX_INPUT_WIDTH,
            });
        }
    }
    // A depthwise layer's weights as TFLite stores them; the others' in
    // the dense layout, one row of `per_output` per output channel.
    let dense = layer.dense_view();
    let weights = match dense {
        Some(_) => format::weight_len(per_output, count).unwrap_or(usize::MAX),
        None => per_output * count,
    };
    let lengths = [
        ("weights", record.weights.len(), weights),
        ("biases", record.biases.len(), 4 * count),
        ("multipliers", record.multipliers.len(), 4 * count),
    ];
    for (field, found, expected) in lengths {
        if found != expected {
            return Err(Error::SliceLength {
                layer: index,
                field,
                expected,
                found,
            });
        }
    }
    super::validate::channel_ranges(index, layer, count, false)?;
    match dense {
        Some(view) => accumulators_fit(index, &view, input_range),
        None => Ok(()),
    }
}

/// A convolution run by the dense kernels keeps each accumulator an `i32`:
/// per output channel, `folded bias + sum w x` stays inside for every input
/// the layer can read, the bytes `x = q + 128` of `q` in `input_range` (the
/// clamp of the layer that wrote them; the padding, the zero point, lies
/// within it), so the sum, folded or not, is TFLite's exactly. The
/// weights' own bound: a model's biases may pass a dense layer's 2^29
/// (MobileNet's dead channels, all weights zero, carry 2^30).
fn accumulators_fit(index: usize, view: &Layer<'_>, input_range: (i8, i8)) -> Result<(), Error> {
    let low = i64::from(input_range.0) + 128;
    let high = i64::from(input_range.1) + 128;
    // One pass over the weights in the file's order (read at start-up, so
    // no index arithmetic per weight): each group of rows is its own run of
    // bytes, each block one word per row (`format::weight_index`; padding
    // stores a zero weight, which adds nothing).
    let block = format::ROWS_PER_GROUP * format::COLUMNS_PER_BLOCK;
    let groups = view.channels.weights.chunks(view.group_len().get());
    for (group, bytes) in groups.enumerate() {
        let mut sums = [(0i64, 0i64); format::ROWS_PER_GROUP];
        for (at, &w) in bytes.iter().enumerate() {
            let w = i64::from(format::weight_of(w));
            let (at_low, at_high) = (w * low, w * high);
            if let Some((lowest, highest)) = sums.get_mut(at % block / format::COLUMNS_PER_BLOCK) {
                *lowest += at_low.min(at_high);
                *highest += at_low.max(at_high);
            }
        }
        for (row, (lowest, highest)) in sums.into_iter().enumerate() {
            let channel = group * format::ROWS_PER_GROUP + row;
            let Some(bias) = view.channel(channel).map(|c| i64::from(c.bias)) else {
                break; // a last group's padding rows
            };
            if bias + lowest < i64::from(i32::MIN) || bias + highest > i64::from(i32::MAX) {
                return Err(Error::BiasRange {
                    layer: index,
                    channel,
                });
            }
        }
    }
    Ok(())
}

/// Whether `layer` may write its output over its input tensor `first`: a
/// [`pointwise`] convolution, or an `ADD` (value by value) of `first` and
/// another tensor.
fn replaces(layer: &Layer<'_>, first: usize) -> bool {
    match layer.op {
        Op::Add { other, .. } => usize::from(other) != first,
        _ => pointwise(layer),
    }
}

/// Whether `layer` may write its output over its input: a 1x1 convolution
/// of stride 1 with no more output channels than input ones (pixel `p`'s
/// outputs end before pixel `p + 1`'s inputs start).
fn pointwise(layer: &Layer<'_>) -> bool {
    let Op::Conv2d(w) = layer.op else {
        return false;
    };
    let window = (
        w.window.height,
        w.window.width,
        w.window.stride_height,
        w.window.stride_width,
    );
    window == (1, 1, 1, 1) && layer.channels.shifts.len() <= usize::from(w.input.channels)
}

/// Records that layer `index` reads tensor `tensor`.
fn mark_read(tensors: &mut [Tensor], tensor: usize, index: usize) {
    if let Some(t) = tensors.get_mut(tensor) {
        t.last_read = t.last_read.max(index);
    }
}

/// No layer's output overlaps a tensor written before it and read at or
/// after it: the plan never overwrites what is still to be read.
fn disjoint(tensors: &[Tensor]) -> Result<(), Error> {
    let meet = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
    for (layer, written) in tensors.iter().skip(1).enumerate() {
        // The tensors before this layer's output and alive while it runs,
        // the model's input aside.
        let earlier = tensors.get(1..=layer).unwrap_or(&[]);
        let alive = (1..).zip(earlier).filter(|&(_, t)| t.last_read >= layer);
        // The output may lie over the input a pointwise layer replaces (if
        // nothing reads it later), over nothing else alive.
        let replaced =
            |tensor: usize, t: &Tensor| written.over == Some(tensor) && t.last_read == layer;
        let mut clash = alive
            .clone()
            .any(|(tensor, t)| !replaced(tensor, t) && meet(&t.region, &written.region));
        // The scratch, while the layer runs: clear of its output and of
        // every tensor alive (its inputs among them, replaced or not).
        if !written.scratch.is_empty() {
            clash |= meet(&written.scratch, &written.region)
                || alive
                    .into_iter()
                    .any(|(_, t)| meet(&t.region, &written.scratch));
        }
        if clash {
            return Err(Error::ArenaOverlap { layer });
        }
    }
    Ok(())
}
