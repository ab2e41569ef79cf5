//! Signing in: the first-run language choice and wizard, login, first login
//! with a setup code, recovery, a passphrase change, and the recovery code she
//! must keep.

pub mod effect;
pub mod forms;
pub mod screen;
pub(super) mod update;

pub use update::{language_of_locale, preselect_language};
