//! Yew components. They render state and report interaction as [`Action`](crate::state::Action)s;
//! analysis stays in the core and derived views in [`reading`](crate::reading).

mod help_dialog;
mod note_popup;
mod notes_panel;
mod offline_status;
mod paste_box;
mod reader;
mod speakers_panel;

pub use help_dialog::HelpDialog;
pub use offline_status::OfflineStatus;
pub use paste_box::PasteBox;
pub use reader::Reader;
