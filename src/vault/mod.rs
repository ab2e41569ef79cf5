//! The encrypted multi-user vault: accounts, their keys, login, and each
//! account's sealed records. Time is always passed in (Unix seconds), never read
//! here, so every rule can be tested with fixed dates.

mod facilitator;
mod login;
mod pending;
mod records;
mod session;
mod settings;
mod sharing;
mod tombstones;

use crate::crypto::{CryptoError, PassphraseError};
use crate::datadir::DataDir;
use crate::domain::account::AliasError;
use crate::store::{Store, StoreError};
use thiserror::Error;

pub use facilitator::AccountSummary;
pub use login::LoginReport;
pub use pending::Pending;
pub use records::Loaded;
pub use session::Session;
pub use settings::{CentreSettings, MAX_AUTO_LOCK_MINUTES, MAX_SETUP_CODE_HOURS};
pub use sharing::{Draft, Pins, Received, Sealed, SharingError};

/// Why an action was refused. None of these carry her content.
#[derive(Debug, Error)]
pub enum VaultError {
    #[error("no centre has been set up in this data folder yet")]
    NotSetUp,
    #[error("a centre is already set up in this data folder")]
    AlreadySetUp,
    /// The alias, passphrase, setup code or recovery code did not match. An
    /// unknown alias gives exactly this too. `retry_after` is the wait now imposed.
    #[error("the name or the secret is not right")]
    WrongCredentials { retry_after: Option<i64> },
    /// Too many wrong attempts: refused without checking, for this many seconds.
    #[error("too many attempts; wait {seconds} s")]
    TryLater { seconds: i64 },
    #[error("this account is switched off")]
    AccountDisabled,
    #[error("only a facilitator can do this")]
    NotAllowed,
    #[error("no account has that name")]
    UnknownAccount,
    #[error("an account with that name already exists")]
    AliasTaken,
    #[error("this account has already been set up by its owner")]
    AlreadyClaimed,
    #[error("that name cannot be used: {0:?}")]
    BadAlias(AliasError),
    #[error("the passphrase is too short")]
    PassphraseTooShort,
    #[error("the passphrase is too easy to guess")]
    PassphraseTooEasy,
    #[error("the last active facilitator cannot be switched off or removed")]
    LastFacilitator,
    #[error("the account changed while this was being done; please start again")]
    Conflict,
    /// Her key bundle names another account: someone may have altered the file.
    #[error("the stored keys do not match; the data may have been altered")]
    Tampered,
    /// An entry or draft past the size cap: the editor never makes one, so this
    /// stops the command line or a forged draft.
    #[error("the entry is longer than the app allows")]
    EntryTooLong,
    #[error("stored data is damaged: {0}")]
    Damaged(CryptoError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<PassphraseError> for VaultError {
    fn from(e: PassphraseError) -> Self {
        match e {
            PassphraseError::TooShort => VaultError::PassphraseTooShort,
            PassphraseError::TooEasy => VaultError::PassphraseTooEasy,
        }
    }
}

impl From<AliasError> for VaultError {
    fn from(e: AliasError) -> Self {
        VaultError::BadAlias(e)
    }
}

pub type Result<T> = std::result::Result<T, VaultError>;

pub struct Vault {
    store: Store,
}

impl Vault {
    pub fn open(dir: &DataDir) -> Result<Vault> {
        Ok(Vault {
            store: Store::open(dir)?,
        })
    }

    /// A centre is set up once its first account exists.
    pub fn is_set_up(&self) -> Result<bool> {
        Ok(crate::store::accounts::any(self.store.conn())?)
    }

    /// One setting as stored. Use `centre_settings` for the values the app runs
    /// on: this is the raw text, which anyone who writes the file can change.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(crate::store::settings::get(self.store.conn(), key)?)
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Empties the WAL into the database file, so that old keys and deleted
    /// content do not linger in either. Done after every rotation, recovery,
    /// claim and deletion, and at every lock. It waits only briefly for other
    /// windows; what it can't do now, the next one does.
    pub fn checkpoint(&self) -> Result<bool> {
        Ok(self.store.checkpoint()?)
    }
}
