//! Where a graph model's tensors and scratch go in its arena, decided when
//! the model is written ([`plan_arena`]): every layer's output, and the
//! scratch of a layer on the dense kernels, alive only while it runs.
//!
//! A 1x1 convolution of stride 1 whose input nobody reads after it, with no
//! more output channels than input ones, writes its output over its input
//! (pixel `p`'s outputs end before pixel `p + 1`'s inputs start, and each
//! pixel is gathered into the scratch before its outputs are written): the
//! two share one buffer, which is how MobileNet-like networks' 1x1 layers
//! cost no more arena than their inputs.

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
    let OpSpec::Conv2d {
        map,
        window,
        channels,
        ..
    } = op
    else {
        return false;
    };
    let pointwise = (
        window.height,
        window.width,
        window.stride_height,
        window.stride_width,
    ) == (1, 1, 1, 1);
    pointwise
        && channels.shifts.len() <= map.channels
        && input > 0
        && last_reader.get(input) == Some(&index)
}

/// Each layer's output and scratch offsets: tensors alive together never
/// share bytes (but a layer [`in_place`] and its input), and a layer's
/// scratch, alive while it runs, shares none with what is alive then.
pub(super) fn plan(spec: &GraphSpec) -> Result<Vec<Placement>, Error> {
    let lengths = tensor_lengths(spec)?;
    let count = spec.layers.len();
    // The last layer reading each tensor (the model's output: past the end).
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
    // One buffer per tensor of the arena, shared by an in-place layer's
    // input and output; `buffer[t]` is tensor `t`'s (none for the input).
    let mut buffers: Vec<Lifetime> = Vec::with_capacity(count);
    let mut buffer: Vec<Option<usize>> = alloc::vec![None];
    let mut scratches = Vec::new();
    for (index, layer) in spec.layers.iter().enumerate() {
        let first = layer.op.inputs().next().unwrap_or(0);
        let shared = buffer.get(first).copied().flatten();
        let own = match shared {
            Some(b) if in_place(&layer.op, first, index, &last_reader) => b,
            _ => {
                buffers.push(Lifetime {
                    bytes: layer.op.out_len()?,
                    first: index,
                    last: index,
                });
                buffers.len() - 1
            }
        };
        buffer.push(Some(own));
        if let OpSpec::Conv2d { channels, .. } | OpSpec::FullyConnected { channels, .. } = &layer.op
        {
            let taps = layer
                .op
                .dense_taps(lengths.get(first).copied().unwrap_or(0));
            let words = crate::graph::dense_scratch_words(taps.unwrap_or(0), channels.shifts.len());
            let bytes = 4 * words;
            scratches.push((
                index,
                Lifetime {
                    bytes,
                    first: index,
                    last: index,
                },
            ));
        }
        // Every tensor a layer reads (and an in-place output's buffer)
        // lives at least until it runs.
        for tensor in layer.op.inputs().chain(core::iter::once(index + 1)) {
            if let Some(life) = buffer
                .get(tensor)
                .copied()
                .flatten()
                .and_then(|b| buffers.get_mut(b))
            {
                life.last = life.last.max(index);
            }
        }
    }
    if let Some(life) = buffer
        .last()
        .copied()
        .flatten()
        .and_then(|b| buffers.get_mut(b))
    {
        life.last = count;
    }
    let all: Vec<Lifetime> = buffers
        .iter()
        .copied()
        .chain(scratches.iter().map(|s| s.1))
        .collect();
    let offsets = plan_arena(&all).ok_or(Error::Window)?.offsets;
    let mut placements: Vec<Placement> = buffer
        .iter()
        .skip(1)
        .map(|b| Placement {
            output: b.and_then(|b| offsets.get(b)).copied().unwrap_or(0),
            scratch: 0,
        })
        .collect();
    for (&(layer, _), &scratch) in scratches.iter().zip(offsets.iter().skip(buffers.len())) {
        if let Some(place) = placements.get_mut(layer) {
            place.scratch = scratch;
        }
    }
    Ok(placements)
}
