//! Property tests for the payload parser and the signature check. Arbitrary
//! bytes go straight to the parsers; arbitrary payloads are also signed and
//! encrypted under fixed keys, so that everything after decryption runs on
//! them. Nothing may panic, and only a well-formed payload that names the
//! signer and the receiver is ever accepted.

use crate::common::NOW;
use langkah::crypto::Identity;
use langkah::sharing::{
    Payload, ShareError, SharingKeys, Unverified, container, decrypt, encrypt_container,
};
use proptest::prelude::*;
use std::sync::OnceLock;

/// Fixed keys, so that failures reproduce: all-0x11 signs, all-0x22 receives.
fn fixed(byte: u8) -> SharingKeys {
    let hrp = bech32::Hrp::parse("age-secret-key-").unwrap();
    let text = bech32::encode::<bech32::Bech32>(hrp, &[byte; 32])
        .unwrap()
        .to_uppercase();
    SharingKeys::from_identity(Identity::from_secret(&text).unwrap())
}

fn signer() -> &'static SharingKeys {
    static K: OnceLock<SharingKeys> = OnceLock::new();
    K.get_or_init(|| fixed(0x11))
}

fn receiver() -> &'static SharingKeys {
    static K: OnceLock<SharingKeys> = OnceLock::new();
    K.get_or_init(|| fixed(0x22))
}

/// Signs, encrypts, decrypts and verifies `bytes` as a payload.
fn through_everything(bytes: &[u8]) -> Result<Payload, ShareError> {
    let file = encrypt_container(receiver().card(), &container(signer(), bytes));
    let unverified = decrypt(receiver().identity(), &file)?;
    unverified.claimed_signer()?;
    let verified = unverified.verify(signer().card(), receiver().card(), NOW)?;
    assert_eq!(verified.bytes(), bytes, "verified bytes are the bytes sent");
    Payload::parse(verified.bytes())
}

/// Payload-shaped JSON with each field drawn from good and bad values, so
/// that the checks beyond "is it JSON" are reached often.
fn payload_json() -> impl Strategy<Value = String> {
    let fp = |k: &'static SharingKeys| k.card().fingerprint().to_hex();
    let hexish = || {
        prop_oneof![
            4 => "[0-9a-f]{32}",
            1 => "[0-9a-fA-F]{0,40}",
            1 => Just(String::new()),
            1 => "[0-9a-f]{64}",
        ]
    };
    let party = |good: &'static SharingKeys| {
        prop_oneof![
            4 => Just(fp(good)),
            1 => Just(fp(if std::ptr::eq(good, signer()) { receiver() } else { signer() })),
            1 => "[0-9a-f]{64}",
            1 => "[0-9a-f]{0,70}",
        ]
    };
    // Good values are drawn most often, so that many payloads are accepted
    // and the bad value in the others is often the only one.
    (
        prop_oneof![4 => Just(1u32), 1 => any::<u32>()],
        prop_oneof![
            2 => Just("share".to_owned()),
            2 => Just("advice".to_owned()),
            2 => Just("withdraw".to_owned()),
            1 => "[a-z]{0,8}"
        ],
        hexish(),
        party(signer()),
        party(receiver()),
        prop_oneof![4 => Just(NOW - 10), 1 => any::<i64>()],
        prop_oneof![
            3 => Just("null".to_owned()),
            1 => (NOW - 5..NOW + 5).prop_map(|e| e.to_string()),
            1 => any::<i64>().prop_map(|e| e.to_string()),
        ],
        prop_oneof![
            3 => Just("null".to_owned()),
            1 => hexish().prop_map(|h| format!("\"{h}\"")),
        ],
        ".{0,40}",
        prop::bool::weighted(0.2),
    )
        .prop_map(
            |(v, kind, id, from, to, created, expires, reply_to, body, extra)| {
                let body = serde_json::to_string(&body).unwrap();
                let extra = if extra { ",\"x\":0" } else { "" };
                format!(
                    "{{\"v\":{v},\"type\":\"{kind}\",\"id\":\"{id}\",\"from\":\"{from}\",\
                     \"to\":\"{to}\",\"created\":{created},\"expires\":{expires},\
                     \"reply_to\":{reply_to},\"body\":{body}{extra}}}"
                )
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic_the_parsers(bytes in proptest::collection::vec(any::<u8>(), 0..1200)) {
        let _ = Payload::parse(&bytes);
        if let Ok(u) = Unverified::from_container(&bytes) {
            let _ = u.claimed_signer();
            prop_assert!(u.verify(signer().card(), receiver().card(), NOW).is_err());
        }
        prop_assert!(decrypt(receiver().identity(), &bytes).is_err());
    }

    #[test]
    fn arbitrary_payloads_signed_under_a_fixed_key_are_refused_unless_valid(
        bytes in proptest::collection::vec(any::<u8>(), 0..600)
    ) {
        // Random bytes are almost never a payload; refusing is the only answer.
        prop_assert!(through_everything(&bytes).is_err());
    }

    #[test]
    fn payload_shaped_input_is_accepted_only_when_every_field_is_right(json in payload_json()) {
        let parsed = Payload::parse(json.as_bytes());
        match through_everything(json.as_bytes()) {
            Ok(p) => {
                // Accepted: then it named these two cards, and parsed alone too.
                prop_assert_eq!(p.from, signer().card().fingerprint());
                prop_assert_eq!(p.to, receiver().card().fingerprint());
                prop_assert!(p.expires.is_none_or(|e| e > NOW));
                prop_assert!(!json.contains(",\"x\":0"));
                prop_assert_eq!(parsed.ok(), Some(p));
            }
            Err(e) => {
                // Refused after parsing only for who or when, else for the form.
                if let Ok(p) = parsed {
                    prop_assert!(
                        matches!(e, ShareError::WrongSigner | ShareError::WrongReceiver | ShareError::Expired),
                        "{e:?} for {p:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_generator_reaches_acceptance() {
    // The property above is only meaningful if some generated payloads are
    // accepted: a valid one built the same way must be.
    let good = format!(
        "{{\"v\":1,\"type\":\"advice\",\"id\":\"{}\",\"from\":\"{}\",\"to\":\"{}\",\
         \"created\":{},\"expires\":null,\"reply_to\":null,\"body\":\"Halo\"}}",
        "0".repeat(32),
        signer().card().fingerprint().to_hex(),
        receiver().card().fingerprint().to_hex(),
        NOW - 10
    );
    assert!(through_everything(good.as_bytes()).is_ok());
    assert_eq!(
        through_everything(good.replace("\"Halo\"}", "\"Halo\",\"x\":0}").as_bytes()).err(),
        Some(ShareError::Malformed)
    );
}
