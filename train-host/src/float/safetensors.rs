//! The float weights' file: safetensors (f32, little-endian), for
//! convolution block `i` and dense layer `i` counted from the input:
//! - `convs.{i}.weight`: `[out, in, 3, 3]`, `convs.{i}.bias`: `[out]` (none
//!   for an MLP),
//! - `layers.{i}.weight`: `[out, in]`, row-major (PyTorch/candle convention),
//! - `layers.{i}.bias`: `[out]`.

use std::collections::HashMap;
use std::path::Path;

use candle_core::{DType, Device, Tensor};

use super::conv::KERNEL;
use super::{FloatConv, FloatLayer, FloatNet};
use crate::error::Error;

impl FloatNet {
    /// candle tensors under the documented names.
    fn tensors(&self) -> Result<HashMap<String, Tensor>, Error> {
        let mut map = HashMap::new();
        for (i, c) in self.convs.iter().enumerate() {
            let (w, b) = c.tensors()?;
            map.insert(format!("convs.{i}.weight"), w);
            map.insert(format!("convs.{i}.bias"), b);
        }
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

    /// The safetensors file [`FloatNet::save`] writes, as bytes (candle
    /// writes to a path: a temporary file, read back).
    pub fn safetensors_bytes(&self) -> Result<Vec<u8>, Error> {
        let tensors = self.tensors()?;
        let tmp = tempfile::NamedTempFile::new()
            .map_err(|e| Error::write(Path::new("a temporary file"), e))?;
        candle_core::safetensors::save(&tensors, tmp.path())?;
        std::fs::read(tmp.path()).map_err(|e| Error::read(tmp.path(), e))
    }

    /// Reads and validates a safetensors file written by [`FloatNet::save`].
    pub fn load(path: &Path) -> Result<FloatNet, Error> {
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
        let to_vec = |t: Tensor| -> Result<Vec<f32>, Error> {
            t.to_dtype(DType::F32)
                .and_then(|t| t.flatten_all())
                .and_then(|t| t.to_vec1::<f32>())
                .map_err(first_line)
        };
        let mut convs = Vec::new();
        for i in 0.. {
            let (Some(w), Some(b)) = (
                tensors.remove(&format!("convs.{i}.weight")),
                tensors.remove(&format!("convs.{i}.bias")),
            ) else {
                break;
            };
            let (out_channels, in_channels, kh, kw) = w
                .dims4()
                .map_err(|_| Error::weights(path, format!("convs.{i}.weight is not 4-D")))?;
            if (kh, kw) != (KERNEL, KERNEL) || b.dims() != [out_channels] {
                return Err(Error::weights(
                    path,
                    format!(
                        "convs.{i} has weight {:?} and bias {:?}, expected [out, in, {KERNEL}, {KERNEL}] and [out]",
                        w.dims(),
                        b.dims()
                    ),
                ));
            }
            convs.push(FloatConv {
                in_channels,
                out_channels,
                weight: to_vec(w)?,
                bias: to_vec(b)?,
            });
        }
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
        let float = FloatNet { convs, layers };
        float.validate().map_err(|p| Error::weights(path, p))?;
        Ok(float)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::tiny;
    use super::*;

    #[test]
    fn safetensors_round_trip() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("w.safetensors");
        let mlp = tiny();
        mlp.save(&path).expect("save");
        assert_eq!(FloatNet::load(&path).expect("load"), mlp);
        assert_eq!(mlp.hidden(), vec![3]);
        let cnn = super::super::tests::tiny_cnn();
        cnn.save(&path).expect("save");
        assert_eq!(FloatNet::load(&path).expect("load"), cnn);
        assert_eq!(cnn.channels(), vec![2, 3]);
    }

    /// Convolutions that do not chain from the 1-channel image, or whose
    /// dense layers do not take their flattened output, are refused.
    #[test]
    fn load_rejects_convolutions_that_do_not_fit() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("w.safetensors");
        let mut cnn = super::super::tests::tiny_cnn();
        cnn.convs.swap(0, 1);
        cnn.save(&path).expect("save");
        let err = FloatNet::load(&path).expect_err("blocks out of order");
        assert!(
            err.to_string().contains("convolution 0 takes 2 channels"),
            "{err}"
        );
        let mut cnn = super::super::tests::tiny_cnn();
        cnn.convs.pop();
        cnn.save(&path).expect("save");
        let err = FloatNet::load(&path).expect_err("one block fewer");
        assert!(
            err.to_string()
                .contains("first dense layer takes 147 inputs, not 392"),
            "{err}"
        );
    }

    #[test]
    fn load_rejects_garbage_and_missing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("w.safetensors");
        std::fs::write(&path, b"not safetensors").expect("write");
        assert!(matches!(FloatNet::load(&path), Err(Error::Weights { .. })));
        assert!(matches!(
            FloatNet::load(&dir.path().join("none")),
            Err(Error::Read { .. })
        ));
    }
}
