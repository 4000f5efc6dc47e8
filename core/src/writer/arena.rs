//! The static memory plan of a model's activations: every tensor gets an
//! offset in one arena, decided before the model runs, and tensors that are
//! never alive at the same time share bytes. A graph model's file records
//! it (`writer::graph_to_bytes`, through `writer/plan.rs`), so that the
//! arena's size is known before flashing (TensorFlow Lite Micro plans at run time, in an arena the
//! user sizes by trial).
//!
//! The planner is greedy, like TensorFlow Lite Micro's `GreedyMemoryPlanner`,
//! and tries two orders, keeping the smaller plan: the largest tensors first
//! (best where a residual stays alive), and the order they are written in
//! (best for a chain: on MobileNet it reaches the peak, 55,296 B, where
//! largest-first needs 64,512 B). In either order each tensor goes where the
//! arena grows least: at 0, just above or just below a placed tensor alive at
//! the same time, without overlapping any of those; the lowest such offset on
//! a tie. The plan is deterministic; the work is cubic in the number of
//! tensors, a few thousand steps for a model.

use alloc::vec::Vec;

/// Offsets are multiples of this: the kernels load words.
pub const ARENA_ALIGN: usize = 4;

/// A tensor to place: its size in bytes and the steps it is alive, from the
/// operator that writes it to the last that reads it (both included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lifetime {
    /// Bytes the tensor holds.
    pub bytes: usize,
    /// The step that writes it (0 for the model's input).
    pub first: usize,
    /// The last step that reads it (the last step for the model's output).
    pub last: usize,
}

impl Lifetime {
    /// Whether the two are alive at one step: an operator's input and output
    /// are, so an operator never writes over what it reads.
    fn overlaps(&self, other: &Lifetime) -> bool {
        self.first <= other.last && other.first <= self.last
    }
}

/// Where each tensor goes, and the arena that holds them all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArenaPlan {
    /// One offset per tensor, in the order they were given.
    pub offsets: Vec<usize>,
    /// Bytes of the arena: the end of the highest placed tensor, aligned.
    pub bytes: usize,
}

/// Plans `tensors` into one arena; `None` if a lifetime ends before it
/// starts, or the tensors' sizes together overflow `usize`.
///
/// ```
/// use stitch_core::writer::{plan_arena, Lifetime};
/// // A chain: each tensor is read by the step after the one that writes it.
/// let chain = [
///     Lifetime { bytes: 100, first: 0, last: 1 },
///     Lifetime { bytes: 60, first: 1, last: 2 },
///     Lifetime { bytes: 100, first: 2, last: 3 },
/// ];
/// let plan = plan_arena(&chain).unwrap();
/// // The first and last tensors are never alive together: they share bytes.
/// assert_eq!(plan.offsets[0], plan.offsets[2]);
/// assert_eq!(plan.bytes, 160);
/// ```
pub fn plan_arena(tensors: &[Lifetime]) -> Option<ArenaPlan> {
    // With every tensor apart fitting `usize`, no offset below can overflow.
    tensors.iter().try_fold(0usize, |sum, t| {
        sum.checked_add(t.bytes.checked_next_multiple_of(ARENA_ALIGN)?)
    })?;
    if tensors.iter().any(|t| t.first > t.last) {
        return None;
    }
    let mut largest_first: Vec<usize> = (0..tensors.len()).collect();
    largest_first.sort_by_key(|&i| core::cmp::Reverse(tensors[i].bytes));
    let mut written_first: Vec<usize> = (0..tensors.len()).collect();
    written_first.sort_by_key(|&i| (tensors[i].first, core::cmp::Reverse(tensors[i].bytes)));
    let a = place(tensors, &largest_first);
    let b = place(tensors, &written_first);
    Some(if b.bytes < a.bytes { b } else { a })
}

/// Places `tensors` one by one in `order`.
fn place(tensors: &[Lifetime], order: &[usize]) -> ArenaPlan {
    let mut offsets = alloc::vec![0usize; tensors.len()];
    let mut placed: Vec<usize> = Vec::with_capacity(tensors.len());
    let mut bytes = 0;
    for &i in order {
        let tensor = &tensors[i];
        // The placed tensors alive with this one: where it must not go.
        let neighbours: Vec<(usize, usize)> = placed
            .iter()
            .filter(|&&j| tensors[j].overlaps(tensor))
            .map(|&j| (offsets[j], offsets[j].saturating_add(tensors[j].bytes)))
            .collect();
        let fits = |offset: usize| {
            let end = offset.saturating_add(tensor.bytes);
            neighbours
                .iter()
                .all(|&(start, stop)| end <= start || stop <= offset)
        };
        let above = neighbours.iter().map(|&(_, stop)| align(stop));
        let below = neighbours.iter().filter_map(|&(start, _)| {
            let offset = start.checked_sub(tensor.bytes)?;
            Some(offset - offset % ARENA_ALIGN)
        });
        // The end of the highest neighbour always fits.
        let offset = core::iter::once(0)
            .chain(above)
            .chain(below)
            .filter(|&offset| fits(offset))
            .min_by_key(|&offset| {
                (
                    bytes.max(align(offset.saturating_add(tensor.bytes))),
                    offset,
                )
            })
            .unwrap_or(0);
        offsets[i] = offset;
        bytes = bytes.max(align(offset.saturating_add(tensor.bytes)));
        placed.push(i);
    }
    ArenaPlan { offsets, bytes }
}

/// `n` rounded up to [`ARENA_ALIGN`] (saturating).
fn align(n: usize) -> usize {
    n.div_ceil(ARENA_ALIGN).saturating_mul(ARENA_ALIGN)
}

/// The most bytes alive at one step: no plan needs less. (The most is
/// reached where some tensor starts, so only those steps are summed.)
///
/// ```
/// use stitch_core::writer::{peak_live_bytes, Lifetime};
/// let t = |bytes, first, last| Lifetime { bytes, first, last };
/// assert_eq!(peak_live_bytes(&[t(100, 0, 1), t(60, 1, 2), t(100, 2, 3)]), 160);
/// ```
pub fn peak_live_bytes(tensors: &[Lifetime]) -> usize {
    tensors
        .iter()
        .map(|start| {
            tensors
                .iter()
                .filter(|t| t.first <= start.first && start.first <= t.last)
                .fold(0usize, |sum, t| sum.saturating_add(t.bytes))
        })
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether no two tensors alive at one step share a byte.
    fn valid(tensors: &[Lifetime], plan: &ArenaPlan) -> bool {
        tensors.iter().enumerate().all(|(i, a)| {
            tensors.iter().enumerate().skip(i + 1).all(|(j, b)| {
                let (oa, ob) = (plan.offsets[i], plan.offsets[j]);
                !a.overlaps(b) || oa + a.bytes <= ob || ob + b.bytes <= oa
            })
        })
    }

    #[test]
    fn random_graphs_get_valid_plans_no_smaller_than_the_peak() {
        let mut seed = 0x2545_f491u32;
        let mut next = move |n: u32| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            (seed % n) as usize
        };
        for _ in 0..500 {
            let tensors: Vec<Lifetime> = (0..1 + next(12))
                .map(|_| {
                    let first = next(10);
                    Lifetime {
                        bytes: 1 + next(300),
                        first,
                        last: first + next(4),
                    }
                })
                .collect();
            let plan = plan_arena(&tensors).unwrap();
            assert!(valid(&tensors, &plan), "{tensors:?} -> {plan:?}");
            assert!(plan.offsets.iter().all(|o| o % ARENA_ALIGN == 0));
            assert!(plan.bytes >= peak_live_bytes(&tensors));
            // Never worse than giving every tensor its own bytes.
            let apart: usize = tensors.iter().map(|t| align(t.bytes)).sum();
            assert!(plan.bytes <= apart, "{tensors:?} -> {plan:?}");
        }
    }

    #[test]
    fn empty_absurd_and_inverted_inputs_are_handled() {
        assert_eq!(plan_arena(&[]).map(|p| p.bytes), Some(0));
        let huge = Lifetime {
            bytes: usize::MAX / 2,
            first: 0,
            last: usize::MAX,
        };
        assert_eq!(plan_arena(&[huge, huge]), None, "sizes overflow together");
        assert_eq!(peak_live_bytes(&[huge, huge, huge]), usize::MAX);
        let inverted = Lifetime {
            bytes: 4,
            first: 3,
            last: 2,
        };
        assert_eq!(plan_arena(&[inverted]), None);
    }
}
