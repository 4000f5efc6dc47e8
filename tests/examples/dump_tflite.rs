fn main() {
    let path = std::env::args().nth(1).unwrap();
    let bytes = std::fs::read(path).unwrap();
    let g = stitch_import::graph::read(&bytes).unwrap();
    for op in &g.operators {
        let ins: Vec<String> = op
            .inputs
            .iter()
            .map(|i| match i {
                Some(i) => {
                    let t = &g.tensors[*i];
                    format!(
                        "{}{:?}{:?}",
                        i,
                        t.shape,
                        t.quantization.as_ref().map(|q| (
                            q.scales.len(),
                            q.scales[0],
                            q.zero_points[0]
                        ))
                    )
                }
                None => "-".into(),
            })
            .collect();
        let outs: Vec<String> = op
            .outputs
            .iter()
            .map(|i| {
                let t = &g.tensors[*i];
                format!(
                    "{}{:?}{:?}",
                    i,
                    t.shape,
                    t.quantization
                        .as_ref()
                        .map(|q| (q.scales[0], q.zero_points[0]))
                )
            })
            .collect();
        println!(
            "{} {:?} in={:?} out={:?}",
            op.label(),
            op.options,
            ins,
            outs
        );
    }
}
