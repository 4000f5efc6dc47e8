//! The float network as plain Rust: the weights quantization reads, and a
//! forward pass that keeps every layer's output (for calibration).
//!
//! The network is `convs` (blocks of 3x3 convolution, ReLU and 2x2 max
//! pool, [`FloatConv`]; none for the tutorial's MLP), the last block's
//! output flattened (NHWC), then dense `layers`: ReLU after every one but
//! the last, which produces logits.

use candle_core::{Device, Tensor};

use super::conv::{FloatConv, POOL};
use crate::data::{pixel_values, CLASSES, COLS, PIXELS, ROWS};

/// One dense layer, `y = W x + b`, `W` row-major `[out][in]`.
#[derive(Debug, Clone, PartialEq)]
pub struct FloatLayer {
    pub in_len: usize,
    pub out_len: usize,
    pub weight: Vec<f32>,
    pub bias: Vec<f32>,
}

impl FloatLayer {
    /// Row `o` of the weight matrix: the weights feeding output `o`.
    pub fn row(&self, o: usize) -> &[f32] {
        &self.weight[o * self.in_len..(o + 1) * self.in_len]
    }

    /// The layer as candle tensors: weight `[out, in]`, bias `[out]`. The one
    /// place the float network becomes candle's, for training, evaluation
    /// and the safetensors file alike.
    pub fn tensors(&self) -> candle_core::Result<(Tensor, Tensor)> {
        let w = Tensor::from_slice(&self.weight, (self.out_len, self.in_len), &Device::Cpu)?;
        let b = Tensor::from_slice(&self.bias, self.out_len, &Device::Cpu)?;
        Ok((w, b))
    }
}

/// The whole float network, input layer first.
#[derive(Debug, Clone, PartialEq)]
pub struct FloatNet {
    /// Convolution blocks, on the 28x28 image (none for an MLP).
    pub convs: Vec<FloatConv>,
    /// Dense layers, on the flattened output of the last block.
    pub layers: Vec<FloatLayer>,
}

impl FloatNet {
    /// Hidden dense widths, e.g. `[64, 64]`.
    pub fn hidden(&self) -> Vec<usize> {
        let n = self.layers.len().saturating_sub(1);
        self.layers[..n].iter().map(|l| l.out_len).collect()
    }

    /// Output channels of each convolution block, e.g. `[8, 16]`.
    pub fn channels(&self) -> Vec<usize> {
        self.convs.iter().map(|c| c.out_channels).collect()
    }

    /// Rows (= columns) of the image block `b` reads: 28, halved by each
    /// pool before it (rounding down).
    pub fn side_before(block: usize) -> usize {
        (0..block).fold(ROWS, |side, _| side / POOL)
    }

    /// Values the first dense layer reads: the last block's pooled map, or
    /// the image's pixels.
    pub fn flat_len(&self) -> usize {
        match self.convs.last() {
            Some(last) => Self::side_before(self.convs.len()).pow(2) * last.out_channels,
            None => PIXELS,
        }
    }

    /// The int8 layers this network quantizes to, as (inputs, outputs) per
    /// layer: a convolution and its pool per block, then the dense layers.
    pub fn int8_lengths(&self) -> Vec<(usize, usize)> {
        let mut lengths = Vec::new();
        for (b, conv) in self.convs.iter().enumerate() {
            let side = Self::side_before(b);
            let convolved = side * side * conv.out_channels;
            lengths.push((side * side * conv.in_channels, convolved));
            lengths.push((
                convolved,
                Self::side_before(b + 1).pow(2) * conv.out_channels,
            ));
        }
        lengths.extend(self.layers.iter().map(|l| (l.in_len, l.out_len)));
        lengths
    }

    /// Forward pass of one image in plain f32 (pixels / 255), returning
    /// what int8 quantization calibrates: each block's convolution output
    /// (post-ReLU, before the pool, which keeps its range), then each dense
    /// layer's (post-ReLU for hidden layers, logits last).
    pub fn forward_all(&self, pixels: &[u8]) -> Vec<Vec<f32>> {
        let mut x = pixel_values(pixels);
        let mut outputs = Vec::with_capacity(self.convs.len() + self.layers.len());
        for (b, conv) in self.convs.iter().enumerate() {
            let block = conv.forward(&x, Self::side_before(b));
            outputs.push(block.convolved);
            x = block.pooled;
        }
        let last = self.layers.len().saturating_sub(1);
        for (i, layer) in self.layers.iter().enumerate() {
            let y: Vec<f32> = (0..layer.out_len)
                .map(|o| {
                    let dot: f32 = layer.row(o).iter().zip(&x).map(|(w, v)| w * v).sum();
                    let z = dot + layer.bias[o];
                    if i < last {
                        z.max(0.0)
                    } else {
                        z
                    }
                })
                .collect();
            outputs.push(y.clone());
            x = y;
        }
        outputs
    }

    /// Checks the blocks take 1 -> ... channels and the dense layers
    /// [`flat_len`](Self::flat_len) -> ... -> 10, with consistent sizes.
    pub(super) fn validate(&self) -> Result<(), String> {
        let mut channels = 1;
        for (b, conv) in self.convs.iter().enumerate() {
            if conv.in_channels != channels || conv.out_channels == 0 {
                return Err(format!(
                    "convolution {b} takes {} channels to {}, after {channels}",
                    conv.in_channels, conv.out_channels
                ));
            }
            let taps = super::conv::KERNEL * super::conv::KERNEL;
            if conv.weight.len() != conv.out_channels * conv.in_channels * taps
                || conv.bias.len() != conv.out_channels
            {
                return Err(format!("convolution {b}: weight/bias sizes do not match"));
            }
            if conv.weight.iter().chain(&conv.bias).any(|v| !v.is_finite()) {
                return Err(format!("convolution {b} has NaN or infinite values"));
            }
            if Self::side_before(b + 1) == 0 {
                return Err(format!("{} pools shrink {ROWS}x{COLS} to nothing", b + 1));
            }
            channels = conv.out_channels;
        }
        let Some(first) = self.layers.first() else {
            return Err("no layers".into());
        };
        let flat = self.flat_len();
        if first.in_len != flat {
            return Err(format!(
                "first dense layer takes {} inputs, not {flat}",
                first.in_len
            ));
        }
        for (i, pair) in self.layers.windows(2).enumerate() {
            if pair[0].out_len != pair[1].in_len {
                return Err(format!(
                    "layer {i} outputs {} values but layer {} takes {}",
                    pair[0].out_len,
                    i + 1,
                    pair[1].in_len
                ));
            }
        }
        let out = self.layers.last().map_or(0, |l| l.out_len);
        if out != CLASSES {
            return Err(format!("last layer outputs {out} values, not {CLASSES}"));
        }
        for (i, l) in self.layers.iter().enumerate() {
            if l.weight.len() != l.in_len * l.out_len || l.bias.len() != l.out_len {
                return Err(format!("layer {i}: weight/bias sizes do not match"));
            }
            if l.weight.iter().chain(&l.bias).any(|v| !v.is_finite()) {
                return Err(format!("layer {i} has NaN or infinite values"));
            }
        }
        Ok(())
    }
}
