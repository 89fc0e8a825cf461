//! Table tests of matching, glossary parsing and the article's own notes.

use super::{Entry, Glossary, GlossaryFormat, NoteSource};
use crate::analysis::analyze_with;

/// An entry named `term` with `aliases`, matched case-sensitively when `sensitive`.
fn entry(term: &str, aliases: &[&str], sensitive: bool) -> Entry {
    Entry {
        term: term.to_owned(),
        aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
        note: format!("About {term}."),
        category: None,
        link: None,
        case_sensitive: sensitive,
        source: NoteSource::Builtin,
    }
}

fn glossary() -> Glossary {
    Glossary::new(vec![
        entry("US", &["United States"], true),
        entry("Kurdistan", &[], false),
        entry("Kurdistan Region", &[], false),
        entry("Sunni", &[], false),
        entry("Sunni Awakening", &[], false),
        entry("al-Qaeda", &["al Qaeda"], false),
        entry("ISIS", &[], true),
        entry("Hellfire missile", &[], false),
        entry("co-opt", &[], false),
        entry("People's Liberation Army", &["PLA"], false),
        entry("Congress", &[], false),
        entry("militia", &[], false),
        entry("territory", &[], false),
        entry("United Nations", &["UN"], false),
    ])
}

struct Case {
    name: &'static str,
    text: &'static str,
    /// (term, mention as written), in text order.
    expect: &'static [(&'static str, &'static str)],
}

const BASICS: &[Case] = &[
    Case { name: "whole word", text: "Kurdistani Kurdistan", expect: &[("Kurdistan", "Kurdistan")] },
    Case { name: "case-insensitive", text: "KURDISTAN", expect: &[("Kurdistan", "KURDISTAN")] },
    Case { name: "case-sensitive", text: "let us go to the US", expect: &[("US", "US")] },
    Case {
        name: "longest wins",
        text: "the Kurdistan Region's",
        expect: &[("Kurdistan Region", "Kurdistan Region")],
    },
    Case {
        name: "non-overlapping",
        text: "Sunni Awakening and Sunni",
        expect: &[("Sunni Awakening", "Sunni Awakening"), ("Sunni", "Sunni")],
    },
    Case { name: "alias", text: "the United States", expect: &[("US", "United States")] },
    Case { name: "inside quotes", text: "\"Kurdistan,\" he said", expect: &[("Kurdistan", "Kurdistan")] },
];

const VARIANTS: &[Case] = &[
    Case { name: "possessive", text: "Kurdistan's oil", expect: &[("Kurdistan", "Kurdistan")] },
    Case { name: "curly possessive", text: "Kurdistan\u{2019}s oil", expect: &[("Kurdistan", "Kurdistan")] },
    Case { name: "plural", text: "Iraq's Sunnis", expect: &[("Sunni", "Sunnis")] },
    Case { name: "plural possessive", text: "ISIS' rise", expect: &[("ISIS", "ISIS")] },
    Case {
        name: "plural phrase",
        text: "hellfire missiles",
        expect: &[("Hellfire missile", "hellfire missiles")],
    },
    Case { name: "-ies plural", text: "occupied territories", expect: &[("territory", "territories")] },
    Case { name: "plain plural", text: "Shiite militias", expect: &[("militia", "militias")] },
    Case { name: "hyphen for space", text: "al-Qaeda", expect: &[("al-Qaeda", "al-Qaeda")] },
    Case { name: "space for hyphen", text: "al Qaeda", expect: &[("al-Qaeda", "al Qaeda")] },
    Case {
        name: "hyphen in term",
        text: "to co-opt or co opt",
        expect: &[("co-opt", "co-opt"), ("co-opt", "co opt")],
    },
    Case {
        name: "curly apostrophe in term",
        text: "the People\u{2019}s Liberation Army",
        expect: &[("People's Liberation Army", "People\u{2019}s Liberation Army")],
    },
];

const REGRESSION: &[Case] = &[
    Case { name: "no stem for -ss", text: "Congress", expect: &[("Congress", "Congress")] },
    Case { name: "no match across a full stop", text: "Sunni. Awakening", expect: &[("Sunni", "Sunni")] },
    Case { name: "no match across a comma", text: "al, Qaeda", expect: &[] },
    Case { name: "us is not US", text: "us, Us", expect: &[] },
    Case {
        name: "acronym alias keeps its case",
        text: "un-American UN",
        expect: &[("United Nations", "UN")],
    },
    Case { name: "empty", text: "", expect: &[] },
];

#[test]
fn matching() {
    let glossary = glossary();
    for case in BASICS.iter().chain(VARIANTS).chain(REGRESSION) {
        let notes = glossary.notes_in(case.text);
        let mut got: Vec<(usize, &str, &str)> = notes
            .iter()
            .flat_map(|n| n.mentions.iter().map(move |m| (m.start, n.term.as_str(), m.slice(case.text))))
            .collect();
        got.sort();
        let got: Vec<(&str, &str)> = got.into_iter().map(|(_, t, m)| (t, m)).collect();
        assert_eq!(got, case.expect, "{}", case.name);
    }
}

struct ParseCase {
    name: &'static str,
    format: GlossaryFormat,
    text: &'static str,
    /// Terms loaded, in order.
    terms: &'static [&'static str],
    /// Errors, as displayed.
    errors: &'static [&'static str],
}

const PARSING: &[ParseCase] = &[
    ParseCase {
        name: "csv",
        format: GlossaryFormat::Csv,
        text: "term,note,aliases,link\nSFA,\"An agreement, signed 2008.\",Strategic Framework; SFA deal,https://x.example\n",
        terms: &["SFA"],
        errors: &[],
    },
    ParseCase {
        name: "csv bad lines",
        format: GlossaryFormat::Csv,
        text: "Term, Note\nA,fine\n,no term\nB,\n\nC,\"multi\nline\"\nD,\"open",
        terms: &["A", "C"],
        errors: &[
            "line 3: the term is empty",
            "line 4: the note for 'B' is empty",
            "line 8: a quoted field is never closed (a missing '\"')",
        ],
    },
    ParseCase {
        name: "csv no header",
        format: GlossaryFormat::Csv,
        text: "word,meaning\n",
        terms: &[],
        errors: &["line 1: the header row has no 'term' column (expected term,note[,aliases][,link])"],
    },
    ParseCase {
        name: "json array",
        format: GlossaryFormat::Json,
        text: "[{\"term\": \"A\", \"note\": \"N.\", \"aliases\": \"x; y\"},\n {\"term\": \"B\", \"note\": \"\"},\n 3]",
        terms: &["A"],
        errors: &[
            "line 2: entry 2: the note for 'B' is empty",
            "line 3: entry 3: the entry is not an object",
        ],
    },
    ParseCase {
        name: "json object",
        format: GlossaryFormat::Json,
        text: "{\"entries\": [\n{\"term\": \"A\", \"note\": \"N.\", \"aliases\": [\"x\"], \"link\": \"https://a\"},\n{\"note\": \"N.\"}]}",
        terms: &["A"],
        errors: &["line 3: entry 2: the entry has no \"term\""],
    },
    ParseCase {
        name: "json invalid",
        format: GlossaryFormat::Json,
        text: "[\n{\"term\": \"A\" \"note\"}]",
        terms: &[],
        errors: &["line 2: this is not valid JSON (expected `,` or `}` at line 2 column 14)"],
    },
    ParseCase {
        name: "json wrong shape",
        format: GlossaryFormat::Json,
        text: "{\"terms\": []}",
        terms: &[],
        errors: &["line 1: expected an array of entries, or an object with \"entries\""],
    },
];

#[test]
fn parsing() {
    for case in PARSING {
        let (glossary, errors) = Glossary::parse_custom(case.text, case.format);
        let terms: Vec<&str> = glossary.entries().iter().map(|e| e.term.as_str()).collect();
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            (terms.as_slice(), errors.iter().map(String::as_str).collect::<Vec<_>>().as_slice()),
            (case.terms, case.errors),
            "{}",
            case.name
        );
        assert!(glossary.entries().iter().all(|e| e.source == NoteSource::Custom), "{}", case.name);
    }
}

#[test]
fn csv_fields_and_aliases() {
    let (glossary, _) = Glossary::parse_custom(PARSING[0].text, GlossaryFormat::Csv);
    let sfa = &glossary.entries()[0];
    assert_eq!(sfa.note, "An agreement, signed 2008.");
    assert_eq!(sfa.aliases, ["Strategic Framework", "SFA deal"]);
    assert_eq!(sfa.link.as_deref(), Some("https://x.example"));
}

#[test]
fn format_guess() {
    let cases = [
        ("a.JSON", "x", GlossaryFormat::Json),
        ("a.csv", "[", GlossaryFormat::Csv),
        ("paste", "  [{}]", GlossaryFormat::Json),
        ("paste", "term,note", GlossaryFormat::Csv),
    ];
    for (name, text, want) in cases {
        assert_eq!(GlossaryFormat::guess(name, text), want, "{name}");
    }
}

#[test]
fn custom_overrides_builtin() {
    let builtin = glossary();
    let (custom, _) =
        Glossary::parse_custom("term,note,aliases\nUnited States,Ours.,USA\n", GlossaryFormat::Csv);
    let merged = builtin.merged(&custom);
    assert_eq!(merged.len(), builtin.len());
    let us = merged.get("united states").expect("by alias");
    assert_eq!((us.note.as_str(), us.source), ("Ours.", NoteSource::Custom));
    assert!(merged.get("US").is_none(), "the replaced entry's other names go too");
}

#[test]
fn pack_errors() {
    let cases = [
        ("{", "not valid"),
        (r#"{"format": "other", "version": 1, "entries": []}"#, "not a notes pack"),
        (r#"{"format": "reading-companion-notes", "version": 2, "entries": []}"#, "version 2"),
    ];
    for (json, want) in cases {
        let err = Glossary::from_pack_json(json).expect_err(want).to_string();
        assert!(err.contains(want), "{err}");
    }
}

#[test]
fn article_notes() {
    let text = "Headline\n\nThe Islamic State in Iraq and Syria (ISIS) advanced. According to Ben Smith, \
                Iraq expert at a think tank, that will go on.\n\n\"We will stop ISIS,\" Smith told DW.\n\n\
                The Free Syrian Army (FSA) and the (UN) met. Nobody (NB) said so.";
    let notes = analyze_with(text, &Glossary::default()).notes;
    let got: Vec<(&str, &str, usize)> =
        notes.iter().map(|n| (n.term.as_str(), n.note.as_str(), n.mentions.len())).collect();
    assert_eq!(
        got,
        [
            ("ISIS", "Islamic State in Iraq and Syria", 2),
            ("Ben Smith", "Iraq expert at a think tank.", 2),
            ("FSA", "Free Syrian Army", 1),
        ]
    );
    assert!(notes.iter().all(|n| n.source == NoteSource::Article));
    // A glossary entry for the same name wins over the article's note.
    // An alias the glossary has goes to the glossary; the article note keeps its term.
    let glossary = Glossary::new(vec![entry("ISIS", &[], true), entry("Smith", &[], false)]);
    let notes = analyze_with(text, &glossary).notes;
    let got: Vec<(&str, NoteSource, usize)> =
        notes.iter().map(|n| (n.term.as_str(), n.source, n.mentions.len())).collect();
    let want = [
        ("ISIS", NoteSource::Builtin, 2),
        ("Ben Smith", NoteSource::Article, 1),
        ("Smith", NoteSource::Builtin, 1),
        ("FSA", NoteSource::Article, 1),
    ];
    assert_eq!(got, want);
}
