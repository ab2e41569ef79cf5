//! Shared set-up for the integration tests: a fresh centre in a temp folder.
//! The test build uses a low scrypt work factor (feature `test-weak-kdf`).
#![allow(dead_code)]

use langkah::crypto::{Passphrase, SetupCode};
use langkah::datadir::DataDir;
use langkah::domain::Role;
use langkah::vault::{Session, Vault};
use tempfile::TempDir;

/// 2026-11-23 08:00 UTC: tests pass time in, the vault never reads the clock.
pub const NOW: i64 = 1_795_420_800;
pub const FACILITATOR_PASS: &str = "teh manis di pagi hari";

pub fn pass(s: &str) -> Passphrase {
    Passphrase::typed(s)
}

pub struct Centre {
    pub tmp: TempDir,
    pub dir: DataDir,
    pub vault: Vault,
    pub facilitator: Session,
}

impl Centre {
    pub fn new() -> Centre {
        let tmp = tempfile::tempdir().unwrap();
        let dir = DataDir::open_or_create(&tmp.path().join("data")).unwrap();
        let mut vault = Vault::open(&dir).unwrap();
        let pending = vault
            .prepare_set_up("Rumah Harapan", "Sari", "id", &pass(FACILITATOR_PASS), NOW)
            .unwrap();
        let facilitator = vault.commit(pending, NOW).unwrap();
        Centre {
            tmp,
            dir,
            vault,
            facilitator,
        }
    }

    pub fn add(&mut self, role: Role, alias: &str) -> SetupCode {
        self.vault
            .add_account(&self.facilitator, role, alias, NOW)
            .unwrap()
    }

    /// Adds an account and claims it with `passphrase`; returns her session.
    pub fn member(&mut self, role: Role, alias: &str, passphrase: &str) -> Session {
        let code = self.add(role, alias);
        let pending = self
            .vault
            .prepare_claim(alias, &code, &pass(passphrase), NOW)
            .unwrap();
        self.vault.commit(pending, NOW).unwrap()
    }

    /// Closes and reopens the database, as a restart would.
    pub fn reopen(&mut self) {
        self.vault = Vault::open(&self.dir).unwrap();
    }

    pub fn count(&self, sql: &str) -> i64 {
        self.vault
            .store()
            .conn()
            .query_row(sql, [], |r| r.get(0))
            .unwrap()
    }
}

/// A plain journal entry dated 2026-11-23.
pub fn entry(title: &str, body: &str) -> langkah::domain::journal::Entry {
    langkah::domain::journal::Entry {
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        title: title.into(),
        body: body.into(),
        tags: vec![],
        check_in: Default::default(),
        prompt: None,
        created_at: NOW,
        modified_at: None,
    }
}
pub mod app;
#[cfg(unix)]
pub mod hangup;
#[cfg(unix)]
pub mod pty;
#[cfg(unix)]
pub mod root;
