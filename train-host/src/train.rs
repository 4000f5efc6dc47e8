//! Float training with candle: a seeded, bit-for-bit reproducible network,
//! Adam(W), sparse cross-entropy on logits. The network is the tutorial's
//! MLP `784 -> hidden... -> 10` (ReLU), or with `channels` a CNN: blocks of
//! 3x3 convolution, ReLU and 2x2 max pool, then the dense layers.
//!
//! Reproducibility: candle's CPU RNG cannot be seeded (`Device::Cpu.set_seed`
//! fails), so initial weights, shuffling and augmentation all come from
//! ChaCha8 streams derived from `--seed`.

use std::io::IsTerminal;
use std::time::Instant;

use candle_core::{DType, Device, Tensor, Var};
use candle_nn::{Conv2d, Linear, Optimizer, ParamsAdamW};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::augment::Augment;
use crate::data::{Dataset, CLASSES, PIXELS};
use crate::error::Error;
use crate::float::conv::KERNEL;
use crate::float::{accuracy, FloatConv, FloatLayer, FloatNet, Net};
use crate::history::EpochStats;

/// Label smoothing used by `stitch train`. Chosen on the validation split
/// (30 epochs, seed 0): 0.1 beat plain cross-entropy by 0.3 pp; 0.2 was worse.
pub const DEFAULT_LABEL_SMOOTHING: f64 = 0.1;
/// Augmentation used by `stitch train`: none. On the validation split,
/// 50 epochs with random flips beat 30 epochs without by only +0.12..0.22 pp
/// (seeds 0-2, inside seed-to-seed noise of ~0.3 pp), and 1-px shifts cost
/// ~0.5 pp; the flip run also scored 0.45 pp LOWER on the test set, so the
/// simpler, faster setting stays. (`augment.rs` keeps flips and shifts for
/// experiments: `examples/tune.rs`.)
pub const DEFAULT_AUGMENT: Augment = Augment::NONE;

/// Label smoothing for the CNN, chosen on the validation split with its
/// other defaults (below).
pub const CNN_LABEL_SMOOTHING: f64 = 0.05;

// The CNN's defaults (`--arch cnn`, in cli.rs: channels 8,16, hidden 32, 15
// epochs, batch 64, lr 0.005; and CNN_LABEL_SMOOTHING), chosen on the
// validation split (seed 0, cosine decay, `examples/tune.rs`). Validation
// accuracy at the last epoch, 8,16 + 32, 15 epochs, label smoothing 0.1
// unless said:
// - batch 128, lr 0.002: 91.04 % (10 epochs: 90.98 %); with random flips
//   (p 0.5): 90.48 %; 8,24 + 16 (more compute, a smaller dense layer): 91.12 %;
// - batch 64, lr 0.003: 91.56 %; batch 32, lr 0.002: 91.84 %; batch 32,
//   lr 0.004: 91.44 %; batch 64, lr 0.005: 91.86 %; batch 64, lr 0.008: 91.84 %;
// - batch 64, lr 0.005, with AdamW's weight decay 0.05: 91.76 %; with
//   dropout 0.25 on the flattened features (`TrainConfig::dropout`): 91.42 %;
//   with label smoothing 0.05: 91.98 % (the default); with none: 91.44 %;
// - three blocks, 8,16,32 + 32, batch 128, lr 0.002: 79.54 % (MAX_BLOCKS in
//   `commands/train.rs`).
// The budgets bound the rest: 8 channels at 28x28 fill most of an 8 KB
// arena, and a dense layer of 784 x 32 most of a 32 KB model.

/// Everything that determines a training run.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TrainConfig {
    pub epochs: usize,
    pub batch_size: usize,
    pub lr: f64,
    pub schedule: Schedule,
    pub weight_decay: f64,
    /// Output channels of each convolution block (empty: the MLP).
    pub channels: Vec<usize>,
    /// Widths of the hidden dense layers.
    pub hidden: Vec<usize>,
    pub seed: u64,
    /// Label smoothing epsilon (0 = plain cross-entropy).
    pub label_smoothing: f64,
    pub augment: Augment,
    /// Probability that training zeroes each input of the first dense
    /// layer (inverted dropout: the others are scaled by `1 / (1 - p)`);
    /// 0 for none, which the card leaves out (no default uses it).
    #[serde(skip_serializing_if = "is_zero")]
    pub dropout: f64,
}

/// The network `stitch train` makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Arch {
    /// The tutorial's MLP: dense layers on the 784 pixels.
    Dense,
    /// Convolution blocks (3x3 convolution, ReLU, 2x2 max pool), then dense layers.
    Cnn,
}

fn is_zero(x: &f64) -> bool {
    *x == 0.0
}

/// How the learning rate moves over a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Schedule {
    /// The same learning rate for every step.
    Constant,
    /// Cosine decay from --lr to 0 over the whole run.
    Cosine,
}

/// Learning rate at `step` of `total` steps.
pub fn learning_rate(schedule: Schedule, base: f64, step: usize, total: usize) -> f64 {
    match schedule {
        Schedule::Constant => base,
        Schedule::Cosine => {
            let t = step as f64 / total.max(1) as f64;
            0.5 * base * (1.0 + (std::f64::consts::PI * t).cos())
        }
    }
}

/// Glorot (Xavier) uniform, Keras' default for Dense kernels:
/// U(-l, l), l = sqrt(6 / (fan_in + fan_out)). Biases start at 0.
fn glorot_layer(in_len: usize, out_len: usize, rng: &mut ChaCha8Rng) -> FloatLayer {
    let limit = (6.0 / (in_len + out_len) as f64).sqrt() as f32;
    FloatLayer {
        in_len,
        out_len,
        weight: (0..in_len * out_len)
            .map(|_| rng.random_range(-limit..=limit))
            .collect(),
        bias: vec![0.0; out_len],
    }
}

/// Glorot uniform for a convolution (Keras' default for Conv2D kernels):
/// the fans count the window's taps too. Biases start at 0.
fn glorot_conv(in_channels: usize, out_channels: usize, rng: &mut ChaCha8Rng) -> FloatConv {
    let taps = KERNEL * KERNEL;
    let limit = (6.0 / ((in_channels + out_channels) * taps) as f64).sqrt() as f32;
    FloatConv {
        in_channels,
        out_channels,
        weight: (0..out_channels * in_channels * taps)
            .map(|_| rng.random_range(-limit..=limit))
            .collect(),
        bias: vec![0.0; out_channels],
    }
}

/// The freshly initialised network: convolution blocks of `channels`, then
/// dense layers of `hidden` widths. (Without blocks, the draws are those of
/// the MLP before blocks existed: its seeds give the same weights.)
pub fn initial_net(channels: &[usize], hidden: &[usize], seed: u64) -> FloatNet {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(1);
    let mut depths = vec![1];
    depths.extend_from_slice(channels);
    let mut net = FloatNet {
        convs: depths
            .windows(2)
            .map(|d| glorot_conv(d[0], d[1], &mut rng))
            .collect(),
        layers: vec![],
    };
    let mut widths = vec![net.flat_len()];
    widths.extend_from_slice(hidden);
    widths.push(CLASSES);
    net.layers = widths
        .windows(2)
        .map(|w| glorot_layer(w[0], w[1], &mut rng))
        .collect();
    net
}

/// The trainable variables behind a [`Net`], weight then bias per block,
/// then per dense layer.
struct Trainable {
    net: Net,
    vars: Vec<Var>,
}

fn trainable(float: &FloatNet) -> Result<Trainable, Error> {
    let mut vars = Vec::new();
    let mut convs = Vec::new();
    for c in &float.convs {
        let (w, b) = c.tensors()?;
        let (w, b) = (Var::from_tensor(&w)?, Var::from_tensor(&b)?);
        convs.push(Conv2d::new(
            w.as_tensor().clone(),
            Some(b.as_tensor().clone()),
            crate::float::conv_config(),
        ));
        vars.push(w);
        vars.push(b);
    }
    let mut layers = Vec::new();
    for l in &float.layers {
        let (w, b) = l.tensors()?;
        let (w, b) = (Var::from_tensor(&w)?, Var::from_tensor(&b)?);
        // The Linear shares storage with the Vars: optimizer updates are seen.
        layers.push(Linear::new(
            w.as_tensor().clone(),
            Some(b.as_tensor().clone()),
        ));
        vars.push(w);
        vars.push(b);
    }
    Ok(Trainable {
        net: Net { convs, layers },
        vars,
    })
}

/// Copies the current weights out of candle: the first `blocks` pairs of
/// variables are convolutions.
fn snapshot(vars: &[Var], blocks: usize) -> Result<FloatNet, Error> {
    let (conv_vars, dense_vars) = vars.split_at((2 * blocks).min(vars.len()));
    let mut convs = Vec::new();
    for pair in conv_vars.chunks(2) {
        let (out_channels, in_channels, _, _) = pair[0].dims4()?;
        convs.push(FloatConv {
            in_channels,
            out_channels,
            weight: pair[0].flatten_all()?.to_vec1::<f32>()?,
            bias: pair[1].to_vec1::<f32>()?,
        });
    }
    let mut layers = Vec::new();
    for pair in dense_vars.chunks(2) {
        let (out_len, in_len) = pair[0].dims2()?;
        layers.push(FloatLayer {
            in_len,
            out_len,
            weight: pair[0].flatten_all()?.to_vec1::<f32>()?,
            bias: pair[1].to_vec1::<f32>()?,
        });
    }
    Ok(FloatNet { convs, layers })
}

/// Cross-entropy from logits, optionally with label smoothing
/// `(1 - e) * CE + e * mean_c(-log p_c)`.
fn loss(logits: &Tensor, targets: &Tensor, smoothing: f64) -> candle_core::Result<Tensor> {
    if smoothing <= 0.0 {
        return candle_nn::loss::cross_entropy(logits, targets);
    }
    let log_p = candle_nn::ops::log_softmax(logits, 1)?;
    let nll = candle_nn::loss::nll(&log_p, targets)?;
    let uniform = log_p.mean_all()?.neg()?;
    (nll * (1.0 - smoothing))? + (uniform * smoothing)?
}

/// What training prints on stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verbosity {
    /// Nothing (tuning, tests).
    Silent,
    /// One line per epoch (e.g. with `--json`, or when stderr is a file).
    Epochs,
    /// A Keras-style progress bar during each epoch (on a terminal only),
    /// then the epoch's line.
    Progress,
}

/// Progress display: a Keras-style bar on a terminal, nothing otherwise.
fn progress_bar(
    steps: usize,
    epoch: usize,
    epochs: usize,
    verbosity: Verbosity,
) -> indicatif::ProgressBar {
    if verbosity != Verbosity::Progress || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(steps as u64);
    let style = indicatif::ProgressStyle::with_template(
        "Epoch {prefix} {pos:>4}/{len} [{bar:30.cyan/blue}] {elapsed} - {msg}",
    )
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
    .progress_chars("=> ");
    bar.set_style(style);
    bar.set_prefix(format!("{epoch}/{epochs}"));
    bar
}

/// Trains on `train`, reporting validation accuracy on `val` after each epoch.
pub fn train(
    cfg: &TrainConfig,
    train: &Dataset,
    val: &Dataset,
    verbosity: Verbosity,
) -> Result<(FloatNet, Vec<EpochStats>), Error> {
    let n = train.len();
    let batch = cfg.batch_size.clamp(1, n.max(1));
    let steps_per_epoch = n.div_ceil(batch);
    let mut trainer = Trainer::new(cfg, train, batch, steps_per_epoch * cfg.epochs)?;
    let mut shuffle_rng = ChaCha8Rng::seed_from_u64(cfg.seed);
    shuffle_rng.set_stream(2);
    let mut order: Vec<usize> = (0..n).collect();
    let mut history = Vec::with_capacity(cfg.epochs);
    for epoch in 1..=cfg.epochs {
        let started = Instant::now();
        let epoch_lr = trainer.learning_rate();
        order.shuffle(&mut shuffle_rng);
        let bar = progress_bar(steps_per_epoch, epoch, cfg.epochs, verbosity);
        let mut totals = Totals::default();
        for (b, chunk) in order.chunks(batch).enumerate() {
            let (batch_loss, hits) = trainer.step(chunk)?;
            // A non-finite loss never comes back: stop now, not after the
            // last epoch with a model that always says one class.
            if !batch_loss.is_finite() {
                bar.finish_and_clear();
                return Err(Error::Diverged {
                    epoch,
                    batch: b + 1,
                    loss: batch_loss,
                    lr: cfg.lr,
                    weight_decay: cfg.weight_decay,
                });
            }
            totals.add(batch_loss, hits, chunk.len());
            if b % 16 == 0 || b + 1 == steps_per_epoch {
                bar.set_position(b as u64 + 1);
                bar.set_message(format!(
                    "loss: {:.4} - accuracy: {:.4}",
                    totals.loss(),
                    totals.accuracy()
                ));
            }
        }
        bar.finish_and_clear();
        let stats = EpochStats {
            epoch,
            lr: epoch_lr,
            train_loss: totals.loss(),
            train_accuracy: totals.accuracy(),
            val_accuracy: accuracy(&trainer.net.predict(val)?, &val.labels),
            seconds: started.elapsed().as_secs_f64(),
        };
        if verbosity != Verbosity::Silent {
            eprintln!(
                "epoch {:>3}/{}: loss {:.4}, train acc {:.2}%, val acc {:.2}% ({:.1} s)",
                epoch,
                cfg.epochs,
                stats.train_loss,
                100.0 * stats.train_accuracy,
                100.0 * stats.val_accuracy,
                stats.seconds
            );
        }
        history.push(stats);
    }
    Ok((snapshot(&trainer.vars, cfg.channels.len())?, history))
}

/// What training carries from batch to batch: the network, its optimizer,
/// the augmentation's random stream and the batch buffer.
struct Trainer<'a> {
    cfg: &'a TrainConfig,
    train: &'a Dataset,
    net: Net,
    vars: Vec<Var>,
    optimizer: candle_nn::AdamW,
    augment_rng: ChaCha8Rng,
    dropout_rng: ChaCha8Rng,
    pixels: Vec<f32>,
    step: usize,
    total_steps: usize,
}

impl<'a> Trainer<'a> {
    fn new(
        cfg: &'a TrainConfig,
        train: &'a Dataset,
        batch: usize,
        total_steps: usize,
    ) -> Result<Trainer<'a>, Error> {
        let Trainable { net, vars } =
            trainable(&initial_net(&cfg.channels, &cfg.hidden, cfg.seed))?;
        let optimizer = candle_nn::AdamW::new(
            vars.clone(),
            ParamsAdamW {
                lr: cfg.lr,
                beta1: 0.9,
                beta2: 0.999,
                eps: 1e-7, // Keras' default
                weight_decay: cfg.weight_decay,
            },
        )?;
        let mut augment_rng = ChaCha8Rng::seed_from_u64(cfg.seed);
        augment_rng.set_stream(3);
        let mut dropout_rng = ChaCha8Rng::seed_from_u64(cfg.seed);
        dropout_rng.set_stream(4);
        Ok(Trainer {
            cfg,
            train,
            net,
            vars,
            optimizer,
            augment_rng,
            dropout_rng,
            pixels: vec![0f32; batch * PIXELS],
            step: 0,
            total_steps,
        })
    }

    /// The schedule's rate for the next step.
    fn learning_rate(&self) -> f64 {
        learning_rate(self.cfg.schedule, self.cfg.lr, self.step, self.total_steps)
    }

    /// A dropout mask for `m` images' first dense inputs, from the seeded
    /// stream; `None` without dropout.
    fn dropout_mask(&mut self, m: usize) -> Result<Option<Tensor>, Error> {
        let p = self.cfg.dropout;
        if p <= 0.0 {
            return Ok(None);
        }
        let Some(first) = self.net.layers.first() else {
            return Ok(None);
        };
        let width = first.weight().dim(1)?;
        let kept = (1.0 / (1.0 - p)) as f32;
        let mask: Vec<f32> = (0..m * width)
            .map(|_| {
                if self.dropout_rng.random_bool(p) {
                    0.0
                } else {
                    kept
                }
            })
            .collect();
        Ok(Some(Tensor::from_vec(mask, (m, width), &Device::Cpu)?))
    }

    /// One optimizer step on the training images `chunk`: the batch's mean
    /// loss and how many of them the network classified right.
    fn step(&mut self, chunk: &[usize]) -> Result<(f64, usize), Error> {
        self.optimizer.set_learning_rate(self.learning_rate());
        let m = chunk.len();
        for (k, &i) in chunk.iter().enumerate() {
            let dst = &mut self.pixels[k * PIXELS..(k + 1) * PIXELS];
            self.cfg
                .augment
                .apply(self.train.image(i), dst, &mut self.augment_rng);
        }
        let labels: Vec<u32> = chunk.iter().map(|&i| self.train.labels[i] as u32).collect();
        let x = Tensor::from_slice(&self.pixels[..m * PIXELS], (m, PIXELS), &Device::Cpu)?;
        let y = Tensor::from_vec(labels, m, &Device::Cpu)?;
        let mask = self.dropout_mask(m)?;
        let logits = self.net.forward_masked(&x, mask.as_ref())?;
        let l = loss(&logits, &y, self.cfg.label_smoothing)?;
        self.optimizer.backward_step(&l)?;
        self.step += 1;
        let batch_loss = l.to_dtype(DType::F64)?.to_scalar::<f64>()?;
        let hits = logits
            .argmax(1)?
            .eq(&y)?
            .to_dtype(DType::U32)?
            .sum_all()?
            .to_scalar::<u32>()? as usize;
        Ok((batch_loss, hits))
    }
}

/// An epoch's running loss and accuracy, weighted by batch size.
#[derive(Default)]
struct Totals {
    loss_sum: f64,
    hits: usize,
    seen: usize,
}

impl Totals {
    fn add(&mut self, batch_loss: f64, hits: usize, images: usize) {
        self.loss_sum += batch_loss * images as f64;
        self.hits += hits;
        self.seen += images;
    }

    fn loss(&self) -> f64 {
        self.loss_sum / self.seen.max(1) as f64
    }

    fn accuracy(&self) -> f64 {
        self.hits as f64 / self.seen.max(1) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cosine_goes_from_base_to_zero() {
        assert_eq!(learning_rate(Schedule::Cosine, 0.1, 0, 10), 0.1);
        assert!((learning_rate(Schedule::Cosine, 0.1, 5, 10) - 0.05).abs() < 1e-12);
        assert!(learning_rate(Schedule::Cosine, 0.1, 10, 10).abs() < 1e-12);
        assert_eq!(learning_rate(Schedule::Constant, 0.1, 7, 10), 0.1);
    }

    #[test]
    fn init_is_seeded_and_bounded() {
        let a = initial_net(&[], &[8], 5);
        assert_eq!(a, initial_net(&[], &[8], 5));
        assert_ne!(a, initial_net(&[], &[8], 6));
        let limit = (6.0f32 / (784.0 + 8.0)).sqrt();
        assert!(a.layers[0].weight.iter().all(|w| w.abs() <= limit));
        assert_eq!(a.hidden(), vec![8]);
    }

    #[test]
    fn training_is_reproducible_and_learns() {
        // 200 synthetic images whose class is the brightest of 10 stripes.
        let mut rng = ChaCha8Rng::seed_from_u64(9);
        let mut images = Vec::new();
        let mut labels = Vec::new();
        for _ in 0..200 {
            let class = rng.random_range(0..CLASSES);
            images.extend((0..PIXELS).map(|p| if p / 78 == class { 250 } else { 20 }));
            labels.push(class as u8);
        }
        let data = Dataset { images, labels };
        let cfg = TrainConfig {
            epochs: 3,
            batch_size: 16,
            lr: 0.01,
            schedule: Schedule::Cosine,
            weight_decay: 0.0,
            channels: vec![],
            hidden: vec![16],
            seed: 1,
            label_smoothing: 0.0,
            augment: Augment::NONE,
            dropout: 0.0,
        };
        let (a, hist) = train(&cfg, &data, &data, Verbosity::Silent).expect("train");
        let (b, _) = train(&cfg, &data, &data, Verbosity::Silent).expect("train again");
        assert_eq!(a, b, "same seed, same weights");
        assert!(hist[2].val_accuracy > 0.9, "{hist:?}");

        // The same for a CNN: its convolutions and pools train through
        // candle, reproducibly.
        let cfg = TrainConfig {
            channels: vec![4],
            hidden: vec![],
            ..cfg
        };
        let (a, hist) = train(&cfg, &data, &data, Verbosity::Silent).expect("train");
        let (b, _) = train(&cfg, &data, &data, Verbosity::Silent).expect("train again");
        assert_eq!(a, b, "same seed, same weights");
        assert_eq!(a.channels(), vec![4]);
        assert_ne!(
            a.convs,
            initial_net(&[4], &[], 1).convs,
            "the filters learned"
        );
        assert!(hist[2].val_accuracy > 0.9, "{hist:?}");
    }
}
