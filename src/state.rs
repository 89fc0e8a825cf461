//! What the app shows: an article's text with its analysis, and where it came from.

use std::rc::Rc;

use companion_core::{Analysis, InputError};

/// Where the shown article came from; the sample carries a credit line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The bundled sample article (DW, 12 June 2014).
    Sample,
    /// Text the reader pasted.
    Pasted,
}

/// An article ready to render: its text and the analysis whose spans point into it.
#[derive(Debug, PartialEq)]
pub struct Shown {
    /// The article text exactly as given.
    pub text: String,
    /// The analysis of `text`.
    pub analysis: Analysis,
    /// Where it came from.
    pub source: Source,
}

impl Shown {
    /// Checks and analyses `text`.
    ///
    /// # Errors
    /// Text that is empty, binary or too large gives the core's [`InputError`], whose message
    /// is shown to the reader; the caller keeps showing what it had.
    pub fn from_text(text: String, source: Source) -> Result<Rc<Shown>, InputError> {
        companion_core::check_input(text.as_bytes())?;
        let analysis = companion_core::analyze(&text);
        Ok(Rc::new(Shown { text, analysis, source }))
    }
}

/// The app's main state: the sample on its way, an article shown, or the sample failed.
#[derive(Clone, Debug, PartialEq)]
pub enum View {
    /// The sample article is being fetched.
    Loading,
    /// An article is shown.
    Ready(Rc<Shown>),
    /// The sample could not be loaded; the message says why and what to do.
    Failed(String),
}

#[cfg(test)]
mod tests {
    use super::{Shown, Source};

    #[test]
    fn bad_text_is_an_error_not_a_view() {
        let err = Shown::from_text("   ".into(), Source::Pasted).expect_err("empty");
        assert!(err.to_string().contains("empty"));
        let shown = Shown::from_text("Headline\n\nStory.".into(), Source::Pasted).expect("text");
        assert_eq!(shown.analysis.article.title.map(|s| s.slice(&shown.text)), Some("Headline"));
    }
}

/// Everything the app component keeps: the view, and the paste panel's state.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The article area.
    pub view: View,
    /// Whether the paste panel is open.
    pub paste_open: bool,
    /// Why the last paste was refused; the shown article is unchanged then.
    pub paste_error: Option<String>,
}

impl Default for AppState {
    fn default() -> AppState {
        AppState { view: View::Loading, paste_open: false, paste_error: None }
    }
}

/// What can happen to the app.
#[derive(Debug)]
pub enum Action {
    /// The sample's text arrived, or the message saying why it did not.
    SampleArrived(Result<String, String>),
    /// The reader opened or closed the paste panel.
    SetPasteOpen(bool),
    /// The reader submitted text to show.
    Paste(String),
}

impl AppState {
    /// The state after `action`. A paste that fails keeps the article and says why; a sample
    /// that arrives after the reader pasted something is not shown over it.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::SampleArrived(_) if self.view != View::Loading => {}
            Action::SampleArrived(Ok(text)) => {
                next.view = match Shown::from_text(text, Source::Sample) {
                    Ok(shown) => View::Ready(shown),
                    Err(e) => View::Failed(format!("The sample article could not be read: {e}")),
                };
            }
            Action::SampleArrived(Err(message)) => {
                next.view = View::Failed(format!(
                    "The sample article could not be loaded ({message}). Paste an article to read it instead."
                ));
            }
            Action::SetPasteOpen(open) => {
                next.paste_open = open;
                next.paste_error = None;
            }
            Action::Paste(text) => match Shown::from_text(text, Source::Pasted) {
                Ok(shown) => {
                    next.view = View::Ready(shown);
                    next.paste_open = false;
                    next.paste_error = None;
                }
                Err(e) => next.paste_error = Some(e.to_string()),
            },
        }
        next
    }
}

#[cfg(test)]
mod reducer_tests {
    use super::{Action, AppState, Source, View};

    fn source(state: &AppState) -> Option<Source> {
        match &state.view {
            View::Ready(shown) => Some(shown.source),
            _ => None,
        }
    }

    #[test]
    fn a_failed_paste_keeps_the_article() {
        let s = AppState::default().apply(Action::SampleArrived(Ok("Headline\n\nStory.".into())));
        let s = s.apply(Action::SetPasteOpen(true)).apply(Action::Paste(" \n".into()));
        assert_eq!(source(&s), Some(Source::Sample));
        assert!(s.paste_open);
        assert!(s.paste_error.as_deref().is_some_and(|e| e.contains("empty")));
        let s = s.apply(Action::Paste("Other\n\nText.".into()));
        assert_eq!(source(&s), Some(Source::Pasted));
        assert!(!s.paste_open && s.paste_error.is_none());
    }

    #[test]
    fn a_late_sample_does_not_replace_a_paste() {
        let s = AppState::default().apply(Action::Paste("Mine\n\nText.".into()));
        let s = s.apply(Action::SampleArrived(Ok("Sample\n\nText.".into())));
        assert_eq!(source(&s), Some(Source::Pasted));
    }

    #[test]
    fn a_missing_sample_says_what_to_do() {
        let s = AppState::default().apply(Action::SampleArrived(Err("HTTP 404".into())));
        assert!(matches!(&s.view, View::Failed(m) if m.contains("HTTP 404") && m.contains("Paste")));
    }
}
