//! Versioned migrations, tracked in `PRAGMA user_version`.
//!
//! Content lives only in `records.sealed` and `inbox.ciphertext`. Content rows
//! carry no timestamps: dates are sealed inside the record.

use super::{Result, StoreError};
use rusqlite::{Connection, TransactionBehavior};

const MIGRATIONS: &[&str] = &[
    // 1: accounts, sealed records, the inbox, the login throttle, centre settings.
    "
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE accounts (
        id                     BLOB PRIMARY KEY CHECK (length(id) = 16),
        alias                  TEXT NOT NULL,
        alias_key              TEXT NOT NULL UNIQUE,
        role                   TEXT NOT NULL CHECK (role IN ('facilitator', 'participant', 'mentor')),
        status                 TEXT NOT NULL CHECK (status IN ('unclaimed', 'active', 'disabled')),
        created_at             INTEGER NOT NULL,
        last_login_at          INTEGER,
        setup_code_hash        BLOB,
        setup_code_expires_at  INTEGER,
        recipient              TEXT,
        identity_by_passphrase BLOB,
        identity_by_recovery   BLOB,
        vault_key_wrapped      BLOB
    ) STRICT;

    CREATE TABLE records (
        id     BLOB PRIMARY KEY CHECK (length(id) = 16),
        owner  BLOB NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        kind   TEXT NOT NULL,
        sealed BLOB NOT NULL
    ) STRICT;
    CREATE INDEX records_by_owner_kind ON records (owner, kind);

    CREATE TABLE inbox (
        id         BLOB PRIMARY KEY CHECK (length(id) = 16),
        addressee  BLOB NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        sender     BLOB,
        ciphertext BLOB NOT NULL
    ) STRICT;
    CREATE INDEX inbox_by_addressee ON inbox (addressee);

    CREATE TABLE login_throttle (
        alias_hash   BLOB PRIMARY KEY,
        failures     INTEGER NOT NULL,
        locked_until INTEGER NOT NULL
    ) STRICT;
    ",
];

pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub(super) fn migrate(conn: &mut Connection) -> Result<()> {
    // Taken at once, so two windows opening a new database don't both migrate.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::SchemaTooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
    }
    tx.commit()?;
    Ok(())
}
