//! The float network as a candle network, for training and float accuracy.

use candle_core::{Device, Tensor};
use candle_nn::{Conv2d, Conv2dConfig, Linear, Module};

use super::conv::{KERNEL, POOL};
use super::FloatNet;
use crate::data::{pixel_values, Dataset, COLS, PIXELS, ROWS};
use crate::error::Error;

/// A candle network: convolution blocks (3x3 convolution, ReLU, 2x2 max
/// pool), then linear layers with ReLU between them.
pub struct Net {
    pub convs: Vec<Conv2d>,
    pub layers: Vec<Linear>,
}

/// A block's convolution: stride 1, padded to keep the image's size.
pub fn conv_config() -> Conv2dConfig {
    Conv2dConfig {
        padding: KERNEL / 2,
        ..Conv2dConfig::default()
    }
}

impl Net {
    /// Logits for a `[batch, 784]` f32 input.
    pub fn forward(&self, x: &Tensor) -> candle_core::Result<Tensor> {
        self.forward_masked(x, None)
    }

    /// [`forward`](Self::forward), the first dense layer's inputs
    /// multiplied by `mask` (`[batch, inputs]`: training's dropout) if given.
    pub fn forward_masked(&self, x: &Tensor, mask: Option<&Tensor>) -> candle_core::Result<Tensor> {
        let mut x = x.clone();
        if !self.convs.is_empty() {
            let batch = x.dim(0)?;
            x = x.reshape((batch, 1, ROWS, COLS))?;
            for conv in &self.convs {
                // Pooling before ReLU gives the same values (both are
                // monotonic) on a quarter of the map: faster to train.
                x = conv.forward(&x)?.max_pool2d(POOL)?.relu()?;
            }
            // NCHW -> NHWC before flattening: the order TFLite and
            // stitch-core read, so the first dense layer's weights need no
            // reordering when quantized.
            x = x.permute((0, 2, 3, 1))?.flatten_from(1)?;
        }
        if let Some(mask) = mask {
            x = x.mul(mask)?;
        }
        let last = self.layers.len().saturating_sub(1);
        for (i, layer) in self.layers.iter().enumerate() {
            x = layer.forward(&x)?;
            if i < last {
                x = x.relu()?;
            }
        }
        Ok(x)
    }

    /// An inference-only network with the weights of `mlp`.
    pub fn from_float(float: &FloatNet) -> Result<Net, Error> {
        let mut convs = Vec::new();
        for c in &float.convs {
            let (w, b) = c.tensors()?;
            convs.push(Conv2d::new(w, Some(b), conv_config()));
        }
        let mut layers = Vec::new();
        for l in &float.layers {
            let (w, b) = l.tensors()?;
            layers.push(Linear::new(w, Some(b)));
        }
        Ok(Net { convs, layers })
    }

    /// Predicted class of every image, in order (batches of 1,000).
    pub fn predict(&self, data: &Dataset) -> Result<Vec<u8>, Error> {
        let mut predictions = Vec::with_capacity(data.len());
        for start in (0..data.len()).step_by(1000) {
            let end = (start + 1000).min(data.len());
            let pixels = pixel_values(&data.images[start * PIXELS..end * PIXELS]);
            let x = Tensor::from_vec(pixels, (end - start, PIXELS), &Device::Cpu)?;
            let classes = self.forward(&x)?.argmax(1)?.to_vec1::<u32>()?;
            predictions.extend(classes.iter().map(|&c| c as u8));
        }
        Ok(predictions)
    }
}

/// Fraction of `predictions` equal to `labels`.
pub fn accuracy(predictions: &[u8], labels: &[u8]) -> f64 {
    if labels.is_empty() {
        return 0.0;
    }
    let hits = predictions
        .iter()
        .zip(labels)
        .filter(|(p, l)| p == l)
        .count();
    hits as f64 / labels.len() as f64
}

#[cfg(test)]
mod tests {
    use super::super::tests::tiny;
    use super::*;
    use crate::data::CLASSES;

    #[test]
    fn candle_and_plain_forward_agree() {
        let mlp = tiny();
        let data = Dataset {
            images: (0..2 * PIXELS).map(|i| (i * 31 % 256) as u8).collect(),
            labels: vec![0, 0],
        };
        let net = Net::from_float(&mlp).expect("net");
        let candle = net.predict(&data).expect("predict");
        for (i, &predicted) in candle.iter().enumerate() {
            let logits = mlp.forward_all(data.image(i)).pop().expect("logits");
            let argmax = (0..CLASSES)
                .max_by(|&a, &b| logits[a].total_cmp(&logits[b]))
                .expect("argmax");
            assert_eq!(predicted as usize, argmax);
        }
    }

    /// candle's NCHW convolutions, pools and flattening (permuted to NHWC)
    /// compute what the plain NHWC forward pass that calibrates does.
    #[test]
    fn candle_and_plain_cnn_agree() {
        let float = super::super::tests::tiny_cnn();
        let images: Vec<u8> = (0..3 * PIXELS).map(|i| (i * 37 % 256) as u8).collect();
        let x = Tensor::from_vec(pixel_values(&images), (3, PIXELS), &Device::Cpu).unwrap();
        let net = Net::from_float(&float).expect("net");
        let candle = net.forward(&x).unwrap().to_vec2::<f32>().unwrap();
        for (i, logits) in candle.iter().enumerate() {
            let plain = float.forward_all(&images[i * PIXELS..][..PIXELS]);
            assert_eq!(plain.len(), 2 + 2, "two blocks, two dense layers");
            for (c, p) in logits.iter().zip(plain.last().unwrap()) {
                assert!((c - p).abs() < 1e-4, "image {i}: candle {c}, plain {p}");
            }
        }
    }
}
