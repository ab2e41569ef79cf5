//! What frames every screen or opens over it: help, the wait, notices, a terminal too small.

use super::{form, render, set_up, signed_in};
use langkah::app::model::{AuthScreen, HomeScreen};
use langkah::app::model::{Flow, Notice, Overlay, Purpose, Screen, Tone};
use langkah::app::shown::Shown;
use langkah::domain::Role;
use langkah::i18n::{Lang, Messages, Text};

#[test]
fn help_over_login() {
    let mut model = set_up();
    model.overlay = Some(Overlay::Help);
    snap!("help_login", &mut model);
}

#[test]
fn help_over_home() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        Screen::Home(HomeScreen::Menu { selected: 0 }),
    );
    model.overlay = Some(Overlay::Help);
    snap!("help_home", &mut model);
}

#[test]
fn help_over_form() {
    let mut model = set_up();
    model.screen = form(Purpose::Claim, &["Melati"], 1);
    model.overlay = Some(Overlay::Help);
    snap!("help_claim", &mut model);
}

#[test]
fn help_over_recovery_code() {
    let mut model = set_up();
    model.screen = Screen::Auth(AuthScreen::RecoveryCode {
        code: Shown::new("7K2M-9QXR-4HWD-PJ3T-8CVN-6FBL".to_string()),
        kept: false,
        flow: Flow::Recover,
    });
    model.overlay = Some(Overlay::Help);
    snap!("help_recovery_code", &mut model);
}

#[test]
fn busy() {
    let mut model = set_up();
    model.screen = form(Purpose::Login, &["Melati", "teh manis di pagi hari"], 1);
    model.busy = true;
    snap!("busy", &mut model);
}

#[test]
fn too_small() {
    let mut model = set_up();
    snap_sized!("too_small_79x24", &mut model, 79, 24);
    snap_sized!("too_small_60x20", &mut model, 60, 20);
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
