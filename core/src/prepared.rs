//! [`Prepared`]: a model's weights copied row-major into caller memory, for
//! hosts whose vector units prefer long contiguous rows.
//!
//! The file's blocked layout suits Cortex-M word loads; on a desktop CPU the
//! compiler vectorizes a plain row-major dot product far better (about four
//! times faster on x86-64). Preparing costs one copy at load time; the
//! results are bit-identical to [`Engine::infer`](crate::Engine::infer).

use crate::dense::{channels, offset_for_next, requantize_channel, Input};
use crate::error::Error;
use crate::model::Model;

/// Rows computed per pass over the input.
const ROWS_PER_PASS: usize = 4;

/// A validated model plus its weights row-major in a caller-provided buffer.
///
/// ```
/// use stitch_core::{Engine, Model, Prepared};
/// # let bytes = stitch_core::doc_model();
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
    weights: &'b [u8],
}

impl<'m, 'b> Prepared<'m, 'b> {
    /// Bytes of buffer [`Prepared::new`] needs: every layer's `in_len * out_len`.
    pub fn buffer_len(model: &Model<'_>) -> usize {
        model
            .layers()
            .iter()
            .map(|l| l.in_len() * l.out_len())
            .sum()
    }

    /// Copies `model`'s weights row-major into `buffer`, which must hold at
    /// least [`Prepared::buffer_len`] bytes.
    pub fn new(model: &'m Model<'m>, buffer: &'b mut [u8]) -> Result<Self, Error> {
        let needed = Self::buffer_len(model);
        let found = buffer.len();
        let Some(buffer) = buffer.get_mut(..needed) else {
            return Err(Error::Length {
                expected: needed,
                found,
            });
        };
        let mut rest = &mut buffer[..];
        for layer in model.layers() {
            let (rows, tail) =
                core::mem::take(&mut rest).split_at_mut(layer.in_len() * layer.out_len());
            for (row, weights) in rows.chunks_exact_mut(layer.in_len()).enumerate() {
                for (col, w) in weights.iter_mut().enumerate() {
                    *w = layer.weight(row, col).unwrap_or(0) as u8;
                }
            }
            rest = tail;
        }
        Ok(Prepared {
            model,
            weights: buffer,
        })
    }

    /// The model these weights belong to.
    pub fn model(&self) -> &'m Model<'m> {
        self.model
    }

    /// Row-major weights of each layer, first to last.
    pub(crate) fn layer_weights(&self) -> impl Iterator<Item = &'b [u8]> + '_ {
        let mut rest = self.weights;
        self.model.layers().iter().map(move |layer| {
            let (rows, tail) = rest
                .split_at_checked(layer.in_len() * layer.out_len())
                .unwrap_or((rest, &[]));
            rest = tail;
            rows
        })
    }
}

/// One dense layer over row-major `weights`: four rows per pass, so each input
/// value is loaded once for four rows and the compiler vectorizes each row's
/// sum into wide multiply-adds.
pub(crate) fn dense_rows<X: Input>(
    layer: &crate::model::Layer<'_>,
    weights: &[u8],
    input: &[X],
    output: &mut [i8],
    last: bool,
) {
    let in_len = layer.in_len();
    let groups = weights.chunks_exact(ROWS_PER_PASS * in_len);
    let tail = groups.remainder();
    let sums = groups
        .flat_map(|group| dot_rows(group, input))
        .chain(tail.chunks_exact(in_len).map(|row| dot(row, input)));
    for ((out, sum), channel) in output.iter_mut().zip(sums).zip(channels(layer)) {
        *out = requantize_channel(layer, sum, channel) ^ offset_for_next(last);
    }
}

#[inline(always)]
fn dot_rows<X: Input>(rows: &[u8], input: &[X]) -> [i32; ROWS_PER_PASS] {
    let in_len = input.len();
    let (r0, rest) = rows.split_at_checked(in_len).unwrap_or((&[], &[]));
    let (r1, rest) = rest.split_at_checked(in_len).unwrap_or((&[], &[]));
    let (r2, r3) = rest.split_at_checked(in_len).unwrap_or((&[], &[]));
    let mut sums = [0i32; ROWS_PER_PASS];
    for ((((&x, &a), &b), &c), &d) in input.iter().zip(r0).zip(r1).zip(r2).zip(r3) {
        let x = x.widen();
        sums[0] += i32::from(a as i8) * x;
        sums[1] += i32::from(b as i8) * x;
        sums[2] += i32::from(c as i8) * x;
        sums[3] += i32::from(d as i8) * x;
    }
    sums
}

/// The dot product of one row-major weight row with the input.
#[inline(always)]
pub(crate) fn dot<X: Input>(row: &[u8], input: &[X]) -> i32 {
    row.iter()
        .zip(input)
        .map(|(&w, &x)| i32::from(w as i8) * x.widen())
        .sum()
}
