//! Extracting the article from a synthetic saved news page: a menu of 60 links, a story of 40
//! paragraphs with a heading every 8, a related list, 30 comments and a footer (about 5,000
//! nodes, like a real page once scripts and styles are dropped).
//! Run: `cargo bench -p companion-core --bench extract`.

use std::hint::black_box;

use companion_core::{PageTree, PageTreeBuilder, extract};
use criterion::{Criterion, criterion_group, criterion_main};

/// A paragraph of prose, with commas, as stories have.
const PROSE: &str = "The committee, which met for the third time this month, heard from residents, \
                     engineers and the mayor, who said the plan would be revised before the vote.";

/// Adds `<tag attrs>text</tag>`.
fn leaf(b: &mut PageTreeBuilder, tag: &str, attrs: &[(&str, &str)], text: &str) {
    b.start_element(tag, attrs);
    b.text(text);
    b.end_element();
}

/// Adds a `<ul>` of `n` linked items.
fn link_list(b: &mut PageTreeBuilder, attrs: &[(&str, &str)], n: usize) {
    b.start_element("ul", attrs);
    for i in 0..n {
        b.start_element("li", &[("class", "item")]);
        leaf(b, "a", &[("href", "/story")], &format!("Another story number {i}"));
        b.end_element();
    }
    b.end_element();
}

/// The synthetic page.
fn page() -> PageTree {
    let mut b = PageTreeBuilder::new();
    b.start_element("html", &[]);
    b.start_element("head", &[]);
    leaf(&mut b, "title", &[], "Committee revises plan | Example News");
    b.start_element("meta", &[("property", "article:published_time"), ("content", "2014-06-12T09:30:00Z")]);
    b.end_element();
    leaf(&mut b, "script", &[], "window.tracking = true;");
    b.end_element();
    b.start_element("body", &[("class", "site")]);
    b.start_element("nav", &[]);
    link_list(&mut b, &[], 60);
    b.end_element();
    b.start_element("article", &[("class", "story-body")]);
    leaf(&mut b, "h1", &[], "Committee revises plan");
    for i in 0..40 {
        if i % 8 == 7 {
            leaf(&mut b, "h2", &[], "What the residents said");
        }
        b.start_element("p", &[]);
        b.text(PROSE);
        leaf(&mut b, "a", &[("href", "/x")], " a link");
        b.text(" and the end of the paragraph.");
        b.end_element();
    }
    b.end_element();
    link_list(&mut b, &[("class", "related")], 20);
    b.start_element("section", &[("id", "comments")]);
    for _ in 0..30 {
        leaf(&mut b, "p", &[("class", "comment")], PROSE);
    }
    b.end_element();
    leaf(&mut b, "footer", &[], "© Example News");
    b.end_element();
    b.end_element();
    b.finish()
}

fn bench(c: &mut Criterion) {
    let tree = page();
    c.bench_function("extract synthetic news page", |b| b.iter(|| extract(black_box(&tree))));
    c.bench_function("build + extract synthetic news page", |b| b.iter(|| extract(&black_box(page()))));
}

criterion_group!(benches, bench);
criterion_main!(benches);
