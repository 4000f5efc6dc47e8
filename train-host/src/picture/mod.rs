//! Pictures: terminal previews ([`preview`]) and PNG files ([`plots`], drawn
//! with plotters and written through [`png`]).

pub mod plots;
pub mod png;
pub mod preview;

pub use plots::{plot_confusion, plot_misclassified, plot_training_curves, show_image};
