//! Notes the article gives itself: acronyms it defines, and how it describes the people and
//! organisations it quotes.

use super::words;
use super::{Entry, NoteSource};
use crate::quotes::{Speaker, SpeakerKind};
use crate::span::Span;

/// Longest acronym considered, in characters.
const MAX_ACRONYM: usize = 10;

/// Small words a long form may hold without an initial in the acronym ("State *in* Iraq
/// *and* Syria").
const LINKS: &[&str] =
    &["of", "in", "and", "the", "for", "on", "at", "to", "de", "du", "des", "la", "le", "&"];

/// An entry for each acronym defined in `regions` of `text` as "Long Form (LF)": the
/// acronym's note is its long form. The first definition of an acronym wins.
pub(crate) fn acronyms(text: &str, regions: &[Span]) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    for &region in regions {
        let body = region.slice(text);
        let mut rest = 0;
        while let Some(open) = body[rest..].find('(').map(|i| rest + i) {
            rest = open + 1;
            let Some(close) = body[rest..].find(')').map(|i| rest + i) else { break };
            let acronym = &body[rest..close];
            if !is_acronym(acronym) || out.iter().any(|e| e.term == acronym) {
                continue;
            }
            if let Some(long) = long_form(&body[..open], acronym) {
                out.push(Entry {
                    term: acronym.to_owned(),
                    aliases: Vec::new(),
                    note: long.to_owned(),
                    category: None,
                    link: None,
                    case_sensitive: true,
                    source: NoteSource::Article,
                });
            }
        }
    }
    out
}

/// True for a short run of capitals and digits, starting with a capital ("ISIS", "G20").
fn is_acronym(s: &str) -> bool {
    let capitals = s.chars().filter(char::is_ascii_uppercase).count();
    (2..=MAX_ACRONYM).contains(&s.len())
        && s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c.is_ascii_lowercase())
        && capitals * 2 > s.len()
}

/// The words just before `before` whose initials spell `acronym`'s capitals, small linking
/// words allowed between them: the long form, as written.
fn long_form<'a>(before: &'a str, acronym: &str) -> Option<&'a str> {
    let initials: Vec<char> = acronym.chars().filter(char::is_ascii_uppercase).collect();
    let tokens = words::tokens(before, Span::new(0, before.len()));
    let mut need = initials.len();
    let mut end = None;
    for token in tokens.iter().rev() {
        let word = token.span.slice(before);
        let first = word.chars().next()?;
        if need > 0 && initials.get(need - 1) == Some(&first) {
            need -= 1;
            end.get_or_insert(token.span.end);
            if need == 0 {
                let end = end?;
                let tail = before[end..].trim();
                return tail.is_empty().then(|| &before[token.span.start..end]);
            }
        } else if end.is_some() && LINKS.contains(&word.to_lowercase().as_str()) {
            continue;
        } else {
            return None;
        }
    }
    None
}

/// An entry for each named person or organisation the article describes: the note is the
/// description. Unnamed groups ("officials") get none: their name is an ordinary word.
pub(crate) fn speakers(speakers: &[Speaker]) -> Vec<Entry> {
    speakers
        .iter()
        .filter(|s| matches!(s.kind, SpeakerKind::Person | SpeakerKind::Organisation))
        .filter(|s| !s.description.trim().is_empty() && s.name.starts_with(char::is_uppercase))
        .map(|s| Entry {
            term: s.name.clone(),
            aliases: s.aliases.iter().filter(|a| a.starts_with(char::is_uppercase)).cloned().collect(),
            note: sentence(&s.description),
            category: category(s.kind),
            link: None,
            case_sensitive: true,
            source: NoteSource::Article,
        })
        .collect()
}

/// `phrase` as a sentence: capital first, full stop last.
fn sentence(phrase: &str) -> String {
    let phrase = phrase.trim();
    let mut chars = phrase.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
    let stop = if phrase.ends_with(['.', '!', '?']) { "" } else { "." };
    format!("{first}{}{stop}", chars.as_str())
}

fn category(kind: SpeakerKind) -> Option<String> {
    let name = if kind == SpeakerKind::Person { "person" } else { "organisation" };
    Some(name.to_owned())
}
