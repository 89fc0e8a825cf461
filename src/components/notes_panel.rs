//! The notes list beside the article: every term with a note, in order of appearance, each
//! jumping to its first mention; the every-mention setting; and adding a glossary.

use std::rc::Rc;

use companion_core::NoteSource;
use yew::prelude::*;

use crate::glue;
use crate::reading;
use crate::state::{Action, SavedGlossary, Shown};

/// Properties of [`NotesPanel`].
#[derive(Properties, PartialEq)]
pub struct NotesPanelProps {
    /// The article.
    pub shown: Rc<Shown>,
    /// Whether every mention is marked.
    pub every_mention: bool,
    /// The names of the reader's own glossaries.
    pub custom: Vec<AttrValue>,
    /// Jumps to the first mention of a note (by index) and opens it.
    pub on_jump: Callback<usize>,
    /// Reports the setting and added glossaries.
    pub on_action: Callback<Action>,
}

/// Lists the notes and offers the reader's own glossary.
#[function_component(NotesPanel)]
pub fn notes_panel(props: &NotesPanelProps) -> Html {
    let notes = &props.shown.analysis.notes;
    let toggle = props.on_action.reform(|event: Event| {
        let checked = event.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|i| i.checked());
        Action::SetEveryMention(checked)
    });
    html! {
        <section class="rc-notes"
            aria-label={reading::panel_label("Background notes", &props.shown.text, &props.shown.analysis)}>
            <h2 class="rc-panel-title">{ "Background notes" }</h2>
            if notes.is_empty() {
                <p class="rc-panel-note">{ "No terms with notes in this article yet." }</p>
            }
            <ol class="rc-note-list">
                { for notes.iter().enumerate().map(|(i, note)| html! {
                    <li>
                        <button type="button" class="rc-link-button" data-note-term={note.term.clone()}
                            onclick={props.on_jump.reform(move |_: MouseEvent| i)}>
                            { note.term.clone() }
                        </button>
                        if note.source != NoteSource::Builtin {
                            <span class="rc-note-origin">{ reading::source_label(note.source) }</span>
                        }
                    </li>
                }) }
            </ol>
            <label class="rc-check">
                <input type="checkbox" checked={props.every_mention} onchange={toggle} />
                { "Mark every mention, not only the first" }
            </label>
            <GlossaryLoader custom={props.custom.clone()} on_action={props.on_action.clone()} />
        </section>
    }
}

/// Properties of [`GlossaryLoader`].
#[derive(Properties, PartialEq)]
struct GlossaryLoaderProps {
    custom: Vec<AttrValue>,
    on_action: Callback<Action>,
}

/// Adds a glossary (JSON or CSV) from a file or a URL.
#[function_component(GlossaryLoader)]
fn glossary_loader(props: &GlossaryLoaderProps) -> Html {
    let url = use_node_ref();
    let on_file = {
        let dispatch = props.on_action.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value("");
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match glue::file::read_text(&file).await {
                    Ok(text) => add_glossary(file.name(), text, dispatch).await,
                    Err(message) => dispatch.emit(Action::Notice(Some(message))),
                }
            });
        })
    };
    let on_url = {
        let (dispatch, url) = (props.on_action.clone(), url.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(address) = url.cast::<web_sys::HtmlInputElement>().map(|i| i.value()) else { return };
            let address = address.trim().to_owned();
            if address.is_empty() {
                return;
            }
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match glue::fetch::fetch_text(&address).await {
                    Ok(text) => add_glossary(address, text, dispatch).await,
                    Err(e) => {
                        dispatch.emit(Action::Notice(Some(format!("The glossary could not be loaded: {e}"))))
                    }
                }
            });
        })
    };
    html! {
        <div class="rc-glossary">
            <h3 class="rc-panel-subtitle">{ "Your own glossary" }</h3>
            if !props.custom.is_empty() {
                <ul class="rc-glossary-list" aria-label="Your glossaries">
                    { for props.custom.iter().map(|name| kept_glossary(name, &props.on_action)) }
                </ul>
            }
            <label class="rc-file">
                { "Open a glossary file (JSON or CSV)" }
                <input type="file" accept=".json,.csv,application/json,text/csv" onchange={on_file} />
            </label>
            <form class="rc-url-form" onsubmit={on_url}>
                <label>
                    { "or its address" }
                    <input ref={url} type="url" inputmode="url" placeholder="https://example.org/terms.json" />
                </label>
                <button type="submit" class="rc-button">{ "Load" }</button>
            </form>
        </div>
    }
}

/// Uses the glossary `text` named `name` and keeps it in the browser for the next visits.
async fn add_glossary(name: String, text: String, dispatch: Callback<Action>) {
    let kept = SavedGlossary { name, text };
    dispatch.emit(Action::CustomGlossary { name: kept.name.clone(), text: kept.text.clone() });
    if let Err(e) = glue::library::save_glossary(&kept).await {
        let message = format!("{} is in use, but it was not kept in this browser: {e}.", kept.name);
        dispatch.emit(Action::Notice(Some(message)));
    }
}

/// One of the reader's glossaries, with a button to remove it (also from the browser).
fn kept_glossary(name: &AttrValue, dispatch: &Callback<Action>) -> Html {
    let remove = {
        let (name, dispatch) = (name.to_string(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            let (name, dispatch) = (name.clone(), dispatch.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(e) = glue::library::delete_glossary(&name).await {
                    gloo::console::warn!(format!(
                        "Reading Companion: {name} stays kept in this browser: {e}"
                    ));
                }
                dispatch.emit(Action::RemoveGlossary(name));
            });
        })
    };
    html! {
        <li class="rc-library-item">
            <span>{ name.clone() }</span>
            <button type="button" class="rc-button rc-small" aria-label={format!("Remove {name}")} onclick={remove}>
                { "Remove" }
            </button>
        </li>
    }
}
