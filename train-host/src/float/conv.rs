//! One convolution block of the float CNN: a 3x3 convolution (stride 1,
//! zero padding keeping the size: TFLite's `SAME`), ReLU, then a 2x2 max
//! pool of stride 2 (`VALID`: an odd row or column is dropped).
//!
//! Images here are row-major pixels of `channels` values each (NHWC, what
//! TFLite and stitch-core read); candle's tensors are NCHW and `Net`
//! permutes before flattening, so the dense layers see the same order.

use candle_core::{Device, Tensor};

use super::FloatLayer;

/// Rows and columns of the convolution's window.
pub const KERNEL: usize = 3;
/// Rows and columns of the max pool's window, and its stride.
pub const POOL: usize = 2;

/// One block's weights: `weight` is `[out][in][3][3]` (candle's order).
#[derive(Debug, Clone, PartialEq)]
pub struct FloatConv {
    pub in_channels: usize,
    pub out_channels: usize,
    pub weight: Vec<f32>,
    pub bias: Vec<f32>,
}

/// A block's two outputs on one image of `side` x `side` pixels: the
/// convolution's (after ReLU, what its int8 quantization is calibrated on)
/// and the pool's, both NHWC.
pub struct BlockOutput {
    pub convolved: Vec<f32>,
    pub pooled: Vec<f32>,
}

impl FloatConv {
    /// The weight as candle's `[out, in, 3, 3]` and the bias `[out]`.
    pub fn tensors(&self) -> candle_core::Result<(Tensor, Tensor)> {
        let shape = (self.out_channels, self.in_channels, KERNEL, KERNEL);
        let w = Tensor::from_slice(&self.weight, shape, &Device::Cpu)?;
        let b = Tensor::from_slice(&self.bias, self.out_channels, &Device::Cpu)?;
        Ok((w, b))
    }

    /// The filters as a dense layer's rows in TFLite's `CONV_2D` order
    /// `[out][row][column][in]`: what per-channel quantization reads.
    pub fn filter_rows(&self) -> FloatLayer {
        let (cin, taps) = (self.in_channels, KERNEL * KERNEL);
        let mut weight = Vec::with_capacity(self.weight.len());
        for o in 0..self.out_channels {
            for tap in 0..taps {
                weight.extend((0..cin).map(|i| self.weight[(o * cin + i) * taps + tap]));
            }
        }
        FloatLayer {
            in_len: taps * cin,
            out_len: self.out_channels,
            weight,
            bias: self.bias.clone(),
        }
    }

    /// The block on an NHWC image of `side` x `side` pixels.
    pub fn forward(&self, image: &[f32], side: usize) -> BlockOutput {
        let (cin, cout) = (self.in_channels, self.out_channels);
        let half = (KERNEL / 2) as isize;
        let mut convolved = vec![0f32; side * side * cout];
        for y in 0..side {
            for x in 0..side {
                let out = &mut convolved[(y * side + x) * cout..][..cout];
                for (o, value) in out.iter_mut().enumerate() {
                    let mut sum = self.bias[o];
                    for ky in 0..KERNEL {
                        for kx in 0..KERNEL {
                            let (iy, ix) = (
                                y as isize + ky as isize - half,
                                x as isize + kx as isize - half,
                            );
                            if iy < 0 || ix < 0 || iy >= side as isize || ix >= side as isize {
                                continue;
                            }
                            let pixel = &image[(iy as usize * side + ix as usize) * cin..][..cin];
                            for (i, &v) in pixel.iter().enumerate() {
                                sum += self.weight[((o * cin + i) * KERNEL + ky) * KERNEL + kx] * v;
                            }
                        }
                    }
                    *value = sum.max(0.0);
                }
            }
        }
        let pooled_side = side / POOL;
        let mut pooled = Vec::with_capacity(pooled_side * pooled_side * cout);
        for y in 0..pooled_side {
            for x in 0..pooled_side {
                for o in 0..cout {
                    let mut max = f32::NEG_INFINITY;
                    for dy in 0..POOL {
                        for dx in 0..POOL {
                            let (iy, ix) = (y * POOL + dy, x * POOL + dx);
                            max = max.max(convolved[(iy * side + ix) * cout + o]);
                        }
                    }
                    pooled.push(max);
                }
            }
        }
        BlockOutput { convolved, pooled }
    }
}
