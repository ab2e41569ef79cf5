//! Mentor sharing: cards, words, pins and the signed envelope, as a woman on
//! the centre's computer and a mentor (on the same computer or elsewhere) use
//! them, and as someone who writes the data folder or handles the files
//! attacks them.
//!
//! Each refusal is preceded by a positive control where that makes sense: the
//! forged thing really is a valid age file to her, or really carries a valid
//! signature, or really opens with her key, so that the refusal is the check's
//! doing and not an accident.

#[path = "../common/mod.rs"]
mod common;

mod envelope;
mod fuzz;
mod interop;
mod keygen;
mod pins;
mod replay;
mod swapped_key;

use common::{Centre, NOW};
use langkah::domain::Role;
use langkah::sharing::{Card, Choice, MessageType, Payload, SharingKeys, WordCheck};
use langkah::vault::{Draft, Session, Vault};

pub const MELATI_PASS: &str = "bunga melati putih";
pub const RINA_PASS: &str = "kopi tubruk sore hari";

/// A centre with Melati (a participant) and Rina (a mentor on the same
/// computer), each of whom pinned the other's card and checked its words.
pub struct Pair {
    pub c: Centre,
    pub melati: Session,
    pub rina: Session,
}

pub fn pair() -> Pair {
    let mut c = Centre::new();
    let melati = c.member(Role::Participant, "Melati", MELATI_PASS);
    let rina = c.member(Role::Mentor, "Rina", RINA_PASS);
    pin_checked(&mut c.vault, &melati, "Bu Rina", rina.card());
    pin_checked(&mut c.vault, &rina, "Melati", melati.card());
    Pair { c, melati, rina }
}

/// The set in a check that holds `card`'s words: what she picks when the
/// words read out to her are those of `card`.
pub fn pick(check: &WordCheck, card: &Card) -> Choice {
    (0..3)
        .find(|&i| check.sets()[i] == card.words())
        .map_or(Choice::NoneMatch, Choice::Set)
}

/// Pins `card` under `label` and checks it with the right words.
pub fn pin_checked(vault: &mut Vault, s: &Session, label: &str, card: Card) {
    let check = WordCheck::new(&card);
    vault.pin_card(s, label, card.clone(), NOW).unwrap();
    let check_now = vault.start_check(s, label).unwrap();
    assert_eq!(check_now.fingerprint(), check.fingerprint());
    vault
        .check_pin(s, label, &check_now, pick(&check_now, &card), NOW)
        .unwrap();
}

pub fn advice(body: &str) -> Draft<'_> {
    Draft {
        kind: MessageType::Advice,
        body,
        expires: None,
        reply_to: None,
    }
}

/// A payload from `from` to `to`, as a mentor elsewhere would make it.
pub fn payload(from: &Card, to: &Card, body: &str) -> Payload {
    Payload::new(
        MessageType::Advice,
        from.fingerprint(),
        to.fingerprint(),
        NOW,
        body,
    )
}

/// A mentor elsewhere: keys from `mentor keygen`, no account here.
pub fn elsewhere() -> SharingKeys {
    SharingKeys::generate()
}

/// Her sharing identity, unwrapped from the database with her passphrase: what
/// the positive controls open forged files with. An attacker never has it.
pub fn sharing_identity(c: &Centre, alias: &str, passphrase: &str) -> langkah::crypto::Identity {
    let wrapped: Vec<u8> = c
        .vault
        .store()
        .conn()
        .query_row(
            "SELECT keys_by_passphrase FROM accounts WHERE alias = ?1",
            [alias],
            |r| r.get(0),
        )
        .unwrap();
    let keys = langkah::crypto::KeyBundle::unwrap(
        &secrecy::SecretString::from(passphrase.to_owned()),
        &wrapped,
    )
    .unwrap();
    keys.sharing().duplicate()
}
