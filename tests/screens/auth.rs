//! Getting in: the language choice, the sign-in forms and the codes to keep.

use super::{centre, form, moment, render, set_up, signed_in, user};
use langkah::app::model::{AdminScreen, AuthScreen};
use langkah::app::model::{Flow, Model, Notice, Purpose, Screen, Suggestion, Tone};
use langkah::app::shown::Shown;
use langkah::domain::Role;
use langkah::i18n::{Lang, Text};

#[test]
fn language() {
    let mut model = Model::new(false, centre(false), vec![], moment());
    assert!(matches!(
        model.screen,
        Screen::Auth(AuthScreen::Language { selected: 0 })
    ));
    snap!("language", &mut model);
    model.screen = Screen::Auth(AuthScreen::Language { selected: 1 });
    snap!("language_english_selected", &mut model);
}

#[test]
fn login() {
    let mut model = set_up();
    model.screen = form(Purpose::Login, &["Melati", "teh manis"], 1);
    snap!("login", &mut model);
}

#[test]
fn login_empty() {
    snap!("login_empty", &mut set_up());
}

#[test]
fn login_waiting_after_wrong_tries() {
    let mut model = set_up();
    model.screen = form(Purpose::Login, &["Melati"], 1);
    model.wait_until_ms = Some(30_000);
    model.wait_alias = Some("melati".into());
    assert_eq!(model.wait_seconds(), Some(30));
    model.notice = Some(Notice {
        text: Text::new("err-wrong-credentials-paused"),
        tone: Tone::Problem,
    });
    snap!("login_wait", &mut model);
    // The tick counts down on screen.
    let mut at = model.now;
    at.mono_ms += 12_000;
    langkah::app::update(&mut model, langkah::app::Action::Tick(at));
    for lang in Lang::ALL {
        let text = render(&mut model, lang, 80, 24);
        let line =
            langkah::i18n::Messages::new(lang).text_with("login-wait", &[("seconds", "18".into())]);
        assert!(text.contains(&line), "{lang:?}: {line:?} in\n{text}");
    }
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
    snap!("login_names", &mut model);
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
    snap!("wizard", &mut model);
}

#[test]
fn claim_with_a_suggested_passphrase() {
    let mut model = set_up();
    let mut f = form(Purpose::Claim, &["Melati", "ABCD-EFGH-JK12"], 2);
    if let Screen::Form(form) = &mut f {
        form.suggestion = Suggestion::Shown(Shown::new("layang sawah ember jernih".into()));
    }
    model.screen = f;
    snap!("claim_suggestion", &mut model);
}

#[test]
fn first_participant() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        form(Purpose::FirstParticipant, &["Melati"], 0),
    );
    snap!("first_participant", &mut model);
}

#[test]
fn claim() {
    let mut model = set_up();
    model.screen = form(
        Purpose::Claim,
        &["Melati", "ABCD-EFGH-JK12", "kopi susu sore"],
        2,
    );
    snap!("claim", &mut model);
}

#[test]
fn recover() {
    let mut model = set_up();
    model.screen = form(
        Purpose::Recover,
        &["Melati", "7K2M-9QXR-4HWD-PJ3T-8CVN-6FBL"],
        1,
    );
    snap!("recover", &mut model);
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
    snap!("change_passphrase", &mut model);
}

#[test]
fn passphrases_are_masked_and_codes_shown_as_typed() {
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
        // She reads the code from paper: a typo she can't see, she can't fix.
        assert!(text.contains("[ ABCD-EFGH-JK12 ]"), "{text}");
        assert!(!text.contains("kopi"), "{text}");
        assert!(text.contains(&format!("[ {} ]", "•".repeat(14))), "{text}");
    }
}

#[test]
fn recovery_code() {
    let code = || Shown::new("7K2M-9QXR-4HWD-PJ3T-8CVN-6FBL".to_string());
    let mut model = Model::new(false, centre(false), vec![], moment());
    model.her.user = user("Bu Sari", Role::Facilitator);
    model.screen = Screen::Auth(AuthScreen::RecoveryCode {
        code: code(),
        kept: false,
        flow: Flow::SetUp,
        back: langkah::app::model::Form::new(Purpose::Wizard),
    });
    snap!("recovery_code_set_up", &mut model);

    let mut model = signed_in(
        "Melati",
        Role::Participant,
        Screen::Auth(AuthScreen::RecoveryCode {
            code: code(),
            kept: true,
            flow: Flow::ChangePassphrase,
            back: langkah::app::model::Form::new(Purpose::ChangePassphrase),
        }),
    );
    model.notice = Some(Notice {
        text: Text::new("notice-passphrase-changed"),
        tone: Tone::Info,
    });
    snap!("recovery_code_changed", &mut model);
}

#[test]
fn recovery_code_not_ticked() {
    let mut model = set_up();
    model.screen = Screen::Auth(AuthScreen::RecoveryCode {
        code: Shown::new("7K2M-9QXR-4HWD-PJ3T-8CVN-6FBL".to_string()),
        kept: false,
        flow: Flow::Claim,
        back: langkah::app::model::Form::new(Purpose::Claim),
    });
    model.notice = Some(Notice {
        text: Text::new("notice-tick-first"),
        tone: Tone::Problem,
    });
    snap!("recovery_code_tick_first", &mut model);
}

#[test]
fn setup_code() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        Screen::Admin(AdminScreen::SetupCode {
            alias: "Melati".to_string(),
            code: Shown::new("ABCD-EFGH-JK12".to_string()),
            in_wizard: false,
        }),
    );
    snap!("setup_code", &mut model);
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
    snap!("login_long_values", &mut model);
}

/// Esc on the wizard's recovery code goes back to the form with the place
/// and her name still there; only the passphrases are to type again.
#[test]
fn esc_on_the_wizard_recovery_code_keeps_what_she_typed() {
    use langkah::app::effect::{AuthEffect, AuthOutcome, Effect, Outcome};
    use langkah::app::{Action, Key, update};
    let mut model = Model::new(false, centre(false), vec![], moment());
    model.screen = form(
        Purpose::Wizard,
        &[
            "Rumah Belajar",
            "Sari",
            "teh manis di pagi hari",
            "teh manis di pagi hari",
        ],
        3,
    );
    let at = model.now;
    let effects = update(
        &mut model,
        Action::Key {
            key: Key::Enter,
            at,
        },
    );
    assert!(matches!(
        effects.as_slice(),
        [Effect::Auth(AuthEffect::SetUp { .. }), ..]
    ));
    update(
        &mut model,
        Action::Done(Outcome::Auth(AuthOutcome::CodeToKeep(Shown::new(
            "7K2M-9QXR".into(),
        )))),
    );
    let effects = update(&mut model, Action::Key { key: Key::Esc, at });
    assert!(matches!(
        effects.as_slice(),
        [
            Effect::Auth(AuthEffect::CancelPending),
            Effect::Lock,
            Effect::Auth(AuthEffect::Suggest { .. })
        ]
    ));
    let Screen::Form(form) = &model.screen else {
        panic!("back on the form: {:?}", model.screen);
    };
    assert_eq!(form.purpose, Purpose::Wizard);
    let values: Vec<&str> = form.fields.iter().map(|f| f.value.text()).collect();
    assert_eq!(values, ["Rumah Belajar", "Sari", "", ""]);
    assert!(
        form.fields[form.focus].secret,
        "the cursor waits in the passphrase"
    );
}

/// A computer set to English (LANG=en_US.UTF-8) starts the first run on
/// English; one set to something else starts on Bahasa Indonesia.
#[test]
fn the_system_language_is_chosen_first() {
    use langkah::app::auth::{language_of_locale, preselect_language};
    for (locale, selected, lang) in [
        ("en_US.UTF-8", 1, Lang::En),
        ("en", 1, Lang::En),
        ("id_ID.UTF-8", 0, Lang::Id),
        ("C.UTF-8", 0, Lang::Id),
        ("fr_FR@euro", 0, Lang::Id),
    ] {
        let mut model = Model::new(false, centre(false), vec![], moment());
        preselect_language(&mut model, language_of_locale(locale));
        assert_eq!(
            (&model.screen, model.lang),
            (&Screen::Auth(AuthScreen::Language { selected }), lang),
            "{locale}"
        );
    }
    // Once set up, the login screen stays in the centre's language.
    let mut model = set_up();
    preselect_language(&mut model, Some(Lang::En));
    assert_eq!(model.lang, Lang::Id);
    assert!(matches!(model.screen, Screen::Form(_)));
}
