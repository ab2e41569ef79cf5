//! Signing in, as part of `update`. Passphrases go straight into effects and
//! never stay in the model.

use super::forms::*;
use crate::app::effect::{AuthEffect, AuthOutcome, Effect, GoalsEffect, JournalEffect, Shown};
use crate::app::home::back::back_home;
use crate::app::keymap::Command;
use crate::app::model::*;
use crate::app::spec::FieldSpec;
use crate::crypto::{Passphrase, PassphraseError};
use crate::domain::Role;
use crate::i18n::{Lang, Text};

/// The language choice, the login form's own keys, and the recovery code.
pub fn on_command(model: &mut Model, command: Command) -> Vec<Effect> {
    match (&mut model.screen, command) {
        (Screen::Auth(AuthScreen::Language { selected }), Command::Up | Command::Down) => {
            *selected = 1 - *selected;
            model.lang = Lang::ALL[*selected];
        }
        (Screen::Auth(AuthScreen::Language { selected }), Command::Submit) => {
            model.lang = Lang::ALL[*selected];
            model.screen = Screen::Form(Form::new(Purpose::Wizard));
        }
        (Screen::Form(_), Command::SwitchLanguage) => model.lang = model.lang.other(),
        (Screen::Form(_), Command::Forgot) => {
            model.notice = None;
            model.screen = Screen::Form(Form::new(Purpose::Recover));
        }
        (Screen::Form(_), Command::FirstLogin) => {
            model.notice = None;
            model.screen = Screen::Form(Form::new(Purpose::Claim));
        }
        (Screen::Auth(AuthScreen::RecoveryCode { kept, .. }), Command::Toggle) => *kept = !*kept,
        (Screen::Auth(AuthScreen::RecoveryCode { kept, .. }), Command::Submit) => {
            if *kept {
                model.busy = true;
                return vec![Effect::Auth(AuthEffect::Commit)];
            }
            model.notice = Notice::problem("notice-tick-first");
        }
        (Screen::Auth(AuthScreen::RecoveryCode { flow, back, .. }), Command::Back) => {
            let (flow, back) = (*flow, back.clone());
            return leave_recovery_code(model, flow, back);
        }
        _ => {}
    }
    vec![]
}

/// Going back from the recovery code drops the new keys. She is back on her
/// form, which still holds all but the passphrases.
fn leave_recovery_code(model: &mut Model, flow: Flow, back: Form) -> Vec<Effect> {
    model.notice = None;
    model.screen = Screen::Form(back);
    if flow == Flow::ChangePassphrase {
        // She is still logged in: her session comes back.
        vec![Effect::Auth(AuthEffect::CancelPending)]
    } else {
        // No one is logged in here: nothing of hers may stay in memory.
        vec![Effect::Auth(AuthEffect::CancelPending), Effect::Lock]
    }
}

pub fn back(model: &mut Model, purpose: Purpose) {
    model.screen = match purpose {
        Purpose::Wizard => Screen::Auth(AuthScreen::Language {
            selected: Lang::ALL.iter().position(|l| *l == model.lang).unwrap_or(0),
        }),
        Purpose::Claim | Purpose::Recover => Screen::Form(Form::new(Purpose::Login)),
        Purpose::ChangePassphrase => return back_home(model, MenuItem::ChangePassphrase),
        // The passphrase prompt has nowhere to go back to.
        _ => return,
    };
}

/// Checks a new passphrase typed twice; on a problem, says so and clears both.
fn new_passphrase(model: &mut Model) -> Option<Passphrase> {
    let known = known_words(model);
    let Screen::Form(form) = &mut model.screen else {
        return None;
    };
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    let chosen = Passphrase::chosen(form.text(&NEW_PASSPHRASE), &known);
    let repeated = Passphrase::typed(form.text(&REPEAT_PASSPHRASE));
    let problem_id = match &chosen {
        Err(PassphraseError::TooShort) => Some("err-passphrase-too-short"),
        Err(PassphraseError::TooEasy) => Some("err-passphrase-too-easy"),
        Ok(p) if !p.matches(&repeated) => Some("err-passphrases-differ"),
        Ok(_) => None,
    };
    if let Some(id) = problem_id {
        form.clear(&NEW_PASSPHRASE);
        form.clear(&REPEAT_PASSPHRASE);
        form.focus_on(&NEW_PASSPHRASE);
        model.notice = Notice::problem(id);
        return None;
    }
    chosen.ok()
}

/// Enter on the last field of a sign-in form.
pub fn submit(model: &mut Model, purpose: Purpose) -> Vec<Effect> {
    let Screen::Form(form) = &model.screen else {
        return vec![];
    };
    let text = |field: &FieldSpec| form.trimmed(field).to_string();
    let effect = match purpose {
        Purpose::Login => {
            // During the wait Enter does nothing: what she typed stays, and
            // the countdown under the form says when Enter will try it. A
            // second warning and an emptied field would only tell her off.
            if model.wait_seconds().is_some() {
                return vec![];
            }
            let effect = Effect::Auth(AuthEffect::Unlock {
                alias: text(&ALIAS),
                passphrase: Passphrase::typed(form.text(&PASSPHRASE)),
            });
            if let Screen::Form(form) = &mut model.screen {
                form.clear(&PASSPHRASE);
                form.focus_on(&PASSPHRASE);
            }
            effect
        }
        Purpose::Wizard => {
            let (centre, alias) = (text(&CENTRE), text(&YOUR_ALIAS));
            if centre.is_empty() {
                model.notice = Notice::problem("err-centre-empty");
                if let Screen::Form(form) = &mut model.screen {
                    form.focus_on(&CENTRE);
                }
                return vec![];
            }
            let Some(passphrase) = new_passphrase(model) else {
                return vec![];
            };
            Effect::Auth(AuthEffect::SetUp {
                centre,
                alias,
                lang: model.lang,
                passphrase,
            })
        }
        Purpose::Claim | Purpose::Recover => {
            let code_field = if purpose == Purpose::Claim {
                &SETUP_CODE
            } else {
                &RECOVERY_CODE
            };
            let (alias, code) = (
                text(&ALIAS),
                zeroize::Zeroizing::new(form.text(code_field).to_string()),
            );
            let Some(passphrase) = new_passphrase(model) else {
                return vec![];
            };
            if purpose == Purpose::Claim {
                Effect::Auth(AuthEffect::Claim {
                    alias,
                    code,
                    passphrase,
                })
            } else {
                Effect::Auth(AuthEffect::Recover {
                    alias,
                    code,
                    passphrase,
                })
            }
        }
        Purpose::ChangePassphrase => {
            let current = Passphrase::typed(form.text(&CURRENT_PASSPHRASE));
            let Some(new) = new_passphrase(model) else {
                return vec![];
            };
            Effect::Auth(AuthEffect::ChangePassphrase { current, new })
        }
        _ => return vec![],
    };
    model.busy = effect.is_slow();
    vec![effect]
}

pub fn on_outcome(model: &mut Model, outcome: AuthOutcome) -> Vec<Effect> {
    match outcome {
        AuthOutcome::CodeToKeep(code) => code_to_keep(model, code),
        AuthOutcome::LoggedIn {
            user,
            language,
            damage,
        } => {
            model.her.damage.add(damage);
            logged_in(model, user, language)
        }
        AuthOutcome::Suggested(words) => {
            if let Screen::Form(form) = &mut model.screen
                && form.suggestion == Suggestion::Asked
            {
                form.suggestion = Suggestion::Shown(words);
            }
            vec![]
        }
    }
}

/// A form where she chooses a passphrase asks once for a suggestion.
/// It runs after every action, so it looks before it gathers anything.
pub fn ask_for_suggestion(model: &mut Model) -> Vec<Effect> {
    let wants = matches!(
        &model.screen,
        Screen::Form(form) if form.asks_new_passphrase() && form.suggestion == Suggestion::None
    );
    if !wants {
        return vec![];
    }
    let known = known_words(model);
    if let Screen::Form(form) = &mut model.screen {
        form.suggestion = Suggestion::Asked;
    }
    vec![Effect::Auth(AuthEffect::Suggest {
        known,
        lang: model.lang,
    })]
}

/// Words of her own setting that a guesser would try first: the centre's
/// name and any alias on the form or of whoever is logged in.
fn known_words(model: &Model) -> Vec<String> {
    let mut known = vec![model.centre.name.clone()];
    if let Screen::Form(form) = &model.screen {
        for field in [&ALIAS, &CENTRE, &YOUR_ALIAS] {
            known.push(form.trimmed(field).to_owned());
        }
    }
    known.extend(model.her.user.as_ref().map(|u| u.alias.clone()));
    known.retain(|k| !k.is_empty());
    known
}

fn code_to_keep(model: &mut Model, code: Shown) -> Vec<Effect> {
    let Screen::Form(form) = &model.screen else {
        return vec![Effect::Auth(AuthEffect::CancelPending)];
    };
    let flow = match form.purpose {
        Purpose::Wizard => Flow::SetUp,
        Purpose::Claim => Flow::Claim,
        Purpose::Recover => Flow::Recover,
        _ => Flow::ChangePassphrase,
    };
    let mut back = form.clone();
    for field in &mut back.fields {
        if field.secret {
            field.value.clear();
        }
    }
    back.focus = back.fields.iter().position(|f| f.secret).unwrap_or(0);
    // The words suggested may now be her passphrase: new ones come back.
    back.suggestion = Suggestion::None;
    model.screen = Screen::Auth(AuthScreen::RecoveryCode {
        code,
        kept: false,
        flow,
        back,
    });
    vec![]
}

fn logged_in(model: &mut Model, user: User, language: Option<Lang>) -> Vec<Effect> {
    if let Some(lang) = language {
        model.lang = lang;
    }
    model.wait_until_ms = None;
    model.notice = None;
    let flow = match &model.screen {
        Screen::Auth(AuthScreen::RecoveryCode { flow, .. }) => Some(*flow),
        _ => None,
    };
    let participant = user.role == Role::Participant;
    model.her.user = Some(user);
    model.screen = match flow {
        Some(Flow::SetUp) => {
            model.set_up = true;
            // The language chosen in the wizard is the centre's.
            model.centre.language = model.lang;
            Screen::Form(Form::new(Purpose::FirstParticipant))
        }
        _ => Screen::Home(HomeScreen::Menu { selected: 0 }),
    };
    if flow == Some(Flow::ChangePassphrase) {
        model.notice = Notice::info(Text::new("notice-passphrase-changed"));
    }
    if participant && model.her.journal.is_none() {
        vec![
            Effect::Journal(JournalEffect::Load),
            Effect::Goals(GoalsEffect::Load),
        ]
    } else {
        vec![]
    }
}

/// A refusal of any kind. After a secret that didn't match, a passphrase is
/// cleared, a code kept, and the wait, if any, is counted down.
pub fn refused(model: &mut Model, text: Text, wait_seconds: Option<i64>) {
    let refused_secret = text.id.starts_with("err-wrong-credentials") || text.id == "err-try-later";
    let mut text = text;
    if let Screen::Form(form) = &mut model.screen
        && refused_secret
    {
        // The wait is counted down on screen, for the name it belongs to.
        if let Some(seconds) = wait_seconds {
            let ms = u64::try_from(seconds).unwrap_or(0).saturating_mul(1000);
            model.wait_until_ms = Some(model.now.mono_ms + ms);
            model.wait_alias = Some(form.trimmed(&ALIAS).to_lowercase());
        }
        // Say what didn't match, and put the cursor in it for the next try.
        let (id, field) = match form.purpose {
            Purpose::Claim => ("err-wrong-setup-code", &SETUP_CODE),
            Purpose::Recover => ("err-wrong-recovery-code", &RECOVERY_CODE),
            Purpose::ChangePassphrase => ("err-wrong-current-passphrase", &CURRENT_PASSPHRASE),
            _ => ("err-wrong-credentials", &PASSPHRASE),
        };
        // With a wait, the countdown under the form says how long.
        text = Text::new(match (text.id, wait_seconds) {
            ("err-try-later", _) => "err-too-many-attempts",
            (_, Some(_)) if form.purpose == Purpose::Login => "err-wrong-credentials-paused",
            _ => id,
        });
        if form.purpose == Purpose::ChangePassphrase {
            for f in &mut form.fields {
                f.value.clear();
            }
        }
        // A code is shown as typed and stays, so she can compare it with her
        // paper and fix one character. A passphrase is typed again.
        if !matches!(form.purpose, Purpose::Claim | Purpose::Recover) {
            form.clear(field);
        }
        form.focus_on(field);
    }
    model.notice = Some(Notice {
        text,
        tone: Tone::Problem,
    });
}

/// The clock moved on: a login wait that has run out is dropped, and so is
/// what was said about it, so the screen stops saying "wait".
pub fn tick(model: &mut Model) {
    if model
        .wait_until_ms
        .is_some_and(|until| until <= model.now.mono_ms)
    {
        model.wait_until_ms = None;
        model.wait_alias = None;
        let about_the_wait = ["err-too-many-attempts", "err-wrong-credentials-paused"];
        if model
            .notice
            .as_ref()
            .is_some_and(|n| about_the_wait.contains(&n.text.id))
        {
            model.notice = None;
        }
    }
}

/// The language a POSIX locale value names ("en_US.UTF-8" is English), if it
/// is one of ours.
pub fn language_of_locale(locale: &str) -> Option<Lang> {
    let code = locale.split(['_', '.', '@']).next()?;
    Lang::ALL.into_iter().find(|l| l.code() == code)
}

/// A first run starts its language choice on the computer's language.
pub fn preselect_language(model: &mut Model, system: Option<Lang>) {
    if let (Screen::Auth(AuthScreen::Language { selected }), Some(lang)) =
        (&mut model.screen, system)
    {
        *selected = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        model.lang = lang;
    }
}
