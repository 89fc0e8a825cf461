//! What extraction gives: the article's metadata and body blocks as plain text.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The article found in a page: metadata and the story's blocks, as plain text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractedArticle {
    /// The headline, from the page's metadata or its main heading.
    pub title: Option<String>,
    /// The author(s), without a leading "By".
    pub byline: Option<String>,
    /// The publication date, as "June 12, 2014" when the page gives a machine-readable one.
    pub date: Option<String>,
    /// The story, in reading order.
    pub blocks: Vec<ExtractedBlock>,
}

/// One block of the story: a heading, a paragraph, a list item, a quote or preformatted text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractedBlock {
    /// What the block is.
    pub kind: ExtractedKind,
    /// Its text, whitespace collapsed (kept as is in preformatted blocks).
    pub text: String,
}

/// The kinds of [`ExtractedBlock`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExtractedKind {
    /// A section heading.
    Heading,
    /// A paragraph.
    Paragraph,
    /// One item of a list.
    ListItem,
    /// A paragraph of a block quote.
    Quote,
    /// Preformatted text (code, verse), line breaks kept.
    Preformatted,
}

impl ExtractedArticle {
    /// The article as plain text: title, byline, date, then the blocks, separated by blank
    /// lines. List items start with "• ". This is the text the analysis
    /// ([`analyze`](crate::analyze)) reads, and it finds the same title, byline and date.
    pub fn to_text(&self) -> String {
        let head = [&self.title, &self.byline, &self.date].into_iter().flatten().map(String::as_str);
        let mut parts: Vec<String> = head.map(str::to_owned).collect();
        parts.extend(self.blocks.iter().map(ExtractedBlock::to_text));
        let mut text = parts.join("\n\n");
        text.push('\n');
        text
    }

    /// The story only, blocks separated by blank lines: what article-body benchmarks score.
    pub fn body_text(&self) -> String {
        let mut text = self.blocks.iter().map(ExtractedBlock::to_text).collect::<Vec<_>>().join("\n\n");
        text.push('\n');
        text
    }
}

impl ExtractedBlock {
    /// The block as a paragraph of plain text.
    fn to_text(&self) -> String {
        match self.kind {
            ExtractedKind::ListItem => format!("• {}", self.text),
            _ => self.text.clone(),
        }
    }
}

/// Why no article could be extracted from a page. Its `Display` is a sentence meant for the
/// reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtractError {
    _private: (),
}

impl ExtractError {
    /// The page had no article text.
    pub(super) fn no_text() -> Self {
        ExtractError { _private: () }
    }
}

impl fmt::Display for ExtractError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "This page has no article text in it: it may be a menu, a paywall or a page that \
             loads its story with scripts. Open the article itself, or copy its text and paste it.",
        )
    }
}

impl std::error::Error for ExtractError {}
