//! What is written to her while she is locked: age-encrypted to her recipient.
//!
//! `sender` names the account that wrote the item (none for the app's own notes,
//! such as failed logins). The mentor-share work authenticates it by a proof
//! inside the ciphertext, checked against that account's recipient.

use super::{Result, StoreError};
use crate::domain::Id;
use rusqlite::{Connection, params};

pub struct InboxRow {
    pub id: Id,
    pub sender: Option<Id>,
    pub ciphertext: Vec<u8>,
}

pub fn insert(conn: &Connection, addressee: &Id, row: &InboxRow) -> Result<()> {
    conn.execute(
        "INSERT INTO inbox (id, addressee, sender, ciphertext) VALUES (?1, ?2, ?3, ?4)",
        params![
            row.id.as_bytes(),
            addressee.as_bytes(),
            row.sender.as_ref().map(|s| s.as_bytes().to_vec()),
            row.ciphertext
        ],
    )?;
    Ok(())
}

pub fn list(conn: &Connection, addressee: &Id) -> Result<Vec<InboxRow>> {
    let mut stmt = conn.prepare("SELECT id, sender, ciphertext FROM inbox WHERE addressee = ?1")?;
    let rows = stmt.query_map([addressee.as_bytes()], |r| {
        Ok((
            r.get::<_, Vec<u8>>(0)?,
            r.get::<_, Option<Vec<u8>>>(1)?,
            r.get(2)?,
        ))
    })?;
    rows.map(|r| {
        let (id, sender, ciphertext) = r?;
        let id = Id::from_slice(&id).ok_or(StoreError::DamagedRow)?;
        let sender = match sender {
            Some(s) => Some(Id::from_slice(&s).ok_or(StoreError::DamagedRow)?),
            None => None,
        };
        Ok(InboxRow {
            id,
            sender,
            ciphertext,
        })
    })
    .collect()
}

pub fn delete(conn: &Connection, id: &Id) -> Result<()> {
    conn.execute("DELETE FROM inbox WHERE id = ?1", [id.as_bytes()])?;
    Ok(())
}
