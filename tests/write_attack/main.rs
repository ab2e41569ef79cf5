//! Attacks by someone who can write the data folder but holds none of her
//! secrets: anyone on the centre's shared OS account, and every facilitator.
//! They use only what `sqlite3` and a little scripting give them.
//!
//! Each test starts with a positive control: the forged item really opens with
//! her real key, or really is a valid age message to her recipient, or the
//! change really is in the file. That proves the attack is real before the
//! test shows that it is refused or harmless.

#[path = "../common/mod.rs"]
mod common;

mod absurd_settings;
mod deleted_returns;
mod far_lock;
mod flipped_bit;
mod forged_advice;
mod garbage_optional_rows;
mod key_swap;
mod long_kind;
mod parallel_guesses;
mod passphrase_as_name;
mod planted_schema;
mod recipient_swap;
mod stale_copy;

use common::{Centre, pass};
use langkah::crypto::{KeyBundle, RecoveryCode};
use langkah::domain::{Id, Role};
use langkah::vault::Session;
use rusqlite::Connection;
use secrecy::SecretString;

pub const PASS: &str = "bunga melati putih";

/// A centre with one participant, Melati, logged in.
pub fn centre_with_melati() -> (Centre, Session) {
    let mut c = Centre::new();
    let s = c.member(Role::Participant, "Melati", PASS);
    (c, s)
}

/// The same, and the recovery code she was given.
pub fn centre_with_melati_and_code() -> (Centre, Session, RecoveryCode) {
    let mut c = Centre::new();
    let code = c.add(Role::Participant, "Melati");
    let pending = c
        .vault
        .prepare_claim("Melati", &code, &pass(PASS), common::NOW)
        .unwrap();
    let recovery = RecoveryCode::parse(&pending.recovery_code().display()).unwrap();
    let s = c.vault.commit(pending, common::NOW).unwrap();
    (c, s, recovery)
}

/// The attacker's own connection to the file, as `sqlite3` would open it.
pub fn attacker(c: &Centre) -> Connection {
    Connection::open(c.dir.database()).unwrap()
}

pub fn blob(conn: &Connection, sql: &str) -> Vec<u8> {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

pub fn text(conn: &Connection, sql: &str) -> String {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

pub fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

pub fn melati_id(conn: &Connection) -> Id {
    Id::from_slice(&blob(
        conn,
        "SELECT id FROM accounts WHERE alias = 'Melati'",
    ))
    .unwrap()
}

/// Her real keys, opened with her passphrase: what the positive controls check
/// forged items against. The attacker never has these.
pub fn her_keys(c: &Centre) -> KeyBundle {
    let wrapped = blob(
        &attacker(c),
        "SELECT keys_by_passphrase FROM accounts WHERE alias = 'Melati'",
    );
    KeyBundle::unwrap(&SecretString::from(PASS.to_owned()), &wrapped).unwrap()
}

/// Every sealed record she owns, as (id, kind, sealed bytes).
pub fn sealed_rows(conn: &Connection, owner: &Id) -> Vec<(Id, String, Vec<u8>)> {
    let mut stmt = conn
        .prepare("SELECT id, kind, sealed FROM records WHERE owner = ?1")
        .unwrap();
    stmt.query_map([owner.as_bytes()], |r| {
        Ok((
            Id::from_slice(&r.get::<_, Vec<u8>>(0)?).unwrap(),
            r.get(1)?,
            r.get(2)?,
        ))
    })
    .unwrap()
    .map(|r| r.unwrap())
    .collect()
}

pub fn unlock(c: &mut Centre, passphrase: &str, now: i64) -> Session {
    c.vault.unlock("Melati", &pass(passphrase), now).unwrap()
}
