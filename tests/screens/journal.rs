//! The journal (participants only).

use super::{HOUR, NOW, day, signed_in, typed};
use chrono::NaiveDate;
use langkah::app::Key;
use langkah::app::journal::screen::CameFrom;
use langkah::app::journal::{Editor, EditorField, Journal};
use langkah::app::model::{Confirm, Model, Overlay, Screen};
use langkah::app::model::{HomeScreen, JournalConfirm, JournalScreen};
use langkah::app::scroll::Scroll;
use langkah::domain::journal::{CheckIn, Draft, Entry};
use langkah::domain::{Id, Role};

/// An entry with the fields most screens show; the rest default.
fn entry(date: NaiveDate, title: &str, body: &str, tags: &[&str], mood: Option<u8>) -> Entry {
    Entry {
        date,
        title: title.to_string(),
        body: body.to_string(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        check_in: CheckIn {
            mood,
            ..CheckIn::default()
        },
        prompt: None,
        created_at: NOW - 2 * HOUR,
        modified_at: None,
    }
}

const MARKET: Id = Id([1; 16]);

/// The entry read and edited below: every field filled in.
fn market_day() -> Entry {
    let mut e = entry(
        day(2026, 11, 23),
        "Pasar pagi",
        "Hari ini aku jualan kue di pasar.\nLaku dua puluh bungkus!\n\nBesok mau coba resep baru.",
        &["usaha", "pasar"],
        Some(4),
    );
    e.check_in.hope = Some(5);
    e.check_in.calm = Some(3);
    e.prompt = Some("prompt-everyday-1".to_string());
    e.modified_at = Some(NOW - HOUR);
    e
}

fn entries() -> Vec<(Id, Entry)> {
    vec![
        (MARKET, market_day()),
        (
            Id([2; 16]),
            entry(
                day(2026, 11, 20),
                "",
                "Capek sekali, tapi anak-anak sehat.",
                &["keluarga"],
                Some(2),
            ),
        ),
        (
            Id([3; 16]),
            entry(
                day(2026, 11, 18),
                "Hari yang panjang sekali di pasar dan di rumah, banyak yang harus dikerjakan",
                "Tidak sempat istirahat.",
                &["usaha", "keluarga", "capek"],
                Some(3),
            ),
        ),
        (
            Id([4; 16]),
            entry(
                day(2026, 10, 23),
                "Belajar menjahit",
                "Kelas pertama.",
                &["belajar"],
                Some(5),
            ),
        ),
        (
            Id([5; 16]),
            entry(
                day(2025, 11, 23),
                "Satu tahun lalu",
                "Awal semuanya.",
                &[],
                None,
            ),
        ),
    ]
}

/// Melati, logged in, with her journal loaded, on `screen`.
fn journal_model(screen: Screen, entries: Vec<(Id, Entry)>) -> Model {
    let mut model = signed_in("Melati", Role::Participant, screen);
    model.her.journal = Some(Journal::new(entries, false));
    model
}

fn journal_mut(model: &mut Model) -> &mut Journal {
    model.her.journal.as_mut().unwrap()
}

#[test]
fn home_participant_on_this_day() {
    let mut model = journal_model(Screen::Home(HomeScreen::Menu { selected: 2 }), entries());
    snap!("home_participant_on_this_day_off", &mut model);
    journal_mut(&mut model).show_on_this_day = true;
    snap!("home_participant_on_this_day", &mut model);
}

#[test]
fn journal_list() {
    let mut model = journal_model(Screen::Journal(JournalScreen::List), entries());
    journal_mut(&mut model).selected = 1;
    snap!("journal", &mut model);
}

#[test]
fn journal_search() {
    let mut model = journal_model(Screen::Journal(JournalScreen::List), entries());
    let journal = journal_mut(&mut model);
    journal.searching = true;
    journal.query = typed("pasar");
    journal.refresh();
    assert_eq!(journal.visible_len(), 2);
    snap!("journal_search", &mut model);
}

#[test]
fn journal_filtered_to_nothing() {
    let mut model = journal_model(Screen::Journal(JournalScreen::List), entries());
    model.her.period = 1;
    let journal = journal_mut(&mut model);
    journal.filter.tag = Some("keluarga".to_string());
    journal.filter.mood = Some(5);
    journal.filter.from = Some(day(2026, 11, 17));
    journal.refresh();
    assert_eq!(journal.visible_len(), 0);
    snap!("journal_no_match", &mut model);
}

#[test]
fn journal_empty() {
    let mut model = journal_model(Screen::Journal(JournalScreen::List), vec![]);
    snap!("journal_empty", &mut model);
}

#[test]
fn read_entry() {
    let mut model = journal_model(
        Screen::Journal(JournalScreen::Read {
            id: MARKET,
            scroll: Scroll::default(),
        }),
        entries(),
    );
    snap!("read", &mut model);
    model.overlay = Some(Overlay::Confirm(Confirm::Journal(
        JournalConfirm::DeleteEntry { id: MARKET },
    )));
    snap!("confirm_delete_entry", &mut model);
}

/// Three long paragraphs and a line added later (the first-use review's M1).
const LONG_BODY: &str = "Hari ini saya bangun pagi sekali untuk membuat kue lapis. Adonannya harus diaduk lama, dan setiap lapisan harus matang sebelum lapisan berikutnya dituang. Anak-anak membantu membungkus kue sebelum berangkat sekolah, jadi semuanya selesai tepat waktu.

Di pasar, ibu-ibu langganan datang lebih awal dari biasanya. Mereka bilang kue minggu lalu enak sekali dan mereka ingin memesan lima puluh potong untuk arisan hari Sabtu. Saya senang, tetapi juga sedikit khawatir apakah saya bisa membuat sebanyak itu sendirian.

Saya ingin menabung untuk membeli etalase kaca supaya kue-kue terlihat lebih menarik. Harganya kira-kira satu setengah juta rupiah. Kalau saya menyisihkan lima puluh ribu setiap hari, dalam sebulan bisa terkumpul. Semoga bisa, insya Allah.

Catatan kecil: besok jangan lupa beli tepung, telur, dan gula merah. Tanya juga harga kotak kue di toko sebelah.
Tambahan sore: arisan jadi hari Minggu, bukan Sabtu.";

/// At the top with "↓ more" on the frame, and after End with its last line at the bottom.
#[test]
fn read_long_entry() {
    let mut long = market_day();
    long.body = LONG_BODY.to_string();
    let mut model = journal_model(
        Screen::Journal(JournalScreen::Read {
            id: MARKET,
            scroll: Scroll::default(),
        }),
        vec![(MARKET, long)],
    );
    snap!("read_long_top", &mut model);
    let at = model.now;
    langkah::app::update(&mut model, langkah::app::Action::Key { key: Key::End, at });
    snap!("read_long_end", &mut model);
}

#[test]
fn editor_new_with_prompt() {
    let mut model = journal_model(
        Screen::Journal(JournalScreen::Editor {
            from: CameFrom::List,
        }),
        entries(),
    );
    let mut editor = Editor::new_entry(
        day(2026, 11, 23),
        NOW,
        Some("prompt-worries-4".to_string()),
        0,
    );
    for c in "Mungkin tidur lebih awal.".chars() {
        editor.key(Key::Char(c));
    }
    editor.key(Key::Enter);
    for c in "Dan minta tolong kakak.".chars() {
        editor.key(Key::Char(c));
    }
    model.her.editor = Some(editor);
    snap!("editor_new", &mut model);
    model.overlay = Some(Overlay::Confirm(Confirm::Journal(
        JournalConfirm::LeaveEditor,
    )));
    snap!("confirm_leave_editor", &mut model);
}

#[test]
fn editor_change_entry() {
    let mut model = journal_model(
        Screen::Journal(JournalScreen::Editor {
            from: CameFrom::List,
        }),
        entries(),
    );
    let mut editor = Editor::from_entry(Some(MARKET), &market_day(), 0);
    editor.focus = EditorField::Hope;
    model.her.editor = Some(editor);
    snap!("editor_edit", &mut model);
}

#[test]
fn editor_empty() {
    let mut model = journal_model(
        Screen::Journal(JournalScreen::Editor {
            from: CameFrom::List,
        }),
        entries(),
    );
    let mut editor = Editor::new_entry(day(2026, 11, 23), NOW, None, 0);
    editor.focus = EditorField::Title;
    model.her.editor = Some(editor);
    snap!("editor_empty", &mut model);
}

#[test]
fn prompts() {
    let mut model = journal_model(
        Screen::Journal(JournalScreen::Prompts {
            set: None,
            selected: 2,
            from: CameFrom::Home { prompt: true },
        }),
        entries(),
    );
    snap!("prompts", &mut model);
    // A set about deciding, one of those from the copy review.
    let deciding = langkah::app::prompts::SETS
        .iter()
        .position(|s| s.name == "prompts-set-deciding")
        .unwrap();
    model.screen = Screen::Journal(JournalScreen::Prompts {
        set: Some(deciding),
        selected: 0,
        from: CameFrom::Home { prompt: true },
    });
    snap!("prompts_deciding", &mut model);
    journal_mut(&mut model).reflection_prompts = true;
    // The reflection set comes after all the others.
    model.screen = Screen::Journal(JournalScreen::Prompts {
        set: Some(langkah::app::prompts::SETS.len()),
        selected: 0,
        from: CameFrom::Home { prompt: true },
    });
    snap!("prompts_reflection", &mut model);
}

#[test]
fn filters() {
    let mut model = journal_model(
        Screen::Journal(JournalScreen::Filters { selected: 1 }),
        entries(),
    );
    model.her.period = 2;
    let journal = journal_mut(&mut model);
    journal.filter.tag = Some("usaha".to_string());
    journal.filter.mood = Some(4);
    journal.filter.from = Some(day(2026, 10, 25));
    journal.refresh();
    snap!("filters", &mut model);
}

#[test]
fn chart() {
    let mut model = journal_model(
        Screen::Journal(JournalScreen::Chart { days: 30 }),
        entries(),
    );
    snap!("chart_30", &mut model);
    model.screen = Screen::Journal(JournalScreen::Chart { days: 90 });
    snap!("chart_90", &mut model);
    // F1 says what the marks mean.
    model.overlay = Some(Overlay::Help);
    snap!("chart_help", &mut model);
}

#[test]
fn draft_offer() {
    let mut model = journal_model(Screen::Journal(JournalScreen::DraftOffer), entries());
    model.her.offered_drafts = vec![Draft {
        entry_id: None,
        entry: entry(
            day(2026, 11, 22),
            "",
            "Tadi malam aku berpikir tentang rencana warung kecil di depan rumah",
            &[],
            None,
        ),
    }];
    snap!("draft_offer", &mut model);
    model.overlay = Some(Overlay::Confirm(Confirm::Journal(
        JournalConfirm::DiscardDraft,
    )));
    snap!("confirm_discard_draft", &mut model);
}

#[test]
fn help_over_journal() {
    let mut model = journal_model(Screen::Journal(JournalScreen::List), entries());
    model.overlay = Some(Overlay::Help);
    snap!("help_journal", &mut model);
    model.screen = Screen::Journal(JournalScreen::Editor {
        from: CameFrom::List,
    });
    model.her.editor = Some(Editor::new_entry(day(2026, 11, 23), NOW, None, 0));
    snap!("help_editor", &mut model);
}
