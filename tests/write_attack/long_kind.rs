//! Attack 8: a record kind of 300 characters. Before, opening it panicked.

use super::*;
use common::{NOW, entry};
use langkah::domain::journal::Entry;

#[test]
fn an_over_long_kind_is_skipped_and_carried_not_a_panic() {
    let (mut c, s) = centre_with_melati();
    let id = langkah::crypto::random_id();
    c.vault.save(&s, &id, &entry("a", "b")).unwrap();
    let conn = attacker(&c);
    let long = "k".repeat(300);
    // The schema allows 32 characters; the attacker turns the check off.
    conn.execute_batch("PRAGMA ignore_check_constraints = ON")
        .unwrap();
    let bad = langkah::crypto::random_id();
    conn.execute(
        "INSERT INTO records (id, owner, kind, sealed) SELECT ?1, owner, ?2, sealed FROM records WHERE id = ?3",
        rusqlite::params![bad.as_bytes(), long, id.as_bytes()],
    )
    .unwrap();
    // Positive control: the row is there, with its long kind.
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM records WHERE length(kind) = 300"
        ),
        1
    );

    assert_eq!(c.vault.load_all::<Entry>(&s).unwrap().items.len(), 1);
    let pending = c
        .vault
        .prepare_rotation(s, &pass("sandi kedua yang baru"), false)
        .unwrap();
    let s = c.vault.commit(pending, NOW).unwrap();
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM records WHERE length(kind) = 300"
        ),
        1
    );
    drop(s);
    let s = unlock(&mut c, "sandi kedua yang baru", NOW + 1);
    assert_eq!(c.vault.load_all::<Entry>(&s).unwrap().items.len(), 1);
}
