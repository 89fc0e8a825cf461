//! The whole analysis of one text, as one serialisable value.

use serde::{Deserialize, Serialize};

use crate::article::{self, Article};
use crate::quotes::{self, Quote, Speaker};

/// Everything the core found in one text. Positions are [`Span`](crate::Span)s into that text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Length of the analysed text in bytes: every span ends at or before it.
    pub text_len: usize,
    /// The article's structure: title, byline, date and body blocks, with page debris set apart.
    pub article: Article,
    /// Every quote in the story, in text order: claims with their speakers, and mentions.
    pub quotes: Vec<Quote>,
    /// The people, organisations and groups quoted; [`Quote::speaker`] indexes this list.
    pub speakers: Vec<Speaker>,
}

/// Analyses `text`. Never fails and never panics; empty text gives an empty analysis.
pub fn analyze(text: &str) -> Analysis {
    let article = article::structure(text);
    let (quotes, speakers) = quotes::find(text, &article);
    Analysis { text_len: text.len(), article, quotes, speakers }
}
