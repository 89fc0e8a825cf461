//! The whole analysis of one text, as one serialisable value.

use serde::{Deserialize, Serialize};

use crate::article::{self, Article};
use crate::notes::{self, Glossary, Note};
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
    /// Background notes on terms of the title and body, ordered by first mention.
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// Analyses `text`. Never fails and never panics; empty text gives an empty analysis.
/// The only notes are those the article gives itself; see [`analyze_with`] for a glossary.
pub fn analyze(text: &str) -> Analysis {
    analyze_with(text, &Glossary::default())
}

/// Analyses `text` as [`analyze`] does, with notes from `glossary` (the built-in pack,
/// merged with any custom glossary) besides the article's own. Never fails or panics.
///
/// # Example
/// ```
/// let pack = r#"{"format": "reading-companion-notes", "version": 1, "entries": [
///     {"term": "Mosul", "aliases": [], "note": "A city in northern Iraq.", "case_sensitive": false}]}"#;
/// let glossary = companion_core::Glossary::from_pack_json(pack).expect("a valid pack");
/// let text = "Fighting near Mosul.";
/// let notes = companion_core::analyze_with(text, &glossary).notes;
/// assert_eq!(notes[0].term, "Mosul");
/// assert_eq!(notes[0].mentions[0].slice(text), "Mosul");
/// ```
pub fn analyze_with(text: &str, glossary: &Glossary) -> Analysis {
    let article = article::structure(text);
    let (quotes, speakers) = quotes::find(text, &article);
    let notes = notes::find(text, &article, &speakers, glossary);
    Analysis { text_len: text.len(), article, quotes, speakers, notes }
}
