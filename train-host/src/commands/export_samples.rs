//! `stitch export-samples`: the first N test images as fixed-size records
//! (1 label byte, then 784 pixel bytes), in test-set order, for the firmware.

use crate::cli::ExportArgs;
use crate::data::{self, Split, PIXELS};
use crate::error::Error;

pub fn run(args: &ExportArgs) -> Result<(), Error> {
    // Fail on an unwritable destination before decompressing anything.
    crate::atomic::ensure_writable(&args.out)?;
    let dir = data::resolve_data_dir(args.data.data_dir.as_deref());
    let test = data::load_split(&dir, Split::Test)?;
    let count = (args.count as usize).min(test.len());
    let mut bytes = Vec::with_capacity(count * (1 + PIXELS));
    for i in 0..count {
        bytes.push(test.labels[i]);
        bytes.extend_from_slice(test.image(i));
    }
    crate::atomic::write_bytes(&args.out, &bytes)?;
    eprintln!(
        "wrote {count} test images ({} bytes) to {}",
        bytes.len(),
        args.out.display()
    );
    Ok(())
}
