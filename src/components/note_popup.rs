//! The pop-up note on a term: a non-modal dialog placed beside the term, inside the viewport.

use companion_core::Note;
use gloo::events::EventListener;
use yew::prelude::*;

use super::reader::mouse_only;
use crate::glue::popup;
use crate::reading;

/// Properties of [`NotePopup`].
#[derive(Properties, PartialEq)]
pub struct NotePopupProps {
    /// The element id of the pop-up (terms point at it with `aria-controls`).
    pub id: AttrValue,
    /// The note to show.
    pub note: Note,
    /// The CSS selector of the term the note was opened from.
    pub anchor: AttrValue,
    /// Closes the note.
    pub on_close: Callback<()>,
    /// The pointer entered (`true`) or left (`false`) the pop-up.
    pub on_hover: Callback<bool>,
}

/// Shows one note next to its term. It follows the term on scroll and resize, closes on a
/// tap or click elsewhere, and gives focus back to the term when closed from inside.
#[function_component(NotePopup)]
pub fn note_popup(props: &NotePopupProps) -> Html {
    let node = use_node_ref();
    use_placement(node.clone(), props.anchor.clone(), props.on_close.clone());
    let note = &props.note;
    let title_id = format!("{}-title", props.id);
    let close = {
        let (on_close, anchor, node) = (props.on_close.clone(), props.anchor.clone(), node.clone());
        Callback::from(move |_: MouseEvent| {
            focus_anchor(&node, &anchor);
            on_close.emit(());
        })
    };
    let onkeydown = {
        let (anchor, node) = (props.anchor.clone(), node.clone());
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                focus_anchor(&node, &anchor);
            }
        })
    };
    let link = note.link.as_deref().filter(|l| l.starts_with("https://") || l.starts_with("http://"));
    let source = match &note.category {
        Some(category) => format!("{} · {category}", reading::source_label(note.source)),
        None => reading::source_label(note.source).to_owned(),
    };
    html! {
        <div class="rc-note" id={props.id.clone()} role="dialog" aria-modal="false" aria-labelledby={title_id.clone()}
            ref={node} {onkeydown}
            onpointerenter={mouse_only(&props.on_hover, true)}
            onpointerleave={mouse_only(&props.on_hover, false)}>
            <p class="rc-note-term" id={title_id}>{ note.term.clone() }</p>
            <p class="rc-note-text">{ note.note.clone() }</p>
            <p class="rc-note-source">{ source }</p>
            if let Some(link) = link {
                <p><a href={link.to_owned()} target="_blank" rel="noopener noreferrer">{ "Read more" }</a></p>
            }
            <button type="button" class="rc-button rc-note-close" aria-label="Close note" onclick={close}>{ "×" }</button>
        </div>
    }
}

/// Places the pop-up beside its anchor now and on every scroll and resize, and closes it on
/// a pointer press outside both.
#[hook]
fn use_placement(node: NodeRef, anchor: AttrValue, on_close: Callback<()>) {
    use_effect_with(anchor, move |anchor| {
        let place = {
            let (node, anchor) = (node.clone(), anchor.clone());
            move || {
                if let (Some(popup), Some(target)) =
                    (node.cast::<web_sys::HtmlElement>(), find(&node, &anchor))
                {
                    popup::place(&target, &popup);
                }
            }
        };
        place();
        let window = web_sys::window();
        let document = window.as_ref().and_then(|w| w.document());
        let listeners: Vec<EventListener> = match (window, document) {
            (Some(window), Some(document)) => {
                let (node, anchor) = (node.clone(), anchor.clone());
                vec![
                    EventListener::new(&window, "resize", {
                        let place = place.clone();
                        move |_| place()
                    }),
                    EventListener::new_with_options(
                        &document,
                        "scroll",
                        gloo::events::EventListenerOptions::run_in_capture_phase(),
                        move |_| place(),
                    ),
                    EventListener::new(&document, "pointerdown", move |event| {
                        let on_popup =
                            node.cast::<web_sys::Element>().is_some_and(|p| popup::inside(&p, event));
                        let on_term = find(&node, &anchor).is_some_and(|t| popup::inside(&t, event));
                        if !on_popup && !on_term {
                            on_close.emit(());
                        }
                    }),
                ]
            }
            _ => Vec::new(),
        };
        move || drop(listeners)
    });
}

/// The element matching `selector` in the pop-up's document or shadow root.
fn find(popup: &NodeRef, selector: &str) -> Option<web_sys::Element> {
    popup::find_near(&popup.get()?, selector)
}

/// Gives focus back to the term the note was opened from.
fn focus_anchor(popup: &NodeRef, selector: &str) {
    use wasm_bindgen::JsCast;
    if let Some(term) = find(popup, selector).and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = term.focus();
    }
}
