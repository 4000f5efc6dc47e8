//! `stitch show`: one data-set image as a PNG (the Keras tutorial's
//! `plt.imshow` + `plt.colorbar()`, titled with the class name), and the same
//! image previewed in the terminal.

use std::path::PathBuf;

use crate::cli::ShowArgs;
use crate::data::{CLASS_NAMES, COLS};
use crate::error::Error;
use crate::picture::preview::{self, Style};

pub fn run(args: &ShowArgs) -> Result<(), Error> {
    let out = args.out.clone().unwrap_or_else(|| {
        PathBuf::from(format!(
            "show-{}-{}.png",
            args.source.split.name(),
            args.index
        ))
    });
    // A bad destination fails before the data set is decompressed.
    crate::atomic::ensure_writable(&out)?;
    let (pixels, label) = args.source.image(args.index)?;
    let name = CLASS_NAMES.get(usize::from(label)).copied().unwrap_or("?");
    let (width, height) = crate::picture::show_image(&pixels, COLS, name, &out)?;
    let style = Style::for_stdout();
    print!("{}", preview::image(&pixels, COLS, style));
    println!(
        "{} image {}: {name} (class {label})",
        args.source.split.name(),
        args.index
    );
    println!("wrote {} ({width}x{height} PNG)", out.display());
    Ok(())
}
