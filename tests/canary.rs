//! Canary strings and amounts go in through the vault; then every byte of the
//! data folder (database, WAL, shared memory, journal) and of whatever the test wrote to the temp folder is
//! searched for them, while the store is open and again after it is closed.

mod common;

use common::{NOW, pass};
use langkah::crypto::RecoveryCode;
use langkah::datadir::DataDir;
use langkah::domain::Role;
use langkah::domain::goals::{
    BusinessGoal, BusinessStatus, DayLog, Milestone, Movement, SavingsGoal,
};
use langkah::domain::journal::{CheckIn, Entry};
use langkah::domain::records::{Advice, FormDraft};
use langkah::vault::Vault;
use secrecy::ExposeSecret;
use std::path::Path;

fn canary(label: &str) -> String {
    format!(
        "{label}-{}",
        hex::encode(langkah::crypto::random_bytes::<8>())
    )
}

/// Files under `root`, skipping what this user cannot read (other users' temp files).
fn files(root: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(root) else {
        return out;
    };
    for entry in entries.flatten() {
        let Ok(meta) = entry.path().symlink_metadata() else {
            continue;
        };
        if meta.is_dir() {
            out.extend(files(&entry.path()));
        } else if meta.is_file() {
            out.push(entry.path());
        }
    }
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(haystack, needle).is_some()
}

/// Returns how many bytes were scanned, and panics naming any canary found.
fn scan(paths: Vec<std::path::PathBuf>, needles: &[(String, Vec<u8>)]) -> usize {
    let mut scanned = 0;
    for path in paths {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        scanned += bytes.len();
        for (name, needle) in needles {
            assert!(!find(&bytes, needle), "{name} found in {}", path.display());
        }
    }
    scanned
}

/// A random amount between 1 and 10 billion.
fn random_amount() -> i64 {
    let n = u64::from_le_bytes(langkah::crypto::random_bytes::<8>());
    1_000_000_000 + (n % 9_000_000_000) as i64
}

/// Files in the shared temp folder written since `since`: where SQLite or the
/// app would spill. A file created since then shows in the folder's listing,
/// so only folders changed since then are looked into; the rest of the temp
/// folder (other programs' build trees, say) is left alone.
fn temp_files_since(since: std::time::SystemTime) -> Vec<std::path::PathBuf> {
    let recent = |p: &Path| {
        p.symlink_metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| t >= since)
    };
    let mut out = vec![];
    let mut todo = vec![std::env::temp_dir()];
    while let Some(dir) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.flatten().map(|e| e.path()) {
            let Ok(meta) = path.symlink_metadata() else {
                continue;
            };
            if meta.is_dir() && recent(&path) {
                todo.push(path);
            } else if meta.is_file() && recent(&path) {
                out.push(path);
            }
        }
    }
    out
}

fn amount_needles(name: &str, amount: i64) -> Vec<(String, Vec<u8>)> {
    vec![
        (format!("{name} as text"), amount.to_string().into_bytes()),
        (
            format!("{name} as LE integer"),
            amount.to_le_bytes().to_vec(),
        ),
        (
            format!("{name} as BE integer"),
            amount.to_be_bytes().to_vec(),
        ),
    ]
}

#[test]
fn no_canary_reaches_the_disk() {
    let started = std::time::SystemTime::now() - std::time::Duration::from_secs(2);
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let dir = DataDir::open_or_create(&data).unwrap();
    let mut vault = Vault::open(&dir).unwrap();

    let f_pass = canary("facilitator-pass");
    let pending = vault
        .prepare_set_up("Rumah", "Sari", "id", &pass(&f_pass), NOW)
        .unwrap();
    let f_recovery = pending.recovery_code().display();
    let facilitator = vault.commit(pending, NOW).unwrap();
    let setup = vault
        .add_account(&facilitator, Role::Participant, "Melati", NOW)
        .unwrap();
    let m_pass = canary("melati-pass");
    let pending = vault
        .prepare_claim("Melati", &setup, &pass(&m_pass), NOW)
        .unwrap();
    let m_recovery = RecoveryCode::parse(&pending.recovery_code().display()).unwrap();
    let melati = vault.commit(pending, NOW).unwrap();

    let (title, body, tag) = (canary("title"), canary("body"), canary("tag"));
    let (goal, note, advice) = (canary("goal"), canary("note"), canary("advice"));
    // Drawn at run time, so the numbers are nowhere in the test's own build files.
    let (target, deposit) = (random_amount(), random_amount());
    let id = langkah::crypto::random_id;
    vault
        .save(
            &melati,
            &id(),
            &Entry {
                date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
                title: title.clone(),
                body: format!("Hari ini {body} dan aku senang."),
                tags: vec![tag.clone()],
                check_in: CheckIn {
                    mood: Some(4),
                    hope: Some(5),
                    ..CheckIn::default()
                },
                prompt: None,
                created_at: NOW,
                modified_at: None,
            },
        )
        .unwrap();
    vault
        .save(
            &melati,
            &id(),
            &SavingsGoal {
                name: goal.clone(),
                target,
                target_date: None,
                why: note.clone(),
                movements: vec![Movement {
                    amount: deposit,
                    date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
                    note: note.clone(),
                }],
                archived: false,
                created_at: NOW,
            },
        )
        .unwrap();
    vault
        .save(
            &melati,
            &id(),
            &BusinessGoal {
                what: goal.clone(),
                for_whom: note.clone(),
                place: note.clone(),
                capital_needed: target,
                monthly_costs: deposit,
                milestones: vec![Milestone {
                    text: note.clone(),
                    done: false,
                    date: None,
                }],
                status: BusinessStatus::Idea,
                capital_goal: None,
                log: vec![DayLog {
                    date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
                    sales: deposit,
                    expenses: target,
                }],
                archived: false,
                created_at: NOW,
            },
        )
        .unwrap();
    vault
        .save(
            &melati,
            &id(),
            &FormDraft {
                form: "new_savings".into(),
                values: vec![
                    goal.clone(),
                    target.to_string(),
                    String::new(),
                    note.clone(),
                ],
            },
        )
        .unwrap();
    vault
        .save(
            &melati,
            &id(),
            &Advice {
                by: "Bu Rina".into(),
                date: "2026-11-23".into(),
                text: advice.clone(),
            },
        )
        .unwrap();
    // A wrong passphrase typed into the alias field must not be kept either.
    let typed_in_alias = canary("oops-pass");
    let _ = vault.unlock(&typed_in_alias, &pass("whatever"), NOW);

    let mut needles: Vec<(String, Vec<u8>)> = [
        ("facilitator passphrase", f_pass),
        ("participant passphrase", m_pass),
        ("title", title),
        ("body", body),
        ("tag", tag),
        ("goal name", goal),
        ("deposit note", note),
        ("advice", advice),
        ("passphrase typed as alias", typed_in_alias),
        ("setup code", setup.canonical().expose_secret().to_owned()),
        ("setup code as shown", setup.display()),
        ("facilitator recovery code", f_recovery.replace('-', "")),
        ("facilitator recovery code as shown", f_recovery),
        (
            "recovery code",
            m_recovery.canonical().expose_secret().to_owned(),
        ),
    ]
    .into_iter()
    .map(|(n, s)| (n.to_owned(), s.into_bytes()))
    .collect();
    needles.extend(amount_needles("target", target));
    needles.extend(amount_needles("deposit", deposit));

    // While open: the WAL still holds the writes (not checkpointed).
    let wal = data.join("langkah.db-wal");
    assert!(
        wal.metadata().unwrap().len() > 0,
        "the WAL should hold the writes"
    );
    let scanned = scan(files(&data), &needles);
    assert!(scanned > 100_000, "scanned only {scanned} bytes");
    scan(temp_files_since(started), &needles);

    drop((melati, facilitator));
    drop(vault);
    let scanned = scan(files(&data), &needles);
    assert!(scanned > 10_000, "scanned only {scanned} bytes");
    scan(temp_files_since(started), &needles);
}
