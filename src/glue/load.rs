//! Articles from what the reader brings (files, drops, pastes, web addresses) as clean text:
//! decoded with the right encoding, and cleaned of page markup by the core's extractor.
//!
//! What each thing is and how it is decoded is decided by the pure [`crate::intake`]; this
//! module does the browser's part (reading files, `TextDecoder`, `DOMParser`, `fetch`).

use wasm_bindgen_futures::JsFuture;

use crate::glue::{fetch, page, perf};
use crate::intake::{self, Format, Incoming};

/// The article in `bytes`, which came as `incoming`; `declared` is a server's charset.
///
/// # Errors
/// Media files, oversized input, undecodable bytes and web pages without an article give a
/// message naming what was opened and saying what to do.
pub fn from_bytes(bytes: &[u8], incoming: &Incoming, declared: Option<&str>) -> Result<String, String> {
    if let Some(message) = intake::refusal(incoming, bytes.len()) {
        return Err(message);
    }
    let text = decode(bytes, intake::encoding_for(bytes, declared))
        .map_err(|e| format!("{}The text could not be decoded ({e}).", incoming.label()))?;
    from_text(text, incoming)
}

/// The article in `text` (a paste or a dropped selection, or decoded bytes): a web page's
/// article is extracted, Markdown loses its markup, plain text stays as it is.
///
/// # Errors
/// A web page without an article in it gives the extractor's message.
pub fn from_text(text: String, incoming: &Incoming) -> Result<String, String> {
    match intake::format_of(incoming, &text) {
        Format::Html => {
            perf::mark(perf::EXTRACT_START);
            let tree = page::page_tree(&text)?;
            let article = companion_core::extract(&tree).map_err(|e| format!("{}{e}", incoming.label()));
            perf::measure_since(perf::EXTRACT, perf::EXTRACT_START);
            Ok(article?.to_text())
        }
        Format::Markdown => Ok(companion_core::markdown_text(&text)),
        Format::Text => Ok(text),
    }
}

/// The article in a file the reader chose or dropped.
///
/// # Errors
/// As [`from_bytes`], and a file the browser cannot read.
pub async fn from_file(file: &web_sys::File) -> Result<String, String> {
    let (name, mime) = (file.name(), file.type_());
    let incoming = Incoming { name: &name, mime: &mime };
    // Refuse before reading: a 2 GB video is never loaded into memory.
    if let Some(message) = intake::refusal(&incoming, file.size() as usize) {
        return Err(message);
    }
    let buffer =
        JsFuture::from(file.array_buffer()).await.map_err(|_| format!("{name} could not be read."))?;
    from_bytes(&js_sys::Uint8Array::new(&buffer).to_vec(), &incoming, None)
}

/// The article at the web address `url`.
///
/// # Errors
/// Not a web address; the site refusing to be read from another page (CORS) or being
/// unreachable, with the way around it (save the page, open the file); an HTTP error; and
/// as [`from_bytes`].
pub async fn from_url(url: &str) -> Result<String, String> {
    let url = url.trim();
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Err(format!("\"{url}\" is not a web address. Enter one that starts with https://."));
    }
    let fetched = fetch::fetch_bytes(url).await.map_err(|e| match e.status() {
        Some(_) => format!("The article could not be loaded: {e}."),
        None => format!(
            "{url} could not be read from here. Many news sites do not let other pages read their articles (they refuse cross-origin requests), or the site may be unreachable. Open the page in your browser, save it (Ctrl+S or ⌘S), then open the saved file here."
        ),
    })?;
    let incoming = Incoming { name: url, mime: &fetched.content_type };
    from_bytes(&fetched.bytes, &incoming, intake::charset_of(&fetched.content_type))
}

/// `bytes` decoded as `label` by the browser's `TextDecoder` (an unknown label: UTF-8). A
/// byte-order mark is dropped; malformed sequences become U+FFFD.
fn decode(bytes: &[u8], label: &str) -> Result<String, String> {
    let decoder = web_sys::TextDecoder::new_with_label(label)
        .or_else(|_| web_sys::TextDecoder::new_with_label("utf-8"))
        .map_err(|_| "no decoder".to_owned())?;
    decoder.decode_with_u8_array(bytes).map_err(|_| format!("not valid {label}"))
}
