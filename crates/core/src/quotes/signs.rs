//! Attributions that need no speech verb: a transcript tag inside the quote ("WALLACE:"),
//! a colon after a name ("Psaki: “…”", "More from the report: “…”"), a dash signature
//! after the quote, on the line under it or closing its paragraph ("― Sonya Herridge"),
//! and a name's possessive before a noun for something said ("Trump's claim that “…”").
//! Each reads a bounded window next to its quote.

use std::ops::Range;

use super::attribute::{Attribution, Place, WINDOW, resolve, sentence_head};
use super::cues::cue_at;
use super::lexicon;
use super::phrase::{is_possessive, left_of, phrase_before, right_of, subject};
use super::speakers::Registry;
use super::words::{TextTokens, Token};
use crate::span::Span;

/// The most words a transcript's speaker tag has ("DONALD TRUMP:").
const TAG_WORDS: usize = 3;

/// A transcript's speaker tag opening the quoted words: "“WALLACE: Let's start …”".
pub(super) fn tag(words: &TextTokens, place: Place, registry: &mut Registry) -> Option<Attribution> {
    let toks = words.within(place.inner);
    let colon = toks.iter().take(TAG_WORDS + 1).position(|t| t.is_punct(&[':']))?;
    let capitals = |t: &Token| t.is_word() && t.text.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
    let name = toks
        .get(..colon)
        .filter(|n| !n.is_empty() && n.iter().all(capitals) && n.iter().any(|t| t.text.len() > 1))?;
    let speaker = registry.tag(name.iter().map(|t| t.text))?;
    let who = registry.get(speaker).map_or("", |s| s.name.as_str());
    let reason = format!("a transcript tag inside the quote names {who}");
    Some(Attribution { speaker: Some(speaker), cue: toks[colon].span, reason, confidence: 0.8 })
}

/// Confidence of a colon attribution: above it for a name ("Psaki: “…”"), which then wins
/// over a cue earlier in the sentence; below it for a role or an object ("the plan: “…”").
pub(super) const COLON_CONFIDENCE: f64 = 0.7;

/// A name after a dash right after the quote, as under a reader's comment or a tweet
/// ("…” ― Sonya Herridge").
pub(super) fn dash(text: &str, after: &[Token], registry: &mut Registry) -> Option<Attribution> {
    let first = after.first().filter(|t| is_dash(t))?;
    let range = right_of(after, 1).filter(|r| r.start == 1)?;
    let (speaker, _) = resolve(text, after, range, registry)?;
    let name = registry.get(speaker).map_or("", |s| s.name.as_str());
    let reason = format!("a dash after the quote signs it with {name}");
    Some(Attribution { speaker: Some(speaker), cue: first.span, reason, confidence: 0.7 })
}

/// A name's possessive before a noun for something said, in the quote's sentence: "Trump's
/// claim that there have been “…”", "in Bolton's view, “…”", or with the quote between them
/// when `after` (the words after the quote) is given: "Romney's “47 percent” comment".
pub(super) fn possessor(
    text: &str,
    before: &[Token],
    after: &[Token],
    registry: &mut Registry,
) -> Option<Attribution> {
    let saying = |t: &Token| lexicon::has(lexicon::SAYING_NOUNS, t.text);
    let wrapped = before.last().filter(|t| is_possessive(t)).and(after.first().filter(|t| saying(t)));
    let (end, noun) = match wrapped {
        Some(noun) => (before.len(), noun),
        None => {
            let k = (1..before.len()).rev().find(|&k| saying(&before[k]) && is_possessive(&before[k - 1]))?;
            (k, &before[k])
        }
    };
    let range = phrase_before(before, end)?;
    let (speaker, _) = resolve(text, before, range, registry)?;
    let name = registry.get(speaker).map_or("", |s| s.name.as_str());
    let reason = format!("the quote is part of {name}'s '{}'", noun.text);
    Some(Attribution { speaker: Some(speaker), cue: noun.span, reason, confidence: 0.7 })
}

/// The most tokens a signature line under a quote has ("- President Obama, tweeting after
/// the speech.").
const SIGNATURE_LEN: usize = 12;

/// A dash signature on its own line under a quote that ends its paragraph: "“…”" then
/// "- President Obama, tweeting after the speech."
pub(super) fn signature(
    text: &str,
    words: &TextTokens,
    place: Place,
    after: &[Token],
    registry: &mut Registry,
) -> Option<Attribution> {
    let next = words.within(Span::new(place.to, place.to + WINDOW));
    if !after.is_empty() || !next.first().is_some_and(is_dash) {
        return paragraph_signature(text, words, place, registry);
    }
    let line = sentence_head(next);
    Some(line).filter(|l| l.len() <= SIGNATURE_LEN).and_then(|l| dash(text, l, registry))
}

/// A dash signature closing the quote's paragraph after a later quote in it: a reader's
/// comment quoted in parts ("“…” And that's all he has “…” ― Christina Lastra.").
fn paragraph_signature(
    text: &str,
    words: &TextTokens,
    place: Place,
    registry: &mut Registry,
) -> Option<Attribution> {
    // The signature ends the paragraph, within reach of the quote.
    if place.paragraph_end > place.outer.end + WINDOW {
        return None;
    }
    let rest = words.within(Span::new(place.outer.end, place.paragraph_end));
    let dash_at = rest.len().saturating_sub(SIGNATURE_LEN + 1);
    let signed = (dash_at..rest.len())
        .rev()
        .find(|&d| is_dash(&rest[d]) && d > 0 && rest[d - 1].is_punct(&['”', '"']))?;
    let line = sentence_head(&rest[signed..]);
    // The signature ends the paragraph.
    (signed + line.len() + 1 >= rest.len()).then(|| dash(text, line, registry)).flatten()
}

/// True for a dash that opens a signature.
fn is_dash(t: &Token) -> bool {
    t.is_punct(&['―', '—', '–', '-'])
}

/// A speaker phrase ending with a colon right before the quote ("Psaki:").
pub(super) fn colon(text: &str, before: &[Token], registry: &mut Registry) -> Option<Attribution> {
    let last = before.len().checked_sub(1)?;
    if !before[last].is_punct(&[':']) {
        return None;
    }
    // "Psaki: “…”", or a clause whose subject speaks: "Kasich resisted: “…”", "Clinton
    // released the following statement: “…”".
    // A name, not a possessive's noun ("Trump's latest casino would last long:").
    let named = |r: &Range<usize>| before[r.clone()].iter().any(|t| t.is_capitalised() && !is_possessive(t));
    // "Priebus told Fox News: “…”": a phrase right after a cue is its object, not a speaker.
    let object = |r: &Range<usize>| r.start > 0 && cue_at(before, r.start - 1).is_some();
    // "More from Ruiz: “…”", "From the report: “…”": the source after "from" speaks.
    let from = before.iter().take(2).position(|t| t.text.eq_ignore_ascii_case("from"));
    let source = from.and_then(|i| right_of(before, i + 1)).filter(|r| r.end == last);
    let (range, proper) = match source.or_else(|| left_of(before, last)) {
        Some(r) if object(&r) => return None,
        Some(r) if named(&r) => (r, true),
        left => (subject(before).filter(named).or(left)?, false),
    };
    let (speaker, _) = resolve(text, before, range, registry)?;
    let name = registry.get(speaker).map_or("", |s| s.name.as_str());
    let reason = format!("a colon after {name} introduces the quote");
    let confidence = if proper { 0.75 } else { COLON_CONFIDENCE - 0.1 };
    Some(Attribution { speaker: Some(speaker), cue: before[last].span, reason, confidence })
}
