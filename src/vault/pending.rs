//! New keys waiting for her to confirm she has kept the recovery code.
//!
//! Setting up the centre, claiming an account, recovering and changing the
//! passphrase all make a fresh identity, vault key and recovery code. Nothing is
//! written until `Vault::commit`, which she reaches only after confirming that
//! she has kept the code: cancelling leaves everything as it was.

use super::session::Session;
use super::{Result, Vault, VaultError};
use crate::crypto::{Identity, Passphrase, RecoveryCode, VaultKey, kdf, seal};
use crate::domain::records::Kind;
use crate::domain::{Id, Role, Status};
use crate::store::accounts::{self, AccountRow, WrappedKeys};
use crate::store::{records, settings};
use secrecy::{ExposeSecret, SecretString};

/// A fresh identity and vault key, wrapped by her passphrase and a new recovery code.
pub(super) struct NewKeys {
    pub identity: Identity,
    pub vault_key: VaultKey,
    pub recovery: RecoveryCode,
    pub wrapped: WrappedKeys,
}

impl NewKeys {
    /// Costs two scrypt runs (about two seconds in a release build).
    pub fn make(passphrase: &Passphrase) -> Result<NewKeys> {
        let identity = Identity::generate();
        let vault_key = VaultKey::generate();
        let recovery = RecoveryCode::generate();
        let recipient = identity.recipient();
        let wrapped = WrappedKeys {
            identity_by_passphrase: identity.wrap(passphrase.secret()),
            identity_by_recovery: identity.wrap(recovery.canonical()),
            vault_key: vault_key.wrap_to(&recipient).map_err(VaultError::Damaged)?,
            recipient,
        };
        Ok(NewKeys {
            identity,
            vault_key,
            recovery,
            wrapped,
        })
    }
}

pub(super) enum Action {
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
    /// identity is kept in the vault to open inbox items still addressed to it.
    Rotate { old: Session },
}

pub struct Pending {
    pub(super) account: Id,
    pub(super) alias: String,
    pub(super) role: Role,
    pub(super) keys: NewKeys,
    pub(super) action: Action,
}

impl Pending {
    /// The code to show her once. It is never stored anywhere.
    pub fn recovery_code(&self) -> &RecoveryCode {
        &self.keys.recovery
    }

    /// Gives back the session a passphrase change started from, if she cancels.
    pub fn cancel(self) -> Option<Session> {
        match self.action {
            Action::Rotate { old } => Some(old),
            _ => None,
        }
    }
}

impl Vault {
    /// Writes the new keys, once she has confirmed that she kept the recovery code,
    /// and returns her session under them.
    pub fn commit(&mut self, pending: Pending, now: i64) -> Result<Session> {
        let Pending {
            account,
            alias,
            role,
            keys,
            action,
        } = pending;
        self.store.write(|tx| -> Result<()> {
            match &action {
                Action::SetUp {
                    account: row,
                    centre,
                    language,
                } => {
                    if settings::get(tx, settings::THROTTLE_SALT)?.is_some() {
                        return Err(VaultError::AlreadySetUp);
                    }
                    write_centre_settings(tx, centre, language)?;
                    accounts::insert(tx, row, &crate::domain::Alias::parse(&row.alias)?.folded())?;
                }
                Action::Claim { code_hash } => {
                    let row = accounts::by_id(tx, &account)?.ok_or(VaultError::Conflict)?;
                    if row.status != Status::Unclaimed
                        || row.setup_code_hash.as_ref() != Some(code_hash)
                    {
                        return Err(VaultError::Conflict);
                    }
                }
                Action::Rotate { old } => {
                    reseal_all(tx, old, &keys.vault_key)?;
                    let kept_id = crate::crypto::random_id();
                    let kind = Kind::OldIdentity.as_str();
                    let secret = old.identity().to_secret();
                    let sealed = seal::seal(
                        &keys.vault_key,
                        &account,
                        kind,
                        &kept_id,
                        secret.expose_secret().as_bytes(),
                    );
                    records::put(tx, &account, kind, &kept_id, &sealed)?;
                }
            }
            accounts::set_keys(tx, &account, &keys.wrapped)?;
            accounts::set_last_login(tx, &account, now)?;
            Ok(())
        })?;
        let NewKeys {
            identity,
            vault_key,
            ..
        } = keys;
        Ok(Session::new(
            account,
            alias,
            role,
            identity,
            vault_key,
            Vec::new(),
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
    let salt: [u8; 32] = crate::crypto::random_bytes();
    settings::set(tx, settings::THROTTLE_SALT, &hex::encode(salt))?;
    // A secret no one knows: unknown aliases spend the same scrypt work on it.
    let nobody = SecretString::from(hex::encode(crate::crypto::random_bytes::<32>()));
    let decoy = Identity::generate().wrap(&nobody);
    settings::set(tx, settings::DECOY_IDENTITY, &hex::encode(decoy))?;
    let decoy_code = kdf::hash_code(nobody.expose_secret());
    settings::set(tx, settings::DECOY_SETUP_CODE, &hex::encode(decoy_code))?;
    Ok(())
}

/// Opens every record with the old vault key and seals it with the new one,
/// inside the caller's transaction: either all move, or none.
fn reseal_all(tx: &rusqlite::Connection, old: &Session, new_key: &VaultKey) -> Result<()> {
    for row in records::list(tx, old.account(), None)? {
        let plain = old.open_row(&row)?;
        let sealed = seal::seal(new_key, old.account(), &row.kind, &row.id, &plain);
        records::put(tx, old.account(), &row.kind, &row.id, &sealed)?;
    }
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
