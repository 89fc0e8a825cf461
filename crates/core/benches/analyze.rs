//! Throughput of `analyze` on generated article text, and on the worst shapes for the quote
//! engine: one unbroken paragraph, and text that is nothing but quote marks. Each is about
//! 1 MB, so bytes per second compare directly; a quadratic step shows up as a collapse.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// About `size` bytes of news-like paragraphs with quotes, cues, names and apostrophes.
fn article(size: usize) -> String {
    let paragraphs = [
        "The ministry said on Tuesday that the plan \"will not survive the winter.\" Officials in the capital declined to comment.",
        "\"We tried everything we could,\" Health Minister Ana Ruiz told reporters. \"It didn't work out for us.\"",
        "According to Tom Reed, an analyst at the Example Institute, the '90s reforms were a \"missed chance.\"",
        "“Nobody asked us,” said Senator Maria Lopez, who chairs the committee. „Niemand hat gefragt“, sagte sie.",
        "Ruiz says she got a call at night. ‘They told me to leave,’ she said. The rebels' trucks were gone by dawn.",
    ];
    let mut text = String::from("A headline about 'quotes' in the news\n\nJane Doe\nJune 12, 2014\n\n");
    let mut i = 0;
    while text.len() < size {
        text.push_str(paragraphs[i % paragraphs.len()]);
        text.push_str("\n\n");
        i += 1;
    }
    text
}

fn bench(c: &mut Criterion) {
    const SIZE: usize = 1 << 20;
    let one_paragraph = article(SIZE).replace("\n\n", " ");
    let marks = "\"'“”‘’„«»「」 ".repeat(SIZE / 26);
    let inputs = [("article", article(SIZE)), ("one paragraph", one_paragraph), ("quote marks", marks)];
    let mut group = c.benchmark_group("analyze");
    group.sample_size(10);
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| b.iter(|| companion_core::analyze(black_box(text))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
