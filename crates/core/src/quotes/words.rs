//! Words and punctuation of a stretch of text, with offsets: what cue and name rules read.
//! The marks of a nickname quoted inside a name (Marcia "Cia" Price) are left out, so the
//! name reads as one.

use crate::span::Span;

/// A word (letters, digits, inner apostrophes, hyphens and dots, a slash between digits) or
/// one punctuation char.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token<'t> {
    /// Where it is in the text.
    pub span: Span,
    /// Its text.
    pub text: &'t str,
}

impl Token<'_> {
    /// True for a word (it starts with a letter or digit).
    pub fn is_word(&self) -> bool {
        self.text.starts_with(is_word_char)
    }

    /// True for a word that starts with a capital letter.
    pub fn is_capitalised(&self) -> bool {
        self.text.starts_with(char::is_uppercase)
    }

    /// The word without a possessive ending (Connable's → Connable).
    pub fn bare(&self) -> &str {
        // Most words end in another letter: one byte test spares the two suffix searches.
        if !self.text.ends_with('s') {
            return self.text;
        }
        self.text.strip_suffix("'s").or_else(|| self.text.strip_suffix("’s")).unwrap_or(self.text)
    }

    /// True for a word's possessive ("campaign's", "Lazar's"; also "he's", which callers
    /// that care rule out), never a quote mark.
    pub fn is_owner(&self) -> bool {
        self.is_word() && self.bare().len() < self.text.len()
    }

    /// True for "a" or "an", in any case: the article that brings in someone new.
    pub fn is_indefinite_article(&self) -> bool {
        self.text.eq_ignore_ascii_case("a") || self.text.eq_ignore_ascii_case("an")
    }

    /// True for one punctuation char among `chars`.
    pub fn is_punct(&self, chars: &[char]) -> bool {
        self.text.chars().next().is_some_and(|c| chars.contains(&c)) && !self.is_word()
    }
}

/// The words of a name without possessive endings ("Mitt", "Romney" for "Mitt Romney's"), as
/// the people list keys them.
pub(crate) fn bare_words(tokens: &[Token]) -> Vec<String> {
    tokens.iter().map(|t| t.bare().to_owned()).collect()
}

/// True for a letter or digit. Punctuation, quote marks and spaces, ASCII or not, are
/// answered without the Unicode tables: text of a million quote marks stays fast.
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        '\u{a0}'..='\u{bf}' | '\u{2000}'..='\u{206f}' | '\u{3000}'..='\u{303f}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// True for the non-ASCII spaces, quote marks and punctuation that surround words: none is a
/// letter or digit, so callers can skip the Unicode tables for them.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{a0}'..='\u{a9}'
        | '\u{ab}'..='\u{b1}'
        | '\u{bb}'
        | '\u{2000}'..='\u{206f}'
        | '\u{3000}'..='\u{3004}'
        | '\u{3008}'..='\u{3020}')
}

/// The tokens of `text[span]`; white space separates and is dropped. (The engine reads
/// [`TextTokens`]; tests read small texts with this.)
#[cfg(test)]
pub(crate) fn tokens(text: &str, span: Span) -> Vec<Token<'_>> {
    // About one token per five bytes of prose: grow the list once or not at all.
    let mut out = Vec::with_capacity(span.len() / 5 + 1);
    push_tokens(text, span, &mut out);
    out
}

/// Appends the tokens of `text[span]` to `out`.
fn push_tokens<'t>(text: &'t str, span: Span, out: &mut Vec<Token<'t>>) {
    let body = span.slice(text);
    let mut i = 0;
    while let Some(c) = body.get(i..).and_then(|rest| rest.chars().next()) {
        let mut end = i + c.len_utf8();
        if c.is_whitespace() {
            i = end;
            continue;
        }
        if is_word_char(c) {
            end = word_end(body, end);
        }
        if body[end..].starts_with('.') && keeps_dot(&body[i..end]) {
            end += 1;
        }
        let at = Span::new(span.start + i, span.start + end);
        out.push(Token { span: at, text: &body[i..end] });
        i = end;
    }
}

/// Removes from `tokens[from..]` the marks of nicknames quoted inside names (`Marcia "Cia"
/// Price`, `John “Tig” Tiegen`, `Ann "Big Sis" Lee`): a capitalised word or two, the marks
/// touching them, between two capitalised words. Records each nickname's span with its
/// marks in `nicknames`.
fn drop_nickname_marks(tokens: &mut Vec<Token>, from: usize, nicknames: &mut Vec<Span>) {
    // Byte patterns of `"`, `“` and `”`: this runs on every token.
    let mark = |t: &Token| matches!(t.text.as_bytes(), [b'"'] | [0xE2, 0x80, 0x9C | 0x9D]);
    let touching = |a: &Token, b: &Token| a.span.end == b.span.start;
    // The closing mark of a nickname opening at `k`, one or two words on.
    let closing = |t: &[Token], k: usize| {
        (k + 2..=k + 3).find(|&c| {
            c + 1 < t.len()
                && mark(&t[c])
                && t[k + 1..c].iter().all(Token::is_capitalised)
                && touching(&t[k], &t[k + 1])
                && touching(&t[c - 1], &t[c])
                && t[c + 1].is_capitalised()
                && !touching(&t[c], &t[c + 1])
        })
    };
    let opens = |t: &[Token], k: usize| {
        k >= 1 && mark(&t[k]) && t[k - 1].is_capitalised() && !touching(&t[k - 1], &t[k])
    };
    let found: Vec<(usize, usize)> = (from..tokens.len())
        .filter(|&k| opens(tokens, k))
        .filter_map(|k| closing(tokens, k).map(|c| (k, c)))
        .collect();
    if found.is_empty() {
        return;
    }
    nicknames.extend(found.iter().map(|&(k, c)| Span::new(tokens[k].span.start, tokens[c].span.end)));
    let marks: Vec<usize> = found.iter().flat_map(|&(k, c)| [k, c]).collect();
    let tail = tokens.split_off(from);
    let kept = tail.into_iter().enumerate().filter(|(i, _)| marks.binary_search(&(from + i)).is_err());
    tokens.extend(kept.map(|(_, t)| t));
}

/// The tokens of every paragraph of a text, tokenised once and shared by every step that
/// reads words: finding people and reading the window around each quote.
pub(crate) struct TextTokens<'t> {
    /// All tokens, in text order.
    all: Vec<Token<'t>>,
    /// Where each paragraph's tokens start in `all`, plus the end.
    starts: Vec<usize>,
    /// Nicknames quoted inside names (`Marcia "Cia" Price`), marks included, in text order:
    /// their marks are left out of `all`, so the name reads as one.
    nicknames: Vec<Span>,
}

impl<'t> TextTokens<'t> {
    /// The tokens of the `paragraphs` (in text order) of `text`.
    pub fn new(text: &'t str, paragraphs: &[Span]) -> TextTokens<'t> {
        // About one token per five bytes of the paragraphs (not of the whole text: a caller
        // may tokenise a small window of a long article).
        let bytes: usize = paragraphs.iter().map(|p| p.len()).sum();
        let mut all = Vec::with_capacity(bytes / 5 + 1);
        let mut starts = Vec::with_capacity(paragraphs.len() + 1);
        let mut nicknames = Vec::new();
        for &p in paragraphs {
            starts.push(all.len());
            push_tokens(text, p, &mut all);
            drop_nickname_marks(&mut all, starts[starts.len() - 1], &mut nicknames);
        }
        starts.push(all.len());
        TextTokens { all, starts, nicknames }
    }

    /// True when `outer` (a quote with its marks) is a nickname inside a name.
    pub fn is_nickname(&self, outer: Span) -> bool {
        self.nicknames
            .binary_search_by(|n| n.start.cmp(&outer.start))
            .is_ok_and(|i| self.nicknames[i] == outer)
    }

    /// The tokens of paragraph `index`.
    pub fn paragraph(&self, index: usize) -> &[Token<'t>] {
        match (self.starts.get(index), self.starts.get(index + 1)) {
            (Some(&a), Some(&b)) => &self.all[a..b],
            _ => &[],
        }
    }

    /// The tokens that lie wholly inside `span`, found by binary search.
    pub fn within(&self, span: Span) -> &[Token<'t>] {
        let from = self.all.partition_point(|t| t.span.start < span.start);
        let to = self.all.partition_point(|t| t.span.end <= span.end).max(from);
        &self.all[from..to]
    }
}

/// The end of the word whose first char ends at `end`: word chars, and inner apostrophes,
/// hyphens and dots followed by a word char, and slashes between digits. ASCII letters and
/// digits go a byte at a time.
fn word_end(body: &str, mut end: usize) -> usize {
    let bytes = body.as_bytes();
    loop {
        while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            end += 1;
        }
        let Some(d) = body.get(end..).and_then(|rest| rest.chars().next()) else { return end };
        let next = end + d.len_utf8();
        // "9/11" and "24/7": a slash between digits.
        let digits =
            d == '/' && bytes[end - 1].is_ascii_digit() && bytes.get(next).is_some_and(u8::is_ascii_digit);
        let joins = (matches!(d, '\'' | '’' | '-' | '.' | '‐') || digits)
            && body.get(next..).is_some_and(|rest| rest.starts_with(is_word_char));
        if !(is_word_char(d) || joins) {
            return end;
        }
        end = next;
    }
}

/// Titles written with a dot that belongs to the word ("Sen.", "Mr.").
const DOTTED_TITLES: &[&str] = &[
    "Adm", "Atty", "Capt", "Cmdr", "Col", "Del", "Dr", "Gen", "Gov", "Jr", "Lt", "Maj", "Mr", "Mrs", "Ms",
    "Prof", "Rep", "Reps", "Rev", "Sen", "Sens", "Sgt", "Sr", "St", "Supt",
];

/// True when a dot after `word` is part of it: a title or an initial ("Marc E. Elias").
fn keeps_dot(word: &str) -> bool {
    // One capital, or capitals joined by dots: "E.", "J.J.", "U.S.".
    let initials =
        word.split('.').all(|part| part.chars().count() == 1 && part.starts_with(char::is_uppercase));
    initials || DOTTED_TITLES.contains(&word)
}

/// Abbreviations whose dot does not end a sentence, with the AP's state and month
/// abbreviations ("Jupiter, Fla. — …", "Dec. 8 (UPI) — …").
const ABBREVIATIONS: &[&str] = &[
    "Adm", "Ala", "Ariz", "Ark", "Aug", "Calif", "Capt", "Col", "Colo", "Conn", "Dec", "Dr", "Feb", "Fla",
    "Ga", "Gen", "Gov", "Ill", "Ind", "Jan", "Jr", "Kan", "Ky", "La", "Lt", "Md", "Mich", "Minn", "Miss",
    "Mo", "Mont", "Mr", "Mrs", "Ms", "Neb", "Nev", "No", "Nov", "Oct", "Okla", "Ore", "Pa", "Prof", "Rep",
    "Rev", "Sen", "Sept", "Sgt", "Sr", "St", "Tenn", "U.K", "U.N", "U.S", "Va", "Vt", "Wash", "Wis", "Wyo",
    "vs",
];

/// True when token `i` ends a sentence: `.`, `!` or `?` not after an abbreviation or initial.
pub(crate) fn ends_sentence(tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else { return false };
    if t.is_punct(&['!', '?']) {
        return true;
    }
    if !t.is_punct(&['.']) {
        return false;
    }
    let before = i.checked_sub(1).and_then(|b| tokens.get(b)).map_or("", |p| p.text);
    // "Rand Paul, R-Ky., told" and "(D-N.Y.) said": a dot before a comma, a bracket or a
    // lowercase word ends an abbreviation, not a sentence.
    let goes_on = tokens
        .get(i + 1)
        .is_some_and(|n| n.is_punct(&[',', ';', ')']) || n.text.starts_with(char::is_lowercase));
    !(ABBREVIATIONS.contains(&before) || goes_on)
}

#[cfg(test)]
mod tests {
    use super::{ends_sentence, tokens};
    use crate::span::Span;

    #[test]
    fn words_keep_inner_marks() {
        let text = "Mr. al-Maliki's U.S. plan, don’t. 9/11 and/or";
        let got: Vec<&str> = tokens(text, Span::new(0, text.len())).iter().map(|t| t.text).collect();
        assert_eq!(got, ["Mr.", "al-Maliki's", "U.S.", "plan", ",", "don’t", ".", "9/11", "and", "/", "or"]);
    }

    #[test]
    fn nickname_marks_leave_the_name_whole() {
        let text = "Sen. Robert \"Bobby\" Scott and “Tig” said \"Go\" Now, Ann “Big Sis” Lee";
        let words = super::TextTokens::new(text, &[Span::new(0, text.len())]);
        let got: Vec<&str> = words.paragraph(0).iter().map(|t| t.text).collect();
        let expect = [
            "Sen.", "Robert", "Bobby", "Scott", "and", "“", "Tig", "”", "said", "\"", "Go", "\"", "Now", ",",
        ];
        assert_eq!(got[..expect.len()], expect);
        assert_eq!(got[expect.len()..], ["Ann", "Big", "Sis", "Lee"]);
        let nick = text.find("\"Bobby").unwrap_or_default();
        assert!(words.is_nickname(Span::new(nick, nick + 7)));
        assert!(!words.is_nickname(Span::new(nick, nick + 6)));
    }

    #[test]
    fn word_chars() {
        let got: String = "a1é日«»“”‘’「」\u{a0}—-. ".chars().filter(|&c| super::is_word_char(c)).collect();
        assert_eq!(got, "a1é日");
    }

    #[test]
    fn marks_are_neither_letters_nor_digits() {
        let wrong: Vec<char> =
            ('\0'..=char::MAX).filter(|&c| super::is_mark(c) && c.is_alphanumeric()).collect();
        assert!(wrong.is_empty(), "{wrong:?}");
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text = "Mr. White left the U.S. on Tuesday. He said so, wrote J.J. E. Elias! Paul, R-Ky., left.";
        let toks = tokens(text, Span::new(0, text.len()));
        let ends: Vec<&str> =
            (0..toks.len()).filter(|&i| ends_sentence(&toks, i)).map(|i| toks[i - 1].text).collect();
        assert_eq!(ends, ["Tuesday", "Elias", "left"]);
    }
}
