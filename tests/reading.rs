//! Reading a long entry and the privacy page at 80×24: the keys scroll by the
//! rows ratatui really wraps the text to, never stopping before the last line
//! and never going past it. Drawn after every key, as the runtime does.

mod common;

use common::app::{centre, key, moment};
use langkah::app::Key;
use langkah::app::journal::Journal;
use langkah::app::model::{HomeScreen, JournalScreen, Model, Screen, User};
use langkah::app::scroll::Scroll;
use langkah::domain::journal::{CheckIn, Entry};
use langkah::domain::{Id, Role};
use langkah::i18n::{Lang, Messages};
use langkah::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Three long paragraphs and a line added later, as in the first-use review.
pub const LONG_BODY: &str = "Hari ini saya bangun pagi sekali untuk membuat kue lapis. Adonannya harus diaduk lama, dan setiap lapisan harus matang sebelum lapisan berikutnya dituang. Anak-anak membantu membungkus kue sebelum berangkat sekolah, jadi semuanya selesai tepat waktu. Setelah itu saya membereskan dapur, mencuci loyang, dan menghitung sisa bahan untuk minggu depan. Ternyata gula merah tinggal sedikit, dan santan juga hampir habis.

Di pasar, ibu-ibu langganan datang lebih awal dari biasanya. Mereka bilang kue minggu lalu enak sekali dan mereka ingin memesan lima puluh potong untuk arisan hari Sabtu. Saya senang, tetapi juga sedikit khawatir apakah saya bisa membuat sebanyak itu sendirian. Mungkin saya bisa meminta tolong tetangga sebelah, yang dulu pernah bekerja di toko roti. Dia pandai menata kue dan sabar sekali. Kalau dia mau, kami bisa membagi hasilnya dengan adil.

Saya ingin menabung untuk membeli etalase kaca supaya kue-kue terlihat lebih menarik. Harganya kira-kira satu setengah juta rupiah. Kalau saya menyisihkan lima puluh ribu setiap hari, dalam sebulan bisa terkumpul. Semoga bisa, insya Allah. Kalau etalase sudah ada, saya juga ingin memasang papan nama kecil dengan nomor telepon, supaya orang bisa memesan dari rumah.

Catatan kecil: besok jangan lupa beli tepung, telur, dan gula merah.
Tambahan sore: arisan jadi hari Minggu. AKHIR-TULISAN";

const LONG: Id = Id([7; 16]);

fn reading(screen: Screen, body: &str) -> Model {
    let now = moment(common::NOW, 0);
    let mut model = Model::new(true, centre(), vec![], now);
    model.her.user = Some(User {
        alias: "Melati".into(),
        role: Role::Participant,
        failed_logins: vec![],
    });
    let entry = Entry {
        date: now.today(),
        title: "Kue lapis".into(),
        body: body.into(),
        tags: vec!["usaha".into()],
        check_in: CheckIn::default(),
        prompt: None,
        created_at: common::NOW,
        modified_at: None,
    };
    model.her.journal = Some(Journal::new(vec![(LONG, entry)], false));
    model.screen = screen;
    model
}

fn read_entry(body: &str) -> Model {
    reading(
        Screen::Journal(JournalScreen::Read {
            id: LONG,
            scroll: Scroll::default(),
        }),
        body,
    )
}

/// Sixty numbered lines: several pages.
fn numbered() -> String {
    (1..=60)
        .map(|n| format!("Baris ke-{n}."))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The screen's rows at 80×24.
fn draw(model: &Model, lang: Lang) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let messages = Messages::new(lang);
    terminal
        .draw(|f| ui::draw(f, model, &messages, &Theme::new(true)))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..24)
        .map(|y| (0..80).map(|x| buffer[(x, y)].symbol()).collect())
        .collect()
}

/// Presses `k` and draws, as the runtime does after each key.
fn press(model: &mut Model, k: Key) -> Vec<String> {
    key(model, k);
    draw(model, Lang::Id)
}

/// The panel's last row of text, just above its bottom border.
fn last_text_row(screen: &[String]) -> &str {
    let bottom = screen.iter().rposition(|r| r.starts_with('└')).unwrap();
    &screen[bottom - 1]
}

fn has(screen: &[String], text: &str) -> bool {
    screen.iter().any(|r| r.contains(text))
}

#[test]
fn down_stops_exactly_with_the_last_line_at_the_bottom() {
    let mut model = read_entry(LONG_BODY);
    let mut screen = draw(&model, Lang::Id);
    assert!(
        !has(&screen, "AKHIR-TULISAN"),
        "the entry is longer than a page"
    );
    assert!(has(&screen, "↓ lagi") && !has(&screen, "↑ lagi"));
    let mut presses = 0;
    loop {
        let next = press(&mut model, Key::Down);
        if next == screen {
            break;
        }
        screen = next;
        presses += 1;
        assert!(presses < 100, "Down never stops");
    }
    assert!(presses > 5, "it scrolled row by row ({presses})");
    assert!(
        last_text_row(&screen).contains("AKHIR-TULISAN"),
        "{screen:#?}"
    );
    assert!(has(&screen, "↑ lagi") && !has(&screen, "↓ lagi"));
    // Up after the end moves at once, by one row.
    let up = press(&mut model, Key::Up);
    assert_ne!(up, screen);
    assert!(has(&up, "↓ lagi"));
    assert!(!has(&up, "AKHIR-TULISAN"));
    assert_eq!(press(&mut model, Key::Down), screen);
}

#[test]
fn page_keys_and_home_and_end_move() {
    let mut model = read_entry(&numbered());
    let top = draw(&model, Lang::Id);
    // The title, the tags and a blank row come first: 14 lines fit below.
    assert!(last_text_row(&top).contains("Baris ke-14."), "{top:#?}");
    // A page keeps its last row in sight, as the first row of the next one.
    let page = press(&mut model, Key::PageDown);
    assert!(page[2].contains("Baris ke-14."), "{page:#?}");
    assert!(has(&page, "↑ lagi") && has(&page, "↓ lagi"));
    let back = press(&mut model, Key::PageUp);
    assert_eq!(back, top);
    let end = press(&mut model, Key::End);
    assert!(last_text_row(&end).contains("Baris ke-60."));
    assert_eq!(
        press(&mut model, Key::PageDown),
        end,
        "no further than the end"
    );
    let up = press(&mut model, Key::Up);
    assert!(last_text_row(&up).contains("Baris ke-59."));
    assert_eq!(press(&mut model, Key::Home), top);
    assert_eq!(
        press(&mut model, Key::PageUp),
        top,
        "no further than the top"
    );
    for _ in 0..10 {
        press(&mut model, Key::PageDown);
    }
    assert_eq!(draw(&model, Lang::Id), end);
}

#[test]
fn the_privacy_page_reads_to_its_end_in_both_languages() {
    for lang in Lang::ALL {
        let mut model = reading(
            Screen::Home(HomeScreen::Privacy {
                scroll: Scroll::default(),
            }),
            "",
        );
        model.lang = lang;
        let m = Messages::new(lang);
        let last_words = m.text("privacy-limits");
        let last_word = last_words.split_whitespace().last().unwrap();
        key(&mut model, Key::End);
        let end = draw(&model, lang);
        assert!(last_text_row(&end).contains(last_word), "{end:#?}");
        assert!(!has(&end, &m.text("scroll-more-below")));
        key(&mut model, Key::Down);
        assert_eq!(draw(&model, lang), end);
    }
}

/// Not reading, but the same drawing: after Enter on a draft offered back, the
/// terminal's cursor is at the end of her words, before any key.
#[test]
fn a_draft_continued_has_the_cursor_where_she_types() {
    use langkah::domain::journal::Draft;
    let mut model = reading(Screen::Journal(JournalScreen::DraftOffer), "");
    let mut entry = model
        .her
        .journal
        .as_ref()
        .unwrap()
        .get(&LONG)
        .unwrap()
        .clone();
    entry.body = "Belum selesai ditulis".into();
    model.her.offered_drafts = vec![Draft {
        entry_id: None,
        entry,
    }];
    key(&mut model, Key::Enter);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let messages = Messages::new(Lang::Id);
    terminal
        .draw(|f| ui::draw(f, &model, &messages, &Theme::new(true)))
        .unwrap();
    let backend = terminal.backend();
    let rows: Vec<String> = (0..24)
        .map(|y| (0..80).map(|x| backend.buffer()[(x, y)].symbol()).collect())
        .collect();
    let row = rows
        .iter()
        .position(|r| r.contains("Belum selesai ditulis"))
        .unwrap();
    let col = rows[row].find("ditulis").unwrap() + "ditulis".len();
    // Box-drawing characters before it take three bytes each, one column.
    let col = rows[row][..col].chars().count();
    assert!(backend.cursor_visible());
    assert_eq!(
        backend.cursor_position(),
        ratatui::layout::Position::new(col as u16, row as u16)
    );
}
