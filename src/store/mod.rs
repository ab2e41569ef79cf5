//! SQLite storage. User content reaches this layer only as ciphertext; the
//! plaintext columns are the ones listed in `docs/security.md`.

pub mod accounts;
pub mod inbox;
pub mod records;
mod schema;
pub mod settings;
pub mod throttle;

use crate::datadir::DataDir;
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
    #[error("the database is busy in another window")]
    Busy,
    #[error("a stored row is damaged")]
    DamagedRow,
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
            Some(code) => StoreError::Sqlite(code),
            None => StoreError::DamagedRow,
        }
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

pub struct Store {
    conn: Connection,
    dir: DataDir,
}

impl Store {
    /// Opens (or creates) the database in a checked data folder and brings its
    /// schema up to date.
    pub fn open(dir: &DataDir) -> Result<Store> {
        let conn = Connection::open(dir.database())?;
        conn.busy_timeout(Duration::from_secs(10))?;
        // WAL keeps what was committed safe through a crash or power cut;
        // synchronous=FULL makes each commit durable before we report it saved.
        // secure_delete overwrites deleted content; temp_store keeps SQLite's
        // scratch data out of temp files.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        let mut store = Store {
            conn,
            dir: dir.clone(),
        };
        schema::migrate(&mut store.conn)?;
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
    /// never interleave their changes. Nothing is written unless `f` succeeds.
    pub fn write<T, E: From<StoreError>>(
        &mut self,
        f: impl FnOnce(&Transaction) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(StoreError::from)?;
        let value = f(&tx)?;
        tx.commit().map_err(StoreError::from)?;
        self.dir.tighten_files().map_err(StoreError::from)?;
        Ok(value)
    }
}
