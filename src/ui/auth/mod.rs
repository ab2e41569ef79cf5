//! Getting in: the first-run language choice, every form, and the codes to keep.

pub mod codes;
pub mod form;
pub mod language;
