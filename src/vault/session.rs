//! An unlocked account: her key bundle in memory, and her records. Dropping the
//! session wipes the keys (they zeroize themselves on drop).

use super::login::LoginReport;
use super::{Result, VaultError};
use crate::crypto::padding::{BUCKET, LARGE_BUCKET};
use crate::crypto::{KeyBundle, seal};
use crate::domain::records::Kind;
use crate::domain::{Id, Role};
use crate::store::records::SealedRow;
use zeroize::Zeroizing;

pub struct Session {
    alias: String,
    role: Role,
    keys: KeyBundle,
    report: LoginReport,
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

    /// Opens a row as `open_row` does, decrypting in `buf` (see `seal::open_in`).
    pub(super) fn open_row_in<'b>(
        &self,
        row: &SealedRow,
        buf: &'b mut Zeroizing<Vec<u8>>,
    ) -> Result<&'b [u8]> {
        seal::open_in(
            self.keys.vault_key(),
            self.account(),
            &row.kind,
            &row.id,
            &row.sealed,
            buf,
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

/// Shows who is logged in, never the keys.
impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("alias", &self.alias)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}
