//! Fuzzes the payload parser and the signature check. Each input is fed
//! straight to the container and payload parsers, and is also signed as a
//! payload under a fixed key and encrypted to a fixed receiver, so that all the
//! checks after decryption run on fuzzer-made payloads. Nothing may panic, and
//! an accepted payload must name the fixed signer and receiver.
#![no_main]

use langkah::crypto::Identity;
use langkah::sharing::{Payload, SharingKeys, Unverified, container, decrypt, encrypt_container};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const NOW: i64 = 1_795_420_800;

fn fixed(byte: u8) -> SharingKeys {
    let hrp = bech32::Hrp::parse("age-secret-key-").expect("a valid prefix");
    let text = bech32::encode::<bech32::Bech32>(hrp, &[byte; 32])
        .expect("32 bytes encode")
        .to_uppercase();
    SharingKeys::from_identity(Identity::from_secret(&text).expect("a valid key"))
}

fn keys() -> &'static (SharingKeys, SharingKeys) {
    static K: OnceLock<(SharingKeys, SharingKeys)> = OnceLock::new();
    K.get_or_init(|| (fixed(0x11), fixed(0x22)))
}

fuzz_target!(|data: &[u8]| {
    let (signer, receiver) = keys();
    let _ = Payload::parse(data);
    if let Ok(u) = Unverified::from_container(data) {
        let _ = u.claimed_signer();
        let _ = u.verify(signer.card(), receiver.card(), NOW);
    }
    if data.len() > langkah::sharing::MAX_PAYLOAD {
        return;
    }
    let file = encrypt_container(receiver.card(), &container(signer, data));
    let unverified = decrypt(receiver.identity(), &file).expect("our own envelope opens");
    if let Ok(verified) = unverified.verify(signer.card(), receiver.card(), NOW) {
        assert_eq!(verified.bytes(), data);
        assert_eq!(verified.payload().from, signer.card().fingerprint());
        assert_eq!(verified.payload().to, receiver.card().fingerprint());
    }
});
