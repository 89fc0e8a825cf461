//! Background notes: glossary entries matched in the article, and notes the article gives
//! itself.
//!
//! Notes come from three sources ([`NoteSource`]): the built-in pack, a custom glossary
//! (which overrides the pack, see [`Glossary::merged`]) and the article itself (acronyms
//! it defines, descriptions of the speakers it quotes). A glossary entry for the same name
//! wins over an article note. Matching runs over the title and the body blocks, quotes
//! included, never over removed page debris.

mod article;
mod csv;
mod custom;
mod error;
mod glossary;
mod matcher;
mod words;

use serde::{Deserialize, Serialize};

use self::matcher::{FastMap, Match};
use crate::article::Article;
use crate::quotes::Speaker;
use crate::span::Span;

pub use self::custom::GlossaryFormat;
pub use self::error::GlossaryError;
pub use self::glossary::Glossary;

/// Where a note comes from; shown on each note so a reader knows whom to trust.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteSource {
    /// The built-in notes pack shipped with the app.
    Builtin,
    /// The article itself: an acronym it defines, or how it describes someone it quotes.
    Article,
    /// A custom glossary supplied by a teacher or site.
    Custom,
}

/// A glossary entry: a term, its aliases, and the note shown for any of them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The canonical name, shown as the note's title.
    pub term: String,
    /// Other names that should show the same note.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The note: one to three sentences of background.
    pub note: String,
    /// What kind of thing the term is ("place", "person"), when known.
    #[serde(default)]
    pub category: Option<String>,
    /// A page to read more, when the glossary gives one.
    #[serde(default)]
    pub link: Option<String>,
    /// Match the term and aliases only as written ("US" never matches "us").
    #[serde(default)]
    pub case_sensitive: bool,
    /// Where the entry comes from.
    pub source: NoteSource,
}

impl Entry {
    /// The term, then the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.term.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// One note found in an article: the entry's term and note, where it came from, and every
/// mention of it in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// The canonical term (a mention may use an alias or a plural).
    pub term: String,
    /// The note text.
    pub note: String,
    /// Where the note comes from.
    pub source: NoteSource,
    /// What kind of thing the term is, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// A page to read more, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Every mention, in text order; never empty, never overlapping another note's.
    pub mentions: Vec<Span>,
}

/// The notes for `text`: matches of `glossary`, and the article's own notes unless the
/// glossary has an entry of the same name (an article note also loses any alias the
/// glossary has). Ordered by first mention.
pub(crate) fn find(text: &str, article: &Article, speakers: &[Speaker], glossary: &Glossary) -> Vec<Note> {
    let regions: Vec<Span> = article.title.into_iter().chain(article.blocks.iter().map(|b| b.span)).collect();
    let own: Vec<Entry> = article::acronyms(text, &regions)
        .into_iter()
        .chain(article::speakers(speakers))
        .filter(|e| glossary.get(&e.term).is_none())
        .map(|mut e| {
            e.aliases.retain(|a| glossary.get(a).is_none());
            e
        })
        .collect();
    let own = Glossary::new(own);
    let found = glossary.find(text, &regions);
    let extra = own.find(text, &regions);
    group(&leftmost_longest(&found, glossary, &extra, &own))
}

/// The matches of two glossaries as one list without overlaps, as if one matcher had found
/// them: leftmost first, then longest, then `first`'s ("Ben Smith" from the article beats
/// "Smith" from the pack; "White House" from the pack beats "White" from the article).
fn leftmost_longest<'a>(
    first: &[Match],
    first_glossary: &'a Glossary,
    second: &[Match],
    second_glossary: &'a Glossary,
) -> Vec<(Match, &'a Glossary)> {
    let mut all: Vec<(Match, &Glossary, usize)> = first.iter().map(|&m| (m, first_glossary, 0)).collect();
    all.extend(second.iter().map(|&m| (m, second_glossary, 1)));
    all.sort_by_key(|&(m, _, rank)| (m.span.start, std::cmp::Reverse(m.span.end), rank));
    let mut end = 0;
    let mut out = Vec::with_capacity(all.len());
    for (m, g, _) in all {
        if m.span.start >= end {
            end = m.span.end;
            out.push((m, g));
        }
    }
    out
}

/// Groups matches into one note per entry, ordered by first mention.
fn group(matches: &[(Match, &Glossary)]) -> Vec<Note> {
    let mut notes: Vec<Note> = Vec::new();
    let mut slots: FastMap<(*const Glossary, usize), usize> = FastMap::default();
    for &(m, g) in matches {
        let Some(entry) = g.entries().get(m.entry) else { continue };
        let slot = *slots.entry((std::ptr::from_ref(g), m.entry)).or_insert_with(|| {
            notes.push(note(entry));
            notes.len() - 1
        });
        if let Some(note) = notes.get_mut(slot) {
            note.mentions.push(m.span);
        }
    }
    notes
}

/// A note for `entry`, without mentions yet.
fn note(entry: &Entry) -> Note {
    Note {
        term: entry.term.clone(),
        note: entry.note.clone(),
        source: entry.source,
        category: entry.category.clone(),
        link: entry.link.clone(),
        mentions: Vec::new(),
    }
}

#[cfg(test)]
mod tests;
