//! The keyboard shortcuts, in a small non-modal dialog.

use yew::prelude::*;

use crate::state::SHORTCUTS;

/// Properties of [`HelpDialog`].
#[derive(Properties, PartialEq)]
pub struct HelpDialogProps {
    /// Closes the dialog.
    pub on_close: Callback<()>,
}

/// Lists the reading shortcuts. Focus goes to its Close button when it opens; Escape or the
/// button closes it.
#[function_component(HelpDialog)]
pub fn help_dialog(props: &HelpDialogProps) -> Html {
    let close = use_node_ref();
    {
        let close = close.clone();
        use_effect_with((), move |()| {
            if let Some(button) = close.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    html! {
        <div class="rc-help" role="dialog" aria-modal="false" aria-label="Keyboard shortcuts">
            <h2 class="rc-panel-title">{ "Keyboard shortcuts" }</h2>
            <dl class="rc-keys">
                { for SHORTCUTS.iter().map(|(keys, what)| html! {
                    <div class="rc-key"><dt><kbd>{ *keys }</kbd></dt><dd>{ *what }</dd></div>
                }) }
            </dl>
            <button type="button" class="rc-button" ref={close} onclick={props.on_close.reform(|_: MouseEvent| ())}>
                { "Close" }
            </button>
        </div>
    }
}
