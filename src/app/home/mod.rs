//! The home menu, and the privacy page it leads to.

pub(super) mod back;
pub mod effect;
pub mod screen;
pub(super) mod update;
