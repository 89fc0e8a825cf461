//! The "Open an article" panel: paste the text, choose a file, or give a web address.

use yew::prelude::*;

use crate::glue;
use crate::state::{Action, Source};

/// Properties of [`OpenPanel`].
#[derive(Properties, PartialEq)]
pub struct OpenPanelProps {
    /// Whether the panel is shown.
    pub open: bool,
    /// Why the last article given here was refused, shown as an alert.
    pub error: Option<String>,
    /// Receives the reader's actions.
    pub on_action: Callback<Action>,
}

/// A disclosure button and a panel with three ways in: a text box, a file chooser (.txt,
/// .html, .md) and a web address. The text box keeps what was typed while the panel is
/// open, so a refused paste can be corrected.
#[function_component(OpenPanel)]
pub fn open_panel(props: &OpenPanelProps) -> Html {
    let textarea = use_node_ref();
    let address = use_node_ref();
    let dispatch = &props.on_action;
    let toggle = {
        let open = props.open;
        dispatch.reform(move |_: MouseEvent| Action::SetOpenPanel(!open))
    };
    let cancel = dispatch.reform(|_: MouseEvent| Action::SetOpenPanel(false));
    let submit = {
        let (dispatch, textarea) = (dispatch.clone(), textarea.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>() {
                glue::perf::mark(glue::perf::TEXT_GIVEN);
                let text = glue::load::from_text(area.value(), &Default::default());
                dispatch.emit(Action::Open { text, source: Source::Pasted });
            }
        })
    };
    let on_file = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value("");
            open_file(file, Source::File, dispatch.clone());
        })
    };
    let on_address = {
        let (dispatch, address) = (dispatch.clone(), address.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(url) = address.cast::<web_sys::HtmlInputElement>().map(|i| i.value()) else { return };
            dispatch.emit(Action::Notice(Some(format!("Opening {}…", url.trim()))));
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = glue::load::from_url(&url).await;
                dispatch.emit(Action::Open { text, source: Source::Web });
            });
        })
    };
    {
        // Opening the panel puts the caret in the text box.
        let textarea = textarea.clone();
        use_effect_with(props.open, move |open| {
            if let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>().filter(|_| *open) {
                let _ = area.focus();
            }
        });
    }
    html! {
        <div class="rc-open">
            <button type="button" class="rc-button" aria-expanded={props.open.to_string()} onclick={toggle}>
                { "Open an article" }
            </button>
            if props.open {
                <div class="rc-open-panel">
                    <form class="rc-paste-form" onsubmit={submit}>
                        <label class="rc-paste-label">
                            { "Article text" }
                            <textarea ref={textarea} class="rc-paste-text" rows="10" spellcheck="false"
                                placeholder="Paste the headline and the article here" />
                        </label>
                        if let Some(error) = &props.error {
                            <p class="rc-error" role="alert">{ error.clone() }</p>
                        }
                        <div class="rc-paste-actions">
                            <button type="submit" class="rc-button rc-primary">{ "Show this article" }</button>
                            <button type="button" class="rc-button" onclick={cancel}>{ "Cancel" }</button>
                        </div>
                    </form>
                    <label class="rc-file">
                        { "Or open a file: text (.txt), a saved web page (.html) or Markdown (.md)" }
                        <input type="file" onchange={on_file}
                            accept=".txt,.text,.html,.htm,.xhtml,.md,.markdown,text/plain,text/html,text/markdown" />
                    </label>
                    <form class="rc-url-form" onsubmit={on_address}>
                        <label>
                            { "Or its web address" }
                            <input ref={address} type="url" inputmode="url" required=true
                                placeholder="https://news.example.org/story" />
                        </label>
                        <button type="submit" class="rc-button">{ "Open" }</button>
                    </form>
                    <p class="rc-hint">{ "You can also drop a file or a selection anywhere on the article, or paste with Ctrl+V (⌘V)." }</p>
                </div>
            }
        </div>
    }
}

/// Reads `file` as an article in the background and opens it.
pub fn open_file(file: web_sys::File, source: Source, dispatch: Callback<Action>) {
    glue::perf::mark(glue::perf::TEXT_GIVEN);
    wasm_bindgen_futures::spawn_local(async move {
        let text = glue::load::from_file(&file).await;
        dispatch.emit(Action::Open { text, source });
    });
}
