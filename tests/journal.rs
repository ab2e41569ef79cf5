//! The journal through the app, with the real executor and vault behind it:
//! writing, editing and deleting; search and filters; drafts that survive a
//! lock, a crash and a restart; and "on this day" with fixed dates.

mod common;

use common::app::*;
use langkah::app::Key;
use langkah::app::journal::screen::CameFrom;
use langkah::app::journal::{EditorField, Journal};
use langkah::app::model::{Confirm, MenuItem, Overlay, Screen};
use langkah::app::model::{HomeScreen, JournalConfirm, JournalScreen};
use langkah::domain::journal::{CheckIn, Entry};
use langkah::i18n::{Lang, Messages};
use langkah::ui::{Theme, draw};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The editor opened from her home's first item.
const HOME: CameFrom = CameFrom::Home { prompt: false };

const PASS: &str = "bunga melati putih";

/// A centre with Melati logged in, on her home screen.
fn melati() -> App {
    let mut app = App::new();
    let code = app.set_up();
    app.press(Key::F(4));
    app.fill(&["Melati", &code, PASS, PASS]);
    app.keep_code();
    assert!(
        app.model.her.journal.is_some(),
        "her journal opens at login"
    );
    app
}

fn journal(app: &App) -> &Journal {
    app.model.her.journal.as_ref().unwrap()
}

fn headings(app: &App) -> Vec<String> {
    journal(app)
        .visible()
        .map(|(_, e)| e.heading().to_string())
        .collect()
}

/// From home: a new entry with this body (and title, tags if given), saved.
fn write(app: &mut App, title: &str, body: &str, tags: &str) {
    app.model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
    select(&mut app.model, MenuItem::Write);
    app.press(Key::Enter);
    assert_eq!(
        app.model.screen,
        Screen::Journal(JournalScreen::Editor { from: HOME })
    );
    for line in body.split('\n').enumerate() {
        if line.0 > 0 {
            app.press(Key::Enter);
        }
        app.type_text(line.1);
    }
    // Title and tags are above the text: Shift+Tab goes up to them.
    app.press(Key::BackTab);
    app.press(Key::BackTab);
    app.type_text(title);
    app.press(Key::Tab);
    app.type_text(tags);
    app.press(Key::F(2));
    assert_eq!(
        app.model.screen,
        Screen::Journal(JournalScreen::List),
        "saved and back to the list"
    );
}

fn log_in_again(app: &mut App) {
    app.press(Key::F(12));
    assert!(
        app.model.her.journal.is_none(),
        "locking drops the decrypted entries"
    );
    app.login("Melati", PASS);
}

#[test]
fn write_edit_and_delete_an_entry() {
    let mut app = melati();
    write(
        &mut app,
        "Pasar pagi",
        "Hari ini aku jual kue.\nLaku sepuluh.",
        "usaha",
    );
    assert_eq!(headings(&app), ["Pasar pagi"]);
    let (_, entry) = journal(&app).selected_entry().unwrap();
    assert_eq!(entry.body, "Hari ini aku jual kue.\nLaku sepuluh.");
    assert_eq!(entry.tags, ["usaha"]);
    assert_eq!(entry.modified_at, None);

    log_in_again(&mut app);
    assert_eq!(
        headings(&app),
        ["Pasar pagi"],
        "it was saved sealed, and opens again"
    );

    // Edit: the body changes and a modified time is kept.
    app.model.screen = Screen::Journal(JournalScreen::List);
    app.press(Key::Enter);
    assert!(matches!(
        app.model.screen,
        Screen::Journal(JournalScreen::Read { .. })
    ));
    app.press(Key::Char('e'));
    app.type_text(" Besok lagi.");
    app.wait(60);
    app.press(Key::F(2));
    let (_, entry) = journal(&app).selected_entry().unwrap();
    assert!(entry.body.ends_with("Laku sepuluh. Besok lagi."));
    assert_eq!(entry.modified_at, Some(NOW + 60));
    assert_eq!(journal(&app).len(), 1, "edited, not copied");

    // Delete asks first; "no" keeps it.
    app.press(Key::Enter);
    app.press(Key::Char('d'));
    assert!(matches!(
        app.model.overlay,
        Some(Overlay::Confirm(Confirm::Journal(
            JournalConfirm::DeleteEntry { .. }
        )))
    ));
    app.press(Key::Char('n'));
    assert_eq!(journal(&app).len(), 1);
    app.press(Key::Char('d'));
    app.press(Key::Char('y'));
    assert_eq!(journal(&app).len(), 0);
    log_in_again(&mut app);
    assert_eq!(journal(&app).len(), 0, "gone for good");
}

#[test]
fn an_empty_entry_is_not_saved_and_leaving_with_changes_asks() {
    let mut app = melati();
    select(&mut app.model, MenuItem::Write);
    app.press(Key::Enter);
    app.press(Key::F(2));
    assert_eq!(
        app.model.screen,
        Screen::Journal(JournalScreen::Editor { from: HOME })
    );
    assert_eq!(
        app.model.notice.as_ref().unwrap().text.id,
        "journal-nothing-to-save"
    );
    app.type_text("Sedikit saja");
    app.press(Key::Esc);
    assert!(matches!(
        app.model.overlay,
        Some(Overlay::Confirm(Confirm::Journal(
            JournalConfirm::LeaveEditor
        )))
    ));
    app.press(Key::Esc);
    assert_eq!(
        app.model.screen,
        Screen::Journal(JournalScreen::Editor { from: HOME }),
        "Esc keeps writing"
    );
    app.press(Key::Esc);
    app.press(Key::Char('y'));
    assert_eq!(headings(&app), ["Sedikit saja"]);
}

#[test]
fn search_ignores_case_and_accents_and_filters_combine() {
    let mut app = melati();
    write(&mut app, "Kopi", "Minum kopi di Café Ibu", "teman");
    write(&mut app, "Pasar", "Jual kue di pasar", "usaha");
    write(&mut app, "Rumah", "Bersih-bersih rumah", "keluarga, usaha");
    assert_eq!(journal(&app).len(), 3);

    app.press(Key::Char('/'));
    app.type_text("CAFE");
    assert_eq!(headings(&app), ["Kopi"]);
    app.press(Key::Esc);
    assert_eq!(journal(&app).visible_len(), 3, "Esc clears the search");
    app.press(Key::Char('/'));
    app.type_text("usaha");
    assert_eq!(headings(&app).len(), 2, "tags are searched too");
    app.press(Key::Enter);
    assert!(!journal(&app).searching);
    app.press(Key::Esc);
    app.model.screen = Screen::Journal(JournalScreen::List);
    app.press(Key::Char('/'));
    for _ in 0.."usaha".len() {
        app.press(Key::Backspace);
    }
    app.press(Key::Enter);

    // Filter by tag: her tags in alphabetical order, then "all" again.
    app.press(Key::Char('f'));
    app.press(Key::Right);
    assert_eq!(journal(&app).filter.tag.as_deref(), Some("keluarga"));
    assert_eq!(headings(&app), ["Rumah"]);
    app.press(Key::Right);
    app.press(Key::Right);
    assert_eq!(journal(&app).filter.tag.as_deref(), Some("usaha"));
    assert_eq!(headings(&app), ["Rumah", "Pasar"]);
    // And by mood: none of these has one, so nothing matches "heavy".
    app.press(Key::Down);
    app.press(Key::Right);
    assert_eq!(journal(&app).visible_len(), 0);
    app.press(Key::Char('x'));
    assert_eq!(journal(&app).visible_len(), 3, "x clears every filter");
}

#[test]
fn dates_and_check_ins_are_kept_and_the_period_filter_uses_them() {
    let mut app = melati();
    select(&mut app.model, MenuItem::Write);
    app.press(Key::Enter);
    app.type_text("Minggu lalu");
    let editor = app.model.her.editor.as_mut().unwrap();
    editor.focus = EditorField::Date;
    for _ in 0..10 {
        app.press(Key::Left);
    }
    for _ in 0..4 {
        app.press(Key::Tab); // title, tags, text, mood
    }
    app.press(Key::Right);
    app.press(Key::Right);
    app.press(Key::Right);
    app.press(Key::Right);
    app.press(Key::Tab); // hope
    app.press(Key::Right);
    app.press(Key::F(2));
    let (_, entry) = journal(&app).selected_entry().unwrap();
    let today = app.model.now.today();
    assert_eq!((today - entry.date).num_days(), 10);
    assert_eq!(entry.check_in.mood, Some(4));
    assert_eq!(entry.check_in.hope, Some(1));
    write(&mut app, "", "Hari ini", "");

    app.press(Key::Char('f'));
    app.press(Key::Down);
    app.press(Key::Down);
    app.press(Key::Right); // last 7 days
    assert_eq!(headings(&app), ["Hari ini"]);
    app.press(Key::Right); // last 30 days
    assert_eq!(headings(&app), ["Hari ini", "Minggu lalu"]);
}

#[test]
fn a_draft_survives_quick_hide_and_is_offered_back() {
    let mut app = melati();
    select(&mut app.model, MenuItem::Write);
    app.press(Key::Enter);
    app.type_text("Belum selesai ditulis");
    app.press(Key::F(12));
    assert!(app.model.her.editor.is_none());
    app.login("Melati", PASS);
    assert_eq!(app.model.screen, Screen::Journal(JournalScreen::DraftOffer));
    app.press(Key::Enter);
    assert_eq!(
        app.model.screen,
        Screen::Journal(JournalScreen::Editor { from: HOME })
    );
    let entry = app.model.her.editor.as_ref().unwrap().entry(None);
    assert_eq!(entry.body, "Belum selesai ditulis");
    app.type_text(", sekarang sudah.");
    app.press(Key::F(2));
    assert_eq!(headings(&app), ["Belum selesai ditulis, sekarang sudah."]);
    log_in_again(&mut app);
    assert_eq!(
        app.model.screen,
        Screen::Home(HomeScreen::Menu { selected: 0 }),
        "no draft is left"
    );
}

#[test]
fn a_draft_survives_auto_lock_and_a_crash_within_seconds() {
    let mut app = melati();
    select(&mut app.model, MenuItem::Write);
    app.press(Key::Enter);
    app.type_text("Ditulis sebelum listrik padam");
    app.wait(3);
    // The power goes: no lock, no save, the process is simply gone.
    app.restart();
    app.login("Melati", PASS);
    assert_eq!(app.model.screen, Screen::Journal(JournalScreen::DraftOffer));
    let draft = app.model.her.offered_drafts.first().unwrap();
    assert_eq!(draft.entry.body, "Ditulis sebelum listrik padam");

    // Auto-lock seals what was typed since, and the draft is offered again.
    app.press(Key::Enter);
    app.type_text(" lalu menyala lagi");
    app.wait(5 * 60);
    assert_eq!(app.model.her.user, None, "auto-locked");
    app.login("Melati", PASS);
    let draft = app.model.her.offered_drafts.first().unwrap();
    assert_eq!(
        draft.entry.body,
        "Ditulis sebelum listrik padam lalu menyala lagi"
    );

    // Throwing it away asks first, then it is gone.
    app.press(Key::Char('d'));
    app.press(Key::Char('y'));
    log_in_again(&mut app);
    assert_eq!(
        app.model.screen,
        Screen::Home(HomeScreen::Menu { selected: 0 })
    );
}

#[test]
fn deleting_an_entry_deletes_its_draft_too() {
    let mut app = melati();
    write(&mut app, "Asli", "Isi asli", "");
    app.press(Key::Enter);
    app.press(Key::Char('e'));
    app.type_text(" dengan perubahan");
    app.press(Key::F(12));
    app.login("Melati", PASS);
    assert_eq!(app.model.screen, Screen::Journal(JournalScreen::DraftOffer));
    app.press(Key::Esc); // later
    app.model.screen = Screen::Journal(JournalScreen::List);
    app.press(Key::Enter);
    app.press(Key::Char('d'));
    app.press(Key::Char('y'));
    log_in_again(&mut app);
    assert_eq!(
        app.model.screen,
        Screen::Home(HomeScreen::Menu { selected: 0 }),
        "no draft offered"
    );
    assert_eq!(journal(&app).len(), 0);
}

#[test]
fn a_reflection_prompt_appears_only_when_she_turns_it_on() {
    let mut app = melati();
    select(&mut app.model, MenuItem::WriteWithPrompt);
    app.press(Key::Enter);
    let sets = |app: &App| langkah::app::prompts::sets(journal(app).reflection_prompts).len();
    let everyday = langkah::app::prompts::SETS.len();
    assert_eq!(sets(&app), everyday);
    app.press(Key::Char('r'));
    assert_eq!(sets(&app), everyday + 1);
    log_in_again(&mut app);
    assert_eq!(sets(&app), everyday + 1, "her choice is kept, sealed");

    app.model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
    select(&mut app.model, MenuItem::WriteWithPrompt);
    app.press(Key::Enter);
    app.press(Key::Down);
    app.press(Key::Enter); // hope and gratitude
    app.press(Key::Down);
    app.press(Key::Enter); // its second prompt
    let editor = app.model.her.editor.as_ref().unwrap();
    assert_eq!(editor.prompt.as_deref(), Some("prompt-hope-2"));
    app.type_text("Teh hangat, teman, hujan.");
    app.press(Key::F(2));
    let (_, entry) = journal(&app).selected_entry().unwrap();
    assert_eq!(entry.prompt.as_deref(), Some("prompt-hope-2"));
}

fn dated(y: i32, m: u32, d: u32, title: &str) -> Entry {
    Entry {
        date: chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap(),
        title: title.into(),
        body: String::new(),
        tags: vec![],
        check_in: CheckIn::default(),
        prompt: None,
        created_at: NOW,
        modified_at: None,
    }
}

#[test]
fn on_this_day_shows_earlier_years_and_months_on_home() {
    // NOW is Monday 23 November 2026.
    let entries = vec![
        (
            langkah::crypto::random_id(),
            dated(2025, 11, 23, "Setahun lalu"),
        ),
        (
            langkah::crypto::random_id(),
            dated(2026, 10, 23, "Sebulan lalu"),
        ),
        (langkah::crypto::random_id(), dated(2026, 11, 22, "Kemarin")),
        (
            langkah::crypto::random_id(),
            dated(2026, 11, 23, "Hari ini"),
        ),
    ];
    let journal = Journal::new(entries, false);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let earlier: Vec<&str> = journal
        .on_this_day(today)
        .iter()
        .map(|(_, e)| e.title.as_str())
        .collect();
    assert_eq!(earlier, ["Sebulan lalu", "Setahun lalu"]);

    let home = |app: &App| {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal
            .draw(|f| draw(f, &app.model, &Messages::new(Lang::Id), &Theme::new(true)))
            .unwrap();
        terminal.backend().to_string()
    };
    let mut app = melati();
    app.model.her.journal = Some(journal);
    app.model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
    // Off until she turns it on: old titles are visible to anyone nearby.
    let screen = home(&app);
    assert!(!screen.contains("Setahun lalu"), "{screen}");

    app.model.screen = Screen::Journal(JournalScreen::List);
    app.press(Key::Char('o'));
    assert!(app.model.her.journal.as_ref().unwrap().show_on_this_day);
    app.model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
    let screen = home(&app);
    assert!(
        screen.contains("Ditulis pada tanggal yang sama:"),
        "{screen}"
    );
    assert!(screen.contains("Setahun lalu") && screen.contains("Sebulan lalu"));
    assert!(!screen.contains("Kemarin"));

    log_in_again(&mut app);
    assert!(
        app.model.her.journal.as_ref().unwrap().show_on_this_day,
        "her choice is kept, sealed"
    );
}

#[test]
fn two_unfinished_texts_are_both_kept_and_saving_one_keeps_the_other() {
    let mut app = melati();
    write(&mut app, "Lama", "Catatan lama", "");
    // The first unfinished text, left by quitting.
    app.model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
    select(&mut app.model, MenuItem::Write);
    app.press(Key::Enter);
    app.type_text("Draf pertama penting sekali");
    app.press(Key::F(12));
    app.login("Melati", PASS);
    assert_eq!(app.model.screen, Screen::Journal(JournalScreen::DraftOffer));
    app.press(Key::Esc); // later

    // A second one, begun a minute later, is sealed too.
    app.wait(60);
    select(&mut app.model, MenuItem::Write);
    app.press(Key::Enter);
    app.type_text("Draf kedua");
    app.wait(3);
    app.press(Key::F(12));
    app.login("Melati", PASS);
    let offered: Vec<&str> = app
        .model
        .her
        .offered_drafts
        .iter()
        .map(|d| d.entry.body.as_str())
        .collect();
    assert_eq!(offered, ["Draf kedua", "Draf pertama penting sekali"]);

    // Editing and saving another entry leaves both drafts alone.
    app.press(Key::Esc);
    app.model.screen = Screen::Journal(JournalScreen::List);
    app.press(Key::Enter);
    app.press(Key::Char('e'));
    app.type_text(" diubah");
    app.press(Key::F(2));
    log_in_again(&mut app);
    assert_eq!(app.model.her.offered_drafts.len(), 2);

    // Continuing one and saving it removes that one only.
    app.press(Key::Enter);
    app.press(Key::F(2));
    log_in_again(&mut app);
    let offered: Vec<&str> = app
        .model
        .her
        .offered_drafts
        .iter()
        .map(|d| d.entry.body.as_str())
        .collect();
    assert_eq!(offered, ["Draf pertama penting sekali"]);
}

#[test]
fn emptying_an_entry_and_leaving_removes_its_draft() {
    let mut app = melati();
    select(&mut app.model, MenuItem::Write);
    app.press(Key::Enter);
    app.type_text("abc");
    app.wait(3);
    for _ in 0..3 {
        app.press(Key::Backspace);
    }
    app.press(Key::Esc);
    assert_eq!(
        app.model.screen,
        Screen::Home(HomeScreen::Menu { selected: 0 }),
        "nothing to ask about: back on her home, where she began writing"
    );
    log_in_again(&mut app);
    assert_eq!(
        app.model.screen,
        Screen::Home(HomeScreen::Menu { selected: 0 }),
        "no stale draft"
    );
}

#[test]
fn a_date_range_of_her_own_choosing() {
    let mut app = melati();
    for (days_back, body) in [
        (20, "Tiga minggu lalu"),
        (10, "Sepuluh hari lalu"),
        (0, "Hari ini"),
    ] {
        app.model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
        select(&mut app.model, MenuItem::Write);
        app.press(Key::Enter);
        app.type_text(body);
        app.model.her.editor.as_mut().unwrap().focus = EditorField::Date;
        for _ in 0..days_back {
            app.press(Key::Left);
        }
        app.press(Key::F(2));
    }
    app.press(Key::Char('f'));
    for _ in 0..3 {
        app.press(Key::Down); // "From"
    }
    app.press(Key::Left); // today, then a day at a time
    for _ in 0..15 {
        app.press(Key::Left);
    }
    app.press(Key::Down); // "Until"
    app.press(Key::Left);
    for _ in 0..5 {
        app.press(Key::Left);
    }
    assert_eq!(headings(&app), ["Sepuluh hari lalu"]);
    app.press(Key::Char('x'));
    assert_eq!(journal(&app).visible_len(), 3);
}

#[test]
fn she_is_told_calmly_what_did_not_open_or_came_back() {
    let mut app = melati();
    for title in ["satu", "dua", "tiga"] {
        write(&mut app, title, "isi", "");
    }
    let db = app.tmp.path().join("data").join("langkah.db");
    let conn = rusqlite::Connection::open(&db).unwrap();
    // One entry damaged, and one deleted entry put back from an older copy.
    let rows: Vec<(Vec<u8>, Vec<u8>)> = conn
        .prepare("SELECT id, sealed FROM records WHERE kind = 'entry'")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(rows.len(), 3, "three entries to work with");
    let (damaged, gone) = (&rows[0], &rows[1]);
    let mut flipped = damaged.1.clone();
    flipped[30] ^= 1;
    conn.execute(
        "UPDATE records SET sealed = ?1 WHERE id = ?2",
        rusqlite::params![flipped, damaged.0],
    )
    .unwrap();
    let gone_id = langkah::domain::Id::from_slice(&gone.0).unwrap();
    app.exec.run(langkah::app::Effect::Journal(
        langkah::app::effect::JournalEffect::DeleteEntry(gone_id),
    ));
    let owner: Vec<u8> = conn
        .query_row("SELECT id FROM accounts WHERE alias = 'Melati'", [], |r| {
            r.get(0)
        })
        .unwrap();
    conn.execute(
        "INSERT INTO records (id, owner, kind, sealed) VALUES (?1, ?2, 'entry', ?3)",
        rusqlite::params![gone.0, owner, gone.1],
    )
    .unwrap();
    assert!(app.model.her.damage.is_none(), "nothing found yet");

    app.press(Key::F(12));
    app.login("Melati", PASS);
    let damage = app.model.her.damage;
    assert_eq!((damage.unreadable, damage.returned), (1, 1), "{damage:?}");
    assert_eq!(journal(&app).visible().count(), 1, "the third one is shown");
    // And a lock forgets it: the next login finds nothing more.
    app.press(Key::F(12));
    app.login("Melati", PASS);
    assert_eq!(app.model.her.damage.returned, 0);
    assert_eq!(
        app.model.her.damage.unreadable, 1,
        "still damaged, still said"
    );
}
