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
use std::sync::mpsc::{self, TrySendError};
use zeroize::Zeroizing;

/// Rows read before they are handed over to be opened: enough that handing
/// over costs little, few enough that the two threads share the work evenly.
const BATCH: usize = 64;

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

/// What one thread of a load opened, and the buffer it decrypts in.
struct Opened<T> {
    items: Vec<(Id, T)>,
    failed: usize,
    buf: Zeroizing<Vec<u8>>,
}

impl<T> Default for Opened<T> {
    fn default() -> Self {
        Opened {
            items: Vec::new(),
            failed: 0,
            buf: Zeroizing::new(Vec::new()),
        }
    }
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
        let deleted = tombstones::read(self.store.conn(), s)?.ids;
        // Each thread decrypts into one buffer of its own, wiped at the end.
        let open = |rows: &[SealedRow], into: &mut Opened<T>| {
            for row in rows {
                match s.open_row_in(row, &mut into.buf).and_then(&parse) {
                    Ok(item) => into.items.push((row.id, item)),
                    Err(_) => into.failed += 1,
                }
            }
        };
        let conn = self.store.conn();
        let mut returned = Vec::new();
        // Rows are read on this thread, a batch at a time, and each batch is
        // opened by a helper thread if it is free, or else here: both cores
        // work, and a big journal's ciphertext is never all in memory at once
        // (it would stay resident after the load, and its pages cost time).
        let (listed, mine, helped) = std::thread::scope(|scope| {
            let (to_helper, batches) = mpsc::sync_channel::<Vec<SealedRow>>(1);
            let helper = scope.spawn(move || {
                let mut opened = Opened::default();
                for batch in batches {
                    open(&batch, &mut opened);
                }
                opened
            });
            let mut mine = Opened::default();
            let mut batch = Vec::with_capacity(BATCH);
            let listed = records::each(conn, s.account(), kind.as_str(), |row| {
                if deleted.contains(&row.id) {
                    returned.push(row.id);
                    return;
                }
                batch.push(row);
                if batch.len() == BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                    if let Err(TrySendError::Full(full) | TrySendError::Disconnected(full)) =
                        to_helper.try_send(full)
                    {
                        open(&full, &mut mine);
                    }
                }
            });
            open(&batch, &mut mine);
            drop(to_helper);
            let helped = helper.join().expect("opening records does not panic");
            (listed, mine, helped)
        });
        let mut loaded = Loaded {
            items: mine.items,
            unreadable: listed? + mine.failed + helped.failed,
            returned: returned.len(),
        };
        loaded.items.extend(helped.items);
        if !returned.is_empty() {
            self.store.write(|tx| -> Result<()> {
                for id in &returned {
                    records::delete(tx, s.account(), id)?;
                }
                Ok(())
            })?;
            self.checkpoint()?;
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
    /// Empties SQLite's page cache (ciphertext, read again when needed) after
    /// a big load, so that memory goes back to the system. Only memory: if it
    /// fails, nothing she sees changes.
    pub fn release_cache(&self) {
        let _ = self.store.conn().execute_batch("PRAGMA shrink_memory");
    }

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
