//! Failed-login counters, one row per account id, and one shared row for every
//! name that matches no account. Nothing typed into the name field is stored or
//! hashed, so a passphrase typed there by mistake leaves no trace.

use super::Result;
use crate::domain::Id;
use rusqlite::{Connection, OptionalExtension, params};

/// The row that counts attempts with names that match no account. Account ids
/// are random, so none is all zeros.
pub const UNKNOWN_NAMES: Id = Id([0; 16]);

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Throttle {
    pub failures: i64,
    pub locked_until: i64,
}

pub fn get(conn: &Connection, subject: &Id) -> Result<Throttle> {
    Ok(conn
        .query_row(
            "SELECT failures, locked_until FROM login_throttle WHERE subject = ?1",
            [subject.as_bytes()],
            |r| {
                Ok(Throttle {
                    failures: r.get(0)?,
                    locked_until: r.get(1)?,
                })
            },
        )
        .optional()?
        .unwrap_or_default())
}

pub fn set(conn: &Connection, subject: &Id, t: Throttle) -> Result<()> {
    conn.execute(
        "INSERT INTO login_throttle (subject, failures, locked_until) VALUES (?1, ?2, ?3)
         ON CONFLICT (subject) DO UPDATE SET failures = excluded.failures,
             locked_until = excluded.locked_until",
        params![subject.as_bytes(), t.failures, t.locked_until],
    )?;
    Ok(())
}

pub fn clear(conn: &Connection, subject: &Id) -> Result<()> {
    conn.execute(
        "DELETE FROM login_throttle WHERE subject = ?1",
        [subject.as_bytes()],
    )?;
    Ok(())
}
