//! The float MLP as a candle network, for float accuracy.

use candle_core::{Device, Tensor};
use candle_nn::{Linear, Module};

use super::FloatMlp;
use crate::data::{pixel_values, Dataset, PIXELS};
use crate::error::Error;

/// A candle network built from linear layers (ReLU between them).
pub struct Net {
    pub layers: Vec<Linear>,
}

impl Net {
    /// Logits for a `[batch, 784]` f32 input.
    pub fn forward(&self, x: &Tensor) -> candle_core::Result<Tensor> {
        let mut x = x.clone();
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
    pub fn from_mlp(mlp: &FloatMlp) -> Result<Net, Error> {
        let mut layers = Vec::new();
        for l in &mlp.layers {
            let (w, b) = l.tensors()?;
            layers.push(Linear::new(w, Some(b)));
        }
        Ok(Net { layers })
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
        let net = Net::from_mlp(&mlp).expect("net");
        let candle = net.predict(&data).expect("predict");
        for (i, &predicted) in candle.iter().enumerate() {
            let logits = mlp.forward_all(data.image(i)).pop().expect("logits");
            let argmax = (0..CLASSES)
                .max_by(|&a, &b| logits[a].total_cmp(&logits[b]))
                .expect("argmax");
            assert_eq!(predicted as usize, argmax);
        }
    }
}
