//! Browser services, kept apart from the components so that each is small and tested on its
//! own in headless Chromium (`tests/browser.rs`).

pub mod embed;
pub mod embedded;
pub mod fetch;
pub mod file;
pub mod keys;
pub mod library;
pub mod link;
pub mod load;
pub mod mount;
pub mod page;
pub mod perf;
pub mod popup;
pub mod service_worker;
