//! What the app shows: an article's text with its analysis, and where it came from.

use std::rc::Rc;

use companion_core::{Analysis, InputError};

use crate::reading;

/// Where the shown article came from; the sample carries a credit line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The bundled sample article (DW, 12 June 2014).
    Sample,
    /// Text the reader pasted.
    Pasted,
    /// Text carried in the page's link (`#text=…`).
    Link,
}

/// An article ready to render: its text and the analysis whose spans point into it.
///
/// Equality is identity: each time an article is shown it is a new showing (pasting the same
/// text again re-renders and re-focuses), and comparing showings never walks their text.
#[derive(Debug)]
pub struct Shown {
    /// The article text exactly as given.
    pub text: String,
    /// The analysis of `text`.
    pub analysis: Analysis,
    /// Where it came from.
    pub source: Source,
}

impl PartialEq for Shown {
    fn eq(&self, other: &Shown) -> bool {
        std::ptr::eq(self, other)
    }
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
#[derive(Clone, Debug, PartialEq, Default)]
pub enum View {
    /// The sample article is being fetched.
    #[default]
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

/// Everything the app component keeps: the view, the paste panel, and the reader's place.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    /// The article area.
    pub view: View,
    /// Whether the paste panel is open.
    pub paste_open: bool,
    /// Why the last paste was refused; the shown article is unchanged then.
    pub paste_error: Option<String>,
    /// The speaker whose claims alone are highlighted, if the reader chose one.
    pub speaker: Option<usize>,
    /// The quote whose details are shown (hovered, focused or tapped).
    pub active: Option<usize>,
    /// Bumped when keyboard navigation asks for the active quote to take focus.
    pub focus_request: u32,
    /// Whether the keyboard help is open.
    pub help_open: bool,
    /// A short message for the reader ("Link copied").
    pub notice: Option<String>,
}

/// Directions for stepping through claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The next claim (of the chosen speaker, when one is chosen).
    Next,
    /// The previous claim.
    Previous,
    /// The next claim by the speaker of the active claim.
    NextSameSpeaker,
}

/// What can happen to the app.
#[derive(Debug)]
pub enum Action {
    /// The first article's text arrived, or the message saying why it did not.
    SampleArrived(Result<String, String>),
    /// The page was opened with an article in its link (`#text=…`).
    OpenLinked(String),
    /// The reader opened or closed the paste panel.
    SetPasteOpen(bool),
    /// The reader submitted text to show.
    Paste(String),
    /// The reader chose a speaker (or `None`: everyone).
    SelectSpeaker(Option<usize>),
    /// A quote was hovered, focused or tapped (or `None`: details closed).
    Activate(Option<usize>),
    /// A keyboard or button step to another claim.
    Step(Step),
    /// The keyboard help was opened or closed.
    SetHelpOpen(bool),
    /// Shows or clears a short message.
    Notice(Option<String>),
    /// Escape: closes the innermost open thing (help, then details, then the speaker filter).
    Escape,
}

/// The action for a key pressed while reading, if the key is a shortcut. See [`SHORTCUTS`].
pub fn action_for_key(key: &str) -> Option<Action> {
    Some(match key {
        "j" | "n" => Action::Step(Step::Next),
        "k" | "p" => Action::Step(Step::Previous),
        "s" => Action::Step(Step::NextSameSpeaker),
        "?" => Action::SetHelpOpen(true),
        "Escape" => Action::Escape,
        _ => return None,
    })
}

/// The keyboard shortcuts, as shown in the help: keys, and what they do.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Tab", "Go to the next highlighted quote (Shift+Tab: the previous one)"),
    ("j or n", "Next quoted claim"),
    ("k or p", "Previous quoted claim"),
    ("s", "Next claim by the same speaker"),
    ("?", "Show these shortcuts"),
    ("Esc", "Close help or details, or show every speaker again"),
];

impl AppState {
    /// The state after `action`. A paste that fails keeps the article and says why; a sample
    /// that arrives after the reader opened something else is not shown over it.
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
            Action::OpenLinked(text) => match Shown::from_text(text, Source::Link) {
                Ok(shown) => next.show(shown),
                Err(e) => next.notice = Some(format!("The article in this link could not be opened: {e}")),
            },
            Action::SetPasteOpen(open) => {
                next.paste_open = open;
                next.paste_error = None;
            }
            Action::Paste(text) => match Shown::from_text(text, Source::Pasted) {
                Ok(shown) => {
                    next.show(shown);
                    next.paste_open = false;
                }
                Err(e) => next.paste_error = Some(e.to_string()),
            },
            Action::SelectSpeaker(speaker) => {
                next.speaker = speaker;
                next.active = None;
            }
            Action::Activate(quote) => next.active = quote,
            Action::Step(step) => next.step(step),
            Action::SetHelpOpen(open) => next.help_open = open,
            Action::Notice(notice) => next.notice = notice,
            Action::Escape if self.help_open => next.help_open = false,
            Action::Escape if self.active.is_some() => next.active = None,
            Action::Escape => next.speaker = None,
        }
        next
    }

    /// Shows a new article, forgetting the reader's place in the old one.
    fn show(&mut self, shown: Rc<Shown>) {
        *self = AppState { view: View::Ready(shown), notice: None, ..AppState::default() };
    }

    /// Moves the active quote to the next or previous claim and asks for focus.
    fn step(&mut self, step: Step) {
        let View::Ready(shown) = &self.view else { return };
        let analysis = &shown.analysis;
        let speaker = match step {
            Step::NextSameSpeaker => {
                self.active.and_then(|a| analysis.quotes.get(a)?.speaker).or(self.speaker)
            }
            Step::Next | Step::Previous => self.speaker,
        };
        let order = reading::claims(analysis, speaker);
        let Some(target) = neighbour(&order, self.active, step == Step::Previous) else { return };
        self.active = Some(target);
        self.focus_request = self.focus_request.wrapping_add(1);
    }
}

/// The claim after (or before) `current` in `order`, wrapping around; the first (or last)
/// when nothing is active or the active quote is not in `order`.
fn neighbour(order: &[usize], current: Option<usize>, backwards: bool) -> Option<usize> {
    let len = order.len();
    if len == 0 {
        return None;
    }
    let position = match current {
        Some(c) if backwards => order.iter().rposition(|&q| q < c).unwrap_or(len - 1),
        Some(c) => order.iter().position(|&q| q > c).unwrap_or(0),
        None if backwards => len - 1,
        None => 0,
    };
    Some(order[position])
}

#[cfg(test)]
mod reducer_tests {
    use super::{Action, AppState, Source, Step, View};

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

    const QUOTED: &str =
        "Headline\n\n\"One,\" Ann Lee said. \"Two,\" Bo Ek said.\n\n\"Three,\" Ann Lee said.";

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
}
