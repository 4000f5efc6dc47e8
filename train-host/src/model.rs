//! The float MLP outside of training: a plain-Rust copy of the weights (what
//! quantization reads), its safetensors file format, and a candle forward pass
//! for evaluating float accuracy.
//!
//! Safetensors layout (f32, little-endian), for layer `i` counted from the
//! input:
//! - `layers.{i}.weight`: `[out, in]`, row-major (PyTorch/candle convention),
//! - `layers.{i}.bias`: `[out]`.
//!
//! Every layer but the last is followed by ReLU; the last produces logits.

use std::collections::HashMap;
use std::path::Path;

use candle_core::{DType, Device, Tensor};
use candle_nn::{Linear, Module};

use crate::data::{pixel_values, Dataset, CLASSES, PIXELS};
use crate::error::Error;

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
    fn validate(&self) -> Result<(), String> {
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

    /// candle tensors under the documented names.
    fn tensors(&self) -> Result<HashMap<String, Tensor>, Error> {
        let mut map = HashMap::new();
        for (i, l) in self.layers.iter().enumerate() {
            let (w, b) = l.tensors()?;
            map.insert(format!("layers.{i}.weight"), w);
            map.insert(format!("layers.{i}.bias"), b);
        }
        Ok(map)
    }

    /// Writes the weights as safetensors, atomically.
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        let tensors = self.tensors()?;
        crate::atomic::write_with(path, |tmp| {
            candle_core::safetensors::save(&tensors, tmp).map_err(std::io::Error::other)
        })
    }

    /// The safetensors file [`FloatMlp::save`] writes, as bytes (candle
    /// writes to a path: a temporary file, read back).
    pub fn safetensors_bytes(&self) -> Result<Vec<u8>, Error> {
        let tensors = self.tensors()?;
        let tmp = tempfile::NamedTempFile::new()
            .map_err(|e| Error::write(Path::new("a temporary file"), e))?;
        candle_core::safetensors::save(&tensors, tmp.path())?;
        std::fs::read(tmp.path()).map_err(|e| Error::read(tmp.path(), e))
    }

    /// Reads and validates a safetensors file written by [`FloatMlp::save`].
    pub fn load(path: &Path) -> Result<FloatMlp, Error> {
        if !path.is_file() {
            return Err(Error::read(
                path,
                std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"),
            ));
        }
        let first_line = |e: candle_core::Error| {
            let text = e.to_string();
            Error::weights(path, text.lines().next().unwrap_or("").to_string())
        };
        let mut tensors = candle_core::safetensors::load(path, &Device::Cpu).map_err(first_line)?;
        let mut layers = Vec::new();
        for i in 0.. {
            let (Some(w), Some(b)) = (
                tensors.remove(&format!("layers.{i}.weight")),
                tensors.remove(&format!("layers.{i}.bias")),
            ) else {
                break;
            };
            let (out_len, in_len) = w
                .dims2()
                .map_err(|_| Error::weights(path, format!("layers.{i}.weight is not 2-D")))?;
            if b.dims() != [out_len] {
                return Err(Error::weights(
                    path,
                    format!(
                        "layers.{i}.bias has shape {:?}, expected [{out_len}]",
                        b.dims()
                    ),
                ));
            }
            let to_vec = |t: Tensor| -> Result<Vec<f32>, Error> {
                t.to_dtype(DType::F32)
                    .and_then(|t| t.flatten_all())
                    .and_then(|t| t.to_vec1::<f32>())
                    .map_err(first_line)
            };
            layers.push(FloatLayer {
                in_len,
                out_len,
                weight: to_vec(w)?,
                bias: to_vec(b)?,
            });
        }
        if let Some(name) = tensors.keys().min() {
            return Err(Error::weights(path, format!("unexpected tensor `{name}`")));
        }
        let mlp = FloatMlp { layers };
        mlp.validate().map_err(|p| Error::weights(path, p))?;
        Ok(mlp)
    }
}

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
    use super::*;

    fn tiny() -> FloatMlp {
        FloatMlp {
            layers: vec![
                FloatLayer {
                    in_len: PIXELS,
                    out_len: 3,
                    weight: (0..3 * PIXELS)
                        .map(|i| (i % 7) as f32 * 0.01 - 0.03)
                        .collect(),
                    bias: vec![0.1, -0.2, 0.3],
                },
                FloatLayer {
                    in_len: 3,
                    out_len: CLASSES,
                    weight: (0..3 * CLASSES).map(|i| i as f32 * 0.1 - 1.0).collect(),
                    bias: vec![0.0; CLASSES],
                },
            ],
        }
    }

    #[test]
    fn safetensors_round_trip() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("w.safetensors");
        let mlp = tiny();
        mlp.save(&path).expect("save");
        assert_eq!(FloatMlp::load(&path).expect("load"), mlp);
        assert_eq!(mlp.hidden(), vec![3]);
    }

    #[test]
    fn load_rejects_garbage_and_missing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("w.safetensors");
        std::fs::write(&path, b"not safetensors").expect("write");
        assert!(matches!(FloatMlp::load(&path), Err(Error::Weights { .. })));
        assert!(matches!(
            FloatMlp::load(&dir.path().join("none")),
            Err(Error::Read { .. })
        ));
    }

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
