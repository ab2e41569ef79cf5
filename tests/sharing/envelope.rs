//! Signing and verifying, and each thing the receiver refuses: a flipped
//! byte, a wrong signer, a wrong receiver, an unknown version, expiry.

use crate::common::NOW;
use crate::{advice, elsewhere, pair, payload, pin_checked};
use ed25519_dalek::Verifier;
use langkah::sharing::{
    PinState, SIGNATURE_PREFIX, ShareError, Unverified, container, decrypt, encrypt_container,
};
use langkah::vault::SharingError;

fn refused(e: SharingError) -> ShareError {
    match e {
        SharingError::Share(e) => e,
        other => panic!("expected a refused file, got {other:?}"),
    }
}

#[test]
fn advice_from_her_mentor_opens_with_the_exact_bytes_that_were_signed() {
    let mut p = pair();
    let sealed =
        p.c.vault
            .seal_for(
                &p.rina,
                "Melati",
                &advice("Coba catat jualan setiap sore."),
                NOW,
            )
            .unwrap();
    assert_eq!(sealed.receiver.state(), PinState::Checked);
    let got = p.c.vault.receive(&p.melati, &sealed.bytes, NOW).unwrap();
    assert_eq!(got.sender.label(), "Bu Rina");
    assert_eq!(got.sender.state(), PinState::Checked);
    let payload = got.verified.payload();
    assert_eq!(payload.id, sealed.id);
    assert_eq!(payload.body.as_str(), "Coba catat jualan setiap sore.");
    assert_eq!(payload.from, p.rina.card().fingerprint());
    assert_eq!(payload.to, p.melati.card().fingerprint());
    // What she is shown is built from the signed bytes themselves.
    assert_eq!(got.verified.bytes(), payload.to_bytes().as_slice());
}

#[test]
fn a_flipped_byte_anywhere_is_refused() {
    let mut p = pair();
    let mentor = elsewhere();
    pin_checked(&mut p.c.vault, &p.melati, "Bu Ani", mentor.card().clone());
    let msg = payload(mentor.card(), &p.melati.card(), "Simpan struk belanja.");
    let bytes = msg.to_bytes();
    let good = container(&mentor, &bytes);
    // Every byte of the header, the payload and the signature.
    let signed_len = 22 + bytes.len() + 64;
    for i in 0..signed_len {
        let mut bad = good.to_vec();
        bad[i] ^= 0x01;
        let file = encrypt_container(&p.melati.card(), &bad);
        let e = refused(
            p.c.vault
                .receive(&p.melati, &file, NOW)
                .err()
                .unwrap_or_else(|| panic!("a flip at byte {i} was accepted")),
        );
        assert_ne!(e, ShareError::Replayed, "byte {i}");
    }
    // A flip in the age layer itself.
    let file = encrypt_container(&p.melati.card(), &good);
    for i in [file.len() / 2, file.len() - 1] {
        let mut bad = file.clone();
        bad[i] ^= 0x01;
        assert_eq!(
            refused(p.c.vault.receive(&p.melati, &bad, NOW).err().unwrap()),
            ShareError::Damaged
        );
    }
    // Positive control, last so its id is not yet seen above: unflipped, it opens.
    let got = p.c.vault.receive(&p.melati, &file, NOW).unwrap();
    assert_eq!(got.verified.bytes(), bytes.as_slice());
}

#[test]
fn a_payload_signed_by_someone_else_is_refused() {
    let mut p = pair();
    let eve = elsewhere();
    // Eve writes "advice" that names Rina as its signer, and signs it herself.
    let forged = payload(&p.rina.card(), &p.melati.card(), "Kirim kata sandimu.");
    let bytes = forged.to_bytes();
    let sealed = container(&eve, &bytes);
    // Positive control: it is a valid signature, by Eve, over exactly these
    // bytes, and a valid age file to Melati.
    let mut message = SIGNATURE_PREFIX.to_vec();
    message.extend_from_slice(&bytes);
    let unverified = Unverified::from_container(&sealed).unwrap();
    let signature = signature_of(&sealed, bytes.len());
    assert!(
        eve.card()
            .verifying_key()
            .verify(&message, &signature)
            .is_ok()
    );
    let file = encrypt_container(&p.melati.card(), &sealed);
    let identity = crate::sharing_identity(&p.c, "Melati", crate::MELATI_PASS);
    assert!(decrypt(&identity, &file).is_ok());

    assert_eq!(
        refused(p.c.vault.receive(&p.melati, &file, NOW).err().unwrap()),
        ShareError::BadSignature
    );
    // Checked against Eve's card, the payload names someone else.
    assert_eq!(
        unverified.verify(eve.card(), &p.melati.card(), NOW).err(),
        Some(ShareError::WrongSigner)
    );
    // Naming herself, Eve is simply not someone Melati pinned.
    let own = container(
        &eve,
        &payload(eve.card(), &p.melati.card(), "Halo").to_bytes(),
    );
    let file = encrypt_container(&p.melati.card(), &own);
    assert_eq!(
        refused(p.c.vault.receive(&p.melati, &file, NOW).err().unwrap()),
        ShareError::UnknownSigner
    );
}

fn signature_of(container: &[u8], payload_len: usize) -> ed25519_dalek::Signature {
    let start = 22 + payload_len;
    ed25519_dalek::Signature::from_bytes(container[start..start + 64].try_into().unwrap())
}

#[test]
fn advice_re_encrypted_to_another_woman_is_refused_by_her() {
    let mut p = pair();
    let dewi = p.c.member(
        langkah::domain::Role::Participant,
        "Dewi",
        "dewi suka menjahit",
    );
    let mentor = elsewhere();
    pin_checked(&mut p.c.vault, &p.melati, "Bu Ani", mentor.card().clone());
    pin_checked(&mut p.c.vault, &dewi, "Bu Ani", mentor.card().clone());
    let for_melati = container(
        &mentor,
        &payload(mentor.card(), &p.melati.card(), "Untuk Melati saja.").to_bytes(),
    );
    // Re-encrypted to Dewi, it opens with Dewi's key and its signature holds.
    let to_dewi = encrypt_container(&dewi.card(), &for_melati);
    let dewi_key = crate::sharing_identity(&p.c, "Dewi", "dewi suka menjahit");
    let opened = decrypt(&dewi_key, &to_dewi).unwrap();
    assert!(opened.verify(mentor.card(), &p.melati.card(), NOW).is_ok());
    assert_eq!(
        refused(p.c.vault.receive(&dewi, &to_dewi, NOW).err().unwrap()),
        ShareError::WrongReceiver
    );
    // Positive control: to Melati, the same container is accepted.
    let to_melati = encrypt_container(&p.melati.card(), &for_melati);
    assert!(p.c.vault.receive(&p.melati, &to_melati, NOW).is_ok());
}

#[test]
fn an_unknown_version_is_refused_even_when_signed() {
    let mut p = pair();
    let mentor = elsewhere();
    pin_checked(&mut p.c.vault, &p.melati, "Bu Ani", mentor.card().clone());
    let text = String::from_utf8(
        payload(mentor.card(), &p.melati.card(), "Versi baru")
            .to_bytes()
            .to_vec(),
    )
    .unwrap();
    assert!(text.starts_with("{\"v\":1,"));
    let newer = text.replacen("{\"v\":1,", "{\"v\":2,", 1);
    let file = encrypt_container(&p.melati.card(), &container(&mentor, newer.as_bytes()));
    assert_eq!(
        refused(p.c.vault.receive(&p.melati, &file, NOW).err().unwrap()),
        ShareError::UnknownVersion(2)
    );
    // A newer container around a known payload.
    let mut box_v2 = container(&mentor, text.as_bytes()).to_vec();
    box_v2[17] = 2;
    let file = encrypt_container(&p.melati.card(), &box_v2);
    assert_eq!(
        refused(p.c.vault.receive(&p.melati, &file, NOW).err().unwrap()),
        ShareError::UnknownVersion(2)
    );
    // Positive control: version 1, signed the same way, is accepted.
    let file = encrypt_container(&p.melati.card(), &container(&mentor, text.as_bytes()));
    assert!(p.c.vault.receive(&p.melati, &file, NOW).is_ok());
}

#[test]
fn an_expired_file_is_refused_from_its_expiry_on() {
    let mut p = pair();
    let mut draft = advice("Sampai minggu depan.");
    draft.expires = Some(NOW + 3600);
    let sealed = p.c.vault.seal_for(&p.rina, "Melati", &draft, NOW).unwrap();
    assert_eq!(
        refused(
            p.c.vault
                .receive(&p.melati, &sealed.bytes, NOW + 3600)
                .err()
                .unwrap()
        ),
        ShareError::Expired
    );
    assert!(
        p.c.vault
            .receive(&p.melati, &sealed.bytes, NOW + 3599)
            .is_ok()
    );
}

#[test]
fn a_file_for_someone_else_is_not_for_her_key() {
    let mut p = pair();
    let sealed =
        p.c.vault
            .seal_for(&p.melati, "Bu Rina", &advice("Untuk Bu Rina"), NOW)
            .unwrap();
    assert_eq!(
        refused(
            p.c.vault
                .receive(&p.melati, &sealed.bytes, NOW)
                .err()
                .unwrap()
        ),
        ShareError::NotForThisKey
    );
    assert!(p.c.vault.receive(&p.rina, &sealed.bytes, NOW).is_ok());
}
