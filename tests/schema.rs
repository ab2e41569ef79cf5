//! The schema itself: only the columns listed in docs/security.md exist, so no
//! amount, mood, date or word of hers can sit in plaintext. Also: a newer schema
//! and a damaged file are refused clearly, and two copies of the app can write
//! at once without harm.

mod common;

use common::{Centre, NOW, pass};
use langkah::datadir::DataDir;
use langkah::domain::Role;
use langkah::domain::journal::Entry;
use langkah::domain::records::Kind;
use langkah::store::{SCHEMA_VERSION, StoreError};
use langkah::vault::{Vault, VaultError};

/// Every column that exists, with why it may be plaintext.
const ALLOWED: &[(&str, &str)] = &[
    ("accounts", "id"),
    ("accounts", "alias"),
    ("accounts", "alias_key"),
    ("accounts", "role"),
    ("accounts", "status"),
    ("accounts", "created_at"),
    ("accounts", "last_login_at"),
    ("accounts", "setup_code_hash"),
    ("accounts", "setup_code_expires_at"),
    ("accounts", "recipient"),
    ("accounts", "keys_by_passphrase"),
    ("accounts", "keys_by_recovery"),
    ("records", "id"),
    ("records", "owner"),
    ("records", "kind"),
    ("records", "sealed"),
    ("inbox", "id"),
    ("inbox", "addressee"),
    ("inbox", "sender"),
    ("inbox", "ciphertext"),
    ("login_throttle", "subject"),
    ("login_throttle", "failures"),
    ("login_throttle", "locked_until"),
    ("settings", "key"),
    ("settings", "value"),
];

#[test]
fn only_the_documented_columns_exist() {
    let c = Centre::new();
    let conn = c.vault.store().conn();
    let mut stmt = conn
        .prepare(
            "SELECT m.name, p.name, p.type FROM sqlite_schema m, pragma_table_info(m.name) p
             WHERE m.type = 'table' ORDER BY m.name, p.cid",
        )
        .unwrap();
    let columns: Vec<(String, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let found: Vec<(&str, &str)> = columns
        .iter()
        .map(|(t, c, _)| (t.as_str(), c.as_str()))
        .collect();
    assert_eq!(found.len(), ALLOWED.len(), "{found:?}");
    for col in &found {
        assert!(
            ALLOWED.contains(col),
            "column {col:?} is not in the documented plaintext list"
        );
    }
    // Content tables: ids and kind, and the content only as a BLOB.
    for (table, column, ty) in &columns {
        if table == "records" || table == "inbox" {
            let content = column == "sealed" || column == "ciphertext";
            assert!(!content || ty == "BLOB", "{table}.{column} is {ty}");
            assert!(
                content || ty == "BLOB" || column == "kind",
                "{table}.{column} ({ty}) could hold plaintext"
            );
        }
    }
    // No plaintext timestamp or number on a content row.
    for (table, _, ty) in &columns {
        if table == "records" || table == "inbox" {
            assert_ne!(ty, "INTEGER");
            assert_ne!(ty, "REAL");
        }
    }
    // The docs list the same columns.
    let docs =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/security.md")).unwrap();
    for (table, column) in ALLOWED {
        assert!(
            docs.contains(&format!("`{table}.{column}`")),
            "docs/security.md lacks {table}.{column}"
        );
    }
}

#[test]
fn record_kinds_in_the_database_are_only_the_known_names() {
    let mut c = Centre::new();
    let s = c.member(Role::Participant, "Melati", "bunga melati putih");
    let e = common::entry("t", "b");
    c.vault.save(&s, &langkah::crypto::random_id(), &e).unwrap();
    let kinds: i64 = c.count("SELECT count(*) FROM records WHERE kind NOT IN ('entry','savings_goal','business_goal','advice','notice','old_identity','preferences','draft','form_draft','deleted','pin','seen')");
    assert_eq!(kinds, 0);
}

#[test]
fn a_database_from_a_newer_version_is_refused() {
    let c = Centre::new();
    c.vault
        .store()
        .conn()
        .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    let dir = c.dir.clone();
    drop(c.vault);
    match Vault::open(&dir) {
        Err(VaultError::Store(StoreError::SchemaTooNew { found, supported })) => {
            assert_eq!((found, supported), (SCHEMA_VERSION + 1, SCHEMA_VERSION));
        }
        other => panic!("expected SchemaTooNew, got {:?}", other.err()),
    }
}

#[test]
fn a_database_from_before_the_key_bundle_is_refused_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::open_or_create(&tmp.path().join("data")).unwrap();
    {
        let conn = rusqlite::Connection::open(dir.database()).unwrap();
        conn.execute_batch(
            "CREATE TABLE accounts (id BLOB PRIMARY KEY, vault_key_wrapped BLOB);
             PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    assert!(matches!(
        Vault::open(&dir),
        Err(VaultError::Store(StoreError::FormatTooOld))
    ));
    let text = langkah::i18n::vault_error(
        &langkah::i18n::Messages::new(langkah::i18n::Lang::Id),
        &VaultError::Store(StoreError::FormatTooOld),
    );
    assert!(text.contains("folder data yang baru"), "{text}");
}

#[test]
fn a_damaged_database_file_is_refused_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::open_or_create(&tmp.path().join("data")).unwrap();
    std::fs::write(dir.database(), vec![0x5a; 8192]).unwrap();
    assert!(matches!(
        Vault::open(&dir),
        Err(VaultError::Store(StoreError::NotADatabase))
    ));
}

#[test]
fn two_copies_writing_at_once_corrupt_nothing() {
    let mut c = Centre::new();
    c.member(Role::Participant, "Melati", "bunga melati putih");
    c.member(Role::Participant, "Dewi", "dewi suka menjahit");
    let dir = c.dir.clone();
    let writers: Vec<_> = [
        ("Melati", "bunga melati putih"),
        ("Dewi", "dewi suka menjahit"),
    ]
    .into_iter()
    .map(|(alias, p)| {
        let dir = dir.clone();
        std::thread::spawn(move || {
            let mut vault = Vault::open(&dir).unwrap();
            let s = vault.unlock(alias, &pass(p), NOW).unwrap();
            for i in 0..50 {
                let e = common::entry(&format!("{i}"), "isi");
                vault.save(&s, &langkah::crypto::random_id(), &e).unwrap();
            }
        })
    })
    .collect();
    for w in writers {
        w.join().unwrap();
    }
    c.reopen();
    let check: String = c
        .vault
        .store()
        .conn()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    assert_eq!(
        c.count("SELECT count(*) FROM records WHERE kind = 'entry'"),
        100
    );
    let s = c
        .vault
        .unlock("Dewi", &pass("dewi suka menjahit"), NOW)
        .unwrap();
    assert_eq!(c.vault.load_all::<Entry>(&s).unwrap().items.len(), 50);
}

#[test]
fn the_connection_distrusts_the_schema_and_rowids_say_nothing() {
    let mut c = Centre::new();
    let s = c.member(Role::Participant, "Melati", "bunga melati putih");
    let conn = c.vault.store().conn();
    let trusted: i64 = conn
        .query_row("PRAGMA trusted_schema", [], |r| r.get(0))
        .unwrap();
    assert_eq!(trusted, 0);
    assert!(
        conn.db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_DEFENSIVE)
            .unwrap()
    );
    for table in ["accounts", "login_throttle", "settings"] {
        assert!(
            conn.prepare(&format!("SELECT rowid FROM {table}")).is_err(),
            "{table} has a rowid"
        );
    }

    // A goal grows by a deposit at a time; it is padded to 4 KiB steps, an
    // entry to 256-byte steps.
    let id = langkah::crypto::random_id();
    c.vault
        .save_bytes(&s, Kind::SavingsGoal, &id, b"{}")
        .unwrap();
    c.vault
        .save_bytes(&s, Kind::Entry, &langkah::crypto::random_id(), b"{}")
        .unwrap();
    let conn = c.vault.store().conn();
    let len = |kind: &str| -> i64 {
        conn.query_row(
            "SELECT length(sealed) FROM records WHERE kind = ?1",
            [kind],
            |r| r.get(0),
        )
        .unwrap()
    };
    // One version byte, a 24-byte nonce and a 16-byte tag around the padding.
    assert_eq!(len("savings_goal"), 4096 + 41);
    assert_eq!(len("entry"), 256 + 41);
}

#[test]
fn content_rows_get_random_rowids_not_the_order_they_were_written_in() {
    let mut c = Centre::new();
    let s = c.member(Role::Participant, "Melati", "bunga melati putih");
    let mut written = vec![];
    for i in 0..30 {
        let id = langkah::crypto::random_id();
        c.vault
            .save(&s, &id, &common::entry(&format!("{i}"), "isi"))
            .unwrap();
        written.push(id);
    }
    let conn = c.vault.store().conn();
    let mut by_rowid: Vec<Vec<u8>> = conn
        .prepare("SELECT id FROM records WHERE kind = 'entry' ORDER BY rowid")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let in_order: Vec<Vec<u8>> = written.iter().map(|i| i.as_bytes().to_vec()).collect();
    assert_eq!(by_rowid.len(), 30);
    // In the order written, the chance of this is 1 in 30!.
    assert_ne!(by_rowid, in_order, "rowids follow the order of writing");
    by_rowid.sort();
    let mut sorted = in_order.clone();
    sorted.sort();
    assert_eq!(by_rowid, sorted, "every entry is there");
}
