//! The facilitator's screens: accounts, adding one, settings, and their questions.

use super::{DAY, HOUR, NOW, form, signed_in, user};
use langkah::app::model::{AccountLine, Confirm, Overlay, Purpose, Screen};
use langkah::app::model::{AdminConfirm, AdminScreen, HomeScreen};
use langkah::domain::{Role, Status};

fn account_rows() -> Vec<AccountLine> {
    vec![
        AccountLine {
            alias: "Bu Sari".to_string(),
            role: Role::Facilitator,
            status: Status::Active,
            last_login_at: Some(NOW - 2 * HOUR),
        },
        AccountLine {
            alias: "Melati".to_string(),
            role: Role::Participant,
            status: Status::Unclaimed,
            last_login_at: None,
        },
        AccountLine {
            alias: "Kak Dewi".to_string(),
            role: Role::Mentor,
            status: Status::Disabled,
            last_login_at: Some(NOW - 40 * DAY + 5 * HOUR),
        },
    ]
}

fn accounts() -> Screen {
    Screen::Admin(AdminScreen::Accounts {
        rows: account_rows(),
        selected: 1,
    })
}

#[test]
fn accounts_list() {
    let mut model = signed_in("Bu Sari", Role::Facilitator, accounts());
    snap!("accounts", &mut model);
}

#[test]
fn choose_role() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        Screen::Admin(AdminScreen::ChooseRole { selected: 1 }),
    );
    snap!("choose_role", &mut model);
}

#[test]
fn settings() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        Screen::Admin(AdminScreen::Settings { selected: 1 }),
    );
    snap!("settings", &mut model);
}

#[test]
fn settings_other_values() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        Screen::Admin(AdminScreen::Settings { selected: 2 }),
    );
    model.centre.auto_lock_minutes = 1;
    model.centre.show_names = true;
    snap!("settings_one_minute", &mut model);
}

#[test]
fn add_account() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        form(Purpose::AddAccount(Role::Mentor), &["Kak Dewi"], 0),
    );
    snap!("add_account_mentor", &mut model);
}

#[test]
fn confirm() {
    let mut model = signed_in("Bu Sari", Role::Facilitator, accounts());
    model.overlay = Some(Overlay::Confirm(Confirm::Admin(AdminConfirm::SetEnabled {
        alias: "Melati".to_string(),
        enabled: false,
    })));
    snap!("confirm_disable", &mut model);
    model.screen = Screen::Admin(AdminScreen::Accounts {
        rows: account_rows(),
        selected: 2,
    });
    model.overlay = Some(Overlay::Confirm(Confirm::Admin(AdminConfirm::SetEnabled {
        alias: "Kak Dewi".to_string(),
        enabled: true,
    })));
    snap!("confirm_enable", &mut model);
}

/// The longest alias allowed (32 characters) where an alias is shown.
#[test]
fn longest_alias() {
    let long = "Anggrek Bulan Putih dari Cianjur";
    assert_eq!(
        long.chars().count(),
        langkah::domain::account::ALIAS_MAX_CHARS
    );
    let mut model = signed_in(
        long,
        Role::Participant,
        Screen::Home(HomeScreen::Menu { selected: 0 }),
    );
    snap!("home_longest_alias", &mut model);

    model.her.user = user("Bu Sari", Role::Facilitator);
    let mut rows = account_rows();
    rows[1].alias = long.to_string();
    model.screen = Screen::Admin(AdminScreen::Accounts { rows, selected: 1 });
    model.overlay = Some(Overlay::Confirm(Confirm::Admin(AdminConfirm::SetEnabled {
        alias: long.to_string(),
        enabled: false,
    })));
    snap!("confirm_longest_alias", &mut model);
    model.overlay = None;
    snap!("accounts_longest_alias", &mut model);
}

/// `k` asks first, then says the old code no longer works.
#[test]
fn new_setup_code() {
    let mut model = signed_in("Bu Sari", Role::Facilitator, accounts());
    model.overlay = Some(Overlay::Confirm(Confirm::Admin(AdminConfirm::NewCode {
        alias: "Anggrek".to_string(),
    })));
    snap!("confirm_new_code", &mut model);
    model.overlay = None;
    langkah::app::update(
        &mut model,
        langkah::app::Action::Done(langkah::app::Outcome::Admin(
            langkah::app::effect::AdminOutcome::AccountAdded {
                alias: "Anggrek".to_string(),
                code: langkah::app::shown::Shown::new("7K2M-9QXR-4HWD".to_string()),
            },
        )),
    );
    snap!("new_setup_code", &mut model);
}
