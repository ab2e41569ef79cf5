//! SIGKILL during a passphrase change: every record is sealed again under the
//! new key in one transaction. After each kill exactly one passphrase, the old
//! or the new, opens her account, and it opens every record: never neither,
//! never a mix of records under both keys.

use super::*;
use child::spawn;
use common::pass;
use crash::centre_with_melati;
use langkah::datadir::DataDir;
use langkah::domain::Id;
use langkah::domain::journal::Entry;
use langkah::vault::Vault;
use std::collections::HashMap;
use std::time::{Duration, Instant};

#[test]
fn a_kill_during_a_passphrase_change_leaves_one_passphrase_that_opens_all() {
    let count = scale(300, 5_000);
    let min_inside = scale(2, 5);
    let mut rng = Rng::from_env("kills during a passphrase change");
    let (_tmp, dir) = centre_with_melati();
    let records = fill(&dir, count);
    let mut now = common::NOW;
    let mut current = PASS_A;

    // One change that runs to its end gives the time a change takes.
    let (lines, took) = change(&dir, &mut now, current, None);
    assert!(lines.iter().any(|l| l == "committed"));
    current = check(&dir, &records, &mut now, (current, Some(other(current))));
    let took_ms = took.as_millis() as u64;
    println!("a change over {count} records took {took_ms} ms");

    let (mut inside, mut after) = (0, 0);
    while inside < min_inside {
        assert!(
            inside + after < 4 * min_inside,
            "too few kills landed inside the change"
        );
        let delay = Duration::from_millis(rng.below(took_ms.max(1)));
        let (lines, _) = change(&dir, &mut now, current, Some(delay));
        let committed = lines.iter().any(|l| l == "committed");
        if committed {
            after += 1;
        } else {
            inside += 1;
        }
        let allowed = if committed {
            (other(current), None)
        } else {
            (current, Some(other(current)))
        };
        current = check(&dir, &records, &mut now, allowed);
    }
    println!("{inside} kills inside the change, {after} after it ended");
}

fn other(p: &str) -> &'static str {
    if p == PASS_A { PASS_B } else { PASS_A }
}

/// Saves `count` entries. Durability is not what this test is about, so the
/// set-up skips the sync on each commit.
fn fill(dir: &DataDir, count: usize) -> HashMap<Id, u64> {
    let mut vault = Vault::open(dir).unwrap();
    vault
        .store()
        .conn()
        .pragma_update(None, "synchronous", "OFF")
        .unwrap();
    let s = vault.unlock(ALIAS, &pass(PASS_A), common::NOW).unwrap();
    (0..count as u64)
        .map(|n| {
            let id = langkah::crypto::random_id();
            vault.save(&s, &id, &entry_for(n)).unwrap();
            (id, n)
        })
        .collect()
}

/// Runs a change from `from` to the other passphrase in a child, killed
/// `kill_after` the change began, or left to finish. Returns the child's lines
/// and how long the change took from its start.
fn change(
    dir: &DataDir,
    now: &mut i64,
    from: &str,
    kill_after: Option<Duration>,
) -> (Vec<String>, Duration) {
    *now += 60;
    let to = if from == PASS_A { "b" } else { "a" };
    let mut child = spawn(
        "rotate",
        dir.path(),
        *now,
        &[("LANGKAH_PROOF_TO", to.into())],
    );
    assert!(
        child.wait_for("begin", Duration::from_secs(120)),
        "the child did not start the change"
    );
    let began = Instant::now();
    match kill_after {
        Some(delay) => {
            std::thread::sleep(delay);
            let lines = child.kill();
            (lines, began.elapsed())
        }
        None => {
            let (lines, ok) = child.finish();
            assert!(ok, "the change failed");
            (lines, began.elapsed())
        }
    }
}

/// Exactly one passphrase opens her account, it is `allowed.0` or `allowed.1`,
/// and it opens every record. Returns it.
fn check(
    dir: &DataDir,
    records: &HashMap<Id, u64>,
    now: &mut i64,
    allowed: (&'static str, Option<&'static str>),
) -> &'static str {
    assert_eq!(integrity(&dir.database()), "ok");
    let mut vault = Vault::open(dir).unwrap();
    let mut opened = Vec::new();
    for p in [PASS_A, PASS_B] {
        *now += 60;
        if let Ok(s) = vault.unlock(ALIAS, &pass(p), *now) {
            opened.push((p, s));
        }
    }
    assert_eq!(
        opened.len(),
        1,
        "both passphrases or neither opened her account"
    );
    let (p, s) = opened.pop().unwrap();
    assert!(
        p == allowed.0 || Some(p) == allowed.1,
        "the wrong passphrase opened"
    );
    let loaded = vault.load_all::<Entry>(&s).unwrap();
    assert_eq!(loaded.unreadable, 0, "some records are under the other key");
    assert_eq!(loaded.items.len(), records.len());
    for (id, entry) in &loaded.items {
        assert_eq!(*entry, entry_for(records[id]));
    }
    p
}
