//! Yew components. They render state and report interaction; analysis stays in the core.

mod article_view;
mod paste_box;

pub use article_view::ArticleView;
pub use paste_box::PasteBox;
