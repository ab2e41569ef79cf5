//! Versioned migrations, tracked in `PRAGMA user_version`, and the check that
//! the database holds exactly the objects they create.
//!
//! Content lives only in `records.sealed` and `inbox.ciphertext`. Content rows
//! carry no timestamps (dates are sealed inside the record). Their rowid is
//! drawn at random when a row is written (`store::random_rowid`), so it doesn't
//! show the order they were written in. They are not `WITHOUT ROWID` tables:
//! SQLite keeps such rows in an index b-tree, where a sealed entry (about 1.6 KB)
//! no longer fits a leaf, and reading 10,000 of them took three times as long
//! in a file twice the size.

use super::{Result, StoreError};
use rusqlite::{Connection, TransactionBehavior};
use std::sync::OnceLock;

/// Version 1 was the format before the key bundle. No centre ran it, so it is
/// refused with a clear message rather than migrated (see `docs/security.md`).
const FIRST_VERSION: i64 = 2;

const MIGRATIONS: &[&str] = &[
    // 2: accounts with one key bundle, sealed records, the inbox, the login
    // throttle keyed by account, centre settings.
    "
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;

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
        keys_by_passphrase     BLOB,
        keys_by_recovery       BLOB
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE records (
        id     BLOB PRIMARY KEY CHECK (length(id) = 16),
        owner  BLOB NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        kind   TEXT NOT NULL CHECK (length(kind) <= 32),
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
        subject      BLOB PRIMARY KEY CHECK (length(subject) = 16),
        failures     INTEGER NOT NULL,
        locked_until INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;
    ",
];

pub const SCHEMA_VERSION: i64 = FIRST_VERSION + MIGRATIONS.len() as i64 - 1;

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
    if found != 0 && found < FIRST_VERSION {
        return Err(StoreError::FormatTooOld);
    }
    apply(&tx, found)?;
    tx.commit()?;
    Ok(())
}

/// Runs the migrations after `found` (0 for a new database).
fn apply(conn: &Connection, found: i64) -> Result<()> {
    let done = usize::try_from((found - FIRST_VERSION + 1).max(0)).unwrap_or(0);
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(done) {
        conn.execute_batch(sql)?;
        conn.pragma_update(None, "user_version", FIRST_VERSION + i as i64)?;
    }
    Ok(())
}

/// One row of `sqlite_schema`.
type SchemaRow = (String, String, String, Option<String>);

fn schema_rows(conn: &Connection) -> Result<Vec<SchemaRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// What the migrations make, read back from a database in memory, so the check
/// can never drift from the migrations themselves.
fn expected() -> &'static [SchemaRow] {
    static EXPECTED: OnceLock<Vec<SchemaRow>> = OnceLock::new();
    EXPECTED.get_or_init(|| {
        let conn = Connection::open_in_memory().expect("SQLite opens a database in memory");
        apply(&conn, 0).expect("the migrations run on an empty database");
        schema_rows(&conn).expect("a new database's schema can be read")
    })
}

/// Refuses a database that holds anything the app did not create: a trigger can
/// copy keys or ciphertext elsewhere as the app writes, a view or an altered
/// table can change what it reads.
pub(super) fn verify(conn: &Connection) -> Result<()> {
    if schema_rows(conn)? != expected() {
        return Err(StoreError::SchemaAltered);
    }
    Ok(())
}
