//! Reading shortcuts: key presses meant for the app, not for a text field or the host page.

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
    let document = web_sys::window()?.document()?;
    let options = EventListenerOptions::enable_prevent_default();
    let listener = EventListener::new_with_options(&document, "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
        if event.ctrl_key() || event.alt_key() || event.meta_key() || event.default_prevented() {
            return;
        }
        let target = super::popup::origin(event).and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let for_us = match &target {
            Some(t) => bare_page && is_page_itself(t) || root.contains(Some(t)),
            None => bare_page,
        };
        if for_us && !target.as_ref().is_some_and(is_text_entry) && on_key(&event.key()) {
            event.prevent_default();
        }
    });
    Some(listener)
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
