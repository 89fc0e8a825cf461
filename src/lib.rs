//! The Reading Companion in the browser: a Yew front end over `companion-core`.
//!
//! The layers, each in its own module tree:
//! - `state`: what the app shows (the article text and its analysis) and the one place where
//!   input is checked and analysed; plain Rust, no web types.
//! - `components`: Yew components that render that state and turn interaction into messages.
//!   They slice the text with the analysis's spans and never parse it themselves.
//! - `glue`: the browser services (mounting, fetching, asset URLs), small and separately
//!   tested with `wasm-bindgen-test`.
//!
//! [`start`] mounts one app into every element marked `data-reading-companion` on the page;
//! [`glue::embed`] is what the embed loader calls to put apps into other sites' pages.
#![deny(missing_docs)]

mod app;
mod components;
pub mod glue;
pub mod intake;
pub mod options;
mod reading;
mod state;

pub use app::{App, AppProps, ArticleSource, Embedding, GlossarySource};
pub use state::SavedArticle;

/// Mounts the app into every `[data-reading-companion]` element of the page, or reports on the
/// console why it could not. On a page that loaded the embed loader (`reading-companion.js`)
/// it does nothing: the loader mounts, through [`glue::embed`].
pub fn start() {
    if glue::embed::loaded_by_embed_script() {
        return;
    }
    match glue::mount::mount_all() {
        Ok(0) => gloo::console::error!(
            "Reading Companion: no element with a data-reading-companion attribute to mount into."
        ),
        Ok(_) => {}
        Err(message) => gloo::console::error!(format!("Reading Companion: {message}")),
    }
}
