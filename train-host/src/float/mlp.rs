//! The float MLP as plain Rust: the weights quantization reads, and a
//! forward pass that keeps every layer's output (for calibration). Every
//! layer but the last is followed by ReLU; the last produces logits.

use candle_core::{Device, Tensor};

use crate::data::{pixel_values, CLASSES, PIXELS};

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
pub struct FloatMlp {
    pub layers: Vec<FloatLayer>,
}

impl FloatMlp {
    /// Hidden widths, e.g. `[64, 64]`.
    pub fn hidden(&self) -> Vec<usize> {
        let n = self.layers.len().saturating_sub(1);
        self.layers[..n].iter().map(|l| l.out_len).collect()
    }

    /// Forward pass of one image in plain f32 (pixels / 255), returning every
    /// layer's output (post-ReLU for hidden layers, logits last). Used for
    /// calibration, where we need the intermediate activations.
    pub fn forward_all(&self, pixels: &[u8]) -> Vec<Vec<f32>> {
        let mut x = pixel_values(pixels);
        let mut outputs = Vec::with_capacity(self.layers.len());
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

    /// Checks the layer chain is 784 -> ... -> 10 with consistent sizes.
    pub(super) fn validate(&self) -> Result<(), String> {
        let Some(first) = self.layers.first() else {
            return Err("no layers".into());
        };
        if first.in_len != PIXELS {
            return Err(format!(
                "first layer takes {} inputs, not {PIXELS}",
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
