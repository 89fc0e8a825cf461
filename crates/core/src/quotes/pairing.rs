//! Pairing quote marks into quotes, one paragraph at a time.
//!
//! Marks pair on a stack, so quotes nest ('inner' quotes inside "outer" ones) and only the
//! outermost pair makes a quote. A paragraph that leaves a double quote open is a quote
//! running on into the next paragraph when that one reopens it; otherwise the open quote
//! ends with its paragraph, so a stray mark never damages the rest of the text.

use super::marks::{Family, Mark, Role, Style, marks};
use crate::span::Span;

/// A quote found between marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    /// The quoted words, inside the marks, trimmed of white space.
    pub inner: Span,
    /// The quote with its marks (up to the paragraph end when unclosed).
    pub outer: Span,
    /// Index of the paragraph it lies in.
    pub paragraph: usize,
    /// False when no closing mark was found in the paragraph.
    pub closed: bool,
    /// True when the quote runs on into the next paragraph, which reopens it.
    pub runs_on: bool,
}

/// The quotes of each paragraph of `text`, in text order. `paragraphs` are in text order.
pub(crate) fn pair(text: &str, paragraphs: &[Span]) -> Vec<Found> {
    let document = Style::of(text, Style::default());
    let mut out = Vec::new();
    for (index, &span) in paragraphs.iter().enumerate() {
        let style = Style::of(span.slice(text), document);
        let next_opens = paragraphs.get(index + 1).is_some_and(|&next| opens_with_quote(text, next));
        pair_paragraph(text, span, &marks(text, span, style), next_opens, index, &mut out);
    }
    out
}

/// True when the paragraph's first visible character opens a double quote or guillemet.
fn opens_with_quote(text: &str, span: Span) -> bool {
    span.slice(text).trim_start().starts_with(['"', '“', '„', '«', '»', '「'])
}

/// Pairs the `marks` of one paragraph and appends its quotes to `out`.
fn pair_paragraph(
    text: &str,
    span: Span,
    marks: &[Mark],
    next_opens: bool,
    index: usize,
    out: &mut Vec<Found>,
) {
    let mut stack = Stack::default();
    // Quotes inside single marks that may be apostrophes: quotes if those never close.
    let mut under_singles = Vec::new();
    for &mark in marks {
        match (mark.role, stack.last_of(mark.family)) {
            (Role::Close | Role::Either, Some(at)) => {
                let quote =
                    found(text, stack.marks[at].span.end, mark.span.start, mark.span.end, index, true);
                if at == 0 {
                    out.extend(quote);
                    under_singles.clear();
                } else if stack.only_singles_below(at) {
                    under_singles.extend(quote);
                }
                stack.truncate(at);
            }
            (Role::Open | Role::Either, _) => stack.push(mark),
            (Role::Close, None) => {}
        }
    }
    // An open single quote at the end is an apostrophe ('em, rock 'n' roll), not a quote,
    // and the quotes it seemed to hold are quotes of their own.
    let open = stack.marks.first().filter(|m| m.family != Family::Single);
    if stack.marks.first().is_some_and(|m| m.family == Family::Single) {
        out.append(&mut under_singles);
    }
    if let Some(mut f) = open.and_then(|open| found(text, open.span.end, span.end, span.end, index, false)) {
        f.runs_on = next_opens;
        out.push(f);
    }
}

/// The open marks of a paragraph, with the positions of each family's marks on the side, so
/// that finding the innermost open mark of a family takes constant time however deep the
/// stack grows (a paragraph of a million opening marks stays linear).
#[derive(Default)]
struct Stack {
    marks: Vec<Mark>,
    /// Stack positions of the open marks of each family, in order.
    by_family: [Vec<usize>; 4],
}

impl Stack {
    fn family_index(family: Family) -> usize {
        match family {
            Family::Double => 0,
            Family::Single => 1,
            Family::Angle => 2,
            Family::Corner => 3,
        }
    }

    fn push(&mut self, mark: Mark) {
        self.by_family[Stack::family_index(mark.family)].push(self.marks.len());
        self.marks.push(mark);
    }

    /// Stack position of the innermost open mark of `family`.
    fn last_of(&self, family: Family) -> Option<usize> {
        self.by_family[Stack::family_index(family)].last().copied()
    }

    /// True when every open mark below stack position `at` is a single mark and the mark
    /// at `at` is not: the only other kind of mark open is the one at `at`.
    fn only_singles_below(&self, at: usize) -> bool {
        let singles = &self.by_family[Stack::family_index(Family::Single)];
        self.marks.get(at).is_some_and(|m| m.family != Family::Single)
            && self.marks.len() - singles.len() == 1
            && singles.first().is_some_and(|&first| first < at)
    }

    /// Drops the marks from stack position `at` on.
    fn truncate(&mut self, at: usize) {
        while self.marks.len() > at {
            if let Some(mark) = self.marks.pop() {
                self.by_family[Stack::family_index(mark.family)].pop();
            }
        }
    }
}

/// The quote between byte `from` (after the opening mark) and `to` (before the closing
/// mark, or the paragraph end), ending at `outer_end`; `None` when it holds only spaces.
fn found(
    text: &str,
    from: usize,
    to: usize,
    outer_end: usize,
    paragraph: usize,
    closed: bool,
) -> Option<Found> {
    let inner = trim(text, Span::new(from, to));
    let outer = Span::new(opening_mark_start(text, from), outer_end);
    (!inner.is_empty()).then_some(Found { inner, outer, paragraph, closed, runs_on: false })
}

/// Where the opening mark that ends at byte `from` starts (`''` is one mark of two bytes).
fn opening_mark_start(text: &str, from: usize) -> usize {
    let before = text.get(..from).unwrap_or("");
    let len = if before.ends_with("''") { 2 } else { before.chars().next_back().map_or(0, char::len_utf8) };
    from - len
}

/// `span` without leading and trailing white space (including no-break spaces).
fn trim(text: &str, span: Span) -> Span {
    let body = span.slice(text);
    let start = span.start + (body.len() - body.trim_start().len());
    let end = span.end - (body.len() - body.trim_end().len());
    Span::new(start, end)
}

#[cfg(test)]
mod tests {
    use super::pair;
    use crate::span::Span;

    struct Case {
        name: &'static str,
        input: &'static str,
        expect: &'static [&'static str],
    }

    const BASICS: &[Case] = &[
        Case { name: "straight", input: "He said \"go now,\" and left.", expect: &["go now,"] },
        Case { name: "curly", input: "“One,” she said. “Two.”", expect: &["One,", "Two."] },
        Case { name: "german", input: "Er sagte: „Wir gehen.“", expect: &["Wir gehen."] },
        Case { name: "german guillemets", input: "Er sagte: »Wir gehen.«", expect: &["Wir gehen."] },
        Case {
            name: "french with no-break spaces",
            input: "Il a dit : «\u{a0}Non.\u{a0}»",
            expect: &["Non."],
        },
        Case { name: "corner brackets", input: "彼は「行く」と言った。", expect: &["行く"] },
        Case {
            name: "headline single quotes",
            input: "US offers Iraq 'assistance' against ISIS'",
            expect: &["assistance"],
        },
    ];

    const NESTING: &[Case] = &[
        Case {
            name: "inner single quote stays inside",
            input: "\"They call it 'the surge' now,\" he said.",
            expect: &["They call it 'the surge' now,"],
        },
        Case {
            name: "apostrophes inside a quote",
            input: "“We don’t know what Connable’s '90s plan was,” she said.",
            expect: &["We don’t know what Connable’s '90s plan was,"],
        },
        Case { name: "plural possessive outside", input: "The rebels' \"plan\" failed.", expect: &["plan"] },
        Case {
            name: "opening single mark as apostrophe",
            input: "The Senate‘s “plan” failed, the “report” says.",
            expect: &["plan", "report"],
        },
    ];

    const DAMAGE: &[Case] = &[
        Case {
            name: "a stray single mark holds no quotes",
            input: "the ‘new deal “for all of us,” she said, and “again.”",
            expect: &["for all of us,", "again."],
        },
        Case {
            name: "double quotes inside a closed single quote stay inside",
            input: "a 'He said \"no\" to me' b",
            expect: &["He said \"no\" to me"],
        },
        Case {
            name: "opening marks that close",
            input: "It was “abhorrent,“ she said, and “a disgrace“ too.",
            expect: &["abhorrent,", "a disgrace"],
        },
        Case {
            name: "unclosed ends with its paragraph",
            input: "He said \"go now.\n\nNext \"one\".",
            expect: &["go now.", "one"],
        },
        Case {
            name: "multi-paragraph quote",
            input: "\"First part.\n\n\"Second part.\" he said.",
            expect: &["First part.", "Second part."],
        },
        Case { name: "stray closing mark", input: "a” b “c”", expect: &["c"] },
    ];

    /// Paragraphs of a test text: its blank-line separated chunks.
    fn paragraphs(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = 0;
        for part in text.split("\n\n") {
            out.push(Span::new(start, start + part.len()));
            start += part.len() + 2;
        }
        out
    }

    #[test]
    fn tables() {
        for case in BASICS.iter().chain(NESTING).chain(DAMAGE) {
            let got: Vec<&str> =
                pair(case.input, &paragraphs(case.input)).iter().map(|f| f.inner.slice(case.input)).collect();
            assert_eq!(got, case.expect, "{}", case.name);
        }
    }

    #[test]
    fn runs_on_only_when_reopened() {
        let text = "\"First part.\n\n\"Second.\"\n\n\"Third";
        let runs: Vec<bool> = pair(text, &paragraphs(text)).iter().map(|f| f.runs_on).collect();
        assert_eq!(runs, [true, false, false]);
    }
}
