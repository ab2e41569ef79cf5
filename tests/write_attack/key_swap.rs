//! Attack 1: the attacker writes a key bundle of his own over hers. Before the
//! key bundle, a vault key encrypted to her public recipient was accepted, and
//! he read what she wrote next.

use super::*;
use common::{NOW, entry};
use langkah::crypto::keys::{decrypt_with, encrypt_to};
use langkah::crypto::{CryptoError, seal};
use langkah::vault::VaultError;

#[test]
fn a_key_of_his_own_opens_nothing_she_writes_afterwards() {
    let (mut c, s) = centre_with_melati();
    drop(s);
    let conn = attacker(&c);
    let id = melati_id(&conn);
    let recipient = text(
        &conn,
        "SELECT recipient FROM accounts WHERE alias = 'Melati'",
    );

    // His bundle, with a vault key he knows, as a valid age message to her.
    let his = KeyBundle::generate(id);
    let to_her = encrypt_to(&recipient, &his.encode()).unwrap();
    // And as a passphrase file, under a passphrase he guessed.
    let guessed = SecretString::from("tebakan saja".to_owned());
    let his_scrypt = his.wrap(&guessed);

    // Positive controls: her own notes key opens the first; the second opens
    // with his passphrase and holds his vault key.
    let keys = her_keys(&c);
    let opened = decrypt_with(&[keys.notes()], &to_her).unwrap();
    assert_eq!(opened.as_slice(), his.encode().as_slice());
    assert!(KeyBundle::unwrap(&guessed, &his_scrypt).is_ok());

    // Over her passphrase blob: both are refused, and no session is made.
    for forged in [&to_her, &his_scrypt] {
        conn.execute(
            "UPDATE accounts SET keys_by_passphrase = ?1 WHERE alias = 'Melati'",
            [forged],
        )
        .unwrap();
        let err = c.vault.unlock("Melati", &pass(PASS), NOW).unwrap_err();
        assert!(
            matches!(
                err,
                VaultError::Damaged(CryptoError::Damaged) | VaultError::WrongCredentials { .. }
            ),
            "{err:?}"
        );
    }

    // Over her recovery blob: she logs in with her passphrase as usual (put
    // back), writes, and nothing she writes opens with his key.
    conn.execute(
        "UPDATE accounts SET keys_by_passphrase = ?1, keys_by_recovery = ?2
         WHERE alias = 'Melati'",
        rusqlite::params![keys.wrap(&SecretString::from(PASS.to_owned())), to_her],
    )
    .unwrap();
    let s = unlock(&mut c, PASS, NOW + 1);
    let canary = "KANARI-tabungan-rahasia-4417";
    let entry_id = langkah::crypto::random_id();
    c.vault.save(&s, &entry_id, &entry(canary, canary)).unwrap();
    c.vault.checkpoint().unwrap();

    let rows = sealed_rows(&conn, &id);
    assert!(rows.iter().any(|(rid, _, _)| *rid == entry_id));
    for (rid, kind, sealed) in &rows {
        assert_eq!(
            seal::open(his.vault_key(), &id, kind, rid, sealed),
            Err(CryptoError::Damaged),
            "his key opened a {kind} record"
        );
        // Her key opens each of them: the check above is not vacuous.
        assert!(seal::open(keys.vault_key(), &id, kind, rid, sealed).is_ok());
    }
    let file = std::fs::read(c.dir.database()).unwrap();
    assert!(!file.windows(canary.len()).any(|w| w == canary.as_bytes()));
}
