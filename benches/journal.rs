//! The journal's speed with 10,000 entries of about 1.5 KB each, through the
//! real executor, update and views (drawn into ratatui's TestBackend at 80x24):
//!
//! - unlock, after the KDF, to the drawn list: open every entry, build the
//!   list and its search index, draw the first frame;
//! - search results after a keystroke: one letter typed into the search, the
//!   list filtered and drawn;
//! - a rare word's last keystroke, at 10,000 and 30,000 entries: the word is in
//!   one entry only, so a search that scans every entry reads each to its end;
//! - one frame while scrolling: ↓ and a redraw;
//! - saving an entry, durable: sealed and committed with synchronous=FULL.
//!
//! Run with `cargo bench --bench journal`; results are in BENCHMARKS.md.

use divan::Bencher;
use langkah::app::effect::{AuthEffect, AuthOutcome, JournalEffect, JournalOutcome};
use langkah::app::journal::Journal;
use langkah::app::model::JournalScreen;
use langkah::app::model::{CentreSettings, Screen};
use langkah::app::{Action, Effect, Key, Model, Moment, Outcome, update};
use langkah::crypto::Passphrase;
use langkah::datadir::DataDir;
use langkah::domain::Role;
use langkah::domain::journal::{CheckIn, Entry};
use langkah::i18n::{Lang, Messages};
use langkah::runtime::executor::Executor;
use langkah::ui::{Theme, draw};
use langkah::vault::Vault;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::cell::RefCell;
use std::collections::HashMap;
use tempfile::TempDir;

const ENTRIES: usize = 10_000;
/// In the body of one entry only (the middle one); no other word starts with
/// "kenang", so every entry but one is read to the end.
const RARE: &str = "kenanga";
const NOW: i64 = 1_795_420_800;
const PASS: &str = "bunga melati putih";

const WORDS: [&str; 24] = [
    "hari", "ini", "saya", "belajar", "membuat", "kue", "lapis", "bersama", "ibu", "pasar", "pagi",
    "senang", "lelah", "harapan", "anak", "rumah", "jualan", "modal", "tabungan", "teman", "doa",
    "besok", "usaha", "sabar",
];

/// A deterministic, varied Indonesian-looking text of about `len` bytes.
fn text(seed: &mut u64, len: usize) -> String {
    let mut out = String::with_capacity(len + 16);
    while out.len() < len {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        out.push_str(WORDS[(*seed >> 33) as usize % WORDS.len()]);
        out.push(' ');
    }
    out
}

fn moment() -> Moment {
    Moment {
        unix: NOW,
        mono_ms: 0,
        utc_offset_secs: 7 * 3600,
    }
}

struct Fixture {
    _tmp: TempDir,
    exec: Executor,
    /// The journal as loaded, for benches that start from the list.
    model: Model,
    terminal: Terminal<TestBackend>,
    messages: Messages,
}

fn build(entries: usize) -> Fixture {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::open_or_create(&tmp.path().join("data")).unwrap();
    let mut vault = Vault::open(&dir).unwrap();
    let pass = Passphrase::typed;
    let pending = vault
        .prepare_set_up(
            "Rumah Harapan",
            "Sari",
            "id",
            &pass("teh manis di pagi hari"),
            NOW,
        )
        .unwrap();
    let sari = vault.commit(pending, NOW).unwrap();
    let code = vault
        .add_account(&sari, Role::Participant, "Melati", NOW)
        .unwrap();
    let pending = vault
        .prepare_claim("Melati", &code, &pass(PASS), NOW)
        .unwrap();
    let melati = vault.commit(pending, NOW).unwrap();
    // Ten thousand durable commits would only measure fsync; relax it for set-up.
    vault
        .store()
        .conn()
        .execute_batch("PRAGMA synchronous=OFF")
        .unwrap();
    let mut seed = 7;
    let start = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
    for n in 0..entries {
        let mut body = text(&mut seed, 1500);
        if n == entries / 2 {
            body.insert_str(body.len() / 2, &format!("{RARE} "));
        }
        let entry = Entry {
            date: start + chrono::Days::new(n as u64),
            title: text(&mut seed, 24).trim().to_string(),
            body,
            tags: vec![WORDS[n % WORDS.len()].to_string()],
            check_in: CheckIn {
                mood: Some((n % 5) as u8 + 1),
                ..CheckIn::default()
            },
            prompt: None,
            created_at: NOW,
            modified_at: None,
        };
        vault
            .save(&melati, &langkah::crypto::random_id(), &entry)
            .unwrap();
    }
    drop((vault, melati, sari));

    // The app as it runs: a fresh vault connection (synchronous=FULL again).
    let mut exec = Executor::new(Vault::open(&dir).unwrap(), Box::new(|| NOW));
    let settings = CentreSettings {
        name: "Rumah Harapan".into(),
        language: Lang::Id,
        auto_lock_minutes: 5,
        show_names: false,
        setup_code_hours: 72,
        currency: "Rp".into(),
    };
    let mut model = Model::new(true, settings, vec![], moment());
    let outcome = exec
        .run(Effect::Auth(AuthEffect::Unlock {
            alias: "Melati".into(),
            passphrase: pass(PASS),
        }))
        .unwrap();
    assert!(matches!(
        outcome,
        Outcome::Auth(AuthOutcome::LoggedIn { .. })
    ));
    update(&mut model, Action::Done(outcome));
    let journal = exec.run(Effect::Journal(JournalEffect::Load)).unwrap();
    update(&mut model, Action::Done(journal));
    assert_eq!(model.her.journal.as_ref().unwrap().len(), entries);
    model.screen = Screen::Journal(JournalScreen::List);
    Fixture {
        _tmp: tmp,
        exec,
        model,
        terminal: Terminal::new(TestBackend::new(80, 24)).unwrap(),
        messages: Messages::new(Lang::Id),
    }
}

thread_local! {
    /// One fixture per journal size, built once.
    static FIXTURES: RefCell<HashMap<usize, Fixture>> = RefCell::new(HashMap::new());
}

fn with_fixture<R>(f: impl FnOnce(&mut Fixture) -> R) -> R {
    with_fixture_of(ENTRIES, f)
}

fn with_fixture_of<R>(entries: usize, f: impl FnOnce(&mut Fixture) -> R) -> R {
    FIXTURES.with(|cell| {
        let mut all = cell.borrow_mut();
        f(all.entry(entries).or_insert_with(|| build(entries)))
    })
}

fn draw_now(f: &mut Fixture) {
    let (model, messages) = (&f.model, &f.messages);
    f.terminal
        .draw(|frame| draw(frame, model, messages, &Theme::new(false)))
        .unwrap();
}

fn press(model: &mut Model, key: Key) {
    let effects = update(model, Action::Key { key, at: moment() });
    assert!(effects.is_empty());
}

#[divan::bench(sample_count = 10)]
fn unlock_to_drawn_list(bencher: Bencher) {
    with_fixture(|f| {
        bencher.bench_local(|| {
            let Some(Outcome::Journal(JournalOutcome::Loaded {
                entries,
                reflection_prompts,
                ..
            })) = f.exec.run(Effect::Journal(JournalEffect::Load))
            else {
                panic!("the journal loads");
            };
            f.model.her.journal = Some(Journal::new(entries, reflection_prompts));
            draw_now(f);
        });
    });
}

#[divan::bench(sample_count = 30)]
fn search_one_keystroke(bencher: Bencher) {
    with_fixture(|f| {
        f.model.her.journal.as_mut().unwrap().searching = true;
        press(&mut f.model, Key::Char('k'));
        press(&mut f.model, Key::Char('u'));
        // Each sample types the next letter of "kue l" and takes it back, so the
        // query alternates "ku" / "kue" and every keystroke searches all entries.
        bencher.bench_local(|| {
            press(&mut f.model, Key::Char('e'));
            draw_now(f);
            press(&mut f.model, Key::Backspace);
            draw_now(f);
        });
        press(&mut f.model, Key::Esc);
    });
}

/// The rare word's last letter typed, the list filtered and drawn: one
/// keystroke as she makes it. Between samples (untimed) the letter is taken
/// back, so each sample starts from the same query, the word less its last
/// letter. One keystroke a sample, or divan would type them all first.
#[divan::bench(args = [10_000, 30_000], sample_count = 30, sample_size = 1)]
fn search_rare_word_last_keystroke(bencher: Bencher, entries: usize) {
    with_fixture_of(entries, |f| {
        f.model.her.journal.as_mut().unwrap().searching = true;
        let (prefix, last) = RARE.split_at(RARE.len() - 1);
        for c in prefix.chars() {
            press(&mut f.model, Key::Char(c));
        }
        let last = last.chars().next().unwrap();
        let f = RefCell::new(f);
        bencher
            .with_inputs(|| {
                let mut f = f.borrow_mut();
                if f.model.her.journal.as_ref().unwrap().query.text() == RARE {
                    press(&mut f.model, Key::Backspace);
                }
            })
            .bench_local_values(|()| {
                let mut f = f.borrow_mut();
                press(&mut f.model, Key::Char(last));
                draw_now(&mut f);
                assert_eq!(f.model.her.journal.as_ref().unwrap().visible_len(), 1);
            });
        let mut f = f.borrow_mut();
        press(&mut f.model, Key::Esc);
        assert_eq!(f.model.her.journal.as_ref().unwrap().visible_len(), entries);
    });
}

#[divan::bench(sample_count = 100)]
fn scroll_one_frame(bencher: Bencher) {
    with_fixture(|f| {
        f.model.her.journal.as_mut().unwrap().selected = 0;
        bencher.bench_local(|| {
            press(&mut f.model, Key::Down);
            draw_now(f);
        });
    });
}

#[divan::bench(sample_count = 30)]
fn save_entry_durable(bencher: Bencher) {
    with_fixture(|f| {
        let mut seed = 99;
        bencher.bench_local(|| {
            let entry = Entry {
                date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
                title: "Hari ini".into(),
                body: text(&mut seed, 1500),
                tags: vec![],
                check_in: CheckIn::default(),
                prompt: None,
                created_at: NOW,
                modified_at: None,
            };
            let draft = (None, entry.created_at);
            let saved = f.exec.run(Effect::Journal(JournalEffect::SaveEntry {
                id: None,
                entry,
                draft,
            }));
            assert!(matches!(
                saved,
                Some(Outcome::Journal(JournalOutcome::EntrySaved { .. }))
            ));
        });
    });
}

/// Steady-state memory, measured in a fresh process so that building the
/// fixture and the benchmarks' own garbage don't count: open the vault, log in,
/// load and draw the journal, then read the resident set size.
fn measure_memory(data: &std::path::Path) {
    let dir = DataDir::open_or_create(data).unwrap();
    let mut exec = Executor::new(Vault::open(&dir).unwrap(), Box::new(|| NOW));
    let settings = CentreSettings {
        name: "Rumah Harapan".into(),
        language: Lang::Id,
        auto_lock_minutes: 5,
        show_names: false,
        setup_code_hours: 72,
        currency: "Rp".into(),
    };
    let mut model = Model::new(true, settings, vec![], moment());
    let effects = [
        Effect::Auth(AuthEffect::Unlock {
            alias: "Melati".into(),
            passphrase: Passphrase::typed(PASS),
        }),
        Effect::Journal(JournalEffect::Load),
    ];
    for effect in effects {
        let outcome = exec.run(effect).unwrap();
        update(&mut model, Action::Done(outcome));
    }
    model.screen = Screen::Journal(JournalScreen::List);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let messages = Messages::new(Lang::Id);
    terminal
        .draw(|frame| draw(frame, &model, &messages, &Theme::new(false)))
        .unwrap();
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let line = |key: &str| {
        status
            .lines()
            .find(|l| l.starts_with(key))
            .unwrap_or("unknown")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    println!(
        "steady state with {} entries open in the app: {}, peak {}",
        model.her.journal.as_ref().unwrap().len(),
        line("VmRSS"),
        line("VmHWM")
    );
}

fn main() {
    if let Some(data) = std::env::var_os("LANGKAH_BENCH_MEMORY_OF") {
        measure_memory(std::path::Path::new(&data));
        return;
    }
    divan::main();
    let data = with_fixture(|f| f._tmp.path().join("data"));
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .env("LANGKAH_BENCH_MEMORY_OF", &data)
        .output()
        .unwrap();
    print!("{}", String::from_utf8_lossy(&out.stdout));
}
