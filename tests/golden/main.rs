//! Golden tests: the analysis of real article text, compared with a reviewed snapshot.
//!
//! Each case pairs an input under `www/` with `tests/golden/<name>.outline`, the output of
//! [`companion_core::outline`]. A change in the analysis shows up as a readable diff. After
//! reviewing it, refresh the snapshots with `UPDATE_GOLDEN=1 cargo test --test golden`.

use std::path::{Path, PathBuf};

/// The repository root, from this crate's manifest directory (`crates/core`).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The built-in notes pack, `www/notes/pack.json`.
fn pack() -> companion_core::Glossary {
    let json = std::fs::read_to_string(root().join("www/notes/pack.json")).expect("the pack is readable");
    companion_core::Glossary::from_pack_json(&json).expect("the pack is valid")
}

/// Compares the outline of `input` (relative to the repository root), analysed with the
/// built-in notes pack, with its snapshot.
fn check(name: &str, input: &str) {
    let bytes = std::fs::read(root().join(input)).expect("golden input is readable");
    let text = companion_core::check_input(&bytes).expect("golden input is text");
    let got = companion_core::outline(text, &companion_core::analyze_with(text, &pack()));
    let snapshot = root().join("tests/golden").join(format!("{name}.outline"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&snapshot, &got).expect("snapshot is writable");
        return;
    }
    let want = std::fs::read_to_string(&snapshot).unwrap_or_default();
    if got != want {
        let diff: Vec<String> = want
            .lines()
            .zip(got.lines().chain(std::iter::repeat("<missing>")))
            .filter(|(w, g)| w != g)
            .map(|(w, g)| format!("- {w}\n+ {g}"))
            .take(10)
            .collect();
        panic!(
            "{name}: the outline changed ({} lines now, {} in the snapshot).\n{}\n\
             Review, then refresh with UPDATE_GOLDEN=1.",
            got.lines().count(),
            want.lines().count(),
            diff.join("\n")
        );
    }
}

#[test]
fn dw_us_iraq_isis_2014() {
    check("dw-us-iraq-isis-2014", "www/sample/dw-us-iraq-isis-2014.txt");
}

/// The sample's quotes, pinned beyond the snapshot: exactly eleven claims, each with its
/// speaker, and the headline and heading quotes as mentions.
#[test]
fn dw_sample_claims_and_speakers() {
    let bytes =
        std::fs::read(root().join("www/sample/dw-us-iraq-isis-2014.txt")).expect("sample is readable");
    let text = companion_core::check_input(&bytes).expect("sample is text");
    let analysis = companion_core::analyze(text);
    let speaker = |q: &companion_core::Quote| q.speaker.map(|i| analysis.speakers[i].name.as_str());
    let of_kind = |kind| analysis.quotes.iter().filter(move |q| q.kind == kind);
    let claims: Vec<(Option<&str>, &str)> =
        of_kind(companion_core::QuoteKind::Claim).map(|q| (speaker(q), &q.span.slice(text)[..12])).collect();
    let expect = [
        (Some("State Department"), "supports a s"),
        (Some("Jen Psaki"), "The United S"),
        (Some("Ben Connable"), "Sending weap"),
        (Some("Ben Connable"), "We don't hav"),
        (Some("John McCain"), "There is no "),
        (Some("John McCain"), "We didn't an"),
        (Some("Wayne White"), "This prime m"),
        (Some("Wayne White"), "He wanted th"),
        (Some("Wayne White"), "Maliki and h"),
        (Some("Ben Connable"), "We can at le"),
        (Some("Ben Connable"), "Right now we"),
    ];
    assert_eq!(claims, expect);
    let mentions: Vec<(Option<&str>, &str)> =
        of_kind(companion_core::QuoteKind::Mention).map(|q| (speaker(q), q.span.slice(text))).collect();
    assert_eq!(mentions[1], (Some("Ben Connable"), "Stop the bleeding"));
    assert_eq!(mentions.iter().map(|m| m.1).collect::<Vec<_>>(), ["assistance", "Stop the bleeding"]);
    let described: Vec<(&str, &str)> =
        analysis.speakers.iter().map(|s| (s.name.as_str(), s.description.as_str())).collect();
    assert_eq!(described[1], ("Jen Psaki", "State Department spokeswoman"));
    assert_eq!(described[2], ("Ben Connable", "Iraq expert at the RAND Corporation"));
    assert_eq!(described[3], ("John McCain", "US Senator"));
    assert!(
        described[4].1.contains("principal Iraq analyst at the State Department's Bureau of Intelligence")
    );
    for absent in ["Maliki", "Hashimi", "DW"] {
        assert!(analysis.speakers.iter().all(|s| !s.name.contains(absent)), "{absent} is no speaker");
    }
}

/// The sample's notes with the built-in pack, pinned beyond the snapshot: every term the issue
/// names, with its source and what the text says, and the speakers the pack lacks.
#[test]
fn dw_sample_notes() {
    let bytes =
        std::fs::read(root().join("www/sample/dw-us-iraq-isis-2014.txt")).expect("sample is readable");
    let text = companion_core::check_input(&bytes).expect("sample is text");
    let analysis = companion_core::analyze_with(text, &pack());
    let mentions = |term: &str| -> Vec<&str> {
        let note = analysis.notes.iter().find(|n| n.term == term);
        let note = note.unwrap_or_else(|| panic!("no note for {term}"));
        note.mentions.iter().map(|m| m.slice(text)).collect()
    };
    use companion_core::NoteSource::{Article, Builtin};
    let expect: &[(&str, companion_core::NoteSource, &[&str])] = &[
        ("Strategic Framework Agreement", Builtin, &["Strategic Framework Agreement"]),
        ("RAND Corporation", Builtin, &["RAND Corporation", "RAND"]),
        ("State Department", Builtin, &["State Department", "State Department", "State Department"]),
        ("Kurdistan Region", Builtin, &["Kurdistan Region"]),
        ("Sunni Awakening", Builtin, &["Sunni Awakening", "Sunni Arab Awakening"]),
        ("al Qaeda", Builtin, &["al Qaeda"]),
        ("Hellfire missile", Builtin, &["hellfire missiles"]),
        ("Fallujah", Builtin, &["Fallujah", "Fallujah", "Fallujah"]),
        ("Mosul", Builtin, &["Mosul", "Mosul"]),
        ("Tikrit", Builtin, &["Tikrit"]),
        ("Samarra", Builtin, &["Samarra"]),
        ("Shiite", Builtin, &["Shiite", "Shiite", "Shia"]),
        ("Nouri al-Maliki", Builtin, &["Nouri al-Maliki", "Maliki", "Maliki"]),
        ("Tariq al-Hashimi", Builtin, &["Tariq al-Hashimi"]),
        ("Ben Connable", Article, &["Ben Connable", "Connable", "Connable", "Connable"]),
        ("Wayne White", Article, &["Wayne White", "White", "White", "White"]),
    ];
    for (term, source, want) in expect {
        assert_eq!(mentions(term), *want, "{term}");
        let note = analysis.notes.iter().find(|n| n.term == *term).expect("found above");
        assert_eq!(note.source, *source, "{term}");
    }
    let isis = mentions("ISIS");
    assert_eq!((isis[0], isis.len()), ("ISIS", 9));
    assert!(isis.contains(&"Islamic State in Iraq and Syria"));
    let sunni = mentions("Sunni");
    assert!(sunni.contains(&"Sunnis") && sunni.contains(&"Sunni"), "{sunni:?}");
    let wayne = analysis.notes.iter().find(|n| n.term == "Wayne White").expect("Wayne White");
    assert!(wayne.note.starts_with("Formerly served as the principal Iraq analyst"), "{}", wayne.note);
    // Page debris is not matched: "Nuri al-Maliki" is only in a photo caption.
    assert!(!mentions("Nouri al-Maliki").contains(&"Nuri al-Maliki"));
    let first: Vec<usize> = analysis.notes.iter().map(|n| n.mentions[0].start).collect();
    assert!(first.windows(2).all(|w| w[0] < w[1]), "notes are ordered by first mention");
}
