//! stitch firmware: validates the embedded model, runs it on the embedded test
//! images, and reports per-image results and one summary line:
//!
//! ```text
//! image=<i> label=<l> pred=<p> logits=<l0>,...,<l9>
//! summary images=<N> correct=<K> instructions_per_inference=<X> stack_bytes=<S> ram_bytes=<R> model_bytes=<M> kernel=<name>
//! ```
//!
//! - `instructions_per_inference`: median over images of one `infer` call's count,
//!   minus the count of an empty call measured the same way (see `counter`).
//! - `stack_bytes`: the deepest stack one inference used (see `stack`).
//! - `ram_bytes`: `size_of` the engine, the only RAM inference needs besides the stack.
#![no_std]
#![no_main]

mod counter;
mod embedded;
mod output;
#[cfg(not(feature = "board"))]
mod semihosting;
mod stack;

use core::fmt;

use cortex_m_rt::entry;
use stitch_core::{Engine, Inference, Model};

use counter::Counter;
use embedded::{IMAGE_COUNT, MAX_WIDTH};

/// Exit status when the model or an inference fails.
const EXIT_ERROR: u32 = 1;

/// The engine's type: the firmware's only static RAM for inference.
type Scratch = Engine<MAX_WIDTH>;

/// The measured call: never inlined, so the inference's stack frame lies below
/// the painted SP rather than inside `main`'s frame.
#[inline(never)]
fn infer<'e>(
    engine: &'e mut Scratch,
    model: &Model<'_>,
    pixels: &[u8],
) -> Result<Inference<'e>, stitch_core::Error> {
    engine.infer(model, pixels)
}

/// The empty call whose count is subtracted: same arguments, no work.
#[inline(never)]
fn empty_call(_engine: &mut Scratch, _model: &Model<'_>, _pixels: &[u8]) {
    // Safety: an empty instruction sequence; it only stops the call being removed.
    unsafe { core::arch::asm!("", options(nomem, nostack, preserves_flags)) };
}

/// Logits as `l0,l1,...`.
struct Csv<'a>(&'a [i8]);

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
    output::exit(EXIT_ERROR)
}

/// Median of `values` (the mean of the middle two for an even count), sorting them.
fn median(values: &mut [u32]) -> u32 {
    values.sort_unstable();
    let n = values.len();
    match n {
        0 => 0,
        _ if n % 2 == 1 => values[n / 2],
        _ => ((u64::from(values[n / 2 - 1]) + u64::from(values[n / 2])) / 2) as u32,
    }
}

#[entry]
fn main() -> ! {
    let mut core = cortex_m::Peripherals::take().unwrap();
    let counter = Counter::start(&mut core);
    let engine = cortex_m::singleton!(ENGINE: Scratch = Scratch::new()).unwrap();

    let bytes = embedded::model();
    let model = Model::from_bytes(bytes).unwrap_or_else(|e| fail(e));
    engine.check(&model).unwrap_or_else(|e| fail(e));
    if counter::UNIT != "instructions" {
        outln!("note: counts are {}", counter::UNIT);
    }

    let mut counts = [0u32; IMAGE_COUNT];
    let mut empty = u32::MAX;
    let (mut correct, mut stack_bytes) = (0usize, 0usize);
    for (index, sample) in embedded::samples().enumerate() {
        let ((), count) = counter.measure(|| empty_call(engine, &model, sample.pixels));
        empty = empty.min(count);

        let painted = stack::paint();
        let (result, count) = counter.measure(|| infer(engine, &model, sample.pixels));
        let used = painted.used();
        assert!(
            used < stack::PAINT_BYTES,
            "inference used the whole painted stack ({} bytes): raise PAINT_BYTES",
            stack::PAINT_BYTES
        );
        stack_bytes = stack_bytes.max(used);
        counts[index] = count;

        let inference = result.unwrap_or_else(|e| fail(e));
        let pred = inference.class();
        correct += usize::from(pred == usize::from(sample.label));
        outln!(
            "image={index} label={} pred={pred} logits={}",
            sample.label,
            Csv(inference.logits())
        );
    }

    let median = median(&mut counts);
    let (min, max) = (counts.first(), counts.last());
    outln!(
        "counts unit={} empty_call={empty} min={} median={median} max={}",
        counter::UNIT,
        min.copied().unwrap_or(0),
        max.copied().unwrap_or(0)
    );
    let instructions = median.saturating_sub(empty);
    outln!(
        "summary images={IMAGE_COUNT} correct={correct} instructions_per_inference={instructions} \
         stack_bytes={stack_bytes} ram_bytes={} model_bytes={} kernel={}",
        core::mem::size_of::<Scratch>(),
        bytes.len(),
        stitch_core::KERNEL
    );
    output::exit(0)
}
