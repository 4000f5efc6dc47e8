//! The float network outside of training: a plain-Rust copy of the weights
//! ([`FloatNet`], what quantization reads), its safetensors file, and a
//! candle network for float accuracy ([`Net`]).

pub mod conv;
mod net;
mod network;
mod safetensors;

pub use conv::FloatConv;
pub use net::{accuracy, conv_config, Net};
pub use network::{FloatLayer, FloatNet};

#[cfg(test)]
pub(crate) mod tests {
    use super::{FloatLayer, FloatNet};
    use crate::data::{CLASSES, PIXELS};

    /// A CNN of two blocks (2 and 3 channels, 7x7x3 flattened), a hidden
    /// layer of 5 and 10 logits, seeded, with biases that are not zero.
    pub(crate) fn tiny_cnn() -> FloatNet {
        let mut net = crate::train::initial_net(&[2, 3], &[5], 7);
        for (i, bias) in net
            .convs
            .iter_mut()
            .map(|c| &mut c.bias)
            .chain(net.layers.iter_mut().map(|l| &mut l.bias))
            .flat_map(|b| b.iter_mut())
            .enumerate()
        {
            *bias = (i % 5) as f32 * 0.05 - 0.1;
        }
        net
    }

    /// A 784-3-10 network with fixed weights.
    pub(super) fn tiny() -> FloatNet {
        FloatNet {
            convs: vec![],
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
