//! Unlocking: login, first login with a setup code, recovery, passphrase change.
//!
//! Every path that checks a secret goes through `attempt`, so a wrong passphrase,
//! a wrong code and an unknown alias all cost the same scrypt work, give the same
//! error and count against the throttle. The attempt is counted before the work
//! starts, in one transaction, so parallel guesses can't share one count.

use super::pending::{KeysFor, NewKeys, Pending};
use super::session::Session;
use super::{Result, Vault, VaultError};
use crate::crypto::keys::{decrypt_with, encrypt_to};
use crate::crypto::{CryptoError, Identity, KeyBundle, Passphrase, RecoveryCode, SetupCode, kdf};
use crate::domain::records::{InboxItem, Kind};
use crate::domain::throttle::{delay_after, wait_left};
use crate::domain::{Alias, Id, Status};
use crate::store::accounts::{self, AccountRow};
use crate::store::throttle::{self, Throttle, UNKNOWN_NAMES};
use crate::store::{StoreError, inbox, records, settings};
use secrecy::{ExposeSecret, SecretString};

/// What she should be told when she comes in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoginReport {
    /// Wrong-passphrase attempts since her last login (Unix times, oldest first).
    pub failed_logins: Vec<i64>,
    /// Inbox items that none of her keys opened, or that were not allowed to come
    /// the way they came. They were removed.
    pub unopened_messages: usize,
    /// The address for her notes had been changed in the file; it was put back.
    pub address_restored: bool,
    /// Records that keep her safe (old identities, her deletion set) that did
    /// not open. Reported, never treated as missing.
    pub unreadable_keys: usize,
}

/// Which of her secrets is being checked.
enum Secret<'a> {
    Passphrase(&'a Passphrase),
    Recovery(&'a SecretString),
    SetupCode(&'a SetupCode),
}

/// What a successful check yields.
enum Opened {
    Keys(KeyBundle),
    SetupCode(Vec<u8>),
}

impl Vault {
    /// Logs in with alias and passphrase. On success her inbox moves into her vault,
    /// and the session reports what she should be told.
    pub fn unlock(&mut self, alias: &str, passphrase: &Passphrase, now: i64) -> Result<Session> {
        let (row, Opened::Keys(keys)) = self.attempt(alias, Secret::Passphrase(passphrase), now)?
        else {
            unreachable!("a passphrase opens a key bundle")
        };
        self.finish_login(&row, keys, now)
    }

    /// First login: checks the setup code and makes her keys. Nothing is written
    /// until `commit`, after she confirms she has kept the recovery code.
    pub fn prepare_claim(
        &mut self,
        alias: &str,
        code: &SetupCode,
        new_passphrase: &Passphrase,
        now: i64,
    ) -> Result<Pending> {
        let (row, Opened::SetupCode(code_hash)) =
            self.attempt(alias, Secret::SetupCode(code), now)?
        else {
            unreachable!("a setup code opens nothing but itself")
        };
        self.store.write(|tx| throttle::clear(tx, &row.id))?;
        Ok(Pending {
            alias: row.alias,
            role: row.role,
            keys: NewKeys::make(KeyBundle::generate(row.id), new_passphrase),
            action: KeysFor::Claim { code_hash },
        })
    }

    /// A forgotten passphrase: the recovery code opens her keys, and she gets a
    /// new vault key, a new passphrase and a new recovery code. `replace_sharing`
    /// also replaces her sharing secret, for when someone may know her old
    /// passphrase.
    pub fn prepare_recovery(
        &mut self,
        alias: &str,
        code: &RecoveryCode,
        new_passphrase: &Passphrase,
        replace_sharing: bool,
        now: i64,
    ) -> Result<Pending> {
        let (row, Opened::Keys(keys)) =
            self.attempt(alias, Secret::Recovery(code.canonical()), now)?
        else {
            unreachable!("a recovery code opens a key bundle")
        };
        let session = self.finish_login(&row, keys, now)?;
        self.prepare_rotation(session, new_passphrase, replace_sharing)
    }

    /// A passphrase change from an unlocked session. The session is given back by
    /// `Pending::cancel` if she does not go through with it.
    pub fn prepare_rotation(
        &mut self,
        session: Session,
        new_passphrase: &Passphrase,
        replace_sharing: bool,
    ) -> Result<Pending> {
        Ok(Pending {
            alias: session.alias().to_owned(),
            role: session.role(),
            keys: NewKeys::make(session.keys().rotated(replace_sharing), new_passphrase),
            action: KeysFor::Rotate { old: session },
        })
    }

    /// Checks one secret for an alias, with the throttle around it. Unknown
    /// aliases, accounts in the wrong state and wrong secrets all fail the same way.
    fn attempt(&mut self, alias: &str, secret: Secret, now: i64) -> Result<(AccountRow, Opened)> {
        let row = match Alias::parse(alias) {
            Ok(a) => accounts::by_alias_key(self.store.conn(), &a.folded())?,
            Err(_) => None,
        };
        // Names that match no account share one counter: nothing typed there is kept.
        let subject = row.as_ref().map_or(UNKNOWN_NAMES, |r| r.id);
        let retry_after = self.count_attempt(&subject, now)?;
        match self.check_secret(row.as_ref(), &secret, now)? {
            Some(opened) => Ok((row.expect("only a real account opens"), opened)),
            None => {
                if let Some(row) = &row {
                    self.leave_failure_note(row, now)?;
                }
                Err(VaultError::WrongCredentials { retry_after })
            }
        }
    }

    /// Counts an attempt as failed before any work is done (success clears it),
    /// and returns the wait a failure now imposes. An attempt inside a wait is
    /// counted too, but refused without any work and without making the wait
    /// longer, so pressing Enter again never keeps her out for longer.
    fn count_attempt(&mut self, subject: &Id, now: i64) -> Result<Option<i64>> {
        let counted = self
            .store
            .write(|tx| -> Result<std::result::Result<_, i64>> {
                let t = throttle::get(tx, subject)?;
                let failures = t.failures.max(0).saturating_add(1);
                if let Some(wait) = wait_left(t.locked_until, now) {
                    // A time beyond the longest wait was written by someone else,
                    // and is cut back to it.
                    let locked_until = now.saturating_add(wait);
                    throttle::set(
                        tx,
                        subject,
                        Throttle {
                            failures,
                            locked_until,
                        },
                    )?;
                    return Ok(Err(wait));
                }
                let retry_after = delay_after(failures);
                let locked_until = retry_after.map_or(0, |wait| now.saturating_add(wait));
                throttle::set(
                    tx,
                    subject,
                    Throttle {
                        failures,
                        locked_until,
                    },
                )?;
                Ok(Ok(retry_after))
            })?;
        counted.map_err(|seconds| VaultError::TryLater { seconds })
    }

    fn check_secret(
        &self,
        row: Option<&AccountRow>,
        secret: &Secret,
        now: i64,
    ) -> Result<Option<Opened>> {
        let decoy = |key: &str| -> Result<Vec<u8>> {
            let hex_text = self.setting(key)?.ok_or(VaultError::NotSetUp)?;
            hex::decode(hex_text).map_err(|_| VaultError::Store(StoreError::DamagedRow))
        };
        match secret {
            Secret::SetupCode(code) => {
                let usable = row.filter(|r| {
                    r.status == Status::Unclaimed
                        && r.setup_code_expires_at.is_some_and(|t| t > now)
                });
                let (stored, real) = match usable.and_then(|r| r.setup_code_hash.clone()) {
                    Some(h) => (h, true),
                    None => (decoy(settings::DECOY_SETUP_CODE)?, false),
                };
                let ok = kdf::verify_code(code.canonical().expose_secret(), &stored)
                    .map_err(VaultError::Damaged)?;
                Ok((ok && real).then_some(Opened::SetupCode(stored)))
            }
            Secret::Passphrase(_) | Secret::Recovery(_) => {
                let keys = row.and_then(|r| r.keys.as_ref());
                let wrapped = match (keys, secret) {
                    (Some(k), Secret::Passphrase(_)) => k.by_passphrase.clone(),
                    (Some(k), _) => k.by_recovery.clone(),
                    (None, _) => decoy(settings::DECOY_KEYS)?,
                };
                let pass = match secret {
                    Secret::Passphrase(p) => p.secret(),
                    Secret::Recovery(code) => *code,
                    Secret::SetupCode(_) => unreachable!(),
                };
                match KeyBundle::unwrap(pass, &wrapped) {
                    Ok(bundle) if keys.is_some() => Ok(Some(Opened::Keys(bundle))),
                    Ok(_) | Err(CryptoError::WrongSecret) => Ok(None),
                    Err(e) => Err(VaultError::Damaged(e)),
                }
            }
        }
    }

    /// Leaves a note in her inbox, so only she learns when it happened. The
    /// address is a plaintext hint: if it was changed, the note goes astray and
    /// is counted as unopened at her next login.
    fn leave_failure_note(&mut self, row: &AccountRow, now: i64) -> Result<()> {
        let Some(keys) = &row.keys else {
            return Ok(());
        };
        let item = serde_json::to_vec(&InboxItem::FailedLogin { at: now })
            .expect("a note always serialises");
        let Ok(ciphertext) = encrypt_to(&keys.recipient, &item) else {
            return Ok(());
        };
        let id = crate::crypto::random_id();
        self.store
            .write(|tx| inbox::insert(tx, &row.id, &id, None, &ciphertext))?;
        Ok(())
    }

    /// Her keys opened: check that they are this account's, clear the throttle,
    /// note the login time, and move her inbox into her vault, all in one
    /// transaction.
    pub(super) fn finish_login(
        &mut self,
        row: &AccountRow,
        keys: KeyBundle,
        now: i64,
    ) -> Result<Session> {
        if keys.account() != &row.id {
            return Err(VaultError::Tampered);
        }
        if row.status == Status::Disabled {
            return Err(VaultError::AccountDisabled);
        }
        let recipient = keys.notes().recipient();
        let mut report = LoginReport {
            address_restored: row.keys.as_ref().is_none_or(|k| k.recipient != recipient),
            ..LoginReport::default()
        };
        let session = Session::new(row.alias.clone(), row.role, keys, LoginReport::default());
        let (old, unreadable) = self.old_identities(&session)?;
        report.unreadable_keys =
            unreadable + super::tombstones::read(self.store.conn(), &session)?.unreadable;
        let mut identities = vec![session.keys().notes()];
        identities.extend(old.iter());
        let mut moved = Vec::new();
        let mut removed = Vec::new();
        for item in inbox::list(self.store.conn(), &row.id)? {
            match open_note(&identities, &item) {
                Some((at, plain)) => {
                    report.failed_logins.push(at);
                    let id = crate::crypto::random_id();
                    moved.push((id, session.seal(Kind::Notice, &id, &plain)?));
                }
                None => report.unopened_messages += 1,
            }
            removed.push(item.key);
        }
        self.store.write(|tx| -> Result<()> {
            throttle::clear(tx, &row.id)?;
            accounts::set_last_login(tx, &row.id, now)?;
            if report.address_restored {
                accounts::set_recipient(tx, &row.id, &recipient)?;
            }
            for (id, sealed) in &moved {
                records::put(tx, &row.id, Kind::Notice.as_str(), id, sealed)?;
            }
            for key in &removed {
                inbox::delete(tx, key)?;
            }
            Ok(())
        })?;
        report.failed_logins.sort_unstable();
        Ok(Session::new(
            row.alias.clone(),
            row.role,
            session.into_keys(),
            report,
        ))
    }

    /// The notes identities from before her passphrase changes, kept to open
    /// notes still addressed to them, and how many of those records did not open.
    fn old_identities(&mut self, s: &Session) -> Result<(Vec<Identity>, usize)> {
        let loaded = self.open_all(s, Kind::OldIdentity)?;
        let mut unreadable = loaded.unreadable;
        let mut identities = Vec::new();
        for (_, secret) in loaded.items {
            match std::str::from_utf8(&secret)
                .map_err(|_| CryptoError::Damaged)
                .and_then(Identity::from_secret)
            {
                Ok(identity) => identities.push(identity),
                Err(_) => unreadable += 1,
            }
        }
        Ok((identities, unreadable))
    }
}

/// Opens one inbox row as the app's own note. Only a failed-login note may come
/// without a sender; anything else, or anything that doesn't open, is refused.
/// Nothing with a sender is accepted yet: the signed envelope of mentor sharing
/// will be the only way in.
fn open_note(
    identities: &[&Identity],
    row: &inbox::InboxRow,
) -> Option<(i64, zeroize::Zeroizing<Vec<u8>>)> {
    if row.sender.is_some() {
        return None;
    }
    let plain = decrypt_with(identities, &row.ciphertext).ok()?;
    match serde_json::from_slice::<InboxItem>(&plain).ok()? {
        InboxItem::FailedLogin { at } => Some((at, plain)),
    }
}
