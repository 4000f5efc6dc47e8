//! Writes the firmware parity test's generated models (the TFLite reference
//! model and the tiny model, both roundings, the tiny one with vectors) into
//! a directory, for `make bench-mcu`:
//!
//! ```text
//! cargo run -p stitch-tests --example parity_models -- DIR
//! ```

fn main() {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: parity_models DIR");
        std::process::exit(2);
    };
    let dir = std::path::PathBuf::from(dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("error: cannot create {}: {e}", dir.display());
        std::process::exit(1);
    }
    for path in stitch_tests::parity::write_models(&dir) {
        println!("{}", path.display());
    }
}
