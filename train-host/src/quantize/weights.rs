//! Per-output-channel symmetric int8 weights (TFLite's scheme for Dense
//! kernels): each row `o` gets its own scale `max|w| / 127`, so a row of small
//! weights keeps its precision even when another row is large.

use crate::float::FloatLayer;

/// Int8 weights `[out][in]` in -127..=127 and one scale per output row.
#[derive(Debug, Clone, PartialEq)]
pub struct QuantizedWeights {
    pub weights: Vec<i8>,
    pub scales: Vec<f32>,
}

/// Quantizes `layer`'s weight matrix row by row.
pub fn quantize_per_channel(layer: &FloatLayer) -> QuantizedWeights {
    let mut weights = Vec::with_capacity(layer.weight.len());
    let mut scales = Vec::with_capacity(layer.out_len);
    for o in 0..layer.out_len {
        let row = layer.row(o);
        let max = row.iter().fold(0.0f32, |m, w| m.max(w.abs()));
        // An all-zero row quantizes to zeros under any scale; 1.0 keeps the
        // requantization multiplier finite.
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
        scales.push(scale);
        weights.extend(
            row.iter()
                .map(|&w| (w / scale).round().clamp(-127.0, 127.0) as i8),
        );
    }
    QuantizedWeights { weights, scales }
}

/// int32 bias at scale `input_scale * weight_scale` (TFLite stores biases so,
/// and the stitch-core writer folds the zero points in later). Saturates; the
/// writer rejects biases that are still out of range after folding.
pub fn quantize_bias(bias: f32, input_scale: f32, weight_scale: f32) -> i32 {
    let scale = input_scale as f64 * weight_scale as f64;
    let q = (bias as f64 / scale).round();
    q.clamp(i32::MIN as f64, i32::MAX as f64) as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layer(weight: Vec<f32>, out_len: usize) -> FloatLayer {
        let in_len = weight.len() / out_len;
        FloatLayer {
            in_len,
            out_len,
            weight,
            bias: vec![0.0; out_len],
        }
    }

    #[test]
    fn each_row_has_its_own_scale() {
        // (Values chosen away from .5 ties, which f32 division may nudge.)
        let q = quantize_per_channel(&layer(vec![1.0, -0.6, 0.25, 0.012, -0.02, 0.004], 2));
        assert_eq!(q.scales, vec![1.0 / 127.0, 0.02 / 127.0]);
        assert_eq!(q.weights, vec![127, -76, 32, 76, -127, 25]);
    }

    #[test]
    fn max_magnitude_maps_to_127_and_zero_row_is_safe() {
        let q = quantize_per_channel(&layer(vec![-3.0, 1.5, 0.0, 0.0], 2));
        assert_eq!(&q.weights[..2], &[-127, 64]);
        assert_eq!(&q.weights[2..], &[0, 0]);
        assert_eq!(q.scales[1], 1.0);
        // Round-trip error is at most half a step.
        let l = layer((0..100).map(|i| (i as f32 * 0.37).sin()).collect(), 4);
        let q = quantize_per_channel(&l);
        for o in 0..4 {
            for i in 0..25 {
                let back = q.weights[o * 25 + i] as f32 * q.scales[o];
                assert!((back - l.weight[o * 25 + i]).abs() <= q.scales[o] * 0.5 + 1e-6);
            }
        }
    }

    #[test]
    fn bias_uses_the_product_scale() {
        assert_eq!(quantize_bias(0.5, 0.1, 0.01), 500);
        assert_eq!(quantize_bias(-0.0015, 0.1, 0.01), -2); // -1.5 rounds away
        assert_eq!(quantize_bias(1e30, 1e-6, 1e-6), i32::MAX);
    }
}
