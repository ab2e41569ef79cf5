//! The fuzz targets' checks (`fuzz/checks.rs`) as proptests, so that `cargo
//! test` runs each of them on a pinned number of cases. Fuzzing itself runs
//! only through `tools/fuzz.sh`, never in CI.

#[path = "../fuzz/checks.rs"]
mod checks;

use proptest::collection::vec;
use proptest::prelude::*;
use std::path::Path;

/// The seeds of the `record` and `payloads` fuzz targets, one per kind.
const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/seeds/records");

/// Amount-like text: a currency, digits and separators, a short form.
fn amount_text() -> impl Strategy<Value = String> {
    "-?(Rp|rp\\.|RM|₱|US\\$|usd|IDR)? ?[0-9]{0,4}([.,][0-9]{0,4}){0,4} ?(jt|juta|rb|ribu|JT)?"
}

/// A sample record with a few bytes changed, put in or taken out: most are
/// refused, some still parse, and all go through the same checks.
fn mutated_sample() -> impl Strategy<Value = Vec<u8>> {
    let edits = vec((any::<u16>(), any::<u8>(), 0u8..3), 0..6);
    (0..checks::samples().len(), edits).prop_map(|(which, edits)| {
        let mut bytes = checks::samples().swap_remove(which).1;
        for (at, byte, how) in edits {
            // Never the first byte: it picks the kind.
            let at = 1 + usize::from(at) % (bytes.len() - 1).max(1);
            match how {
                0 if at < bytes.len() => bytes[at] = byte,
                1 if at < bytes.len() => {
                    bytes.remove(at);
                }
                _ => bytes.insert(at.min(bytes.len()), byte),
            }
        }
        bytes
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn money(text in prop_oneof![amount_text(), ".{0,30}"]) {
        checks::money(text.as_bytes());
    }

    #[test]
    fn money_from_any_bytes(bytes in vec(any::<u8>(), 0..40)) {
        checks::money(&bytes);
    }

    #[test]
    fn payloads(bytes in mutated_sample()) {
        checks::payloads(&bytes);
    }

    #[test]
    fn payloads_from_any_bytes(bytes in vec(any::<u8>(), 0..300)) {
        checks::payloads(&bytes);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn record(bytes in prop_oneof![mutated_sample(), vec(any::<u8>(), 0..600)]) {
        checks::record(&bytes);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn notes(bytes in vec(any::<u8>(), 0..600)) {
        checks::notes(&bytes);
    }

    // `tests/sharing/fuzz.rs` covers the sharing format in depth; this runs
    // the fuzz target's own check.
    #[test]
    fn envelope(bytes in vec(any::<u8>(), 0..600)) {
        checks::envelope(&bytes);
    }
}

/// The committed seeds are one record of each kind as the app writes it today,
/// and each reads back as its kind. After a record type changes, run with
/// `LANGKAH_WRITE_SEEDS=1` to write them anew.
#[test]
fn the_seeds_are_records_as_the_app_writes_them() {
    let write = std::env::var_os("LANGKAH_WRITE_SEEDS").is_some();
    for (name, bytes) in checks::samples() {
        let (kind, content) = bytes.split_first().expect("a kind byte");
        let kind = langkah::domain::records::ALL_KINDS[usize::from(*kind)];
        assert!(
            checks::parse_payload(kind, content),
            "{name} does not parse"
        );
        let path = Path::new(SEEDS).join(&name);
        if write {
            std::fs::create_dir_all(SEEDS).unwrap();
            std::fs::write(&path, &bytes).unwrap();
        }
        let stored = std::fs::read(&path).unwrap_or_default();
        assert!(stored == bytes, "{name} is stale: LANGKAH_WRITE_SEEDS=1");
    }
}

/// The checks fail when they should: a plaintext that opens as something else,
/// or a record that reads back different, must not pass unseen.
#[test]
fn the_checks_catch_what_they_look_for() {
    use langkah::domain::records::Kind;
    assert!(!checks::parse_payload(Kind::Entry, b"{\"title\":1}"));
    assert!(!checks::parse_payload(Kind::Tombstones, &[0; 15]));
    let caught = std::panic::catch_unwind(|| checks::round_trips(-1));
    assert!(caught.is_err(), "a negative amount does not read back");
}
