//! The examples' random numbers: a fixed-seed xorshift, so that what they
//! write is the same on every run.

/// A fixed-seed xorshift.
pub struct Rng(pub u32);

impl Rng {
    pub fn next(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 17;
        self.0 ^= self.0 << 5;
        self.0
    }
}
