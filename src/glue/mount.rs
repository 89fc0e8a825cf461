//! Putting the app into elements of the host page.

use wasm_bindgen::JsCast;
use yew::AttrValue;

use crate::app::{App, AppProps};

/// The attribute that marks an element to mount into. Its value, when not empty, is the URL
/// of the article to open instead of the sample.
pub const MOUNT_ATTRIBUTE: &str = "data-reading-companion";

/// Mounts the app into `element`, replacing its content (Yew clears it: a loading message,
/// typically).
/// The app lives as long as the page, or until the returned handle's `destroy`.
pub fn mount(element: web_sys::Element) -> yew::AppHandle<App> {
    let url = element.get_attribute(MOUNT_ATTRIBUTE).filter(|u| !u.trim().is_empty());
    let article_url = url.map_or(AttrValue::Static(crate::app::SAMPLE_URL), AttrValue::from);
    yew::Renderer::<App>::with_root_and_props(element, AppProps { article_url, embedding: None }).render()
}

/// Mounts the app into every element carrying [`MOUNT_ATTRIBUTE`] and returns how many.
///
/// # Errors
/// A page without a document gives a message.
pub fn mount_all() -> Result<usize, String> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document to mount into")?;
    let nodes = document
        .query_selector_all(&format!("[{MOUNT_ATTRIBUTE}]"))
        .map_err(|_| "the mount selector was refused".to_owned())?;
    let elements: Vec<web_sys::Element> =
        (0..nodes.length()).filter_map(|i| nodes.item(i)?.dyn_into().ok()).collect();
    for element in &elements {
        // Dropping the handle leaves the app mounted for the page's lifetime.
        drop(mount(element.clone()));
    }
    Ok(elements.len())
}
