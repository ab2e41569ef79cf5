//! Centre settings: plain key/value pairs that a facilitator chooses. Anyone who
//! can write the file can change them, so `vault::settings` parses and clamps
//! every value before it is used.

use super::Result;
use rusqlite::{Connection, OptionalExtension, params};

pub const CENTRE_NAME: &str = "centre_name";
pub const LANGUAGE: &str = "language";
/// A key bundle wrapped with a passphrase no one knows. Logging in with an unknown
/// alias tries to open it, so that it costs the same time as a wrong passphrase.
pub const DECOY_KEYS: &str = "decoy_keys";
/// Hours a setup code stays valid.
pub const SETUP_CODE_HOURS: &str = "setup_code_hours";
/// A setup-code hash of a secret no one knows, for claims with an unknown alias.
pub const DECOY_SETUP_CODE: &str = "decoy_setup_code";

pub const DEFAULT_SETUP_CODE_HOURS: i64 = 72;
/// Minutes without input before the app locks itself.
pub const AUTO_LOCK_MINUTES: &str = "auto_lock_minutes";
pub const DEFAULT_AUTO_LOCK_MINUTES: i64 = 5;
/// "on" shows the list of names on the login screen; anything else hides it.
pub const SHOW_NAMES: &str = "show_names";
/// The currency symbol amounts are shown with (one of `domain::money::CURRENCIES`).
pub const CURRENCY: &str = "currency";

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

pub fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}
