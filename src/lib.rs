//! Langkah: a private, encrypted journal and goal planner for a shared computer.
//!
//! Layers, from the bottom up (lower layers never import higher ones):
//! - `domain` (plain types and rules: no clock, disk or terminal), `datadir`
//!   (the checked data folder) and `hardening` (the process at start);
//! - `crypto` (keys, wrapping, record sealing) and `store` (SQLite over ciphertext);
//! - `sharing` (her card, the verification words, pins and the signed envelope);
//! - `vault` (accounts, login and the unlocked session);
//! - `i18n` (messages in Bahasa Indonesia and English);
//! - `app` (the model and the pure `update`, one folder per feature);
//! - `ui` (views of the model);
//! - `runtime` (the event loop and the executor, which alone holds keys);
//! - `cli` (the command line, and the entry point that starts the runtime).
//!
//! `docs/architecture.md` is the map.

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
