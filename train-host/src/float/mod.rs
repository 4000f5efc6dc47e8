//! The float MLP outside of training: a plain-Rust copy of the weights
//! ([`FloatMlp`], what quantization reads), its safetensors file, and a
//! candle network for float accuracy ([`Net`]).

mod mlp;
mod net;
mod safetensors;

pub use mlp::{FloatLayer, FloatMlp};
pub use net::{accuracy, Net};

#[cfg(test)]
mod tests {
    use super::{FloatLayer, FloatMlp};
    use crate::data::{CLASSES, PIXELS};

    /// A 784-3-10 network with fixed weights.
    pub(super) fn tiny() -> FloatMlp {
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
}
