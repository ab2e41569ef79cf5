//! The app's flows without a terminal. The first tests drive the pure `update`
//! alone, feeding it the outcomes an executor would report: no disk, no clock.
//! The later ones put the real executor and a vault in a temp folder behind it,
//! with a fake clock, and type keys the way she would.

mod common;

use common::app::*;
use langkah::app::auth::forms;
use langkah::app::effect::{
    AdminEffect, AdminOutcome, AuthEffect, AuthOutcome, Effect, JournalEffect, Outcome, Shown,
};
use langkah::app::journal::EditorField;
use langkah::app::journal::screen::CameFrom;
use langkah::app::model::{AdminScreen, AuthScreen, HomeScreen, JournalScreen};
use langkah::app::model::{Flow, MenuItem, Purpose, Screen, Tone, User};
use langkah::app::{Action, Key, Model, update};
use langkah::domain::Role;
use langkah::i18n::{Lang, Text};
use zeroize::Zeroizing;

/// The editor opened from her home's first item.
const HOME: CameFrom = CameFrom::Home { prompt: false };

fn logged_in(role: Role) -> Outcome {
    Outcome::Auth(AuthOutcome::LoggedIn {
        user: User {
            alias: "Melati".into(),
            role,
            failed_logins: vec![],
        },
        language: None,
        damage: Default::default(),
    })
}

fn at_home(role: Role) -> Model {
    let mut model = Model::new(true, centre(), vec![], moment(NOW, 0));
    type_text(&mut model, "Melati");
    key(&mut model, Key::Enter);
    type_text(&mut model, "bunga melati putih");
    let effects = key(&mut model, Key::Enter);
    assert!(
        matches!(effects.as_slice(), [Effect::Auth(AuthEffect::Unlock { alias, .. })] if alias == "Melati")
    );
    update(&mut model, Action::Done(logged_in(role)));
    assert_eq!(model.screen, Screen::Home(HomeScreen::Menu { selected: 0 }));
    model
}

#[test]
fn wizard_checks_the_passphrase_then_sets_up_after_the_code_is_kept() {
    let mut model = Model::new(false, centre(), vec![], moment(NOW, 0));
    assert_eq!(
        model.screen,
        Screen::Auth(AuthScreen::Language { selected: 0 })
    );
    key(&mut model, Key::Down);
    assert_eq!(model.lang, Lang::En, "the choice shows at once");
    key(&mut model, Key::Up);
    key(&mut model, Key::Enter);
    assert_eq!(form(&model).purpose, Purpose::Wizard);
    assert_eq!(model.lang, Lang::Id);

    type_text(&mut model, "Rumah Harapan");
    key(&mut model, Key::Enter);
    type_text(&mut model, "Sari");
    key(&mut model, Key::Enter);
    type_text(&mut model, "pendek");
    key(&mut model, Key::Enter);
    type_text(&mut model, "pendek");
    assert!(key(&mut model, Key::Enter).is_empty());
    assert_eq!(notice_id(&model), Some("err-passphrase-too-short"));
    assert_eq!(form(&model).focus, 2, "back to the first passphrase field");
    assert!(form(&model).fields[2].value.is_empty());
    assert!(form(&model).fields[3].value.is_empty());
    assert_eq!(
        form(&model).text(&forms::YOUR_ALIAS),
        "Sari",
        "the rest is kept"
    );

    type_text(&mut model, "teh manis di pagi hari");
    key(&mut model, Key::Enter);
    type_text(&mut model, "teh manis di sore hari");
    assert!(key(&mut model, Key::Enter).is_empty());
    assert_eq!(notice_id(&model), Some("err-passphrases-differ"));

    type_text(&mut model, "teh manis di pagi hari");
    key(&mut model, Key::Enter);
    type_text(&mut model, "teh manis di pagi hari");
    let effects = key(&mut model, Key::Enter);
    assert!(matches!(
        effects.as_slice(),
        [Effect::Auth(AuthEffect::SetUp { centre, alias, lang: Lang::Id, .. })] if centre == "Rumah Harapan" && alias == "Sari"
    ));
    assert!(model.busy);

    update(
        &mut model,
        Action::Done(Outcome::Auth(AuthOutcome::CodeToKeep(Shown(
            Zeroizing::new("AAAA-BBBB".into()),
        )))),
    );
    assert!(matches!(
        model.screen,
        Screen::Auth(AuthScreen::RecoveryCode {
            kept: false,
            flow: Flow::SetUp,
            ..
        })
    ));
    assert!(
        key(&mut model, Key::Enter).is_empty(),
        "not without the tick"
    );
    assert_eq!(notice_id(&model), Some("notice-tick-first"));
    key(&mut model, Key::Char(' '));
    assert!(matches!(
        key(&mut model, Key::Enter).as_slice(),
        [Effect::Auth(AuthEffect::Commit)]
    ));

    update(&mut model, Action::Done(logged_in(Role::Facilitator)));
    assert!(model.set_up);
    assert_eq!(form(&model).purpose, Purpose::FirstParticipant);
    type_text(&mut model, "Melati");
    assert!(matches!(
        key(&mut model, Key::Enter).as_slice(),
        [Effect::Admin(AdminEffect::AddAccount { role: Role::Participant, alias })] if alias == "Melati"
    ));
    update(
        &mut model,
        Action::Done(Outcome::Admin(AdminOutcome::AccountAdded {
            alias: "Melati".into(),
            code: Shown::new("ABCD-EFGH-JK12".into()),
        })),
    );
    assert!(matches!(
        model.screen,
        Screen::Admin(AdminScreen::SetupCode {
            in_wizard: true,
            ..
        })
    ));
    key(&mut model, Key::Enter);
    assert_eq!(model.screen, Screen::Home(HomeScreen::Menu { selected: 0 }));
}

#[test]
fn going_back_from_the_recovery_code_forgets_the_new_keys() {
    let mut model = at_home(Role::Participant);
    select(&mut model, MenuItem::ChangePassphrase);
    let effects = key(&mut model, Key::Enter);
    // The form asks for a passphrase to suggest, avoiding her own alias.
    assert!(matches!(
        effects.as_slice(),
        [Effect::Auth(AuthEffect::Suggest { known, lang: Lang::Id })] if known.iter().any(|k| k == "Melati")
    ));
    assert_eq!(form(&model).purpose, Purpose::ChangePassphrase);
    type_text(&mut model, "bunga melati putih");
    key(&mut model, Key::Enter);
    type_text(&mut model, "senja di pantai utara");
    key(&mut model, Key::Enter);
    type_text(&mut model, "senja di pantai utara");
    assert!(matches!(
        key(&mut model, Key::Enter).as_slice(),
        [Effect::Auth(AuthEffect::ChangePassphrase { .. })]
    ));
    update(
        &mut model,
        Action::Done(Outcome::Auth(AuthOutcome::CodeToKeep(Shown(
            Zeroizing::new("CODE".into()),
        )))),
    );
    assert!(matches!(
        key(&mut model, Key::Esc).as_slice(),
        [
            Effect::Auth(AuthEffect::CancelPending),
            Effect::Auth(AuthEffect::Suggest { .. })
        ]
    ));
    assert_eq!(form(&model).purpose, Purpose::ChangePassphrase);
    assert!(form(&model).is_blank());
}

#[test]
fn a_wrong_passphrase_with_a_delay_shows_a_countdown_and_waits() {
    let mut model = Model::new(true, centre(), vec![], moment(NOW, 1_000));
    type_text(&mut model, "Melati");
    key(&mut model, Key::Tab);
    type_text(&mut model, "salah");
    assert_eq!(key(&mut model, Key::Enter).len(), 1);
    assert!(form(&model).fields[1].value.is_empty(), "passphrase wiped");
    update(
        &mut model,
        Action::Done(Outcome::Refused {
            text: Text::with("err-wrong-credentials-wait", vec![("seconds", "30".into())]),
            wait_seconds: Some(30),
        }),
    );
    assert_eq!(model.notice.as_ref().unwrap().tone, Tone::Problem);
    assert_eq!(model.wait_seconds(), Some(30));

    update(&mut model, Action::Tick(moment(NOW + 10, 11_000)));
    assert_eq!(model.wait_seconds(), Some(20), "the countdown moves");
    type_text(&mut model, "bunga melati putih");
    assert!(
        key(&mut model, Key::Enter).is_empty(),
        "no try while waiting"
    );

    update(&mut model, Action::Tick(moment(NOW + 31, 32_000)));
    assert_eq!(model.wait_seconds(), None);
    let effects = key(&mut model, Key::Enter);
    assert!(
        matches!(effects.as_slice(), [Effect::Auth(AuthEffect::Unlock { alias, .. })] if alias == "Melati")
    );
}

#[test]
fn forgot_and_first_login_lead_to_their_forms_and_back() {
    let mut model = Model::new(true, centre(), vec![], moment(NOW, 0));
    key(&mut model, Key::F(3));
    assert_eq!(form(&model).purpose, Purpose::Recover);
    key(&mut model, Key::Esc);
    assert_eq!(form(&model).purpose, Purpose::Login);
    key(&mut model, Key::F(4));
    assert_eq!(form(&model).purpose, Purpose::Claim);
    key(&mut model, Key::Esc);
    key(&mut model, Key::F(2));
    assert_eq!(model.lang, Lang::En, "language switch on the login screen");
    type_text(&mut model, "?");
    assert_eq!(
        form(&model).text(&forms::ALIAS),
        "?",
        "? is text in a field, not help"
    );
    assert!(model.overlay.is_none());
}

#[test]
fn quick_hide_wipes_everything_from_any_screen() {
    for hide in [Key::F(12), Key::Ctrl('g')] {
        let mut model = at_home(Role::Facilitator);
        key(&mut model, Key::F(1));
        assert!(model.overlay.is_some());
        let effects = key(&mut model, hide);
        assert!(matches!(effects.as_slice(), [Effect::Lock]));
        assert_eq!(model.her.user, None);
        assert_eq!(model.overlay, None);
        assert!(form(&model).is_blank());
        assert_eq!(form(&model).purpose, Purpose::Login);
        assert!(!model.quit);

        // From the passphrase prompt, half typed.
        type_text(&mut model, "Melati");
        key(&mut model, Key::Tab);
        type_text(&mut model, "bunga mel");
        assert!(matches!(key(&mut model, hide).as_slice(), [Effect::Lock]));
        assert!(form(&model).is_blank());
    }
}

#[test]
fn quick_hide_during_a_recovery_code_drops_the_pending_keys() {
    let mut model = Model::new(true, centre(), vec![], moment(NOW, 0));
    key(&mut model, Key::F(4));
    update(
        &mut model,
        Action::Done(Outcome::Auth(AuthOutcome::CodeToKeep(Shown(
            Zeroizing::new("CODE".into()),
        )))),
    );
    assert!(matches!(
        key(&mut model, Key::F(12)).as_slice(),
        [Effect::Lock]
    ));
    assert_eq!(form(&model).purpose, Purpose::Login);
}

#[test]
fn f10_locks_and_quits() {
    let mut model = at_home(Role::Participant);
    assert!(matches!(
        key(&mut model, Key::F(10)).as_slice(),
        [Effect::Lock]
    ));
    assert!(model.quit);
    assert_eq!(model.her.user, None);
}

#[test]
fn auto_lock_after_the_idle_minutes_by_either_clock() {
    // Monotonic time passes: locks at exactly five minutes, not before.
    let mut model = at_home(Role::Participant);
    assert!(update(&mut model, Action::Tick(moment(NOW + 299, 299_000))).is_empty());
    assert!(model.her.user.is_some());
    let effects = update(&mut model, Action::Tick(moment(NOW + 300, 300_000)));
    assert!(matches!(effects.as_slice(), [Effect::Lock]));
    assert_eq!(model.her.user, None);

    // The PC slept: the monotonic clock barely moved, the wall clock jumped.
    let mut model = at_home(Role::Participant);
    let effects = update(&mut model, Action::Tick(moment(NOW + 3600, 1_000)));
    assert!(matches!(effects.as_slice(), [Effect::Lock]));

    // A wall clock set back doesn't keep it open: the monotonic clock still counts.
    let mut model = at_home(Role::Participant);
    let effects = update(&mut model, Action::Tick(moment(NOW - 86_400, 300_000)));
    assert!(matches!(effects.as_slice(), [Effect::Lock]));

    // Input resets the timer.
    let mut model = at_home(Role::Participant);
    model.now = moment(NOW + 200, 200_000);
    key(&mut model, Key::Down);
    assert!(update(&mut model, Action::Tick(moment(NOW + 400, 400_000))).is_empty());

    // The empty login screen has nothing to lock.
    let mut model = Model::new(true, centre(), vec![], moment(NOW, 0));
    assert!(update(&mut model, Action::Tick(moment(NOW + 3600, 3_600_000))).is_empty());
}

#[test]
fn auto_lock_follows_the_centre_setting() {
    let mut model = at_home(Role::Participant);
    model.centre.auto_lock_minutes = 1;
    let effects = update(&mut model, Action::Tick(moment(NOW + 60, 60_000)));
    assert!(matches!(effects.as_slice(), [Effect::Lock]));
}

#[test]
fn switching_off_an_account_asks_first() {
    let mut model = at_home(Role::Facilitator);
    let effects = key(&mut model, Key::Enter);
    assert!(matches!(
        effects.as_slice(),
        [Effect::Admin(AdminEffect::ListAccounts)]
    ));
    let rows = vec![langkah::app::model::AccountLine {
        alias: "Melati".into(),
        role: Role::Participant,
        status: langkah::domain::Status::Active,
        last_login_at: None,
    }];
    update(
        &mut model,
        Action::Done(Outcome::Admin(AdminOutcome::Accounts(rows))),
    );
    assert!(key(&mut model, Key::Char('s')).is_empty());
    assert!(model.overlay.is_some());
    assert!(key(&mut model, Key::Char('n')).is_empty(), "no: nothing");
    assert!(model.overlay.is_none());
    key(&mut model, Key::Char('s'));
    let effects = key(&mut model, Key::Char('y'));
    assert!(matches!(
        effects.as_slice(),
        [Effect::Admin(AdminEffect::SetEnabled { alias, enabled: false })] if alias == "Melati"
    ));
}

#[test]
fn the_whole_first_run_then_her_first_login() {
    let mut app = App::new();
    let code = app.set_up();
    assert!(app.exec.is_set_up());
    assert!(!app.exec.holds_keys(), "quick hide dropped the keys");

    app.press(Key::F(4));
    app.fill(&["Melati", &code, "bunga melati putih", "bunga melati putih"]);
    let recovery = app.keep_code();
    assert_eq!(recovery.len(), 29);
    assert_eq!(app.user().unwrap().role, Role::Participant);
    assert_eq!(
        app.model.screen,
        Screen::Home(HomeScreen::Menu { selected: 0 })
    );

    app.press(Key::Ctrl('g'));
    assert!(!app.exec.holds_keys());
    app.login("Melati", "bunga melati putih");
    assert_eq!(app.user().unwrap().alias, "Melati");

    // The setup code was single-use.
    app.press(Key::F(12));
    app.press(Key::F(4));
    app.fill(&["Melati", &code, "bunga lain sekali", "bunga lain sekali"]);
    assert_eq!(app.user(), None);
    assert_eq!(notice_id(&app.model), Some("err-wrong-setup-code"));
    let Screen::Form(form) = &app.model.screen else {
        panic!("the claim form stays");
    };
    assert_eq!(
        form.focus, 1,
        "back on the code, kept to compare with her paper"
    );
    assert_eq!(form.fields[1].value.text(), code);
}

#[test]
fn unknown_alias_and_wrong_passphrase_look_the_same_and_are_reported_later() {
    let mut app = App::new();
    app.set_up();
    app.login("Sari", "bukan kata sandinya");
    let wrong = app.model.notice.clone();
    app.press(Key::Esc);
    for _ in 0..form(&app.model).fields.len() {
        while !form(&app.model).fields[form(&app.model).focus]
            .value
            .is_empty()
        {
            app.press(Key::Backspace);
        }
        app.press(Key::Tab);
    }
    app.login("Tidak Ada", "bukan kata sandinya");
    assert_eq!(app.model.notice, wrong);
    assert_eq!(wrong.unwrap().text.id, "err-wrong-credentials");

    // Sari is told at her next login.
    let mut app2 = app;
    app2.model = Model::new(true, app2.exec.centre_settings(), vec![], moment(NOW, 0));
    app2.login("Sari", "teh manis di pagi hari");
    assert_eq!(app2.user().unwrap().failed_logins.len(), 1);
}

#[test]
fn after_five_free_tries_the_wait_is_counted_down() {
    let mut app = App::new();
    app.set_up();
    for _ in 0..6 {
        app.model = Model::new(true, app.exec.centre_settings(), vec![], moment(NOW, 0));
        app.login("Sari", "bukan kata sandinya");
    }
    // The notice says what happened; the countdown below it says how long,
    // and the clock's ticks count it down.
    assert_eq!(notice_id(&app.model), Some("err-wrong-credentials-paused"));
    assert_eq!(app.model.wait_seconds(), Some(30));
    app.wait(12);
    assert_eq!(app.model.wait_seconds(), Some(18));
    // Until the wait is over, Enter tries nothing and says nothing more:
    // what she typed stays for when it is.
    app.type_text("teh manis di pagi hari");
    app.press(Key::Enter);
    assert_eq!(app.user(), None);
    assert_eq!(notice_id(&app.model), None, "no second warning");
    assert_eq!(app.model.wait_seconds(), Some(18), "the countdown says it");
    assert_eq!(
        form(&app.model).text(&forms::PASSPHRASE),
        "teh manis di pagi hari"
    );
    assert_eq!(form(&app.model).focus, 1);
    // When the wait is over, nothing on screen still says to wait, and Enter
    // tries what she typed.
    app.wait(18);
    assert_eq!(app.model.wait_seconds(), None);
    assert_eq!(notice_id(&app.model), None);
    app.press(Key::Enter);
    assert_eq!(app.user().unwrap().alias, "Sari");
}

#[test]
fn recovery_with_the_code_and_a_passphrase_change_rotate_the_keys() {
    let mut app = App::new();
    let code = app.set_up();
    app.press(Key::F(4));
    app.fill(&["Melati", &code, "bunga melati putih", "bunga melati putih"]);
    let first_recovery = app.keep_code();

    // Change passphrase from her home menu.
    select(&mut app.model, MenuItem::ChangePassphrase);
    app.press(Key::Enter);
    app.fill(&[
        "bunga melati putih",
        "senja di pantai utara",
        "senja di pantai utara",
    ]);
    let second_recovery = app.keep_code();
    assert_ne!(first_recovery, second_recovery);
    assert_eq!(notice_id(&app.model), Some("notice-passphrase-changed"));
    app.press(Key::F(12));
    app.login("Melati", "bunga melati putih");
    assert_eq!(app.user(), None, "the old passphrase opens nothing");

    // Forgot it: the old recovery code is refused, the new one works.
    app.model = Model::new(true, app.exec.centre_settings(), vec![], moment(NOW, 0));
    app.press(Key::F(3));
    app.fill(&[
        "Melati",
        &first_recovery,
        "langit biru cerah",
        "langit biru cerah",
    ]);
    assert_eq!(app.user(), None);
    app.press(Key::Esc);
    app.press(Key::F(3));
    app.fill(&[
        "Melati",
        &second_recovery,
        "langit biru cerah",
        "langit biru cerah",
    ]);
    app.keep_code();
    assert_eq!(app.user().unwrap().alias, "Melati");
    app.press(Key::F(12));
    app.login("Melati", "langit biru cerah");
    assert_eq!(app.user().unwrap().alias, "Melati");
}

#[test]
fn her_language_follows_her_to_the_next_login() {
    let mut app = App::new();
    app.set_up();
    app.login("Sari", "teh manis di pagi hari");
    assert_eq!(app.model.lang, Lang::Id);
    app.press(Key::F(2));
    assert_eq!(app.model.lang, Lang::En);
    app.press(Key::F(12));
    assert_eq!(app.model.lang, Lang::Id, "the login screen is neutral");
    app.login("Sari", "teh manis di pagi hari");
    assert_eq!(app.model.lang, Lang::En);
}

#[test]
fn a_facilitator_switches_an_account_off_and_the_setting_is_saved() {
    let mut app = App::new();
    app.set_up();
    app.login("Sari", "teh manis di pagi hari");
    app.press(Key::Enter); // Accounts
    let Screen::Admin(AdminScreen::Accounts { rows, .. }) = &app.model.screen else {
        panic!("accounts expected");
    };
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].alias, "Melati");
    app.press(Key::Char('s'));
    app.press(Key::Char('y'));
    let Screen::Admin(AdminScreen::Accounts { rows, .. }) = &app.model.screen else {
        panic!("accounts expected");
    };
    assert_eq!(rows[0].status, langkah::domain::Status::Disabled);
    assert_eq!(notice_id(&app.model), Some("notice-account-disabled"));
    // Sari is the last facilitator: refused at once, with no question first.
    app.press(Key::Down);
    app.press(Key::Char('s'));
    assert_eq!(app.model.overlay, None);
    assert_eq!(notice_id(&app.model), Some("err-last-facilitator"));

    app.press(Key::Esc);
    app.press(Key::Down);
    app.press(Key::Enter); // Settings
    app.press(Key::Down); // auto-lock
    app.press(Key::Right);
    assert_eq!(app.model.centre.auto_lock_minutes, 10);
    assert_eq!(app.exec.centre_settings().auto_lock_minutes, 10);
}

#[test]
fn a_wait_for_one_name_does_not_block_another() {
    let mut app = App::new();
    app.set_up();
    for _ in 0..6 {
        app.model = Model::new(true, app.exec.centre_settings(), vec![], moment(NOW, 0));
        app.login("Melati", "bukan kata sandinya");
    }
    assert_eq!(app.model.wait_seconds(), Some(30));
    app.model = Model::new(true, app.exec.centre_settings(), vec![], moment(NOW, 0));
    app.model.wait_until_ms = Some(30_000);
    app.model.wait_alias = Some("melati".into());
    app.login("Sari", "teh manis di pagi hari");
    assert_eq!(app.user().unwrap().alias, "Sari");
}

#[test]
fn a_too_small_window_lets_only_hide_and_quit_through() {
    let mut model = at_home(Role::Participant);
    update(
        &mut model,
        Action::Resize {
            width: 70,
            height: 20,
        },
    );
    assert!(model.too_small);
    assert!(key(&mut model, Key::Enter).is_empty());
    assert_eq!(
        model.screen,
        Screen::Home(HomeScreen::Menu { selected: 0 }),
        "Enter did nothing unseen"
    );
    assert!(matches!(
        key(&mut model, Key::F(12)).as_slice(),
        [Effect::Lock]
    ));
    update(
        &mut model,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    assert!(!model.too_small);
}

#[test]
fn enter_never_confirms_a_deletion() {
    let mut model = at_home(Role::Facilitator);
    model.overlay = Some(langkah::app::model::Overlay::Confirm(
        langkah::app::model::Confirm::Journal(langkah::app::model::JournalConfirm::DeleteEntry {
            id: langkah::domain::Id([7; 16]),
        }),
    ));
    assert!(key(&mut model, Key::Enter).is_empty());
    assert!(model.overlay.is_some(), "Enter does not answer");
    assert!(key(&mut model, Key::Char('t')).is_empty(), "t is \"tidak\"");
    assert!(model.overlay.is_none());
}

#[test]
fn the_language_chosen_in_the_wizard_becomes_the_centre_language() {
    let mut app = App::new();
    app.press(Key::Down); // English
    app.press(Key::Enter);
    app.fill(&[
        "Rumah Harapan",
        "Sari",
        "teh manis di pagi hari",
        "teh manis di pagi hari",
    ]);
    app.keep_code();
    assert_eq!(app.model.centre.language, Lang::En);
    app.press(Key::F(12));
    assert_eq!(
        app.model.lang,
        Lang::En,
        "the locked screen stays in English"
    );
    assert_eq!(
        app.exec.centre_settings().language,
        Lang::En,
        "and it was saved"
    );
}

#[test]
fn a_facilitator_issues_a_new_setup_code_and_removes_an_account_after_asking() {
    let mut app = App::new();
    let first_code = app.set_up();
    app.login("Sari", "teh manis di pagi hari");
    app.press(Key::Enter); // Accounts: Melati, Sari
    app.press(Key::Char('k'));
    assert!(app.model.overlay.is_some(), "k asks first");
    app.press(Key::Char('y'));
    assert_eq!(notice_id(&app.model), Some("notice-old-code-void"));
    let Screen::Admin(AdminScreen::SetupCode {
        alias,
        code,
        in_wizard,
    }) = &app.model.screen
    else {
        panic!("a new code is shown: {:?}", app.model.screen);
    };
    assert_eq!((alias.as_str(), *in_wizard), ("Melati", false));
    assert_ne!(&**code, first_code.as_str());
    let new_code = code.to_string();
    app.press(Key::Enter);

    // Her own account can't be removed from here.
    app.press(Key::Down);
    app.press(Key::Char('r'));
    assert_eq!(notice_id(&app.model), Some("err-remove-yourself"));
    app.press(Key::Up);
    app.press(Key::Char('r'));
    app.press(Key::Enter);
    assert!(app.model.overlay.is_some(), "Enter doesn't answer");
    app.press(Key::Char('y'));
    let Screen::Admin(AdminScreen::Accounts { rows, .. }) = &app.model.screen else {
        panic!("accounts expected");
    };
    assert_eq!(rows.len(), 1);
    assert_eq!(notice_id(&app.model), Some("notice-account-removed"));

    app.press(Key::F(12));
    app.press(Key::F(4));
    app.fill(&[
        "Melati",
        &new_code,
        "bunga melati putih",
        "bunga melati putih",
    ]);
    assert_eq!(
        app.user(),
        None,
        "the account is gone, and the code with it"
    );
}

#[test]
fn going_back_from_a_recovery_code_leaves_no_keys_in_memory() {
    // Her first login takes the same way back as recovery does.
    let mut centre = App::new();
    let code = centre.set_up();
    centre.press(Key::F(4));
    centre.fill(&["Melati", &code, "bunga melati putih", "bunga melati putih"]);
    assert!(matches!(
        centre.model.screen,
        Screen::Auth(AuthScreen::RecoveryCode { .. })
    ));
    assert!(centre.exec.holds_keys());
    centre.press(Key::Esc);
    assert!(!centre.exec.holds_keys(), "nothing of hers stays loaded");
    assert_eq!(centre.user(), None);
}

#[test]
fn steady_typing_still_seals_the_draft_every_few_seconds() {
    let mut model = at_home(Role::Participant);
    key(&mut model, Key::Enter); // write
    assert_eq!(
        model.screen,
        Screen::Journal(JournalScreen::Editor { from: HOME })
    );
    let mut sealed = 0;
    for i in 0..40u64 {
        // A key every 200 ms, never idle long enough for a tick.
        model.now = moment(NOW + (i / 5) as i64, i * 200);
        let effects = key(&mut model, Key::Char('a'));
        sealed += effects
            .iter()
            .filter(|e| matches!(e, Effect::Journal(JournalEffect::SaveDraft(_))))
            .count();
    }
    assert!(sealed >= 2, "sealed {sealed} times in 8 seconds of typing");
}

#[test]
fn a_first_guess_is_refused_kindly_in_every_passphrase_form() {
    let mut model = Model::new(true, centre(), vec![], moment(NOW, 0));
    key(&mut model, Key::F(4));
    assert_eq!(form(&model).purpose, Purpose::Claim);
    for weak in [
        "melati123",
        "bismillah",
        "sayangku1",
        "rahasia123",
        "Melati2026",
    ] {
        type_text(&mut model, "Melati");
        key(&mut model, Key::Enter);
        type_text(&mut model, "ABCD-EFGH-JK12");
        key(&mut model, Key::Enter);
        type_text(&mut model, weak);
        key(&mut model, Key::Enter);
        type_text(&mut model, weak);
        assert!(key(&mut model, Key::Enter).is_empty(), "{weak}: not sent");
        assert_eq!(notice_id(&model), Some("err-passphrase-too-easy"), "{weak}");
        assert_eq!(form(&model).focus, 2, "{weak}: back to the new passphrase");
        // Start the form again for the next try.
        key(&mut model, Key::Esc);
        key(&mut model, Key::F(4));
    }
    // A passphrase of ordinary unrelated words goes through.
    type_text(&mut model, "Melati");
    key(&mut model, Key::Enter);
    type_text(&mut model, "ABCD-EFGH-JK12");
    key(&mut model, Key::Enter);
    type_text(&mut model, "layang biru di atas sawah pak darto");
    key(&mut model, Key::Enter);
    type_text(&mut model, "layang biru di atas sawah pak darto");
    assert!(matches!(
        key(&mut model, Key::Enter).as_slice(),
        [Effect::Auth(AuthEffect::Claim { .. })]
    ));
}

#[test]
fn after_an_error_the_cursor_is_in_the_field_it_is_about() {
    let mut model = at_home(Role::Participant);
    model.her.goals = Some(langkah::app::goals::Goals::new(vec![], vec![]));
    model.screen = Screen::Form(langkah::app::model::Form::new(Purpose::NewSavingsGoal));
    // Name, then an amount that is not a number, a date, a reason.
    for (text, next) in [
        ("Mesin jahit", true),
        ("dua juta", true),
        ("", true),
        ("", false),
    ] {
        type_text(&mut model, text);
        if next {
            key(&mut model, Key::Enter);
        }
    }
    assert!(key(&mut model, Key::Enter).is_empty(), "not saved");
    assert!(notice_id(&model).is_some());
    let target = form(&model)
        .fields
        .iter()
        .position(|f| f.label == "field-goal-target")
        .unwrap();
    assert_eq!(form(&model).focus, target, "the cursor is on the amount");
    // Correcting it clears the notice at once.
    key(&mut model, Key::Backspace);
    assert_eq!(notice_id(&model), None, "the notice went with the change");
}

/// Her home with one entry in her journal.
fn writing_at_home() -> Model {
    use langkah::app::effect::JournalOutcome;
    use langkah::domain::Id;
    use langkah::domain::journal::{CheckIn, Entry};
    let mut model = at_home(Role::Participant);
    let entry = Entry {
        date: model.now.today(),
        title: "Pasar".into(),
        body: "Jualan kue.".into(),
        tags: vec![],
        check_in: CheckIn::default(),
        prompt: None,
        created_at: NOW,
        modified_at: None,
    };
    update(
        &mut model,
        Action::Done(Outcome::Journal(JournalOutcome::Loaded {
            entries: vec![(Id([1; 16]), entry)],
            drafts: vec![],
            reflection_prompts: false,
            on_this_day: false,
            damage: Default::default(),
        })),
    );
    model
}

fn home_cursor(model: &Model) -> MenuItem {
    let Screen::Home(HomeScreen::Menu { selected }) = model.screen else {
        panic!("not on her home: {:?}", model.screen);
    };
    MenuItem::for_role(model.her.user.as_ref().unwrap().role)[selected]
}

#[test]
fn esc_from_the_editor_goes_back_where_she_opened_it() {
    let mut model = writing_at_home();
    // From her home, with nothing typed, and after throwing her words away.
    select(&mut model, MenuItem::Write);
    key(&mut model, Key::Enter);
    key(&mut model, Key::Esc);
    assert_eq!(home_cursor(&model), MenuItem::Write);
    key(&mut model, Key::Enter);
    type_text(&mut model, "tidak jadi");
    key(&mut model, Key::Esc);
    key(&mut model, Key::Char('n'));
    assert_eq!(home_cursor(&model), MenuItem::Write);
    // From a prompt chosen on her home.
    select(&mut model, MenuItem::WriteWithPrompt);
    key(&mut model, Key::Enter);
    key(&mut model, Key::Enter);
    key(&mut model, Key::Enter);
    assert_eq!(model.mode(), langkah::app::keymap::Mode::Editor);
    key(&mut model, Key::Esc);
    assert_eq!(home_cursor(&model), MenuItem::WriteWithPrompt);
    // From her list, and from reading an entry.
    key(&mut model, Key::Down);
    key(&mut model, Key::Enter);
    assert_eq!(model.screen, Screen::Journal(JournalScreen::List));
    key(&mut model, Key::Char('n'));
    key(&mut model, Key::Esc);
    assert_eq!(model.screen, Screen::Journal(JournalScreen::List));
    key(&mut model, Key::Enter);
    key(&mut model, Key::Char('e'));
    key(&mut model, Key::Esc);
    assert!(
        matches!(model.screen, Screen::Journal(JournalScreen::Read { .. })),
        "{:?}",
        model.screen
    );
    // And each screen she opened from her home leads back to its item.
    key(&mut model, Key::Esc);
    key(&mut model, Key::Esc);
    assert_eq!(home_cursor(&model), MenuItem::Journal);
}

#[test]
fn the_home_cursor_stays_on_the_item_she_opened() {
    let mut model = at_home(Role::Facilitator);
    for item in [
        MenuItem::Settings,
        MenuItem::Privacy,
        MenuItem::ChangePassphrase,
        MenuItem::Accounts,
    ] {
        let Screen::Home(HomeScreen::Menu { selected }) = &mut model.screen else {
            panic!("not home");
        };
        *selected = 0;
        select(&mut model, item);
        key(&mut model, Key::Enter);
        assert_ne!(model.mode(), langkah::app::keymap::Mode::Menu, "{item:?}");
        key(&mut model, Key::Esc);
        assert_eq!(home_cursor(&model), item);
    }
}

#[test]
fn ctrl_c_says_how_to_leave_and_leaves_nothing() {
    let mut model = writing_at_home();
    key(&mut model, Key::Enter);
    type_text(&mut model, "setengah");
    assert!(key(&mut model, Key::Ctrl('c')).is_empty());
    assert!(!model.quit);
    assert_eq!(notice_id(&model), Some("quit-hint"));
    let text = model
        .notice
        .as_ref()
        .unwrap()
        .text
        .render(&langkah::i18n::Messages::new(Lang::Id));
    assert!(text.contains("F10") && text.contains("Ctrl+Q"), "{text}");
    let editor = model.her.editor.as_ref().unwrap();
    assert_eq!(editor.entry(None).body, "setengah", "Ctrl+C typed nothing");
    // Ctrl+S saves like F2.
    let effects = key(&mut model, Key::Ctrl('s'));
    assert!(
        matches!(effects.as_slice(), [Effect::Journal(JournalEffect::SaveEntry { entry, .. })] if entry.body == "setengah")
    );
    // Saved; then Ctrl+Q in a new entry quits and seals what she typed as a draft.
    let entry = model.her.editor.as_ref().unwrap().entry(None);
    let saved = langkah::app::effect::JournalOutcome::EntrySaved {
        id: langkah::domain::Id([2; 16]),
        entry,
    };
    update(&mut model, Action::Done(Outcome::Journal(saved)));
    key(&mut model, Key::Char('n'));
    type_text(&mut model, "belum disimpan");
    let effects = key(&mut model, Key::Ctrl('q'));
    assert!(model.quit);
    assert!(effects.iter().any(|e| matches!(e, Effect::Journal(JournalEffect::SaveDraft(d)) if d.entry.body == "belum disimpan")));
}

#[test]
fn the_entry_date_goes_back_but_not_past_today() {
    let mut model = writing_at_home();
    key(&mut model, Key::Enter);
    let today = model.now.today();
    while model.her.editor.as_ref().unwrap().focus != EditorField::Date {
        key(&mut model, Key::Tab);
    }
    key(&mut model, Key::Right);
    assert_eq!(
        model.her.editor.as_ref().unwrap().date,
        today,
        "no later than today"
    );
    key(&mut model, Key::Left);
    key(&mut model, Key::Left);
    key(&mut model, Key::Right);
    assert_eq!(
        model.her.editor.as_ref().unwrap().date,
        today.pred_opt().unwrap()
    );
    key(&mut model, Key::Right);
    key(&mut model, Key::Right);
    assert_eq!(model.her.editor.as_ref().unwrap().date, today);
}

#[test]
fn esc_from_her_goals_goes_back_to_their_item_on_her_home() {
    use langkah::app::effect::GoalsOutcome;
    let mut model = at_home(Role::Participant);
    update(
        &mut model,
        Action::Done(Outcome::Goals(GoalsOutcome::Loaded {
            savings: vec![],
            business: vec![],
            form: None,
            damage: Default::default(),
        })),
    );
    select(&mut model, MenuItem::Goals);
    key(&mut model, Key::Enter);
    assert_eq!(model.mode(), langkah::app::keymap::Mode::GoalList);
    key(&mut model, Key::Esc);
    assert_eq!(home_cursor(&model), MenuItem::Goals);
}

// Pasted text (issue 12): its line breaks and tabs are text, never Enter or Tab.

/// What the key reader hands over for text pasted between the markers: its
/// line breaks and tabs as `Key::Char`, all its keys together.
fn paste(model: &mut Model, text: &str) -> Vec<Effect> {
    let at = model.now;
    let keys = text.chars().map(Key::Char).collect();
    update(model, Action::Keys { keys, at })
}

#[test]
fn no_pasted_line_break_or_tab_is_a_command_anywhere() {
    use langkah::app::keymap::{ALL_MODES, lookup};
    for mode in ALL_MODES {
        for c in ['\n', '\t'] {
            assert_eq!(lookup(mode, Key::Char(c)), None, "{mode:?} {c:?}");
        }
    }
}

#[test]
fn a_paste_into_the_login_neither_moves_on_nor_submits() {
    let mut model = Model::new(true, centre(), vec![], moment(NOW, 0));
    assert!(paste(&mut model, "Melati\n").is_empty());
    assert_eq!(form(&model).focus, 0, "still on her name");
    assert_eq!(form(&model).text(&forms::ALIAS), "Melati ");
    key(&mut model, Key::Tab);
    assert!(paste(&mut model, "bunga\tmelati\n").is_empty(), "not sent");
    assert!(
        paste(&mut model, "\n").is_empty(),
        "not sent by one key either"
    );
    assert_eq!(form(&model).focus, 1);
    assert_eq!(form(&model).text(&forms::PASSPHRASE), "bunga melati  ");
    // Her own Enter sends it.
    assert!(matches!(
        key(&mut model, Key::Enter).as_slice(),
        [Effect::Auth(AuthEffect::Unlock { .. })]
    ));
}

#[test]
fn a_paste_into_a_goal_form_does_not_save_it() {
    use langkah::app::goals::forms::{TARGET, WHY};
    let mut model = at_home(Role::Participant);
    model.her.goals = Some(langkah::app::goals::Goals::new(vec![], vec![]));
    model.screen = Screen::Form(langkah::app::model::Form::new(Purpose::NewSavingsGoal));
    assert!(paste(&mut model, "Mesin jahit\t").is_empty());
    assert_eq!(form(&model).focus, 0, "a pasted tab stays in the name");
    key(&mut model, Key::Enter);
    type_text(&mut model, "2000000");
    key(&mut model, Key::Enter);
    key(&mut model, Key::Enter);
    let last = form(&model).fields.len() - 1;
    assert_eq!(form(&model).focus, last);
    assert!(
        paste(&mut model, "Untuk\tusaha\njahit\n").is_empty(),
        "not saved"
    );
    assert_eq!(form(&model).focus, last);
    assert_eq!(form(&model).text(&WHY), "Untuk usaha jahit ");
    assert_eq!(form(&model).text(&TARGET), "2000000");
    // The form was ready: her own Enter saves it.
    assert!(!key(&mut model, Key::Enter).is_empty());
}

fn editor(model: &Model) -> &langkah::app::journal::Editor {
    model.her.editor.as_ref().expect("the editor is open")
}

#[test]
fn a_paste_into_the_editor_keeps_its_lines_and_stays_in_its_field() {
    let mut model = at_home(Role::Participant);
    key(&mut model, Key::Enter); // write
    assert_eq!(editor(&model).focus, EditorField::Body);
    assert!(paste(&mut model, "Senin\tpasar\nSelasa\n").is_empty());
    // A tab on its own goes in by the single-key path: spaces to the tab stop.
    paste(&mut model, "\t");
    paste(&mut model, "x");
    assert_eq!(editor(&model).focus, EditorField::Body);
    assert_eq!(
        editor(&model).body.lines(),
        ["Senin   pasar", "Selasa", "    x"]
    );
    // Title and tags: one line each, the focus stays.
    key(&mut model, Key::BackTab);
    key(&mut model, Key::BackTab);
    assert_eq!(editor(&model).focus, EditorField::Title);
    paste(&mut model, "a\tb\nc");
    assert_eq!(editor(&model).focus, EditorField::Title);
    key(&mut model, Key::Tab);
    paste(&mut model, "pasar\nkue\n");
    assert_eq!(editor(&model).focus, EditorField::Tags);
    assert_eq!(editor(&model).title.text(), "a b c");
    assert_eq!(editor(&model).tags.text(), "pasar kue ");
}

#[test]
fn the_size_cap_holds_for_pasted_tabs_and_line_breaks() {
    use langkah::domain::journal::MAX_BODY_CHARS;
    let mut model = at_home(Role::Participant);
    key(&mut model, Key::Enter); // write
    paste(&mut model, &"a".repeat(MAX_BODY_CHARS - 4));
    assert_eq!(notice_id(&model), None);
    // The tab's four spaces fill the body to the cap; the rest is refused.
    paste(&mut model, "\t\nxyz");
    assert_eq!(editor(&model).body_chars(), MAX_BODY_CHARS);
    assert_eq!(notice_id(&model), Some("journal-too-long"));
    assert!(editor(&model).body.lines()[0].ends_with("aaaa    "));
}

#[test]
fn a_paste_into_the_search_stays_in_the_search() {
    use langkah::app::keymap::Mode;
    let mut model = writing_at_home();
    select(&mut model, MenuItem::Journal);
    key(&mut model, Key::Enter);
    key(&mut model, Key::Char('/'));
    assert_eq!(model.mode(), Mode::Search);
    paste(&mut model, "kue\tlapis\n");
    assert_eq!(model.mode(), Mode::Search, "still searching");
    let journal = model.her.journal.as_ref().expect("her journal");
    assert_eq!(journal.query.text(), "kue lapis ");
    // Her own Enter ends the search.
    key(&mut model, Key::Enter);
    assert_ne!(model.mode(), Mode::Search);
}

// Screens, after the new-user test.

#[test]
fn esc_from_the_prompts_goes_back_to_where_she_opened_them() {
    let mut model = writing_at_home();
    select(&mut model, MenuItem::Journal);
    key(&mut model, Key::Enter);
    key(&mut model, Key::Char('p'));
    assert_eq!(model.mode(), langkah::app::keymap::Mode::Prompts);
    // Into a set and out again, then out of the prompts: her list.
    key(&mut model, Key::Enter);
    key(&mut model, Key::Esc);
    key(&mut model, Key::Esc);
    assert_eq!(model.screen, Screen::Journal(JournalScreen::List));
    // A prompt chosen from the list leads back to the list too.
    key(&mut model, Key::Char('p'));
    key(&mut model, Key::Enter);
    key(&mut model, Key::Enter);
    assert_eq!(model.mode(), langkah::app::keymap::Mode::Editor);
    key(&mut model, Key::Esc);
    assert_eq!(model.screen, Screen::Journal(JournalScreen::List));
    // Opened from her home, they still lead back to her home.
    key(&mut model, Key::Esc);
    model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
    select(&mut model, MenuItem::WriteWithPrompt);
    key(&mut model, Key::Enter);
    key(&mut model, Key::Esc);
    assert_eq!(home_cursor(&model), MenuItem::WriteWithPrompt);
}

#[test]
fn saving_an_entry_she_was_reading_goes_back_to_it() {
    use langkah::app::effect::JournalOutcome;
    let mut model = writing_at_home();
    select(&mut model, MenuItem::Journal);
    key(&mut model, Key::Enter);
    key(&mut model, Key::Enter);
    let Screen::Journal(JournalScreen::Read { id, .. }) = model.screen else {
        panic!("not reading: {:?}", model.screen);
    };
    for (leave, answer) in [(Key::F(2), None), (Key::Esc, Some(Key::Char('y')))] {
        key(&mut model, Key::Char('e'));
        type_text(&mut model, " Laku semua.");
        let mut effects = key(&mut model, leave);
        if let Some(answer) = answer {
            effects = key(&mut model, answer);
        }
        let [
            Effect::Journal(JournalEffect::SaveEntry {
                id: Some(saved),
                entry,
                ..
            }),
        ] = effects.as_slice()
        else {
            panic!("no save: {} effects", effects.len());
        };
        assert_eq!(*saved, id);
        let entry = entry.clone();
        update(
            &mut model,
            Action::Done(Outcome::Journal(JournalOutcome::EntrySaved { id, entry })),
        );
        assert!(
            matches!(model.screen, Screen::Journal(JournalScreen::Read { id: read, .. }) if read == id),
            "{:?}",
            model.screen
        );
        assert_eq!(notice_id(&model), Some("journal-saved"));
        let journal = model.her.journal.as_ref().unwrap();
        assert!(journal.get(&id).unwrap().body.contains("Laku semua."));
    }
    // A new entry from the list still lands on the list, where it now is.
    key(&mut model, Key::Esc);
    key(&mut model, Key::Char('n'));
    type_text(&mut model, "Baru");
    let effects = key(&mut model, Key::F(2));
    let [Effect::Journal(JournalEffect::SaveEntry { entry, .. })] = effects.as_slice() else {
        panic!("no save: {} effects", effects.len());
    };
    let entry = entry.clone();
    let new = langkah::domain::Id([2; 16]);
    update(
        &mut model,
        Action::Done(Outcome::Journal(JournalOutcome::EntrySaved {
            id: new,
            entry,
        })),
    );
    assert_eq!(model.screen, Screen::Journal(JournalScreen::List));
}

#[test]
fn a_wrong_code_stays_in_its_field_to_be_fixed() {
    for (f_key, purpose, code_field) in [
        (Key::F(4), Purpose::Claim, &forms::SETUP_CODE),
        (Key::F(3), Purpose::Recover, &forms::RECOVERY_CODE),
    ] {
        let mut model = Model::new(true, centre(), vec![], moment(NOW, 0));
        key(&mut model, f_key);
        assert_eq!(form(&model).purpose, purpose);
        for (i, text) in [
            "Sari",
            "ABCD-EFGH-JKLM",
            "teh manis di pagi",
            "teh manis di pagi",
        ]
        .into_iter()
        .enumerate()
        {
            if i > 0 {
                key(&mut model, Key::Tab);
            }
            type_text(&mut model, text);
        }
        assert_eq!(key(&mut model, Key::Enter).len(), 1, "{purpose:?} sent");
        update(
            &mut model,
            Action::Done(Outcome::Refused {
                text: Text::new("err-wrong-credentials"),
                wait_seconds: None,
            }),
        );
        assert_eq!(model.notice.as_ref().unwrap().tone, Tone::Problem);
        let form = form(&model);
        assert_eq!(form.text(code_field), "ABCD-EFGH-JKLM", "{purpose:?}");
        assert_eq!(
            form.fields[form.focus].label, code_field.label,
            "{purpose:?}"
        );
        assert_eq!(form.fields[form.focus].value.cursor(), 14, "{purpose:?}");
    }
}
