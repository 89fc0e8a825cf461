//! Articles carried in the page's link: `…#text=<percent-encoded article text>`.
//!
//! The fragment is never sent to a server, so the article stays in the browser.

use wasm_bindgen_futures::JsFuture;

/// The fragment key that carries article text.
const KEY: &str = "#text=";

/// The article text in the current page's link, if it carries one.
///
/// A fragment that is not valid percent-encoding gives `Err` with a message for the reader.
pub fn text_from_location() -> Option<Result<String, String>> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let encoded = hash.strip_prefix(KEY)?;
    Some(
        js_sys::decode_uri_component(encoded)
            .map(String::from)
            .map_err(|_| "the link's #text= part is not valid percent-encoding".to_owned()),
    )
}

/// A link to this page that opens `text`.
pub fn link_for(text: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let href = location.href().ok()?;
    let base = href.split('#').next().unwrap_or(&href);
    Some(format!("{base}{KEY}{}", String::from(js_sys::encode_uri_component(text))))
}

/// Puts a link that opens `text` in the address bar (without reloading) and on the
/// clipboard.
///
/// # Errors
/// When the browser refuses the clipboard, the message says the link is in the address bar.
pub async fn copy_link(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let link = link_for(text).ok_or("this page has no address to link to")?;
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&link));
    }
    let copied = JsFuture::from(window.navigator().clipboard().write_text(&link)).await;
    copied.map(|_| ()).map_err(|_| {
        "The browser did not allow copying; the link is in the address bar, copy it from there.".to_owned()
    })
}
