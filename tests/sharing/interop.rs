//! Interoperability with Debian's `age`: an envelope made for a card whose
//! secret came from `age-keygen` opens with `age -d -i key`, and its plaintext
//! is exactly the container described in docs/share-format.md (payload bytes
//! at a fixed place inside). These tests skip when `age` is missing, unless
//! `LANGKAH_REQUIRE_AGE=1` (set by .ci/run), when they fail instead.

use crate::common::NOW;
use crate::{elsewhere, payload};
use langkah::crypto::Identity;
use langkah::sharing::{SharingKeys, container, decrypt, encrypt_container, seal};
use std::path::Path;
use std::process::Command;

/// True if the `age` tools can be run; panics if they must be there and aren't.
pub fn age_present() -> bool {
    let ok = ["age", "age-keygen"].iter().all(|tool| {
        Command::new(tool)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    if !ok && std::env::var("LANGKAH_REQUIRE_AGE").is_ok_and(|v| v == "1") {
        panic!("LANGKAH_REQUIRE_AGE=1 but `age` or `age-keygen` can't be run");
    }
    if !ok {
        eprintln!("SKIPPED: `age` is not installed (set LANGKAH_REQUIRE_AGE=1 to fail instead)");
    }
    ok
}

/// Her keys from an `age-keygen` key file.
fn keys_from_age_keygen(dir: &Path) -> SharingKeys {
    let key = dir.join("key.txt");
    let out = Command::new("age-keygen")
        .arg("-o")
        .arg(&key)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&key).unwrap();
    let secret = text
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-1"))
        .unwrap();
    SharingKeys::from_identity(Identity::from_secret(secret).unwrap())
}

#[test]
fn an_envelope_for_an_age_keygen_key_opens_with_age_to_the_exact_container() {
    if !age_present() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let her = keys_from_age_keygen(tmp.path());
    let mentor = elsewhere();
    let msg = payload(mentor.card(), her.card(), "Nasihat minggu ini.");
    let file = tmp.path().join("nasihat.age");
    std::fs::write(&file, seal(&mentor, her.card(), &msg).unwrap()).unwrap();

    let out = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(tmp.path().join("key.txt"))
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let plain = out.stdout;
    // Ed25519 signatures are deterministic: the container can be rebuilt.
    let bytes = msg.to_bytes();
    assert_eq!(plain, container(&mentor, &bytes).to_vec());
    // The documented layout: magic, version 1, length, payload, signature, zeros.
    assert_eq!(&plain[..17], b"langkah/envelope\0");
    assert_eq!(plain[17], 1);
    let len = u32::from_be_bytes(plain[18..22].try_into().unwrap()) as usize;
    assert_eq!(len, bytes.len());
    assert_eq!(&plain[22..22 + len], bytes.as_slice());
    assert!(plain[22 + len + 64..].iter().all(|&b| b == 0));
    assert_eq!(plain.len() % 256, 0);
}

#[test]
fn a_file_encrypted_by_age_to_her_card_opens_in_langkah() {
    if !age_present() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let her = elsewhere();
    let mentor = elsewhere();
    let signed = container(
        &mentor,
        &payload(mentor.card(), her.card(), "Dari age").to_bytes(),
    );
    let plain = tmp.path().join("plain");
    std::fs::write(&plain, &*signed).unwrap();
    let out = Command::new("age")
        .arg("-r")
        .arg(her.card().recipient())
        .arg(&plain)
        .output()
        .unwrap();
    assert!(out.status.success());
    let opened = decrypt(her.identity(), &out.stdout).unwrap();
    let verified = opened.verify(mentor.card(), her.card(), NOW).unwrap();
    assert_eq!(verified.payload().body.as_str(), "Dari age");
    // And the same container from Langkah's own encryption, for comparison.
    assert!(decrypt(her.identity(), &encrypt_container(her.card(), &signed)).is_ok());
}
