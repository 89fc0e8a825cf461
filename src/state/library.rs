//! The reader's library as the app sees it: plain records of saved articles. The browser
//! storage behind it is `glue::library`.

use serde::{Deserialize, Serialize};

use super::Shown;

/// An article kept in the library: what the list shows. Its text is stored apart, under the
/// same id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedArticle {
    /// Derived from the text ([`library_id`]): saving the same text again replaces it.
    pub id: String,
    /// The headline, or the first words of the text.
    pub title: String,
    /// The date the article gives, if any.
    pub date: Option<String>,
    /// When it was saved, in milliseconds since 1970 (newest first in the list).
    pub saved_at: f64,
}

impl SavedArticle {
    /// The record for `shown`, saved at `now` (milliseconds since 1970).
    pub fn of(shown: &Shown, now: f64) -> SavedArticle {
        let article = &shown.analysis.article;
        let words = |span: companion_core::Span| {
            span.slice(&shown.text).split_whitespace().collect::<Vec<_>>().join(" ")
        };
        let title = article.title.map(words).unwrap_or_else(|| first_words(&shown.text));
        SavedArticle { id: library_id(&shown.text), title, date: article.date.map(words), saved_at: now }
    }
}

/// A reader's glossary kept in the browser, added again each time the app starts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedGlossary {
    /// Its file name or address, which also identifies it.
    pub name: String,
    /// Its JSON or CSV text, as loaded.
    pub text: String,
}

/// The id of a text in the library: a 64-bit FNV-1a hash of it, in hex.
pub fn library_id(text: &str) -> String {
    let hash = text
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
}

/// The first eight words of `text`, for an article without a headline.
fn first_words(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().take(8).collect();
    let ellipsis = if text.split_whitespace().nth(8).is_some() { "…" } else { "" };
    format!("{}{ellipsis}", words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::{SavedArticle, library_id};
    use crate::state::{Glossaries, Shown, Source};

    #[test]
    fn records_carry_headline_date_and_a_stable_id() {
        let text = "A headline\n\nJane Doe\nJune 12, 2014\n\nThe first paragraph of the story.";
        let shown = Shown::from_text(text.into(), Source::Pasted, &Glossaries::default()).expect("text");
        let saved = SavedArticle::of(&shown, 5.0);
        assert_eq!(saved.title, "A headline");
        assert_eq!(saved.date.as_deref(), Some("June 12, 2014"));
        assert_eq!(saved.id, library_id(text));
        assert_ne!(library_id(text), library_id("another text"));
        assert_eq!(library_id(""), "cbf29ce484222325");
    }

    #[test]
    fn an_untitled_text_is_named_by_its_first_words() {
        let text = "one two three four five six seven eight nine ten";
        let shown = Shown::from_text(text.into(), Source::Pasted, &Glossaries::default()).expect("text");
        let title = SavedArticle::of(&shown, 0.0).title;
        assert!(title == "one two three four five six seven eight…" || title == text, "{title}");
    }
}
