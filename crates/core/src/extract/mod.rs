//! Clean article text out of a saved web page.
//!
//! A page is first reduced to a [`PageTree`]: the app builds it by walking the browser's own
//! `DOMParser` document, the command line from a native HTML parser, both through
//! [`PageTreeBuilder`]; so the wasm app carries no HTML parser of its own. [`extract`] then
//! runs one Readability-class algorithm over that small tree and gives an
//! [`ExtractedArticle`] of plain text, whose [`to_text`](ExtractedArticle::to_text) is what
//! the analysis reads. Markup is never executed nor kept: only text comes out.

mod blocks;
mod encoding;
mod hints;
mod meta;
mod output;
mod score;
mod stats;
mod tree;

pub use encoding::{bom_encoding, looks_like_html, sniff_encoding};
pub use output::{ExtractError, ExtractedArticle, ExtractedBlock, ExtractedKind};
pub use tree::{PageTree, PageTreeBuilder};

use stats::Stats;

/// A story shorter than this (in characters) was probably cut by the furniture hints: the
/// extraction is tried again without them.
const MIN_STORY: usize = 500;

/// Finds the article in `page`: its title, byline, date and the blocks of its story.
///
/// The story is the container its paragraphs score highest (length, commas, few links,
/// class and id hints), with the siblings that belong to it, minus the clutter inside;
/// elements that are furniture by their class, id, role or tag (`nav`, `aside`, `footer`),
/// bylines, captions and credits are left out. Deterministic and linear in the page size
/// (twice for short stories).
///
/// # Errors
/// An [`ExtractError`] when the page has no article text at all.
pub fn extract(page: &PageTree) -> Result<ExtractedArticle, ExtractError> {
    let strict = Stats::new(page, true);
    let meta = meta::read(page, &strict.bylines);
    let mut blocks = story(page, strict);
    if text_len(&blocks) < MIN_STORY {
        let loose = story(page, Stats::new(page, false));
        if text_len(&loose) > text_len(&blocks) {
            blocks = loose;
        }
    }
    drop_title_heading(&mut blocks, meta.title.as_deref());
    if blocks.is_empty() {
        return Err(ExtractError::no_text());
    }
    Ok(ExtractedArticle { title: meta.title, byline: meta.byline, date: meta.date, blocks })
}

/// The story's blocks, with `stats` computed for the page.
fn story(page: &PageTree, mut stats: Stats) -> Vec<ExtractedBlock> {
    let mut roots = score::content(page, &stats);
    if roots.is_empty() {
        roots = page.roots().filter(|&r| !stats.removed[r]).collect();
    }
    blocks::clean(page, &mut stats, &roots);
    blocks::read(page, &stats, &roots)
}

/// Characters of text in `blocks`.
fn text_len(blocks: &[ExtractedBlock]) -> usize {
    blocks.iter().map(|b| b.text.len()).sum()
}

/// Removes a heading near the top that repeats the title: the title is given apart.
fn drop_title_heading(blocks: &mut Vec<ExtractedBlock>, title: Option<&str>) {
    let Some(title) = title.map(str::to_lowercase) else { return };
    let repeats = |b: &ExtractedBlock| {
        let text = b.text.to_lowercase();
        b.kind == ExtractedKind::Heading && (title.contains(&text) || text.contains(&title))
    };
    if let Some(at) = blocks.iter().take(3).position(repeats) {
        blocks.remove(at);
    }
}

#[cfg(test)]
mod tests;
