//! Claim or mention: is a quote someone's words, or a term set apart?
//!
//! Quoted speech is long, or stands next to a cue; a scare quote, a nickname or a title is
//! short, has no cue, or follows a word that introduces a name ("the book", "so-called").
//! Title Case makes a title, unless a cue in the quote's sentence names the speaker whose
//! words it holds ("Trump proclaimed a goal of “Peace Through Strength.”") and no
//! possessive or preposition makes it a show ("told CBS's “Face the Nation”"), or it is a
//! sentence of its own after a speaker's quote. A noun for something said ("his claim
//! that …") makes the short quotes after it in its sentence someone's words.
//! Quotes in a headline or heading are always mentions: they repeat words from the body.

use super::lexicon::{Lexicon, SAYING_NOUNS, has, is_article};
use super::words::is_mark;

/// Words right before a quote that make it a name, title or term, not speech.
const NAMING: &Lexicon = &Lexicon::new(&[
    "dubbed",
    "entitled",
    "hashtag",
    "headline",
    "label",
    "moniker",
    "named",
    "nickname",
    "nicknamed",
    "pseudonym",
    "slogan",
    "so-called",
    "term",
    "titled",
]);

/// Nouns for wording right before a quote: the quote is a term ("the word “socialist”
/// means"), unless someone in its sentence says or uses it ("Obama said the words “lump”",
/// "she added the words, “Hillary Clinton.”").
const WORDING: &Lexicon = &Lexicon::new(&["phrase", "word", "words"]);

/// Nouns for works and undertakings, whose names are capitalised: a quote after one that
/// starts in lowercase says something about it (the program "worse than amnesty").
const WORKS: &Lexicon = &Lexicon::new(&[
    "album",
    "book",
    "campaign",
    "documentary",
    "film",
    "memoir",
    "movie",
    "novel",
    "operation",
    "podcast",
    "program",
    "programme",
    "series",
    "show",
    "song",
]);

/// Words right before a quote that make a title-cased quote the name of a show, a work or
/// a place rather than someone's words ("told CBS's “Face the Nation”", "said on “Meet
/// the Press”", "a role in “The Walking Dead”").
/// A quote right after "told" names whom the speaker told: a show or a paper.
const VENUE: &Lexicon = &Lexicon::new(&[
    "about", "at", "by", "during", "for", "from", "in", "into", "on", "tell", "telling", "tells", "to",
    "told", "with",
]);

/// Participles that name a thing when no one is their subject ("a group called “…”",
/// "what has been called the “…”"), but report speech after a subject ("he called her “…”").
const NAMING_PARTICIPLES: &Lexicon = &Lexicon::new(&["billed", "called", "labeled", "labelled", "known"]);

/// Words before a naming participle that make it a speaker's verb: pronouns, auxiliaries of
/// the active voice and adverbs ("she once called him “…”", "Trump has called it “…”").
const ACTIVE_BEFORE: &Lexicon = &Lexicon::new(&[
    "also", "ever", "even", "first", "had", "has", "have", "he", "i", "it", "just", "never", "once", "often",
    "she", "still", "then", "they", "we", "which", "who", "you",
]);

/// The fewest words a quote without a cue needs to count as speech.
const SPEECH_WORDS: usize = 4;

/// Who is heard in a quote, as far as its surroundings tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Voice {
    /// No cue and no quote it continues.
    Unknown,
    /// A cue names no one in the quote's sentence, or the quote continues an earlier one.
    Someone,
    /// A cue before the quote in its own sentence names the speaker ("Trump proclaimed a goal
    /// of “Peace Through Strength.”"), or the quote opens its sentence and hands over to a
    /// cue that names the speaker (“Growing Party,” Trump wrote).
    Speaker,
}

/// True when `quote` is a claim: quoted speech or writing, not a term set apart.
/// `before` is the text just before the opening mark (from the paragraph start or the
/// previous quote); `voice` tells who is heard in it; `is_term` whether it sits in a
/// headline or heading, or is otherwise marked as a term (single marks where speech takes
/// double ones, a nickname inside a name).
pub(crate) fn is_claim(quote: &str, before: &str, voice: Voice, is_term: bool) -> bool {
    // Counting stops where the answer is known: long quotes are not walked twice.
    let words = quote.split_whitespace().take(SPEECH_WORDS).count();
    // After "the book" or "titled" a name of any length may follow; a sentence may not.
    let named = (words < SPEECH_WORDS || title_cased(quote)) && follows_naming_word(before, quote, voice);
    let wordy = quote.chars().any(is_letter) && !(words == 1 && quote.starts_with(['@', '#']));
    let spoken = voice != Voice::Unknown || reports_saying(before);
    !is_term
        && !named
        && wordy
        && (!is_title(quote) || spoken_title(quote, before, voice))
        && (spoken || words >= SPEECH_WORDS)
}

/// True when the sentence `before` ends in names something said ("her claim that the
/// plan was …"). Reads back to the sentence start only.
fn reports_saying(before: &str) -> bool {
    let sentence = before.trim_end().rsplit(['.', '!', '?']).next().unwrap_or("");
    sentence.split_whitespace().any(|w| has(SAYING_NOUNS, w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// True when a quote in Title Case is still someone's words: a speaker's cue governs it
/// and no possessive or preposition makes it the name of a show or a work ("Clinton cited
/// his name for her, “Miss Piggy”"), or it is a sentence of its own after a speaker's quote
/// (“…,” she said. “The Donald. Big Daddy.”).
fn spoken_title(quote: &str, before: &str, voice: Voice) -> bool {
    let before = before.trim_end();
    let last = before.split_whitespace().rev().find(|w| !is_article(w)).unwrap_or("");
    let venue =
        last.ends_with(['\'', '’']) || last.ends_with("'s") || last.ends_with("’s") || has(VENUE, last);
    let own_sentence = before.ends_with(['.', '!', '?']) && quote.trim_end().ends_with(['.', '!', '?']);
    (voice == Voice::Speaker && !venue && !names_passively(before))
        || (voice != Voice::Unknown && own_sentence)
}

/// True when `before` ends in a naming participle with no speaker before it ("a film called
/// the", "has been called", "the bill, known as"): what follows is a name.
fn names_passively(before: &str) -> bool {
    let mut words = before.split_whitespace().rev().skip_while(|w| is_article(w) || *w == "as");
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    let Some(participle) = words.next().filter(|w| has(NAMING_PARTICIPLES, &bare(w))) else { return false };
    let Some(previous) = words.next() else { return false };
    let word = bare(previous);
    !participle.ends_with(',')
        && (previous.ends_with(',')
            || (word.starts_with(|c: char| c.is_lowercase())
                && !has(ACTIVE_BEFORE, &word)
                && !word.ends_with("ly")))
}

/// True when `before` ends with a word that introduces `quote` as a name ("the book",
/// "dubbed"), in the quote's own sentence: after "… his campaign." a quote opens a new
/// sentence. A word for wording does so only when no one is heard in the quote.
fn follows_naming_word(before: &str, quote: &str, voice: Voice) -> bool {
    let Some(last) = before.split_whitespace().next_back() else { return false };
    let word = last.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    let capital = quote.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    !last.ends_with(['.', '!', '?', ':', ';'])
        && (has(NAMING, word)
            || (capital && has(WORKS, word))
            || (voice == Voice::Unknown && has(WORDING, word)))
}

/// Small words a title keeps in lowercase ("Face the Nation", "Sons of Trump").
const TITLE_GLUE: &[&str] = &["a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "with"];

/// The most words a quoted title or name has.
const TITLE_WORDS: usize = 7;

/// True for a short quote in Title Case without a question or exclamation: the name of a
/// show, a book, a plan or a group ("Face the Nation," "Southern Strategy").
fn is_title(quote: &str) -> bool {
    let words = quote.split_whitespace().take(TITLE_WORDS + 1).count();
    (2..=TITLE_WORDS).contains(&words) && title_cased(quote) && !quote.trim_end().ends_with(['!', '?'])
}

/// True when every word of `quote` is capitalised but the small glue words, as in a title
/// of any length ("Crippled America: How to Make America Great Again").
fn title_cased(quote: &str) -> bool {
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let glue = |w: &str| TITLE_GLUE.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()));
    let mut words = quote.split_whitespace();
    words.next().is_some_and(capital) && words.all(|w| capital(w) || glue(w))
}

/// The words of `s`, lowercase, without punctuation: for matching a headline to the body.
pub(crate) fn normal_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// True when `needle` (normal words) occurs as a run of words in `haystack`.
pub(crate) fn repeats(haystack: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// `c.is_alphabetic()`, without the Unicode tables for ASCII and for quote marks and
/// punctuation: a quote of nothing but marks is read fast.
fn is_letter(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphabetic(),
        _ if is_mark(c) => false,
        _ => c.is_alphabetic(),
    }
}

#[cfg(test)]
mod tests {
    use super::{Voice, is_claim, normal_words, repeats};

    struct Case {
        name: &'static str,
        quote: &'static str,
        before: &'static str,
        voice: Voice,
        heading: bool,
        expect: bool,
    }

    const CASES: &[Case] = &[
        Case {
            name: "sentence",
            quote: "We can at least try to stabilize Iraq,",
            before: "",
            voice: Voice::Unknown,
            heading: false,
            expect: true,
        },
        Case {
            name: "partial with cue",
            quote: "rigged",
            before: "she said it was ",
            voice: Voice::Someone,
            heading: false,
            expect: true,
        },
        Case {
            name: "scare quote",
            quote: "assistance",
            before: "offers Iraq ",
            voice: Voice::Unknown,
            heading: false,
            expect: false,
        },
        Case {
            name: "heading",
            quote: "Stop the bleeding",
            before: "",
            voice: Voice::Unknown,
            heading: true,
            expect: false,
        },
        Case {
            name: "book title",
            quote: "The Art of the Deal and More",
            before: "his book ",
            voice: Voice::Unknown,
            heading: false,
            expect: false,
        },
        Case {
            name: "so-called",
            quote: "Sunni Awakening",
            before: "the so-called ",
            voice: Voice::Someone,
            heading: false,
            expect: false,
        },
        Case {
            name: "naming word in the sentence before",
            quote: "We will win this one easily,",
            before: "She thanked the campaign. ",
            voice: Voice::Someone,
            heading: false,
            expect: true,
        },
        Case {
            name: "speech after a naming noun",
            quote: "to keep fighting for every vote we can find",
            before: "he expects the campaign ",
            voice: Voice::Someone,
            heading: false,
            expect: true,
        },
        Case {
            name: "long title after a naming word",
            quote: "Rivers of Gold: How a Small Town Found Its Voice Again",
            before: "in his new book ",
            voice: Voice::Someone,
            heading: false,
            expect: false,
        },
        Case {
            name: "title named by a speaker's cue",
            quote: "Peace and Quiet Now.",
            before: "the senator proclaimed a goal of ",
            voice: Voice::Speaker,
            heading: false,
            expect: true,
        },
        Case {
            name: "title after a possessive",
            quote: "Morning Report",
            before: "the senator told NBC’s ",
            voice: Voice::Speaker,
            heading: false,
            expect: false,
        },
        Case {
            name: "title after a preposition and an article",
            quote: "Sunday Roundtable,",
            before: "the senator said on the ",
            voice: Voice::Speaker,
            heading: false,
            expect: false,
        },
        Case {
            name: "title under a cue that names no one",
            quote: "Peace and Quiet Now",
            before: "officials backed a policy of ",
            voice: Voice::Someone,
            heading: false,
            expect: false,
        },
        Case {
            name: "title-cased sentence after a speaker's quote",
            quote: "The Boss. Our Boss.",
            before: " she said, waving. ",
            voice: Voice::Someone,
            heading: false,
            expect: true,
        },
        Case {
            name: "words after a noun for something said",
            quote: "many thousands",
            before: "the mayor's claim that there were ",
            voice: Voice::Unknown,
            heading: false,
            expect: true,
        },
        Case {
            name: "a noun for something said in the sentence before",
            quote: "assistance",
            before: "That was his claim. The plan offers ",
            voice: Voice::Unknown,
            heading: false,
            expect: false,
        },
        Case {
            name: "words about a program, not its name",
            quote: "worse than useless.",
            before: "the governor called the jobs program ",
            voice: Voice::Speaker,
            heading: false,
            expect: true,
        },
        Case {
            name: "a term after 'phrase' with no one heard",
            quote: "open borders",
            before: "Critics say the phrase ",
            voice: Voice::Unknown,
            heading: false,
            expect: false,
        },
        Case {
            name: "words a speaker says",
            quote: "lump",
            before: "Obama said the words ",
            voice: Voice::Speaker,
            heading: false,
            expect: true,
        },
        Case {
            name: "a name after a participle with no speaker",
            quote: "Bright Futures Fund",
            before: "Ana Ruiz said she gives to a charity called the ",
            voice: Voice::Speaker,
            heading: false,
            expect: false,
        },
        Case {
            name: "a nickname a speaker calls someone",
            quote: "Sleepy Sam",
            before: "Ana Ruiz has called her rival ",
            voice: Voice::Speaker,
            heading: false,
            expect: true,
        },
    ];

    #[test]
    fn claims_and_mentions() {
        for c in CASES {
            assert_eq!(is_claim(c.quote, c.before, c.voice, c.heading), c.expect, "{}", c.name);
        }
    }

    #[test]
    fn headline_words_repeat_body_words() {
        let body = normal_words("Right now we're in a position to stop the bleeding at this point.");
        assert!(repeats(&body, &normal_words("Stop the bleeding")));
        assert!(!repeats(&body, &normal_words("Stop the war")));
    }
}
