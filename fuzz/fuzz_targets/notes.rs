//! The app's own notes, age-encrypted while she is locked. See `fuzz/checks.rs`.
#![no_main]

// Shared with the proptests; each target uses one of its checks.
#[allow(dead_code)]
#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::notes(data));
