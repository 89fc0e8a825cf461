//! Files embedded in the page, read instead of fetched: the single-file edition
//! (`reading-companion.html`, written by `tools/build/single-file.mjs`) carries the notes pack
//! and the sample as data blocks, `<script type="application/json" data-rc-file="notes/pack.json">`,
//! each holding the file's text as one JSON string.

use wasm_bindgen::JsCast;

/// The attribute that names the file (the URL the app would fetch) a data block holds.
pub const FILE_ATTRIBUTE: &str = "data-rc-file";

/// The text of the file at `url` when the page embeds it (the URL exactly as the app would
/// fetch it); `None` when it does not, or the block is not a JSON string.
pub fn text(url: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let blocks = document.query_selector_all(&format!("script[{FILE_ATTRIBUTE}]")).ok()?;
    let block = (0..blocks.length())
        .filter_map(|i| blocks.item(i)?.dyn_into::<web_sys::Element>().ok())
        .find(|block| block.get_attribute(FILE_ATTRIBUTE).as_deref() == Some(url))?;
    js_sys::JSON::parse(&block.text_content()?).ok()?.as_string()
}
