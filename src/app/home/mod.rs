//! The home menu, and the privacy page it leads to.

pub(super) mod update;
