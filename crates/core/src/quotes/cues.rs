//! The cue lexicon: the words that introduce reported speech, in every tense and form.
//!
//! The lexicon is data: [`BASES`] lists base verbs (say, tell, warn, tweet, …) in sorted
//! order and [`IRREGULAR`] their irregular forms; [`cue_base`] strips regular endings
//! (-s, -es, -ed, -ied, -ing, doubled consonants) to reach the base, so the ~130 bases
//! cover several hundred forms without listing each one.

use super::lexicon;
use super::words::Token;

/// Base forms of speech verbs, sorted for binary search.
pub(crate) const BASES: &[&str] = &[
    "accuse",
    "acknowledge",
    "add",
    "address",
    "admit",
    "advise",
    "affirm",
    "agree",
    "allege",
    "announce",
    "answer",
    "argue",
    "ask",
    "assert",
    "assure",
    "bark",
    "beg",
    "bellow",
    "bemoan",
    "blame",
    "blast",
    "blog",
    "boast",
    "brag",
    "call",
    "caution",
    "chant",
    "characterise",
    "characterize",
    "charge",
    "chide",
    "chime",
    "cite",
    "claim",
    "comment",
    "complain",
    "concede",
    "conclude",
    "concur",
    "confess",
    "confide",
    "confirm",
    "contend",
    "continue",
    "counter",
    "cry",
    "declare",
    "decry",
    "demand",
    "deny",
    "describe",
    "detail",
    "disclose",
    "dismiss",
    "echo",
    "elaborate",
    "emphasise",
    "emphasize",
    "estimate",
    "exclaim",
    "exhort",
    "explain",
    "express",
    "fume",
    "grouse",
    "grumble",
    "gush",
    "hint",
    "indicate",
    "inform",
    "inquire",
    "insist",
    "interject",
    "interrupt",
    "issue",
    "joke",
    "lament",
    "maintain",
    "mention",
    "mock",
    "muse",
    "mutter",
    "note",
    "object",
    "observe",
    "opine",
    "plead",
    "pledge",
    "point",
    "posit",
    "post",
    "praise",
    "predict",
    "proclaim",
    "promise",
    "propose",
    "protest",
    "query",
    "question",
    "quip",
    "quote",
    "rail",
    "read",
    "reason",
    "recall",
    "recount",
    "refer",
    "reflect",
    "reiterate",
    "rejoin",
    "relate",
    "release",
    "remark",
    "remind",
    "repeat",
    "reply",
    "report",
    "respond",
    "retaliate",
    "retort",
    "reveal",
    "ridicule",
    "roar",
    "rule",
    "say",
    "scoff",
    "scream",
    "share",
    "shout",
    "sigh",
    "slam",
    "snap",
    "snarl",
    "speak",
    "speculate",
    "state",
    "stress",
    "suggest",
    "summarize",
    "tell",
    "testify",
    "text",
    "thunder",
    "tout",
    "tweet",
    "urge",
    "vow",
    "warn",
    "welcome",
    "whisper",
    "wonder",
    "write",
    "yell",
];

/// Irregular forms and their base, sorted by form.
const IRREGULAR: &[(&str, &str)] =
    &[("said", "say"), ("says", "say"), ("told", "tell"), ("written", "write"), ("wrote", "write")];

/// Words after which a cue form is a noun ("the report", "his claims"), not a verb.
const DETERMINERS: &[&str] =
    &["a", "an", "her", "his", "its", "my", "our", "that", "the", "their", "these", "this", "those", "your"];

/// Bases whose bare and -s forms are more often nouns ("the text of the law", "reports"):
/// those forms are cues only right after a name, a pronoun or a role noun.
const NOUN_LIKE: &[&str] = &[
    "answer", "blame", "blast", "blog", "call", "charge", "claim", "comment", "counter", "cry", "demand",
    "detail", "echo", "estimate", "issue", "joke", "note", "object", "pledge", "point", "post", "praise",
    "promise", "protest", "query", "question", "quote", "read", "reason", "release", "reply", "report",
    "roar", "rule", "share", "snap", "state", "text", "tweet", "vow", "warn",
];

/// Nouns that extend a cue: "said in a statement", "wrote in an email".
const CHANNELS: &[&str] = &[
    "address",
    "email",
    "interview",
    "letter",
    "memo",
    "message",
    "post",
    "release",
    "speech",
    "statement",
    "tweet",
    "video",
];

/// The base verb of `word` (lowercase) when it is a form of a speech verb.
pub(crate) fn cue_base(word: &str) -> Option<&'static str> {
    if let Ok(i) = IRREGULAR.binary_search_by(|(form, _)| form.cmp(&word)) {
        return Some(IRREGULAR[i].1);
    }
    let strip = |suffix: &str, add: &'static str| word.strip_suffix(suffix).and_then(|stem| base(stem, add));
    let undouble = |suffix: &str| {
        let stem = word.strip_suffix(suffix)?;
        let mut last = stem.chars().rev();
        let (a, b) = (last.next()?, last.next()?);
        (a == b).then(|| base(&stem[..stem.len() - a.len_utf8()], "")).flatten()
    };
    base(word, "")
        .or_else(|| strip("s", ""))
        .or_else(|| strip("es", ""))
        .or_else(|| strip("ies", "y"))
        .or_else(|| strip("ied", "y"))
        .or_else(|| strip("ed", ""))
        .or_else(|| strip("d", ""))
        .or_else(|| strip("ing", ""))
        .or_else(|| strip("ing", "e"))
        .or_else(|| undouble("ed"))
        .or_else(|| undouble("ing"))
}

/// The base `stem` + `add` when [`BASES`] lists it; compares without allocating.
fn base(stem: &str, add: &str) -> Option<&'static str> {
    let wanted = stem.bytes().chain(add.bytes());
    BASES.binary_search_by(|probe| probe.bytes().cmp(wanted.clone())).ok().map(|i| BASES[i])
}

/// A cue found among tokens, as token indexes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cue {
    /// First token of the cue.
    pub first: usize,
    /// One past its last token.
    pub end: usize,
    /// True for "according to", whose speaker follows it.
    pub according: bool,
}

/// The cue starting at token `i`, if one does: a lowercase speech verb not after a
/// determiner (with "in a statement" and the like), or "according to".
pub(crate) fn cue_at(tokens: &[Token], i: usize) -> Option<Cue> {
    let word = tokens.get(i)?.text;
    let next = |k: usize| tokens.get(i + k).map_or("", |t| t.text);
    if word.eq_ignore_ascii_case("according") && next(1) == "to" {
        return Some(Cue { first: i, end: i + 2, according: true });
    }
    let previous = i.checked_sub(1).and_then(|p| tokens.get(p)).map_or("", |t| t.text);
    if !word.starts_with(char::is_lowercase) || lexicon::has(DETERMINERS, previous) {
        return None;
    }
    let base = cue_base(word)?;
    let bare = word == base
        || word.strip_suffix('s').is_some_and(|w| w == base || w.strip_suffix('e') == Some(base));
    let subject = i.checked_sub(1).and_then(|p| tokens.get(p)).is_some_and(|t| {
        t.is_capitalised()
            || lexicon::has(lexicon::PRONOUNS, t.text)
            || lexicon::has(lexicon::ROLE_NOUNS, t.text)
            || (matches!(t.text, "and" | "but" | "also") && word.ends_with('s'))
    });
    if bare && NOUN_LIKE.binary_search(&base).is_ok() && !subject {
        return None;
    }
    let channel = next(1) == "in" && matches!(next(2), "a" | "an") && CHANNELS.contains(&next(3));
    Some(Cue { first: i, end: if channel { i + 4 } else { i + 1 }, according: false })
}

#[cfg(test)]
mod tests {
    use super::{BASES, IRREGULAR, NOUN_LIKE, cue_at, cue_base};
    use crate::quotes::words::tokens;
    use crate::span::Span;

    struct Case {
        name: &'static str,
        input: &'static str,
        expect: Option<&'static str>,
    }

    const FORMS: &[Case] = &[
        Case { name: "irregular past", input: "told", expect: Some("tell") },
        Case { name: "irregular past, last in the table", input: "wrote", expect: Some("write") },
        Case { name: "present", input: "says", expect: Some("say") },
        Case { name: "regular past", input: "warned", expect: Some("warn") },
        Case { name: "e-drop past", input: "argued", expect: Some("argue") },
        Case { name: "y to ied", input: "replied", expect: Some("reply") },
        Case { name: "doubled consonant", input: "admitted", expect: Some("admit") },
        Case { name: "gerund", input: "tweeting", expect: Some("tweet") },
        Case { name: "e-drop gerund", input: "arguing", expect: Some("argue") },
        Case { name: "not a cue", input: "sent", expect: None },
    ];

    #[test]
    fn forms() {
        for case in FORMS {
            assert_eq!(cue_base(case.input), case.expect, "{}", case.name);
        }
    }

    #[test]
    fn tables_are_sorted() {
        assert!(BASES.windows(2).all(|w| w[0] < w[1]));
        assert!(IRREGULAR.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(NOUN_LIKE.windows(2).all(|w| w[0] < w[1]));
    }

    struct PhraseCase {
        input: &'static str,
        expect: Option<(usize, usize)>,
    }

    const PHRASES: &[PhraseCase] = &[
        PhraseCase { input: "she said in a statement", expect: Some((1, 5)) },
        PhraseCase { input: "according to him", expect: Some((0, 2)) },
        PhraseCase { input: "the report", expect: None },
        PhraseCase { input: "history and text of the law", expect: None },
        PhraseCase { input: "The Post reports", expect: Some((2, 3)) },
        PhraseCase { input: "hits Clinton and claims", expect: Some((3, 4)) },
        PhraseCase { input: "the United States", expect: None },
        PhraseCase { input: "United States", expect: None },
    ];

    #[test]
    fn phrases() {
        for case in PHRASES {
            let toks = tokens(case.input, Span::new(0, case.input.len()));
            let got = (0..toks.len()).find_map(|i| cue_at(&toks, i)).map(|c| (c.first, c.end));
            assert_eq!(got, case.expect, "{}", case.input);
        }
    }
}
