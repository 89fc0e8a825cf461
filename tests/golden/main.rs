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

/// Compares the outline of `input` (relative to the repository root) with its snapshot.
fn check(name: &str, input: &str) {
    let bytes = std::fs::read(root().join(input)).expect("golden input is readable");
    let text = companion_core::check_input(&bytes).expect("golden input is text");
    let got = companion_core::outline(text, &companion_core::analyze(text));
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
