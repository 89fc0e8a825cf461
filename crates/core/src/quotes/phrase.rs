//! Speaker phrases: the noun phrase next to a cue that names who speaks.
//!
//! "Connable told DW" and "said Psaki" put a name right before or right after the cue;
//! "Psaki, the spokeswoman, said", "White, who served …, said" and "Oz — surgeon and TV
//! star — said" put an aside in between, which is skipped to reach the name; "McCain also
//! said" and "McCain on Tuesday said" put an adverb or a day in between. A phrase takes in
//! the share of a group that speaks ("52 percent of registered voters") and the agent of a
//! document ("a complaint filed by the SEC"), and ends at a verb ("Netanyahu rallied
//! supporters", "His operatives forced a").
//! A sentence's subject is read past a dateline ("WASHINGTON (AP) —") and never inside an
//! opening prepositional phrase ("At the Ohio convention …") or participle clause
//! ("Casting himself as …, Mr. Christie roused").

use std::ops::Range;

use super::cues::cue_base;
use super::lexicon::{
    BETWEEN, CALENDAR, DETERMINERS, FUNCTION_WORDS, PHRASE_GLUE, PRONOUNS, QUANTIFIERS, ROLE_NOUNS,
    SAYING_NOUNS, TIME_WORDS, TITLES, has, is_article,
};
use super::people::Gender;
use super::words::{Token, ends_sentence};

/// How far back a parenthesis after a name may open, in tokens.
const PAREN_REACH: usize = 10;

/// Possessive determiners: they open a speaker phrase before a cue ("her account posted"),
/// never after one.
const POSSESSIVES: &[&str] = &["her", "his", "its", "my", "our", "their", "your"];

/// The most words a nominal speaker phrase takes ("a longtime friend of the family").
const NOMINAL_LEN: usize = 6;

/// How far back an aside between a name and its cue may reach, in tokens.
const ASIDE_REACH: usize = 40;

/// The speaker phrase that ends right before token `end`, skipping adverbs, a day and asides.
pub(crate) fn left_of(tokens: &[Token], end: usize) -> Option<Range<usize>> {
    let mut end = skip_between(tokens, end);
    for _ in 0..3 {
        let last = tokens.get(end.checked_sub(1)?)?;
        // "Mehmet Oz — surgeon and TV star — said": an aside between dashes.
        let dash = last.is_punct(&['—', '–']);
        if !last.is_punct(&[',']) && !dash {
            return grow_left(tokens, end).and_then(|r| beyond_object(tokens, r));
        }
        // A full name right before the comma: "Gov. John Kasich (R-OH), said".
        if let Some(name) = grow_left(tokens, skip_between(tokens, end - 1)).filter(|r| {
            // "the niece, state Del. Ana Ruiz, said": a modifier may stand before a title.
            let modifier = |p: &Token| {
                p.text.starts_with(char::is_lowercase) && !has(DETERMINERS, p.text) && !is_preposition(p.text)
            };
            let title = |t: &Token| t.is_capitalised() && has(TITLES, t.text);
            let titled = r.start > 0 && title(&tokens[r.start]) && modifier(&tokens[r.start - 1]);
            let opens_clause = r.start == 0 || !tokens[r.start - 1].is_word() || titled;
            opens_clause && is_full_name(&tokens[r.clone()])
        }) {
            return Some(name);
        }
        // An aside: "Psaki, the spokeswoman, said". Go back to the comma that opens it.
        let floor = end.saturating_sub(ASIDE_REACH);
        let marks: &[char] = if dash { &['—', '–'] } else { &[',', ';', ':'] };
        let open = (floor..end - 1).rev().find(|&i| tokens[i].is_punct(marks) || ends_sentence(tokens, i))?;
        if !tokens[open].is_punct(&[',', '—', '–']) {
            return None;
        }
        // "Clinton, during a meeting in Columbus, Ohio, said": a place in the aside is no speaker.
        // A party and state may stand before the aside: "Sen. Dick Durbin (D-Ill.), noting …, said".
        let name_end = skip_between(tokens, open);
        if let Some(found) = grow_left(tokens, name_end).filter(|r| !is_object(tokens, r.start)) {
            return Some(found);
        }
        end = open + 1;
    }
    None
}

/// Words after which a name and a participle show that person speaking ("footage of Clinton
/// asking", "the ad shows Trump saying", "heard him shouting", "with McCain telling").
const SHOWING: &[&str] = &[
    "capture",
    "captured",
    "captures",
    "catch",
    "caught",
    "feature",
    "features",
    "featuring",
    "hear",
    "heard",
    "hears",
    "of",
    "saw",
    "see",
    "sees",
    "show",
    "showed",
    "showing",
    "shown",
    "shows",
    "watch",
    "watched",
    "with",
];

/// The phrase right before the participle at token `cue` when it follows a word of
/// [`SHOWING`]: the person shown speaking, where a participle otherwise speaks for the
/// sentence's subject.
pub(crate) fn shown(tokens: &[Token], cue: usize) -> Option<Range<usize>> {
    // "with Trump reportedly yelling": adverbs stand between the name and the participle.
    let range = grow_left(tokens, skip_between(tokens, cue))?;
    let before = range.start.checked_sub(1).map(|i| tokens[i].text)?;
    SHOWING.contains(&before).then_some(range)
}

/// Prepositions whose object is never the speaker of the cue after it ("marching through
/// the streets chanted", "of Flint, Mich., said").
const PREPOSITIONS: &[&str] = &[
    "about",
    "across",
    "against",
    "along",
    "among",
    "around",
    "at",
    "behind",
    "by",
    "during",
    "for",
    "from",
    "in",
    "inside",
    "into",
    "near",
    "of",
    "on",
    "outside",
    "over",
    "through",
    "throughout",
    "to",
    "toward",
    "towards",
    "under",
    "with",
    "within",
    "without",
];

/// `range`, or when it is the object of a preposition, the phrase before that preposition:
/// "The nominee for the Nov. 8 election said" and "Trump in his speech called" are the
/// nominee's and Trump's; "marching through the streets chanted" names no one.
fn beyond_object(tokens: &[Token], range: Range<usize>) -> Option<Range<usize>> {
    if !is_object(tokens, range.start) {
        return Some(range);
    }
    let preposition = range.start - 1;
    // The phrase must open its clause, or it is some verb's object ("visited the scene in").
    let opens = |r: &Range<usize>| {
        r.start.checked_sub(1).is_none_or(|p| {
            !tokens[p].is_word()
                || CLAUSE_OPENERS.contains(&tokens[p].text)
                || has(FUNCTION_WORDS, tokens[p].text)
        })
    };
    // "Trump spoke in Iowa and Cruz said": after a verb's object, "and" opens a new clause.
    let conjoined = || {
        let and = range.clone().rev().find(|&i| tokens[i].text == "and")?;
        Some(and + 1..range.end).filter(|r| !r.is_empty() && is_named(tokens, r))
    };
    grow_left(tokens, preposition).filter(|r| r.end == preposition && opens(r)).or_else(conjoined)
}

/// True for a preposition ("to", "of", "through"), written in lowercase.
pub(crate) fn is_preposition(word: &str) -> bool {
    PREPOSITIONS.contains(&word)
}

/// True for a preposition in any case, as it may open a sentence ("At the convention").
pub(crate) fn is_preposition_any_case(word: &str) -> bool {
    PREPOSITIONS.iter().any(|p| p.eq_ignore_ascii_case(word))
}

/// True for a possessive pronoun that owns the phrase after it ("his", "Their"): the phrase
/// names whose it is ("his campaign").
pub(crate) fn is_owner_pronoun(word: &str) -> bool {
    ["his", "her", "their", "its"].iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// True when the phrase starting at token `start` is the object of a preposition before it.
fn is_object(tokens: &[Token], start: usize) -> bool {
    start.checked_sub(1).is_some_and(|p| is_preposition(tokens[p].text))
}

/// True for two or more capitalised words that are not titles: a person's or an
/// organisation's full name, not an aside such as "R-Ky." or "31".
fn is_full_name(words: &[Token]) -> bool {
    words
        .iter()
        .filter(|t| t.is_capitalised() && !has(TITLES, t.text) && !has(FUNCTION_WORDS, t.text))
        .count()
        >= 2
}

/// The subject of the sentence `tokens` (which starts a sentence): its first phrase, after
/// an opening clause ("Continuing to explain, Carson said" is Carson's).
pub(crate) fn subject(tokens: &[Token]) -> Option<Range<usize>> {
    let skip = dateline(tokens);
    let tokens = &tokens[skip..];
    let found = named_before_aside(tokens, 0)
        .or_else(|| after_opening_phrase(tokens))
        .or_else(|| verb_subject(tokens))
        .or_else(|| clause_starts(tokens).skip(1).find_map(|start| named_before_aside(tokens, start)))
        .or_else(|| first_phrase(tokens))?;
    Some(found.start + skip..found.end + skip)
}

/// The subject after a prepositional phrase that opens the sentence with no comma: "At the
/// convention in Cleveland his operatives forced …" is the operatives', "In Iowa the senator
/// told" the senator's. It starts at an article or possessive right after a name.
fn after_opening_phrase(tokens: &[Token]) -> Option<Range<usize>> {
    if !tokens.first().is_some_and(|t| t.is_capitalised() && is_preposition_any_case(t.text)) {
        return None;
    }
    let opens = |t: &Token| POSSESSIVES.contains(&t.text) || is_article(t.text);
    let limit = tokens.len().min(ASIDE_REACH);
    let start = (1..limit)
        .take_while(|&k| tokens[k].is_word() || tokens[k].is_punct(&['.', '-']))
        .find(|&k| k > 1 && opens(&tokens[k]) && tokens[k - 1].is_capitalised())?;
    let limit = tokens.len().min(start + 1 + NOMINAL_LEN);
    let end = (start + 1..limit).find(|&i| !nominal_word(&tokens[i])).unwrap_or(limit);
    noun_phrase(tokens, start..end).filter(|r| r.len() > 1)
}

/// How many tokens a dateline takes at the start of `tokens`: "WASHINGTON (AP) —",
/// "DES MOINES, Iowa —" or "WASHINGTON, Dec. 8 (UPI) —", a place in capitals and the
/// dash after it; none when the sentence opens otherwise.
fn dateline(tokens: &[Token]) -> usize {
    let capitals = |t: &Token| t.text.len() > 1 && t.is_word() && !t.text.chars().any(char::is_lowercase);
    if !tokens.first().is_some_and(capitals) {
        return 0;
    }
    let plain = |t: &&Token| {
        t.is_capitalised() || t.text.starts_with(char::is_numeric) || t.is_punct(&[',', '.', '(', ')'])
    };
    let dash = tokens.iter().take(DATELINE_LEN).position(|t| t.is_punct(&['—', '–', '-']));
    // The place in capitals ends at a comma, a bracket or the dash; a single short word
    // before the dash is an acronym ("NATO — long a target of Trump — warned"), and a word
    // after it a name ("FBI Director James Comey — under fire — worried").
    let place = tokens.iter().take_while(|t| capitals(t)).count();
    let placed = match tokens.get(place) {
        Some(t) if t.is_punct(&[',', '(']) => true,
        Some(t) if t.is_punct(&['—', '–', '-']) => place > 1 || tokens[0].text.len() > 5,
        _ => false,
    };
    match dash {
        Some(d) if placed && tokens[..d].iter().all(|t| plain(&t)) => d + 1,
        _ => 0,
    }
}

/// The most tokens a dateline takes before its dash.
const DATELINE_LEN: usize = 12;

/// Where the sentence `tokens` or a clause of it may start: its first token, and a word
/// after a comma or dash (not "…, 31, said"), also past a closing quote mark ("On “Face the
/// Nation,” Sanders …").
fn clause_starts<'a>(tokens: &'a [Token]) -> impl Iterator<Item = usize> + 'a {
    let alphabetic = |i: usize| tokens.get(i).is_some_and(|t| t.text.starts_with(char::is_alphabetic));
    let after = move |i: usize| match tokens.get(i + 1) {
        Some(t) if t.is_punct(&['"', '”', '\'']) => i + 2,
        _ => i + 1,
    };
    let boundaries = (0..tokens.len().min(ASIDE_REACH)).filter(|&i| tokens[i].is_punct(&[',', '–', '—']));
    std::iter::once(0).chain(boundaries.map(after).filter(move |&i| alphabetic(i)))
}

/// A full name opening the sentence (or the clause at `start`), then an aside in commas and
/// a verb: "Attorney General Roy Cooper (D), the governor's opponent in the race, called …"
/// is Cooper's, though the aside holds names too.
fn named_before_aside(tokens: &[Token], start: usize) -> Option<Range<usize>> {
    let name =
        right_of(tokens, start).filter(|r| opens_at(tokens, r, start) && is_full_name(&tokens[r.clone()]))?;
    let mut comma = name.end;
    if tokens.get(comma)?.text == "(" {
        comma = (comma..tokens.len().min(comma + PAREN_REACH)).find(|&k| tokens[k].text == ")")? + 1;
    }
    if !tokens.get(comma)?.is_punct(&[',']) {
        return None;
    }
    let limit = tokens.len().min(comma + 1 + ASIDE_REACH);
    let close = (comma + 1..limit).find(|&k| tokens[k].is_punct(&[',']))?;
    tokens.get(close + 1).filter(|t| is_verb_like(t)).map(|_| name)
}

/// The first phrase that a verb follows, at the start of the sentence or of a clause after
/// a comma or dash: "In Salem, New Hampshire, Trump went …" is Trump's, "Hours later, Trump
/// returned …" too, and "Washington (AFP) – Ana Ruiz has …" is Ruiz's. A phrase followed by
/// a comma is an aside or an opener, not yet the subject.
fn verb_subject(tokens: &[Token]) -> Option<Range<usize>> {
    let participle = opens_with_participle(tokens);
    clause_starts(tokens)
        .filter(|&start| start > 0 || !participle)
        .filter_map(|start| right_of(tokens, start).filter(|r| opens_at(tokens, r, start)))
        .map(|r| r.start..verb_in(tokens, r.clone()).unwrap_or(r.end))
        .find(|r| tokens.get(r.end).is_some_and(is_verb_like))
}

/// The named subject of the clause that the conjunction at token `and` continues: the name
/// right before the nearest verb before it ("when Cruz knocked Rubio on trade and" is Cruz).
pub(crate) fn clause_subject(tokens: &[Token], and: usize) -> Option<Range<usize>> {
    let floor = and.saturating_sub(ASIDE_REACH);
    // A subject opens its clause and is no possessive ("Wilson praised Rubio's positions").
    let opens = |r: &Range<usize>| {
        r.start
            .checked_sub(1)
            .is_none_or(|p| !tokens[p].is_word() || CLAUSE_OPENERS.contains(&tokens[p].text))
    };
    let subject = |r: &Range<usize>| is_named(tokens, r) && !is_possessive(&tokens[r.end - 1]) && opens(r);
    (floor + 1..and)
        .rev()
        .filter(|&k| is_verb_like(&tokens[k]))
        .find_map(|k| grow_left(tokens, k).filter(|r| r.end == k && subject(r)))
}

/// Words after which a clause starts: its subject may follow ("when Cruz knocked").
const CLAUSE_OPENERS: &[&str] =
    &["after", "and", "as", "because", "before", "but", "since", "that", "when", "where", "while", "with"];

/// True when `range` starts at token `start`, or after glue that [`trim`] dropped there
/// ("Former Secretary of State Hillary Clinton" starts the sentence it opens).
fn opens_at(tokens: &[Token], range: &Range<usize>, start: usize) -> bool {
    // Not after a preposition: "At the Republican convention" opens with no subject.
    let glue = |t: &Token| has(PHRASE_GLUE, t.text) && !is_preposition_any_case(t.text);
    range.start >= start && tokens[start..range.start].iter().all(glue)
}

/// The first verb that [`right_of`] took for a modifier of a name after it: "Tom Reed went
/// after Ruiz" has its verb at "went", "State University political scientist Ana Ruiz" none.
fn verb_in(tokens: &[Token], range: Range<usize>) -> Option<usize> {
    let modifies = |k: usize| {
        tokens
            .get(k + 1)
            .is_some_and(|n| n.is_capitalised() || has(ROLE_NOUNS, n.text) || has(TITLES, n.text))
    };
    let name = |t: &Token| t.is_capitalised() && !has(FUNCTION_WORDS, t.text) && !has(DETERMINERS, t.text);
    // After a possessive comes its noun, not a verb: "Tom Reed's counsel".
    let verb = |k: usize| name(&tokens[k - 1]) && !is_possessive(&tokens[k - 1]) && is_verb_like(&tokens[k]);
    (range.start + 1..range.end).find(|&k| verb(k) && !modifies(k))
}

/// True for a lowercase word that can follow a subject as its verb: not a preposition,
/// connective, time word or role noun ("Trump went", "the ad claims", not "Hours later").
fn is_verb_like(t: &Token) -> bool {
    t.is_word()
        && t.text.starts_with(char::is_lowercase)
        && !STOPS.contains(&t.text)
        && !PREPOSITIONS.contains(&t.text)
        && !has(PHRASE_GLUE, t.text)
        && !has(TIME_WORDS, t.text)
        && !has(ROLE_NOUNS, t.text)
        && !has(TITLES, t.text)
        && !is_name_particle(t.text)
}

/// The first phrase of the sentence, after an opening clause ("Continuing to explain, Carson
/// said" is Carson's).
fn first_phrase(tokens: &[Token]) -> Option<Range<usize>> {
    let first = tokens.first()?;
    let participle = opens_with_participle(tokens);
    // "Ironically, …": a sentence adverb (not "Kelly, …" or "Italy, …").
    let adverb = tokens.get(1).is_some_and(|t| t.is_punct(&[','])) && sentence_adverb(first.text);
    let opener = (has(FUNCTION_WORDS, first.text) && !has(DETERMINERS, first.text)) || participle || adverb;
    let start =
        if opener { tokens.iter().take(ASIDE_REACH).position(|t| t.is_punct(&[',']))? + 1 } else { 0 };
    let found = right_of(tokens, start).filter(|r| opens_at(tokens, r, start))?;
    // "In Iowa, Ruiz said": a phrase followed by a comma opened the sentence; the subject
    // comes after it (only once, so "Psaki, the spokeswoman, said" keeps Psaki).
    let intro = !opener && tokens.get(found.end).is_some_and(|t| t.is_punct(&[',']));
    // An appositive ("Dean, a former party chairman, …") describes the name; it is no subject.
    let after_intro = || {
        right_of(tokens, found.end + 1).filter(|r| {
            r.start == found.end + 1
                && is_full_name(&tokens[r.clone()])
                && !has(DETERMINERS, tokens[r.start].text)
        })
    };
    Some(if intro { after_intro().unwrap_or(found) } else { found })
}

/// True when the sentence `tokens` opens with a participle followed by a lowercase word
/// that is no cue ("Continuing to explain, …", "Casting himself as …"; not "Husted
/// continued" or "King said"): the subject comes after the clause it opens.
fn opens_with_participle(tokens: &[Token]) -> bool {
    let next_plain =
        tokens.get(1).is_some_and(|n| n.text.starts_with(char::is_lowercase) && cue_base(n.text).is_none());
    tokens.first().is_some_and(|t| t.text.len() > 5 && t.text.ends_with("ing")) && next_plain
}

/// The speaker phrase that starts at token `start` ("said State Department spokeswoman Jen Psaki").
pub(crate) fn right_of(tokens: &[Token], start: usize) -> Option<Range<usize>> {
    let dated = |t: &Token| has(TIME_WORDS, t.text) || has(CALENDAR, t.text);
    let start = (start..tokens.len()).find(|&i| !dated(&tokens[i])).unwrap_or(tokens.len());
    let first = tokens.get(start)?;
    if has(PRONOUNS, first.text) {
        return Some(start..start + 1);
    }
    // An article opens a nominal after a cue ("said a friend"); a possessive does not
    // ("said his remarks were …").
    if has(DETERMINERS, first.text) && !POSSESSIVES.contains(&first.text) {
        // The word right after the article is a noun even when it can be a verb: "the email".
        let limit = tokens.len().min(start + NOMINAL_LEN);
        let head = tokens
            .get(start + 1)
            .is_some_and(|t| t.is_word() && !STOPS.contains(&t.text) && !has(PRONOUNS, t.text));
        // "one of those advisers": a part of a group.
        let part = has(QUANTIFIERS, first.text) || first.text.eq_ignore_ascii_case("one");
        let of = part && tokens.get(start + 1).is_some_and(|t| t.text == "of");
        let from = if head || of { start + 2 } else { start + 1 };
        let limit = if of { tokens.len().min(limit + 2) } else { limit };
        let inside = |i: usize| nominal_word(&tokens[i]) || joins_name(tokens, i);
        let end = (from..limit).find(|&i| !inside(i)).unwrap_or(limit);
        // A name runs on past the limit: "the Department of Health and Human Services".
        let named = |i: usize| tokens[i].is_capitalised() || joins_name(tokens, i);
        let end = match end == limit && named(end - 1) {
            true => (end..tokens.len()).find(|&i| !named(i)).unwrap_or(tokens.len()),
            false => end,
        };
        // "…,” tweeted another.": the quantifier alone.
        let alone = part && end == start + 1;
        let phrase = noun_phrase(tokens, start..end).or(Some(start..start + 1).filter(|_| alone));
        return phrase.map(|r| with_agent(tokens, with_place(tokens, r)));
    }
    let mut end = start;
    while end < tokens.len()
        && (part_of_phrase(&tokens[end]) || !past_after_name(tokens, end) && before_role_noun(tokens, end))
    {
        end += 1;
    }
    // "Lazar's public defense counsel asked": a name's possessive opens a noun phrase.
    if end > start && is_possessive(&tokens[end - 1]) {
        let limit = tokens.len().min(end + NOMINAL_LEN);
        let noun = (end..limit).find(|&i| !nominal_word(&tokens[i])).unwrap_or(limit);
        if let Some(r) = Some(start..noun).filter(|_| noun > end).and_then(|r| noun_phrase(tokens, r)) {
            return Some(r);
        }
    }
    valid(tokens, trim(tokens, start..end))
}

/// True when the phrase `range` of `tokens` holds a capitalised word: it names someone,
/// rather than only describing them ("the senator").
pub(crate) fn is_named(tokens: &[Token], range: &Range<usize>) -> bool {
    tokens[range.clone()].iter().any(Token::is_capitalised)
}

/// True for a name's possessive ("Lazar's", "Sanders'"): the noun after it is the phrase's head.
pub(crate) fn is_possessive(t: &Token) -> bool {
    t.is_capitalised() && t.is_owner()
}

/// How many lowercase words a time phrase ending in "ago" may have ("less than two weeks ago").
const AGO_REACH: usize = 6;

/// `end` moved back over adverbs ("also") and a day ("on Tuesday") between speaker and cue.
pub(crate) fn skip_between(tokens: &[Token], mut end: usize) -> usize {
    loop {
        let word = |k: usize| end.checked_sub(k).and_then(|i| tokens.get(i)).map_or("", |t| t.text);
        if (has(BETWEEN, word(1)) || is_adverb(word(1))) && word(1).starts_with(char::is_lowercase) {
            end -= 1;
        } else if has(CALENDAR, word(1)) && word(2) == "on" {
            end -= 2;
        } else if word(1) == "ago" {
            // "The State Department less than two weeks ago said".
            let floor = end.saturating_sub(AGO_REACH);
            end = (floor..end - 1)
                .rev()
                .find(|&i| !tokens[i].text.starts_with(char::is_lowercase))
                .map_or(floor, |i| i + 1);
        } else if word(1) == ")" {
            // A party and state after a name: "Sen. Bernie Sanders (I-Vt.) said".
            let floor = end.saturating_sub(PAREN_REACH);
            match (floor..end - 1).rev().find(|&i| tokens[i].text == "(") {
                Some(open) => end = open,
                None => return end,
            }
        } else {
            return end;
        }
    }
}

/// Nouns that end like adverbs ("the Reed family said").
const LY_NOUNS: &[&str] = &["ally", "assembly", "belly", "bully", "family", "monopoly", "rally", "supply"];

/// Endings of adverbs that open a sentence ("Ironically", "Unfortunately", "Repeatedly"):
/// names in "-ly" ("Kelly", "Italy", "Sally") end otherwise or are too short.
const ADVERB_ENDINGS: &[&str] =
    &["ably", "ally", "antly", "ately", "edly", "ently", "fully", "ibly", "ingly", "ively", "ously"];

/// True for a capitalised sentence adverb such as "Ironically".
fn sentence_adverb(word: &str) -> bool {
    word.len() >= 7
        && ADVERB_ENDINGS.iter().any(|e| word.ends_with(e))
        && Gender::of_first_name(word).is_none()
}

/// True for an adverb in "-ly" ("Trump famously said"), skipped between a speaker and a cue.
fn is_adverb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly") && !LY_NOUNS.contains(&word)
}

/// The phrase ending right before token `end`, wherever it stands: the owner in "on Donald
/// Trump's claim".
pub(crate) fn phrase_before(tokens: &[Token], end: usize) -> Option<Range<usize>> {
    grow_left(tokens, end).filter(|r| r.end == end)
}

/// The phrase ending before `end`, grown leftwards over words that can be part of it.
fn grow_left(tokens: &[Token], end: usize) -> Option<Range<usize>> {
    let last = tokens.get(end.checked_sub(1)?)?;
    // "Another said", "Several said", as the subject of their clause.
    let alone = end == 1 || !tokens[end - 2].is_word() || CLAUSE_OPENERS.contains(&tokens[end - 2].text);
    if has(PRONOUNS, last.text) || (has(QUANTIFIERS, last.text) && alone) {
        return Some(end - 1..end);
    }
    let start = (0..end).rev().find(|&i| !part_of_phrase(&tokens[i])).map_or(0, |i| i + 1);
    // "In Iowa the senator told": an article after a name opens a new phrase, and so does a
    // name after a day ("in an interview on Sunday Ana Ruiz called").
    let article = |i: &usize| is_article(tokens[*i].text) && tokens[*i - 1].is_capitalised();
    let when = |k: usize| {
        k.checked_sub(1).is_some_and(|p| {
            is_preposition(tokens[p].text) || matches!(tokens[p].text, "last" | "next" | "this")
        })
    };
    let dated = |i: &usize| has(CALENDAR, tokens[*i - 1].text) && when(*i - 1) && tokens[*i].is_capitalised();
    let start = (start + 1..end).rev().find(|i| article(i) || dated(i)).unwrap_or(start);
    // "the campaign's website": the possessor belongs to the phrase, which may be some
    // preposition's object ("A document on the campaign's website states").
    let owned = start > 0 && start < end && tokens[start - 1].is_owner();
    let nominal = || nominal_left(tokens, end);
    let found = if owned { nominal().filter(|r| r.start < start) } else { None };
    found
        .or_else(|| valid(tokens, trim(tokens, start..end)).map(|r| with_article(tokens, r)))
        .or_else(nominal)
        .map(|r| with_owner(tokens, with_share(tokens, r)))
}

/// `range` with the possessive pronoun before it: "his campaign said" is the campaign of
/// someone named before, not any campaign.
fn with_owner(tokens: &[Token], range: Range<usize>) -> Range<usize> {
    let owner = range.start.checked_sub(1).filter(|&p| {
        is_owner_pronoun(tokens[p].text) && tokens.get(range.start).is_some_and(|t| !t.is_capitalised())
    });
    owner.map_or(range.clone(), |p| p..range.end)
}

/// Words that name a share of a group: "52 percent of voters", "half of Republicans".
const SHARE_WORDS: &[&str] = &[
    "fifth",
    "fifths",
    "half",
    "majority",
    "minority",
    "percent",
    "plurality",
    "quarter",
    "quarters",
    "share",
    "third",
    "thirds",
];

/// The most words between "of" and the group it takes a share of ("of likely Republican voters").
const SHARE_GAP: usize = 5;

/// `range` with the share of it that speaks: "Only 52 percent of registered voters agreed"
/// and "About four in 10 Ohio voters say" are said by "52 percent of registered voters" and
/// "four in 10 Ohio voters", not by all voters.
fn with_share(tokens: &[Token], range: Range<usize>) -> Range<usize> {
    let number = |i: usize| is_number(&tokens[i]);
    let share_word = |i: usize| {
        let t = tokens[i].text;
        is_share_word(&tokens[i]) || (t.ends_with('%') && (number(i) || i.checked_sub(1).is_some_and(number)))
    };
    // Modifiers between the share and the group: "of likely Republican voters".
    let modifier = |i: usize| tokens[i].is_word() && !STOPS.contains(&tokens[i].text);
    let floor = range.start.saturating_sub(SHARE_GAP);
    let gap = (floor..range.start).rev().take_while(|&i| modifier(i)).last().unwrap_or(range.start);
    let share = match gap.checked_sub(1).map(|i| tokens[i].text) {
        Some("of") if gap >= 2 && share_word(gap - 2) => Some(gap - 2),
        // "four in 10 voters".
        Some("in") if gap >= 2 && number(gap - 2) && number(gap) => Some(gap - 2),
        _ => Some(range.start).filter(|&i| share_word(i)),
    };
    match share {
        // "52 percent": the number belongs to the share.
        Some(s) if s > 0 && number(s - 1) && !number(s) => s - 1..range.end,
        Some(s) => s..range.end,
        None => range,
    }
}

/// True for a word of [`SHARE_WORDS`], in any case ("Half", "percent").
fn is_share_word(t: &Token) -> bool {
    SHARE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(t.text))
}

/// True for a number, in digits or as a word ("52", "four in 10").
fn is_number(t: &Token) -> bool {
    let word = |w: &str| {
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
            .iter()
            .any(|n| n.eq_ignore_ascii_case(w))
    };
    t.text.starts_with(char::is_numeric) || word(t.text)
}

/// True for a phrase that opens with a share of a group, which speaks as a group: a number
/// and "%", "percent" or "in 10", or a share word and "of" ("31% of Democrats", "four in 10
/// Ohio voters", "Half of Democrats").
pub(crate) fn is_share(phrase: &[Token]) -> bool {
    match phrase {
        [n, ..] if n.text.ends_with('%') && is_number(n) => true,
        [n, share, ..] if is_number(n) && (share.text == "%" || is_share_word(share)) => true,
        [share, of, ..] if is_share_word(share) && of.text == "of" => true,
        [n, within, m, ..] => is_number(n) && within.text == "in" && is_number(m),
        _ => false,
    }
}

/// `range` with the name its role is of or from: "said the senator from Vermont", "said the
/// former secretary of State".
fn with_place(tokens: &[Token], range: Range<usize>) -> Range<usize> {
    let linked = tokens.get(range.end).is_some_and(|t| matches!(t.text, "of" | "from"));
    let role = range
        .end
        .checked_sub(1)
        .is_some_and(|i| has(ROLE_NOUNS, tokens[i].text) || has(TITLES, tokens[i].text));
    if !(linked && role) {
        return range;
    }
    let mut end = range.end + 1;
    if tokens.get(end).is_some_and(|t| t.text == "the") {
        end += 1;
    }
    let name = (end..tokens.len()).take_while(|&i| tokens[i].is_capitalised()).count();
    if name == 0 { range } else { range.start..end + name }
}

/// Nouns for documents that speak with whoever filed or released them.
const DOCUMENTS: &[&str] = &[
    "ad",
    "analysis",
    "brief",
    "complaint",
    "document",
    "excerpts",
    "filing",
    "letter",
    "lawsuit",
    "memo",
    "order",
    "poll",
    "report",
    "ruling",
    "study",
    "suit",
    "survey",
    "video",
];

/// `range` with the agent of the participle that ends it: "a complaint filed by the
/// Securities and Exchange Commission", "the statement released by Fox News" say whose
/// document speaks.
fn with_agent(tokens: &[Token], range: Range<usize>) -> Range<usize> {
    // Only a document's: "the official appointed by Trump" is still the official.
    let document = |t: &Token| DOCUMENTS.contains(&t.text) || has(SAYING_NOUNS, t.text);
    let participle =
        range.len() > 1 && tokens[range.end - 1].text.ends_with("ed") && document(&tokens[range.end - 2]);
    let by = tokens.get(range.end).is_some_and(|t| t.text == "by");
    if !(participle && by) {
        return range;
    }
    match right_of(tokens, range.end + 1).filter(|r| r.start == range.end + 1 && is_named(tokens, r)) {
        Some(agent) => range.start..agent.end,
        None => range,
    }
}

/// A role phrase with the indefinite article before it: "a spokeswoman" brings in someone
/// new, where "spokeswoman" alone may refer back.
fn with_article(tokens: &[Token], range: Range<usize>) -> Range<usize> {
    let role = !is_named(tokens, &range);
    let article = range.start.checked_sub(1).is_some_and(|i| tokens[i].is_indefinite_article());
    if role && article { range.start - 1..range.end } else { range }
}

/// A nominal phrase opened by a determiner or a possessive a few words before `end` ("The ad
/// claims", "the mother of three replied", "Sanders's campaign said").
fn nominal_left(tokens: &[Token], end: usize) -> Option<Range<usize>> {
    let floor = end.saturating_sub(NOMINAL_LEN);
    // After "of" comes a noun, even one that can be a cue: "the secretary of state".
    let after_of = |i: usize| i > 0 && tokens[i - 1].text == "of" && tokens[i].is_word();
    let inside = |i: usize| {
        let t = &tokens[i];
        nominal_word(t) || t.text == "of" || has(DETERMINERS, t.text) || after_of(i)
    };
    let start = (floor..end).rev().take_while(|&i| inside(i));
    let opens = |t: &Token| has(DETERMINERS, t.text) || is_possessive(t);
    let start = start.filter(|&i| opens(&tokens[i])).last()?;
    // The whole name before a possessive: "Ivana Trump's brief".
    let name = |t: &Token| t.is_capitalised() && !has(FUNCTION_WORDS, t.text);
    let start = if is_possessive(&tokens[start]) {
        (0..start).rev().find(|&i| !name(&tokens[i])).map_or(0, |i| i + 1)
    } else {
        start
    };
    noun_phrase(tokens, start..end)
}

/// Auxiliary verbs: a phrase holding one is a clause ("the city has", "the lawsuit was
/// filed"), not the noun phrase of a speaker.
const AUXILIARIES: &[&str] = &[
    "am", "are", "be", "been", "being", "can", "could", "did", "do", "does", "had", "has", "have", "is",
    "may", "might", "must", "shall", "should", "was", "were", "will", "would",
];

/// The noun phrase that opens `range` (a determiner and the words after it), cut before an
/// auxiliary or another determiner: "the GOP nominee has staked" is "the GOP nominee", "the
/// ad targets a" is "the ad targets".
fn noun_phrase(tokens: &[Token], range: Range<usize>) -> Option<Range<usize>> {
    // "Its hosts don't hesitate": a negated auxiliary is one too.
    let negated = |t: &Token| t.text.ends_with("n't") || t.text.ends_with("n’t");
    let clause = |t: &Token| AUXILIARIES.contains(&t.text) || negated(t) || has(DETERMINERS, t.text);
    // Past a head, a common verb ends the phrase ("the email went on"), as does a word with
    // an object pronoun after it ("Oz's dubious advice earned him") or a past form with a
    // determiner or preposition after it ("His operatives forced a change", "his aides pushed
    // for"; "the report released on Monday" keeps its head, "a complaint filed by" its agent).
    let object = |i: usize| {
        let past = tokens[i].text.ends_with("ed") && tokens[i].text.starts_with(char::is_lowercase);
        let object = |t: &Token| has(DETERMINERS, t.text) || (is_preposition(t.text) && t.text != "by");
        tokens.get(i + 1).is_some_and(|t| OBJECT_PRONOUNS.contains(&t.text) || (past && object(t)))
    };
    // An adverb before a verb form ends it: "the crowd loudly reprised", "the nominee also
    // outlined" (not "Trump's most famously false claim").
    let verb_form = |i: usize| {
        tokens.get(i + 1).is_some_and(|t| t.text.ends_with("ed") || t.text.ends_with('s') || clause(t))
    };
    let adverb = |i: usize| tokens[i].text == "also" || (is_adverb(tokens[i].text) && verb_form(i));
    let verb = |i: usize| PLAIN_VERBS.contains(&tokens[i].text) || object(i) || adverb(i);
    let past_head = |i: usize| i > range.start + 1 && verb(i);
    let end = (range.start + 1..range.end).find(|&i| clause(&tokens[i]) || past_head(i)).unwrap_or(range.end);
    let end = (range.start + 1..end).rev().find(|&i| !has(PHRASE_GLUE, tokens[i].text)).map(|i| i + 1)?;
    Some(range.start..end)
}

/// Pronouns that are only ever objects: the word before one is a verb.
const OBJECT_PRONOUNS: &[&str] = &["him", "me", "them", "us"];

/// Common verbs that follow a nominal subject ("the email goes on to say").
const PLAIN_VERBS: &[&str] = &["comes", "gets", "goes", "got", "makes", "made", "went"];

/// Prepositions and clause words: they end a nominal phrase and are never a verb.
const STOPS: &[&str] = &[
    "about", "after", "and", "as", "at", "because", "before", "by", "for", "from", "if", "in", "into", "of",
    "on", "over", "than", "that", "to", "what", "when", "where", "which", "while", "who", "with", "without",
];

/// True for "and" or "of" inside a capitalised name: "the Securities and Exchange
/// Commission", "the Department of Health".
fn joins_name(tokens: &[Token], i: usize) -> bool {
    let capital = |k: Option<usize>| k.and_then(|k| tokens.get(k)).is_some_and(Token::is_capitalised);
    matches!(tokens[i].text, "and" | "of") && capital(i.checked_sub(1)) && capital(Some(i + 1))
}

/// True for a word inside a nominal phrase: not punctuation, a pronoun or a clause word.
fn nominal_word(t: &Token) -> bool {
    t.is_word()
        && !has(PRONOUNS, t.text)
        && !STOPS.contains(&t.text)
        && cue_base(&t.text.to_lowercase()).is_none()
}

/// True for a word that can be part of a speaker phrase.
fn part_of_phrase(t: &Token) -> bool {
    t.is_word()
        && (t.is_capitalised()
            || has(PHRASE_GLUE, t.text)
            || has(ROLE_NOUNS, t.text)
            || is_name_particle(t.text))
        && !has(PRONOUNS, t.text)
}

/// How many words a modifier may stand before the role noun or name it modifies
/// ("conservative talk radio host Rush Limbaugh").
const MODIFIER_REACH: usize = 4;

/// True for a lowercase modifier shortly before a role noun or a name ("Iraqi security
/// officials", "political scientist Brigid Harrison", "9/11 widow Terry Strada"); never a
/// preposition or inflected speech verb before one ("poked at Trump's", "criticized Trump"),
/// though a bare one may be a noun ("state Sen. Jason Holsman").
fn before_role_noun(tokens: &[Token], i: usize) -> bool {
    let ahead = &tokens[i..tokens.len().min(i + MODIFIER_REACH)];
    let name = |t: &Token| t.is_capitalised() && !has(FUNCTION_WORDS, t.text) && !has(CALENDAR, t.text);
    let modifier = |t: &&Token| {
        t.is_word()
            && !t.text.ends_with("self")
            && (t.span == tokens[i].span || !has(DETERMINERS, t.text))
            && !STOPS.contains(&t.text)
            && !PREPOSITIONS.contains(&t.text)
            && (t.is_capitalised() || cue_base(t.text).is_none_or(|base| base == t.text))
    };
    ahead.iter().take_while(modifier).any(|t| has(ROLE_NOUNS, t.text) || has(TITLES, t.text) || name(t))
}

/// True when token `i` is a lowercase past form right after a name, so the name's verb
/// ("Netanyahu rallied supporters", "Schlafly endorsed Trump"), not a modifier of what follows.
fn past_after_name(tokens: &[Token], i: usize) -> bool {
    let word = tokens[i].text;
    let past = word.len() > 4
        && word.ends_with("ed")
        && word.starts_with(char::is_lowercase)
        && !word.contains('-')
        && !ADJECTIVAL_PASTS.contains(&word);
    past && i.checked_sub(1).is_some_and(|p| {
        let name = &tokens[p];
        name.is_capitalised()
            && !is_possessive(name)
            && !has(TITLES, name.text)
            && !has(FUNCTION_WORDS, name.text)
    })
}

/// Past participles that modify a group after a name rather than act as its verb:
/// "Republican elected officials", "Iowa registered voters".
const ADJECTIVAL_PASTS: &[&str] = &["appointed", "elected", "registered", "retired", "unnamed", "undecided"];

/// True for a lowercase name particle written as part of a name ("al-Maliki", "bin Salman").
pub(crate) fn is_name_particle(word: &str) -> bool {
    match word {
        "bin" | "ibn" | "de" | "van" | "von" | "da" | "di" | "le" | "la" => true,
        _ => word.len() > 3 && (word.starts_with("al-") || word.starts_with("el-")),
    }
}

/// `range` without opening function words ("But", "and") and trailing glue ("of").
fn trim(tokens: &[Token], mut range: Range<usize>) -> Range<usize> {
    // "Del." opening a phrase is a delegate's title, not the glue "del".
    let glue = |t: &Token| {
        has(PHRASE_GLUE, t.text) && !matches!(t.text, "the" | "The" | "a" | "an") && !has(TITLES, t.text)
    };
    while range.start < range.end
        && (has(FUNCTION_WORDS, tokens[range.start].text)
            && !matches!(tokens[range.start].text, "The" | "the" | "A" | "An")
            || glue(&tokens[range.start]))
    {
        range.start += 1;
    }
    while range.start < range.end && has(PHRASE_GLUE, tokens[range.end - 1].text) {
        range.end -= 1;
    }
    range
}

/// `range` if it names someone: a capitalised word other than a title or day, or a role noun.
fn valid(tokens: &[Token], range: Range<usize>) -> Option<Range<usize>> {
    let words = &tokens[range.clone()];
    let named = words.iter().any(|t| t.is_capitalised() && !has(TITLES, t.text) && !has(CALENDAR, t.text));
    let role = words.last().is_some_and(|t| has(ROLE_NOUNS, t.text) || has(TITLES, t.text));
    (named || role).then_some(range)
}

#[cfg(test)]
mod tests {
    use super::{left_of, right_of};
    use crate::quotes::words::tokens;
    use crate::span::Span;

    struct Case {
        name: &'static str,
        input: &'static str,
        /// Token index of the cue.
        cue: &'static str,
        expect: Option<&'static str>,
    }

    const LEFT: &[Case] = &[
        Case { name: "name", input: ", Connable told DW.", cue: "told", expect: Some("Connable") },
        Case {
            name: "organisation",
            input: "The State Department said on",
            cue: "said",
            expect: Some("The State Department"),
        },
        Case {
            name: "role and name",
            input: "State Department spokeswoman Jen Psaki said",
            cue: "said",
            expect: Some("State Department spokeswoman Jen Psaki"),
        },
        Case {
            name: "sentence opener dropped",
            input: "But Wayne White said",
            cue: "said",
            expect: Some("Wayne White"),
        },
        Case {
            name: "adverb and day",
            input: "McCain on Tuesday also said",
            cue: "said",
            expect: Some("McCain"),
        },
        Case { name: "pronoun", input: ", he said.", cue: "said", expect: Some("he") },
        Case {
            name: "a name in an aside after a role",
            input: "” the niece, state Del. Marcia Price, shouted",
            cue: "shouted",
            expect: Some("Del. Marcia Price"),
        },
        Case {
            name: "aside",
            input: "White, who once served at the State Department, said",
            cue: "said",
            expect: Some("White"),
        },
        Case { name: "nominal", input: "the senator said", cue: "said", expect: Some("the senator") },
        Case {
            name: "auxiliary",
            input: "Donald Trump is telling Iowans",
            cue: "telling",
            expect: Some("Donald Trump"),
        },
        Case {
            name: "party and state",
            input: "Sen. Bernie Sanders (I-Vt.) said",
            cue: "said",
            expect: Some("Sen. Bernie Sanders"),
        },
        Case {
            name: "state after a name",
            input: "Sen. Rand Paul, R-Ky., told Fox News",
            cue: "told",
            expect: Some("Sen. Rand Paul"),
        },
        Case {
            name: "age and role asides",
            input: "Ramil Carr, 31, a freelance photographer, said",
            cue: "said",
            expect: Some("Ramil Carr"),
        },
        Case { name: "determiner nominal", input: "The ad claims", cue: "claims", expect: Some("The ad") },
        Case {
            name: "nominal with a complement",
            input: ", the young mother of three replied",
            cue: "replied",
            expect: Some("the young mother of three"),
        },
        Case {
            name: "first-person possessive",
            input: ", my father said",
            cue: "said",
            expect: Some("my father"),
        },
        Case { name: "nothing", input: "as was said", cue: "said", expect: None },
        Case {
            name: "object of a preposition",
            input: "Fans marching through the streets chanted",
            cue: "chanted",
            expect: None,
        },
        Case {
            name: "nominal with of",
            input: "a clip from the rally, where the secretary of state said",
            cue: "said",
            expect: Some("the secretary of state"),
        },
        Case {
            name: "place in an aside",
            input: "Ana Ruiz, during a visit to Dayton, Ohio, said",
            cue: "said",
            expect: Some("Ana Ruiz"),
        },
    ];

    const RIGHT: &[Case] = &[
        Case { name: "inverted", input: ", said Psaki.", cue: "said", expect: Some("Psaki") },
        Case {
            name: "inverted with role",
            input: "said State Department spokeswoman Jen Psaki, adding",
            cue: "said",
            expect: Some("State Department spokeswoman Jen Psaki"),
        },
        Case {
            name: "according to",
            input: "according to Iraqi security officials, the",
            cue: "to",
            expect: Some("Iraqi security officials"),
        },
        Case {
            name: "dated, lowercase title",
            input: "said Tuesday state Sen. Jason Holsman (D)",
            cue: "said",
            expect: Some("state Sen. Jason Holsman"),
        },
        Case { name: "nominal", input: "said a friend on Facebook.", cue: "said", expect: Some("a friend") },
        Case {
            name: "role with a lowercase word",
            input: "said Montclair State University political scientist Brigid Harrison.",
            cue: "said",
            expect: Some("Montclair State University political scientist Brigid Harrison"),
        },
        Case { name: "listener only", input: "told reporters.", cue: "told", expect: None },
    ];

    const SUBJECT: &[Case] = &[
        Case {
            name: "after a place in commas",
            input: "Speaking at a fair in Dayton, Ohio, Tom Reed went after Ruiz, calling",
            cue: "calling",
            expect: Some("Tom Reed"),
        },
        Case {
            name: "after a time phrase",
            input: "Hours later, Reed returned the favour, telling",
            cue: "telling",
            expect: Some("Reed"),
        },
        Case {
            name: "after a dateline",
            input: "Dayton (AP) – Ana Ruiz has taken aim at the plan, saying",
            cue: "saying",
            expect: Some("Ana Ruiz"),
        },
        Case {
            name: "an aside is no subject",
            input: "Ruiz, the deputy mayor, said",
            cue: "said",
            expect: Some("Ruiz"),
        },
        Case { name: "plain", input: "The ad claims", cue: "claims", expect: Some("The ad") },
        Case {
            name: "an appositive is no subject",
            input: "Dean, a former Ohio State coach, poked at Ruiz, tweeting",
            cue: "tweeting",
            expect: Some("Dean"),
        },
        Case {
            name: "after an opening clause",
            input: "Continuing to explain, Carson said",
            cue: "said",
            expect: Some("Carson"),
        },
        Case {
            name: "after a function word",
            input: "In Iowa, Ana Ruiz said",
            cue: "said",
            expect: Some("Ana Ruiz"),
        },
    ];

    fn run(
        cases: &[Case],
        find: fn(&[crate::quotes::words::Token], usize) -> Option<std::ops::Range<usize>>,
        left: bool,
    ) {
        for case in cases {
            let toks = tokens(case.input, Span::new(0, case.input.len()));
            let cue = toks.iter().position(|t| t.text == case.cue).expect("cue in input");
            let at = if left { cue } else { cue + 1 };
            let got = find(&toks, at)
                .map(|r| Span::new(toks[r.start].span.start, toks[r.end - 1].span.end).slice(case.input));
            assert_eq!(got, case.expect, "{}", case.name);
        }
    }

    #[test]
    fn left_phrases() {
        run(LEFT, left_of, true);
    }

    #[test]
    fn subjects() {
        run(SUBJECT, |toks, _| super::subject(toks), true);
    }

    #[test]
    fn right_phrases() {
        run(RIGHT, right_of, false);
    }
}
