//! Words for matching: the text cut into word tokens, each with its normalised keys.
//!
//! A token is a run of letters and digits, with apostrophes (straight or curly) inside it
//! ("don't", "People's"). Hyphens and spaces separate tokens alike, so "al-Qaeda" and
//! "al Qaeda" give the same tokens. Whether two tokens may belong to one term is decided
//! by the gap between them ([`joins`]).

use std::borrow::Cow;

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

/// The word tokens of `text` inside `region`, in order.
pub(crate) fn tokens(text: &str, region: Span) -> Vec<Token> {
    let mut out = Vec::new();
    let Some(slice) = text.get(region.start..region.end) else { return out };
    let mut chars = slice.char_indices().peekable();
    let mut gap_ok = false;
    let mut hyphens = 0;
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    chars.next();
                } else if is_apostrophe(d) && slice[j + d.len_utf8()..].starts_with(char::is_alphanumeric) {
                    chars.next();
                } else {
                    break;
                }
            }
            let span = Span::new(region.start + i, region.start + end);
            out.push(Token { span, joined: gap_ok && hyphens <= 1 });
            gap_ok = true;
            hyphens = 0;
        } else if is_hyphen(c) {
            hyphens += 1;
        } else if !c.is_whitespace() {
            gap_ok = false;
        }
    }
    out
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
