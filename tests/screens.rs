//! Every screen, drawn at the smallest supported size (80×24) in both
//! languages, kept as insta snapshots in `tests/snapshots/`. A changed screen
//! shows up as a readable diff; a message that lost a translation or an
//! argument shows up as a failed check on the rendered text.
//!
//! To accept new or changed screens after reading them:
//! `INSTA_UPDATE=always cargo test --test screens`.

use chrono::NaiveDate;
use langkah::app::Key;
use langkah::app::Moment;
use langkah::app::field::TextField;
use langkah::app::journal::{Editor, EditorField, Journal};
use langkah::app::model::{
    AccountRow, CentreSettings, Confirm, Flow, Form, Model, Notice, Overlay, Purpose, Screen, Tone,
    User,
};
use langkah::domain::journal::{CheckIn, Draft, Entry};
use langkah::domain::{Id, Role, Status};
use langkah::i18n::{Lang, Messages, Text};
use langkah::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use zeroize::Zeroizing;

/// 2026-11-23 08:00 UTC, a Monday; 15:00 in Jakarta (UTC+7).
const NOW: i64 = 1_795_420_800;
const HOUR: i64 = 3600;
const DAY: i64 = 24 * HOUR;

fn moment() -> Moment {
    Moment {
        unix: NOW,
        mono_ms: 0,
        utc_offset_secs: 7 * 3600,
    }
}

fn centre(show_names: bool) -> CentreSettings {
    CentreSettings {
        language: Lang::Id,
        auto_lock_minutes: 5,
        show_names,
        setup_code_hours: 72,
        currency: "Rp".into(),
    }
}

/// A centre that has been set up, on its login screen.
fn set_up() -> Model {
    Model::new(true, centre(false), vec![], moment())
}

fn typed(text: &str) -> TextField {
    let mut field = TextField::default();
    for c in text.chars() {
        assert!(field.edit(Key::Char(c)));
    }
    field
}

/// A form of `purpose` with `values` typed into its fields, in order.
fn form(purpose: Purpose, values: &[&str], focus: usize) -> Screen {
    let mut form = Form::new(purpose);
    assert!(values.len() <= form.fields.len(), "{purpose:?}");
    for (field, value) in form.fields.iter_mut().zip(values) {
        field.value = typed(value);
    }
    form.focus = focus;
    Screen::Form(form)
}

fn user(alias: &str, role: Role) -> Option<User> {
    Some(User {
        alias: alias.to_string(),
        role,
        failed_logins: vec![],
    })
}

/// Logged in as `role`, on `screen`.
fn signed_in(alias: &str, role: Role, screen: Screen) -> Model {
    let mut model = set_up();
    model.user = user(alias, role);
    model.screen = screen;
    model
}

fn account_rows() -> Vec<AccountRow> {
    vec![
        AccountRow {
            alias: "Bu Sari".to_string(),
            role: Role::Facilitator,
            status: Status::Active,
            last_login_at: Some(NOW - 2 * HOUR),
        },
        AccountRow {
            alias: "Melati".to_string(),
            role: Role::Participant,
            status: Status::Unclaimed,
            last_login_at: None,
        },
        AccountRow {
            alias: "Kak Dewi".to_string(),
            role: Role::Mentor,
            status: Status::Disabled,
            last_login_at: Some(NOW - 40 * DAY + 5 * HOUR),
        },
    ]
}

fn accounts() -> Screen {
    Screen::Accounts {
        rows: account_rows(),
        selected: 1,
    }
}

/// Draws `model` at `width`×`height` in `lang` and returns the screen as text.
fn render(model: &mut Model, lang: Lang, width: u16, height: u16) -> String {
    model.lang = lang;
    // The centre's main language follows, so the settings screen shows it too.
    model.centre.language = lang;
    let messages = Messages::new(lang);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| ui::draw(frame, model, &messages, &Theme::new(true)))
        .unwrap();
    let text = terminal.backend().to_string();
    check_words(&text);
    text
}

/// What Fluent and i18n-embed put on screen when a message or an argument is
/// missing: `{$name}` for an argument, `{id}` for a referenced message, and
/// `No localization for id: "…"` for a message the loader doesn't have.
fn check_words(text: &str) {
    for marker in ["{$", "{ $", "No localization", "Unknown localization"] {
        assert!(!text.contains(marker), "{marker:?} on screen:\n{text}");
    }
    // No message and none of the names used here has a brace.
    assert!(!text.contains('{'), "a brace on screen:\n{text}");
    // Isolation marks would mean `set_use_isolating(false)` was lost.
    assert!(
        !text.contains(['\u{2068}', '\u{2069}']),
        "isolation marks on screen:\n{text}"
    );
}

/// Snapshots the same model in both languages, as `<name>_id` and `<name>_en`.
fn snap(name: &str, model: &mut Model) {
    snap_sized(name, model, 80, 24);
}

fn snap_sized(name: &str, model: &mut Model, width: u16, height: u16) {
    for lang in Lang::ALL {
        let text = render(model, lang, width, height);
        insta::assert_snapshot!(format!("{name}_{}", lang.code()), text);
    }
}

#[test]
fn language() {
    let mut model = Model::new(false, centre(false), vec![], moment());
    assert!(matches!(model.screen, Screen::Language { selected: 0 }));
    snap("language", &mut model);
    model.screen = Screen::Language { selected: 1 };
    snap("language_english_selected", &mut model);
}

#[test]
fn login() {
    let mut model = set_up();
    model.screen = form(Purpose::Login, &["Melati", "teh manis"], 1);
    snap("login", &mut model);
}

#[test]
fn login_empty() {
    snap("login_empty", &mut set_up());
}

#[test]
fn login_waiting_after_wrong_tries() {
    let mut model = set_up();
    model.screen = form(Purpose::Login, &["Melati"], 1);
    model.wait_until_ms = Some(30_000);
    model.wait_alias = Some("melati".into());
    assert_eq!(model.wait_seconds(), Some(30));
    model.notice = Some(Notice {
        text: Text::new("err-wrong-credentials"),
        tone: Tone::Problem,
    });
    snap("login_wait", &mut model);
}

#[test]
fn login_with_names() {
    let names = ["Bu Sari", "Melati", "Kak Dewi", "Anggrek", "Rini Puspita"];
    let mut model = Model::new(
        true,
        centre(true),
        names.iter().map(|n| n.to_string()).collect(),
        moment(),
    );
    model.screen = form(Purpose::Login, &["Ang"], 0);
    snap("login_names", &mut model);
}

#[test]
fn wizard() {
    let mut model = Model::new(false, centre(false), vec![], moment());
    model.screen = form(
        Purpose::Wizard,
        &[
            "Rumah Belajar Melati",
            "Bu Sari",
            "teh manis di pagi hari",
            "teh manis",
        ],
        3,
    );
    snap("wizard", &mut model);
}

#[test]
fn first_participant() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        form(Purpose::FirstParticipant, &["Melati"], 0),
    );
    snap("first_participant", &mut model);
}

#[test]
fn claim() {
    let mut model = set_up();
    model.screen = form(
        Purpose::Claim,
        &["Melati", "ABCD-EFGH-JK12", "kopi susu sore"],
        2,
    );
    snap("claim", &mut model);
}

#[test]
fn recover() {
    let mut model = set_up();
    model.screen = form(
        Purpose::Recover,
        &["Melati", "7K2M-9QXR-4HWD-PJ3T-8CVN-6FBL"],
        1,
    );
    snap("recover", &mut model);
}

#[test]
fn change_passphrase() {
    let mut model = signed_in(
        "Melati",
        Role::Participant,
        form(
            Purpose::ChangePassphrase,
            &["teh manis di pagi hari", "kopi", "kopi susu"],
            2,
        ),
    );
    snap("change_passphrase", &mut model);
}

#[test]
fn add_account() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        form(Purpose::AddAccount(Role::Mentor), &["Kak Dewi"], 0),
    );
    snap("add_account_mentor", &mut model);
}

#[test]
fn secrets_are_masked() {
    let mut model = set_up();
    model.screen = form(
        Purpose::Claim,
        &[
            "Melati",
            "ABCD-EFGH-JK12",
            "kopi susu sore",
            "kopi susu sore",
        ],
        3,
    );
    for lang in Lang::ALL {
        let text = render(&mut model, lang, 80, 24);
        assert!(text.contains("[ Melati ]"), "{text}");
        assert!(!text.contains("ABCD") && !text.contains("kopi"), "{text}");
        assert!(text.contains(&format!("[ {} ]", "•".repeat(14))), "{text}");
    }
}

#[test]
fn recovery_code() {
    let code = || Zeroizing::new("7K2M-9QXR-4HWD-PJ3T-8CVN-6FBL".to_string());
    let mut model = Model::new(false, centre(false), vec![], moment());
    model.user = user("Bu Sari", Role::Facilitator);
    model.screen = Screen::RecoveryCode {
        code: code(),
        kept: false,
        flow: Flow::SetUp,
    };
    snap("recovery_code_set_up", &mut model);

    let mut model = signed_in(
        "Melati",
        Role::Participant,
        Screen::RecoveryCode {
            code: code(),
            kept: true,
            flow: Flow::ChangePassphrase,
        },
    );
    model.notice = Some(Notice {
        text: Text::new("notice-passphrase-changed"),
        tone: Tone::Info,
    });
    snap("recovery_code_changed", &mut model);
}

#[test]
fn recovery_code_not_ticked() {
    let mut model = set_up();
    model.screen = Screen::RecoveryCode {
        code: Zeroizing::new("7K2M-9QXR-4HWD-PJ3T-8CVN-6FBL".to_string()),
        kept: false,
        flow: Flow::Claim,
    };
    model.notice = Some(Notice {
        text: Text::new("notice-tick-first"),
        tone: Tone::Problem,
    });
    snap("recovery_code_tick_first", &mut model);
}

#[test]
fn setup_code() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        Screen::SetupCode {
            alias: "Melati".to_string(),
            code: Zeroizing::new("ABCD-EFGH-JK12".to_string()),
            in_wizard: false,
        },
    );
    snap("setup_code", &mut model);
}

#[test]
fn home_participant() {
    let mut model = signed_in("Melati", Role::Participant, Screen::Home { selected: 0 });
    if let Some(user) = &mut model.user {
        user.failed_logins = vec![NOW - 3 * DAY, NOW - 26 * HOUR];
    }
    snap("home_participant", &mut model);
}

#[test]
fn home_mentor() {
    let mut model = signed_in("Kak Dewi", Role::Mentor, Screen::Home { selected: 1 });
    snap("home_mentor", &mut model);
}

#[test]
fn home_facilitator() {
    let mut model = signed_in("Bu Sari", Role::Facilitator, Screen::Home { selected: 4 });
    snap("home_facilitator", &mut model);
}

#[test]
fn home_facilitator_failed_logins() {
    let mut model = signed_in("Bu Sari", Role::Facilitator, Screen::Home { selected: 0 });
    if let Some(user) = &mut model.user {
        user.failed_logins = vec![NOW - 5 * HOUR];
    }
    model.notice = Some(Notice {
        text: Text::new("notice-passphrase-changed"),
        tone: Tone::Info,
    });
    snap("home_facilitator_failed_logins", &mut model);
}

#[test]
fn accounts_list() {
    let mut model = signed_in("Bu Sari", Role::Facilitator, accounts());
    snap("accounts", &mut model);
}

#[test]
fn choose_role() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        Screen::ChooseRole { selected: 1 },
    );
    snap("choose_role", &mut model);
}

#[test]
fn settings() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        Screen::Settings { selected: 1 },
    );
    snap("settings", &mut model);
}

#[test]
fn privacy() {
    let mut model = signed_in("Melati", Role::Participant, Screen::Privacy { scroll: 0 });
    snap("privacy", &mut model);
    let mut model = signed_in("Melati", Role::Participant, Screen::Privacy { scroll: 12 });
    snap("privacy_scrolled", &mut model);
    // As far as the Down key goes (update caps the scroll at 40).
    let mut model = signed_in("Melati", Role::Participant, Screen::Privacy { scroll: 40 });
    snap("privacy_scrolled_to_end", &mut model);
}

#[test]
fn help_over_login() {
    let mut model = set_up();
    model.overlay = Some(Overlay::Help);
    snap("help_login", &mut model);
}

#[test]
fn help_over_home() {
    let mut model = signed_in("Bu Sari", Role::Facilitator, Screen::Home { selected: 0 });
    model.overlay = Some(Overlay::Help);
    snap("help_home", &mut model);
}

#[test]
fn help_over_form() {
    let mut model = set_up();
    model.screen = form(Purpose::Claim, &["Melati"], 1);
    model.overlay = Some(Overlay::Help);
    snap("help_claim", &mut model);
}

#[test]
fn help_over_recovery_code() {
    let mut model = set_up();
    model.screen = Screen::RecoveryCode {
        code: Zeroizing::new("7K2M-9QXR-4HWD-PJ3T-8CVN-6FBL".to_string()),
        kept: false,
        flow: Flow::Recover,
    };
    model.overlay = Some(Overlay::Help);
    snap("help_recovery_code", &mut model);
}

#[test]
fn confirm() {
    let mut model = signed_in("Bu Sari", Role::Facilitator, accounts());
    model.overlay = Some(Overlay::Confirm(Confirm::SetEnabled {
        alias: "Melati".to_string(),
        enabled: false,
    }));
    snap("confirm_disable", &mut model);
    model.screen = Screen::Accounts {
        rows: account_rows(),
        selected: 2,
    };
    model.overlay = Some(Overlay::Confirm(Confirm::SetEnabled {
        alias: "Kak Dewi".to_string(),
        enabled: true,
    }));
    snap("confirm_enable", &mut model);
}

#[test]
fn busy() {
    let mut model = set_up();
    model.screen = form(Purpose::Login, &["Melati", "teh manis di pagi hari"], 1);
    model.busy = true;
    snap("busy", &mut model);
}

#[test]
fn too_small() {
    let mut model = set_up();
    snap_sized("too_small_79x24", &mut model, 79, 24);
    snap_sized("too_small_60x20", &mut model, 60, 20);
}

/// The longest alias allowed (32 characters) where an alias is shown.
#[test]
fn longest_alias() {
    let long = "Anggrek Bulan Putih dari Cianjur";
    assert_eq!(
        long.chars().count(),
        langkah::domain::account::ALIAS_MAX_CHARS
    );
    let mut model = signed_in(long, Role::Participant, Screen::Home { selected: 0 });
    snap("home_longest_alias", &mut model);

    model.user = user("Bu Sari", Role::Facilitator);
    let mut rows = account_rows();
    rows[1].alias = long.to_string();
    model.screen = Screen::Accounts { rows, selected: 1 };
    model.overlay = Some(Overlay::Confirm(Confirm::SetEnabled {
        alias: long.to_string(),
        enabled: false,
    }));
    snap("confirm_longest_alias", &mut model);
    model.overlay = None;
    snap("accounts_longest_alias", &mut model);
}

#[test]
fn settings_other_values() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        Screen::Settings { selected: 2 },
    );
    model.centre.auto_lock_minutes = 1;
    model.centre.show_names = true;
    snap("settings_one_minute", &mut model);
}

/// A passphrase longer than the field is wide, and the longest alias in the
/// list of names.
#[test]
fn long_values_on_login() {
    let long = "Anggrek Bulan Putih dari Cianjur";
    let mut model = Model::new(
        true,
        centre(true),
        vec!["Melati".to_string(), long.to_string()],
        moment(),
    );
    model.screen = form(
        Purpose::Login,
        &[
            long,
            "teh manis di pagi hari bersama keluarga di rumah nenek",
        ],
        1,
    );
    snap("login_long_values", &mut model);
}

/// Every problem or notice she can be shown fits the two notice lines, whole.
#[test]
fn every_notice_fits() {
    let ftl = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/locales/en/langkah.ftl"
    ))
    .unwrap();
    let ids: Vec<&'static str> = ftl
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id.trim()))
        .filter(|id| id.starts_with("err-") || id.starts_with("notice-"))
        .map(|id| &*String::leak(id.to_string()))
        .collect();
    assert!(ids.len() > 30, "{ids:?}");
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut cut = vec![];
    for lang in Lang::ALL {
        let messages = Messages::new(lang);
        for id in &ids {
            let text = Text::with(id, vec![("seconds", "30".to_string())]);
            let wanted = words(&text.render(&messages));
            let mut model = set_up();
            model.notice = Some(Notice {
                text,
                tone: Tone::Problem,
            });
            let screen = render(&mut model, lang, 80, 24);
            // Rows 20 and 21 are the notice's (header 1, body 19, notice 2).
            let shown: Vec<&str> = screen.lines().skip(20).take(2).collect();
            let shown = words(&shown.join(" ").replace('"', " "));
            if shown != words(&wanted.replace('"', " ")) {
                cut.push(format!("{}: {id}: {shown:?}", lang.code()));
            }
        }
    }
    assert!(cut.is_empty(), "notices cut short:\n{}", cut.join("\n"));
}

// The journal (participants only).

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

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
    model.journal = Some(Journal::new(entries, false));
    model
}

fn journal_mut(model: &mut Model) -> &mut Journal {
    model.journal.as_mut().unwrap()
}

#[test]
fn home_participant_on_this_day() {
    let mut model = journal_model(Screen::Home { selected: 2 }, entries());
    snap("home_participant_on_this_day", &mut model);
}

#[test]
fn journal_list() {
    let mut model = journal_model(Screen::Journal, entries());
    journal_mut(&mut model).selected = 1;
    snap("journal", &mut model);
}

#[test]
fn journal_search() {
    let mut model = journal_model(Screen::Journal, entries());
    let journal = journal_mut(&mut model);
    journal.searching = true;
    journal.query = typed("pasar");
    journal.refresh();
    assert_eq!(journal.visible_len(), 2);
    snap("journal_search", &mut model);
}

#[test]
fn journal_filtered_to_nothing() {
    let mut model = journal_model(Screen::Journal, entries());
    model.period = 1;
    let journal = journal_mut(&mut model);
    journal.filter.tag = Some("keluarga".to_string());
    journal.filter.mood = Some(5);
    journal.filter.from = Some(day(2026, 11, 17));
    journal.refresh();
    assert_eq!(journal.visible_len(), 0);
    snap("journal_no_match", &mut model);
}

#[test]
fn journal_empty() {
    let mut model = journal_model(Screen::Journal, vec![]);
    snap("journal_empty", &mut model);
}

#[test]
fn read_entry() {
    let mut model = journal_model(
        Screen::Read {
            id: MARKET,
            scroll: 0,
        },
        entries(),
    );
    snap("read", &mut model);
    model.overlay = Some(Overlay::Confirm(Confirm::DeleteEntry { id: MARKET }));
    snap("confirm_delete_entry", &mut model);
}

#[test]
fn editor_new_with_prompt() {
    let mut model = journal_model(Screen::Editor, entries());
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
    model.editor = Some(editor);
    snap("editor_new", &mut model);
    model.overlay = Some(Overlay::Confirm(Confirm::LeaveEditor));
    snap("confirm_leave_editor", &mut model);
}

#[test]
fn editor_change_entry() {
    let mut model = journal_model(Screen::Editor, entries());
    let mut editor = Editor::from_entry(Some(MARKET), &market_day(), 0);
    editor.focus = EditorField::Hope;
    model.editor = Some(editor);
    snap("editor_edit", &mut model);
}

#[test]
fn editor_empty() {
    let mut model = journal_model(Screen::Editor, entries());
    let mut editor = Editor::new_entry(day(2026, 11, 23), NOW, None, 0);
    editor.focus = EditorField::Title;
    model.editor = Some(editor);
    snap("editor_empty", &mut model);
}

#[test]
fn prompts() {
    let mut model = journal_model(
        Screen::Prompts {
            set: None,
            selected: 2,
        },
        entries(),
    );
    snap("prompts", &mut model);
    journal_mut(&mut model).reflection_prompts = true;
    model.screen = Screen::Prompts {
        set: Some(5),
        selected: 0,
    };
    snap("prompts_reflection", &mut model);
}

#[test]
fn filters() {
    let mut model = journal_model(Screen::Filters { selected: 1 }, entries());
    model.period = 2;
    let journal = journal_mut(&mut model);
    journal.filter.tag = Some("usaha".to_string());
    journal.filter.mood = Some(4);
    journal.filter.from = Some(day(2026, 10, 25));
    journal.refresh();
    snap("filters", &mut model);
}

#[test]
fn chart() {
    let mut model = journal_model(Screen::Chart { days: 30 }, entries());
    snap("chart_30", &mut model);
    model.screen = Screen::Chart { days: 90 };
    snap("chart_90", &mut model);
}

#[test]
fn draft_offer() {
    let mut model = journal_model(Screen::DraftOffer, entries());
    model.offered_drafts = vec![Draft {
        entry_id: None,
        entry: entry(
            day(2026, 11, 22),
            "",
            "Tadi malam aku berpikir tentang rencana warung kecil di depan rumah",
            &[],
            None,
        ),
    }];
    snap("draft_offer", &mut model);
    model.overlay = Some(Overlay::Confirm(Confirm::DiscardDraft));
    snap("confirm_discard_draft", &mut model);
}

#[test]
fn help_over_journal() {
    let mut model = journal_model(Screen::Journal, entries());
    model.overlay = Some(Overlay::Help);
    snap("help_journal", &mut model);
    model.screen = Screen::Editor;
    model.editor = Some(Editor::new_entry(day(2026, 11, 23), NOW, None, 0));
    snap("help_editor", &mut model);
}

/// A savings goal with four deposits and one withdrawal, and a business plan
/// linked to it with two steps and a few logged days.
fn with_goals(screen: Screen) -> (Model, Id, Id) {
    use langkah::domain::goals::{
        BusinessGoal, BusinessStatus, DayLog, Milestone, Movement, SavingsGoal,
    };
    let saving_id = Id([1; 16]);
    let plan_id = Id([2; 16]);
    let movement = |d, amount, note: &str| Movement {
        amount,
        date: d,
        note: note.into(),
    };
    let saving = SavingsGoal {
        name: "Gerobak gorengan".into(),
        target: 1_500_000,
        target_date: Some(day(2027, 1, 31)),
        why: "Supaya bisa jualan sendiri di terminal".into(),
        movements: vec![
            movement(day(2026, 11, 1), 200_000, "dari jahitan"),
            movement(day(2026, 11, 8), 150_000, ""),
            movement(day(2026, 11, 12), -50_000, "obat anak"),
            movement(day(2026, 11, 15), 250_000, "arisan"),
            movement(day(2026, 11, 22), 100_000, ""),
        ],
        archived: false,
        created_at: NOW - 30 * DAY,
    };
    let plan = BusinessGoal {
        what: "Gorengan".into(),
        for_whom: "Penumpang bus".into(),
        place: "Terminal Kampung Rambutan".into(),
        capital_needed: 1_500_000,
        monthly_costs: 200_000,
        milestones: vec![
            Milestone {
                text: "Belajar resep bakwan".into(),
                done: true,
                date: None,
            },
            Milestone {
                text: "Hari pertama jualan".into(),
                done: false,
                date: Some(day(2026, 12, 1)),
            },
        ],
        status: BusinessStatus::Preparing,
        capital_goal: Some(saving_id),
        log: vec![
            DayLog {
                date: day(2026, 11, 16),
                sales: 120_000,
                expenses: 70_000,
            },
            DayLog {
                date: day(2026, 11, 20),
                sales: 150_000,
                expenses: 60_000,
            },
            DayLog {
                date: day(2026, 11, 23),
                sales: 90_000,
                expenses: 100_000,
            },
        ],
        archived: false,
        created_at: NOW - 20 * DAY,
    };
    let mut model = signed_in("Melati", Role::Participant, screen);
    model.goals = Some(langkah::app::goals::Goals::new(
        vec![(saving_id, saving)],
        vec![(plan_id, plan)],
    ));
    (model, saving_id, plan_id)
}

#[test]
fn goals_overview() {
    let (mut model, ..) = with_goals(Screen::Goals { selected: 1 });
    snap("goals", &mut model);
    model.goals = Some(Default::default());
    snap("goals_empty", &mut model);
}

#[test]
fn savings_goal() {
    let (mut model, saving, _) = with_goals(Screen::Home { selected: 0 });
    model.screen = Screen::Saving { id: saving };
    snap("saving", &mut model);
    let goals = model.goals.as_mut().unwrap();
    goals.savings[0].1.movements.truncate(1);
    snap("saving_too_early", &mut model);
}

#[test]
fn business_plan() {
    let (mut model, _, plan) = with_goals(Screen::Home { selected: 0 });
    model.screen = Screen::Plan {
        id: plan,
        selected: 1,
    };
    snap("plan", &mut model);
    let goals = model.goals.as_mut().unwrap();
    goals.business[0].1.milestones.clear();
    goals.business[0].1.log.clear();
    goals.business[0].1.capital_goal = None;
    snap("plan_empty", &mut model);
}

#[test]
fn goal_forms() {
    let (mut model, saving, plan) = with_goals(Screen::Home { selected: 0 });
    let forms = [
        (
            "goal_new_savings",
            Purpose::NewSavingsGoal,
            vec!["Sepatu sekolah", "300rb"],
        ),
        (
            "goal_deposit",
            Purpose::Movement {
                goal: saving,
                withdraw: false,
            },
            vec!["50rb"],
        ),
        (
            "goal_withdraw",
            Purpose::Movement {
                goal: saving,
                withdraw: true,
            },
            vec!["20.000", "", "ongkos"],
        ),
        (
            "goal_new_business",
            Purpose::NewBusinessGoal,
            vec!["Pulsa", "Tetangga", "Rumah", "2 juta", "50rb"],
        ),
        (
            "goal_milestone",
            Purpose::NewMilestone(plan),
            vec!["Urus izin"],
        ),
        (
            "goal_log_day",
            Purpose::LogDay(plan),
            vec!["", "150rb", "60rb"],
        ),
    ];
    for (name, purpose, values) in forms {
        model.screen = form(purpose, &values, 0);
        snap(name, &mut model);
    }
}

#[test]
fn goal_confirm_and_home_summary() {
    let (mut model, saving, _) = with_goals(Screen::Goals { selected: 0 });
    model.overlay = Some(Overlay::Confirm(Confirm::DeleteGoal { id: saving }));
    snap("confirm_delete_goal", &mut model);
    model.overlay = None;
    model.screen = Screen::Home { selected: 0 };
    snap("home_participant_goals", &mut model);
}
