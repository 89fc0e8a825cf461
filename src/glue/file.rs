//! Reading a file the reader chose (a file input or a drop) as text.

use wasm_bindgen_futures::JsFuture;

/// The largest file read as text, in bytes (20 MB, as for articles).
pub const MAX_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

/// Reads `file` as UTF-8 text.
///
/// # Errors
/// A file over [`MAX_FILE_BYTES`] or one the browser cannot read gives a message naming it.
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    let name = file.name();
    if file.size() > MAX_FILE_BYTES {
        return Err(format!("{name} is too large to open ({:.1} MB).", file.size() / 1_048_576.0));
    }
    let text = JsFuture::from(file.text()).await.map_err(|_| format!("{name} could not be read."))?;
    text.as_string().ok_or_else(|| format!("{name} could not be read as text."))
}
