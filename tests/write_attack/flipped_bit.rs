//! Attack 6: one flipped bit in one record. Before, it blanked her journal.

use super::*;
use common::entry;
use langkah::crypto::seal;
use langkah::domain::journal::Entry;

#[test]
fn one_damaged_entry_hides_only_itself() {
    let (mut c, s) = centre_with_melati();
    let ids: Vec<_> = (0..3).map(|_| langkah::crypto::random_id()).collect();
    for (i, id) in ids.iter().enumerate() {
        c.vault
            .save(&s, id, &entry(&format!("ke-{i}"), "isi"))
            .unwrap();
    }
    let conn = attacker(&c);
    let target = ids[1];
    let mut sealed = blob(
        &conn,
        &format!("SELECT sealed FROM records WHERE id = x'{target}'"),
    );
    // Positive control: the record opens before the flip, and not after.
    let keys = her_keys(&c);
    assert!(seal::open(keys.vault_key(), s.account(), "entry", &target, &sealed).is_ok());
    sealed[40] ^= 0x08;
    assert!(seal::open(keys.vault_key(), s.account(), "entry", &target, &sealed).is_err());
    conn.execute(
        "UPDATE records SET sealed = ?1 WHERE id = ?2",
        rusqlite::params![sealed, target.as_bytes()],
    )
    .unwrap();

    let loaded = c.vault.load_all::<Entry>(&s).unwrap();
    let mut titles: Vec<_> = loaded.items.iter().map(|(_, e)| e.title.clone()).collect();
    titles.sort();
    assert_eq!(titles, ["ke-0", "ke-2"]);
    assert_eq!(loaded.unreadable, 1);
    assert_eq!(loaded.returned, 0);
}
