//! The reducer's behaviour: what each action does to the state.

#[test]
fn bad_text_is_an_error_not_a_view() {
    let err = Shown::from_text("   ".into(), Source::Pasted, &Glossaries::default()).expect_err("empty");
    assert!(err.to_string().contains("empty"));
    let shown =
        Shown::from_text("Headline\n\nStory.".into(), Source::Pasted, &Glossaries::default()).expect("text");
    assert_eq!(shown.analysis.article.title.map(|s| s.slice(&shown.text)), Some("Headline"));
}

use super::{Action, AppState, Glossaries, Shown, Source, Step, View};

fn paste(text: &str) -> Action {
    Action::Open { text: Ok(text.into()), source: Source::Pasted }
}

fn source(state: &AppState) -> Option<Source> {
    match &state.view {
        View::Ready(shown) => Some(shown.source),
        _ => None,
    }
}

#[test]
fn a_failed_paste_keeps_the_article() {
    let s = AppState::default().apply(Action::SampleArrived(Ok("Headline\n\nStory.".into())));
    let s = s.apply(Action::SetOpenPanel(true)).apply(paste(" \n"));
    assert_eq!(source(&s), Some(Source::Sample));
    assert!(s.open_panel);
    assert!(s.open_error.as_deref().is_some_and(|e| e.contains("empty")));
    let s = s.apply(paste("Other\n\nText."));
    assert_eq!(source(&s), Some(Source::Pasted));
    assert!(!s.open_panel && s.open_error.is_none());
}

#[test]
fn an_article_that_cannot_be_opened_is_a_notice_and_the_article_stays() {
    let s = AppState::default().apply(Action::SampleArrived(Ok("Headline\n\nStory.".into())));
    let refused = Action::Open { text: Err("photo.jpg: This is an image".into()), source: Source::File };
    let s = s.apply(refused);
    assert_eq!(source(&s), Some(Source::Sample));
    assert_eq!(s.notice.as_deref(), Some("photo.jpg: This is an image"));
    let s = s.apply(Action::Open { text: Ok(String::new()), source: Source::Dropped });
    assert!(s.notice.as_deref().is_some_and(|n| n.contains("empty")), "{:?}", s.notice);
    let s = s.apply(Action::Open { text: Ok("Web\n\nPage.".into()), source: Source::Web });
    assert_eq!(source(&s), Some(Source::Web));
    assert_eq!(s.notice, None);
}

#[test]
fn the_library_list_survives_opening_articles_and_failures_are_told() {
    let saved = super::SavedArticle { id: "1".into(), title: "Old".into(), date: None, saved_at: 1.0 };
    let s = AppState::default().apply(Action::LibraryListed(Ok(vec![saved.clone()])));
    let s = s.apply(paste("Mine\n\nText."));
    assert_eq!(s.library, [saved]);
    let s = s.apply(Action::SaveFailed("the browser's storage for this site is full".into()));
    let notice = s.notice.clone().unwrap_or_default();
    assert!(notice.starts_with("This article is open, but it was not saved"), "{notice}");
    assert_eq!(source(&s), Some(Source::Pasted));
    assert!(Source::Pasted.is_kept() && Source::File.is_kept());
    assert!(!Source::Sample.is_kept() && !Source::Library.is_kept());
}

#[test]
fn a_late_sample_does_not_replace_a_paste() {
    let s = AppState::default().apply(paste("Mine\n\nText."));
    let s = s.apply(Action::SampleArrived(Ok("Sample\n\nText.".into())));
    assert_eq!(source(&s), Some(Source::Pasted));
}

const QUOTED: &str = "Headline\n\n\"One,\" Ann Lee said. \"Two,\" Bo Ek said.\n\n\"Three,\" Ann Lee said.";

fn ready(text: &str) -> AppState {
    AppState::default().apply(Action::SampleArrived(Ok(text.into())))
}

fn texts(state: &AppState, quotes: &[Option<usize>]) -> Vec<String> {
    let View::Ready(shown) = &state.view else { return vec![] };
    let slice = |q: usize| shown.analysis.quotes[q].span.slice(&shown.text).to_owned();
    quotes.iter().map(|q| q.map_or_else(String::new, slice)).collect()
}

#[test]
fn stepping_visits_claims_in_order_and_wraps() {
    let mut s = ready(QUOTED);
    let mut seen = vec![];
    for _ in 0..4 {
        s = s.apply(Action::Step(Step::Next));
        seen.push(s.active);
    }
    assert_eq!(texts(&s, &seen), ["One,", "Two,", "Three,", "One,"]);
    let back = s.apply(Action::Step(Step::Previous));
    assert_eq!(texts(&back, &[back.active]), ["Three,"]);
    assert_eq!(back.focus_request, 5);
}

#[test]
fn a_chosen_speaker_limits_the_steps() {
    let s = ready(QUOTED);
    let View::Ready(shown) = &s.view else { panic!("ready") };
    let ann = shown.analysis.speakers.iter().position(|p| p.name == "Ann Lee");
    let s = s.apply(Action::SelectSpeaker(ann)).apply(Action::Step(Step::Next));
    let s2 = s.apply(Action::Step(Step::Next));
    assert_eq!(texts(&s2, &[s.active, s2.active]), ["One,", "Three,"]);
    let same = ready(QUOTED).apply(Action::Step(Step::Next)).apply(Action::Step(Step::NextSameSpeaker));
    assert_eq!(texts(&same, &[same.active]), ["Three,"]);
}

#[test]
fn escape_closes_the_innermost_thing_first() {
    let s = ready(QUOTED).apply(Action::SelectSpeaker(Some(0))).apply(Action::Step(Step::Next));
    let s = s.apply(Action::SetHelpOpen(true));
    let s = s.apply(Action::Escape);
    assert!(!s.help_open && s.active.is_some());
    let s = s.apply(Action::Escape);
    assert!(s.active.is_none() && s.speaker.is_some());
    assert!(s.apply(Action::Escape).speaker.is_none());
}

#[test]
fn shortcut_keys() {
    assert!(matches!(super::action_for_key("j"), Some(Action::Step(Step::Next))));
    assert!(matches!(super::action_for_key("?"), Some(Action::SetHelpOpen(true))));
    assert!(super::action_for_key("x").is_none());
}

#[test]
fn a_new_article_resets_the_place() {
    let s = ready(QUOTED).apply(Action::SelectSpeaker(Some(0))).apply(Action::Step(Step::Next));
    let s = s.apply(Action::OpenLinked("Other\n\nText.".into()));
    assert_eq!((s.speaker, s.active), (None, None));
    assert_eq!(source(&s), Some(Source::Link));
    let s = s.apply(Action::OpenLinked(String::new()));
    assert_eq!(source(&s), Some(Source::Link), "a bad link keeps the article");
    assert!(s.notice.as_deref().is_some_and(|n| n.contains("empty")));
}

#[test]
fn a_missing_sample_says_what_to_do() {
    let s = AppState::default().apply(Action::SampleArrived(Err("HTTP 404".into())));
    assert!(matches!(&s.view, View::Failed(m) if m.contains("HTTP 404") && m.contains("Paste")));
}

/// A two-entry pack in the built-in format.
const PACK: &str = r#"{"format":"reading-companion-notes","version":1,"name":"t","language":"en","updated":"2026-11-23",
  "categories":["place"],"entries":[
  {"term":"Mosul","aliases":[],"category":"place","note":"A city in northern Iraq.","case_sensitive":false},
  {"term":"Tikrit","aliases":[],"category":"place","note":"A city north of Baghdad.","case_sensitive":false}]}"#;

fn note_terms(state: &AppState) -> Vec<String> {
    let View::Ready(shown) = &state.view else { return vec![] };
    shown.analysis.notes.iter().map(|n| n.term.clone()).collect()
}

#[test]
fn notes_arrive_on_the_shown_article_and_keep_the_readers_place() {
    let text = "Headline\n\n\"We hold Mosul,\" Ann Lee said.\n\nTikrit fell.";
    let s = ready(text).apply(Action::Step(Step::Next));
    let active = s.active;
    let s = s.apply(Action::BuiltinNotes(Ok(PACK.into())));
    assert_eq!(note_terms(&s), ["Mosul", "Tikrit"]);
    assert_eq!(s.active, active, "the reader's place is kept");
    let s = s.apply(paste("Other\n\nNews from Mosul."));
    assert_eq!(note_terms(&s), ["Mosul"], "a new article keeps the glossaries");
}

#[test]
fn a_custom_glossary_reports_its_bad_lines_and_wins() {
    let s = ready("Headline\n\nNews from Mosul and Hawija.").apply(Action::BuiltinNotes(Ok(PACK.into())));
    let csv = "term,note\nHawija,A town in northern Iraq.\nno note here\nMosul,Our own note.\n";
    let s = s.apply(Action::CustomGlossary { name: "class.csv".into(), text: csv.into() });
    let notice = s.notice.clone().unwrap_or_default();
    assert!(notice.starts_with("class.csv: 2 terms loaded; 1 entry was not loaded: line 3"), "{notice}");
    let View::Ready(shown) = &s.view else { panic!("ready") };
    let mosul = shown.analysis.notes.iter().find(|n| n.term == "Mosul").map(|n| n.note.as_str());
    assert_eq!(mosul, Some("Our own note."));
    assert!(note_terms(&s).contains(&"Hawija".to_owned()));
}

#[test]
fn a_broken_pack_says_notes_are_unavailable() {
    let s = ready("Headline\n\nText.").apply(Action::BuiltinNotes(Ok("{".into())));
    assert!(s.notice.is_some_and(|n| n.starts_with("Background notes are unavailable")));
}

#[test]
fn a_note_replaces_the_details_and_escape_closes_it_first() {
    use super::OpenNote;
    let s = ready(QUOTED).apply(Action::Step(Step::Next));
    let s = s.apply(Action::OpenNote(Some(OpenNote { note: 0, mention: 0, by_hover: false })));
    assert!(s.active.is_none(), "a note replaces the quote details");
    let s = s.apply(Action::Step(Step::Next)).apply(Action::SetHelpOpen(true));
    let s = s.apply(Action::Escape).apply(Action::Escape);
    assert!(s.note.is_none() && s.active.is_some());
}

#[test]
fn an_embedded_article_replaces_the_shown_one_and_a_failure_says_why() {
    let s = AppState::default().apply(Action::Notice(Some("terms.csv: 4 terms loaded.".into())));
    let s = s.apply(Action::Embedded(Ok("First\n\nStory one.".into())));
    assert_eq!(source(&s), Some(Source::Embedded));
    assert_eq!(s.notice.as_deref(), Some("terms.csv: 4 terms loaded."), "a glossary report stays");
    let s = s.apply(Action::Embedded(Ok("Second\n\nStory two.".into())));
    let View::Ready(shown) = &s.view else { panic!("shown") };
    assert!(shown.text.starts_with("Second"));
    let s = s.apply(Action::Embedded(Err("lesson.txt answered HTTP 404".into())));
    assert!(matches!(&s.view, View::Failed(m) if m.contains("lesson.txt answered HTTP 404")), "{:?}", s.view);
}

#[test]
fn kept_glossaries_come_back_silently_and_can_be_removed() {
    use super::SavedGlossary;
    let s = ready("Headline\n\nNews from Hawija.");
    let saved =
        SavedGlossary { name: "class.csv".into(), text: "term,note\nHawija,A town in Iraq.\n".into() };
    let s = s.apply(Action::RestoreGlossaries(vec![saved]));
    assert_eq!(note_terms(&s), ["Hawija"]);
    assert_eq!(s.notice, None);
    assert_eq!(s.glossaries.custom_names().collect::<Vec<_>>(), ["class.csv"]);
    let s = s.apply(Action::RemoveGlossary("class.csv".into()));
    assert!(note_terms(&s).is_empty());
    assert_eq!(s.glossaries.custom_names().count(), 0);
    assert_eq!(s.notice.as_deref(), Some("class.csv removed."));
}
