//! Every error she can meet, in her language. Errors from age and SQLite are
//! mapped here, because their own messages are English-only and technical.

use super::Messages;
use crate::crypto::CryptoError;
use crate::datadir::DataDirError;
use crate::domain::account::AliasError;
use crate::store::StoreError;
use crate::tr;
use crate::vault::VaultError;

pub fn vault_error(m: &Messages, e: &VaultError) -> String {
    match e {
        VaultError::NotSetUp => tr!(m, "err-not-set-up"),
        VaultError::AlreadySetUp => tr!(m, "err-already-set-up"),
        VaultError::WrongCredentials { retry_after: None } => tr!(m, "err-wrong-credentials"),
        VaultError::WrongCredentials {
            retry_after: Some(seconds),
        } => tr!(m, "err-wrong-credentials-wait", seconds = (*seconds)),
        VaultError::TryLater { seconds } => tr!(m, "err-try-later", seconds = (*seconds)),
        VaultError::AccountDisabled => tr!(m, "err-account-disabled"),
        VaultError::NotAllowed => tr!(m, "err-not-allowed"),
        VaultError::UnknownAccount => tr!(m, "err-unknown-account"),
        VaultError::AliasTaken => tr!(m, "err-alias-taken"),
        VaultError::BadAlias(AliasError::Empty) => tr!(m, "err-alias-empty"),
        VaultError::BadAlias(AliasError::TooLong) => tr!(m, "err-alias-too-long"),
        VaultError::BadAlias(AliasError::BadCharacter) => tr!(m, "err-alias-bad-character"),
        VaultError::PassphraseTooShort => tr!(m, "err-passphrase-too-short"),
        VaultError::LastFacilitator => tr!(m, "err-last-facilitator"),
        VaultError::Conflict => tr!(m, "err-conflict"),
        VaultError::Tampered => tr!(m, "err-tampered"),
        VaultError::Damaged(c) => crypto_error(m, c),
        VaultError::Store(s) => store_error(m, s),
    }
}

fn crypto_error(m: &Messages, e: &CryptoError) -> String {
    match e {
        CryptoError::WorkFactorTooHigh(_) => tr!(m, "err-kdf-too-high"),
        CryptoError::WorkFactorTooLow(_) => tr!(m, "err-kdf-too-low"),
        CryptoError::WrongSecret | CryptoError::Damaged => tr!(m, "err-damaged"),
    }
}

fn store_error(m: &Messages, e: &StoreError) -> String {
    match e {
        StoreError::NotADatabase | StoreError::DamagedRow => tr!(m, "err-db-not-database"),
        StoreError::SchemaTooNew { .. } => tr!(m, "err-db-too-new"),
        StoreError::Busy => tr!(m, "err-db-busy"),
        StoreError::Sqlite(_) => tr!(m, "err-db-other"),
        StoreError::Io(_) => tr!(m, "err-dir-io"),
    }
}

pub fn data_dir_error(m: &Messages, e: &DataDirError) -> String {
    match e {
        DataDirError::NoHome => tr!(m, "err-dir-no-home"),
        DataDirError::Symlink => tr!(m, "err-dir-symlink"),
        DataDirError::NotAFolder => tr!(m, "err-dir-not-folder"),
        DataDirError::TooOpen => tr!(m, "err-dir-too-open"),
        DataDirError::NotOwner => tr!(m, "err-dir-not-owner"),
        DataDirError::Io(_) => tr!(m, "err-dir-io"),
    }
}
