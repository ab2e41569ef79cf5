//! Damage: random bytes flipped in the database file or its WAL, or either cut
//! short. Every attempt opens the folder, logs in and loads everything through
//! the library. It must return (an error is fine, a panic is not), and a record
//! that opens must hold exactly what was written: damage may make records
//! unreadable or take them away, never change what she reads. Plaintext
//! columns such as an alias may change; that shows as a refused login.

use super::*;
use common::{Centre, pass};
use langkah::datadir::DataDir;
use langkah::domain::goals::SavingsGoal;
use langkah::domain::journal::{Draft, Entry};
use langkah::domain::records::Record;
use langkah::domain::{Id, Role};
use langkah::vault::{Session, Vault};
use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

#[derive(Debug, PartialEq)]
enum Written {
    Entry(Entry),
    Goal(SavingsGoal),
    Draft(Draft),
}

/// What one attempt gave.
#[derive(Debug, PartialEq)]
enum Outcome {
    /// The library returned an error, at this step.
    Refused(&'static str),
    /// She logged in; these records opened, with what was written. The rest
    /// were reported unreadable or were not there.
    Opened {
        ids: BTreeSet<Id>,
        unreadable: usize,
    },
    /// A record opened with content that was never written.
    Wrong,
}

/// The files of a centre with one member's entries, a goal and a draft, some
/// still in the WAL; and what each record holds.
fn original() -> (Vec<u8>, Vec<u8>, HashMap<Id, Written>) {
    let mut c = Centre::new();
    let s = c.member(Role::Participant, ALIAS, PASS_A);
    let mut written = HashMap::new();
    let mut save = |c: &mut Centre, n: u64| {
        let id = langkah::crypto::random_id();
        let w = match n % 5 {
            3 => Written::Goal(goal_with(&[n, n + 1, n + 2])),
            4 => Written::Draft(draft_for(n)),
            _ => Written::Entry(entry_for(n)),
        };
        match &w {
            Written::Entry(e) => c.vault.save(&s, &id, e),
            Written::Goal(g) => c.vault.save(&s, &id, g),
            Written::Draft(d) => c.vault.save(&s, &id, d),
        }
        .unwrap();
        written.insert(id, w);
    };
    for n in 0..22 {
        save(&mut c, n);
    }
    c.vault.checkpoint().unwrap();
    // These stay in the WAL: it is copied while the database is still open.
    for n in 22..30 {
        save(&mut c, n);
    }
    let db = fs::read(c.dir.database()).unwrap();
    let wal = fs::read(c.dir.path().join("langkah.db-wal")).unwrap_or_default();
    assert!(!wal.is_empty(), "the last saves should still be in the WAL");
    (db, wal, written)
}

#[test]
fn damaged_files_never_show_wrong_content() {
    let attempts = scale(100, 1_000);
    let mut rng = Rng::from_env("damaged files");
    let (db, wal, written) = original();
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("data");

    // Positive control: the untouched files open whole.
    let all: BTreeSet<Id> = written.keys().copied().collect();
    let whole = Outcome::Opened {
        ids: all.clone(),
        unreadable: 0,
    };
    assert_eq!(attempt(&folder, &db, &wal, &written), whole);

    let (mut opened_all, mut unreadable, mut missing, mut refused) = (0, 0, 0, 0);
    let (mut wrong, mut panics) = (0, 0);
    let mut changed_on_reopen = 0;
    for _ in 0..attempts {
        let (mut db, mut wal) = (db.clone(), wal.clone());
        match rng.below(10) {
            0..=4 => flip(&mut rng, &mut db),
            5 | 6 => flip(&mut rng, &mut wal),
            7 | 8 => cut(&mut rng, &mut db),
            _ => cut(&mut rng, &mut wal),
        }
        let first = catch_unwind(AssertUnwindSafe(|| attempt(&folder, &db, &wal, &written)));
        match &first {
            Err(_) => panics += 1,
            Ok(Outcome::Wrong) => wrong += 1,
            Ok(Outcome::Refused(_)) => refused += 1,
            Ok(o) if *o == whole => opened_all += 1,
            Ok(Outcome::Opened { unreadable: 0, .. }) => missing += 1,
            Ok(Outcome::Opened { .. }) => unreadable += 1,
        }
        // No half-done state: what the first open left (it logs in, which
        // writes) opens the same way again, or is refused outright.
        if let Ok(first @ Outcome::Opened { .. }) = &first {
            match catch_unwind(AssertUnwindSafe(|| reopen(&folder, &written))) {
                Ok(again) if again == *first || matches!(again, Outcome::Refused(_)) => {}
                _ => changed_on_reopen += 1,
            }
        }
    }
    println!(
        "{attempts} attempts: {opened_all} opened all, {unreadable} some unreadable, \
         {missing} some missing (none unreadable), \
         {refused} refused with an error, {wrong} wrong, {panics} panics, \
         {changed_on_reopen} changed on a second open"
    );
    assert_eq!((wrong, panics, changed_on_reopen), (0, 0, 0));
}

/// Flips one to eight random bytes.
fn flip(rng: &mut Rng, bytes: &mut [u8]) {
    for _ in 0..=rng.below(8) {
        let at = rng.below(bytes.len() as u64) as usize;
        bytes[at] ^= 1 + rng.below(255) as u8;
    }
}

/// Cuts the file short: half the time at a page boundary, else anywhere.
fn cut(rng: &mut Rng, bytes: &mut Vec<u8>) {
    let mut at = rng.below(bytes.len() as u64) as usize;
    if rng.below(2) == 0 {
        at -= at % 4096;
    }
    bytes.truncate(at);
}

/// Lays the files in a fresh folder and opens it as the app would.
fn attempt(folder: &Path, db: &[u8], wal: &[u8], written: &HashMap<Id, Written>) -> Outcome {
    if folder.exists() {
        fs::remove_dir_all(folder).unwrap();
    }
    let dir = DataDir::open_or_create(folder).unwrap();
    fs::write(dir.database(), db).unwrap();
    if !wal.is_empty() {
        fs::write(folder.join("langkah.db-wal"), wal).unwrap();
    }
    reopen(folder, written)
}

fn reopen(folder: &Path, written: &HashMap<Id, Written>) -> Outcome {
    let dir = DataDir::open_or_create(folder).unwrap();
    let Ok(mut vault) = Vault::open(&dir) else {
        return Outcome::Refused("open");
    };
    let Ok(s) = vault.unlock(ALIAS, &pass(PASS_A), common::NOW) else {
        return Outcome::Refused("login");
    };
    let mut ids = BTreeSet::new();
    let mut unreadable = 0;
    let loads = [
        load::<Entry>(&mut vault, &s, written, Written::Entry),
        load::<SavingsGoal>(&mut vault, &s, written, Written::Goal),
        load::<Draft>(&mut vault, &s, written, Written::Draft),
    ];
    for loaded in loads {
        match loaded {
            Err(outcome) => return outcome,
            Ok((opened, bad)) => {
                ids.extend(opened);
                unreadable += bad;
            }
        }
    }
    Outcome::Opened { ids, unreadable }
}

/// The ids of one kind that opened, each checked against what was written,
/// and the count that did not open.
fn load<R: Record + Send>(
    vault: &mut Vault,
    s: &Session,
    written: &HashMap<Id, Written>,
    wrap: fn(R) -> Written,
) -> Result<(Vec<Id>, usize), Outcome> {
    let loaded = vault
        .load_all::<R>(s)
        .map_err(|_| Outcome::Refused("load"))?;
    let mut ids = Vec::new();
    for (id, item) in loaded.items {
        if written.get(&id) != Some(&wrap(item)) {
            return Err(Outcome::Wrong);
        }
        ids.push(id);
    }
    Ok((ids, loaded.unreadable))
}
