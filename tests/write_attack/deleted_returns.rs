//! Attack 5: a record she deleted, put back from an older copy of the file.

use super::*;
use common::{NOW, entry};
use langkah::crypto::seal;
use langkah::domain::journal::Entry;

#[test]
fn a_deleted_entry_put_back_is_refused_and_deleted_again() {
    let (mut c, s) = centre_with_melati();
    let keep = langkah::crypto::random_id();
    let gone = langkah::crypto::random_id();
    c.vault.save(&s, &keep, &entry("tetap", "tetap")).unwrap();
    c.vault.save(&s, &gone, &entry("hapus", "hapus")).unwrap();
    let conn = attacker(&c);
    // The attacker keeps the row as it is now.
    let old = blob(
        &conn,
        &format!("SELECT sealed FROM records WHERE id = x'{gone}'"),
    );

    assert!(c.vault.delete(&s, &gone).unwrap());
    assert_eq!(
        count(
            &conn,
            &format!("SELECT count(*) FROM records WHERE id = x'{gone}'")
        ),
        0
    );
    conn.execute(
        "INSERT INTO records (id, owner, kind, sealed) VALUES (?1, ?2, 'entry', ?3)",
        rusqlite::params![gone.as_bytes(), s.account().as_bytes(), old],
    )
    .unwrap();

    // Positive control: the row put back opens with her key.
    let keys = her_keys(&c);
    assert!(seal::open(keys.vault_key(), s.account(), "entry", &gone, &old).is_ok());

    let loaded = c.vault.load_all::<Entry>(&s).unwrap();
    let ids: Vec<_> = loaded.items.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, vec![keep]);
    assert_eq!(loaded.returned, 1);
    assert_eq!(
        count(
            &conn,
            &format!("SELECT count(*) FROM records WHERE id = x'{gone}'")
        ),
        0
    );

    // The deletion set survives a passphrase change and a restart.
    let pending = c
        .vault
        .prepare_rotation(s, &pass("sandi baru yang panjang"), false)
        .unwrap();
    let s = c.vault.commit(pending, NOW).unwrap();
    drop(s);
    c.reopen();
    conn.execute(
        "INSERT INTO records (id, owner, kind, sealed) VALUES (?1, ?2, 'entry', ?3)",
        rusqlite::params![gone.as_bytes(), melati_id(&conn).as_bytes(), old],
    )
    .unwrap();
    let s = unlock(&mut c, "sandi baru yang panjang", NOW + 1);
    let loaded = c.vault.load_all::<Entry>(&s).unwrap();
    assert_eq!(loaded.items.len(), 1);
    assert_eq!(loaded.returned, 1);
}
