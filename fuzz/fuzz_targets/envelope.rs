//! The sharing format: container, payload and signature checks. See `fuzz/checks.rs`.
#![no_main]

// Shared with the proptests; each target uses one of its checks.
#[allow(dead_code)]
#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::envelope(data));
