//! Light, label-preserving data augmentation for Fashion-MNIST: random
//! horizontal flips (clothes are roughly left-right symmetric) and small random
//! shifts. Neither is on by default: for a 784-64-64-10 MLP they did not pay
//! off (see `train::DEFAULT_AUGMENT`).

use rand::Rng;

use crate::data::{pixel_value, COLS, PIXELS, ROWS};

/// What to do to each training image.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Augment {
    /// Probability of a horizontal flip.
    pub flip: f64,
    /// Maximum shift in pixels along each axis (uniform in -s..=s); 0 = none.
    pub max_shift: i32,
}

impl Augment {
    pub const NONE: Augment = Augment {
        flip: 0.0,
        max_shift: 0,
    };

    pub fn is_none(&self) -> bool {
        self.flip <= 0.0 && self.max_shift == 0
    }

    /// Writes `src` (784 pixels), augmented, as floats in 0..=1 into `dst`.
    /// The RNG is consumed the same way for every image so runs reproduce.
    pub fn apply<R: Rng>(&self, src: &[u8], dst: &mut [f32], rng: &mut R) {
        debug_assert_eq!(src.len(), PIXELS);
        if self.is_none() {
            for (d, &s) in dst.iter_mut().zip(src) {
                *d = pixel_value(s);
            }
            return;
        }
        let flip = self.flip > 0.0 && rng.random_bool(self.flip.min(1.0));
        let (dy, dx) = if self.max_shift > 0 {
            (
                rng.random_range(-self.max_shift..=self.max_shift),
                rng.random_range(-self.max_shift..=self.max_shift),
            )
        } else {
            (0, 0)
        };
        for r in 0..ROWS as i32 {
            for c in 0..COLS as i32 {
                // Output pixel (r, c) comes from source (r - dy, c' - dx),
                // c' = mirrored c if flipping; outside the image is 0 (the
                // background of Fashion-MNIST).
                let sc = if flip { COLS as i32 - 1 - c } else { c } - dx;
                let sr = r - dy;
                let v = if (0..ROWS as i32).contains(&sr) && (0..COLS as i32).contains(&sc) {
                    src[sr as usize * COLS + sc as usize]
                } else {
                    0
                };
                dst[r as usize * COLS + c as usize] = pixel_value(v);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn none_is_identity_scaled() {
        let src: Vec<u8> = (0..PIXELS).map(|i| (i % 256) as u8).collect();
        let mut dst = vec![0.0; PIXELS];
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
        Augment::NONE.apply(&src, &mut dst, &mut rng);
        assert_eq!(dst[255], 1.0);
        assert_eq!(dst[0], 0.0);
    }

    #[test]
    fn flip_mirrors_rows() {
        let mut src = vec![0u8; PIXELS];
        src[0] = 255; // top-left
        let mut dst = vec![0.0; PIXELS];
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
        let aug = Augment {
            flip: 1.0,
            max_shift: 0,
        };
        aug.apply(&src, &mut dst, &mut rng);
        assert_eq!(dst[COLS - 1], 1.0); // now top-right
        assert_eq!(dst.iter().filter(|&&v| v > 0.0).count(), 1);
    }

    #[test]
    fn shifts_stay_within_bounds() {
        let src = vec![200u8; PIXELS];
        let mut dst = vec![0.0; PIXELS];
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(3);
        let aug = Augment {
            flip: 0.5,
            max_shift: 2,
        };
        for _ in 0..50 {
            aug.apply(&src, &mut dst, &mut rng);
            let lit = dst.iter().filter(|&&v| v > 0.0).count();
            assert!(lit >= 24 * 24, "{lit}");
        }
    }
}
