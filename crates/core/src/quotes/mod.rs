//! Quotes and their speakers: who said what in the article.
//!
//! One pass finds the quotes ([`pairing`] over [`marks`], paragraph by paragraph); a second
//! attributes each to a speaker ([`attribute`] reads the cue next to it, [`signs`] a tag,
//! colon, dash or possessive that needs no speech verb, [`speakers`]
//! resolves the speaker phrase using the people the article names, [`people`]); quotes
//! without a cue continue the previous claim's speaker, else take the named subject of their
//! sentence (or of the sentence before, when they open their own). Headline and heading
//! quotes are mentions that take the speaker of the body quote whose words they repeat. The
//! paragraphs are tokenised once ([`words::TextTokens`]); every step reads a bounded window of
//! those tokens around its quote, so the whole is linear in the text.

mod attribute;
mod classify;
mod cues;
mod lexicon;
mod marks;
mod pairing;
mod people;
mod phrase;
mod signs;
mod speakers;
mod words;

use serde::{Deserialize, Serialize};

use self::attribute::{Attribution, Place};
use self::classify::Voice;
use self::pairing::Found;
use self::people::People;
use self::speakers::Registry;
use self::words::TextTokens;
use crate::article::{Article, BlockKind};
use crate::span::Span;

pub use self::speakers::{Speaker, SpeakerKind};
pub(crate) use self::words::is_mark;

/// One quote: the quoted words, what kind of quote it is, and who said them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words inside the marks (serialised as top-level `start` and `end`).
    #[serde(flatten)]
    pub span: Span,
    /// Claim (someone's words) or mention (a term set apart).
    pub kind: QuoteKind,
    /// Index into [`Analysis::speakers`](crate::Analysis::speakers), when known.
    pub speaker: Option<usize>,
    /// The cue words as written ("told", "according to"), when a cue attributes the quote.
    pub cue: Option<String>,
    /// Where the cue is.
    pub cue_span: Option<Span>,
    /// Why the quote has this speaker, in a short sentence for the reader.
    pub reason: String,
    /// How sure the rules are, from 0 to 1.
    pub confidence: f64,
}

/// Kinds of quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Quoted speech or writing.
    Claim,
    /// A scare quote, nickname, title or single term; also headline quotes.
    Mention,
}

/// The quotes of `text` (with `article` its structure) and their speakers.
pub(crate) fn find(text: &str, article: &Article) -> (Vec<Quote>, Vec<Speaker>) {
    let paragraphs = paragraphs(article);
    let spans: Vec<Span> = paragraphs.iter().map(|p| p.0).collect();
    let found = pairing::pair(text, &spans);
    let words = TextTokens::new(text, &spans);
    let quoted: Vec<Span> = found.iter().map(|f| f.inner).collect();
    let people = People::find(text, &words, spans.len(), &quoted);
    let mut registry = Registry::new(&people, &words);
    let doubles_speak = found.iter().any(|f| !paragraphs[f.paragraph].1 && !single_marked(text, f));
    let document = Document { text, words: &words, paragraphs: &paragraphs, found: &found, doubles_speak };
    let mut quotes: Vec<Quote> = Vec::with_capacity(found.len());
    let mut last_claim: Option<usize> = None;
    for k in 0..found.len() {
        let previous =
            last_claim.filter(|&i| continues(&found, i, k, text, &paragraphs)).and_then(|i| quotes.get(i));
        let quote = document.quote(k, previous.cloned().as_ref(), &mut registry);
        if quote.kind == QuoteKind::Claim {
            last_claim = Some(quotes.len());
        }
        quotes.push(quote);
    }
    fill_runs_on(&found, &mut quotes);
    let speakers = prune(&mut quotes, registry.into_speakers());
    link_headings(text, &paragraphs, &found, &mut quotes, &speakers);
    (quotes, speakers)
}

/// What every quote of one text is read against.
struct Document<'a> {
    text: &'a str,
    /// The words of the paragraphs.
    words: &'a TextTokens<'a>,
    /// The paragraphs, each with a flag for headlines and headings.
    paragraphs: &'a [(Span, bool)],
    found: &'a [Found],
    /// True when the text quotes speech in double marks, so single marks set terms apart.
    doubles_speak: bool,
}

impl Document<'_> {
    /// Quote `k`, classified and attributed; `previous` is the claim it would continue.
    fn quote(&self, k: usize, previous: Option<&Quote>, registry: &mut Registry) -> Quote {
        let (text, f) = (self.text, &self.found[k]);
        let (span, heading) = self.paragraphs[f.paragraph];
        let previous_start = f.paragraph.checked_sub(1).map_or(span.start, |p| self.paragraphs[p].0.start);
        let place = place(text, self.words, self.found, k, span, previous_start);
        let attribution =
            if heading { None } else { attribute::attribute(text, self.words, place, registry) };
        // A cue that names no one ("…," adding that) leaves the quote to the fallbacks.
        let unnamed = attribution.as_ref().is_none_or(|a| a.speaker.is_none());
        let attribution = match (attribution, previous) {
            (attribution, None) if !heading && unnamed => {
                let earlier = attribute::earlier(text, self.words, place, registry);
                match earlier {
                    Some(e) if e.speaker.is_some() => Some(e),
                    e => attribution.or(e),
                }
            }
            (Some(a), Some(prev)) if a.speaker.is_none() && prev.speaker.is_some() => None,
            (attribution, _) => attribution,
        };
        let voice = voice(text, f, attribution.as_ref(), previous);
        let before = text.get(place.from..f.outer.start).unwrap_or("");
        // Where speech is in double quotes, single quotes mark terms and titles.
        let term_marks = self.doubles_speak && single_marked(text, f);
        // A nickname inside a name (Marcia "Cia" Price) is a term too.
        let term = heading || term_marks || self.words.is_nickname(f.outer);
        let claim = classify::is_claim(f.inner.slice(text), before, voice, term);
        // Speech with no cue naming anyone and nothing to continue: the named subject of its
        // sentence ("Paul Ryan worried that the safety net was becoming “…”").
        let attribution = match (attribution, previous) {
            (None, None) if claim => attribute::by_subject(text, self.words, place, true, registry),
            (Some(a), None) if claim && a.speaker.is_none() => {
                attribute::by_subject(text, self.words, place, false, registry).or(Some(a))
            }
            (attribution, _) => attribution,
        };
        quote(text, f, claim, attribution, previous, registry)
    }
}

/// Who is heard in quote `f`: a speaker named by a cue before it in its own sentence or
/// right after a quote that opens its sentence, or someone (a cue, or the quote before
/// carries on), or no one known.
fn voice(text: &str, f: &Found, by_cue: Option<&Attribution>, previous: Option<&Quote>) -> Voice {
    let named_before = by_cue.filter(|a| a.speaker.is_some() && a.cue.end <= f.outer.start);
    let between = named_before.and_then(|a| text.get(a.cue.end..f.outer.start));
    // "“…,” Trump said": a quote that opens its sentence and hands over to a cue after it.
    let opens_sentence = text
        .get(..f.outer.start)
        .map(str::trim_end)
        .is_some_and(|s| s.is_empty() || s.ends_with(['.', '!', '?', ':']));
    let hands_over = f.inner.slice(text).ends_with([',', '!', '?']);
    let named_after = by_cue.is_some_and(|a| a.speaker.is_some() && a.cue.start >= f.outer.end);
    match (by_cue, previous) {
        _ if between.is_some_and(|s| !ends_sentence_within(s)) => Voice::Speaker,
        _ if named_after && opens_sentence && hands_over => Voice::Speaker,
        (Some(_), _) => Voice::Someone,
        (None, Some(p)) if p.speaker.is_some() => Voice::Someone,
        _ => Voice::Unknown,
    }
}

/// True when `s` holds the end of a sentence: `.`, `!` or `?` before white space.
fn ends_sentence_within(s: &str) -> bool {
    s.as_bytes().windows(2).any(|w| matches!(w[0], b'.' | b'!' | b'?') && w[1].is_ascii_whitespace())
}

/// The speakers some claim refers to, in order; `quotes` are renumbered to match. A phrase
/// resolved for a quote that turned out to be a mention leaves no speaker behind.
fn prune(quotes: &mut [Quote], speakers: Vec<Speaker>) -> Vec<Speaker> {
    let mut used = vec![false; speakers.len()];
    for q in quotes.iter().filter(|q| q.kind == QuoteKind::Claim) {
        q.speaker.into_iter().for_each(|i| used[i] = true);
    }
    let mut renumber = vec![None; speakers.len()];
    let mut kept = Vec::new();
    for (i, speaker) in speakers.into_iter().enumerate().filter(|(i, _)| used[*i]) {
        renumber[i] = Some(kept.len());
        kept.push(speaker);
    }
    for q in quotes.iter_mut() {
        q.speaker = q.speaker.and_then(|i| renumber[i]);
    }
    kept
}

/// True when quote `f` is in single marks (‘…’, '…'), not in double ones ('' counts as double).
fn single_marked(text: &str, f: &Found) -> bool {
    let open = text.get(f.outer.start..).unwrap_or("");
    open.starts_with(['\'', '‘', '‚', '‹']) && !open.starts_with("''")
}

/// The paragraphs quotes are looked for in: the title and body blocks, with a flag for
/// headlines and headings.
fn paragraphs(article: &Article) -> Vec<(Span, bool)> {
    let title = article.title.map(|t| (t, true));
    let blocks = article.blocks.iter().map(|b| (b.span, b.kind == BlockKind::Heading));
    title.into_iter().chain(blocks).collect()
}

/// Where quote `k` stands between its neighbours in paragraph `span`.
/// `previous_start` is where the paragraph before starts.
fn place(
    text: &str,
    words: &TextTokens,
    found: &[Found],
    k: usize,
    span: Span,
    previous_start: usize,
) -> Place {
    let f = found[k];
    // A nickname inside a name (`Marcia "Cia" Price`) bounds nothing: the name reads on.
    // Past a run of nicknames the farthest one read bounds the window, so every quote reads
    // a bounded stretch of text.
    let same = |g: &&Found| g.paragraph == f.paragraph;
    let before = bounding(words, found[..k].iter().rev().take_while(same));
    let from = before.map_or(span.start, |g| g.outer.end);
    let after = bounding(words, found.iter().skip(k + 1).take_while(same));
    let to = after.map_or(span.end, |g| g.outer.start);
    let context = if from == span.start && opens(text, span, &f) { previous_start } else { from };
    let context = before.map_or(context, |g| context.max(g.outer.end));
    Place {
        outer: f.outer,
        inner: f.inner,
        paragraph: span.start,
        paragraph_end: span.end,
        from,
        to,
        context,
    }
}

/// The first of `quotes` (the neighbours of a quote in its paragraph, nearest first) that
/// bounds its window: one that is no nickname inside a name, or after [`NICKNAMES_SKIPPED`]
/// nicknames the next one; none when only nicknames stand between it and the paragraph's edge.
fn bounding<'a>(words: &TextTokens, quotes: impl Iterator<Item = &'a Found>) -> Option<&'a Found> {
    let mut read = 0;
    let mut last = None;
    for g in quotes.take(NICKNAMES_SKIPPED + 1) {
        if !words.is_nickname(g.outer) {
            return Some(g);
        }
        read += 1;
        last = Some(g);
    }
    // Only nicknames up to the paragraph's edge: the window reaches it.
    last.filter(|_| read > NICKNAMES_SKIPPED)
}

/// How many nicknames in a row a quote's window reads over.
const NICKNAMES_SKIPPED: usize = 2;

/// True when quote `k` carries on from the claim `claim` before it without a new cue: in
/// the same paragraph, or opening the paragraph right after the claim's. A title or term
/// quoted in between does not carry a claim into the next paragraph.
fn continues(found: &[Found], claim: usize, k: usize, text: &str, paragraphs: &[(Span, bool)]) -> bool {
    let prev = found[claim];
    let f = found[k];
    let span = paragraphs[f.paragraph].0;
    prev.paragraph == f.paragraph
        || (prev.paragraph + 1 == f.paragraph && (opens(text, span, &f) || prev.runs_on))
}

/// True when quote `f` opens paragraph `span`: only white space before its mark.
fn opens(text: &str, span: Span, f: &Found) -> bool {
    text.get(span.start..f.outer.start).is_some_and(|s| s.trim().is_empty())
}

/// Builds the quote for `f` from its attribution, or from the quote it continues.
fn quote(
    text: &str,
    f: &Found,
    claim: bool,
    by_cue: Option<Attribution>,
    continues: Option<&Quote>,
    registry: &mut Registry,
) -> Quote {
    let kind = if claim { QuoteKind::Claim } else { QuoteKind::Mention };
    let damped = |c: f64| if f.closed { c } else { c * 0.8 };
    let mut q = Quote {
        span: f.inner,
        kind,
        speaker: None,
        cue: None,
        cue_span: None,
        reason: String::new(),
        confidence: 0.0,
    };
    match (claim, by_cue, continues) {
        (false, _, _) => {
            q.reason = "a term set apart (title, name or scare quote), not speech".to_owned();
            q.confidence = damped(0.6);
        }
        (true, Some(a), _) => {
            q.speaker = a.speaker;
            // An attribution without cue words (by the sentence's subject) has an empty cue.
            q.cue_span = Some(a.cue).filter(|c| !c.is_empty());
            q.cue = q.cue_span.map(|c| c.slice(text).to_owned());
            q.reason = a.reason;
            q.confidence = damped(a.confidence);
        }
        (true, None, Some(prev)) if prev.speaker.is_some() => {
            let name = prev.speaker.and_then(|i| registry.get(i)).map_or("", |s| s.name.as_str());
            q.speaker = prev.speaker;
            q.reason = format!("continues {name}'s previous quote");
            q.confidence = damped(0.7);
            prev.speaker.into_iter().for_each(|i| registry.touch(i));
        }
        (true, _, _) => {
            q.reason = "no cue or earlier quote to attribute it to".to_owned();
            q.confidence = damped(0.2);
        }
    }
    q
}

/// A quote with no speaker that runs on into the next paragraph takes the speaker of the
/// quote it runs on into ("…" opens, the attribution comes a paragraph later).
fn fill_runs_on(found: &[Found], quotes: &mut [Quote]) {
    for k in (0..quotes.len().saturating_sub(1)).rev() {
        if found[k].runs_on && quotes[k].speaker.is_none() && quotes[k].kind == QuoteKind::Claim {
            quotes[k].speaker = quotes[k + 1].speaker;
            if quotes[k].speaker.is_some() {
                quotes[k].reason = "runs on into the next paragraph's attributed quote".to_owned();
                quotes[k].confidence = 0.6;
            }
        }
    }
}

/// Headline and heading quotes take the speaker of the body claim whose words they repeat:
/// among the first [`LINK_REACH`] attributed claims after them, which bounds the work.
fn link_headings(
    text: &str,
    paragraphs: &[(Span, bool)],
    found: &[Found],
    quotes: &mut [Quote],
    speakers: &[Speaker],
) {
    for k in 0..quotes.len() {
        if !paragraphs[found[k].paragraph].1 {
            continue;
        }
        let words = classify::normal_words(quotes[k].span.slice(text));
        let attributed = quotes[k + 1..].iter().filter(|q| q.kind == QuoteKind::Claim && q.speaker.is_some());
        let source = attributed
            .take(LINK_REACH)
            .find(|q| classify::repeats(&classify::normal_words(q.span.slice(text)), &words));
        if let Some(speaker) = source.and_then(|q| q.speaker) {
            let name = speakers.get(speaker).map_or("", |s| s.name.as_str());
            quotes[k].reason = format!("repeats the words of {name}'s quote in the body");
            quotes[k].speaker = Some(speaker);
            quotes[k].confidence = 0.8;
        }
    }
}

/// How many attributed claims after a headline or heading quote are searched for its words.
const LINK_REACH: usize = 64;

#[cfg(test)]
mod tests;
