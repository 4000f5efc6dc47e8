//! One layer's view of the arena: its output and its scratch borrowed
//! mutably, everything else readable, all from one `&mut` slice without
//! `unsafe`.

use core::ops::Range;

/// The arena cut around a layer's two writable regions.
pub(super) struct Regions<'a> {
    /// Readable pieces and where they start: before, between and after the
    /// writable regions.
    pieces: [(usize, &'a [u8]); 3],
}

/// Cuts `arena` into `output`, `scratch` (either may come first; the
/// scratch may be empty) and the readable rest; `None` if they overlap or
/// leave the arena.
pub(super) fn cut(
    arena: &mut [u8],
    output: Range<usize>,
    scratch: Range<usize>,
) -> Option<(&mut [u8], &mut [u8], Regions<'_>)> {
    // No scratch: an empty one right after the output.
    let scratch = if scratch.is_empty() {
        output.end..output.end
    } else {
        scratch
    };
    let output_first = output.start <= scratch.start;
    let (first, second) = if output_first {
        (output, scratch)
    } else {
        (scratch, output)
    };
    let gap = second.start.checked_sub(first.end)?;
    let (before, rest) = arena.split_at_mut_checked(first.start)?;
    let (a, rest) = rest.split_at_mut_checked(first.len())?;
    let (between, rest) = rest.split_at_mut_checked(gap)?;
    let (b, after) = rest.split_at_mut_checked(second.len())?;
    let regions = Regions {
        pieces: [(0, &*before), (first.end, &*between), (second.end, &*after)],
    };
    let (out, scratch) = if output_first { (a, b) } else { (b, a) };
    Some((out, scratch, regions))
}

impl Regions<'_> {
    /// The bytes of `region`, if it lies within one readable piece.
    pub(super) fn get(&self, region: Range<usize>) -> Option<&[u8]> {
        self.pieces.iter().find_map(|&(start, piece)| {
            let from = region.start.checked_sub(start)?;
            let to = region.end.checked_sub(start)?;
            piece.get(from..to)
        })
    }
}
