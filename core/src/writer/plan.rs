//! Where a graph model's tensors and scratch go in its arena, decided when
//! the model is written ([`plan_arena`]): every layer's output, and the
//! scratch of a layer on the dense kernels, alive only while it runs.
//!
//! A 1x1 convolution of stride 1 whose input nobody reads after it, with no
//! more output channels than input ones, writes its output over its input
//! (pixel `p`'s outputs end before pixel `p + 1`'s inputs start, and each
//! pixel is gathered into the scratch before its outputs are written): the
//! two share one buffer, which is how MobileNet-like networks' 1x1 layers
//! cost no more arena than their inputs. An `ADD` whose first input nobody
//! reads after it writes its sums over that input (each value is read
//! before its sum is written): a ResNet's residual costs no third buffer.

use alloc::vec::Vec;

use super::graph::{tensor_lengths, GraphSpec, OpSpec};
use super::{plan_arena, Lifetime};
use crate::error::Error;

/// Where the writer puts a layer: its output's offset and its scratch's.
#[derive(Clone, Copy)]
pub(super) struct Placement {
    pub output: usize,
    pub scratch: usize,
}

/// Whether layer `index` of `spec` may write its output over its input
/// tensor `input` (see the module's documentation); `last_reader` is each
/// tensor's last reading layer.
fn in_place(op: &OpSpec, input: usize, index: usize, last_reader: &[usize]) -> bool {
    let replaceable = input > 0 && last_reader.get(input) == Some(&index);
    let (map, window, channels) = match op {
        OpSpec::Conv2d {
            map,
            window,
            channels,
            ..
        } => (map, window, channels),
        // Value by value: each is read before its sum is written over it.
        OpSpec::Add { inputs: [a, b], .. } => return replaceable && *a == input && a != b,
        _ => return false,
    };
    let pointwise = (
        window.height,
        window.width,
        window.stride_height,
        window.stride_width,
    ) == (1, 1, 1, 1);
    pointwise && channels.shifts.len() <= map.channels && replaceable
}

/// Each layer's output and scratch offsets: tensors alive together never
/// share bytes (but a layer [`in_place`] and its input), and a layer's
/// scratch, alive while it runs, shares none with what is alive then.
pub(super) fn plan(spec: &GraphSpec) -> Result<Vec<Placement>, Error> {
    let buffers = Buffers::of(spec)?;
    let scratches = scratches(spec)?;
    let all: Vec<Lifetime> = buffers
        .lifetimes
        .iter()
        .copied()
        .chain(scratches.iter().map(|s| s.1))
        .collect();
    let offsets = plan_arena(&all).ok_or(Error::Window)?.offsets;
    let mut placements: Vec<Placement> = buffers
        .of_tensor
        .iter()
        .skip(1)
        .map(|b| Placement {
            output: b.and_then(|b| offsets.get(b)).copied().unwrap_or(0),
            scratch: 0,
        })
        .collect();
    let scratch_offsets = offsets.iter().skip(buffers.lifetimes.len());
    for (&(layer, _), &scratch) in scratches.iter().zip(scratch_offsets) {
        if let Some(place) = placements.get_mut(layer) {
            place.scratch = scratch;
        }
    }
    Ok(placements)
}

/// The arena's buffers of tensors: one per layer output, but an in-place
/// layer's output shares its input's.
struct Buffers {
    lifetimes: Vec<Lifetime>,
    /// Each tensor's buffer (none for the model's input, the caller's).
    of_tensor: Vec<Option<usize>>,
}

impl Buffers {
    fn of(spec: &GraphSpec) -> Result<Buffers, Error> {
        let count = spec.layers.len();
        let last_reader = last_readers(spec);
        let mut buffers = Buffers {
            lifetimes: Vec::with_capacity(count),
            of_tensor: alloc::vec![None],
        };
        for (index, layer) in spec.layers.iter().enumerate() {
            let first = layer.op.inputs().next().unwrap_or(0);
            let shared = buffers.of_tensor.get(first).copied().flatten();
            let own = match shared {
                Some(b) if in_place(&layer.op, first, index, &last_reader) => b,
                _ => {
                    let bytes = layer.op.out_len()?;
                    buffers.lifetimes.push(Lifetime {
                        bytes,
                        first: index,
                        last: index,
                    });
                    buffers.lifetimes.len() - 1
                }
            };
            buffers.of_tensor.push(Some(own));
            // Every tensor a layer reads (and an in-place output's buffer)
            // lives at least until it runs.
            for tensor in layer.op.inputs().chain(core::iter::once(index + 1)) {
                buffers.read(tensor, index);
            }
        }
        buffers.read(count, count);
        Ok(buffers)
    }

    /// Tensor `tensor`'s buffer lives at least until step `step`.
    fn read(&mut self, tensor: usize, step: usize) {
        let buffer = self.of_tensor.get(tensor).copied().flatten();
        if let Some(life) = buffer.and_then(|b| self.lifetimes.get_mut(b)) {
            life.last = life.last.max(step);
        }
    }
}

/// The last layer reading each tensor (the model's output: past the end).
fn last_readers(spec: &GraphSpec) -> Vec<usize> {
    let count = spec.layers.len();
    let mut last_reader = alloc::vec![0; count + 1];
    for (index, layer) in spec.layers.iter().enumerate() {
        for tensor in layer.op.inputs() {
            if let Some(last) = last_reader.get_mut(tensor) {
                *last = index;
            }
        }
    }
    if let Some(last) = last_reader.last_mut() {
        *last = count;
    }
    last_reader
}

/// The scratch of every layer on the dense kernels, and of every `ADD` long
/// enough for rescaling tables, alive while it runs.
fn scratches(spec: &GraphSpec) -> Result<Vec<(usize, Lifetime)>, Error> {
    let lengths = tensor_lengths(spec)?;
    let mut scratches = Vec::new();
    for (index, layer) in spec.layers.iter().enumerate() {
        if let OpSpec::Conv2d { channels, .. } | OpSpec::FullyConnected { channels, .. } = &layer.op
        {
            let first = layer.op.inputs().next().unwrap_or(0);
            let taps = layer
                .op
                .dense_taps(lengths.get(first).copied().unwrap_or(0));
            let words = crate::graph::dense_scratch_words(taps.unwrap_or(0), channels.shifts.len());
            let life = Lifetime {
                bytes: 4 * words,
                first: index,
                last: index,
            };
            scratches.push((index, life));
        }
        if let OpSpec::Add { len, .. } = layer.op {
            let words = crate::graph::add_scratch_words(len);
            if words > 0 {
                let life = Lifetime {
                    bytes: 4 * words,
                    first: index,
                    last: index,
                };
                scratches.push((index, life));
            }
        }
    }
    Ok(scratches)
}
