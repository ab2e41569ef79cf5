//! The ids of the records she deleted, sealed like everything else she owns.
//!
//! Someone who keeps an old copy of the file can put a deleted record back: it
//! still opens, because it was sealed with her key. Its id is in this set, so it
//! is refused, deleted again and counted. The set is one record of kind
//! `deleted` holding the ids one after another (16 bytes each).
//!
//! Rolling back this record together with the rest of the file can't be seen
//! from inside the file (`docs/security.md`).

use super::session::Session;
use super::{Result, VaultError};
use crate::crypto::seal;
use crate::domain::Id;
use crate::domain::records::Kind;
use crate::store::records;
use rusqlite::Connection;
use std::collections::BTreeSet;

/// A sealed set of ids kept in one record of its kind: her deletion set here,
/// and the ids she has already received (`sharing.rs`).
pub(super) struct IdSet {
    pub ids: BTreeSet<Id>,
    /// The readable records the set is kept in (normally one).
    holders: Vec<Id>,
    /// Records of the set that did not open. They are kept as they are, never
    /// overwritten, and reported: a lost set would let old things return.
    pub unreadable: usize,
}

/// Her deletion set as it is on disk now.
pub(super) fn read(conn: &Connection, s: &Session) -> Result<IdSet> {
    read_set(conn, s, Kind::Tombstones)
}

/// Adds `id` to the set, inside the caller's transaction, and keeps the set in
/// one record.
pub(super) fn add(tx: &Connection, s: &Session, id: &Id) -> Result<()> {
    let mut set = read(tx, s)?;
    set.ids.insert(*id);
    write_set(tx, s, Kind::Tombstones, &set)
}

pub(super) fn read_set(conn: &Connection, s: &Session, kind: Kind) -> Result<IdSet> {
    let (rows, malformed) = records::list(conn, s.account(), Some(kind.as_str()))?;
    let mut set = IdSet {
        ids: BTreeSet::new(),
        holders: Vec::new(),
        unreadable: malformed,
    };
    for row in rows {
        match s.open_row(&row) {
            Ok(bytes) if bytes.len() % 16 == 0 => {
                set.ids
                    .extend(bytes.chunks_exact(16).filter_map(Id::from_slice));
                set.holders.push(row.id);
            }
            _ => set.unreadable += 1,
        }
    }
    Ok(set)
}

/// Writes the set into one record of `kind`, inside the caller's transaction,
/// and removes any other readable record of it.
pub(super) fn write_set(tx: &Connection, s: &Session, kind: Kind, set: &IdSet) -> Result<()> {
    let holder = set
        .holders
        .first()
        .copied()
        .unwrap_or_else(crate::crypto::random_id);
    let bytes: Vec<u8> = set.ids.iter().flat_map(|i| *i.as_bytes()).collect();
    let sealed = seal::seal(
        s.keys().vault_key(),
        s.account(),
        kind.as_str(),
        &holder,
        &bytes,
        super::session::bucket(kind),
    )
    .map_err(VaultError::Damaged)?;
    records::put(tx, s.account(), kind.as_str(), &holder, &sealed)?;
    for other in set.holders.iter().skip(1) {
        records::delete(tx, s.account(), other)?;
    }
    Ok(())
}
