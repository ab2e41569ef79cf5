//! Every error she can meet, in her language. Errors from age and SQLite are
//! mapped here, because their own messages are English-only and technical.

use super::{Messages, Text};
use crate::crypto::CryptoError;
use crate::datadir::DataDirError;
use crate::domain::account::AliasError;
use crate::store::StoreError;
use crate::tr;
use crate::vault::VaultError;

/// The words for a vault error, to be rendered later in whatever language is shown.
pub fn vault_error_text(e: &VaultError) -> Text {
    let id = match e {
        VaultError::NotSetUp => "err-not-set-up",
        VaultError::AlreadySetUp => "err-already-set-up",
        VaultError::WrongCredentials { retry_after: None } => "err-wrong-credentials",
        VaultError::WrongCredentials {
            retry_after: Some(seconds),
        } => return Text::with("err-wrong-credentials-wait", seconds_arg(*seconds)),
        VaultError::TryLater { seconds } => {
            return Text::with("err-try-later", seconds_arg(*seconds));
        }
        VaultError::AccountDisabled => "err-account-disabled",
        VaultError::NotAllowed => "err-not-allowed",
        VaultError::UnknownAccount => "err-unknown-account",
        VaultError::AliasTaken => "err-alias-taken",
        VaultError::AlreadyClaimed => "err-already-claimed",
        VaultError::BadAlias(AliasError::Empty) => "err-alias-empty",
        VaultError::BadAlias(AliasError::TooLong) => "err-alias-too-long",
        VaultError::BadAlias(AliasError::BadCharacter) => "err-alias-bad-character",
        VaultError::PassphraseTooShort => "err-passphrase-too-short",
        VaultError::PassphraseTooEasy => "err-passphrase-too-easy",
        VaultError::LastFacilitator => "err-last-facilitator",
        VaultError::Conflict => "err-conflict",
        VaultError::Tampered => "err-tampered",
        VaultError::Damaged(CryptoError::WorkFactorTooHigh(_)) => "err-kdf-too-high",
        VaultError::Damaged(CryptoError::WorkFactorTooLow(_)) => "err-kdf-too-low",
        VaultError::Damaged(CryptoError::WrongSecret | CryptoError::Damaged) => "err-damaged",
        VaultError::Store(StoreError::NotADatabase | StoreError::DamagedRow) => {
            "err-db-not-database"
        }
        VaultError::Store(StoreError::SchemaTooNew { .. }) => "err-db-too-new",
        VaultError::Store(StoreError::FormatTooOld) => "err-db-too-old",
        VaultError::Store(StoreError::SchemaAltered) => "err-db-altered",
        VaultError::Store(StoreError::Busy) => "err-db-busy",
        VaultError::Store(StoreError::Full) => "err-disk-full",
        VaultError::Store(StoreError::ReadOnly) => "err-read-only",
        VaultError::EntryTooLong => "err-entry-too-long",
        VaultError::Store(StoreError::Sqlite(_)) => "err-db-other",
        VaultError::Store(StoreError::Io(_)) => "err-dir-io",
    };
    Text::new(id)
}

fn seconds_arg(seconds: i64) -> Vec<(&'static str, String)> {
    vec![("seconds", seconds.to_string())]
}

pub fn vault_error(m: &Messages, e: &VaultError) -> String {
    vault_error_text(e).render(m)
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
