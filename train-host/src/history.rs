//! What training reports, epoch by epoch: the model card and the training
//! curves read it; `train` writes it.

/// One epoch's figures (kept for plots and the model card).
#[derive(Debug, Clone, serde::Serialize)]
pub struct EpochStats {
    pub epoch: usize,
    /// Learning rate at the start of the epoch.
    pub lr: f64,
    /// Mean training loss over the epoch's batches.
    pub train_loss: f64,
    /// Running accuracy over the epoch's (augmented) batches, Keras-style.
    pub train_accuracy: f64,
    pub val_accuracy: f64,
    pub seconds: f64,
}
