//! Attack 3: advice written into her inbox by someone who knows only her
//! public recipient, with no sender, or with a sender it never came from.

use super::*;
use common::NOW;
use langkah::crypto::keys::{decrypt_with, encrypt_to};
use langkah::domain::records::Kind;

#[test]
fn sender_less_advice_is_refused_counted_and_removed() {
    let (mut c, s) = centre_with_melati();
    let account = *s.account();
    drop(s);
    let conn = attacker(&c);
    let recipient = text(
        &conn,
        "SELECT recipient FROM accounts WHERE alias = 'Melati'",
    );
    let advice = br#"{"type":"advice","by":"Bu Rina","date":"2026-11-24","text":"Kirim uangmu ke rekening ini."}"#;
    let forged = encrypt_to(&recipient, advice).unwrap();

    // Positive control: it is a valid age message that her notes key opens.
    assert_eq!(
        decrypt_with(&[her_keys(&c).notes()], &forged)
            .unwrap()
            .as_slice(),
        advice
    );

    let facilitator: Vec<u8> = blob(&conn, "SELECT id FROM accounts WHERE alias = 'Sari'");
    let insert = |sender: Option<&[u8]>| {
        conn.execute(
            "INSERT INTO inbox (id, addressee, sender, ciphertext) VALUES (?1, ?2, ?3, ?4)",
            rusqlite::params![
                langkah::crypto::random_id().as_bytes(),
                account.as_bytes(),
                sender,
                forged
            ],
        )
        .unwrap();
    };
    insert(None);
    // The same, claiming to come from the facilitator's account.
    insert(Some(&facilitator));
    // And a real note of the app's own, which must still arrive.
    assert!(c.vault.unlock("Melati", &pass("salah ketik"), NOW).is_err());
    assert_eq!(count(&conn, "SELECT count(*) FROM inbox"), 3);

    let s = unlock(&mut c, PASS, NOW + 1);
    assert_eq!(s.report().unopened_messages, 2);
    assert_eq!(s.failed_logins(), &[NOW]);
    assert_eq!(count(&conn, "SELECT count(*) FROM inbox"), 0);
    let advice = c.vault.open_all(&s, Kind::Advice).unwrap();
    assert!(advice.items.is_empty());
    assert_eq!(advice.unreadable, 0);
    assert_eq!(c.vault.open_all(&s, Kind::Notice).unwrap().items.len(), 1);

    // Nothing is reported twice.
    drop(s);
    let s = unlock(&mut c, PASS, NOW + 2);
    assert_eq!(s.report().unopened_messages, 0);
}
