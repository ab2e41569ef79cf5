//! New keys waiting for her to confirm she has kept the recovery code.
//!
//! Setting up the centre, claiming an account, recovering and changing the
//! passphrase all make a new key bundle and recovery code. Nothing is written
//! until `Vault::commit`, which she reaches only after confirming that she has
//! kept the code: cancelling leaves everything as it was.

use super::login::LoginReport;
use super::session::Session;
use super::{Result, Vault, VaultError};
use crate::crypto::{Identity, KeyBundle, Passphrase, RecoveryCode, kdf};
use crate::domain::records::Kind;
use crate::domain::{Role, Status};
use crate::store::accounts::{self, AccountRow, WrappedKeys};
use crate::store::{records, settings};
use secrecy::{ExposeSecret, SecretString};

/// A key bundle, wrapped by her passphrase and by a new recovery code.
pub(super) struct NewKeys {
    pub bundle: KeyBundle,
    pub recovery: RecoveryCode,
    pub wrapped: WrappedKeys,
}

impl NewKeys {
    /// Costs two scrypt runs (about two seconds in a release build).
    pub fn make(bundle: KeyBundle, passphrase: &Passphrase) -> NewKeys {
        let recovery = RecoveryCode::generate();
        let wrapped = WrappedKeys {
            recipient: bundle.notes().recipient(),
            by_passphrase: bundle.wrap(passphrase.secret()),
            by_recovery: bundle.wrap(recovery.canonical()),
        };
        NewKeys {
            bundle,
            recovery,
            wrapped,
        }
    }
}

pub(super) enum KeysFor {
    /// The first facilitator of a new centre.
    SetUp {
        account: AccountRow,
        centre: String,
        language: String,
    },
    /// An unclaimed account; `code_hash` is the setup code that was checked, so a
    /// code used in another window in the meantime is not used twice.
    Claim { code_hash: Vec<u8> },
    /// New keys for an active account: her records are re-sealed, and the old
    /// notes identity is kept in the vault to open notes still addressed to it.
    Rotate { old: Session },
}

pub struct Pending {
    pub(super) alias: String,
    pub(super) role: Role,
    pub(super) keys: NewKeys,
    pub(super) action: KeysFor,
}

impl Pending {
    /// The code to show her once. It is never stored anywhere.
    pub fn recovery_code(&self) -> &RecoveryCode {
        &self.keys.recovery
    }

    /// Gives back the session a passphrase change started from, if she cancels.
    pub fn cancel(self) -> Option<Session> {
        match self.action {
            KeysFor::Rotate { old } => Some(old),
            _ => None,
        }
    }
}

impl Vault {
    /// Writes the new keys, once she has confirmed that she kept the recovery code,
    /// and returns her session under them. The WAL is emptied afterwards, so the
    /// old wrapped keys and the old ciphertext are gone from the files.
    pub fn commit(&mut self, pending: Pending, now: i64) -> Result<Session> {
        let Pending {
            alias,
            role,
            keys,
            action,
        } = pending;
        let account = *keys.bundle.account();
        self.store.write(|tx| -> Result<()> {
            match &action {
                KeysFor::SetUp {
                    account: row,
                    centre,
                    language,
                } => {
                    if accounts::any(tx)? {
                        return Err(VaultError::AlreadySetUp);
                    }
                    write_centre_settings(tx, centre, language)?;
                    accounts::insert(tx, row, &crate::domain::Alias::parse(&row.alias)?.folded())?;
                }
                KeysFor::Claim { code_hash } => {
                    let row = accounts::by_id(tx, &account)?.ok_or(VaultError::Conflict)?;
                    if row.status != Status::Unclaimed
                        || row.setup_code_hash.as_ref() != Some(code_hash)
                    {
                        return Err(VaultError::Conflict);
                    }
                }
                KeysFor::Rotate { old } => {
                    reseal_all(tx, old, &keys.bundle)?;
                    keep_old_identity(tx, &keys.bundle, old.keys().notes())?;
                }
            }
            accounts::set_keys(tx, &account, &keys.wrapped)?;
            accounts::set_last_login(tx, &account, now)?;
            Ok(())
        })?;
        self.checkpoint()?;
        Ok(Session::new(
            alias,
            role,
            keys.bundle,
            LoginReport::default(),
        ))
    }
}

/// Centre-wide values made once, when the first facilitator is set up.
fn write_centre_settings(tx: &rusqlite::Connection, centre: &str, language: &str) -> Result<()> {
    settings::set(tx, settings::CENTRE_NAME, centre)?;
    settings::set(tx, settings::LANGUAGE, language)?;
    settings::set(
        tx,
        settings::SETUP_CODE_HOURS,
        &settings::DEFAULT_SETUP_CODE_HOURS.to_string(),
    )?;
    // A secret no one knows: unknown aliases spend the same scrypt work on it.
    let nobody = SecretString::from(hex::encode(crate::crypto::random_bytes::<32>()));
    let decoy = KeyBundle::generate(crate::crypto::random_id()).wrap(&nobody);
    settings::set(tx, settings::DECOY_KEYS, &hex::encode(decoy))?;
    let decoy_code = kdf::hash_code(nobody.expose_secret());
    settings::set(tx, settings::DECOY_SETUP_CODE, &hex::encode(decoy_code))?;
    Ok(())
}

/// Opens every record with the old vault key and seals it with the new one,
/// inside the caller's transaction: either all move, or none. A record that
/// does not open is carried over unchanged: it was unreadable before, and
/// dropping it here would hide that.
fn reseal_all(tx: &rusqlite::Connection, old: &Session, new: &KeyBundle) -> Result<()> {
    let (rows, _malformed) = records::list(tx, old.account(), None)?;
    for row in rows {
        let Ok(plain) = old.open_row(&row) else {
            continue;
        };
        let sealed = crate::crypto::seal::seal(
            new.vault_key(),
            new.account(),
            &row.kind,
            &row.id,
            &plain,
            super::session::bucket_for_name(&row.kind),
        )
        .map_err(VaultError::Damaged)?;
        records::put(tx, old.account(), &row.kind, &row.id, &sealed)?;
    }
    Ok(())
}

/// Keeps the notes identity that is being replaced, sealed under the new key,
/// to open notes written to it before the change.
fn keep_old_identity(tx: &rusqlite::Connection, new: &KeyBundle, old: &Identity) -> Result<()> {
    let id = crate::crypto::random_id();
    let kind = Kind::OldIdentity;
    let secret = old.to_secret();
    let sealed = crate::crypto::seal::seal(
        new.vault_key(),
        new.account(),
        kind.as_str(),
        &id,
        secret.expose_secret().as_bytes(),
        super::session::bucket(kind),
    )
    .map_err(VaultError::Damaged)?;
    records::put(tx, new.account(), kind.as_str(), &id, &sealed)?;
    Ok(())
}

/// Names the account, never the keys or the recovery code.
impl std::fmt::Debug for Pending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pending")
            .field("alias", &self.alias)
            .finish_non_exhaustive()
    }
}
