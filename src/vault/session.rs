//! An unlocked account: her identity and vault key in memory, and her records.
//! Dropping the session wipes both keys (they zeroize themselves on drop).

use super::{Result, Vault, VaultError};
use crate::crypto::{Identity, VaultKey, seal};
use crate::domain::records::{Kind, Preferences};
use crate::domain::{Id, Role};
use crate::store::records::{self, SealedRow};
use serde::Serialize;
use serde::de::DeserializeOwned;
use zeroize::Zeroizing;

pub struct Session {
    account: Id,
    alias: String,
    role: Role,
    identity: Identity,
    vault_key: VaultKey,
    failed_logins: Vec<i64>,
}

impl Session {
    pub(super) fn new(
        account: Id,
        alias: String,
        role: Role,
        identity: Identity,
        vault_key: VaultKey,
        failed_logins: Vec<i64>,
    ) -> Session {
        Session {
            account,
            alias,
            role,
            identity,
            vault_key,
            failed_logins,
        }
    }

    pub fn account(&self) -> &Id {
        &self.account
    }

    pub fn alias(&self) -> &str {
        &self.alias
    }

    pub fn role(&self) -> Role {
        self.role
    }

    /// The times (Unix seconds) of wrong-passphrase attempts since her last login.
    pub fn failed_logins(&self) -> &[i64] {
        &self.failed_logins
    }

    pub fn recipient(&self) -> String {
        self.identity.recipient()
    }

    pub(super) fn identity(&self) -> &Identity {
        &self.identity
    }

    pub(super) fn vault_key(&self) -> &VaultKey {
        &self.vault_key
    }

    pub(super) fn open_row(&self, row: &SealedRow) -> Result<Zeroizing<Vec<u8>>> {
        seal::open(
            &self.vault_key,
            &self.account,
            &row.kind,
            &row.id,
            &row.sealed,
        )
        .map_err(VaultError::Damaged)
    }
}

/// Serialises a payload straight into memory that is wiped when dropped.
fn to_bytes(payload: &impl Serialize) -> Zeroizing<Vec<u8>> {
    Zeroizing::new(serde_json::to_vec(payload).expect("record payloads always serialise"))
}

fn from_bytes<T: DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    serde_json::from_slice(bytes)
        .map_err(|_| VaultError::Damaged(crate::crypto::CryptoError::Damaged))
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
        let sealed = seal::seal(&s.vault_key, &s.account, kind.as_str(), id, bytes);
        self.store
            .write(|tx| records::put(tx, &s.account, kind.as_str(), id, &sealed))?;
        Ok(())
    }

    pub fn load<T: DeserializeOwned>(&self, s: &Session, kind: Kind, id: &Id) -> Result<Option<T>> {
        let Some(sealed) = records::get(self.store.conn(), &s.account, kind.as_str(), id)? else {
            return Ok(None);
        };
        let plain = seal::open(&s.vault_key, &s.account, kind.as_str(), id, &sealed)
            .map_err(VaultError::Damaged)?;
        from_bytes(&plain).map(Some)
    }

    /// Opens every record of one kind, in no particular order.
    pub fn open_all(&self, s: &Session, kind: Kind) -> Result<Vec<(Id, Zeroizing<Vec<u8>>)>> {
        records::list(self.store.conn(), &s.account, Some(kind.as_str()))?
            .into_iter()
            .map(|row| Ok((row.id, s.open_row(&row)?)))
            .collect()
    }

    /// Opens and reads every record of one kind. Each record is decrypted and
    /// parsed straight away, so only one plaintext buffer is alive at a time per
    /// thread; the work is shared across the cores, because a big journal is
    /// thousands of records and she is waiting for her list.
    pub fn load_all<T: DeserializeOwned + Send>(
        &self,
        s: &Session,
        kind: Kind,
    ) -> Result<Vec<(Id, T)>> {
        let rows = records::list(self.store.conn(), &s.account, Some(kind.as_str()))?;
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        let chunk = rows.len().div_ceil(threads).max(256);
        let open = |rows: &[SealedRow]| -> Result<Vec<(Id, T)>> {
            rows.iter()
                .map(|row| Ok((row.id, from_bytes(&s.open_row(row)?)?)))
                .collect()
        };
        let parts: Vec<Result<Vec<(Id, T)>>> = std::thread::scope(|scope| {
            let handles: Vec<_> = rows
                .chunks(chunk)
                .map(|part| scope.spawn(move || open(part)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("opening records does not panic"))
                .collect()
        });
        let mut all = Vec::with_capacity(rows.len());
        for part in parts {
            all.extend(part?);
        }
        Ok(all)
    }

    /// Deletes a record for good. SQLite's secure_delete overwrites its pages.
    pub fn delete(&mut self, s: &Session, id: &Id) -> Result<bool> {
        Ok(self.store.write(|tx| records::delete(tx, &s.account, id))?)
    }
}

impl Session {
    pub(super) fn with_failed_logins(mut self, failed: Vec<i64>) -> Session {
        self.failed_logins = failed;
        self
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
    pub fn preferences(&self, s: &Session) -> Result<(Option<Id>, Preferences)> {
        Ok(self
            .load_all::<Preferences>(s, Kind::Preferences)?
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
