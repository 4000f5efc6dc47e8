//! Fashion-MNIST in IDX format: finding, reading and validating the four files.
//!
//! Every check here exists because a wrong file would otherwise train or
//! evaluate silently on garbage: the magic number tells images from labels,
//! the counts catch a mixed-up train/test file, the length catches a truncated
//! download, and the label range catches a file that is not Fashion-MNIST.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Image side length; every image is `ROWS x COLS` bytes, row-major.
pub const ROWS: usize = 28;
pub const COLS: usize = 28;
/// Bytes (pixels) per image.
pub const PIXELS: usize = ROWS * COLS;
pub const CLASSES: usize = 10;

/// The float the network sees for pixel `p`: `p / 255`, in `0.0..=1.0`, as
/// the tutorial scales them ([`crate::quantize::INPUT`] is its int8 twin).
pub fn pixel_value(p: u8) -> f32 {
    f32::from(p) / 255.0
}

/// [`pixel_value`] of every pixel.
pub fn pixel_values(pixels: &[u8]) -> Vec<f32> {
    pixels.iter().map(|&p| pixel_value(p)).collect()
}
pub const TRAIN_COUNT: usize = 60_000;
pub const TEST_COUNT: usize = 10_000;
/// The validation split is the LAST this-many training images; it is the only
/// data used to choose hyperparameters (the test set is for reporting).
pub const VALIDATION_COUNT: usize = 5_000;

/// Class names in label order (from the Fashion-MNIST README).
pub const CLASS_NAMES: [&str; CLASSES] = [
    "T-shirt/top",
    "Trouser",
    "Pullover",
    "Dress",
    "Coat",
    "Sandal",
    "Shirt",
    "Sneaker",
    "Bag",
    "Ankle boot",
];

/// Where the data lives unless `--data-dir` says otherwise.
pub const DEFAULT_DATA_DIR: &str = "/usr/share/datasets/fashion-mnist";
/// Environment variable overriding [`DEFAULT_DATA_DIR`].
pub const DATA_DIR_ENV: &str = "STITCH_DATA";

/// `--data-dir` if given, else `$STITCH_DATA`, else the Debian package path.
pub fn resolve_data_dir(flag: Option<&Path>) -> PathBuf {
    if let Some(dir) = flag {
        return dir.to_path_buf();
    }
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => PathBuf::from(DEFAULT_DATA_DIR),
    }
}

/// Everything that can be wrong with the data, naming the file involved.
#[derive(Debug)]
pub enum DataError {
    /// The data directory itself does not exist.
    MissingDir { dir: PathBuf },
    /// Neither `name.gz` nor `name` exists in the directory.
    MissingFile { dir: PathBuf, name: &'static str },
    /// The file exists but could not be read (or is not valid gzip).
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The first four bytes are not the expected IDX magic number.
    BadMagic {
        path: PathBuf,
        expected: u32,
        found: u32,
    },
    /// Images are not 28x28.
    BadShape { path: PathBuf, rows: u32, cols: u32 },
    /// The header's item count is not the one this split must have.
    BadCount {
        path: PathBuf,
        expected: usize,
        found: usize,
    },
    /// The file is shorter than its header promises (or than a header).
    Truncated {
        path: PathBuf,
        expected_bytes: usize,
        found_bytes: usize,
    },
    /// The file has bytes after the last item.
    /// Longer than its header says (reading stops one byte past the end).
    TrailingBytes {
        path: PathBuf,
        expected_bytes: usize,
    },
    /// A label is not a class index 0..=9.
    BadLabel {
        path: PathBuf,
        index: usize,
        label: u8,
    },
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::MissingDir { dir } if dir.exists() => write!(
                f,
                "data directory {} is not a directory (pass the directory that holds the four IDX files)",
                dir.display()
            ),
            DataError::MissingDir { dir } => write!(
                f,
                "data directory {} does not exist (install the data with `apt-get install -y dataset-fashion-mnist`, or pass --data-dir / set {DATA_DIR_ENV})",
                dir.display()
            ),
            DataError::MissingFile { dir, name } => write!(
                f,
                "{name}.gz (or {name}) not found in {} (install the data with `apt-get install -y dataset-fashion-mnist`)",
                dir.display()
            ),
            DataError::Io { path, source } => {
                write!(f, "cannot read {}: {source}", path.display())
            }
            DataError::BadMagic {
                path,
                expected,
                found,
            } => write!(
                f,
                "{}: bad IDX magic number {found} (expected {expected}); is this the right file?",
                path.display()
            ),
            DataError::BadShape { path, rows, cols } => write!(
                f,
                "{}: images are {rows}x{cols}, expected {ROWS}x{COLS}",
                path.display()
            ),
            DataError::BadCount {
                path,
                expected,
                found,
            } => write!(
                f,
                "{}: header says {found} items, expected {expected}",
                path.display()
            ),
            DataError::Truncated {
                path,
                expected_bytes,
                found_bytes,
            } => write!(
                f,
                "{}: truncated: {found_bytes} bytes, expected {expected_bytes}",
                path.display()
            ),
            DataError::TrailingBytes {
                path,
                expected_bytes,
            } => write!(
                f,
                "{}: more than the {expected_bytes} bytes expected (extra data after the last item)",
                path.display()
            ),
            DataError::BadLabel { path, index, label } => write!(
                f,
                "{}: label {label} at index {index} is not a class 0..{}",
                path.display(),
                CLASSES - 1
            ),
        }
    }
}

impl std::error::Error for DataError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DataError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Images and labels of one split. `images` holds `len() * PIXELS` bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dataset {
    pub images: Vec<u8>,
    pub labels: Vec<u8>,
}

impl Dataset {
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// The 784 pixels of image `i`.
    pub fn image(&self, i: usize) -> &[u8] {
        &self.images[i * PIXELS..(i + 1) * PIXELS]
    }

    /// Splits off the last `n` items: returns (first len-n, last n).
    /// Used for the validation split; `n` is clamped to the length.
    pub fn split_last(mut self, n: usize) -> (Dataset, Dataset) {
        let keep = self.len() - n.min(self.len());
        let tail = Dataset {
            images: self.images.split_off(keep * PIXELS),
            labels: self.labels.split_off(keep),
        };
        (self, tail)
    }

    /// The first `n` items (clamped), e.g. for calibration or quick checks.
    pub fn head(&self, n: usize) -> Dataset {
        let n = n.min(self.len());
        Dataset {
            images: self.images[..n * PIXELS].to_vec(),
            labels: self.labels[..n].to_vec(),
        }
    }
}

/// Which split to load: the file names and the item count they must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    Train,
    Test,
}

impl Split {
    fn files(self) -> (&'static str, &'static str) {
        match self {
            Split::Train => ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
            Split::Test => ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"),
        }
    }

    pub fn count(self) -> usize {
        match self {
            Split::Train => TRAIN_COUNT,
            Split::Test => TEST_COUNT,
        }
    }

    /// `train` or `test`, as the command line says it.
    pub fn name(self) -> &'static str {
        match self {
            Split::Train => "train",
            Split::Test => "test",
        }
    }
}

/// Loads and validates one split from `dir`.
pub fn load_split(dir: &Path, split: Split) -> Result<Dataset, DataError> {
    if !dir.is_dir() {
        return Err(DataError::MissingDir {
            dir: dir.to_path_buf(),
        });
    }
    let (images_name, labels_name) = split.files();
    let images = read_images(&find_file(dir, images_name)?, split.count())?;
    let labels = read_labels(&find_file(dir, labels_name)?, split.count())?;
    Ok(Dataset { images, labels })
}

/// Prefers `name.gz` (what the Debian package ships), falls back to `name`.
fn find_file(dir: &Path, name: &'static str) -> Result<PathBuf, DataError> {
    let gz = dir.join(format!("{name}.gz"));
    if gz.is_file() {
        return Ok(gz);
    }
    let raw = dir.join(name);
    if raw.is_file() {
        return Ok(raw);
    }
    Err(DataError::MissingFile {
        dir: dir.to_path_buf(),
        name,
    })
}

/// Reads a file, gunzipping it if its name ends in `.gz`, and at most
/// `expected + 1` bytes of it: a file of the right length reads whole, a
/// longer one (or a gzip bomb, or `/dev/zero`) stops one byte past, enough
/// for the length check to say so. Every member of a multi-member gzip file
/// is read, as `gzip -dc` does; bytes after the last that are not a gzip
/// member are an error.
fn read_bytes(path: &Path, expected: usize) -> Result<Vec<u8>, DataError> {
    let io = |source| DataError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = std::io::BufReader::new(std::fs::File::open(path).map_err(io)?);
    let limit = expected as u64 + 1;
    let mut bytes = Vec::new();
    if path.extension().is_some_and(|e| e == "gz") {
        flate2::read::MultiGzDecoder::new(file)
            .take(limit)
            .read_to_end(&mut bytes)
            .map_err(io)?;
    } else {
        file.take(limit).read_to_end(&mut bytes).map_err(io)?;
    }
    Ok(bytes)
}

/// Big-endian u32 at `at`; callers have checked the length.
fn be_u32(bytes: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

/// Checks that `bytes` is exactly `header + items * item_len` long.
fn check_len(
    path: &Path,
    bytes: &[u8],
    header: usize,
    items: usize,
    item_len: usize,
) -> Result<(), DataError> {
    let expected_bytes = header + items * item_len;
    let found_bytes = bytes.len();
    let path = path.to_path_buf();
    match found_bytes.cmp(&expected_bytes) {
        std::cmp::Ordering::Less => Err(DataError::Truncated {
            path,
            expected_bytes,
            found_bytes,
        }),
        std::cmp::Ordering::Greater => Err(DataError::TrailingBytes {
            path,
            expected_bytes,
        }),
        std::cmp::Ordering::Equal => Ok(()),
    }
}

/// An IDX file's kind: its magic number and the shape of one item.
struct Idx {
    magic: u32,
    /// `[rows, cols]` for images, none for labels.
    item_shape: &'static [usize],
}

const IMAGES: Idx = Idx {
    magic: 2051,
    item_shape: &[ROWS, COLS],
};
const LABELS: Idx = Idx {
    magic: 2049,
    item_shape: &[],
};

impl Idx {
    /// Magic and count, then one big-endian u32 per item dimension.
    const fn header_len(&self) -> usize {
        8 + 4 * self.item_shape.len()
    }

    /// Bytes per item.
    fn item_len(&self) -> usize {
        self.item_shape.iter().product()
    }

    /// The `expected` items of the file at `path`, after checking its header
    /// (magic, item shape, count) and its length.
    fn read(&self, path: &Path, expected: usize) -> Result<Vec<u8>, DataError> {
        let header = self.header_len();
        let expected_bytes = header + expected * self.item_len();
        let bytes = read_bytes(path, expected_bytes)?;
        if bytes.len() < header {
            return Err(DataError::Truncated {
                path: path.to_path_buf(),
                expected_bytes,
                found_bytes: bytes.len(),
            });
        }
        let magic = be_u32(&bytes, 0);
        if magic != self.magic {
            return Err(DataError::BadMagic {
                path: path.to_path_buf(),
                expected: self.magic,
                found: magic,
            });
        }
        let dims: Vec<u32> = (0..self.item_shape.len())
            .map(|d| be_u32(&bytes, 8 + 4 * d))
            .collect();
        if dims
            .iter()
            .zip(self.item_shape)
            .any(|(&d, &e)| d as usize != e)
        {
            return Err(DataError::BadShape {
                path: path.to_path_buf(),
                rows: dims.first().copied().unwrap_or_default(),
                cols: dims.get(1).copied().unwrap_or_default(),
            });
        }
        let count = be_u32(&bytes, 4) as usize;
        if count != expected {
            return Err(DataError::BadCount {
                path: path.to_path_buf(),
                expected,
                found: count,
            });
        }
        check_len(path, &bytes, header, count, self.item_len())?;
        Ok(bytes[header..].to_vec())
    }
}

/// Reads an IDX3 image file that must hold `expected` 28x28 images.
pub fn read_images(path: &Path, expected: usize) -> Result<Vec<u8>, DataError> {
    IMAGES.read(path, expected)
}

/// Reads an IDX1 label file that must hold `expected` labels in 0..10.
pub fn read_labels(path: &Path, expected: usize) -> Result<Vec<u8>, DataError> {
    let labels = LABELS.read(path, expected)?;
    if let Some((index, &label)) = labels
        .iter()
        .enumerate()
        .find(|(_, &l)| l as usize >= CLASSES)
    {
        return Err(DataError::BadLabel {
            path: path.to_path_buf(),
            index,
            label,
        });
    }
    Ok(labels)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn image_file(magic: u32, count: u32, rows: u32, cols: u32, pixels: usize) -> Vec<u8> {
        let mut b = Vec::new();
        for v in [magic, count, rows, cols] {
            b.extend_from_slice(&v.to_be_bytes());
        }
        b.extend(std::iter::repeat_n(7u8, pixels));
        b
    }

    fn label_file(magic: u32, count: u32, labels: &[u8]) -> Vec<u8> {
        let mut b = Vec::new();
        b.extend_from_slice(&magic.to_be_bytes());
        b.extend_from_slice(&count.to_be_bytes());
        b.extend_from_slice(labels);
        b
    }

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, bytes).expect("write temp file");
        path
    }

    fn write_gz(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.join(name);
        let file = std::fs::File::create(&path).expect("create temp file");
        let mut enc = flate2::write::GzEncoder::new(file, flate2::Compression::fast());
        enc.write_all(bytes).expect("write gz");
        enc.finish().expect("finish gz");
        path
    }

    #[test]
    fn reads_valid_raw_and_gz() {
        let dir = tempfile::tempdir().expect("tempdir");
        let img = image_file(2051, 3, 28, 28, 3 * PIXELS);
        let raw = write(dir.path(), "a", &img);
        let gz = write_gz(dir.path(), "b.gz", &img);
        assert_eq!(read_images(&raw, 3).expect("raw").len(), 3 * PIXELS);
        assert_eq!(read_images(&gz, 3).expect("gz").len(), 3 * PIXELS);
        let lab = write(dir.path(), "l", &label_file(2049, 3, &[0, 9, 5]));
        assert_eq!(read_labels(&lab, 3).expect("labels"), vec![0, 9, 5]);
    }

    #[test]
    fn truncated_images_and_labels() {
        let dir = tempfile::tempdir().expect("tempdir");
        let img = write(
            dir.path(),
            "i",
            &image_file(2051, 3, 28, 28, 3 * PIXELS - 1),
        );
        let err = read_images(&img, 3).expect_err("truncated");
        assert!(
            matches!(err, DataError::Truncated { found_bytes, .. } if found_bytes == 16 + 3 * PIXELS - 1)
        );
        assert!(err.to_string().contains("truncated"), "{err}");
        assert!(err.to_string().contains(&img.display().to_string()));
        // Shorter than the header itself.
        let tiny = write(dir.path(), "t", &[0, 0, 8]);
        assert!(matches!(
            read_images(&tiny, 3),
            Err(DataError::Truncated { .. })
        ));
        let lab = write(dir.path(), "l", &label_file(2049, 3, &[1, 2]));
        assert!(matches!(
            read_labels(&lab, 3),
            Err(DataError::Truncated { .. })
        ));
    }

    #[test]
    fn truncated_gzip_stream() {
        let dir = tempfile::tempdir().expect("tempdir");
        let img = write_gz(dir.path(), "i.gz", &image_file(2051, 3, 28, 28, 3 * PIXELS));
        let bytes = std::fs::read(&img).expect("read");
        std::fs::write(&img, &bytes[..bytes.len() / 2]).expect("write");
        // A cut gzip stream is an I/O error from the decoder, naming the file.
        let err = read_images(&img, 3).expect_err("cut gzip");
        assert!(err.to_string().contains("i.gz"), "{err}");
    }

    /// A gzip bomb (a stream that inflates far past the expected size)
    /// stops one byte past it; a multi-member file reads whole, as
    /// `gzip -dc` does; garbage after the stream is refused.
    #[test]
    fn gzip_bombs_members_and_garbage() {
        use std::io::Write as _;
        let dir = tempfile::tempdir().expect("tempdir");
        let labels = label_file(2049, 3, &[1, 2, 3]);
        // 64 MB of zeros after a valid header, 64 KB compressed.
        let bomb = dir.path().join("bomb.gz");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&labels).expect("gzip");
        gz.write_all(&vec![0u8; 64 << 20]).expect("gzip");
        std::fs::write(&bomb, gz.finish().expect("gzip")).expect("write");
        let started = std::time::Instant::now();
        let err = read_labels(&bomb, 3).expect_err("a bomb");
        assert!(
            matches!(
                err,
                DataError::TrailingBytes {
                    expected_bytes: 11,
                    ..
                }
            ),
            "{err}"
        );
        assert!(started.elapsed().as_secs() < 5, "the bomb was inflated");

        let (head, tail) = labels.split_at(5);
        let mut members = Vec::new();
        for part in [head, tail] {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(part).expect("gzip");
            members.extend(gz.finish().expect("gzip"));
        }
        let multi = dir.path().join("multi.gz");
        std::fs::write(&multi, &members).expect("write");
        assert_eq!(read_labels(&multi, 3).expect("two members"), vec![1, 2, 3]);

        members.extend_from_slice(b"not gzip");
        std::fs::write(&multi, &members).expect("write");
        let err = read_labels(&multi, 3).expect_err("garbage after the stream");
        assert!(err.to_string().contains("multi.gz"), "{err}");
    }

    #[test]
    fn wrong_magic() {
        let dir = tempfile::tempdir().expect("tempdir");
        // A label file passed where images are expected, and vice versa.
        let img = write(dir.path(), "i", &image_file(2049, 3, 28, 28, 3 * PIXELS));
        assert!(matches!(
            read_images(&img, 3),
            Err(DataError::BadMagic {
                expected: 2051,
                found: 2049,
                ..
            })
        ));
        let lab = write(dir.path(), "l", &label_file(2051, 3, &[1, 2, 3]));
        assert!(matches!(
            read_labels(&lab, 3),
            Err(DataError::BadMagic { expected: 2049, .. })
        ));
    }

    #[test]
    fn wrong_count_and_shape() {
        let dir = tempfile::tempdir().expect("tempdir");
        let img = write(dir.path(), "i", &image_file(2051, 2, 28, 28, 2 * PIXELS));
        assert!(matches!(
            read_images(&img, 3),
            Err(DataError::BadCount {
                expected: 3,
                found: 2,
                ..
            })
        ));
        let img = write(dir.path(), "s", &image_file(2051, 3, 32, 32, 3 * 32 * 32));
        assert!(matches!(
            read_images(&img, 3),
            Err(DataError::BadShape { rows: 32, .. })
        ));
        let lab = write(dir.path(), "l", &label_file(2049, 4, &[1, 2, 3, 4]));
        assert!(matches!(
            read_labels(&lab, 3),
            Err(DataError::BadCount { .. })
        ));
    }

    #[test]
    fn trailing_bytes() {
        let dir = tempfile::tempdir().expect("tempdir");
        let lab = write(dir.path(), "l", &label_file(2049, 2, &[1, 2, 3]));
        assert!(matches!(
            read_labels(&lab, 2),
            Err(DataError::TrailingBytes { .. })
        ));
    }

    #[test]
    fn label_out_of_range() {
        let dir = tempfile::tempdir().expect("tempdir");
        let lab = write(dir.path(), "l", &label_file(2049, 3, &[1, 10, 3]));
        let err = read_labels(&lab, 3).expect_err("label 10");
        assert!(matches!(
            err,
            DataError::BadLabel {
                index: 1,
                label: 10,
                ..
            }
        ));
    }

    #[test]
    fn missing_dir_and_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let gone = dir.path().join("nope");
        let err = load_split(&gone, Split::Test).expect_err("missing dir");
        assert!(err
            .to_string()
            .contains("apt-get install -y dataset-fashion-mnist"));
        let err = load_split(dir.path(), Split::Test).expect_err("missing file");
        assert!(matches!(
            err,
            DataError::MissingFile {
                name: "t10k-images-idx3-ubyte",
                ..
            }
        ));
    }

    #[test]
    fn split_last_takes_the_tail() {
        let ds = Dataset {
            images: (0..4)
                .flat_map(|i| std::iter::repeat_n(i as u8, PIXELS))
                .collect(),
            labels: vec![0, 1, 2, 3],
        };
        let (head, tail) = ds.split_last(1);
        assert_eq!(head.labels, vec![0, 1, 2]);
        assert_eq!(tail.labels, vec![3]);
        assert_eq!(tail.image(0)[0], 3);
        assert_eq!(head.images.len(), 3 * PIXELS);
    }
}
