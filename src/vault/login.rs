//! Unlocking: login, first login with a setup code, recovery, passphrase change.
//!
//! Every path that checks a secret goes through `attempt`, so a wrong passphrase,
//! a wrong code and an unknown alias all cost the same scrypt work, give the same
//! error and count against the same throttle.

use super::pending::{Action, NewKeys, Pending};
use super::session::Session;
use super::{Result, Vault, VaultError};
use crate::crypto::{CryptoError, Identity, Passphrase, RecoveryCode, SetupCode, VaultKey, kdf};
use crate::domain::records::{InboxItem, Kind};
use crate::domain::{Alias, Status, throttle::delay_after};
use crate::store::accounts::{self, AccountRow};
use crate::store::inbox::{self, InboxRow};
use crate::store::throttle::{self, Throttle};
use crate::store::{StoreError, settings};
use secrecy::ExposeSecret;
use sha2::{Digest, Sha256};

/// Which of her secrets is being checked.
enum Secret<'a> {
    Passphrase(&'a Passphrase),
    Recovery(&'a str),
    SetupCode(&'a SetupCode),
}

/// What a successful check yields.
enum Opened {
    Identity(Identity),
    SetupCode(Vec<u8>),
}

impl Vault {
    /// Logs in with alias and passphrase. On success her inbox moves into her vault,
    /// and the session reports the failed attempts it found there.
    pub fn unlock(&mut self, alias: &str, passphrase: &Passphrase, now: i64) -> Result<Session> {
        let (row, Opened::Identity(identity)) =
            self.attempt(alias, Secret::Passphrase(passphrase), now)?
        else {
            unreachable!("a passphrase opens an identity")
        };
        let session = self.session_for(&row, identity)?;
        self.finish_login(session, now)
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
        let key = self.throttle_key(alias)?;
        self.store.write(|tx| throttle::clear(tx, &key))?;
        Ok(Pending {
            account: row.id,
            alias: row.alias,
            role: row.role,
            keys: NewKeys::make(new_passphrase)?,
            action: Action::Claim { code_hash },
        })
    }

    /// A forgotten passphrase: the recovery code opens her identity, and she gets
    /// new keys, a new passphrase and a new recovery code.
    pub fn prepare_recovery(
        &mut self,
        alias: &str,
        code: &RecoveryCode,
        new_passphrase: &Passphrase,
        now: i64,
    ) -> Result<Pending> {
        let canonical = code.canonical().expose_secret().to_owned();
        let (row, Opened::Identity(identity)) =
            self.attempt(alias, Secret::Recovery(&canonical), now)?
        else {
            unreachable!("a recovery code opens an identity")
        };
        let session = self.session_for(&row, identity)?;
        let session = self.finish_login(session, now)?;
        self.prepare_rotation(session, new_passphrase)
    }

    /// A passphrase change from an unlocked session. The session is given back by
    /// `Pending::cancel` if she does not go through with it.
    pub fn prepare_rotation(
        &mut self,
        session: Session,
        new_passphrase: &Passphrase,
    ) -> Result<Pending> {
        Ok(Pending {
            account: *session.account(),
            alias: session.alias().to_owned(),
            role: session.role(),
            keys: NewKeys::make(new_passphrase)?,
            action: Action::Rotate { old: session },
        })
    }

    /// The throttle's key for a typed alias: a salted hash, so that whatever was
    /// typed there (sometimes a passphrase, by mistake) is not kept in plaintext.
    pub(super) fn throttle_key(&self, typed_alias: &str) -> Result<Vec<u8>> {
        let salt = self
            .setting(settings::THROTTLE_SALT)?
            .ok_or(VaultError::NotSetUp)?;
        let folded = match Alias::parse(typed_alias) {
            Ok(a) => a.folded(),
            Err(_) => typed_alias.to_lowercase(),
        };
        let mut h = Sha256::new();
        h.update(b"langkah/throttle\0");
        h.update(salt.as_bytes());
        h.update(b"\0");
        h.update(folded.as_bytes());
        Ok(h.finalize().to_vec())
    }

    /// Checks one secret for an alias, with the throttle around it. Unknown
    /// aliases, accounts in the wrong state and wrong secrets all fail the same way.
    fn attempt(&mut self, alias: &str, secret: Secret, now: i64) -> Result<(AccountRow, Opened)> {
        let key = self.throttle_key(alias)?;
        let t = throttle::get(self.store.conn(), &key)?;
        if t.locked_until > now {
            return Err(VaultError::TryLater {
                seconds: t.locked_until - now,
            });
        }
        let row = match Alias::parse(alias) {
            Ok(a) => accounts::by_alias_key(self.store.conn(), &a.folded())?,
            Err(_) => None,
        };
        match self.check_secret(row.as_ref(), &secret, now)? {
            Some(opened) => Ok((row.expect("only a real account opens"), opened)),
            None => Err(self.record_failure(&key, t, row.as_ref(), now)?),
        }
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
                    (Some(k), Secret::Passphrase(_)) => k.identity_by_passphrase.clone(),
                    (Some(k), _) => k.identity_by_recovery.clone(),
                    (None, _) => decoy(settings::DECOY_IDENTITY)?,
                };
                let pass = match secret {
                    Secret::Passphrase(p) => p.secret().clone(),
                    Secret::Recovery(code) => secrecy::SecretString::from(code.to_string()),
                    Secret::SetupCode(_) => unreachable!(),
                };
                match Identity::unwrap(&pass, &wrapped) {
                    Ok(identity) if keys.is_some() => Ok(Some(Opened::Identity(identity))),
                    Ok(_) | Err(CryptoError::WrongSecret) => Ok(None),
                    Err(e) => Err(VaultError::Damaged(e)),
                }
            }
        }
    }

    /// Counts a failure, sets the wait, and leaves a note in her inbox (sealed to
    /// her, so only she reads when it happened).
    fn record_failure(
        &mut self,
        key: &[u8],
        before: Throttle,
        row: Option<&AccountRow>,
        now: i64,
    ) -> Result<VaultError> {
        let failures = before.failures.saturating_add(1);
        let retry_after = delay_after(failures);
        let note = match row.and_then(|r| r.keys.as_ref().map(|k| (r.id, k.recipient.clone()))) {
            Some((id, recipient)) => {
                let item = serde_json::to_vec(&InboxItem::FailedLogin { at: now })
                    .expect("a note always serialises");
                let ciphertext = crate::crypto::keys::encrypt_to(&recipient, &item)
                    .map_err(|_| VaultError::Tampered)?;
                Some((id, ciphertext))
            }
            None => None,
        };
        self.store.write(|tx| -> Result<()> {
            let t = Throttle {
                failures,
                locked_until: retry_after.map_or(0, |wait| now + wait),
            };
            throttle::set(tx, key, t)?;
            if let Some((id, ciphertext)) = &note {
                let row = InboxRow {
                    id: crate::crypto::random_id(),
                    sender: None,
                    ciphertext: ciphertext.clone(),
                };
                inbox::insert(tx, id, &row)?;
            }
            Ok(())
        })?;
        Ok(VaultError::WrongCredentials { retry_after })
    }

    /// Her identity opened: check that her stored keys belong to it, and open
    /// her vault key. A mismatch means the file was altered.
    fn session_for(&self, row: &AccountRow, identity: Identity) -> Result<Session> {
        let keys = row.keys.as_ref().ok_or(VaultError::Tampered)?;
        if keys.recipient != identity.recipient() {
            return Err(VaultError::Tampered);
        }
        let vault_key =
            VaultKey::unwrap(&identity, &keys.vault_key).map_err(|_| VaultError::Tampered)?;
        if row.status == Status::Disabled {
            return Err(VaultError::AccountDisabled);
        }
        Ok(Session::new(
            row.id,
            row.alias.clone(),
            row.role,
            identity,
            vault_key,
            Vec::new(),
        ))
    }

    /// Clears the throttle, notes the login time, and moves her inbox into her
    /// vault, all in one transaction.
    fn finish_login(&mut self, session: Session, now: i64) -> Result<Session> {
        let key = self.throttle_key(session.alias())?;
        let old_identities: Vec<Identity> = self
            .open_all(&session, Kind::OldIdentity)?
            .iter()
            .map(|(_, secret)| {
                std::str::from_utf8(secret)
                    .map_err(|_| CryptoError::Damaged)
                    .and_then(Identity::from_secret)
                    .map_err(VaultError::Damaged)
            })
            .collect::<Result<_>>()?;
        let mut identities = vec![session.identity()];
        identities.extend(old_identities.iter());
        let mut failed = Vec::new();
        let items = inbox::list(self.store.conn(), session.account())?;
        let mut moved = Vec::new();
        for row in items {
            // An item no key of hers opens stays where it is rather than being lost.
            let Ok(plain) = crate::crypto::keys::decrypt_with(&identities, &row.ciphertext) else {
                continue;
            };
            let Ok(item) = serde_json::from_slice::<InboxItem>(&plain) else {
                continue;
            };
            let kind = match &item {
                InboxItem::FailedLogin { at } => {
                    failed.push(*at);
                    Kind::Notice
                }
                InboxItem::Advice(_) => Kind::Advice,
            };
            let record_id = crate::crypto::random_id();
            let sealed = crate::crypto::seal::seal(
                session.vault_key(),
                session.account(),
                kind.as_str(),
                &record_id,
                &plain,
            );
            moved.push((row.id, kind, record_id, sealed));
        }
        self.store.write(|tx| -> Result<()> {
            throttle::clear(tx, &key)?;
            accounts::set_last_login(tx, session.account(), now)?;
            for (inbox_id, kind, record_id, sealed) in &moved {
                crate::store::records::put(
                    tx,
                    session.account(),
                    kind.as_str(),
                    record_id,
                    sealed,
                )?;
                inbox::delete(tx, inbox_id)?;
            }
            Ok(())
        })?;
        failed.sort_unstable();
        Ok(session.with_failed_logins(failed))
    }
}
