//! Properties of notes on arbitrary input: parsing a custom glossary never panics, and
//! matching never panics and gives spans on char boundaries inside the text, in order and
//! never overlapping.

use companion_core::{Glossary, GlossaryFormat};
use proptest::prelude::*;

/// Pieces that make text look like glossaries and articles: terms, possessives, quotes,
/// separators, brackets.
const PIECES: &[&str] =
    &["Sunni", "ISIS", "al-Qaeda", "\u{2019}s", "'", "\"", ",", ";", "\n", " (", ")", "[{\"term\":", "-"];

/// Text made of those pieces, short printable runs and arbitrary strings, non-ASCII included.
fn texty() -> impl Strategy<Value = String> {
    let piece =
        prop_oneof![proptest::sample::select(PIECES).prop_map(str::to_owned), "\\PC{0,6}", any::<String>(),];
    proptest::collection::vec(piece, 0..40).prop_map(|parts| parts.concat())
}

fn check_spans(text: &str, glossary: &Glossary) {
    let analysis = companion_core::analyze_with(text, glossary);
    let mut spans: Vec<companion_core::Span> =
        analysis.notes.iter().flat_map(|n| n.mentions.iter().copied()).collect();
    spans.sort();
    for span in &spans {
        assert!(span.start < span.end && span.end <= text.len(), "{span:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{span:?}");
    }
    assert!(spans.windows(2).all(|w| w[0].end <= w[1].start), "overlap: {spans:?}");
}

proptest! {
    #[test]
    fn parse_custom_never_panics(text in texty()) {
        for format in [GlossaryFormat::Json, GlossaryFormat::Csv] {
            let (glossary, errors) = Glossary::parse_custom(&text, format);
            prop_assert!(errors.iter().all(|e| e.line().is_some()));
            check_spans(&text, &glossary);
        }
    }

    #[test]
    fn matching_gives_char_boundary_spans(text in texty(), terms in proptest::collection::vec(texty(), 0..8)) {
        let csv: String = terms.iter().map(|t| format!("\"{}\",note\n", t.replace('"', "\"\""))).collect();
        let (glossary, _) = Glossary::parse_custom(&format!("term,note\n{csv}"), GlossaryFormat::Csv);
        check_spans(&text, &glossary);
        let (pack, _) = Glossary::parse_custom("term,note\nSunni,S.\nal Qaeda,Q.\n", GlossaryFormat::Csv);
        check_spans(&text, &pack);
    }
}
