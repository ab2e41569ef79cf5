//! Attack 2: the attacker puts his own recipient in her row, so that the app's
//! notes to her go to him.

use super::*;
use common::NOW;
use langkah::crypto::Identity;
use langkah::crypto::keys::decrypt_with;

#[test]
fn a_swapped_recipient_is_put_back_and_his_notes_are_dropped() {
    let (mut c, s) = centre_with_melati();
    let her_recipient = s.recipient();
    drop(s);
    let conn = attacker(&c);
    let his = Identity::generate();
    conn.execute(
        "UPDATE accounts SET recipient = ?1 WHERE alias = 'Melati'",
        [his.recipient()],
    )
    .unwrap();

    // Positive control: the swap works on the app as far as it can. A wrong
    // passphrase now leaves a note that he can open and she can't.
    assert!(c.vault.unlock("Melati", &pass("salah ketik"), NOW).is_err());
    let note = blob(&conn, "SELECT ciphertext FROM inbox");
    assert!(decrypt_with(&[&his], &note).is_ok());
    assert!(decrypt_with(&[her_keys(&c).notes()], &note).is_err());

    // She logs in as usual. Her bundle says where her notes go: the row is put
    // back, she is told, and the note addressed to him is counted and removed.
    let s = unlock(&mut c, PASS, NOW + 1);
    assert!(s.report().address_restored);
    assert_eq!(s.report().unopened_messages, 1);
    assert_eq!(
        text(
            &conn,
            "SELECT recipient FROM accounts WHERE alias = 'Melati'"
        ),
        her_recipient
    );
    assert_eq!(count(&conn, "SELECT count(*) FROM inbox"), 0);
    drop(s);

    // Notes reach her again.
    assert!(
        c.vault
            .unlock("Melati", &pass("salah lagi"), NOW + 2)
            .is_err()
    );
    let s = unlock(&mut c, PASS, NOW + 3);
    assert_eq!(s.failed_logins(), &[NOW + 2]);
    assert!(!s.report().address_restored);
}
