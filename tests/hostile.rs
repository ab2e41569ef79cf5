//! Hostile and absurd input: text past the entry-size cap, a tiny terminal,
//! invalid UTF-8 and NUL bytes, a database from a newer version, a read-only
//! data folder and a full disk. Each gets a clear message in her language, and
//! nothing already saved is lost. `docs/testing.md` ("Hostile input") says
//! what each test proves and what it does not.

mod common;

use common::app::*;
use common::{NOW, pass};
use langkah::app::effect::Effect;
use langkah::app::journal::Editor;
use langkah::app::model::{HomeScreen, JournalScreen, MenuItem, Screen};
use langkah::app::{Action, Key, update};
use langkah::datadir::DataDir;
use langkah::domain::journal::{Draft, Entry, MAX_BODY_CHARS};
use langkah::i18n::{Lang, Messages, vault_error};
use langkah::runtime::executor::Executor;
use langkah::store::StoreError;
use langkah::ui::{Theme, draw};
use langkah::vault::{Vault, VaultError};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::collections::VecDeque;
use std::path::Path;
use std::sync::Arc;

const PASS: &str = "bunga melati putih";

/// A centre with Melati logged in, on her home screen.
fn melati() -> App {
    let mut app = App::new();
    let code = app.set_up();
    app.press(Key::F(4));
    app.fill(&["Melati", &code, PASS, PASS]);
    app.keep_code();
    assert!(app.model.her.journal.is_some());
    app
}

/// Carries out effects as the runtime would, with what they bring back.
fn run(app: &mut App, effects: Vec<Effect>) {
    let mut queue: VecDeque<Effect> = effects.into();
    while let Some(effect) = queue.pop_front() {
        if let Some(outcome) = app.exec.run(effect) {
            queue.extend(update(&mut app.model, Action::Done(outcome)));
        }
    }
}

/// Text arriving all at once, as a paste does.
fn paste(app: &mut App, text: &str) {
    let keys = text
        .chars()
        .map(|c| if c == '\n' { Key::Enter } else { Key::Char(c) })
        .collect();
    let at = app.model.now;
    let effects = update(&mut app.model, Action::Keys { keys, at });
    run(app, effects);
}

fn open_editor(app: &mut App) {
    app.model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
    select(&mut app.model, MenuItem::Write);
    app.press(Key::Enter);
    assert!(matches!(
        app.model.screen,
        Screen::Journal(JournalScreen::Editor { .. })
    ));
}

fn body_chars(app: &App) -> usize {
    app.model
        .her
        .editor
        .as_ref()
        .expect("the editor")
        .body_chars()
}

/// Lines of 60 letters: a long text that is not one absurd line.
fn long_text(chars: usize) -> String {
    (0..chars)
        .map(|i| if i % 61 == 60 { '\n' } else { 'a' })
        .collect()
}

fn indonesian(e: &VaultError) -> String {
    vault_error(&Messages::new(Lang::Id), e)
}

#[test]
fn a_paste_past_the_cap_keeps_what_fits_says_why_and_saves() {
    let mut app = melati();
    open_editor(&mut app);
    paste(&mut app, "Awal. ");
    paste(&mut app, &long_text(MAX_BODY_CHARS + 500));
    assert_eq!(body_chars(&app), MAX_BODY_CHARS, "what fits is kept");
    assert_eq!(notice_id(&app.model), Some("journal-too-long"));
    assert!(notice_shown_whole(&app).starts_with("Catatan ini sudah sangat panjang."));
    let body = app
        .model
        .her
        .editor
        .as_ref()
        .unwrap()
        .entry(None)
        .body
        .clone();
    assert!(body.starts_with("Awal. aaa"), "what she wrote first stays");

    // One more letter, or Enter, is refused too; deleting makes room again.
    app.model.notice = None;
    app.press(Key::Char('x'));
    assert_eq!(body_chars(&app), MAX_BODY_CHARS);
    assert_eq!(notice_id(&app.model), Some("journal-too-long"));
    app.press(Key::Enter);
    assert_eq!(body_chars(&app), MAX_BODY_CHARS);
    app.press(Key::Backspace);
    app.model.notice = None;
    app.press(Key::Char('z'));
    assert_eq!(body_chars(&app), MAX_BODY_CHARS);
    assert_eq!(notice_id(&app.model), None, "a letter that fits goes in");

    // Cutting a line and pasting it back twice (Ctrl+K, Ctrl+Y) can't pass it.
    app.press(Key::Ctrl('k'));
    app.press(Key::Ctrl('y'));
    app.press(Key::Ctrl('y'));
    assert!(body_chars(&app) <= MAX_BODY_CHARS);

    // The draft is kept: a lock seals it, and it comes back whole.
    let kept = app
        .model
        .her
        .editor
        .as_ref()
        .unwrap()
        .entry(None)
        .body
        .clone();
    app.press(Key::F(12));
    app.login("Melati", PASS);
    assert_eq!(app.model.screen, Screen::Journal(JournalScreen::DraftOffer));
    assert_eq!(app.model.her.offered_drafts[0].entry.body, kept);

    // And an entry at the cap saves.
    app.press(Key::Enter);
    app.press(Key::F(2));
    assert_eq!(app.model.screen, Screen::Journal(JournalScreen::List));
    let journal = app.model.her.journal.as_ref().unwrap();
    assert_eq!(journal.visible().next().unwrap().1.body, kept);
}

#[test]
fn a_text_already_past_the_cap_can_be_cut_but_not_grown() {
    // From a forged draft, say: the editor opens it as it is.
    let over = common::entry("", &long_text(MAX_BODY_CHARS + 10));
    let mut editor = Editor::from_entry(None, &over, 0);
    let chars = editor.body_chars();
    editor.key(Key::Backspace);
    assert_eq!(editor.body_chars(), chars - 1, "deleting is allowed");
    assert!(!editor.too_long);
    editor.key(Key::Char('x'));
    editor.insert_text("yz");
    assert_eq!(editor.body_chars(), chars - 1, "adding is not");
    assert!(editor.too_long);
}

#[test]
fn the_vault_refuses_an_entry_or_draft_past_the_cap() {
    let mut c = common::Centre::new();
    let s = common::Centre::member(&mut c, langkah::domain::Role::Participant, "Melati", PASS);
    let id = langkah::crypto::random_id();
    let over = common::entry("", &"a".repeat(MAX_BODY_CHARS + 1));
    let e = c.vault.save(&s, &id, &over).unwrap_err();
    assert!(matches!(e, VaultError::EntryTooLong), "{e:?}");
    assert!(
        indonesian(&e).contains("terlalu panjang"),
        "{}",
        indonesian(&e)
    );
    let draft = Draft {
        entry_id: None,
        entry: over,
    };
    assert!(matches!(
        c.vault.save(&s, &id, &draft),
        Err(VaultError::EntryTooLong)
    ));
    // Counted in characters, not bytes: 100,000 'é' fit.
    let at_cap = common::entry("", &"é".repeat(MAX_BODY_CHARS));
    c.vault.save(&s, &id, &at_cap).unwrap();
    assert_eq!(c.vault.load_all::<Entry>(&s).unwrap().items.len(), 1);
}

/// An executor whose database connection may use only a few more pages than
/// the file has now: a disk that is nearly full, as SQLite sees it.
fn nearly_full(app: &App, spare_pages: i64) -> Executor {
    let dir = DataDir::open_or_create(&app.tmp.path().join("data")).unwrap();
    let vault = Vault::open(&dir).unwrap();
    let conn = vault.store().conn();
    let pages: i64 = conn
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    conn.pragma_update(None, "max_page_count", pages + spare_pages)
        .unwrap();
    let clock = Arc::clone(&app.clock);
    Executor::new(
        vault,
        Box::new(move || clock.load(std::sync::atomic::Ordering::SeqCst)),
    )
}

/// The notice in Indonesian, after checking that in both languages it is on
/// the 80x24 screen whole (its two notice rows wrap it).
fn notice_shown_whole(app: &App) -> String {
    let notice = app.model.notice.as_ref().expect("a notice");
    for lang in [Lang::En, Lang::Id] {
        let message = notice.text.render(&Messages::new(lang));
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal
            .draw(|f| draw(f, &app.model, &Messages::new(lang), &Theme::new(true)))
            .unwrap();
        let buffer = terminal.backend().buffer();
        let rows: Vec<String> = (0..24)
            .map(|y| (0..80).map(|x| buffer[(x, y)].symbol()).collect())
            .collect();
        let joined = rows.iter().map(|r| r.trim()).collect::<Vec<_>>().join(" ");
        assert!(
            joined.contains(&message),
            "{message} not whole on:\n{}",
            rows.join("\n")
        );
    }
    notice.text.render(&Messages::new(Lang::Id))
}

#[test]
fn a_full_disk_refuses_the_save_says_so_and_keeps_her_text() {
    let mut app = melati();
    open_editor(&mut app);
    paste(&mut app, "Yang sudah tersimpan.");
    app.press(Key::F(2));
    assert_eq!(notice_id(&app.model), Some("journal-saved"));

    // Lock, then come back to a disk with room for a login but not an entry.
    app.press(Key::F(12));
    app.exec = nearly_full(&app, 4);
    app.login("Melati", PASS);
    assert!(app.user().is_some(), "a login still fits");
    open_editor(&mut app);
    let text = long_text(60_000);
    paste(&mut app, &text);
    app.press(Key::F(2));
    assert_eq!(notice_id(&app.model), Some("err-disk-full"));
    assert!(matches!(
        app.model.screen,
        Screen::Journal(JournalScreen::Editor { .. })
    ));
    let editor = app.model.her.editor.as_ref().unwrap();
    assert_eq!(editor.entry(None).body, text, "her text is still there");
    assert!(notice_shown_whole(&app).starts_with("Penyimpanan komputer penuh."));

    // After a restart (space freed), what was saved before is all there.
    app.restart();
    app.login("Melati", PASS);
    let bodies: Vec<String> = app
        .model
        .her
        .journal
        .as_ref()
        .unwrap()
        .visible()
        .map(|(_, e)| e.body.clone())
        .collect();
    assert_eq!(bodies, ["Yang sudah tersimpan."]);
    let dir = DataDir::open_or_create(&app.tmp.path().join("data")).unwrap();
    let vault = Vault::open(&dir).unwrap();
    let check: String = vault
        .store()
        .conn()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}

#[test]
fn the_vault_maps_sqlite_full_to_its_own_error() {
    let mut c = common::Centre::new();
    let s = common::Centre::member(&mut c, langkah::domain::Role::Participant, "Melati", PASS);
    let conn = c.vault.store().conn();
    let pages: i64 = conn
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    conn.pragma_update(None, "max_page_count", pages).unwrap();
    let id = langkah::crypto::random_id();
    let e = c
        .vault
        .save(&s, &id, &common::entry("", &long_text(20_000)))
        .unwrap_err();
    assert!(matches!(e, VaultError::Store(StoreError::Full)), "{e:?}");
}

/// Every file under `dir` with its bytes and mode.
#[cfg(unix)]
fn tree_with_modes(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>, u32)> {
    use std::os::unix::fs::PermissionsExt;
    let mut files: Vec<_> = common::pty::read_tree(dir)
        .into_iter()
        .map(|(path, bytes)| {
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            (path, bytes, mode)
        })
        .collect();
    files.sort();
    files
}

/// A centre closed cleanly (its WAL merged away), then marked as written by a
/// newer Langkah.
#[cfg(unix)]
fn newer_database() -> (tempfile::TempDir, std::path::PathBuf) {
    let (tmp, data) = common::pty::fresh_data_dir();
    common::pty::centre_with_participant(&data, "Melati", PASS);
    let conn = rusqlite::Connection::open(data.join("langkah.db")).unwrap();
    conn.pragma_update(None, "user_version", langkah::store::SCHEMA_VERSION + 1)
        .unwrap();
    drop(conn);
    (tmp, data)
}

#[cfg(unix)]
#[test]
fn a_database_from_a_newer_version_is_refused_and_left_as_it_was() {
    let (_tmp, data) = newer_database();
    let before = tree_with_modes(&data);

    let dir = DataDir::open_or_create(&data).unwrap();
    let e = Vault::open(&dir).err().expect("refused");
    assert!(
        matches!(e, VaultError::Store(StoreError::SchemaTooNew { .. })),
        "{e:?}"
    );
    assert!(indonesian(&e).contains("versi Langkah yang lebih baru"));

    // The app itself, in a terminal: the message, and the file untouched.
    let mut tui = common::pty::Tui::spawn(&data);
    tui.wait_for("versi Langkah yang lebih baru");
    assert_ne!(tui.wait_exit(), 0);
    assert_eq!(tree_with_modes(&data), before, "nothing changed on disk");
}

#[cfg(unix)]
#[test]
fn a_read_only_data_folder_is_refused_with_nothing_half_written() {
    use std::os::unix::fs::PermissionsExt;
    if common::root::skip_as_root("a_read_only_data_folder_is_refused_with_nothing_half_written") {
        return;
    }
    let (_tmp, data) = common::pty::fresh_data_dir();
    common::pty::centre_with_participant(&data, "Melati", PASS);
    let set = |path: &Path, mode| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap()
    };
    for (path, _) in common::pty::read_tree(&data) {
        set(&path, 0o400);
    }
    set(&data, 0o500);
    let before = tree_with_modes(&data);

    let mut tui = common::pty::Tui::spawn(&data);
    tui.wait_for("tidak bisa menulis ke folder datanya");
    assert_ne!(tui.wait_exit(), 0);
    let after = tree_with_modes(&data);
    set(&data, 0o700);
    for (path, _) in common::pty::read_tree(&data) {
        set(&path, 0o600);
    }
    assert_eq!(after, before, "nothing changed on disk, modes included");

    // Once the folder is hers to write again, everything opens.
    let mut vault = Vault::open(&DataDir::open_or_create(&data).unwrap()).unwrap();
    vault.unlock("Melati", &pass(PASS), NOW).unwrap();
}

#[test]
fn the_sqlite_codes_for_a_read_only_file_map_to_their_own_error() {
    // A read-only file can't be made as root, so the mapping is checked here and
    // the whole path in the non-root run of the test above.
    for code in [
        rusqlite::ffi::SQLITE_READONLY,
        rusqlite::ffi::SQLITE_CANTOPEN,
    ] {
        let e = StoreError::from(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(code),
            None,
        ));
        assert!(matches!(e, StoreError::ReadOnly), "{code}: {e:?}");
        let shown = indonesian(&VaultError::Store(e));
        assert!(shown.contains("tidak bisa menulis"), "{shown}");
    }
}

#[path = "hostile/pty.rs"]
#[cfg(unix)]
mod pty;

/// The one file writer the app has so far, the mentor's `keygen`, with its
/// printed card going to a full disk (`/dev/full`, which refuses every write
/// with ENOSPC): the files it wrote are kept, and it says where the card is.
#[cfg(target_os = "linux")]
#[test]
fn keygen_printing_to_a_full_disk_says_where_the_card_is() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let tmp = tempfile::tempdir().unwrap();
    let key = tmp.path().join("kunci");
    let mut child = Command::new(common::pty::binary())
        .args(["mentor", "keygen", "--passphrase-stdin", "--out"])
        .arg(&key)
        .stdin(Stdio::piped())
        .stdout(std::fs::File::create("/dev/full").unwrap())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let twice = format!(
        "{}\n{}\n",
        common::FACILITATOR_PASS,
        common::FACILITATOR_PASS
    );
    child
        .stdin
        .take()
        .unwrap()
        .write_all(twice.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!out.status.success());
    let card = tmp.path().join("kunci.card");
    assert!(
        stderr.contains(&format!(
            "Kartu tidak bisa ditampilkan. Bacalah kartu di {}.",
            card.display()
        )),
        "{stderr}"
    );
    assert!(std::fs::read_to_string(&card).unwrap().contains("age1"));
    assert!(std::fs::metadata(&key).unwrap().len() > 0);
}
