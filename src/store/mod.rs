//! SQLite storage. User content reaches this layer only as ciphertext; the
//! plaintext columns are the ones listed in `docs/security.md`.

pub mod accounts;
pub mod inbox;
pub mod records;
mod schema;
pub mod settings;
pub mod throttle;

use crate::datadir::DataDir;
use rusqlite::config::DbConfig;
use rusqlite::{Connection, ErrorCode, Transaction, TransactionBehavior};
use std::time::Duration;
use thiserror::Error;

pub use schema::SCHEMA_VERSION;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("the database file is damaged or is not a Langkah database")]
    NotADatabase,
    #[error(
        "the database was made by a newer Langkah (schema {found}, this one knows {supported})"
    )]
    SchemaTooNew { found: i64, supported: i64 },
    #[error("the database was made by an earlier test version of Langkah, before the key bundle")]
    FormatTooOld,
    /// Tables, indexes, triggers or views that the app did not make.
    #[error("the database's structure was changed outside the app")]
    SchemaAltered,
    #[error("the database is busy in another window")]
    Busy,
    #[error("a stored row is damaged")]
    DamagedRow,
    /// SQLite found no room to grow the file (SQLITE_FULL).
    #[error("the disk is full")]
    Full,
    /// The data folder or its files can't be written (modes, a read-only disk).
    #[error("the data folder or its files can't be written")]
    ReadOnly,
    #[error("the database could not be read or written ({0:?})")]
    Sqlite(rusqlite::ErrorCode),
    #[error("the data folder could not be used: {0}")]
    Io(#[from] std::io::Error),
}

impl From<rusqlite::Error> for StoreError {
    // Keep only the error code: SQLite's messages can quote the statement.
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => {
                StoreError::NotADatabase
            }
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => StoreError::Busy,
            Some(ErrorCode::DiskFull) => StoreError::Full,
            Some(ErrorCode::ReadOnly) | Some(ErrorCode::CannotOpen) => StoreError::ReadOnly,
            Some(code) => StoreError::Sqlite(code),
            None => StoreError::DamagedRow,
        }
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// A rowid for a new content row, drawn at random so that the order of rows
/// says nothing about when each was written. Two draws meeting among 2^63 is
/// far rarer than a disk error, and would only refuse that one save.
pub(crate) fn random_rowid() -> i64 {
    let mut bytes = [0u8; 8];
    // As for keys: without randomness nothing can be written safely.
    getrandom::getrandom(&mut bytes).expect("the operating system's random source failed");
    i64::from_le_bytes(bytes) & i64::MAX
}

pub struct Store {
    conn: Connection,
    dir: DataDir,
}

/// How long a write waits for another window's write to finish.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a checkpoint waits for other windows: short, so it never holds up a
/// lock. A checkpoint that can't finish now is done at the next one.
const CHECKPOINT_TIMEOUT: Duration = Duration::from_millis(100);

impl Store {
    /// Opens (or creates) the database in a checked data folder and brings its
    /// schema up to date.
    pub fn open(dir: &DataDir) -> Result<Store> {
        let conn = Connection::open(dir.database())?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Others can write this file. Defensive mode stops SQL from corrupting
        // the file or rewriting the schema, and with trusted_schema off nothing
        // in the schema can call a function with side effects.
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
        // WAL keeps what was committed safe through a crash or power cut;
        // synchronous=FULL makes each commit durable before we report it saved.
        // secure_delete overwrites deleted content; temp_store keeps SQLite's
        // scratch data out of temp files; the WAL is cut back to nothing after
        // each checkpoint, so old pages don't linger in it.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.pragma_update(None, "journal_size_limit", 0)?;
        let mut store = Store {
            conn,
            dir: dir.clone(),
        };
        schema::migrate(&mut store.conn)?;
        schema::verify(&store.conn)?;
        dir.tighten_files()?;
        Ok(store)
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn data_dir(&self) -> &DataDir {
        &self.dir
    }

    /// Runs `f` in one write transaction, taken at once so that two windows
    /// never interleave their changes. Nothing is written unless `f` succeeds,
    /// and nothing at all while the schema holds something the app did not make
    /// (a trigger planted after the app opened the file would run on this write).
    pub fn write<T, E: From<StoreError>>(
        &mut self,
        f: impl FnOnce(&Transaction) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(StoreError::from)?;
        schema::verify(&tx)?;
        let value = f(&tx)?;
        tx.commit().map_err(StoreError::from)?;
        self.dir.tighten_files().map_err(StoreError::from)?;
        Ok(value)
    }

    /// Moves what the WAL holds into the database file and empties the WAL, so
    /// that old keys and deleted content do not linger there. Returns false if
    /// another window kept it from finishing.
    pub fn checkpoint(&self) -> Result<bool> {
        self.conn.busy_timeout(CHECKPOINT_TIMEOUT)?;
        let done = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                r.get::<_, i64>(0)
            })
            .map(|busy| busy == 0)
            .map_err(StoreError::from);
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        match done {
            Err(StoreError::Busy) => Ok(false),
            other => other,
        }
    }
}
