//! Yew components. They render state and report interaction as [`Action`](crate::state::Action)s;
//! analysis stays in the core and derived views in [`reading`](crate::reading).

mod help_dialog;
mod library_panel;
mod note_popup;
mod notes_panel;
mod offline_status;
mod open_panel;
mod reader;
mod speakers_panel;

pub use help_dialog::HelpDialog;
pub use library_panel::LibraryPanel;
pub use offline_status::OfflineStatus;
pub use open_panel::{OpenPanel, open_file};
pub use reader::Reader;
