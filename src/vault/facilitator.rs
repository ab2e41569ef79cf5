//! Setting up a centre and managing accounts. A facilitator sees aliases, roles
//! and status; she never holds anyone else's keys.

use super::pending::{KeysFor, NewKeys, Pending};
use super::session::Session;
use super::{Result, Vault, VaultError};
use crate::crypto::{KeyBundle, Passphrase, SetupCode, kdf, random_id};
use crate::domain::settings::CentreSetting;
use crate::domain::{Alias, Role, Status};
use crate::store::accounts::{self, AccountRow};
use crate::store::{settings, throttle};
use secrecy::ExposeSecret;

/// One line of the account list: no content, no keys.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountSummary {
    pub alias: String,
    pub role: Role,
    pub status: Status,
    pub created_at: i64,
    pub last_login_at: Option<i64>,
}

impl Vault {
    /// Prepares a new centre with its first facilitator. Written by `commit`.
    pub fn prepare_set_up(
        &mut self,
        centre: &str,
        facilitator: &str,
        language: &str,
        passphrase: &Passphrase,
        now: i64,
    ) -> Result<Pending> {
        if self.is_set_up()? {
            return Err(VaultError::AlreadySetUp);
        }
        let alias = Alias::parse(facilitator)?;
        let account = AccountRow {
            id: random_id(),
            alias: alias.as_str().to_owned(),
            role: Role::Facilitator,
            status: Status::Unclaimed,
            created_at: now,
            last_login_at: None,
            setup_code_hash: None,
            setup_code_expires_at: None,
            keys: None,
        };
        Ok(Pending {
            alias: account.alias.clone(),
            role: Role::Facilitator,
            keys: NewKeys::make(KeyBundle::generate(account.id), passphrase),
            action: KeysFor::SetUp {
                account,
                centre: centre.trim().to_owned(),
                language: language.to_owned(),
            },
        })
    }

    /// Creates an unclaimed account and returns its one-time setup code.
    pub fn add_account(
        &mut self,
        by: &Session,
        role: Role,
        alias: &str,
        now: i64,
    ) -> Result<SetupCode> {
        require_facilitator(by)?;
        let alias = Alias::parse(alias)?;
        let expires_at = self.setup_code_expiry(now)?;
        let code = SetupCode::generate();
        let row = AccountRow {
            id: random_id(),
            alias: alias.as_str().to_owned(),
            role,
            status: Status::Unclaimed,
            created_at: now,
            last_login_at: None,
            setup_code_hash: Some(kdf::hash_code(code.canonical().expose_secret())),
            setup_code_expires_at: Some(expires_at),
            keys: None,
        };
        self.store.write(|tx| -> Result<()> {
            if accounts::by_alias_key(tx, &alias.folded())?.is_some() {
                return Err(VaultError::AliasTaken);
            }
            accounts::insert(tx, &row, &alias.folded())?;
            Ok(())
        })?;
        Ok(code)
    }

    /// A new setup code for an account no one has claimed yet (the first was
    /// lost, or ran out). The old code stops working.
    pub fn new_setup_code(&mut self, by: &Session, alias: &str, now: i64) -> Result<SetupCode> {
        require_facilitator(by)?;
        let row = find(self.store.conn(), alias)?;
        if row.status != Status::Unclaimed {
            return Err(VaultError::AlreadyClaimed);
        }
        let code = SetupCode::generate();
        let hash = kdf::hash_code(code.canonical().expose_secret());
        let expires_at = self.setup_code_expiry(now)?;
        self.store
            .write(|tx| accounts::set_setup_code(tx, &row.id, &hash, expires_at))?;
        Ok(code)
    }

    /// When a setup code made now stops working.
    fn setup_code_expiry(&self, now: i64) -> Result<i64> {
        let hours = self.centre_settings().setup_code_hours;
        hours
            .checked_mul(3600)
            .and_then(|secs| now.checked_add(secs))
            .ok_or(VaultError::Conflict)
    }

    pub fn list_accounts(&self, by: &Session) -> Result<Vec<AccountSummary>> {
        require_facilitator(by)?;
        Ok(accounts::list(self.store.conn())?
            .into_iter()
            .map(|a| AccountSummary {
                alias: a.alias,
                role: a.role,
                status: a.status,
                created_at: a.created_at,
                last_login_at: a.last_login_at,
            })
            .collect())
    }

    /// Switches an account off or back on. A disabled account keeps everything;
    /// an unclaimed one that is enabled again stays unclaimed.
    pub fn set_enabled(&mut self, by: &Session, alias: &str, enabled: bool) -> Result<()> {
        require_facilitator(by)?;
        self.store.write(|tx| -> Result<()> {
            let row = find(tx, alias)?;
            let status = match (enabled, &row.keys) {
                (false, _) => Status::Disabled,
                (true, Some(_)) => Status::Active,
                (true, None) => Status::Unclaimed,
            };
            if !enabled {
                guard_last_facilitator(tx, &row)?;
            }
            accounts::set_status(tx, &row.id, status)?;
            Ok(())
        })
    }

    /// Deletes an account and every row that belongs to it, then empties the WAL
    /// so none of its pages linger there.
    pub fn remove_account(&mut self, by: &Session, alias: &str) -> Result<()> {
        require_facilitator(by)?;
        self.store.write(|tx| -> Result<()> {
            let row = find(tx, alias)?;
            guard_last_facilitator(tx, &row)?;
            accounts::delete(tx, &row.id)?;
            throttle::clear(tx, &row.id)?;
            Ok(())
        })?;
        self.checkpoint()?;
        Ok(())
    }
}

impl Vault {
    /// Changes a centre setting. Only a facilitator may.
    pub fn set_setting(&mut self, by: &Session, change: &CentreSetting) -> Result<()> {
        require_facilitator(by)?;
        let (key, value) = match change {
            CentreSetting::Language(code) => (settings::LANGUAGE, code.to_string()),
            CentreSetting::AutoLockMinutes(minutes) => {
                (settings::AUTO_LOCK_MINUTES, minutes.to_string())
            }
            CentreSetting::ShowNames(on) => (
                settings::SHOW_NAMES,
                if *on { "on" } else { "off" }.to_string(),
            ),
            CentreSetting::Currency(symbol) => (settings::CURRENCY, symbol.clone()),
        };
        self.store.write(|tx| settings::set(tx, key, &value))?;
        Ok(())
    }

    /// The aliases that can log in, for centres that show names on the login
    /// screen (off unless a facilitator switches it on).
    pub fn login_names(&self) -> Result<Vec<String>> {
        Ok(accounts::list(self.store.conn())?
            .into_iter()
            .filter(|a| a.status == Status::Active)
            .map(|a| a.alias)
            .collect())
    }
}

fn require_facilitator(by: &Session) -> Result<()> {
    if by.role() == Role::Facilitator {
        Ok(())
    } else {
        Err(VaultError::NotAllowed)
    }
}

fn find(conn: &rusqlite::Connection, alias: &str) -> Result<AccountRow> {
    let alias = Alias::parse(alias).map_err(|_| VaultError::UnknownAccount)?;
    accounts::by_alias_key(conn, &alias.folded())?.ok_or(VaultError::UnknownAccount)
}

/// Someone must always be able to manage the centre.
fn guard_last_facilitator(conn: &rusqlite::Connection, row: &AccountRow) -> Result<()> {
    let is_active_facilitator = row.role == Role::Facilitator && row.status == Status::Active;
    if is_active_facilitator && accounts::count_active_facilitators(conn)? <= 1 {
        return Err(VaultError::LastFacilitator);
    }
    Ok(())
}
