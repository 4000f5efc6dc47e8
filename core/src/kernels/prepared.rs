//! [`Prepared`]: a model's weights copied row-major into caller memory, for
//! hosts whose vector units prefer long contiguous rows.
//!
//! The file's blocked layout suits Cortex-M word loads; on a desktop CPU the
//! compiler vectorizes a plain row-major dot product far better (about four
//! times faster on x86-64). Preparing costs one copy at load time; the
//! results are bit-identical to [`Engine::infer`](crate::Engine::infer).

use super::{channels, Epilogue};
use crate::engine::Kernel;
use crate::error::Error;
use crate::format::{Layer, MAX_LAYERS};
use crate::model::Model;

/// Rows computed per pass over the input.
const ROWS_PER_PASS: usize = 8;

/// A validated model plus its weights row-major in a caller-provided buffer.
///
/// ```
/// use stitch_core::{Engine, Model, Prepared};
/// # let bytes: &[u8] = stitch_core::include_model!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tiny.stitch"));
/// let model = Model::from_bytes(&bytes)?;
/// let mut buffer = vec![0u8; Prepared::buffer_len(&model)];
/// let prepared = Prepared::new(&model, &mut buffer)?;
/// let mut engine = Engine::<8>::new();
/// let fast = engine.infer_prepared(&prepared, &[0, 255, 255, 0])?.logits().to_vec();
/// assert_eq!(engine.infer(&model, &[0, 255, 255, 0])?.logits(), &fast[..]);
/// # Ok::<(), stitch_core::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Prepared<'m, 'b> {
    model: &'m Model<'m>,
    /// Each layer's weights, row-major `[out][in]`.
    layers: heapless::Vec<&'b [u8], MAX_LAYERS>,
}

impl<'m, 'b> Prepared<'m, 'b> {
    /// Bytes of buffer [`Prepared::new`] needs: every layer's `in_len * out_len`.
    pub fn buffer_len(model: &Model<'_>) -> usize {
        model.layers().iter().map(Layer::macs).sum()
    }

    /// Copies `model`'s weights row-major into `buffer`, which must hold at
    /// least [`Prepared::buffer_len`] bytes.
    pub fn new(model: &'m Model<'m>, buffer: &'b mut [u8]) -> Result<Self, Error> {
        let needed = Self::buffer_len(model);
        let found = buffer.len();
        if found < needed {
            return Err(Error::Length {
                expected: needed,
                found,
            });
        }
        let mut layers = heapless::Vec::new();
        let mut rest = buffer;
        for layer in model.layers() {
            let (rows, tail) = rest.split_at_mut(layer.macs().min(rest.len()));
            for (row, weights) in rows.chunks_exact_mut(layer.in_len()).enumerate() {
                for (col, w) in weights.iter_mut().enumerate() {
                    *w = layer.weight(row, col).unwrap_or(0) as u8;
                }
            }
            // A validated model has at most as many layers as the vector holds.
            let _ = layers.push(&*rows);
            rest = tail;
        }
        Ok(Prepared { model, layers })
    }

    /// The model these weights belong to.
    pub fn model(&self) -> &'m Model<'m> {
        self.model
    }

    /// Row-major weights of layer `index`.
    pub(crate) fn weights(&self, index: usize) -> &'b [u8] {
        self.layers.get(index).copied().unwrap_or(&[])
    }
}

impl Kernel<1> for &Prepared<'_, '_> {
    #[inline(always)]
    fn dense(
        &mut self,
        index: usize,
        layer: &Layer<'_>,
        [input]: [&[u8]; 1],
        [output]: [&mut [u8]; 1],
        last: bool,
    ) {
        dense_rows(layer, self.weights(index), input, output, last);
    }
}

/// One dense layer over row-major `weights`, eight rows per pass.
fn dense_rows(layer: &Layer<'_>, weights: &[u8], input: &[u8], output: &mut [u8], last: bool) {
    let in_len = layer.in_len();
    let epilogue = Epilogue::<false>::new(layer, last);
    let groups = weights.chunks_exact(ROWS_PER_PASS * in_len);
    let tail = groups.remainder();
    let sums = groups
        .flat_map(|group| dot_rows(group, input))
        .chain(tail.chunks_exact(in_len).map(|row| dot(row, input)));
    for ((out, sum), channel) in output.iter_mut().zip(sums).zip(channels(layer)) {
        *out = epilogue.store(sum, channel);
    }
}

#[inline(always)]
fn dot_rows(rows: &[u8], input: &[u8]) -> [i32; ROWS_PER_PASS] {
    let mut r = rows.chunks_exact(input.len().max(1));
    let mut next = || r.next().unwrap_or(&[]);
    let rows: [&[u8]; ROWS_PER_PASS] = core::array::from_fn(|_| next());
    let [r0, r1, r2, r3, r4, r5, r6, r7] = rows;
    let mut sums = [0i32; ROWS_PER_PASS];
    let weights = r0
        .iter()
        .zip(r1)
        .zip(r2)
        .zip(r3)
        .zip(r4)
        .zip(r5)
        .zip(r6)
        .zip(r7);
    for ((((((((&a, &b), &c), &d), &e), &f), &g), &h), &x) in weights.zip(input) {
        let x = i32::from(x);
        for (sum, w) in sums.iter_mut().zip([a, b, c, d, e, f, g, h]) {
            *sum += i32::from(w as i8) * x;
        }
    }
    sums
}

/// The dot product of one row-major weight row with the input.
#[inline(always)]
pub(super) fn dot(row: &[u8], input: &[u8]) -> i32 {
    row.iter()
        .zip(input)
        .map(|(&w, &x)| i32::from(w as i8) * i32::from(x))
        .sum()
}
