//! The app: its model, the keys, and the pure `update` that drives it.

pub mod effect;
pub mod field;
pub mod goals;
pub mod journal;
pub mod keymap;
pub mod keys;
pub mod model;
pub mod prompts;
pub mod update;
mod update_goals;
mod update_journal;

pub use effect::{Effect, Outcome};
pub use keys::Key;
pub use model::{Model, Moment};
pub use update::{Action, update};
