//! An unlocked account: her key bundle in memory, and her records. Dropping the
//! session wipes the keys (they zeroize themselves on drop).

use super::login::LoginReport;
use super::{Result, Vault, VaultError, tombstones};
use crate::crypto::padding::{BUCKET, LARGE_BUCKET};
use crate::crypto::{CryptoError, KeyBundle, seal};
use crate::domain::records::{Kind, Preferences};
use crate::domain::{Id, Role};
use crate::store::records::{self, SealedRow};
use serde::Serialize;
use serde::de::DeserializeOwned;
use zeroize::Zeroizing;

pub struct Session {
    alias: String,
    role: Role,
    keys: KeyBundle,
    report: LoginReport,
}

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

/// The padding step for a kind: larger for records that grow a little at a time.
pub(super) fn bucket(kind: Kind) -> usize {
    if kind.grows_in_small_steps() {
        LARGE_BUCKET
    } else {
        BUCKET
    }
}

/// The padding step for a kind as stored; the usual one for a name the app
/// doesn't know.
pub(super) fn bucket_for_name(name: &str) -> usize {
    Kind::from_name(name).map_or(BUCKET, bucket)
}

impl Session {
    pub(super) fn new(alias: String, role: Role, keys: KeyBundle, report: LoginReport) -> Session {
        Session {
            alias,
            role,
            keys,
            report,
        }
    }

    pub fn account(&self) -> &Id {
        self.keys.account()
    }

    pub fn alias(&self) -> &str {
        &self.alias
    }

    pub fn role(&self) -> Role {
        self.role
    }

    /// What she should be told after this login.
    pub fn report(&self) -> &LoginReport {
        &self.report
    }

    /// The times (Unix seconds) of wrong-passphrase attempts since her last login.
    pub fn failed_logins(&self) -> &[i64] {
        &self.report.failed_logins
    }

    /// The address the app's own notes to her are written to (`age1…`).
    pub fn recipient(&self) -> String {
        self.keys.notes().recipient()
    }

    /// The public half of her long-term sharing secret (`age1…`).
    pub fn sharing_recipient(&self) -> String {
        self.keys.sharing().recipient()
    }

    pub(super) fn keys(&self) -> &KeyBundle {
        &self.keys
    }

    pub(super) fn into_keys(self) -> KeyBundle {
        self.keys
    }

    pub(super) fn open_row(&self, row: &SealedRow) -> Result<Zeroizing<Vec<u8>>> {
        seal::open(
            self.keys.vault_key(),
            self.account(),
            &row.kind,
            &row.id,
            &row.sealed,
        )
        .map_err(VaultError::Damaged)
    }

    pub(super) fn seal(&self, kind: Kind, id: &Id, bytes: &[u8]) -> Result<Vec<u8>> {
        seal::seal(
            self.keys.vault_key(),
            self.account(),
            kind.as_str(),
            id,
            bytes,
            bucket(kind),
        )
        .map_err(VaultError::Damaged)
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
    pub fn save(
        &mut self,
        s: &Session,
        kind: Kind,
        id: &Id,
        payload: &impl Serialize,
    ) -> Result<()> {
        let bytes = to_bytes(payload);
        self.save_bytes(s, kind, id, &bytes)
    }

    pub fn save_bytes(&mut self, s: &Session, kind: Kind, id: &Id, bytes: &[u8]) -> Result<()> {
        let sealed = s.seal(kind, id, bytes)?;
        self.store
            .write(|tx| records::put(tx, s.account(), kind.as_str(), id, &sealed))?;
        Ok(())
    }

    /// One record, if it exists. A record that exists but does not open is an
    /// error here: the caller asked for that one record.
    pub fn load<T: DeserializeOwned>(&self, s: &Session, kind: Kind, id: &Id) -> Result<Option<T>> {
        let Some(sealed) = records::get(self.store.conn(), s.account(), kind.as_str(), id)? else {
            return Ok(None);
        };
        let row = SealedRow {
            id: *id,
            kind: kind.as_str().to_owned(),
            sealed,
        };
        from_bytes(&s.open_row(&row)?).map(Some)
    }

    /// Opens every record of one kind, in no particular order.
    pub fn open_all(&mut self, s: &Session, kind: Kind) -> Result<Loaded<Zeroizing<Vec<u8>>>> {
        self.load_with(s, kind, |bytes| Ok(Zeroizing::new(bytes.to_vec())))
    }

    /// Opens and reads every record of one kind. Each record is decrypted and
    /// parsed straight away, so only one plaintext buffer is alive at a time per
    /// thread; the work is shared across the cores, because a big journal is
    /// thousands of records and she is waiting for her list.
    pub fn load_all<T: DeserializeOwned + Send>(
        &mut self,
        s: &Session,
        kind: Kind,
    ) -> Result<Loaded<T>> {
        self.load_with(s, kind, from_bytes)
    }

    fn load_with<T: Send>(
        &mut self,
        s: &Session,
        kind: Kind,
        parse: impl Fn(&[u8]) -> Result<T> + Sync,
    ) -> Result<Loaded<T>> {
        let (rows, malformed) = records::list(self.store.conn(), s.account(), Some(kind.as_str()))?;
        let deleted = tombstones::read(self.store.conn(), s)?.deleted;
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

/// Shows who is logged in, never the keys.
impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("alias", &self.alias)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

impl Vault {
    /// Her preferences and the id they are saved under, if she has saved any.
    /// A damaged preferences record is passed over: her defaults apply, and her
    /// next choice is saved afresh.
    pub fn preferences(&mut self, s: &Session) -> Result<(Option<Id>, Preferences)> {
        Ok(self
            .load_all::<Preferences>(s, Kind::Preferences)?
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
        self.save(s, Kind::Preferences, &id, prefs)
    }
}
