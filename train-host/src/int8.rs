//! Int8 evaluation, done ONLY by stitch-core (the engine the firmware runs).

/// Widest layer the host engine accepts (stitch-core's buffers are sized at
/// compile time).
pub const MAX_WIDTH: usize = 256;
