//! The structure of an article given as plain text: title, byline, date and body blocks.
//!
//! Text copied from a web page carries the page around the story: skip links, photo
//! captions with credits, "more stories" lists. [`structure`] sets those apart as
//! [`Removed`] spans and labels what is left: one pass over the lines, deterministic, linear.

mod debris;
mod header;

use serde::{Deserialize, Serialize};

use crate::lines::{Line, lines};
use crate::span::Span;

/// An article's structure, as spans into its text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// The headline, when the text starts with one.
    pub title: Option<Span>,
    /// The author line ("Spencer Kimball"), without a leading "By".
    pub byline: Option<Span>,
    /// The publication date line as written ("June 12, 2014").
    pub date: Option<Span>,
    /// The story itself, in reading order.
    pub blocks: Vec<Block>,
    /// Page debris that is not part of the story, in text order.
    pub removed: Vec<Removed>,
}

/// One block of the story.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Where it is. A paragraph hard-wrapped over several lines is one span; its line
    /// breaks are to be read as spaces.
    pub span: Span,
}

/// The kinds of body block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// The summary paragraph under the headline.
    Standfirst,
    /// A section heading inside the story.
    Heading,
    /// A paragraph of the story.
    Paragraph,
}

/// A stretch of page debris left out of the story.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// Why it was left out.
    pub kind: RemovedKind,
    /// Where it is.
    pub span: Span,
}

/// Kinds of page debris.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovedKind {
    /// Skip links and menus ("Skip to content").
    Navigation,
    /// A photo caption or credit ("Image: picture-alliance/dpa").
    Caption,
    /// What follows the story: related and "more stories" lists, footers.
    MoreStories,
}

/// Finds the structure of `text`.
pub fn structure(text: &str) -> Article {
    let all = lines(text);
    let (kept, removed) = debris::separate(text, &all);
    let mut article = Article { removed, ..Article::default() };
    let body_start = header::read(text, &kept, &mut article);
    article.blocks = body_blocks(text, &kept[body_start..], article.title.is_some());
    article
}

/// Groups the body lines into blocks: one per chunk when the chunk is hard-wrapped prose,
/// otherwise one per line; short lone lines followed by more text are headings.
fn body_blocks(text: &str, body: &[Line], has_title: bool) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut rest = body;
    while let Some(first) = rest.first() {
        let len = rest.iter().take_while(|l| l.chunk == first.chunk).count();
        let (chunk, tail) = rest.split_at(len);
        if is_hard_wrapped(text, chunk) {
            let span = Span::new(chunk[0].span.start, chunk[len - 1].span.end);
            blocks.push(Block { kind: BlockKind::Paragraph, span });
        } else {
            for line in chunk {
                let heading = len == 1 && !tail.is_empty() && looks_like_heading(line.span.slice(text));
                let kind = if heading { BlockKind::Heading } else { BlockKind::Paragraph };
                blocks.push(Block { kind, span: line.span });
            }
        }
        rest = tail;
    }
    // Under a headline, a body that opens with a paragraph opens with its standfirst.
    if let Some(first) = blocks.first_mut().filter(|b| has_title && b.kind == BlockKind::Paragraph) {
        first.kind = BlockKind::Standfirst;
    }
    blocks
}

/// True when the lines of a chunk are the wrapped lines of one paragraph: several lines, each
/// but the last of similar length and not ending a sentence.
fn is_hard_wrapped(text: &str, chunk: &[Line]) -> bool {
    let Some((_, init)) = chunk.split_last() else { return false };
    !init.is_empty()
        && init.iter().all(|l| {
            let s = l.span.slice(text);
            let chars = s.chars().count();
            (40..=100).contains(&chars) && !ends_sentence(s)
        })
}

/// True for a line that ends like a sentence or a clause.
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', '’', '”', ')', '»', '«']).ends_with(['.', '!', '?', ':', ';', '…'])
}

/// True for a short line without final punctuation: a section heading.
fn looks_like_heading(line: &str) -> bool {
    // Cheap tests first: a paragraph's words are never all counted.
    let short = line.len() <= 4 * 90 && line.chars().count() <= 90;
    short
        && (1..=12).contains(&line.split_whitespace().count())
        && !ends_sentence(line)
        && !line.ends_with(',')
}

#[cfg(test)]
mod tests;
