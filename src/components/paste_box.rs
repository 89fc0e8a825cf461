//! The "paste another article" panel: a disclosure button and a form with a text box.

use yew::prelude::*;

/// Properties of [`PasteBox`].
#[derive(Properties, PartialEq)]
pub struct PasteBoxProps {
    /// Whether the form is shown.
    pub open: bool,
    /// Why the last submitted text was refused, shown as an alert.
    pub error: Option<String>,
    /// Asks to open (`true`) or close (`false`) the form.
    pub on_toggle: Callback<bool>,
    /// Receives the submitted text.
    pub on_text: Callback<String>,
}

/// A disclosure button that opens a form to paste an article. The text box keeps what was
/// typed while the form is open, so a refused paste can be corrected.
#[function_component(PasteBox)]
pub fn paste_box(props: &PasteBoxProps) -> Html {
    let textarea = use_node_ref();
    let toggle = {
        let (on_toggle, open) = (props.on_toggle.clone(), props.open);
        Callback::from(move |_: MouseEvent| on_toggle.emit(!open))
    };
    let cancel = {
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |_: MouseEvent| on_toggle.emit(false))
    };
    let submit = {
        let (on_text, textarea) = (props.on_text.clone(), textarea.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>() {
                on_text.emit(area.value());
            }
        })
    };
    {
        // Opening the form puts the caret in the text box.
        let textarea = textarea.clone();
        use_effect_with(props.open, move |open| {
            if let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>().filter(|_| *open) {
                let _ = area.focus();
            }
        });
    }
    html! {
        <div class="rc-paste">
            <button type="button" class="rc-button" aria-expanded={props.open.to_string()} onclick={toggle}>
                { "Paste another article" }
            </button>
            if props.open {
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
            }
        </div>
    }
}
