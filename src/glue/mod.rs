//! Browser services, kept apart from the components so that each is small and tested on its
//! own in headless Chromium (`tests/browser.rs`).

pub mod embed;
pub mod fetch;
pub mod file;
pub mod html;
pub mod keys;
pub mod link;
pub mod mount;
pub mod perf;
pub mod popup;
