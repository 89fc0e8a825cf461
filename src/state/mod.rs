//! What the app shows: an article's text with its analysis, and where it came from.

use std::rc::Rc;

mod glossaries;
mod library;

use companion_core::{Analysis, InputError};

pub use self::glossaries::Glossaries;
pub use self::library::{SavedArticle, SavedGlossary};
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
    /// A file the reader opened.
    File,
    /// A web address the reader entered.
    Web,
    /// A file or a selection dropped on the app.
    Dropped,
    /// An article saved in the reader's library.
    Library,
    /// The article a host page gave an embedded companion.
    Embedded,
}

impl Source {
    /// True for articles the reader brought, which are kept in the library (the sample is
    /// always at hand, a reopened article is there already, and a host page's article is the
    /// host's, not the reader's).
    pub fn is_kept(self) -> bool {
        !matches!(self, Source::Sample | Source::Library | Source::Embedded)
    }
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

/// An open note: which note, at which mention, and whether a hover opened it (a hovered note
/// closes when the pointer leaves; one opened by click, tap or keyboard stays).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenNote {
    /// Index into `Analysis::notes`.
    pub note: usize,
    /// Which mention it was opened from.
    pub mention: usize,
    /// True when a hover opened it.
    pub by_hover: bool,
}

impl PartialEq for Shown {
    fn eq(&self, other: &Shown) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Shown {
    /// Checks and analyses `text`, with the notes of `glossaries`.
    ///
    /// # Errors
    /// Text that is empty, binary or too large gives the core's [`InputError`], whose message
    /// is shown to the reader; the caller keeps showing what it had.
    pub fn from_text(text: String, source: Source, glossaries: &Glossaries) -> Result<Rc<Shown>, InputError> {
        companion_core::check_input(text.as_bytes())?;
        let analysis = glossaries.analyze(&text);
        Ok(Rc::new(Shown { text, analysis, source }))
    }

    /// The same article analysed again with `glossaries` (they changed).
    fn reanalysed(&self, glossaries: &Glossaries) -> Rc<Shown> {
        let analysis = glossaries.analyze(&self.text);
        Rc::new(Shown { text: self.text.clone(), analysis, source: self.source })
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

/// Everything the app component keeps: the view, the paste panel, and the reader's place.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    /// The article area.
    pub view: View,
    /// Whether the panel for opening an article (paste, file, web address) is open.
    pub open_panel: bool,
    /// Why the last article given in that panel was refused; the shown one is unchanged.
    pub open_error: Option<String>,
    /// Whether the library panel is open.
    pub library_open: bool,
    /// The articles saved in the library, newest first.
    pub library: Vec<SavedArticle>,
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
    /// Bumped each time a new article opens (not when the same one is re-analysed).
    pub opening: u32,
    /// The glossaries whose notes are shown: the built-in pack and the reader's own.
    pub glossaries: Glossaries,
    /// The open note, if any: one at a time.
    pub note: Option<OpenNote>,
    /// Mark every mention of a term, not only the first.
    pub every_mention: bool,
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
    /// The reader opened or closed the panel for opening an article.
    SetOpenPanel(bool),
    /// An article the reader brought (its text, already cleaned of page markup), or why it
    /// could not be read.
    Open {
        /// The text, or a message for the reader.
        text: Result<String, String>,
        /// Where it came from.
        source: Source,
    },
    /// The reader opened or closed the library panel.
    SetLibraryOpen(bool),
    /// The library's articles, read from the browser's storage, or why they could not be.
    LibraryListed(Result<Vec<SavedArticle>, String>),
    /// The shown article could not be saved in the library: why.
    SaveFailed(String),
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
    /// Escape: closes the innermost open thing (help, a note, details, the speaker filter).
    Escape,
    /// The built-in notes pack's JSON arrived, or the message saying why it did not.
    BuiltinNotes(Result<String, String>),
    /// The reader added a glossary: its name (a file name or URL) and its text.
    CustomGlossary {
        /// Where it came from, for messages.
        name: String,
        /// JSON or CSV.
        text: String,
    },
    /// The reader's glossaries kept in the browser, added again silently at start.
    RestoreGlossaries(Vec<SavedGlossary>),
    /// The reader removed their glossary of this name.
    RemoveGlossary(String),
    /// Opens a note (or `None`: closes the open one).
    OpenNote(Option<OpenNote>),
    /// Marks every mention of a term (`true`) or only the first.
    SetEveryMention(bool),
    /// The article a host page gave (it replaces whatever is shown), or why it could not be
    /// loaded.
    Embedded(Result<String, String>),
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
                next.view = match Shown::from_text(text, Source::Sample, &self.glossaries) {
                    Ok(shown) => View::Ready(shown),
                    Err(e) => View::Failed(format!("The sample article could not be read: {e}")),
                };
            }
            Action::SampleArrived(Err(message)) => {
                next.view = View::Failed(format!(
                    "The sample article could not be loaded ({message}). Paste an article to read it instead."
                ));
            }
            Action::OpenLinked(text) => match Shown::from_text(text, Source::Link, &self.glossaries) {
                Ok(shown) => next.show(shown),
                Err(e) => next.notice = Some(format!("The article in this link could not be opened: {e}")),
            },
            Action::SetOpenPanel(open) => {
                next.open_panel = open;
                next.open_error = None;
            }
            Action::Open { text, source } => {
                match text.and_then(|text| {
                    Shown::from_text(text, source, &self.glossaries).map_err(|e| e.to_string())
                }) {
                    Ok(shown) => next.show(shown),
                    Err(message) if self.open_panel => next.open_error = Some(message),
                    Err(message) => next.notice = Some(message),
                }
            }
            Action::SetLibraryOpen(open) => next.library_open = open,
            Action::LibraryListed(Ok(articles)) => next.library = articles,
            Action::LibraryListed(Err(message)) => {
                next.notice = Some(format!("Your library could not be read: {message}."));
            }
            Action::SaveFailed(message) => {
                next.notice =
                    Some(format!("This article is open, but it was not saved in your library: {message}."));
            }
            Action::SelectSpeaker(speaker) => {
                next.speaker = speaker;
                next.active = None;
            }
            Action::Activate(quote) => next.active = quote,
            Action::Step(step) => next.step(step),
            Action::SetHelpOpen(open) => next.help_open = open,
            Action::Notice(notice) => next.notice = notice,
            Action::Escape if self.help_open => next.help_open = false,
            Action::Escape if self.note.is_some() => next.note = None,
            Action::Escape if self.active.is_some() => next.active = None,
            Action::Escape => next.speaker = None,
            Action::BuiltinNotes(Ok(json)) => match self.glossaries.with_builtin(&json) {
                Ok(glossaries) => next.use_glossaries(glossaries),
                Err(e) => next.notice = Some(format!("Background notes are unavailable: {e}")),
            },
            Action::BuiltinNotes(Err(message)) => {
                next.notice = Some(format!("Background notes are unavailable: {message}"));
            }
            Action::CustomGlossary { name, text } => {
                let (glossaries, report) = self.glossaries.with_custom(&name, &text);
                next.use_glossaries(glossaries);
                next.notice = Some(report);
            }
            Action::RestoreGlossaries(saved) => {
                let glossaries =
                    saved.iter().fold(self.glossaries.clone(), |g, s| g.with_custom(&s.name, &s.text).0);
                next.use_glossaries(glossaries);
            }
            Action::RemoveGlossary(name) => {
                next.use_glossaries(self.glossaries.without_custom(&name));
                next.notice = Some(format!("{name} removed."));
            }
            Action::OpenNote(note) => {
                // One pop-up at a time: a note replaces the quote details.
                next.active = if note.is_some() { None } else { self.active };
                next.note = note;
            }
            Action::SetEveryMention(every) => next.every_mention = every,
            Action::Embedded(text) => match text.and_then(|text| {
                Shown::from_text(text, Source::Embedded, &self.glossaries).map_err(|e| e.to_string())
            }) {
                // The host's glossary may have been reported before its article arrived.
                Ok(shown) => {
                    next.show(shown);
                    next.notice.clone_from(&self.notice);
                }
                Err(message) => {
                    next.view = View::Failed(format!("The article could not be shown: {message}"));
                }
            },
        }
        next
    }

    /// Shows a new article, forgetting the reader's place in the old one but keeping the
    /// glossaries and settings.
    fn show(&mut self, shown: Rc<Shown>) {
        *self = AppState {
            view: View::Ready(shown),
            opening: self.opening.wrapping_add(1),
            glossaries: self.glossaries.clone(),
            every_mention: self.every_mention,
            library: self.library.clone(),
            ..AppState::default()
        };
    }

    /// Switches to `glossaries` and re-analyses the shown article with them; the reader's
    /// place is kept (quotes do not depend on notes), an open note is closed.
    fn use_glossaries(&mut self, glossaries: Glossaries) {
        if let View::Ready(shown) = &self.view {
            self.view = View::Ready(shown.reanalysed(&glossaries));
        }
        self.glossaries = glossaries;
        self.note = None;
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
mod tests;
