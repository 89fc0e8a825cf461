//! The cue lexicon: the words that introduce reported speech, in every tense and form.
//!
//! The lexicon is data: [`BASES`] lists base verbs (say, tell, warn, tweet, …) in sorted
//! order and [`IRREGULAR`] their irregular forms; [`cue_base`] strips regular endings
//! (-s, -es, -ed, -ied, -ing, doubled consonants) to reach the base, so the ~230 bases
//! cover several hundred forms without listing each one.

use super::lexicon::{self, Lexicon};
use super::words::Token;

/// Base forms of speech verbs, sorted for binary search.
pub(crate) const BASES: &[&str] = &[
    "accuse",
    "acknowledge",
    "add",
    "address",
    "admire",
    "admit",
    "advise",
    "affirm",
    "agree",
    "allege",
    "announce",
    "answer",
    "applaud",
    "argue",
    "ask",
    "assail",
    "assert",
    "assure",
    "attack",
    "bark",
    "beam",
    "beg",
    "bellow",
    "bemoan",
    "berate",
    "blame",
    "blast",
    "blog",
    "boast",
    "brag",
    "brand",
    "call",
    "castigate",
    "caution",
    "chant",
    "characterise",
    "characterize",
    "charge",
    "chastise",
    "chide",
    "chime",
    "chuckle",
    "cite",
    "claim",
    "clarify",
    "commend",
    "comment",
    "compare",
    "complain",
    "concede",
    "conclude",
    "concur",
    "condemn",
    "confess",
    "confide",
    "confirm",
    "congratulate",
    "contend",
    "continue",
    "counter",
    "credit",
    "criticise",
    "criticize",
    "cry",
    "declare",
    "decry",
    "deem",
    "defend",
    "demand",
    "denounce",
    "deny",
    "deride",
    "describe",
    "detail",
    "disclose",
    "dismiss",
    "disparage",
    "dispute",
    "echo",
    "elaborate",
    "email",
    "emphasise",
    "emphasize",
    "encourage",
    "estimate",
    "exclaim",
    "excoriate",
    "exhort",
    "explain",
    "express",
    "fault",
    "fume",
    "gripe",
    "groan",
    "grouse",
    "grumble",
    "gush",
    "hail",
    "highlight",
    "hint",
    "imply",
    "indicate",
    "inform",
    "inquire",
    "insist",
    "insult",
    "interject",
    "interrupt",
    "issue",
    "joke",
    "label",
    "lambast",
    "lambaste",
    "lament",
    "laud",
    "laugh",
    "lecture",
    "liken",
    "maintain",
    "marvel",
    "mention",
    "moan",
    "mock",
    "mumble",
    "murmur",
    "muse",
    "mutter",
    "note",
    "object",
    "observe",
    "opine",
    "plead",
    "pledge",
    "point",
    "portray",
    "posit",
    "post",
    "praise",
    "predict",
    "proclaim",
    "promise",
    "pronounce",
    "propose",
    "protest",
    "publish",
    "query",
    "question",
    "quip",
    "quote",
    "rail",
    "rant",
    "rate",
    "rave",
    "react",
    "read",
    "reason",
    "rebuke",
    "rebut",
    "recall",
    "recommend",
    "recount",
    "refer",
    "reference",
    "reflect",
    "refute",
    "reiterate",
    "rejoin",
    "relate",
    "release",
    "remark",
    "remember",
    "remind",
    "reminisce",
    "repeat",
    "reply",
    "report",
    "respond",
    "retaliate",
    "retort",
    "retweet",
    "reveal",
    "ridicule",
    "riff",
    "roar",
    "rule",
    "say",
    "scoff",
    "scold",
    "scream",
    "share",
    "shout",
    "sigh",
    "sing",
    "slam",
    "snap",
    "snarl",
    "speak",
    "speculate",
    "state",
    "stress",
    "suggest",
    "summarize",
    "surmise",
    "taunt",
    "tease",
    "tell",
    "testify",
    "text",
    "thank",
    "theorize",
    "threaten",
    "thunder",
    "tout",
    "tweet",
    "type",
    "underscore",
    "urge",
    "vent",
    "vow",
    "warn",
    "welcome",
    "whisper",
    "wonder",
    "write",
    "yell",
];

/// Irregular forms and their base, sorted by form.
const IRREGULAR: &[(&str, &str)] = &[
    ("said", "say"),
    ("sang", "sing"),
    ("says", "say"),
    ("sung", "sing"),
    ("told", "tell"),
    ("written", "write"),
    ("wrote", "write"),
];

/// Words after which a cue form is a noun ("the report", "his claims"), not a verb.
const DETERMINERS: &Lexicon = &Lexicon::new(&[
    "a", "an", "her", "his", "its", "my", "our", "that", "the", "their", "these", "this", "those", "your",
]);

/// Bases whose bare and -s forms are more often nouns ("the text of the law", "reports"):
/// those forms are cues only right after a name, a pronoun or a role noun.
const NOUN_LIKE: &[&str] = &[
    "address",
    "answer",
    "attack",
    "blame",
    "blast",
    "blog",
    "brand",
    "call",
    "charge",
    "claim",
    "comment",
    "counter",
    "credit",
    "cry",
    "demand",
    "detail",
    "echo",
    "email",
    "estimate",
    "fault",
    "hail",
    "highlight",
    "insult",
    "issue",
    "joke",
    "label",
    "lecture",
    "note",
    "object",
    "pledge",
    "point",
    "post",
    "praise",
    "promise",
    "protest",
    "query",
    "question",
    "quote",
    "rant",
    "rate",
    "rave",
    "read",
    "reason",
    "rebuke",
    "reference",
    "release",
    "reply",
    "report",
    "retweet",
    "roar",
    "rule",
    "share",
    "snap",
    "state",
    "taunt",
    "text",
    "thank",
    "tweet",
    "type",
    "vent",
    "vow",
    "warn",
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

/// Two-word cues whose first word alone is no cue: "as the paper put it", "she shot back".
const TWO_WORD: &[(&str, &str)] = &[
    ("fire", "back"),
    ("fired", "back"),
    ("fires", "back"),
    ("firing", "back"),
    ("put", "it"),
    ("puts", "it"),
    ("shoot", "back"),
    ("shooting", "back"),
    ("shoots", "back"),
    ("shot", "back"),
];

/// The forms of "go", for "went on about".
const GO: &[&str] = &["go", "goes", "going", "gone", "went"];

/// Words after which a capitalised word is inside a noun phrase ("of Republican claims"),
/// so it is no subject for the cue form after it.
const NOUN_OPENERS: &[&str] = &["about", "against", "by", "for", "from", "in", "of", "on", "to", "with"];

/// The cue starting at token `i`, if one does: a lowercase speech verb not after a
/// determiner or a possessive (with "in a statement" and the like), "according to" or ", per",
/// or a two-word cue of [`TWO_WORD`].
pub(crate) fn cue_at(tokens: &[Token], i: usize) -> Option<Cue> {
    let word = tokens.get(i)?.text;
    let next = |k: usize| tokens.get(i + k).map_or("", |t| t.text);
    if word.eq_ignore_ascii_case("according") && next(1) == "to" {
        return Some(Cue { first: i, end: i + 2, according: true });
    }
    let previous = i.checked_sub(1).and_then(|p| tokens.get(p));
    // "…,” per the party's bylaws" (or "…”, per …"): "per" right after a quote, before a
    // named or determined source (after "said, per a translator" the translator only relays).
    // Token 0 is the first after the quote when `tokens` follow one.
    let after_quote = || i == 0 || (i == 1 && tokens[0].is_punct(&[',']));
    let source = || {
        tokens.get(i + 1).is_some_and(|t| t.is_capitalised() || lexicon::has(lexicon::DETERMINERS, t.text))
    };
    if word == "per" && after_quote() && source() {
        return Some(Cue { first: i, end: i + 1, according: true });
    }
    if !word.starts_with(char::is_lowercase) || previous.is_some_and(determines) {
        return None;
    }
    if TWO_WORD.binary_search(&(word, next(1))).is_ok() {
        return Some(Cue { first: i, end: i + 2, according: false });
    }
    // "as Trump went on about “…”": talking at length.
    if GO.contains(&word) && next(1) == "on" && next(2) == "about" {
        return Some(Cue { first: i, end: i + 3, according: false });
    }
    let base = cue_base(word)?;
    if noun_form(word, base) && !has_subject(tokens, i) {
        return None;
    }
    // "she continued, “…”" reports speech; "continue her candidacy" and "continue to" do not.
    let object = |t: &Token| t.text == "to" || lexicon::has(DETERMINERS, t.text);
    let continued = base == "continue" && tokens.get(i + 1).is_some_and(object);
    if continued {
        return None;
    }
    let channel = next(1) == "in" && matches!(next(2), "a" | "an") && CHANNELS.contains(&next(3));
    Some(Cue { first: i, end: if channel { i + 4 } else { i + 1 }, according: false })
}

/// True when `word` is the bare or -s form of a cue base that is more often a noun
/// ("reference", "claims"): right after a quote with no comma it is a noun the quote
/// modifies ("the “sex tape” reference").
pub(crate) fn is_noun_form(word: &str) -> bool {
    cue_base(word).is_some_and(|base| noun_form(word, base))
}

/// True when `word`, a form of `base`, is its bare or -s form and [`NOUN_LIKE`] lists `base`.
fn noun_form(word: &str, base: &str) -> bool {
    let bare = word == base
        || word.strip_suffix('s').is_some_and(|w| w == base || w.strip_suffix('e') == Some(base));
    bare && NOUN_LIKE.binary_search(&base).is_ok()
}

/// True for a determiner or a possessive ("the", "Trump's"; not "he's"): the word after it
/// is a noun ("Trump's tweet", "Obama's remarks").
fn determines(t: &Token) -> bool {
    let possessive = t.bare().len() < t.text.len() && !lexicon::has(lexicon::PRONOUNS, t.bare());
    possessive || lexicon::has(DETERMINERS, t.text)
}

/// True when the word before token `i` can be the subject of a verb there: a name not
/// inside a noun phrase ("Trump claims", not "of Republican claims"), a pronoun, a role
/// noun, or a conjunction before an -s form ("and claims").
fn has_subject(tokens: &[Token], i: usize) -> bool {
    // A lowercase verb with nothing before it follows a quote's closing mark, its subject
    // after it: "“…,” reads the statement".
    let Some(t) = i.checked_sub(1).and_then(|p| tokens.get(p)) else { return true };
    // "“…,” the suit reads": a determiner and a noun opening the words are the subject.
    if i == 2 && lexicon::has(DETERMINERS, tokens[0].text) && t.text.starts_with(char::is_lowercase) {
        return true;
    }
    let word = tokens[i].text;
    let inside = i.checked_sub(2).and_then(|p| tokens.get(p)).is_some_and(|b| {
        lexicon::has(DETERMINERS, b.text)
            || NOUN_OPENERS.contains(&b.text)
            || b.text.starts_with(|c: char| c.is_ascii_digit())
    });
    (t.is_capitalised() && !inside)
        || lexicon::has(lexicon::PRONOUNS, t.text)
        || lexicon::has(lexicon::ROLE_NOUNS, t.text)
        || (matches!(t.text, "and" | "but" | "also") && word.ends_with('s'))
}

#[cfg(test)]
mod tests {
    use super::{BASES, IRREGULAR, NOUN_LIKE, TWO_WORD, cue_at, cue_base};
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
        Case { name: "long tail", input: "criticized", expect: Some("criticize") },
        Case { name: "long tail, e-drop", input: "likened", expect: Some("liken") },
        Case { name: "irregular, long tail", input: "sang", expect: Some("sing") },
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
        assert!(TWO_WORD.windows(2).all(|w| w[0] < w[1]));
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
        PhraseCase { input: "Ana Ruiz's tweet", expect: None },
        PhraseCase { input: "half of Green claims", expect: None },
        PhraseCase { input: "Green claims", expect: Some((1, 2)) },
        PhraseCase { input: "he's said", expect: Some((1, 2)) },
        PhraseCase { input: "as the mayor put it", expect: Some((3, 5)) },
        PhraseCase { input: "she shot back", expect: Some((1, 3)) },
        PhraseCase { input: "a doctor had typed", expect: Some((3, 4)) },
        PhraseCase { input: "as Tom went on about", expect: Some((2, 5)) },
        PhraseCase { input: "she continued,", expect: Some((1, 2)) },
        PhraseCase { input: "Ruiz continued Tuesday", expect: Some((1, 2)) },
        PhraseCase { input: "could not continue her campaign", expect: None },
        PhraseCase { input: "as the talk went on", expect: None },
        PhraseCase { input: "this type of plan", expect: None },
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
