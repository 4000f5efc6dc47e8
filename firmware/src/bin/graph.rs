//! stitch-graph: runs the embedded graph model (convolutions, pools, `ADD`:
//! an imported MLPerf Tiny network) on its vectors with `graph::infer`, in
//! a static arena of exactly `Model::arena_bytes`, and prints one line per
//! vector and a summary:
//!
//! ```text
//! layer=<i> kind=<k> instructions=<n>      (each layer on the first vector)
//! vector=<i> ok
//! vector=<i> mismatch output=<j> expected=<e> got=<g> differing=<d>
//! counts unit=<instructions|cycles> empty_call=<E> min=<a> median=<m> max=<b>
//! summary mode=graph vectors=<N> mismatches=<M> instructions_per_inference=<X> stack_bytes=<S> arena_bytes=<A> model_bytes=<B> machine=<m>
//! ```
//!
//! `instructions_per_inference` is the median over the vectors of one
//! inference's count minus an empty call's, as `stitch-firmware` measures.
//! Exit status: 0, 1 when the model or an inference fails, 2 when a vector
//! mismatches.
#![no_std]
#![no_main]

use cortex_m_rt::entry;
use stitch_core::vectors::Vectors;
use stitch_core::{graph, Model};
use stitch_firmware::counter::{self, Counter};
use stitch_firmware::embedded::{self, ARENA_BYTES, MACHINE, MACHINE_NOTE};
use stitch_firmware::{outln, output, stack};

/// Exit status when the model or an inference fails.
const EXIT_ERROR: u32 = 1;
/// Exit status when a vector's outputs differ from the expected ones.
const EXIT_MISMATCH: u32 = 2;
/// Most vectors measured (their counts are kept to take the median).
const MAX_VECTORS: usize = 64;

/// What a measured call leaves: the outputs' length, or the error.
type Outcome = Option<Result<usize, stitch_core::Error>>;

/// A measured call: the inference and the empty call share this signature,
/// so the difference of their counts is the inference's work alone.
type Call = fn(&Model<'_>, &[i8], &mut [u32], &mut Outcome);

/// One inference (never inlined, so its frame lies below the painted SP).
#[inline(never)]
fn infer(model: &Model<'_>, input: &[i8], arena: &mut [u32], outcome: &mut Outcome) {
    *outcome = Some(graph::infer(model, input, arena).map(<[i8]>::len));
}

/// The empty call whose count is subtracted: same arguments, no work.
#[inline(never)]
fn empty_call(_model: &Model<'_>, _input: &[i8], _arena: &mut [u32], _outcome: &mut Outcome) {
    // SAFETY: an empty instruction sequence; it only stops the call being removed.
    unsafe { core::arch::asm!("", options(nomem, nostack, preserves_flags)) };
}

/// The count of one `call` and the stack it used below this frame.
#[inline(never)]
fn timed(
    counter: &Counter,
    call: Call,
    model: &Model<'_>,
    input: &[i8],
    arena: &mut [u32],
    outcome: &mut Outcome,
) -> (u32, Option<usize>) {
    let painted = stack::paint();
    let ((), count) = counter.measure(|| call(model, input, arena, outcome));
    (count, painted.used())
}

fn fail(error: stitch_core::Error) -> ! {
    outln!("error: {error}");
    output::exit(EXIT_ERROR)
}

#[entry]
fn main() -> ! {
    let Some(mut core) = cortex_m::Peripherals::take() else {
        output::exit(EXIT_ERROR)
    };
    let counter = Counter::start(&mut core);
    let Some(arena) = cortex_m::singleton!(: [u32; ARENA_BYTES / 4] = [0; ARENA_BYTES / 4]) else {
        output::exit(EXIT_ERROR)
    };
    let Some(counts) = cortex_m::singleton!(: [u32; MAX_VECTORS] = [0; MAX_VECTORS]) else {
        output::exit(EXIT_ERROR)
    };
    if !MACHINE_NOTE.is_empty() {
        outln!("note: {MACHINE_NOTE}");
    }
    let bytes = embedded::model();
    // Borrowed from the result: a model is kilobytes, one copy is enough.
    let read = Model::from_bytes(bytes);
    let model = read.as_ref().unwrap_or_else(|&e| fail(e));
    let vectors = Vectors::from_bytes(embedded::data()).unwrap_or_else(|e| fail(e));
    if let Some(first) = vectors.iter().next() {
        per_layer(&counter, model, first.input, arena);
    }
    let (mut empty, mut stack_bytes, mut mismatches) = (u32::MAX, 0, 0);
    for (index, vector) in vectors.iter().enumerate() {
        let (count, _) = timed(&counter, empty_call, model, vector.input, arena, &mut None);
        empty = empty.min(count);
        let mut outcome = None;
        let (count, used) = timed(&counter, infer, model, vector.input, arena, &mut outcome);
        let Some(used) = used else {
            outln!("error: the inference used the whole painted stack; its depth is unknown");
            output::exit(EXIT_ERROR)
        };
        stack_bytes = stack_bytes.max(used);
        if let Some(slot) = counts.get_mut(index) {
            *slot = count;
        }
        let len = match outcome {
            Some(Ok(len)) => len,
            Some(Err(e)) => fail(e),
            None => output::exit(EXIT_ERROR),
        };
        // The outputs are the last layer's, at the start of its place in the arena.
        let start = model
            .layers()
            .last()
            .and_then(|l| l.arena_offset())
            .unwrap_or(0);
        let arena: &[i8] = bytemuck::cast_slice(&arena[..]);
        let outputs = arena.get(start..start + len).unwrap_or(&[]);
        mismatches += usize::from(!check(index, outputs, vector.expected));
    }
    let measured = &mut counts[..vectors.len().min(MAX_VECTORS)];
    let median = counter::median(measured);
    let (min, max) = (measured.first(), measured.last());
    outln!(
        "counts unit={} empty_call={empty} min={} median={median} max={}",
        counter::UNIT,
        min.copied().unwrap_or(0),
        max.copied().unwrap_or(0)
    );
    outln!(
        "summary mode=graph vectors={} mismatches={mismatches} instructions_per_inference={} \
         stack_bytes={stack_bytes} arena_bytes={ARENA_BYTES} model_bytes={} machine={MACHINE}",
        vectors.len(),
        median.saturating_sub(empty),
        bytes.len(),
    );
    output::exit(if mismatches == 0 { 0 } else { EXIT_MISMATCH })
}

/// Prints each layer's instructions on `input` (`layer=<i> kind=<k>
/// instructions=<n>`), the layers run one by one as `graph::infer` runs
/// them; the call of each is in the count.
fn per_layer(counter: &Counter, model: &Model<'_>, input: &[i8], arena: &mut [u32]) {
    for (index, layer) in model.layers().iter().enumerate() {
        let (result, count) = counter.measure(|| graph::infer_layer(model, index, input, arena));
        if let Err(e) = result {
            fail(e);
        }
        outln!(
            "layer={index} kind={} instructions={count}",
            layer.kind().name()
        );
    }
}

/// Prints vector `index`'s line: `ok`, or where its outputs differ from the
/// expected ones; returns whether they are equal.
fn check(index: usize, outputs: &[i8], expected: &[i8]) -> bool {
    let Some(at) = outputs.iter().zip(expected).position(|(a, b)| a != b) else {
        outln!("vector={index} ok");
        return true;
    };
    let differing = outputs.iter().zip(expected).filter(|(a, b)| a != b).count();
    outln!(
        "vector={index} mismatch output={at} expected={} got={} differing={differing}",
        expected[at],
        outputs[at]
    );
    false
}
