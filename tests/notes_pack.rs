//! Validates the built-in offline notes pack, `www/notes/pack.json`.
//!
//! The pack is data, fetched lazily by the app and never compiled into the wasm, so nothing
//! else checks it: this native test keeps it well formed (versioned header, known categories,
//! unique terms and aliases) and keeps the notes within the editorial rules of
//! `www/notes/README.md` (1 to 3 plain sentences, at most 400 characters, no markup or URLs).
//! It also pins the terms the bundled sample article needs. Run: `cargo test --test notes_pack`.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

/// The pack's `format` field.
const FORMAT: &str = "reading-companion-notes";
/// The schema version this test understands.
const VERSION: u64 = 1;
/// The issue asks for at least this many entries.
const MIN_ENTRIES: usize = 300;
/// Longest note, in characters.
const MAX_NOTE_CHARS: usize = 400;
/// Keys an entry may carry.
const ENTRY_KEYS: &[&str] = &["term", "aliases", "category", "note", "case_sensitive", "link"];
/// Aliases this short collide with ordinary words ("US", "IS", "UN"): their entry must match case.
const SHORT_ALIAS_CHARS: usize = 3;
/// Abbreviations whose full stops would be miscounted as sentence ends; notes avoid them.
const TRICKY_ABBREVIATIONS: &[&str] =
    &["U.S.", "U.N.", "U.K.", "e.g.", "i.e.", "etc.", "Mr.", "Mrs.", "Dr.", "St.", "Jr.", "Gen.", "vs."];

/// Terms of the sample article (`dw-us-iraq-isis-2014`) that must each resolve to an entry.
const REQUIRED_TERMS: &[&str] = &[
    "Strategic Framework Agreement",
    "ISIS",
    "Islamic State in Iraq and Syria",
    "RAND Corporation",
    "RAND",
    "State Department",
    "Kurdistan Region",
    "Kurdistan Regional Government",
    "Sunni Awakening",
    "Sunni Arab Awakening",
    "al Qaeda",
    "al-Qaeda",
    "Hellfire missile",
    "hellfire missiles",
    "Fallujah",
    "Mosul",
    "Tikrit",
    "Samarra",
    "Hawija",
    "Baghdad",
    "Iraq",
    "Syria",
    "Syrian civil war",
    "Turkey",
    "Korea",
    "Germany",
    "Bosnia",
    "Shiite",
    "Shia",
    "Sunni",
    "Nouri al-Maliki",
    "Nuri al-Maliki",
    "Maliki",
    "Tariq al-Hashimi",
    "John McCain",
    "Jen Psaki",
    "Barack Obama",
    "Obama administration",
    "White House",
    "US Senate",
    "Bureau of Intelligence and Research",
    "residual force",
    "legal immunity",
    "status of forces agreement",
    "drone",
    "drones",
    "counterterrorism",
    "Islamist",
    "sectarianism",
    "Prime Minister of Iraq",
    "DW",
    "Deutsche Welle",
];

/// One entry, as read from the pack; `index` is its position, for messages.
struct Entry<'a> {
    index: usize,
    term: &'a str,
    aliases: Vec<&'a str>,
    category: &'a str,
    note: &'a str,
    case_sensitive: bool,
}

impl Entry<'_> {
    /// The term followed by its aliases: every name the matcher looks for.
    fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.term).chain(self.aliases.iter().copied())
    }
}

fn pack() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/www/notes/pack.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path} is not valid JSON: {e}"))
}

/// Reads every entry, failing with the entry's index on any shape error.
fn entries(pack: &Value) -> Vec<Entry<'_>> {
    let list = pack["entries"].as_array().expect("`entries` must be an array");
    list.iter()
        .enumerate()
        .map(|(index, value)| {
            let object = value.as_object().unwrap_or_else(|| panic!("entry #{index} is not an object"));
            for key in object.keys() {
                assert!(ENTRY_KEYS.contains(&key.as_str()), "entry #{index}: unknown key {key:?}");
            }
            if let Some(link) = object.get("link") {
                let link = link.as_str().unwrap_or_default();
                assert!(
                    link.starts_with("https://"),
                    "entry #{index}: `link` must be an https URL or absent"
                );
            }
            let text = |key: &str| {
                object
                    .get(key)
                    .and_then(Value::as_str)
                    .unwrap_or_else(|| panic!("entry #{index}: `{key}` must be a string"))
            };
            let aliases = object
                .get("aliases")
                .and_then(Value::as_array)
                .unwrap_or_else(|| panic!("entry #{index}: `aliases` must be an array (may be empty)"))
                .iter()
                .map(|a| a.as_str().unwrap_or_else(|| panic!("entry #{index}: aliases must be strings")))
                .collect();
            let case_sensitive = object
                .get("case_sensitive")
                .and_then(Value::as_bool)
                .unwrap_or_else(|| panic!("entry #{index}: `case_sensitive` must be true or false"));
            Entry {
                index,
                term: text("term"),
                aliases,
                category: text("category"),
                note: text("note"),
                case_sensitive,
            }
        })
        .collect()
}

/// Sentence ends: a full stop, question or exclamation mark followed by a space and a capital,
/// plus the final one.
fn sentence_count(note: &str) -> usize {
    let chars: Vec<char> = note.chars().collect();
    let inner = chars
        .windows(3)
        .filter(|w| matches!(w[0], '.' | '?' | '!') && w[1] == ' ' && w[2].is_uppercase())
        .count();
    inner + usize::from(note.ends_with('.'))
}

#[test]
fn header_names_format_version_and_categories() {
    let pack = pack();
    assert_eq!(pack["format"].as_str(), Some(FORMAT), "`format`");
    assert_eq!(pack["version"].as_u64(), Some(VERSION), "`version`");
    assert_eq!(pack["language"].as_str(), Some("en"), "`language`");
    for key in ["name", "updated"] {
        let value = pack[key].as_str().unwrap_or_default();
        assert!(!value.trim().is_empty(), "`{key}` must be a non-empty string");
    }
    let categories = pack["categories"].as_array().expect("`categories` must be an array");
    assert!(!categories.is_empty(), "`categories` must not be empty");
    let mut seen = Vec::new();
    for category in categories {
        let name = category.as_str().expect("categories must be strings");
        assert!(!seen.contains(&name), "category {name:?} is listed twice");
        seen.push(name);
    }
}

#[test]
fn pack_is_big_enough_and_every_category_is_declared() {
    let pack = pack();
    let entries = entries(&pack);
    assert!(entries.len() >= MIN_ENTRIES, "{} entries, want at least {MIN_ENTRIES}", entries.len());
    let declared: Vec<&str> =
        pack["categories"].as_array().expect("`categories`").iter().filter_map(Value::as_str).collect();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for entry in &entries {
        assert!(
            declared.contains(&entry.category),
            "entry #{} {:?}: category {:?} is not in `categories` {declared:?}",
            entry.index,
            entry.term,
            entry.category
        );
        *counts.entry(entry.category).or_default() += 1;
    }
    let unused: Vec<&&str> = declared.iter().filter(|c| !counts.contains_key(**c)).collect();
    assert!(unused.is_empty(), "declared categories with no entry: {unused:?}");
    println!("{} entries: {counts:?}", entries.len());
}

/// The README promises entries sorted by category (in `categories` order), then by term, ignoring
/// case: it keeps diffs small and makes duplicates easy to spot by eye.
#[test]
fn entries_are_sorted_by_category_then_term() {
    let pack = pack();
    let declared: Vec<&str> =
        pack["categories"].as_array().expect("`categories`").iter().filter_map(Value::as_str).collect();
    let key = |e: &Entry| (declared.iter().position(|c| *c == e.category), e.term.to_lowercase());
    let entries = entries(&pack);
    for pair in entries.windows(2) {
        assert!(
            key(&pair[0]) <= key(&pair[1]),
            "entry #{} {:?} ({}) should come before entry #{} {:?} ({})",
            pair[1].index,
            pair[1].term,
            pair[1].category,
            pair[0].index,
            pair[0].term,
            pair[0].category
        );
    }
}

#[test]
fn terms_and_aliases_are_clean_and_unique() {
    let pack = pack();
    let mut owners: HashMap<String, &str> = HashMap::new();
    let mut failures = Vec::new();
    for entry in entries(&pack) {
        let at = format!("entry #{} {:?}", entry.index, entry.term);
        for name in entry.names() {
            let checks = [
                (!name.is_empty(), "is empty".to_owned()),
                (name == name.trim() && !name.contains("  "), "has surrounding or double spaces".to_owned()),
                (
                    entry.case_sensitive || name.chars().count() > SHORT_ALIAS_CHARS,
                    "is short enough to collide with a word: set \"case_sensitive\": true".to_owned(),
                ),
            ];
            for (ok, problem) in checks {
                if !ok {
                    failures.push(format!("{at}: {name:?} {problem}"));
                }
            }
            if let Some(other) = owners.insert(name.to_lowercase(), entry.term) {
                failures.push(format!("{at}: {name:?} is already a term or alias of {other:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{} name problem(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn notes_follow_the_editorial_rules() {
    let pack = pack();
    let mut failures = Vec::new();
    for entry in entries(&pack) {
        let note = entry.note;
        let length = note.chars().count();
        let sentences = sentence_count(note);
        let checks: &[(bool, String)] = &[
            (note == note.trim() && !note.is_empty(), "is empty or has surrounding spaces".into()),
            (length <= MAX_NOTE_CHARS, format!("is {length} characters, more than {MAX_NOTE_CHARS}")),
            (note.ends_with('.'), "does not end with a full stop".into()),
            ((1..=3).contains(&sentences), format!("has {sentences} sentences, want 1 to 3")),
            (!note.contains(['<', '>']), "contains markup (< or >)".into()),
            (!["http:", "https:", "www.", "://"].iter().any(|u| note.contains(u)), "contains a URL".into()),
            (!note.contains("  ") && !note.contains('\n'), "has a double space or a line break".into()),
            (
                !TRICKY_ABBREVIATIONS.iter().any(|a| note.contains(a)),
                "uses an abbreviation with full stops (write US, UN, for example…)".into(),
            ),
        ];
        for (ok, problem) in checks {
            if !ok {
                failures.push(format!("entry #{} {:?}: note {problem}", entry.index, entry.term));
            }
        }
    }
    assert!(failures.is_empty(), "{} note problem(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn sample_article_terms_resolve() {
    let pack = pack();
    let entries = entries(&pack);
    let missing: Vec<&str> = REQUIRED_TERMS
        .iter()
        .copied()
        .filter(|wanted| !entries.iter().any(|e| e.names().any(|n| n.eq_ignore_ascii_case(wanted))))
        .collect();
    assert!(missing.is_empty(), "sample terms with no entry (by term or alias): {missing:?}");
}

#[test]
fn sentence_counter_ignores_inner_stops() {
    let cases: &[(&str, usize)] = &[
        ("One sentence.", 1),
        ("One. Two.", 2),
        ("It was 1.4 million. The city fell.", 2),
        ("One. Two. Three.", 3),
        ("No final stop", 0),
    ];
    for (note, want) in cases {
        assert_eq!(sentence_count(note), *want, "sentence_count({note:?})");
    }
}
