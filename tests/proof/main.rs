//! Proof (issue 15): crashes and damage. A child process killed with SIGKILL
//! in the middle of saving or of a passphrase change, and database files with
//! flipped bytes or cut short. `docs/testing.md` says what this proves and what
//! it does not; `tools/proof-long.sh` runs the long version (`LANGKAH_LONG=1`).

#[path = "../common/mod.rs"]
mod common;

mod child;
mod crash;
mod damage;
mod rotation;

use chrono::NaiveDate;
use langkah::domain::goals::{Movement, SavingsGoal};
use langkah::domain::journal::{Draft, Entry};
use std::path::Path;

pub const ALIAS: &str = "Melati";
pub const PASS_A: &str = "bunga melati di halaman rumah";
pub const PASS_B: &str = "hujan turun pelan di sore hari";

/// The long runs (`LANGKAH_LONG=1`, through `tools/proof-long.sh`) do what the
/// issue asks for; plain `cargo test` does a short version of each.
pub fn long_mode() -> bool {
    std::env::var("LANGKAH_LONG").is_ok_and(|v| v == "1")
}

pub fn scale(quick: usize, long: usize) -> usize {
    if long_mode() { long } else { quick }
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// The entry saved as save number `n`. Bodies vary in length, up to a few
/// pages, so that saves touch different numbers of database pages.
pub fn entry_for(n: u64) -> Entry {
    let mut e = common::entry(&format!("catatan {n}"), "");
    e.body = format!("isi catatan nomor {n}. ").repeat(1 + (n as usize * 37) % 200);
    e.tags = vec![format!("tag{}", n % 7)];
    e
}

pub fn deposit_for(n: u64) -> Movement {
    Movement {
        amount: 1_000 + n as i64,
        date: day(),
        note: format!("setoran {n}"),
    }
}

pub fn draft_for(n: u64) -> Draft {
    let mut entry = entry_for(n);
    entry.title = format!("tulisan {n}");
    Draft {
        entry_id: None,
        entry,
    }
}

/// A savings goal holding the deposits `ns`, in order.
pub fn goal_with(ns: &[u64]) -> SavingsGoal {
    SavingsGoal {
        name: "Modal warung".into(),
        target: 5_000_000,
        target_date: None,
        why: "Untuk anak saya".into(),
        movements: ns.iter().map(|&n| deposit_for(n)).collect(),
        archived: false,
        created_at: common::NOW,
    }
}

/// `PRAGMA integrity_check` on the database, through a connection of its own.
pub fn integrity(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

/// A small seeded generator (SplitMix64): a failing run can be repeated with
/// the seed it printed.
pub struct Rng(u64);

impl Rng {
    /// Seeded from `LANGKAH_PROOF_SEED` if set, else from the clock.
    pub fn from_env(what: &str) -> Rng {
        let seed = std::env::var("LANGKAH_PROOF_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos() as u64
            });
        println!("{what}: seed {seed} (LANGKAH_PROOF_SEED={seed} repeats it)");
        Rng(seed)
    }

    fn draw(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.draw() % n
    }
}
