//! Langkah: a private, encrypted journal and goal planner for a shared computer.
//!
//! Layers, from the bottom up: `domain` (plain types and rules), `crypto` (keys,
//! wrapping, record sealing), `store` (SQLite over ciphertext), `vault` (accounts,
//! login and the unlocked session), `i18n` (messages in Bahasa Indonesia and
//! English), and `cli` (the facilitator's command line).

pub mod app;
pub mod cli;
pub mod crypto;
pub mod datadir;
pub mod domain;
pub mod hardening;
pub mod i18n;
pub mod runtime;
pub mod sharing;
pub mod store;
pub mod ui;
pub mod vault;
