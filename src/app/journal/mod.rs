//! The journal: her entries with search and filters, reading, the editor and
//! its drafts, prompts and the chart.

mod editor;
pub mod effect;
mod filters;
pub mod screen;
mod state;
pub(super) mod update;
mod write;

pub use editor::{Editor, EditorField};
pub use state::Journal;
