//! Home for each role, and the privacy page.

use super::{DAY, HOUR, NOW, signed_in};
use langkah::app::model::HomeScreen;
use langkah::app::model::{Notice, Screen, Tone};
use langkah::domain::Role;
use langkah::i18n::Text;

#[test]
fn home_participant() {
    let mut model = signed_in(
        "Melati",
        Role::Participant,
        Screen::Home(HomeScreen::Menu { selected: 0 }),
    );
    if let Some(user) = &mut model.her.user {
        user.failed_logins = vec![NOW - 3 * DAY, NOW - 26 * HOUR];
    }
    snap!("home_participant", &mut model);
}

#[test]
fn home_after_damage_was_found() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        Screen::Home(HomeScreen::Menu { selected: 0 }),
    );
    model.her.damage = langkah::app::model::Damage {
        unreadable: 2,
        returned: 1,
        unopened_messages: 1,
        mismatch_fixed: true,
    };
    snap!("home_damage", &mut model);
}

#[test]
fn home_mentor() {
    let mut model = signed_in(
        "Kak Dewi",
        Role::Mentor,
        Screen::Home(HomeScreen::Menu { selected: 1 }),
    );
    snap!("home_mentor", &mut model);
}

#[test]
fn home_facilitator() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        Screen::Home(HomeScreen::Menu { selected: 4 }),
    );
    snap!("home_facilitator", &mut model);
}

#[test]
fn home_facilitator_failed_logins() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        Screen::Home(HomeScreen::Menu { selected: 0 }),
    );
    if let Some(user) = &mut model.her.user {
        user.failed_logins = vec![NOW - 5 * HOUR];
    }
    model.notice = Some(Notice {
        text: Text::new("notice-passphrase-changed"),
        tone: Tone::Info,
    });
    snap!("home_facilitator_failed_logins", &mut model);
}

#[test]
fn privacy() {
    let mut model = signed_in(
        "Melati",
        Role::Participant,
        Screen::Home(HomeScreen::Privacy { scroll: 0 }),
    );
    snap!("privacy", &mut model);
    let mut model = signed_in(
        "Melati",
        Role::Participant,
        Screen::Home(HomeScreen::Privacy { scroll: 12 }),
    );
    snap!("privacy_scrolled", &mut model);
    // As far as the Down key goes (update caps the scroll at 40).
    let mut model = signed_in(
        "Melati",
        Role::Participant,
        Screen::Home(HomeScreen::Privacy { scroll: 40 }),
    );
    snap!("privacy_scrolled_to_end", &mut model);
}
