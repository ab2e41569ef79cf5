//! Her records: sealed, saved, opened and deleted. The typed calls take the kind
//! from the record's type (`Record::KIND`), so a type can't be stored or read as
//! another kind. The raw calls deal in bytes, for the vault's own records and
//! for measuring.

use super::session::Session;
use super::{Result, Vault, VaultError, tombstones};
use crate::crypto::CryptoError;
use crate::domain::Id;
use crate::domain::records::{Kind, Preferences, Record};
use crate::store::records::{self, SealedRow};
use serde::Serialize;
use serde::de::DeserializeOwned;
use zeroize::Zeroizing;

/// What opening every record of one kind gave: the records that opened, and
/// counts of the rest. One bad record never hides the others.
#[derive(Debug)]
pub struct Loaded<T> {
    pub items: Vec<(Id, T)>,
    /// Records that did not open or did not parse: damaged, or altered.
    pub unreadable: usize,
    /// Records she had deleted that came back (from an older copy of the file):
    /// they were deleted again.
    pub returned: usize,
}

/// Serialises a payload straight into memory that is wiped when dropped.
fn to_bytes(payload: &impl Serialize) -> Zeroizing<Vec<u8>> {
    Zeroizing::new(serde_json::to_vec(payload).expect("record payloads always serialise"))
}

fn from_bytes<T: DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|_| VaultError::Damaged(CryptoError::Damaged))
}

impl Vault {
    /// Seals and saves one record. Saving is durable when this returns.
    pub fn save<R: Record>(&mut self, s: &Session, id: &Id, record: &R) -> Result<()> {
        if !record.fits() {
            return Err(VaultError::EntryTooLong);
        }
        let bytes = to_bytes(record);
        self.save_bytes(s, R::KIND, id, &bytes)
    }

    /// Seals and saves bytes as a record of `kind`.
    pub fn save_bytes(&mut self, s: &Session, kind: Kind, id: &Id, bytes: &[u8]) -> Result<()> {
        let sealed = s.seal(kind, id, bytes)?;
        self.store
            .write(|tx| records::put(tx, s.account(), kind.as_str(), id, &sealed))?;
        Ok(())
    }

    /// One record, if it exists. A record that exists but does not open is an
    /// error here: the caller asked for that one record.
    pub fn load<R: Record>(&self, s: &Session, id: &Id) -> Result<Option<R>> {
        let kind = R::KIND.as_str();
        let Some(sealed) = records::get(self.store.conn(), s.account(), kind, id)? else {
            return Ok(None);
        };
        let row = SealedRow {
            id: *id,
            kind: kind.to_owned(),
            sealed,
        };
        from_bytes(&s.open_row(&row)?).map(Some)
    }

    /// Opens every record of one kind as bytes, in no particular order.
    pub fn open_all(&mut self, s: &Session, kind: Kind) -> Result<Loaded<Zeroizing<Vec<u8>>>> {
        self.load_with(s, kind, |bytes| Ok(Zeroizing::new(bytes.to_vec())))
    }

    /// Opens and reads every record of one kind. Each record is decrypted and
    /// parsed straight away, so only one plaintext buffer is alive at a time per
    /// thread; the work is shared across the cores, because a big journal is
    /// thousands of records and she is waiting for her list.
    pub fn load_all<R: Record + Send>(&mut self, s: &Session) -> Result<Loaded<R>> {
        self.load_with(s, R::KIND, from_bytes)
    }

    fn load_with<T: Send>(
        &mut self,
        s: &Session,
        kind: Kind,
        parse: impl Fn(&[u8]) -> Result<T> + Sync,
    ) -> Result<Loaded<T>> {
        let (rows, malformed) = records::list(self.store.conn(), s.account(), Some(kind.as_str()))?;
        let deleted = tombstones::read(self.store.conn(), s)?.ids;
        let (returned, rows): (Vec<SealedRow>, Vec<SealedRow>) =
            rows.into_iter().partition(|r| deleted.contains(&r.id));
        if !returned.is_empty() {
            self.store.write(|tx| -> Result<()> {
                for row in &returned {
                    records::delete(tx, s.account(), &row.id)?;
                }
                Ok(())
            })?;
            self.checkpoint()?;
        }
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        let chunk = rows.len().div_ceil(threads).max(256);
        let open = |rows: &[SealedRow]| -> (Vec<(Id, T)>, usize) {
            let mut items = Vec::with_capacity(rows.len());
            let mut failed = 0;
            for row in rows {
                match s.open_row(row).and_then(|bytes| parse(&bytes)) {
                    Ok(item) => items.push((row.id, item)),
                    Err(_) => failed += 1,
                }
            }
            (items, failed)
        };
        let parts: Vec<(Vec<(Id, T)>, usize)> = std::thread::scope(|scope| {
            let handles: Vec<_> = rows
                .chunks(chunk)
                .map(|part| scope.spawn(move || open(part)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("opening records does not panic"))
                .collect()
        });
        let mut loaded = Loaded {
            items: Vec::with_capacity(rows.len()),
            unreadable: malformed,
            returned: returned.len(),
        };
        for (items, failed) in parts {
            loaded.items.extend(items);
            loaded.unreadable += failed;
        }
        Ok(loaded)
    }

    /// Deletes a record for good. Its id joins her deletion set, so an old copy
    /// of the file can't bring it back; SQLite's secure_delete overwrites its
    /// pages, and the checkpoint clears them from the WAL. Drafts are only
    /// discarded: each is replaced many times a day, and a draft that returns
    /// holds only words she wrote, which she can discard again.
    pub fn delete(&mut self, s: &Session, id: &Id) -> Result<bool> {
        let kind = records::kind_of(self.store.conn(), s.account(), id)?;
        let is_draft = matches!(
            kind.as_deref().and_then(Kind::from_name),
            Some(Kind::Draft | Kind::FormDraft)
        );
        let gone = self.store.write(|tx| -> Result<bool> {
            let gone = records::delete(tx, s.account(), id)?;
            if gone && !is_draft {
                tombstones::add(tx, s, id)?;
            }
            Ok(gone)
        })?;
        if gone && !is_draft {
            self.checkpoint()?;
        }
        Ok(gone)
    }
}

impl Vault {
    /// Her preferences and the id they are saved under, if she has saved any.
    /// A damaged preferences record is passed over: her defaults apply, and her
    /// next choice is saved afresh.
    pub fn preferences(&mut self, s: &Session) -> Result<(Option<Id>, Preferences)> {
        Ok(self
            .load_all::<Preferences>(s)?
            .items
            .into_iter()
            .next()
            .map_or((None, Preferences::default()), |(id, p)| (Some(id), p)))
    }

    /// Saves her preferences as one record, keeping its id across saves.
    pub fn save_preferences(&mut self, s: &Session, prefs: &Preferences) -> Result<()> {
        let id = self
            .preferences(s)?
            .0
            .unwrap_or_else(crate::crypto::random_id);
        self.save(s, &id, prefs)
    }
}
