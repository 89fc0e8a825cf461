//! Which characters of a paragraph are quote marks, and which way each one faces.
//!
//! A mark's role comes from the character itself, the paragraph's typographic style
//! (English “…” or German „…“, French «…» or German »…«) and its neighbours: a straight `"`
//! after a space opens, one before a space closes; a `'` or `’` between letters is an
//! apostrophe (don't, Connable's), and one before a digit elides a century ('90s).

use super::words::is_word_char;
use crate::span::Span;

/// The family of a quote mark: only marks of one family pair with each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// `"`, `“ ”`, `„`.
    Double,
    /// `'`, `‘ ’`, `‚`.
    Single,
    /// `« »`, `‹ ›`.
    Angle,
    /// `「 」`, `『 』`.
    Corner,
}

/// What a mark does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// Opens a quote.
    Open,
    /// Closes an open quote of its family; with none open it is an apostrophe or a stray.
    Close,
    /// A straight mark with no telling neighbours: closes an open quote, else opens one.
    Either,
}

/// One quote mark in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mark {
    /// The mark's bytes.
    pub span: Span,
    /// Its family.
    pub family: Family,
    /// Its role.
    pub role: Role,
}

/// The typographic conventions of one paragraph.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Style {
    /// German low-high pairs: `„…“` and `‚…‘`, so `“` and `‘` close.
    pub low_high: bool,
    /// German guillemets `»…«`, so `»` opens.
    pub inward_angles: bool,
}

impl Style {
    /// The style `text` shows, or `fallback` for the conventions it does not show.
    /// One pass that decodes only the non-ASCII characters.
    pub fn of(text: &str, fallback: Style) -> Style {
        let (mut low, mut high_close) = (0usize, 0usize);
        let mut first_angle = None;
        // Only lead bytes of non-ASCII chars are decoded.
        let starts = text.bytes().enumerate().filter(|&(_, b)| b >= 0xC0);
        for c in starts.filter_map(|(i, _)| text.get(i..)?.chars().next()) {
            match c {
                '„' | '‚' => low += 1,
                '”' => high_close += 1,
                '«' | '»' | '‹' | '›' if first_angle.is_none() => first_angle = Some(c),
                _ => {}
            }
        }
        let low_high = if low + high_close > 0 { low >= high_close } else { fallback.low_high };
        let inward_angles = first_angle.map_or(fallback.inward_angles, |c| matches!(c, '»' | '›'));
        Style { low_high, inward_angles }
    }
}

/// Bytes that may start a quote mark or markup: `"`, `'`, `<`, and the lead bytes of every
/// non-ASCII mark (`«»` U+00AB/BB; `‘’‚“”„‹›` U+2018–203A; `「」『』` U+300C–300F). The
/// scan jumps between them; the rest of the text is never decoded.
static MAY_START_MARK: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = matches!(i as u8, b'"' | b'\'' | b'<' | 0xC2 | 0xE2 | 0xE3);
        i += 1;
    }
    table
};

/// The quote marks of `text[span]`, in order, given the paragraph's `style`.
pub(crate) fn marks(text: &str, span: Span, style: Style) -> Vec<Mark> {
    let body = span.slice(text);
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(skip) =
        bytes.get(i..).and_then(|rest| rest.iter().position(|&b| MAY_START_MARK[usize::from(b)]))
    {
        i += skip;
        let Some(mut c) = body.get(i..).and_then(|rest| rest.chars().next()) else { break };
        let mut len = c.len_utf8();
        let next_char = |at: usize| body.get(at..).and_then(|rest| rest.chars().next());
        // Marks inside markup (<tweet author="…">) are attribute quotes, not quotes.
        if c == '<' && next_char(i + 1).is_some_and(|n| n.is_ascii_alphabetic() || n == '/') {
            i = bytes[i..].iter().position(|&b| b == b'>').map_or(bytes.len(), |end| i + end + 1);
            continue;
        }
        // Two apostrophes stand for a double quote mark (''like this'').
        if c == '\'' && bytes.get(i + 1) == Some(&b'\'') {
            (c, len) = ('"', 2);
        }
        let prev = body.get(..i).and_then(|before| before.chars().next_back());
        if let Some((family, role)) = classify(c, prev, next_char(i + len), style) {
            let start = span.start + i;
            out.push(Mark { span: Span::new(start, start + len), family, role });
        }
        i += len;
    }
    out
}

/// The family and role of `c` between `prev` and `next`, or `None` when it is no quote mark.
fn classify(c: char, prev: Option<char>, next: Option<char>, style: Style) -> Option<(Family, Role)> {
    let opens_here = prev.is_none_or(opening_context);
    let closes_here = next.is_none_or(closing_context);
    let straight = || match (opens_here, closes_here) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    };
    let facing = |opens: bool| if opens { Role::Open } else { Role::Close };
    match c {
        '"' => Some((Family::Double, straight())),
        // Some sites close quotes with “ too (“expedited review“ of …): after a word and
        // before a space it closes an open quote.
        '“' if !style.low_high && !opens_here && closes_here => Some((Family::Double, Role::Either)),
        '“' => Some((Family::Double, facing(!style.low_high))),
        // A paragraph that starts with ” (some sites open quotes with it) opens a quote.
        '”' if prev.is_none() || (opens_here && !closes_here) => Some((Family::Double, Role::Either)),
        '”' => Some((Family::Double, Role::Close)),
        '„' => Some((Family::Double, Role::Open)),
        '‘' if is_apostrophe(prev, next) => None,
        // After a word and before a space ‘ stands for ’ (CBS‘ show, ‘like this‘).
        '‘' if !style.low_high && !opens_here && closes_here => Some((Family::Single, Role::Close)),
        '‘' => Some((Family::Single, facing(!style.low_high))),
        '‚' if style.low_high => Some((Family::Single, Role::Open)),
        '\'' | '’' if is_apostrophe(prev, next) => None,
        '\'' => Some((Family::Single, straight())).filter(|&(_, r)| r != Role::Either),
        '’' => Some((Family::Single, Role::Close)),
        '«' | '‹' => Some((Family::Angle, facing(!style.inward_angles))),
        '»' | '›' => Some((Family::Angle, facing(style.inward_angles))),
        '「' | '『' => Some((Family::Corner, Role::Open)),
        '」' | '』' => Some((Family::Corner, Role::Close)),
        _ => None,
    }
}

/// True for an apostrophe: between letters or digits (don't, Connable's, 1990's), or
/// eliding the start of a number or word after a space ('90s, 'em).
fn is_apostrophe(prev: Option<char>, next: Option<char>) -> bool {
    let word = |c: Option<char>| c.is_some_and(is_word_char);
    (word(prev) && word(next))
        || (prev.is_none_or(char::is_whitespace) && next.is_some_and(|c| c.is_ascii_digit()))
}

/// True for a character after which a mark opens: a space, opening punctuation or an
/// invisible formatting character (a paragraph may start with a left-to-right mark).
fn opening_context(c: char) -> bool {
    c.is_whitespace()
        || is_format(c)
        || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '„' | '«' | '»' | '"' | '\'')
}

/// True for the invisible formatting characters that pasted text carries: zero-width
/// spaces and joiners, direction marks and embeddings, the byte-order mark.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// True for a character before which a mark closes: a space or closing punctuation.
fn closing_context(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | ')'
                | ']'
                | '}'
                | '—'
                | '–'
                | '-'
                | '…'
                | '”'
                | '’'
                | '"'
                | '\''
                | '»'
                | '«'
        )
}

#[cfg(test)]
mod tests {
    use super::{Family, Role, Style, marks};
    use crate::span::Span;

    struct Case {
        name: &'static str,
        input: &'static str,
        expect: &'static [(Family, Role)],
    }

    const D: Family = Family::Double;
    const S: Family = Family::Single;
    const A: Family = Family::Angle;

    const CASES: &[Case] = &[
        Case { name: "straight pair", input: "a \"b\" c", expect: &[(D, Role::Open), (D, Role::Close)] },
        Case { name: "curly pair", input: "“b”", expect: &[(D, Role::Open), (D, Role::Close)] },
        Case { name: "german low-high", input: "„b“", expect: &[(D, Role::Open), (D, Role::Close)] },
        Case { name: "apostrophes are no marks", input: "don't Connable's '90s", expect: &[] },
        Case { name: "curly apostrophe", input: "don’t", expect: &[] },
        Case {
            name: "single quote pair",
            input: "a 'Stop it' b",
            expect: &[(S, Role::Open), (S, Role::Close)],
        },
        Case { name: "plural possessive closes", input: "ISIS' men", expect: &[(S, Role::Close)] },
        Case { name: "french guillemets", input: "« oui »", expect: &[(A, Role::Open), (A, Role::Close)] },
        Case { name: "german guillemets", input: "»ja«", expect: &[(A, Role::Open), (A, Role::Close)] },
        Case { name: "markup attributes", input: "<tweet id=\"1\">x</tweet>", expect: &[] },
        Case {
            name: "closing mark opening a paragraph",
            input: "” … and so we left,” she said.",
            expect: &[(D, Role::Either), (D, Role::Close)],
        },
        Case {
            name: "closing mark after a direction mark",
            input: "\u{202A}”Go home,” one reader wrote.",
            expect: &[(D, Role::Either), (D, Role::Close)],
        },
        Case {
            name: "opening single mark as a plural possessive",
            input: "On CBS‘ show she said, “No.”",
            expect: &[(S, Role::Close), (D, Role::Open), (D, Role::Close)],
        },
        Case {
            name: "opening mark closing a quote",
            input: "called it “abhorrent“ on Sunday",
            expect: &[(D, Role::Open), (D, Role::Either)],
        },
        Case {
            name: "opening single mark as apostrophe",
            input: "the Senate‘s “plan”",
            expect: &[(D, Role::Open), (D, Role::Close)],
        },
        Case {
            name: "doubled apostrophes",
            input: "a ''b,'' c",
            expect: &[(D, Role::Open), (D, Role::Close)],
        },
    ];

    #[test]
    fn roles() {
        for case in CASES {
            let span = Span::new(0, case.input.len());
            let style = Style::of(case.input, Style::default());
            let got: Vec<_> = marks(case.input, span, style).iter().map(|m| (m.family, m.role)).collect();
            assert_eq!(got, case.expect, "{}", case.name);
        }
    }
}
