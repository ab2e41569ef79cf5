//! SIGKILL while saving: the child saves entries, deposits and drafts in a
//! tight loop and is killed at random moments. After each kill the database
//! passes SQLite's integrity check, she can still log in, every save the child
//! reported is there and opens, and nothing holds a version that was never
//! begun.

use super::*;
use child::{parse_id, spawn};
use common::{Centre, pass};
use langkah::datadir::DataDir;
use langkah::domain::records::Record;
use langkah::domain::{Id, Role};
use langkah::vault::{Session, Vault};
use std::collections::{HashMap, HashSet};
use std::fmt::Debug;
use std::time::{Duration, Instant};

/// The save numbers begun for one record, in order, and how many of them the
/// child reported saved. Whatever is stored must be one of the versions from
/// the last reported one on (a kill can land after a commit and before its
/// report), or nothing if none was reported.
struct Track {
    kind: &'static str,
    versions: Vec<u64>,
    saved: usize,
}

/// Where the kill landed, from the child's last line.
#[derive(Default, Debug)]
struct Landed {
    starting: usize,
    inside_save: usize,
    between_saves: usize,
}

pub fn centre_with_melati() -> (tempfile::TempDir, DataDir) {
    let mut c = Centre::new();
    c.member(Role::Participant, ALIAS, PASS_A);
    // Only the folder is kept: every open after this is a fresh one, as after a crash.
    (c.tmp, c.dir)
}

#[test]
fn a_kill_while_saving_never_loses_a_reported_save() {
    let kills = scale(40, 220);
    let min_inside = scale(10, 50);
    let mut rng = Rng::from_env("kills while saving");
    let (mut _tmp, mut dir) = centre_with_melati();
    let mut tracks: HashMap<Id, Track> = HashMap::new();
    let mut landed = Landed::default();
    let (mut next, mut now, mut reported) = (0u64, common::NOW, 0usize);
    let started = Instant::now();
    for round in 0..kills {
        // Each check opens every record, which in a debug build costs about a
        // millisecond each: a new folder every 50 kills keeps a round short.
        if round > 0 && round % 50 == 0 {
            (_tmp, dir) = centre_with_melati();
            tracks.clear();
        }
        now += 60;
        let mut child = spawn(
            "save",
            dir.path(),
            now,
            &[("LANGKAH_PROOF_FROM", next.to_string())],
        );
        // Starting the process and logging in take longer than the delays, so
        // three kills in four count their delay from the login; the fourth
        // counts it from the start, and lands in the start-up or the login,
        // which writes too.
        if round % 4 != 0 {
            assert!(
                child.wait_for("ready", Duration::from_secs(60)),
                "the child did not log in"
            );
        }
        std::thread::sleep(Duration::from_millis(rng.below(51)));
        let lines = child.kill();
        reported += read(&lines, &mut tracks, &mut next);
        match lines
            .iter()
            .rev()
            .find(|l| l.starts_with("begin") || l.starts_with("saved"))
        {
            Some(l) if l.starts_with("begin") => landed.inside_save += 1,
            Some(_) => landed.between_saves += 1,
            None => landed.starting += 1,
        }
        now += 60;
        check(&dir, &tracks, now);
    }
    println!(
        "{kills} kills in {:.1} s, {reported} saves reported: {landed:?}",
        started.elapsed().as_secs_f64()
    );
    assert!(
        landed.inside_save >= min_inside,
        "only {} kills landed inside a save",
        landed.inside_save
    );
}

/// Takes in what the child printed: each save begun, and each reported.
/// Returns how many were reported; `next` becomes the number after the last
/// save begun. Lines arrive whole: each is one write of less than a pipe's
/// atomic size.
fn read(lines: &[String], tracks: &mut HashMap<Id, Track>, next: &mut u64) -> usize {
    let mut begun: HashMap<u64, Id> = HashMap::new();
    let mut reported = 0;
    for line in lines {
        let words: Vec<&str> = line.split(' ').collect();
        match words[..] {
            ["begin", n, kind, id] => {
                let (n, id) = (n.parse().unwrap(), parse_id(id));
                let track = tracks.entry(id).or_insert(Track {
                    kind: ["entry", "deposit", "draft"]
                        .into_iter()
                        .find(|k| *k == kind)
                        .unwrap(),
                    versions: Vec::new(),
                    saved: 0,
                });
                track.versions.push(n);
                begun.insert(n, id);
                *next = n + 1;
            }
            ["saved", n] => {
                let track = tracks.get_mut(&begun[&n.parse().unwrap()]).unwrap();
                track.saved = track.versions.len();
                reported += 1;
            }
            _ => {}
        }
    }
    reported
}

fn check(dir: &DataDir, tracks: &HashMap<Id, Track>, now: i64) {
    assert_eq!(integrity(&dir.database()), "ok");
    let mut vault = Vault::open(dir).unwrap();
    let s = vault.unlock(ALIAS, &pass(PASS_A), now).unwrap();
    let mut found = HashSet::new();
    let last = |ns: &[u64]| *ns.last().unwrap();
    found.extend(check_kind(&mut vault, &s, tracks, "entry", |ns| {
        entry_for(last(ns))
    }));
    found.extend(check_kind(&mut vault, &s, tracks, "deposit", goal_with));
    found.extend(check_kind(&mut vault, &s, tracks, "draft", |ns| {
        draft_for(last(ns))
    }));
    for (id, track) in tracks {
        assert!(
            track.saved == 0 || found.contains(id),
            "a reported {} save is missing",
            track.kind
        );
    }
}

/// Every stored record of one kind opens and holds one of its allowed versions.
fn check_kind<R: Record + Send + PartialEq + Debug>(
    vault: &mut Vault,
    s: &Session,
    tracks: &HashMap<Id, Track>,
    kind: &str,
    version: impl Fn(&[u64]) -> R,
) -> Vec<Id> {
    let loaded = vault.load_all::<R>(s).unwrap();
    assert_eq!(loaded.unreadable, 0, "a {kind} record does not open");
    for (id, item) in &loaded.items {
        let track = &tracks[id];
        assert_eq!(track.kind, kind);
        assert!(
            (track.saved.max(1)..=track.versions.len())
                .any(|n| version(&track.versions[..n]) == *item),
            "a {kind} record holds neither its last reported save nor a later one"
        );
    }
    loaded.items.into_iter().map(|(id, _)| id).collect()
}
