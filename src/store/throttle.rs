//! Failed-login counters, keyed by a salted hash of the alias that was typed, so
//! that a known and an unknown alias are throttled the same way and a passphrase
//! typed into the alias field is not kept in plaintext.

use super::Result;
use rusqlite::{Connection, OptionalExtension, params};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Throttle {
    pub failures: i64,
    pub locked_until: i64,
}

pub fn get(conn: &Connection, alias_hash: &[u8]) -> Result<Throttle> {
    Ok(conn
        .query_row(
            "SELECT failures, locked_until FROM login_throttle WHERE alias_hash = ?1",
            [alias_hash],
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

pub fn set(conn: &Connection, alias_hash: &[u8], t: Throttle) -> Result<()> {
    conn.execute(
        "INSERT INTO login_throttle (alias_hash, failures, locked_until) VALUES (?1, ?2, ?3)
         ON CONFLICT (alias_hash) DO UPDATE SET failures = excluded.failures,
             locked_until = excluded.locked_until",
        params![alias_hash, t.failures, t.locked_until],
    )?;
    Ok(())
}

pub fn clear(conn: &Connection, alias_hash: &[u8]) -> Result<()> {
    conn.execute(
        "DELETE FROM login_throttle WHERE alias_hash = ?1",
        [alias_hash],
    )?;
    Ok(())
}
