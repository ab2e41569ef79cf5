//! Sealed records: an id, an owner, a kind, and ciphertext. Nothing else.

use super::{Result, StoreError};
use crate::domain::Id;
use rusqlite::{Connection, OptionalExtension, params};

pub struct SealedRow {
    pub id: Id,
    pub kind: String,
    pub sealed: Vec<u8>,
}

pub fn put(conn: &Connection, owner: &Id, kind: &str, id: &Id, sealed: &[u8]) -> Result<()> {
    // An id held by another owner or kind is left alone; say so rather than
    // report a save that didn't happen.
    let changed = conn.execute(
        "INSERT INTO records (rowid, id, owner, kind, sealed) VALUES (?5, ?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed
         WHERE owner = excluded.owner AND kind = excluded.kind",
        params![
            id.as_bytes(),
            owner.as_bytes(),
            kind,
            sealed,
            super::random_rowid()
        ],
    )?;
    if changed != 1 {
        return Err(StoreError::DamagedRow);
    }
    Ok(())
}

pub fn get(conn: &Connection, owner: &Id, kind: &str, id: &Id) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .query_row(
            "SELECT sealed FROM records WHERE id = ?1 AND owner = ?2 AND kind = ?3",
            params![id.as_bytes(), owner.as_bytes(), kind],
            |r| r.get(0),
        )
        .optional()?)
}

/// Every record she owns, or only those of one kind, and how many rows had an id
/// that is not an id at all (they are skipped, never a reason to fail).
pub fn list(conn: &Connection, owner: &Id, kind: Option<&str>) -> Result<(Vec<SealedRow>, usize)> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, kind, sealed FROM records
         WHERE owner = ?1 AND (?2 IS NULL OR kind = ?2)",
    )?;
    let rows = stmt.query_map(params![owner.as_bytes(), kind], |r| {
        Ok((r.get::<_, Vec<u8>>(0)?, r.get(1)?, r.get(2)?))
    })?;
    let mut listed = Vec::new();
    let mut malformed = 0;
    for row in rows {
        let (id, kind, sealed): (Vec<u8>, String, Vec<u8>) = row?;
        match Id::from_slice(&id) {
            Some(id) => listed.push(SealedRow { id, kind, sealed }),
            None => malformed += 1,
        }
    }
    Ok((listed, malformed))
}

/// Every record she owns of one kind, handed to `each` one at a time, so that
/// a caller need not hold all of a big journal's ciphertext at once. Returns
/// how many rows had an id that is not an id at all (skipped, never a reason
/// to fail).
pub fn each(
    conn: &Connection,
    owner: &Id,
    kind: &str,
    mut each: impl FnMut(SealedRow),
) -> Result<usize> {
    let mut stmt =
        conn.prepare_cached("SELECT id, sealed FROM records WHERE owner = ?1 AND kind = ?2")?;
    let mut rows = stmt.query(params![owner.as_bytes(), kind])?;
    let mut malformed = 0;
    while let Some(row) = rows.next()? {
        match row.get_ref(0)?.as_blob().ok().and_then(Id::from_slice) {
            Some(id) => each(SealedRow {
                id,
                kind: kind.to_owned(),
                sealed: row.get(1)?,
            }),
            None => malformed += 1,
        }
    }
    Ok(malformed)
}

/// The kind a record of hers is stored under, if it exists.
pub fn kind_of(conn: &Connection, owner: &Id, id: &Id) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT kind FROM records WHERE id = ?1 AND owner = ?2",
            params![id.as_bytes(), owner.as_bytes()],
            |r| r.get(0),
        )
        .optional()?)
}

pub fn delete(conn: &Connection, owner: &Id, id: &Id) -> Result<bool> {
    let n = conn.execute(
        "DELETE FROM records WHERE id = ?1 AND owner = ?2",
        params![id.as_bytes(), owner.as_bytes()],
    )?;
    Ok(n > 0)
}
