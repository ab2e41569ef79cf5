//! A mentor's key swapped before the first share. The facilitator (who may be
//! the adversary) hands Melati a card for "Bu Rina" that is really the
//! attacker's. With no trust on first use the pin stays "belum dicek": the
//! words Bu Rina reads out face to face match none of the sets, and every later
//! step (sealing for her, receiving from the card) says "belum dicek".

use crate::common::NOW;
use crate::{advice, elsewhere, pick, pin_checked};
use langkah::domain::Role;
use langkah::sharing::{
    CheckOutcome, Choice, PinChange, PinState, container, decrypt, encrypt_container,
};

#[test]
fn a_mentor_key_swapped_before_the_first_share_stays_belum_dicek() {
    let mut c = crate::common::Centre::new();
    let melati = c.member(Role::Participant, "Melati", crate::MELATI_PASS);
    let rina = elsewhere();
    let attacker = elsewhere();

    let (pin, change) = c
        .vault
        .pin_card(&melati, "Bu Rina", attacker.card().clone(), NOW)
        .unwrap();
    assert_eq!((change, pin.state()), (PinChange::New, PinState::Unchecked));

    // Face to face, Bu Rina reads out her own words: none of the sets holds
    // them, so Melati says none matches.
    let check = c.vault.start_check(&melati, "Bu Rina").unwrap();
    assert_eq!(pick(&check, rina.card()), Choice::NoneMatch);
    assert_eq!(
        c.vault
            .check_pin(&melati, "Bu Rina", &check, Choice::NoneMatch, NOW)
            .unwrap(),
        CheckOutcome::NotChecked
    );
    assert_eq!(
        c.vault.pinned(&melati, "Bu Rina").unwrap().state(),
        PinState::Unchecked
    );

    // Every later step says so. Sealing for "Bu Rina": the file is for the
    // attacker's key (not Rina's), and it is marked unchecked.
    let sealed = c
        .vault
        .seal_for(&melati, "Bu Rina", &advice("Catatan saya"), NOW)
        .unwrap();
    assert_eq!(sealed.receiver.state(), PinState::Unchecked);
    assert!(decrypt(attacker.identity(), &sealed.bytes).is_ok());
    assert!(decrypt(rina.identity(), &sealed.bytes).is_err());
    // Receiving from that card: accepted as signed, but marked unchecked.
    let reply = container(
        &attacker,
        &crate::payload(attacker.card(), &melati.card(), "Balasan").to_bytes(),
    );
    let got = c
        .vault
        .receive(&melati, &encrypt_container(&melati.card(), &reply), NOW)
        .unwrap();
    assert_eq!(got.sender.label(), "Bu Rina");
    assert_eq!(got.sender.state(), PinState::Unchecked);
    let listed = c.vault.pins(&melati).unwrap();
    assert_eq!(listed.pins.len(), 1);
    assert_eq!(listed.pins[0].1.state(), PinState::Unchecked);

    // When the real card arrives, the key changes: still unchecked until the
    // words she hears match.
    let (pin, change) = c
        .vault
        .pin_card(&melati, "Bu Rina", rina.card().clone(), NOW)
        .unwrap();
    assert_eq!(
        (change, pin.state()),
        (PinChange::KeyChanged, PinState::Unchecked)
    );
    pin_checked(&mut c.vault, &melati, "Bu Rina", rina.card().clone());
    assert_eq!(
        c.vault.pinned(&melati, "Bu Rina").unwrap().state(),
        PinState::Checked
    );
}
