//! Words for matching: the text cut into word tokens, each with its normalised keys.
//!
//! A token is a run of letters and digits, with apostrophes (straight or curly) inside it
//! ("don't", "People's"). Hyphens and spaces separate tokens alike, so "al-Qaeda" and
//! "al Qaeda" give the same tokens. Whether two tokens may belong to one term is decided
//! by the gap between them ([`joins`]).

use std::borrow::Cow;

use crate::quotes::is_mark;
use crate::span::Span;

/// One word of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Where the word is, apostrophes included.
    pub span: Span,
    /// True when only spaces and at most one hyphen separate it from the previous token.
    pub joined: bool,
}

/// True for the apostrophes a word may hold.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// True for the hyphens that join the parts of a compound ("co-opt", "al-Qaeda").
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// The ASCII letters and digits, as a table: the word scanner's inner loop.
static ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// `c.is_alphanumeric()`, answered without the Unicode tables for ASCII and [`is_mark`]
/// chars: text full of curly quotes stays fast.
fn is_alphanumeric(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        _ if is_mark(c) => false,
        _ => c.is_alphanumeric(),
    }
}

/// The word tokens of `text` inside `region`, in order.
pub(crate) fn tokens(text: &str, region: Span) -> Vec<Token> {
    Tokens::new(text, region).collect()
}

/// The word tokens of a region, one at a time (matching a long text never holds them all).
pub(crate) struct Tokens<'a> {
    text: &'a str,
    pos: usize,
    end: usize,
    /// Only spaces and hyphens since the previous token.
    gap_ok: bool,
    hyphens: u32,
}

impl<'a> Tokens<'a> {
    /// The tokens of `text` inside `region` (an empty iterator when `region` does not fit).
    pub(crate) fn new(text: &'a str, region: Span) -> Tokens<'a> {
        let fits = text.get(region.start..region.end).is_some();
        let (pos, end) = if fits { (region.start, region.end) } else { (0, 0) };
        Tokens { text, pos, end, gap_ok: false, hyphens: 0 }
    }

    /// The char at byte `i` (a char boundary) and its length, or `None` at the region's end.
    fn char_at(&self, i: usize) -> Option<(char, usize)> {
        if i >= self.end {
            return None;
        }
        let b = *self.text.as_bytes().get(i)?;
        if b < 0x80 {
            return Some((char::from(b), 1));
        }
        let c = self.text.get(i..)?.chars().next()?;
        Some((c, c.len_utf8()))
    }

    /// The end of the word starting at `start`: letters and digits, with apostrophes
    /// between them. Runs of ASCII letters and digits are skipped a byte at a time.
    fn word_end(&self, start: usize) -> usize {
        let region = self.text.as_bytes().get(..self.end).unwrap_or_default();
        let mut end = start;
        loop {
            while region.get(end).is_some_and(|&b| ASCII_WORD[usize::from(b)]) {
                end += 1;
            }
            let Some((c, len)) = self.char_at(end) else { return end };
            let next_alnum = || self.char_at(end + len).is_some_and(|(d, _)| is_alphanumeric(d));
            if is_alphanumeric(c) || (is_apostrophe(c) && next_alnum()) {
                end += len;
            } else {
                return end;
            }
        }
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        while let Some((c, len)) = self.char_at(self.pos) {
            if is_alphanumeric(c) {
                let start = self.pos;
                self.pos = self.word_end(start);
                let joined = self.gap_ok && self.hyphens <= 1;
                self.gap_ok = true;
                self.hyphens = 0;
                return Some(Token { span: Span::new(start, self.pos), joined });
            }
            if is_hyphen(c) {
                self.hyphens += 1;
            } else if !c.is_whitespace() {
                self.gap_ok = false;
            }
            self.pos += len;
        }
        None
    }
}

/// The key of a word for case-insensitive matching: lower case, curly apostrophes straight.
/// Writes into `buf` to spare an allocation per word.
pub(crate) fn fold_into(word: &str, buf: &mut String) {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        if is_apostrophe(c) {
            buf.push('\'');
        } else {
            buf.extend(c.to_lowercase());
        }
    }
}

/// The key of a word for case-sensitive matching: as written, curly apostrophes straight.
pub(crate) fn exact_into(word: &str, buf: &mut String) {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
    } else {
        buf.extend(word.chars().map(|c| if is_apostrophe(c) { '\'' } else { c }));
    }
}

/// The forms a final word may stand for: without a possessive ("Kurdistan's", "ISIS'"
/// never reaches here: the apostrophe is outside the token), or singular ("Sunnis",
/// "missiles", "churches", "militias", "territories"). Returns up to two forms.
pub(crate) fn stems(key: &str) -> [Option<Cow<'_, str>>; 2] {
    if let Some(base) = key.strip_suffix("'s") {
        return [Some(Cow::Borrowed(base)), None];
    }
    let ends_s = key.ends_with('s') && !key.ends_with("ss") && !key.ends_with("'s");
    if !ends_s || key.chars().count() < 4 {
        return [None, None];
    }
    let one = key.strip_suffix('s').map(Cow::Borrowed);
    let two = if let Some(base) = key.strip_suffix("ies") {
        Some(Cow::Owned(format!("{base}y")))
    } else {
        let sibilant = |b: &&str| b.ends_with(['s', 'x', 'z']) || b.ends_with("ch") || b.ends_with("sh");
        key.strip_suffix("es").filter(sibilant).map(Cow::Borrowed)
    };
    [one, two]
}

#[cfg(test)]
mod tests {
    use super::{stems, tokens};
    use crate::span::Span;

    fn words(text: &str) -> Vec<(&str, bool)> {
        tokens(text, Span::new(0, text.len())).iter().map(|t| (t.span.slice(text), t.joined)).collect()
    }

    #[test]
    fn tokens_and_joins() {
        let cases: &[(&str, &[(&str, bool)])] = &[
            ("al-Qaeda", &[("al", false), ("Qaeda", true)]),
            ("al Qaeda's men", &[("al", false), ("Qaeda's", true), ("men", true)]),
            ("Iraq. State", &[("Iraq", false), ("State", false)]),
            ("ISIS' rise", &[("ISIS", false), ("rise", false)]),
            ("don’t  go", &[("don’t", false), ("go", true)]),
            ("a -- b", &[("a", false), ("b", false)]),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(words(text), *want, "{text}");
        }
    }

    #[test]
    fn alphanumeric_shortcut_agrees_with_std() {
        let wrong: Vec<char> =
            ('\0'..=char::MAX).filter(|&c| super::is_alphanumeric(c) != c.is_alphanumeric()).collect();
        assert!(wrong.is_empty(), "{wrong:?}");
    }

    #[test]
    fn stem_table() {
        let cases: &[(&str, [Option<&str>; 2])] = &[
            ("kurdistan's", [Some("kurdistan"), None]),
            ("sunnis", [Some("sunni"), None]),
            ("churches", [Some("churche"), Some("church")]),
            ("territories", [Some("territorie"), Some("territory")]),
            ("congress", [None, None]),
            ("us", [None, None]),
            ("iraq", [None, None]),
        ];
        for (key, want) in cases {
            let got = stems(key);
            assert_eq!([got[0].as_deref(), got[1].as_deref()], *want, "{key}");
        }
    }
}
