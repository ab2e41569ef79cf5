//! Attack 7: garbage in the records a login reads but doesn't need: an old
//! notes identity and her preferences. Before, either one blocked login and
//! recovery.

use super::*;
use common::NOW;
use langkah::crypto::RecoveryCode;
use langkah::crypto::padding::BUCKET;
use langkah::crypto::seal;

#[test]
fn garbage_old_identity_and_preferences_rows_block_nothing() {
    let (mut c, s, _) = centre_with_melati_and_code();
    let account = *s.account();
    drop(s);
    let conn = attacker(&c);
    let keys = her_keys(&c);
    let put = |kind: &str, sealed: &[u8]| {
        conn.execute(
            "INSERT INTO records (id, owner, kind, sealed) VALUES (?1, ?2, ?3, ?4)",
            rusqlite::params![
                langkah::crypto::random_id().as_bytes(),
                account.as_bytes(),
                kind,
                sealed
            ],
        )
        .unwrap();
    };
    // Random bytes, as an attacker writes them.
    put("old_identity", &[0x41; 300]);
    put("preferences", &[0x42; 300]);
    // And rows that open with her key but hold nothing sensible, as damage
    // inside the ciphertext would leave them.
    let sealed_junk = |kind: &str| {
        let id = langkah::crypto::random_id();
        let sealed =
            seal::seal(keys.vault_key(), &account, kind, &id, b"\xff junk", BUCKET).unwrap();
        // Positive control: it opens with her real key.
        assert!(seal::open(keys.vault_key(), &account, kind, &id, &sealed).is_ok());
        (id, sealed)
    };
    for kind in ["old_identity", "preferences"] {
        let (id, sealed) = sealed_junk(kind);
        conn.execute(
            "INSERT INTO records (id, owner, kind, sealed) VALUES (?1, ?2, ?3, ?4)",
            rusqlite::params![id.as_bytes(), account.as_bytes(), kind, sealed],
        )
        .unwrap();
    }

    // Login works; the damaged identities are reported, preferences fall back.
    let mut s = unlock(&mut c, PASS, NOW);
    assert_eq!(s.report().unreadable_keys, 2);
    let (_, prefs) = c.vault.preferences(&s).unwrap();
    assert_eq!(prefs, Default::default());
    // Her next choice is saved and read back despite the junk beside it.
    let chosen = langkah::domain::records::Preferences {
        language: Some("en".into()),
        ..Default::default()
    };
    c.vault.save_preferences(&s, &chosen).unwrap();
    assert_eq!(c.vault.preferences(&s).unwrap().1, chosen);

    // A passphrase change works, and carries the unreadable rows over unchanged.
    let before: Vec<_> = sealed_rows(&conn, &account)
        .into_iter()
        .filter(|(_, _, sealed)| sealed.starts_with(&[0x41; 8]) || sealed.starts_with(&[0x42; 8]))
        .collect();
    assert_eq!(before.len(), 2);
    let pending = c
        .vault
        .prepare_rotation(s, &pass("sandi kedua yang baru"), false)
        .unwrap();
    let recovery = RecoveryCode::parse(&pending.recovery_code().display()).unwrap();
    s = c.vault.commit(pending, NOW + 1).unwrap();
    let after = sealed_rows(&conn, &account);
    for row in &before {
        assert!(
            after.contains(row),
            "an unreadable {} row was not carried over",
            row.1
        );
    }
    drop(s);

    // Recovery works too.
    let pending = c
        .vault
        .prepare_recovery(
            "Melati",
            &recovery,
            &pass("sandi ketiga yang baru"),
            false,
            NOW + 2,
        )
        .unwrap();
    let s = c.vault.commit(pending, NOW + 2).unwrap();
    assert_eq!(s.alias(), "Melati");
    assert_eq!(c.vault.preferences(&s).unwrap().1, chosen);
}
