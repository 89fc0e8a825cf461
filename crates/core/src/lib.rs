//! The analysis core of the Reading Companion.
//!
//! Everything the app knows about an article is computed here, by pure functions over a
//! `&str`: no IO, no web crates, no global state. Results are plain serde data whose
//! positions are byte offsets ([`Span`]) into the text that was analysed, so the browser UI
//! and the `companion` command line slice the same text the same way and never re-parse it.
//!
//! The entry points:
//! - [`check_input`] turns raw bytes (a file, a paste, a download) into text, or into an
//!   [`InputError`] with a message a reader can act on.
//! - [`analyze`] never fails and never panics: it returns an [`Analysis`] for any text.
//! - [`analyze_with`] does the same with a [`Glossary`] of background notes: the built-in
//!   pack ([`Glossary::from_pack_json`]) merged with a custom one ([`Glossary::parse_custom`]).
//! - [`extract`] turns a saved web page, walked into a [`PageTree`] by a
//!   [`PageTreeBuilder`], into an [`ExtractedArticle`] whose text [`analyze`] reads;
//!   [`sniff_encoding`] picks the encoding of its bytes, [`looks_like_html`] tells pages from text.
//!
//! ```
//! let text = "A headline\n\nJane Doe\nJune 12, 2014\n\nThe first paragraph of the story.";
//! let analysis = companion_core::analyze(text);
//! let title = analysis.article.title.expect("a title");
//! assert_eq!(title.slice(text), "A headline");
//! assert_eq!(analysis.article.byline.expect("a byline").slice(text), "Jane Doe");
//! ```
#![deny(missing_docs)]

mod analysis;
mod article;
mod extract;
mod input;
mod lines;
mod markdown;
mod notes;
mod outline;
mod quotes;
mod span;

pub use analysis::{Analysis, analyze, analyze_with};
pub use article::{Article, Block, BlockKind, Removed, RemovedKind};
pub use extract::{
    ExtractError, ExtractedArticle, ExtractedBlock, ExtractedKind, PageTree, PageTreeBuilder, bom_encoding,
    extract, looks_like_html, sniff_encoding,
};
pub use input::{InputError, MAX_INPUT_BYTES, check_input};
pub use markdown::markdown_text;
pub use notes::{Entry, Glossary, GlossaryError, GlossaryFormat, Note, NoteSource};
pub use outline::{note_listing, outline, quote_listing};
pub use quotes::{Quote, QuoteKind, Speaker, SpeakerKind};
pub use span::Span;
