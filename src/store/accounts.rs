//! Account rows. Everything here is in the plaintext list of `docs/security.md`:
//! id, alias, role, status, creation and last-login times, the setup-code hash
//! and expiry, her notes recipient and her wrapped key bundle. Only the bundle is
//! hers and authenticated; everything else here is a hint that anyone who can
//! write the file can change.

use super::{Result, StoreError};
use crate::domain::{Id, Role, Status};
use rusqlite::{Connection, OptionalExtension, Row, params};

#[derive(Clone)]
pub struct AccountRow {
    pub id: Id,
    pub alias: String,
    pub role: Role,
    pub status: Status,
    pub created_at: i64,
    pub last_login_at: Option<i64>,
    pub setup_code_hash: Option<Vec<u8>>,
    pub setup_code_expires_at: Option<i64>,
    pub keys: Option<WrappedKeys>,
}

/// Her keys as stored: the bundle wrapped twice, each opening only with something
/// she holds, and the address the app's notes to her are written to.
#[derive(Clone)]
pub struct WrappedKeys {
    pub recipient: String,
    pub by_passphrase: Vec<u8>,
    pub by_recovery: Vec<u8>,
}

const COLUMNS: &str = "id, alias, role, status, created_at, last_login_at, setup_code_hash,
    setup_code_expires_at, recipient, keys_by_passphrase, keys_by_recovery";

fn from_row(r: &Row) -> rusqlite::Result<std::result::Result<AccountRow, StoreError>> {
    let id: Vec<u8> = r.get(0)?;
    let role: String = r.get(2)?;
    let status: String = r.get(3)?;
    let recipient: Option<String> = r.get(8)?;
    let by_pass: Option<Vec<u8>> = r.get(9)?;
    let by_recovery: Option<Vec<u8>> = r.get(10)?;
    let keys = match (recipient, by_pass, by_recovery) {
        (Some(recipient), Some(p), Some(rc)) => Some(WrappedKeys {
            recipient,
            by_passphrase: p,
            by_recovery: rc,
        }),
        _ => None,
    };
    let (Some(id), Ok(role), Ok(status)) = (Id::from_slice(&id), role.parse(), status.parse())
    else {
        return Ok(Err(StoreError::DamagedRow));
    };
    Ok(Ok(AccountRow {
        id,
        alias: r.get(1)?,
        role,
        status,
        created_at: r.get(4)?,
        last_login_at: r.get(5)?,
        setup_code_hash: r.get(6)?,
        setup_code_expires_at: r.get(7)?,
        keys,
    }))
}

pub fn insert(conn: &Connection, a: &AccountRow, alias_key: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO accounts (id, alias, alias_key, role, status, created_at,
            setup_code_hash, setup_code_expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            a.id.as_bytes(),
            a.alias,
            alias_key,
            a.role.as_str(),
            a.status.as_str(),
            a.created_at,
            a.setup_code_hash,
            a.setup_code_expires_at
        ],
    )?;
    Ok(())
}

pub fn by_alias_key(conn: &Connection, alias_key: &str) -> Result<Option<AccountRow>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM accounts WHERE alias_key = ?1"),
        [alias_key],
        from_row,
    )
    .optional()?
    .transpose()
}

pub fn by_id(conn: &Connection, id: &Id) -> Result<Option<AccountRow>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM accounts WHERE id = ?1"),
        [id.as_bytes()],
        from_row,
    )
    .optional()?
    .transpose()
}

pub fn list(conn: &Connection) -> Result<Vec<AccountRow>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM accounts ORDER BY alias_key"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    rows.map(|r| r?).collect()
}

/// Stores new keys, marks the account active and forgets the setup code.
pub fn set_keys(conn: &Connection, id: &Id, keys: &WrappedKeys) -> Result<()> {
    conn.execute(
        "UPDATE accounts SET recipient = ?2, keys_by_passphrase = ?3, keys_by_recovery = ?4,
            status = CASE status WHEN 'disabled' THEN 'disabled' ELSE 'active' END,
            setup_code_hash = NULL, setup_code_expires_at = NULL
         WHERE id = ?1",
        params![
            id.as_bytes(),
            keys.recipient,
            keys.by_passphrase,
            keys.by_recovery
        ],
    )?;
    Ok(())
}

/// Puts back the notes address her bundle says is hers, after someone changed it.
pub fn set_recipient(conn: &Connection, id: &Id, recipient: &str) -> Result<()> {
    conn.execute(
        "UPDATE accounts SET recipient = ?2 WHERE id = ?1",
        params![id.as_bytes(), recipient],
    )?;
    Ok(())
}

pub fn set_status(conn: &Connection, id: &Id, status: Status) -> Result<()> {
    conn.execute(
        "UPDATE accounts SET status = ?2 WHERE id = ?1",
        params![id.as_bytes(), status.as_str()],
    )?;
    Ok(())
}

/// Replaces an unclaimed account's setup code (its hash) and expiry.
pub fn set_setup_code(conn: &Connection, id: &Id, hash: &[u8], expires_at: i64) -> Result<()> {
    conn.execute(
        "UPDATE accounts SET setup_code_hash = ?2, setup_code_expires_at = ?3
         WHERE id = ?1 AND status = 'unclaimed'",
        params![id.as_bytes(), hash, expires_at],
    )?;
    Ok(())
}

pub fn set_last_login(conn: &Connection, id: &Id, at: i64) -> Result<()> {
    conn.execute(
        "UPDATE accounts SET last_login_at = ?2 WHERE id = ?1",
        params![id.as_bytes(), at],
    )?;
    Ok(())
}

/// Deletes the account; its records and inbox go with it (ON DELETE CASCADE).
pub fn delete(conn: &Connection, id: &Id) -> Result<()> {
    conn.execute("DELETE FROM accounts WHERE id = ?1", [id.as_bytes()])?;
    Ok(())
}

pub fn any(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row("SELECT EXISTS (SELECT 1 FROM accounts)", [], |r| r.get(0))?)
}

pub fn count_active_facilitators(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM accounts WHERE role = 'facilitator' AND status = 'active'",
        [],
        |r| r.get(0),
    )?)
}
