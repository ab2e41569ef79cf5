//! Pins: the words check a key, a card whose words differ never checks, a
//! changed key goes back to "belum dicek", and a pin changed in the database
//! is refused and reported, never taken as missing.

use crate::common::NOW;
use crate::{MELATI_PASS, advice, elsewhere, pair, pick, pin_checked};
use langkah::crypto::{KeyBundle, seal};
use langkah::domain::Id;
use langkah::sharing::{CheckOutcome, Choice, PinChange, PinState, WordCheck};
use langkah::vault::SharingError;

#[test]
fn a_card_whose_words_differ_is_never_checked() {
    let mut p = pair();
    let pinned = elsewhere();
    let read_out = elsewhere();
    assert_ne!(pinned.card().words(), read_out.card().words());
    p.c.vault
        .pin_card(&p.melati, "Bu Ani", pinned.card().clone(), NOW)
        .unwrap();
    for _ in 0..20 {
        let check = p.c.vault.start_check(&p.melati, "Bu Ani").unwrap();
        // The words read out to her are in none of the three sets.
        assert!(check.sets().iter().all(|s| *s != read_out.card().words()));
        assert_eq!(pick(&check, read_out.card()), Choice::NoneMatch);
        // "None of these", and every set that is not the pinned card's, leave
        // it unchecked.
        for choice in [
            Choice::NoneMatch,
            Choice::Set(0),
            Choice::Set(1),
            Choice::Set(2),
        ] {
            if choice == pick(&check, pinned.card()) {
                continue;
            }
            assert_eq!(
                p.c.vault
                    .check_pin(&p.melati, "Bu Ani", &check, choice, NOW)
                    .unwrap(),
                CheckOutcome::NotChecked
            );
            assert_eq!(
                p.c.vault.pinned(&p.melati, "Bu Ani").unwrap().state(),
                PinState::Unchecked
            );
        }
    }
    // Positive control: the pinned card's own words do check it.
    let check = p.c.vault.start_check(&p.melati, "Bu Ani").unwrap();
    let right = pick(&check, pinned.card());
    assert_eq!(
        p.c.vault
            .check_pin(&p.melati, "Bu Ani", &check, right, NOW)
            .unwrap(),
        CheckOutcome::Checked
    );
}

#[test]
fn a_changed_key_goes_back_to_belum_dicek_and_must_be_checked_again() {
    let mut p = pair();
    assert_eq!(
        p.c.vault.pinned(&p.melati, "Bu Rina").unwrap().state(),
        PinState::Checked
    );
    let stale = p.c.vault.start_check(&p.melati, "Bu Rina").unwrap();
    let new_key = elsewhere();
    let (pin, change) =
        p.c.vault
            .pin_card(&p.melati, "bu rina", new_key.card().clone(), NOW)
            .unwrap();
    assert_eq!(change, PinChange::KeyChanged);
    assert_eq!(pin.state(), PinState::Unchecked);
    assert_eq!(pin.label(), "Bu Rina");
    // The same card again changes nothing.
    let (_, again) =
        p.c.vault
            .pin_card(&p.melati, "Bu Rina", new_key.card().clone(), NOW)
            .unwrap();
    assert_eq!(again, PinChange::Unchanged);
    // A check begun for the old card can't check the new one.
    let old_right = pick(&stale, &p.rina.card());
    assert_eq!(
        p.c.vault
            .check_pin(&p.melati, "Bu Rina", &stale, old_right, NOW)
            .unwrap(),
        CheckOutcome::Stale
    );
    let sealed =
        p.c.vault
            .seal_for(&p.melati, "Bu Rina", &advice("Halo"), NOW)
            .unwrap();
    assert_eq!(sealed.receiver.state(), PinState::Unchecked);
    pin_checked(&mut p.c.vault, &p.melati, "Bu Rina", new_key.card().clone());
    assert_eq!(
        p.c.vault.pinned(&p.melati, "Bu Rina").unwrap().state(),
        PinState::Checked
    );
}

#[test]
fn a_plain_yes_has_no_way_to_check_a_key() {
    // The only answers are a set or "none": there is no "yes". Picking a set
    // at random checks a wrong card at most one time in three, and the real
    // words are needed to know which.
    let card = elsewhere().card().clone();
    let check = WordCheck::new(&card);
    let right: Vec<Choice> = (0..3)
        .map(Choice::Set)
        .filter(|&c| check.is_right(c))
        .collect();
    assert_eq!(right, vec![pick(&check, &card)]);
}

fn pin_row_ids(p: &crate::Pair) -> Vec<(Id, Vec<u8>)> {
    let conn = p.c.vault.store().conn();
    let mut stmt = conn
        .prepare("SELECT id, sealed FROM records WHERE kind = 'pin' AND owner = (SELECT id FROM accounts WHERE alias = 'Melati') ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| {
        Ok((Id::from_slice(&r.get::<_, Vec<u8>>(0)?).unwrap(), r.get(1)?))
    })
    .unwrap()
    .map(|r| r.unwrap())
    .collect()
}

#[test]
fn a_pin_changed_in_the_database_is_refused_and_reported() {
    let mut p = pair();
    let other = elsewhere();
    pin_checked(&mut p.c.vault, &p.melati, "Bu Ani", other.card().clone());
    let rows = pin_row_ids(&p);
    assert_eq!(rows.len(), 2);
    let melati_id = *p.melati.account();
    // The attacker copies one of her sealed pins over the other, hoping to
    // point "Bu Rina" at Bu Ani's card (or the reverse).
    let (target, _) = &rows[0];
    let (source, source_sealed) = &rows[1];
    // Positive control: the copied bytes are a real pin of hers, sealed by her
    // key, and open where they were.
    let wrapped: Vec<u8> =
        p.c.vault
            .store()
            .conn()
            .query_row(
                "SELECT keys_by_passphrase FROM accounts WHERE alias = 'Melati'",
                [],
                |r| r.get(0),
            )
            .unwrap();
    let keys = KeyBundle::unwrap(
        &secrecy::SecretString::from(MELATI_PASS.to_owned()),
        &wrapped,
    )
    .unwrap();
    assert!(seal::open(keys.vault_key(), &melati_id, "pin", source, source_sealed).is_ok());
    p.c.vault
        .store()
        .conn()
        .execute(
            "UPDATE records SET sealed = ?1 WHERE id = ?2",
            rusqlite::params![source_sealed, target.as_bytes()],
        )
        .unwrap();

    let pins = p.c.vault.pins(&p.melati).unwrap();
    assert_eq!(pins.unreadable, 1);
    assert_eq!(pins.pins.len(), 1);
    // Every step that needs pins refuses while one is unreadable.
    for label in ["Bu Rina", "Bu Ani"] {
        assert!(matches!(
            p.c.vault.pinned(&p.melati, label),
            Err(SharingError::PinsUnreadable(1))
        ));
    }
    assert!(matches!(
        p.c.vault
            .pin_card(&p.melati, "Bu Sinta", elsewhere().card().clone(), NOW),
        Err(SharingError::PinsUnreadable(1))
    ));
    let sealed =
        p.c.vault
            .seal_for(&p.rina, "Melati", &advice("Halo"), NOW)
            .unwrap();
    assert!(matches!(
        p.c.vault.receive(&p.melati, &sealed.bytes, NOW),
        Err(SharingError::PinsUnreadable(1))
    ));
    // Once she has been told, she clears it; the person it was for must be
    // pinned again, and starts "belum dicek".
    assert_eq!(p.c.vault.drop_unreadable_pins(&p.melati).unwrap(), 1);
    let left = p.c.vault.pins(&p.melati).unwrap();
    assert_eq!((left.pins.len(), left.unreadable), (1, 0));
    let gone = if left.pins[0].1.has_label("Bu Rina") {
        "Bu Ani"
    } else {
        "Bu Rina"
    };
    assert!(matches!(
        p.c.vault.pinned(&p.melati, gone),
        Err(SharingError::NoSuchPin)
    ));
    let (pin, change) =
        p.c.vault
            .pin_card(&p.melati, gone, elsewhere().card().clone(), NOW)
            .unwrap();
    assert_eq!((change, pin.state()), (PinChange::New, PinState::Unchecked));
}

#[test]
fn a_label_must_be_plain_and_short() {
    let mut p = pair();
    for bad in ["", "   ", "a\nb", &"x".repeat(65)] {
        assert!(matches!(
            p.c.vault
                .pin_card(&p.melati, bad, elsewhere().card().clone(), NOW),
            Err(SharingError::BadLabel)
        ));
    }
}
