//! Behaviour of [`structure`] on small texts; the real sample is covered by `tests/golden`.

use super::structure;

/// The outline of `text`, one string per part of the article (quote lines left out).
fn outline(text: &str) -> Vec<String> {
    let all = crate::outline(text, &crate::analyze(text));
    all.lines()
        .filter(|l| !l.starts_with("quote ") && !l.starts_with("speaker "))
        .map(str::to_owned)
        .collect()
}

struct Case {
    name: &'static str,
    input: &'static str,
    expect: &'static [&'static str],
}

const BASICS: &[Case] = &[
    Case { name: "empty", input: "", expect: &[] },
    Case {
        name: "one line is a paragraph, not a title",
        input: "Just one line.",
        expect: &["p: Just one line."],
    },
    Case {
        name: "paragraphs without a headline",
        input: "The first paragraph of a pasted story, which is long enough to be clearly prose and not a headline of any kind at all.\n\nThe second one.",
        expect: &[
            "p: The first paragraph of a pasted story, which is long enough to be clearly prose and not a headline of any kind at all.",
            "p: The second one.",
        ],
    },
    Case {
        name: "headline, byline and date in either order",
        input: "Big news today\n12 June 2014\nBy Jane Doe\n\nIt happened.\n\nMore happened.",
        expect: &[
            "title: Big news today",
            "byline: Jane Doe",
            "date: 12 June 2014",
            "standfirst: It happened.",
            "p: More happened.",
        ],
    },
    Case {
        name: "single newlines separate paragraphs that end sentences",
        input: "Headline\nFirst sentence ends.\nSecond paragraph ends.",
        expect: &["title: Headline", "standfirst: First sentence ends.", "p: Second paragraph ends."],
    },
    Case {
        name: "hard-wrapped paragraph is one block",
        input: "Headline\n\nThis paragraph was wrapped at a fixed width by an old\nmail program so every line breaks in the middle of a\nsentence.",
        expect: &[
            "title: Headline",
            "standfirst: This paragraph was wrapped at a fixed width by an old / mail program so every line breaks in the middle of a / sentence.",
        ],
    },
    Case {
        name: "section headings",
        input: "Headline\n\nLede.\n\nA section\n\nBody text.\n\n'Stop the bleeding'\n\nMore text.",
        expect: &[
            "title: Headline",
            "standfirst: Lede.",
            "heading: A section",
            "p: Body text.",
            "heading: 'Stop the bleeding'",
            "p: More text.",
        ],
    },
];

const DEBRIS: &[Case] = &[
    Case {
        name: "skip links, caption and credit, more stories",
        input: "1. Skip to content\n  2. Skip to main menu\nSoldiers in the city\nImage: picture-alliance/dpa\n\nHeadline here\n\nA first paragraph that is long enough to count as running prose in an article about something.\n\nSkip next section More stories\nAnother story's headline\nGo to homepage",
        expect: &[
            "title: Headline here",
            "standfirst: A first paragraph that is long enough to count as running prose in an article about something.",
            "removed navigation: 1. Skip to content / 2. Skip to main menu",
            "removed caption: Soldiers in the city / Image: picture-alliance/dpa",
            "removed more stories: Skip next section More stories / Another story's headline / Go to homepage",
        ],
    },
    Case {
        name: "a tail marker before any prose is kept",
        input: "Most read\n\nThis is the first paragraph.",
        expect: &["title: Most read", "standfirst: This is the first paragraph."],
    },
];

fn run(cases: &[Case]) {
    for case in cases {
        assert_eq!(outline(case.input), case.expect, "case: {}", case.name);
    }
}

#[test]
fn basics() {
    run(BASICS);
}

#[test]
fn debris() {
    run(DEBRIS);
}

#[test]
fn spans_are_char_boundaries_for_odd_text() {
    for text in ["\u{feff}é\r\n\r\nü", "«»\n\n„“", "\r\r\r", "a\u{2028}b", "  \n é \n"] {
        let a = structure(text);
        let spans = a
            .title
            .into_iter()
            .chain(a.blocks.iter().map(|b| b.span))
            .chain(a.removed.iter().map(|r| r.span));
        for span in spans {
            assert!(text.get(span.start..span.end).is_some(), "{text:?} {span:?}");
        }
    }
}
