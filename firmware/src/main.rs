//! stitch firmware: validates the embedded model, runs it on the embedded
//! data, and prints one line per input and a summary.
//!
//! With labelled test images (the default):
//!
//! ```text
//! image=<i> label=<l> pred=<p> logits=<l0>,...,<l9>
//! summary mode=images images=<N> correct=<K> instructions_per_inference=<X> stack_bytes=<S> ram_bytes=<R> model_bytes=<M> kernel=<k> machine=<m>
//! ```
//!
//! With vectors (`STITCH_VECTORS`), each input's outputs are compared with
//! the expected ones, and `correct` counts the vectors that match (the
//! inputs go through `Engine::infer_int8`, or `Engine::infer` with
//! `STITCH_ENTRY=bytes`):
//!
//! ```text
//! vector=<i> ok
//! vector=<i> mismatch output=<j> expected=<e> got=<g> differing=<d>
//! summary mode=vectors entry=<int8|bytes> vectors=<N> mismatches=<N-K> images=<N> correct=<K> instructions_per_inference=<X> ...
//! ```
//!
//! - `instructions_per_inference`: median over inputs of one inference's count,
//!   minus the count of an empty call measured the same way (see `counter`).
//! - `stack_bytes`: the deepest stack one inference used (see `stack`).
//! - `ram_bytes`: the engine's buffers, the only RAM inference needs besides the stack.
//!
//! Exit status: 0, or 1 when the model or an inference fails, 2 when a vector
//! mismatches.
#![no_std]
#![no_main]

use core::fmt;

use cortex_m_rt::entry;
use stitch_core::{Engine, Inference, Model};
use stitch_firmware::counter::{self, Counter};
use stitch_firmware::embedded::{self, MACHINE, MACHINE_NOTE, MAX_WIDTH};
use stitch_firmware::{outln, output, stack};

/// Exit status when the model or an inference fails.
const EXIT_ERROR: u32 = 1;
/// Exit status when a vector's outputs differ from the expected ones.
#[cfg(stitch_vectors)]
const EXIT_MISMATCH: u32 = 2;
/// Most inputs measured (their counts are kept to take the median).
const MAX_INPUTS: usize = 256;

/// The engine's type: the firmware's only static RAM for inference.
type Scratch = Engine<MAX_WIDTH>;

/// What a measured call leaves: the inference's result (nothing for the
/// empty call).
type Outcome<'e> = Option<Result<Inference<'e>, stitch_core::Error>>;

/// A measured call. The inference and the empty call share this signature,
/// so one instance of [`timed`] times both: the difference of their counts
/// is the callee's work alone, whatever registers the caller keeps.
type Call<I> = for<'e> fn(&'e mut Scratch, &Model<'_>, &I, &mut Outcome<'e>);

/// One inference on bytes read in place (never inlined, so its stack frame
/// lies below the painted SP rather than inside `main`'s frame).
#[cfg(any(not(stitch_vectors), stitch_bytes_entry))]
#[inline(never)]
fn infer<'e>(engine: &'e mut Scratch, model: &Model<'_>, input: &[u8], outcome: &mut Outcome<'e>) {
    *outcome = Some(engine.infer(model, input));
}

/// One inference on int8 input.
#[cfg(all(stitch_vectors, not(stitch_bytes_entry)))]
#[inline(never)]
fn infer_int8<'e>(
    engine: &'e mut Scratch,
    model: &Model<'_>,
    input: &[i8],
    outcome: &mut Outcome<'e>,
) {
    *outcome = Some(engine.infer_int8(model, input));
}

/// The empty call whose count is subtracted: same arguments, no work.
#[inline(never)]
fn empty_call<'e, I: ?Sized>(
    _engine: &'e mut Scratch,
    _model: &Model<'_>,
    _input: &I,
    _outcome: &mut Outcome<'e>,
) {
    // SAFETY: an empty instruction sequence; it only stops the call being removed.
    unsafe { core::arch::asm!("", options(nomem, nostack, preserves_flags)) };
}

/// The count of one `call`, between two reads of the counter, and the stack
/// it used below this frame (painted before).
#[inline(never)]
fn timed<'e, I: ?Sized>(
    counter: &Counter,
    call: Call<I>,
    engine: &'e mut Scratch,
    model: &Model<'_>,
    input: &I,
    outcome: &mut Outcome<'e>,
) -> (u32, Option<usize>) {
    let painted = stack::paint();
    let ((), count) = counter.measure(|| call(engine, model, input, outcome));
    (count, painted.used())
}

/// Values as `v0,v1,...`.
#[cfg(not(stitch_vectors))]
struct Csv<'a>(&'a [i8]);

#[cfg(not(stitch_vectors))]
impl fmt::Display for Csv<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, value) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{value}")?;
        }
        Ok(())
    }
}

/// Print `error: <e>` and stop with [`EXIT_ERROR`].
fn fail(error: stitch_core::Error) -> ! {
    outln!("error: {error}");
    if let stitch_core::Error::Capacity { .. } = error {
        outln!("error: rebuild with a larger STITCH_MAX_WIDTH (now {MAX_WIDTH})");
    }
    if let stitch_core::Error::GraphModel = error {
        outln!("error: run it with: cargo run --release --bin stitch-graph");
    }
    output::exit(EXIT_ERROR)
}

/// What the loop over the inputs measured.
struct Measured {
    counts: [u32; MAX_INPUTS],
    inputs: usize,
    empty: u32,
    correct: usize,
    stack_bytes: usize,
}

impl Measured {
    const fn new() -> Self {
        Measured {
            counts: [0; MAX_INPUTS],
            inputs: 0,
            empty: u32::MAX,
            correct: 0,
            stack_bytes: 0,
        }
    }

    /// Measures one inference, `call` on `input` (and the empty call before
    /// it); returns its result.
    fn measure<'e, I: ?Sized>(
        &mut self,
        counter: &Counter,
        engine: &'e mut Scratch,
        model: &Model<'_>,
        input: &I,
        call: Call<I>,
    ) -> Result<Inference<'e>, stitch_core::Error> {
        let (count, _) = timed(counter, empty_call::<I>, engine, model, input, &mut None);
        self.empty = self.empty.min(count);
        let mut outcome = None;
        let (count, used) = timed(counter, call, engine, model, input, &mut outcome);
        let used = used.expect("inference used the whole painted stack: raise PAINT_BYTES");
        self.stack_bytes = self.stack_bytes.max(used);
        if let Some(slot) = self.counts.get_mut(self.inputs) {
            *slot = count;
        }
        self.inputs += 1;
        // `call` always leaves an outcome.
        outcome.unwrap_or_else(|| output::exit(EXIT_ERROR))
    }

    /// The `counts` line and the summary's common keys.
    fn report(&mut self, bytes: &[u8], extra: fmt::Arguments<'_>) {
        let counts = &mut self.counts[..self.inputs.min(MAX_INPUTS)];
        let median = counter::median(counts);
        let (min, max) = (counts.first().copied(), counts.last().copied());
        outln!(
            "counts unit={} empty_call={} min={} median={median} max={}",
            counter::UNIT,
            self.empty,
            min.unwrap_or(0),
            max.unwrap_or(0)
        );
        outln!(
            "summary {extra} images={} correct={} instructions_per_inference={} stack_bytes={} \
             ram_bytes={} model_bytes={} kernel={} machine={MACHINE}",
            self.inputs,
            self.correct,
            median.saturating_sub(self.empty),
            self.stack_bytes,
            Scratch::RAM_BYTES,
            bytes.len(),
            stitch_core::KERNEL,
        );
    }
}

#[entry]
fn main() -> ! {
    let mut core = cortex_m::Peripherals::take().unwrap();
    let counter = Counter::start(&mut core);
    let engine = cortex_m::singleton!(ENGINE: Scratch = Scratch::new()).unwrap();
    if !MACHINE_NOTE.is_empty() {
        outln!("note: {MACHINE_NOTE}");
    }
    if counter::UNIT != "instructions" {
        outln!("note: counts are {}", counter::UNIT);
    }
    let bytes = embedded::model();
    let model = Model::from_bytes(bytes).unwrap_or_else(|e| fail(e));
    engine.check(&model).unwrap_or_else(|e| fail(e));
    let mut measured = Measured::new();
    run(&counter, engine, &model, &mut measured, bytes)
}

/// Runs every labelled test image and prints its logits.
#[cfg(not(stitch_vectors))]
fn run(
    counter: &Counter,
    engine: &mut Scratch,
    model: &Model<'_>,
    measured: &mut Measured,
    bytes: &[u8],
) -> ! {
    let samples = stitch_core::samples::Samples::new(embedded::data(), model.input_len())
        .unwrap_or_else(|e| fail(e));
    for (index, sample) in samples.iter().enumerate() {
        let result = measured.measure(counter, engine, model, sample.input, infer);
        let inference = result.unwrap_or_else(|e| fail(e));
        let pred = inference.class();
        measured.correct += usize::from(pred == usize::from(sample.label));
        outln!(
            "image={index} label={} pred={pred} logits={}",
            sample.label,
            Csv(inference.logits())
        );
    }
    measured.report(bytes, format_args!("mode=images"));
    output::exit(0)
}

/// Runs every vector and compares its outputs with the expected ones.
#[cfg(stitch_vectors)]
fn run(
    counter: &Counter,
    engine: &mut Scratch,
    model: &Model<'_>,
    measured: &mut Measured,
    bytes: &[u8],
) -> ! {
    let vectors =
        stitch_core::vectors::Vectors::from_bytes(embedded::data()).unwrap_or_else(|e| fail(e));
    #[cfg(stitch_bytes_entry)]
    let input_bytes = cortex_m::singleton!(: [u8; embedded::INPUT_LEN] = [0; embedded::INPUT_LEN])
        .unwrap_or_else(|| output::exit(EXIT_ERROR));
    for (index, vector) in vectors.iter().enumerate() {
        // `STITCH_ENTRY=bytes`: the input as the bytes `Engine::infer` reads
        // in place, flipped before the measured call.
        #[cfg(stitch_bytes_entry)]
        let result = {
            for (x, &q) in input_bytes.iter_mut().zip(vector.input) {
                *x = (q as u8) ^ 0x80;
            }
            measured.measure(counter, engine, model, &input_bytes[..], infer)
        };
        #[cfg(not(stitch_bytes_entry))]
        let result = measured.measure(counter, engine, model, vector.input, infer_int8);
        let outputs = result.unwrap_or_else(|e| fail(e)).logits();
        let differing = outputs
            .iter()
            .zip(vector.expected)
            .filter(|(a, b)| a != b)
            .count();
        match outputs
            .iter()
            .zip(vector.expected)
            .position(|(a, b)| a != b)
        {
            None => {
                measured.correct += 1;
                outln!("vector={index} ok");
            }
            Some(at) => outln!(
                "vector={index} mismatch output={at} expected={} got={} differing={differing}",
                vector.expected[at],
                outputs[at]
            ),
        }
    }
    let mismatches = vectors.len() - measured.correct;
    measured.report(
        bytes,
        format_args!(
            "mode=vectors entry={} vectors={} mismatches={mismatches}",
            if cfg!(stitch_bytes_entry) {
                "bytes"
            } else {
                "int8"
            },
            vectors.len()
        ),
    );
    output::exit(if mismatches == 0 { 0 } else { EXIT_MISMATCH })
}
