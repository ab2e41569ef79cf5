//! What is written to her while she is locked: age-encrypted to her recipient.
//!
//! `sender` names the account that wrote the item. Only the app's own notes
//! (failed logins) come without one; what a sender writes will carry a
//! signature that the mentor-sharing work checks.

use super::Result;
use crate::domain::Id;
use rusqlite::{Connection, params};

pub struct InboxRow {
    /// The row's key as stored, whatever it holds, so that even a malformed
    /// row can be removed.
    pub key: Vec<u8>,
    pub sender: Option<Vec<u8>>,
    pub ciphertext: Vec<u8>,
}

pub fn insert(
    conn: &Connection,
    addressee: &Id,
    id: &Id,
    sender: Option<&Id>,
    ciphertext: &[u8],
) -> Result<()> {
    conn.execute(
        "INSERT INTO inbox (rowid, id, addressee, sender, ciphertext)
         VALUES (?5, ?1, ?2, ?3, ?4)",
        params![
            id.as_bytes(),
            addressee.as_bytes(),
            sender.map(|s| s.as_bytes().to_vec()),
            ciphertext,
            super::random_rowid()
        ],
    )?;
    Ok(())
}

/// Every row addressed to her. A row whose columns don't hold what they should
/// is listed with what it has, to be counted and removed, never to stop a login.
pub fn list(conn: &Connection, addressee: &Id) -> Result<Vec<InboxRow>> {
    let mut stmt = conn.prepare(
        "SELECT id, CAST(sender AS BLOB), CAST(ciphertext AS BLOB) FROM inbox WHERE addressee = ?1",
    )?;
    let rows = stmt.query_map([addressee.as_bytes()], |r| {
        Ok(InboxRow {
            key: r.get(0)?,
            sender: r.get(1)?,
            ciphertext: r.get::<_, Option<Vec<u8>>>(2)?.unwrap_or_default(),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn delete(conn: &Connection, key: &[u8]) -> Result<()> {
    conn.execute("DELETE FROM inbox WHERE id = ?1", [key])?;
    Ok(())
}
