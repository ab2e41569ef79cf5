//! The app: its model, the keys, and the pure `update` that drives it.
//!
//! `update.rs` routes; each feature has a folder with its state and its part of
//! `update`: `auth` (signing in), `home`, `admin` (the facilitator's screens),
//! `journal` and `goals`. `lock.rs` says what a lock wipes.

pub mod admin;
pub mod auth;
pub mod effect;
pub mod field;
pub mod form;
pub mod goals;
mod home;
pub mod journal;
pub mod keymap;
pub mod keys;
mod list;
pub mod lock;
pub mod model;
pub mod notice;
pub mod prompts;
pub mod scroll;
pub mod shown;
pub mod spec;
pub mod update;

pub use effect::{Effect, Outcome};
pub use keys::Key;
pub use model::{Model, Moment};
pub use update::{Action, update};
