//! The journal: her entries with search and filters, reading, the editor and
//! its drafts, prompts and the chart.

pub mod effect;
pub mod screen;
mod state;
pub(super) mod update;

pub use state::{Editor, EditorField, Journal};
