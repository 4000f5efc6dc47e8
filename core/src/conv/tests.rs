use super::*;

fn window(size: usize, stride: usize, padding: Padding) -> Window {
    Window {
        height: size,
        width: size,
        stride_height: stride,
        stride_width: stride,
        padding,
    }
}

fn square(side: usize, channels: usize) -> FeatureMap {
    FeatureMap {
        height: side,
        width: side,
        channels,
    }
}

/// `(input, window, stride, padding, output, padding before)`, from
/// TFLite's `ComputeOutSize` and `ComputePaddingWithOffset`.
const PLACEMENTS: &[(usize, usize, usize, Padding, usize, usize)] = &[
    (49, 10, 2, Padding::Same, 25, 4),
    (10, 4, 2, Padding::Same, 5, 1),
    (25, 3, 1, Padding::Same, 25, 1),
    (32, 3, 2, Padding::Same, 16, 0),
    (96, 3, 2, Padding::Same, 48, 0),
    (5, 5, 5, Padding::Valid, 1, 0),
    (7, 3, 2, Padding::Valid, 3, 0),
    (8, 3, 3, Padding::Valid, 2, 0),
    (1, 3, 1, Padding::Same, 1, 1),
];

#[test]
fn placement_is_tflites() {
    for &(input, size, stride, padding, out, before) in PLACEMENTS {
        let placement = window(size, stride, padding)
            .place(&square(input, 1))
            .unwrap();
        assert_eq!(
            (placement.out_height, placement.pad_top),
            (out, before),
            "{input} {size} {stride} {padding:?}"
        );
    }
}

#[test]
fn windows_without_output_are_errors() {
    for (w, image) in [
        (window(0, 1, Padding::Same), square(4, 1)),
        (window(3, 0, Padding::Same), square(4, 1)),
        (window(5, 1, Padding::Valid), square(4, 1)),
        (window(3, 1, Padding::Same), square(0, 1)),
    ] {
        assert_eq!(w.place(&image), Err(Error::Window), "{w:?} {image:?}");
    }
    let mut out = [0i8; 4];
    assert_eq!(
        max_pool2d(
            &[],
            square(2, 0),
            window(1, 1, Padding::Valid),
            (-128, 127),
            &mut out
        ),
        Err(Error::Window)
    );
}

#[test]
fn wrong_lengths_are_errors() {
    // Two channels: biases 0, multipliers 2^30 (little-endian words).
    let (biases, multipliers) = ([0u8; 8], [0, 0, 0, 0x40, 0, 0, 0, 0x40]);
    let requantization = Requantization {
        biases: &biases,
        multipliers: &multipliers,
        shifts: &[1, 1],
        rounding: Rounding::Single,
        input_zero_point: 0,
        output_zero_point: 0,
        clamp: (-128, 127),
    };
    let same = window(3, 1, Padding::Same);
    let mut out = [0i8; 2 * 9];
    // 3x3x1 input, two 3x3x1 filters: 18 weights.
    assert_eq!(
        conv2d(
            &[0; 8],
            square(3, 1),
            &[0i8; 18],
            same,
            &requantization,
            &mut out
        ),
        Err(Error::Length {
            expected: 9,
            found: 8
        })
    );
    assert_eq!(
        conv2d(
            &[0; 9],
            square(3, 1),
            &[0i8; 17],
            same,
            &requantization,
            &mut out
        ),
        Err(Error::Length {
            expected: 18,
            found: 17
        })
    );
    assert_eq!(
        conv2d(
            &[0; 9],
            square(3, 1),
            &[0i8; 18],
            same,
            &requantization,
            &mut out[..17]
        ),
        Err(Error::Length {
            expected: 18,
            found: 17
        })
    );
    let short = Requantization {
        biases: &biases[..4],
        ..requantization
    };
    assert_eq!(
        conv2d(&[0i8; 9], square(3, 1), &[0i8; 18], same, &short, &mut out),
        Err(Error::Length {
            expected: 8,
            found: 4
        })
    );
}

#[test]
fn average_pool_counts_only_the_image() {
    // A 3x3 window on a 2x2 image, SAME: every window covers the whole image
    // and five padding pixels, which do not count.
    let mut out = [0i8; 4];
    average_pool2d(
        &[10, 20, 30, -1],
        square(2, 1),
        window(3, 1, Padding::Same),
        (-128, 127),
        &mut out,
    )
    .unwrap();
    assert_eq!(out, [15, 15, 15, 15]); // 59 / 4 = 14.75
                                       // Half away from zero: -5 / 2 = -2.5 -> -3.
    let mut out = [0i8; 1];
    let pair = Window {
        height: 1,
        width: 2,
        stride_height: 1,
        stride_width: 2,
        padding: Padding::Valid,
    };
    let row = FeatureMap {
        height: 1,
        width: 2,
        channels: 1,
    };
    average_pool2d(&[-2, -3], row, pair, (-128, 127), &mut out).unwrap();
    assert_eq!(out, [-3]);
}

#[test]
fn huge_windows_cost_no_more_than_the_image() {
    // A window of 2^40 rows pools the 2x2 image once per output: it ends.
    let huge = Window {
        height: 1 << 40,
        width: 1 << 40,
        stride_height: 1,
        stride_width: 1,
        padding: Padding::Same,
    };
    let mut out = [0i8; 4];
    max_pool2d(&[1, 2, 3, 4], square(2, 1), huge, (-128, 127), &mut out).unwrap();
    assert_eq!(out, [4; 4]);
}

#[test]
fn add_refuses_bad_scales_and_lengths() {
    let q = |scale| crate::Quantization {
        scale,
        zero_point: 0,
    };
    // The last: the output's factor 2 / (2^20 * 1e-7) is above 1.
    for scales in [
        (f32::NAN, 1.0, 1.0),
        (1.0, 0.0, 1.0),
        (1.0, 1.0, -2.0),
        (1.0, 1.0, 1e-7),
    ] {
        assert_eq!(
            Add::new(
                q(scales.0),
                q(scales.1),
                q(scales.2),
                (-128, 127),
                Rounding::Double
            ),
            Err(Error::InvalidScale)
        );
    }
    let add = Add::new(q(0.1), q(0.2), q(0.3), (-128, 127), Rounding::Double).unwrap();
    assert_eq!(
        add.apply(&[1, 2], &[3], &mut [0; 2]),
        Err(Error::Length {
            expected: 2,
            found: 1
        })
    );
    assert_eq!(
        add.apply(&[1, 2], &[3, 4], &mut [0; 3]),
        Err(Error::Length {
            expected: 2,
            found: 3
        })
    );
    // 0.1 * 127 + 0.2 * 127 = 38.1 is 127 at scale 0.3: the top of the range.
    let mut out = [0i8; 1];
    add.apply(&[127], &[127], &mut out).unwrap();
    assert_eq!(out, [127]);
}
