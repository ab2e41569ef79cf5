//! Attack 4: a trigger that copies her old key blobs and ciphertext into a
//! table of the attacker's as the app writes, and an extra table on its own.

use super::*;
use common::NOW;
use langkah::store::StoreError;
use langkah::vault::{Vault, VaultError};

const LOOT: &str = "
    CREATE TABLE loot (x BLOB);
    CREATE TRIGGER keep_old_keys AFTER UPDATE ON accounts BEGIN
        INSERT INTO loot VALUES (old.keys_by_passphrase), (old.keys_by_recovery);
    END;
    CREATE TRIGGER keep_old_records AFTER UPDATE ON records BEGIN
        INSERT INTO loot VALUES (old.sealed);
    END;";

fn refused(result: Result<impl Sized, VaultError>) -> bool {
    matches!(result, Err(VaultError::Store(StoreError::SchemaAltered)))
}

#[test]
fn a_planted_trigger_is_refused_at_open_and_before_any_write() {
    let (mut c, s) = centre_with_melati();
    let conn = attacker(&c);
    conn.execute_batch(LOOT).unwrap();

    // Positive control: the trigger fires on an update of her row.
    conn.execute(
        "UPDATE accounts SET last_login_at = 1 WHERE alias = 'Melati'",
        [],
    )
    .unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM loot"), 2);
    conn.execute("DELETE FROM loot", []).unwrap();

    // Planted while the app was open: a passphrase change is refused before it
    // writes anything, so nothing reaches the loot.
    let pending = c
        .vault
        .prepare_rotation(s, &pass("sandi baru yang panjang"), false)
        .unwrap();
    assert!(refused(c.vault.commit(pending, NOW)));
    assert!(refused(c.vault.unlock("Melati", &pass(PASS), NOW)));
    assert_eq!(count(&conn, "SELECT count(*) FROM loot"), 0);

    // And the next time the app starts, it does not open the file at all.
    assert!(refused(Vault::open(&c.dir)));
    let words = langkah::i18n::vault_error(
        &langkah::i18n::Messages::new(langkah::i18n::Lang::Id),
        &VaultError::Store(StoreError::SchemaAltered),
    );
    assert!(words.contains("diubah di luar aplikasi"), "{words}");
}

#[test]
fn an_extra_table_or_an_altered_column_is_refused() {
    for change in [
        "CREATE TABLE notes (x TEXT)",
        "CREATE VIEW everything AS SELECT * FROM records",
        "CREATE INDEX by_kind ON records (kind)",
        "ALTER TABLE accounts ADD COLUMN vault_key_wrapped BLOB",
    ] {
        let (c, s) = centre_with_melati();
        drop(s);
        let conn = attacker(&c);
        // Positive control: the file opens before the change.
        assert!(Vault::open(&c.dir).is_ok());
        conn.execute_batch(change).unwrap();
        assert!(refused(Vault::open(&c.dir)), "{change}");
    }
}
