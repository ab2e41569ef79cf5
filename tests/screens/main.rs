//! Every screen, drawn at the smallest supported size (80×24) in both
//! languages, kept as insta snapshots in `tests/snapshots/`. A changed screen
//! shows up as a readable diff; a message that lost a translation or an
//! argument shows up as a failed check on the rendered text.
//!
//! To accept new or changed screens after reading them:
//! `INSTA_UPDATE=always cargo test --test screens`.
//!
//! One module per feature, as in `src/ui/`; this file holds what they share.

/// Snapshots the same model in both languages, as `<name>_id` and `<name>_en`.
/// A macro, so that insta names the files after the calling module
/// (`screens__journal__read_id.snap`); they all stay in `tests/snapshots/`.
macro_rules! snap {
    ($name:expr, $model:expr) => {
        snap_sized!($name, $model, 80, 24)
    };
}

macro_rules! snap_sized {
    ($name:expr, $model:expr, $width:expr, $height:expr) => {
        for lang in langkah::i18n::Lang::ALL {
            let text = $crate::render($model, lang, $width, $height);
            insta::with_settings!({ snapshot_path => "../snapshots" }, {
                insta::assert_snapshot!(format!("{}_{}", $name, lang.code()), text);
            });
        }
    };
}

mod admin;
mod auth;
mod chrome;
mod goals;
mod home;
mod journal;

use chrono::NaiveDate;
use langkah::app::Key;
use langkah::app::Moment;
use langkah::app::field::TextField;
use langkah::app::model::{CentreSettings, Form, Model, Purpose, Screen, User};
use langkah::domain::Role;
use langkah::i18n::{Lang, Messages};
use langkah::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

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
        name: "Rumah Harapan".into(),
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
    model.her.user = user(alias, role);
    model.screen = screen;
    model
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

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// What a glance reveals: no stored screen names her role in the header (only a
/// facilitator's is named), and no home screen shows an amount.
#[test]
fn no_role_word_in_her_header_and_no_amount_at_home() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut problems = vec![];
    for file in std::fs::read_dir(&dir).unwrap() {
        let path = file.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.starts_with("screens__") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let header = text.lines().find(|l| l.starts_with("\" Langkah"));
        for role in ["(peserta)", "(pendamping)", "(participant)", "(mentor)"] {
            if header.is_some_and(|h| h.contains(role)) {
                problems.push(format!("{name}: {role} in the header"));
            }
        }
        if name.contains("home") && text.contains("Rp") {
            problems.push(format!("{name}: an amount on the home screen"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
