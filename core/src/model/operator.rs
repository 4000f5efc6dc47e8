//! The accessors of a graph model's layers (convolutions, pools, `ADD`, a
//! graph's fully connected layer): what each reads, where it writes, its
//! shapes.

use crate::conv::{FeatureMap, Window};
use crate::format::{Layer, Op, WindowedRecord};

/// What a layer computes. The variants are in the order of the file's
/// `op` enum (`FORMAT.md`): the writer encodes a layer's kind as its index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum LayerKind {
    /// A fully connected layer of a chain (inputs offset by 128, run by [`crate::Engine`]).
    Dense,
    /// `CONV_2D`.
    Conv2d,
    /// `DEPTHWISE_CONV_2D` (depth multiplier 1).
    DepthwiseConv2d,
    /// `FULLY_CONNECTED` in a graph.
    FullyConnected,
    /// `AVERAGE_POOL_2D`.
    AveragePool2d,
    /// `MAX_POOL_2D`.
    MaxPool2d,
    /// `ADD`.
    Add,
}

impl LayerKind {
    /// The index of the file's `op` variant for this kind: postcard's
    /// varint, the same bytes a `u32` encodes to.
    #[cfg(feature = "alloc")]
    pub(crate) const fn file_tag(self) -> u32 {
        self as u32
    }

    /// TFLite's operator name, lower case (`dense` for a chain's layer).
    pub const fn name(self) -> &'static str {
        match self {
            LayerKind::Dense => "dense",
            LayerKind::Conv2d => "conv_2d",
            LayerKind::DepthwiseConv2d => "depthwise_conv_2d",
            LayerKind::FullyConnected => "fully_connected",
            LayerKind::AveragePool2d => "average_pool_2d",
            LayerKind::MaxPool2d => "max_pool_2d",
            LayerKind::Add => "add",
        }
    }
}

impl<'a> Layer<'a> {
    /// What the layer computes.
    pub fn kind(&self) -> LayerKind {
        match self.op {
            Op::Dense => LayerKind::Dense,
            Op::Conv2d(_) => LayerKind::Conv2d,
            Op::DepthwiseConv2d(_) => LayerKind::DepthwiseConv2d,
            Op::FullyConnected(_) => LayerKind::FullyConnected,
            Op::AveragePool2d(_) => LayerKind::AveragePool2d,
            Op::MaxPool2d(_) => LayerKind::MaxPool2d,
            Op::Add { .. } => LayerKind::Add,
        }
    }

    /// The tensors a graph layer reads: its input, and `ADD`'s second one.
    /// Tensor 0 is the model's input, tensor `k` the output of layer `k - 1`.
    /// `None` for a dense layer (it reads the previous layer's output).
    pub fn reads(&self) -> Option<(usize, Option<usize>)> {
        let other = match self.op {
            Op::Add { other, .. } => Some(usize::from(other)),
            _ => None,
        };
        self.op.wiring().map(|w| (usize::from(w.input), other))
    }

    /// Where a graph layer's output starts in the arena; `None` for a dense layer.
    pub fn arena_offset(&self) -> Option<usize> {
        self.op.wiring().map(|w| w.offset as usize)
    }

    /// The image a convolution or pool reads.
    pub fn input_map(&self) -> Option<FeatureMap> {
        self.op.windowed().map(|(map, _)| map.into())
    }

    /// The window of a convolution or pool.
    pub fn window(&self) -> Option<Window> {
        self.op.windowed().map(|(_, window)| window.into())
    }

    /// The image a convolution or pool writes (`None` if its window gives
    /// none, which a validated model never has).
    pub fn output_map(&self) -> Option<FeatureMap> {
        let input = self.input_map()?;
        let placement = self.window()?.place(&input).ok()?;
        let channels = match self.op {
            Op::Conv2d(_) => self.channels.shifts.len(),
            _ => input.channels,
        };
        Some(FeatureMap {
            height: placement.out_height,
            width: placement.out_width,
            channels,
        })
    }

    /// Multiply-accumulates of a graph layer: each output value's weights.
    pub(crate) fn graph_macs(&self) -> usize {
        self.taps().saturating_mul(self.out_len as usize)
    }

    /// Weights per output value: a convolution's window (times the input
    /// channels for `CONV_2D`), a fully connected layer's inputs; 0 for pools
    /// and `ADD`. Saturates for shapes validation refuses.
    pub(crate) fn taps(&self) -> usize {
        let window = |w: WindowedRecord| usize::from(w.window.height) * usize::from(w.window.width);
        match self.op {
            Op::Conv2d(w) => window(w).saturating_mul(usize::from(w.input.channels)),
            Op::DepthwiseConv2d(w) => window(w),
            Op::FullyConnected(_) => self.in_len as usize,
            _ => 0,
        }
    }

    /// A `CONV_2D` or graph `FULLY_CONNECTED` layer as the dense layer it is
    /// per output pixel: one row of [`Layer::taps`] weights per output
    /// channel, in the dense layout (`FORMAT.md`), run by the dense kernels.
    pub(crate) fn dense_view(&self) -> Option<Layer<'a>> {
        matches!(self.op, Op::Conv2d(_) | Op::FullyConnected(_)).then(|| Layer {
            in_len: u32::try_from(self.taps()).unwrap_or(0),
            out_len: u32::try_from(self.channels.shifts.len()).unwrap_or(0),
            op: Op::Dense,
            ..*self
        })
    }
}
