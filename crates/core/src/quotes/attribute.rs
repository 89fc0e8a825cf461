//! Finding the cue and the speaker of one quote in the text around it.
//!
//! The words between a quote and the next quote or sentence end are read first when the
//! quote ends with a comma ("…," Connable told DW) or when they report the whole sentence
//! ("…, according to the Times"); the words of the sentence before it when it sits inside a
//! sentence (the US "supports …"). Before a quote, a reporting verb whose clause holds it
//! wins over a nearer cue inside that clause ("Cruz said he is certain Rubio will continue
//! to be “…”"), and a cue that names no one gives way to an earlier one. A passive cue
//! names its agent ("was written by X"); with none, its subject is spoken about ("Reed was
//! called “…”") and names no speaker. A colon after a
//! name, a dash signature, a name's possessive before a noun for something said and a colon
//! ending the paragraph before introduce quotes too. Every window is bounded, so each quote
//! costs constant time.

use std::ops::Range;

use super::cues::{Cue, cue_at, cue_base, is_noun_form};
use super::lexicon;
use super::phrase::{
    clause_subject, is_named, is_owner_pronoun, is_preposition, is_preposition_any_case, left_of, right_of,
    shown, skip_between, subject,
};
use super::signs::{COLON_CONFIDENCE, colon, dash, possessor, signature, tag};
use super::speakers::{Registry, Via};
use super::words::{TextTokens, Token, ends_sentence};
use crate::span::Span;

/// How far before or after a quote its attribution is looked for, in bytes.
pub(super) const WINDOW: usize = 400;

/// How many tokens after a quote a cue may start and still read as its attribution.
const NEAR: usize = 6;

/// Where a quote stands in its paragraph.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Place {
    /// The quote with its marks.
    pub outer: Span,
    /// The quoted words.
    pub inner: Span,
    /// Where the quote's paragraph starts.
    pub paragraph: usize,
    /// Where it ends.
    pub paragraph_end: usize,
    /// Where the text the quote may take its attribution from starts: the paragraph start
    /// or the end of the previous quote.
    pub from: usize,
    /// Where it ends: the next quote's opening mark, or the paragraph end.
    pub to: usize,
    /// Where earlier sentences that may attribute it start: `from`, or for a quote that
    /// opens its paragraph, the previous paragraph (after its last quote).
    pub context: usize,
}

/// Where a cue stands relative to its quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    /// In the quote's sentence, before the opening mark.
    Before,
    /// Right after the closing mark.
    After,
    /// In a sentence before the quote's own.
    Earlier,
}

impl std::fmt::Display for Side {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Side::Before => "before",
            Side::After => "after",
            Side::Earlier => "in the sentence before",
        })
    }
}

/// A quote's attribution from a cue next to it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Attribution {
    /// Index of the speaker, when the cue names one that resolves.
    pub speaker: Option<usize>,
    /// The cue words ("told", "said in a statement", "according to", ":").
    pub cue: Span,
    /// Why: which side the cue is on and how the speaker was found.
    pub reason: String,
    /// How sure the rules are.
    pub confidence: f64,
}

/// The attribution of the quote at `place` in `text`, if a cue stands next to it.
pub(crate) fn attribute(
    text: &str,
    words: &TextTokens,
    place: Place,
    registry: &mut Registry,
) -> Option<Attribution> {
    if let Some(tagged) = tag(words, place, registry) {
        return Some(tagged);
    }
    let after_span = Span::new(place.outer.end, place.to.min(place.outer.end + WINDOW));
    let after = sentence_head(words.within(after_span));
    let before_start = place.from.max(place.outer.start.saturating_sub(WINDOW));
    let before = sentence_tail(words.within(Span::new(before_start, place.outer.start)));
    // "…,” when Clinton blasted him": a clause that opens with a subordinator is no attribution.
    // A comma closes the clause: "“…” if she lost, said David Wasserman" attributes.
    let subordinate = after.first().is_some_and(|t| SUBORDINATORS.contains(&t.text));
    let closed = |c: &Cue| after[..c.first].iter().any(|t| t.is_punct(&[',']));
    let speech_comma = place.inner.slice(text).ends_with([',', '?', '!', '—', '-']);
    // "The “sex tape” reference was …": a noun right after the quote, with no comma, is
    // what the quote modifies, not an inverted cue ("“…,” reads the statement").
    let compound = |c: &Cue| c.first == 0 && !speech_comma && is_noun_form(after[0].text);
    let after_cue = choose(after, false).filter(|c| (!subordinate || closed(c)) && !compound(c));
    // The whole sentence up to the quote, over any earlier quote in it, for its subject:
    // read only when there is a cue, or words since the last quote that a cue before it
    // may govern ("Johnson tells MSNBC's “Morning Joe” that “…”").
    let nearest = choose(before, true);
    let sentence_start = place.paragraph.max(place.outer.start.saturating_sub(WINDOW));
    let sentence = match nearest.or(after_cue).is_some() || before.iter().any(Token::is_word) {
        true => sentence_tail(words.within(Span::new(sentence_start, place.outer.start))),
        false => before,
    };
    let (before, before_cue) = match nearest {
        None if sentence.len() > before.len() => (sentence, choose(sentence, true)),
        cue => (before, cue),
    };
    // "…, according to the union's president": a cue that reports the whole sentence is
    // read first however far after the quote it stands, unless the quote ended its
    // sentence ("…aggression.” Washington is working …, according to Psaki").
    let ended = place.inner.slice(text).trim_end().ends_with(['.', '!', '?'])
        && after.first().is_some_and(Token::is_capitalised);
    let reports = |c: &Cue| reports_sentence(after, c) && !ended;
    let near = after_cue.filter(|c| c.first < NEAR || reports(c));
    let order = match (near, before_cue) {
        (Some(_), None) => [(after_cue, &after, Side::After), (None, &before, Side::Before)],
        (Some(c), Some(_)) if speech_comma || reports(&c) => {
            [(after_cue, &after, Side::After), (before_cue, &before, Side::Before)]
        }
        _ => [(before_cue, &before, Side::Before), (after_cue, &after, Side::After)],
    };
    // "Pollsters agree - Carl Bialik: “…”": a name and a colon right before the quote win.
    let (named_colon, other_colon) = match colon(text, before, registry) {
        Some(a) if a.confidence > COLON_CONFIDENCE => (Some(a), None),
        other => (None, other),
    };
    if named_colon.is_some() {
        return named_colon;
    }
    // A cue that names no one is kept only for when nothing else attributes the quote.
    let mut unnamed = None;
    for (cue, toks, side) in order {
        let Some(cue) = cue else { continue };
        for at in cues_to_try(toks, cue, side) {
            match with_cue(text, toks, at, side, sentence, registry) {
                Some(a) if a.speaker.is_some() => return Some(a),
                found => unnamed = unnamed.or(found),
            }
        }
    }
    // "Romney's “47 percent” comment" quotes words; "Ruiz's “official” statement" a term.
    let wrapping = if place.inner.slice(text).contains(' ') { after } else { &[] };
    dash(text, after, registry)
        .or_else(|| possessor(text, before, wrapping, registry))
        .or_else(|| signature(text, words, place, after, registry))
        .or(other_colon)
        .or_else(|| introduced(text, words, place, registry))
        .or(unnamed)
}

/// How many cues before a quote are read, nearest first, for one that names its speaker.
const CUES_TRIED: usize = 3;

/// Bases of the verbs that report a whole clause: a quote inside that clause is the
/// reporter's words, whatever cue stands nearer to it.
const REPORTING: &[&str] = &[
    "acknowledge",
    "add",
    "admit",
    "announce",
    "argue",
    "assert",
    "claim",
    "concede",
    "contend",
    "declare",
    "explain",
    "insist",
    "maintain",
    "note",
    "point",
    "predict",
    "say",
    "state",
    "suggest",
    "tell",
    "tweet",
    "warn",
    "write",
];

/// The cues to read, in order, from `nearest` (the cue chosen on `side` of the quote). After
/// the quote, that cue alone. Before it, a reporting verb that opens the quote's clause first
/// ("Cruz said he's certain Rubio will continue to be “…”" is Cruz's), then the nearest cue
/// and up to two before it, since the nearest may name no one ("Ryan said the spate of
/// shootings demands “…”").
fn cues_to_try<'a>(toks: &'a [Token], nearest: Cue, side: Side) -> impl Iterator<Item = Cue> + 'a {
    let before = side == Side::Before;
    let reporting = |c: &Cue| cue_base(toks[c.first].text).is_some_and(|b| REPORTING.contains(&b));
    // "Trump boasted, “…”": a cue and a comma right before the quote introduce it directly.
    let direct = toks.last().is_some_and(|t| t.is_punct(&[',', ':'])) && nearest.end + 2 >= toks.len();
    // Not over a contrasting clause: in "she said, but Kevin dozed as Trump went on about
    // “…”" the quote is no longer in what she said.
    let contrast = |o: &Cue| {
        let between = toks.get(o.end..nearest.first).unwrap_or_default();
        between.windows(2).any(|w| w[0].is_punct(&[',']) && CONTRASTS.contains(&w[1].text))
    };
    let outer = Some(nearest)
        .filter(|c| before && !direct && !c.according && !reporting(c))
        .and_then(|c| (0..c.first).find_map(|i| cue_at(toks, i)))
        .filter(|o| reporting(o) && !contrast(o));
    let nearer =
        std::iter::successors(Some(nearest), move |c| (0..c.first).rev().find_map(|i| cue_at(toks, i)));
    let tried = if before { CUES_TRIED } else { 1 };
    outer.into_iter().chain(nearer.take(tried).filter(move |&c| Some(c) != outer))
}

/// Words that open a clause contrasting with the one before.
const CONTRASTS: &[&str] = &["although", "but", "though", "whereas", "while", "yet"];

/// Words that open a subordinate or contrasting clause after a quote ("…,” when Clinton
/// blasted him", "…,” but stopped short of"); "as" is not one of them, since "…,” as Psaki
/// said" attributes.
const SUBORDINATORS: &[&str] = &[
    "after", "although", "because", "before", "but", "if", "since", "though", "unless", "until", "when",
    "while",
];

/// The cue of `toks` that attributes a quote: the last one before the quote (`last`) or the
/// first one after it; but a cue that reports the whole sentence wins over any speech verb
/// inside it: "according to" or a form of "report" ("According to the Times, Ruiz said …",
/// "…, Ruiz said, the paper reported"). The outlet or document is then the source.
fn choose(toks: &[Token], last: bool) -> Option<Cue> {
    // Cue lookups cost a few binary searches per word: scan every word only when one may
    // report the sentence, else stop at the nearest cue.
    let reports = |t: &Token| t.text.eq_ignore_ascii_case("according") || t.text.starts_with("report");
    if toks.iter().any(reports)
        && let Some(cue) = (0..toks.len()).filter_map(|i| cue_at(toks, i)).find(|c| reports_sentence(toks, c))
    {
        return Some(cue);
    }
    if last {
        (0..toks.len()).rev().find_map(|i| cue_at(toks, i))
    } else {
        (0..toks.len()).filter_map(|i| cue_at(toks, i)).find(|c| !relative(toks, c.first))
    }
}

/// True for a cue that reports a whole sentence: "according to", or a form of "report" not
/// used before a noun ("the number of reported cases" reports nothing).
fn reports_sentence(toks: &[Token], cue: &Cue) -> bool {
    let reported = || {
        cue_base(toks[cue.first].text) == Some("report")
            && toks
                .get(cue.end)
                .is_none_or(|n| !n.text.starts_with(char::is_lowercase) || REPORT_LINKS.contains(&n.text))
    };
    cue.according || reported()
}

/// True when token `i` is inside a relative clause opened since the last comma: "…,” an
/// official, who was not authorized to speak, told Fox" speaks with "told", not "speak".
fn relative(toks: &[Token], i: usize) -> bool {
    toks[..i]
        .iter()
        .rev()
        .take_while(|t| !t.is_punct(&[',']))
        .any(|t| matches!(t.text, "who" | "which" | "whom"))
}

/// Words that may follow "reported" when it reports a sentence ("the paper reported that",
/// "reported on Tuesday", "…, reported the Washington Examiner").
const REPORT_LINKS: &[&str] =
    &["a", "an", "at", "by", "earlier", "in", "last", "late", "on", "that", "the", "this", "to"];

/// Everything between the quote and a cue after it, when short and wordy: after a closing
/// mark, "…” one P&G Amiens employee told" can only name the speaker.
fn between(toks: &[Token], cue: usize) -> Option<Range<usize>> {
    // "…” that Ben Carson accused": a clause word before the name is not part of it.
    let start = toks.iter().position(|t| t.is_word() && !matches!(t.text, "that" | "which" | "who"))?;
    // "…” to Ukraine and replacing it with": a preposition opens no speaker, nor does a
    // pronoun or a connective ("She further announced", "And regardless of …").
    let opener = toks[start].text;
    let connective = CONNECTIVES.iter().any(|c| c.eq_ignore_ascii_case(opener));
    if is_preposition_any_case(opener) || lexicon::has(lexicon::PRONOUNS, opener) || connective {
        return None;
    }
    // "…” Mills then writes": adverbs and auxiliaries before the cue are not the speaker's.
    let end = skip_between(toks, cue);
    let words = toks.get(start..end)?;
    let wordy = words.iter().all(|t| t.is_word() || t.is_punct(&['&', '-', '.']));
    let named = words.iter().any(|t| t.is_capitalised());
    (!words.is_empty() && words.len() <= BETWEEN_LEN && wordy && named).then_some(start..end)
}

/// Words that open a clause, not a speaker, after a closing mark ("…” And regardless of").
const CONNECTIVES: &[&str] = &[
    "also",
    "although",
    "and",
    "as",
    "because",
    "but",
    "even",
    "however",
    "if",
    "indeed",
    "instead",
    "meanwhile",
    "since",
    "so",
    "still",
    "then",
    "though",
    "when",
    "where",
    "whereas",
    "while",
    "yet",
];

/// Verbs followed by a participle they take ("kept asking", "began shouting"): the speaker
/// comes before them.
const CATENATIVES: &[&str] = &[
    "began",
    "begin",
    "begins",
    "continue",
    "continued",
    "continues",
    "keep",
    "keeps",
    "kept",
    "started",
    "starts",
    "stopped",
];

/// Nouns for written rules, whose relative clause quotes them: "standards that prohibit",
/// "a law which requires".
const RULES: &[&str] = &[
    "bylaws",
    "charter",
    "code",
    "constitution",
    "guidelines",
    "law",
    "laws",
    "policy",
    "provision",
    "regulation",
    "regulations",
    "rule",
    "rules",
    "standards",
    "statute",
];

/// The phrase naming a written rule whose relative clause holds the end of `toks` (the
/// quote's sentence up to the quote): "D.C. conduct standards that prohibit …".
fn document(toks: &[Token]) -> Option<Range<usize>> {
    // "standards that prohibit", "a law which requires": the clause's verb lays a rule down.
    let lays_down =
        |k: usize| toks.get(k + 1).is_some_and(|v| RULE_VERBS.iter().any(|r| v.text.starts_with(r)));
    let that = (1..toks.len()).rev().find(|&k| {
        matches!(toks[k].text, "that" | "which") && RULES.contains(&toks[k - 1].text) && lays_down(k)
    })?;
    // Back over its modifiers to a preposition, verb or article: "on D.C. conduct standards".
    let modifier = |t: &Token| {
        t.is_word()
            && !is_preposition(t.text)
            && !lexicon::has(lexicon::DETERMINERS, t.text)
            && cue_base(t.text).is_none()
    };
    let floor = (that - 1).saturating_sub(RULE_MODIFIERS);
    let start = (floor..that - 1).rev().take_while(|&i| modifier(&toks[i])).last().unwrap_or(that - 1);
    Some(start..that)
}

/// Stems of the verbs by which a written rule lays something down ("prohibits", "requires").
const RULE_VERBS: &[&str] = &["allow", "ban", "bar", "forbid", "mandate", "permit", "prohibit", "require"];

/// The most words before a rule's noun that name it ("D.C. conduct standards").
const RULE_MODIFIERS: usize = 3;

/// Forms of "be" before a passive cue ("was written by").
const PASSIVE_AUXILIARIES: &[&str] = &["are", "be", "been", "being", "is", "was", "were"];

/// True when the cue at token `i` is a past participle after a form of "be" ("was called",
/// "has been widely described"): a passive, whose subject is not the speaker.
fn is_passive(toks: &[Token], i: usize) -> bool {
    let word = toks[i].text;
    let participle = word.ends_with("ed") || matches!(word, "said" | "told" | "written" | "sung");
    // Over adverbs ("was widely called"), not over names ("Reilly called").
    let adverb = |t: &Token| t.text.ends_with("ly") && t.text.starts_with(char::is_lowercase);
    let auxiliary = toks[..i].iter().rev().find(|t| !adverb(t));
    participle && auxiliary.is_some_and(|t| PASSIVE_AUXILIARIES.contains(&t.text))
}

/// True when `toks` (the words before a quote) end in a passive cue whose content the
/// quote is: "was called “…”", "has been described as a “…”"; not "was criticized for
/// promoting “…”", where the quote may well be the subject's own words.
fn passive_before(toks: &[Token]) -> bool {
    let glue = |t: &Token| lexicon::is_article(t.text) || t.text == "as";
    let end = toks.len() - toks.iter().rev().take_while(|t| glue(t)).count();
    end.checked_sub(1).is_some_and(|i| cue_base(toks[i].text).is_some() && is_passive(toks, i))
}

/// Cues whose object is the listener ("told Fox News"), so their speaker is never after them.
const LISTENER_CUES: &[&str] = &["advise", "assure", "inform", "remind", "tell", "urge"];

/// The most words [`between`] takes for a speaker.
const BETWEEN_LEN: usize = 8;

/// The attribution to the named subject of the quote's sentence, for speech that no cue
/// introduces or whose cue names no one ("Paul Ryan worried that the safety net was becoming
/// “…”"). When `before` is set, a quote that opens its sentence takes the subject of the
/// sentence before it in the paragraph ("Sanders named exhaustion as one reason. “The
/// younger people are …”"); a cue that names no one ("“…,” he said") keeps it unset, since
/// its pronoun is no sentence's subject.
pub(crate) fn by_subject(
    text: &str,
    words: &TextTokens,
    place: Place,
    before: bool,
    registry: &mut Registry,
) -> Option<Attribution> {
    // Over any title quoted earlier in the sentence: a claim before it would be continued.
    let start = place.paragraph.max(place.outer.start.saturating_sub(WINDOW));
    let toks = words.within(Span::new(start, place.outer.start));
    let own = sentence_tail(toks);
    let in_own = own.iter().any(Token::is_word);
    let (sentence, which) = match in_own {
        true => (own, "the quote's sentence"),
        false if before => {
            let end = toks.len() - own.len();
            (sentence_tail(&toks[..end.saturating_sub(1)]), "the sentence before the quote")
        }
        false => return None,
    };
    // "his operatives" names whose they are.
    let owned = |r: &Range<usize>| is_owner_pronoun(sentence[r.start].text);
    // "conduct standards that prohibit lawyers from … “…”": the rule's own words.
    let rule = Some(own).filter(|_| in_own).and_then(document);
    if let Some((speaker, _)) = rule.and_then(|range| resolve(text, own, range, registry)) {
        let name = registry.get(speaker).map_or("", |s| s.name.as_str());
        let reason = format!("no cue; the quote is the wording of {name}");
        let cue = Span::new(place.outer.start, place.outer.start);
        return Some(Attribution { speaker: Some(speaker), cue, reason, confidence: 0.5 });
    }
    // "Reed was called “a liar”": the subject of a passive cue is spoken about.
    let passive = in_own && passive_before(own);
    let range = subject(sentence).filter(|r| (is_named(sentence, r) || owned(r)) && !passive)?;
    let (speaker, _) = resolve(text, sentence, range, registry)?;
    let name = registry.get(speaker).map_or("", |s| s.name.as_str());
    let reason = format!("no cue; {name} is the subject of {which}");
    let cue = Span::new(place.outer.start, place.outer.start);
    Some(Attribution { speaker: Some(speaker), cue, reason, confidence: 0.5 })
}

/// The attribution from a cue in the sentences before the quote's own, back to `place.context`
/// ("Khan says she got a call. "She called me …""): for a quote whose sentence has no cue.
pub(crate) fn earlier(
    text: &str,
    words: &TextTokens,
    place: Place,
    registry: &mut Registry,
) -> Option<Attribution> {
    let start = place.context.max(place.outer.start.saturating_sub(WINDOW));
    let toks = words.within(Span::new(start, place.outer.start));
    let (at, cue) = (0..toks.len()).rev().find_map(|i| cue_at(toks, i).map(|c| (i, c)))?;
    let from = (0..at).rev().find(|&i| ends_sentence(toks, i)).map_or(0, |i| i + 1);
    let end = (at..toks.len()).find(|&i| ends_sentence(toks, i)).unwrap_or(toks.len());
    let cue = Cue { first: cue.first - from, end: cue.end - from, according: cue.according };
    let sentence = &toks[from..end];
    let mut found = with_cue(text, sentence, cue, Side::Earlier, sentence, registry)?;
    found.confidence *= 0.7;
    Some(found)
}

/// The attribution from `cue` among `toks`, on `side` of the quote, when it names a speaker.
/// `sentence` is the start of the quote's sentence, whose subject a pronoun refers to first.
fn with_cue(
    text: &str,
    toks: &[Token],
    cue: Cue,
    side: Side,
    sentence: &[Token],
    registry: &mut Registry,
) -> Option<Attribution> {
    let cue_span = Span::new(toks[cue.first].span.start, toks[cue.end - 1].span.end);
    let cue_text = cue_span.slice(text);
    let Some((slice, range)) = phrase(toks, cue, side, sentence) else {
        let reason = format!("cue '{cue_text}' {side} the quote names no speaker");
        return Some(Attribution { speaker: None, cue: cue_span, reason, confidence: 0.4 });
    };
    // A pronoun is first the subject of its own sentence: "Cross said he …, whom he called “…”".
    let pronoun = range.len() == 1 && lexicon::has(lexicon::PRONOUNS, slice[range.start].text);
    let named_subject = Some(sentence)
        .filter(|_| pronoun)
        .and_then(subject)
        .filter(|r| is_named(sentence, r))
        .filter(|r| !(r.len() == 1 && lexicon::has(lexicon::PRONOUNS, sentence[r.start].text)));
    let resolved = match named_subject {
        Some(r) => resolve(text, sentence, r, registry).map(|(s, _)| (s, Via::Pronoun)),
        None => resolve(text, slice, range, registry),
    };
    let Some((speaker, via)) = resolved else {
        let reason = format!("cue '{cue_text}' {side} the quote; its pronoun refers to no one named before");
        return Some(Attribution { speaker: None, cue: cue_span, reason, confidence: 0.4 });
    };
    let name = registry.get(speaker).map_or("", |s| s.name.as_str());
    let (reason, confidence) = match via {
        Via::Name => (format!("cue '{cue_text}' {side} the quote names {name}"), 0.9),
        Via::Pronoun => (format!("cue '{cue_text}' {side} the quote; the pronoun refers to {name}"), 0.75),
    };
    Some(Attribution { speaker: Some(speaker), cue: cue_span, reason, confidence })
}

/// The speaker phrase of `cue` among `toks` (on `side` of the quote), as the tokens it is in
/// and its range there: `toks`, or `sentence` (the whole sentence before the quote, over any
/// earlier quote in it) when the cue shares the sentence's subject.
fn phrase<'a, 't>(
    toks: &'a [Token<'t>],
    cue: Cue,
    side: Side,
    sentence: &'a [Token<'t>],
) -> Option<(&'a [Token<'t>], Range<usize>)> {
    if cue.according {
        return right_of(toks, cue.end).map(|r| (toks, r));
    }
    // "…” and said his remarks …": after a conjunction the cue shares the sentence's subject.
    // The subject of the clause the conjunction continues comes first: "when Cruz knocked
    // Rubio on trade and called him a “…”" is Cruz's.
    let conjoined = cue.first > 0 && matches!(toks[cue.first - 1].text, "and" | "but");
    if let Some(r) = Some(toks).filter(|_| conjoined).and_then(|t| clause_subject(t, cue.first - 1)) {
        return Some((toks, r));
    }
    if let Some(r) = Some(sentence).filter(|_| conjoined).and_then(subject) {
        return Some((sentence, r));
    }
    // "“…” was written by Springsteen": a passive cue's agent speaks; one who quotes or
    // cites only relays ("Ruiz was quoted by Reuters as saying").
    let relays = cue_base(toks[cue.first].text).is_some_and(|b| matches!(b, "cite" | "quote"));
    let passive = is_passive(toks, cue.first) && !relays;
    let by = toks.get(cue.end).is_some_and(|t| t.text == "by");
    if let Some(r) = Some(toks).filter(|_| passive && by).and_then(|t| right_of(t, cue.end + 1)) {
        return Some((toks, r));
    }
    // "Reed was called “a liar”": the subject is spoken about; with no agent the cue names
    // no speaker.
    if passive && side != Side::After && passive_before(toks) {
        return None;
    }
    // A participle ("…, praising him as", "an email to supporters stating") speaks for the
    // sentence's subject, not for the noun before it.
    let participle = side != Side::After && cue.first > 0 && toks[cue.first].text.ends_with("ing");
    // Unless it follows someone shown or heard: "footage of Clinton asking", "shows Trump saying".
    if let Some(r) = Some(toks).filter(|_| participle).and_then(|t| shown(t, cue.first)) {
        return Some((toks, r));
    }
    // "Johnson kept asking her": a verb that takes the participle has the speaker before it.
    let taken = participle && CATENATIVES.contains(&toks[cue.first - 1].text);
    if let Some(r) = Some(toks).filter(|_| taken).and_then(|t| left_of(t, cue.first - 1)) {
        return Some((toks, r));
    }
    if participle {
        return clause_speaker(toks, cue.first, sentence);
    }
    let between = || between(toks, cue.first).filter(|_| side == Side::After);
    // After "told" comes who was told, never who spoke.
    let listener = cue_base(toks[cue.first].text).is_some_and(|b| LISTENER_CUES.contains(&b));
    // Before the quote, what follows a cue is its object ("calling the plan a “…”"), unless
    // the cue opens the sentence ("Said Psaki: “…”").
    // Nor after a participle: "…,” calling Shelby's actions reckless" names its object.
    let ing = toks[cue.first].text.ends_with("ing");
    // "…, explained Ana Ruiz, “…”": an inverted cue whose name ends right at the quote's comma
    // or colon.
    let at_quote = |r: &Range<usize>| {
        side == Side::Before && r.end + 1 == toks.len() && toks[r.end].is_punct(&[',', ':'])
    };
    let inverted = || {
        right_of(toks, cue.end)
            .filter(|r| !listener && !ing && (side == Side::After || cue.first == 0 || at_quote(r)))
    };
    // After the closing mark, all the words up to the cue are the speaker ("…” a Democratic
    // staffer in the room wondered"); elsewhere the phrase right before the cue is.
    match between().or_else(|| left_of(toks, cue.first)).or_else(inverted) {
        Some(range) => Some((toks, range)),
        // A cue with no phrase beside it ("…, noting that", "going on to say") speaks for
        // the sentence's subject.
        None if side != Side::After => clause_speaker(toks, cue.first, sentence),
        None => None,
    }
}

/// Who speaks for a cue without a phrase of its own: the speaker of a cue since the last
/// quote ("…,” Sanders said, suggesting “…”", "…,” Sanders said, going on to say that …"),
/// else the subject of the whole sentence.
fn clause_speaker<'a, 't>(
    toks: &'a [Token<'t>],
    cue: usize,
    sentence: &'a [Token<'t>],
) -> Option<(&'a [Token<'t>], Range<usize>)> {
    // "…, Spicer said, adding, “…”": the speaker of the cue before this one.
    let previous = (0..cue).rev().find_map(|i| cue_at(toks, i)).filter(|c| !c.according);
    if let Some(r) = previous.and_then(|c| left_of(toks, c.first)).filter(|r| is_named(toks, r)) {
        return Some((toks, r));
    }
    let said = |r: &Range<usize>| cue_at(toks, r.end).is_some();
    match subject(toks).filter(said) {
        Some(r) => Some((toks, r)),
        None => subject(sentence).map(|r| (sentence, r)),
    }
}

/// The most tokens a cue takes ("said in a statement").
const LONGEST_CUE: usize = 4;

/// The attribution of a quote that opens its paragraph from a colon ending the paragraph
/// before: "Sanders made the following comment:" over a quoted paragraph.
fn introduced(text: &str, words: &TextTokens, place: Place, registry: &mut Registry) -> Option<Attribution> {
    if place.context >= place.from {
        return None;
    }
    let start = place.context.max(place.outer.start.saturating_sub(WINDOW));
    let toks = sentence_tail(words.within(Span::new(start, place.outer.start)));
    // "… and Breitbart News responded:": a cue right before the colon names the speaker.
    let mark = toks.len().checked_sub(1)?;
    let cue = (mark.saturating_sub(LONGEST_CUE)..mark).rev().find_map(|k| cue_at(toks, k));
    cue.filter(|c| c.end == mark)
        .and_then(|c| with_cue(text, toks, c, Side::Earlier, toks, registry))
        .filter(|a| a.speaker.is_some())
        .or_else(|| colon(text, toks, registry))
}

pub(super) fn resolve(
    text: &str,
    toks: &[Token],
    range: Range<usize>,
    registry: &mut Registry,
) -> Option<(usize, Via)> {
    let at = toks.get(range.start)?.span.start;
    registry.resolve(text, &toks[range], at)
}

/// The tokens up to the first sentence end: the rest of the quote's sentence.
pub(super) fn sentence_head<'a, 't>(toks: &'a [Token<'t>]) -> &'a [Token<'t>] {
    let end = (0..toks.len()).find(|&i| ends_sentence(toks, i)).unwrap_or(toks.len());
    &toks[..end]
}

/// The tokens after the last sentence end: the start of the quote's sentence.
fn sentence_tail<'a, 't>(toks: &'a [Token<'t>]) -> &'a [Token<'t>] {
    let start = (0..toks.len()).rev().find(|&i| ends_sentence(toks, i)).map_or(0, |i| i + 1);
    &toks[start..]
}
