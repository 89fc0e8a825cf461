//! A set of glossary entries compiled for matching, and the built-in pack's format.

use std::collections::HashMap;

use serde::Deserialize;

use super::error::GlossaryError;
use super::matcher::{Match, Matcher};
use super::{Entry, Note, NoteSource};
use crate::span::Span;

/// The `format` field of the built-in notes pack.
const PACK_FORMAT: &str = "reading-companion-notes";
/// The pack schema version this code reads.
const PACK_VERSION: u64 = 1;

/// A set of entries compiled for matching. Build once, match many texts.
///
/// Matching is whole words, all terms at once, leftmost-longest and linear in the text:
/// case-insensitive unless an entry is `case_sensitive`; plurals and possessives of a term's
/// last word ("Sunnis", "Kurdistan's"); hyphen or space between words ("al-Qaeda",
/// "al Qaeda"); straight or curly apostrophes.
///
/// # Example
/// ```
/// use companion_core::{Glossary, GlossaryFormat};
/// let (glossary, errors) = Glossary::parse_custom("term,note\nSunni,A branch of Islam.\n", GlossaryFormat::Csv);
/// assert!(errors.is_empty());
/// let text = "Iraq's Sunnis protested.";
/// let analysis = companion_core::analyze_with(text, &glossary);
/// assert_eq!(analysis.notes[0].term, "Sunni");
/// assert_eq!(analysis.notes[0].mentions[0].slice(text), "Sunnis");
/// ```
#[derive(Clone, Debug, Default)]
pub struct Glossary {
    entries: Vec<Entry>,
    /// Every term and alias, folded to lower case, to its first entry.
    names: HashMap<String, usize>,
    matcher: Matcher,
}

/// The built-in pack file (`www/notes/pack.json`).
#[derive(Deserialize)]
struct Pack {
    format: String,
    version: u64,
    entries: Vec<PackEntry>,
}

/// One entry of the built-in pack.
#[derive(Deserialize)]
struct PackEntry {
    term: String,
    #[serde(default)]
    aliases: Vec<String>,
    note: String,
    #[serde(default)]
    category: Option<String>,
    #[serde(default)]
    link: Option<String>,
    #[serde(default)]
    case_sensitive: bool,
}

impl Glossary {
    /// Compiles `entries`; an entry whose term or alias is already taken keeps only its other
    /// names (the first entry with a name owns it). Short all-capital names ("US", "NATO")
    /// match only as written even in entries that are not `case_sensitive`.
    pub fn new(entries: Vec<Entry>) -> Glossary {
        let mut glossary = Glossary { entries, ..Glossary::default() };
        for (index, entry) in glossary.entries.iter().enumerate() {
            for name in entry.names() {
                let key = fold(name);
                if key.is_empty() || glossary.names.contains_key(&key) {
                    continue;
                }
                glossary.names.insert(key, index);
                glossary.matcher.insert(name, entry.case_sensitive || is_acronym(name), index);
            }
        }
        glossary
    }

    /// The built-in notes pack, in the `www/notes/pack.json` format (see `www/notes/README.md`).
    /// Entries take the source [`NoteSource::Builtin`]; entries without a term or note are
    /// left out.
    ///
    /// # Errors
    /// Invalid JSON, or a `format` or `version` this code does not read, gives a
    /// [`GlossaryError`] whose message says so for a reader.
    pub fn from_pack_json(json: &str) -> Result<Glossary, GlossaryError> {
        let pack: Pack = serde_json::from_str(json)
            .map_err(|e| GlossaryError::new(Some(e.line()), format!("the notes pack is not valid: {e}")))?;
        if pack.format != PACK_FORMAT {
            let problem =
                format!("this is not a notes pack (format '{}', expected '{PACK_FORMAT}')", pack.format);
            return Err(GlossaryError::new(None, problem));
        }
        if pack.version != PACK_VERSION {
            let problem =
                format!("the notes pack has version {}; this app reads version {PACK_VERSION}", pack.version);
            return Err(GlossaryError::new(None, problem));
        }
        let entries = pack.entries.into_iter().filter_map(PackEntry::into_entry).collect();
        Ok(Glossary::new(entries))
    }

    /// This glossary with `custom`'s entries added; a custom entry replaces every entry of
    /// `self` that shares a name with it (term or alias, case-insensitive).
    pub fn merged(&self, custom: &Glossary) -> Glossary {
        let kept = self.entries.iter().filter(|e| !e.names().any(|n| custom.names.contains_key(&fold(n))));
        Glossary::new(kept.chain(&custom.entries).cloned().collect())
    }

    /// The entries, in the order given.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry named `name` (a term or alias, case-insensitive), if any.
    pub fn get(&self, name: &str) -> Option<&Entry> {
        self.names.get(&fold(name)).and_then(|&i| self.entries.get(i))
    }

    /// The notes of this glossary's entries mentioned anywhere in `text`, ordered by first
    /// mention: matching alone, without the article's structure or its own notes (for
    /// texts that are not articles, and for measuring).
    pub fn notes_in(&self, text: &str) -> Vec<Note> {
        let matches = self.find(text, &[Span::new(0, text.len())]);
        let tagged: Vec<(Match, &Glossary)> = matches.into_iter().map(|m| (m, self)).collect();
        super::group(&tagged)
    }

    /// Every mention of an entry in `regions` of `text`.
    pub(crate) fn find(&self, text: &str, regions: &[Span]) -> Vec<Match> {
        self.matcher.find(text, regions)
    }
}

impl PackEntry {
    fn into_entry(self) -> Option<Entry> {
        let PackEntry { term, aliases, note, category, link, case_sensitive } = self;
        let ok = !term.trim().is_empty() && !note.trim().is_empty();
        ok.then_some(Entry {
            term,
            aliases,
            note,
            category,
            link,
            case_sensitive,
            source: NoteSource::Builtin,
        })
    }
}

/// True for a short name without lower-case letters ("US", "UN", "IS", "NATO"): it matches
/// only as written, whatever its entry says, so "US" never matches "us".
fn is_acronym(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    (1..=5).contains(&letters) && !name.chars().any(char::is_lowercase)
}

/// A name folded for comparison: lower case, words separated by single spaces.
fn fold(name: &str) -> String {
    let mut buf = String::new();
    super::words::fold_into(name, &mut buf);
    buf.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}
