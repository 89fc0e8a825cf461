//! Key presses and pastes meant for the app: inside it, or on the bare page; never in a text
//! field or elsewhere in a host page.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

/// Listens for plain key presses (no Ctrl, Alt or Meta) and passes their `key` to `on_key`
/// when they are meant for the app in `root`: pressed inside it (also inside a shadow root),
/// or with `bare_page` on the bare page (focus on `<body>`). Typing in text fields is left
/// alone. Dropping the listener stops it.
pub fn listen(
    root: web_sys::Element,
    bare_page: bool,
    on_key: impl Fn(&str) -> bool + 'static,
) -> Option<EventListener> {
    on_document("keydown", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
        if event.ctrl_key() || event.alt_key() || event.meta_key() || event.default_prevented() {
            return;
        }
        if meant_for(&root, bare_page, event) && on_key(&event.key()) {
            event.prevent_default();
        }
    })
}

/// Listens for pastes meant for the app in `root` (see [`listen`], also for `bare_page`) and
/// passes the pasted text to `on_text`: the plain text, or the HTML when there is nothing
/// else. Dropping the listener stops it.
pub fn listen_paste(
    root: web_sys::Element,
    bare_page: bool,
    on_text: impl Fn(String) + 'static,
) -> Option<EventListener> {
    on_document("paste", move |event| {
        let Some(data) = event.dyn_ref::<web_sys::ClipboardEvent>().and_then(|e| e.clipboard_data()) else {
            return;
        };
        if !meant_for(&root, bare_page, event) {
            return;
        }
        let text = ["text/plain", "text/html"]
            .iter()
            .find_map(|f| data.get_data(f).ok().filter(|t| !t.trim().is_empty()));
        if let Some(text) = text {
            event.prevent_default();
            on_text(text);
        }
    })
}

/// Listens for `event_type` on the whole document (events from inside the app and from the
/// bare page alike), with the right to prevent their default.
fn on_document(
    event_type: &'static str,
    handler: impl FnMut(&web_sys::Event) + 'static,
) -> Option<EventListener> {
    let document = web_sys::window()?.document()?;
    let options = EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(&document, event_type, options, handler))
}

/// True when `event` happened inside `root` (also inside a shadow root: the composed path
/// names the real target) or, with `bare_page`, on the bare page, and not in a text field.
fn meant_for(root: &web_sys::Element, bare_page: bool, event: &web_sys::Event) -> bool {
    let target = super::popup::origin(event).and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let for_us = match &target {
        Some(t) => bare_page && is_page_itself(t) || root.contains(Some(t)),
        None => bare_page,
    };
    for_us && !target.as_ref().is_some_and(is_text_entry)
}

/// True for `<body>` and `<html>`: nothing in particular has focus.
fn is_page_itself(element: &web_sys::Element) -> bool {
    matches!(element.tag_name().as_str(), "BODY" | "HTML")
}

/// True for elements that take typed text.
fn is_text_entry(element: &web_sys::Element) -> bool {
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || element.get_attribute("contenteditable").is_some_and(|v| v != "false")
}
