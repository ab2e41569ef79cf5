//! A file received once is refused the second time: the same bytes, a fresh
//! encryption of the same signed payload, and after the app restarts.

use crate::common::NOW;
use crate::{advice, elsewhere, pair, payload, pin_checked};
use langkah::sharing::{ShareError, container, encrypt_container};
use langkah::vault::SharingError;

fn is_replay(r: Result<langkah::vault::Received, SharingError>) -> bool {
    matches!(r, Err(SharingError::Share(ShareError::Replayed)))
}

#[test]
fn a_replayed_id_is_refused_even_re_encrypted_and_after_a_restart() {
    let mut p = pair();
    let sealed =
        p.c.vault
            .seal_for(&p.rina, "Melati", &advice("Besok kita bertemu."), NOW)
            .unwrap();
    assert!(p.c.vault.receive(&p.melati, &sealed.bytes, NOW).is_ok());
    assert!(is_replay(p.c.vault.receive(&p.melati, &sealed.bytes, NOW)));
    p.c.reopen();
    assert!(is_replay(p.c.vault.receive(
        &p.melati,
        &sealed.bytes,
        NOW + 86_400
    )));

    // A mentor elsewhere (or anyone holding the container) encrypts the same
    // signed payload again: new age bytes, same id.
    let mentor = elsewhere();
    pin_checked(&mut p.c.vault, &p.melati, "Bu Ani", mentor.card().clone());
    let signed = container(
        &mentor,
        &payload(mentor.card(), &p.melati.card(), "Sekali saja.").to_bytes(),
    );
    let first = encrypt_container(&p.melati.card(), &signed);
    let again = encrypt_container(&p.melati.card(), &signed);
    assert_ne!(first, again);
    assert!(p.c.vault.receive(&p.melati, &first, NOW).is_ok());
    assert!(is_replay(p.c.vault.receive(&p.melati, &again, NOW)));

    // A different payload from the same mentor still arrives.
    let other =
        p.c.vault
            .seal_for(&p.rina, "Melati", &advice("Besok kita bertemu."), NOW)
            .unwrap();
    assert!(p.c.vault.receive(&p.melati, &other.bytes, NOW).is_ok());
}

#[test]
fn an_unreadable_list_of_seen_ids_refuses_every_file_until_cleared() {
    let mut p = pair();
    let first =
        p.c.vault
            .seal_for(&p.rina, "Melati", &advice("Satu"), NOW)
            .unwrap();
    assert!(p.c.vault.receive(&p.melati, &first.bytes, NOW).is_ok());
    // Someone who writes the file garbles her list of seen ids (to let a
    // replay through, say).
    let changed =
        p.c.vault
            .store()
            .conn()
            .execute(
                "UPDATE records SET sealed = zeroblob(length(sealed)) WHERE kind = 'seen'",
                [],
            )
            .unwrap();
    assert_eq!(changed, 1);
    assert!(matches!(
        p.c.vault.receive(&p.melati, &first.bytes, NOW),
        Err(SharingError::SeenUnreadable(1))
    ));
    let second =
        p.c.vault
            .seal_for(&p.rina, "Melati", &advice("Dua"), NOW)
            .unwrap();
    assert!(matches!(
        p.c.vault.receive(&p.melati, &second.bytes, NOW),
        Err(SharingError::SeenUnreadable(1))
    ));
    // Once she has been told and clears it, files arrive again.
    assert_eq!(p.c.vault.drop_unreadable_seen(&p.melati).unwrap(), 1);
    assert!(p.c.vault.receive(&p.melati, &second.bytes, NOW).is_ok());
    assert!(is_replay(p.c.vault.receive(&p.melati, &second.bytes, NOW)));
}
