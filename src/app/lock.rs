//! Quick hide, auto-lock and logging out: everything a lock wipes, in one place.

use super::effect::{Effect, GoalsEffect, JournalEffect};
use super::model::{Her, Model, Screen};
use crate::domain::records::FormDraft;

/// Idle by the wall clock or by the monotonic one, whichever says longer: a PC
/// woken from sleep has a jumped wall clock and a monotonic clock that paused.
pub fn idle_too_long(model: &Model) -> bool {
    let wall_ms = (model.now.unix - model.last_input.unix).saturating_mul(1000);
    let mono_ms = model.now.mono_ms.saturating_sub(model.last_input.mono_ms);
    let idle_ms = wall_ms.max(i64::try_from(mono_ms).unwrap_or(i64::MAX));
    model.holds_anything() && idle_ms >= model.centre.auto_lock_minutes * 60_000
}

/// Wipes everything of hers and shows the neutral screen. Unsaved words are
/// sealed first, while the keys are still there; then all she had is dropped
/// in one go (`Her` is replaced whole).
pub fn lock(model: &mut Model) -> Vec<Effect> {
    let mut effects = match model.her.editor.take() {
        Some(editor) if editor.changed && !editor.is_blank() => {
            vec![Effect::Journal(JournalEffect::SaveDraft(editor.draft()))]
        }
        _ => vec![],
    };
    // A half-filled goal form is sealed too; so is one handed back at login
    // that she hasn't opened yet.
    let typed = match &model.screen {
        Screen::Form(form) if !form.is_blank() => form.purpose.draft_code().map(|code| FormDraft {
            form: code,
            values: form
                .fields
                .iter()
                .map(|f| f.value.text().to_string())
                .collect(),
        }),
        _ => None,
    };
    if let Some(form) = typed.or_else(|| model.her.pending_form.take()) {
        effects.push(Effect::Goals(GoalsEffect::SaveFormDraft(form)));
    }
    effects.push(Effect::Lock);
    model.her = Her::default();
    model.lang = model.centre.language;
    model.screen = Model::start_screen(model.set_up);
    model.overlay = None;
    model.notice = None;
    model.busy = false;
    model.wait_until_ms = None;
    model.wait_alias = None;
    effects
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::field::TextField;
    use crate::app::journal::{Editor, Journal};
    use crate::app::keymap::{ALL_MODES, Mode};
    use crate::app::model::*;
    use crate::domain::goals::SavingsGoal;
    use crate::domain::journal::{CheckIn, Entry};
    use crate::domain::{Id, Role};
    use crate::i18n::{Lang, Text};

    const CANARY: &str = "KANARI-rahasia-7731";

    fn now() -> Moment {
        Moment {
            unix: 1_795_420_800,
            mono_ms: 5_000,
            utc_offset_secs: 7 * 3600,
        }
    }

    fn centre() -> CentreSettings {
        CentreSettings {
            name: "Rumah Harapan".into(),
            language: Lang::Id,
            auto_lock_minutes: 5,
            show_names: true,
            setup_code_hours: 72,
            currency: "Rp".into(),
        }
    }

    fn entry() -> Entry {
        Entry {
            date: now().today(),
            title: CANARY.into(),
            body: CANARY.into(),
            tags: vec![CANARY.into()],
            check_in: CheckIn::default(),
            prompt: None,
            created_at: now().unix,
            modified_at: None,
        }
    }

    fn typed(text: &str) -> TextField {
        TextField::with_text(text)
    }

    /// A participant holding everything a session can hold, on the screen of
    /// `mode`, with her words in whatever that screen shows.
    fn model_in(mode: Mode) -> Model {
        let id = Id([3; 16]);
        let mut m = Model::new(true, centre(), vec!["Melati".into()], now());
        m.her.user = Some(User {
            alias: "Melati".into(),
            role: Role::Participant,
            failed_logins: vec![now().unix],
        });
        m.her.journal = Some(Journal::new(vec![(id, entry())], true));
        let mut editor = Editor::from_entry(Some(id), &entry(), 0);
        editor.title = typed(CANARY);
        editor.changed = true;
        m.her.editor = Some(editor);
        m.her.offered_drafts = vec![];
        let goal = SavingsGoal {
            name: CANARY.into(),
            target: 1_000_000,
            target_date: None,
            why: CANARY.into(),
            movements: vec![],
            archived: false,
            created_at: now().unix,
        };
        m.her.goals = Some(crate::app::goals::Goals::new(vec![(id, goal)], vec![]));
        m.her.period = 2;
        m.notice = Some(Notice {
            text: Text::with("journal-saved", vec![("title", CANARY.into())]),
            tone: Tone::Info,
        });
        m.wait_until_ms = Some(9_000);
        m.wait_alias = Some("melati".into());
        let form = |purpose| {
            let mut f = Form::new(purpose);
            for field in &mut f.fields {
                field.value = typed(CANARY);
            }
            Screen::Form(f)
        };
        let code = || crate::app::shown::Shown::new(CANARY.to_string());
        // No wildcard: a new mode must say how it is reached here.
        m.screen = match mode {
            Mode::Language => Screen::Auth(AuthScreen::Language { selected: 1 }),
            Mode::Choice => Screen::Admin(AdminScreen::ChooseRole { selected: 1 }),
            Mode::Form => form(Purpose::NewSavingsGoal),
            Mode::SkippableForm => form(Purpose::FirstParticipant),
            Mode::Login => form(Purpose::Login),
            Mode::RecoveryCode => Screen::Auth(AuthScreen::RecoveryCode {
                code: code(),
                kept: true,
                flow: Flow::ChangePassphrase,
                // The place name she typed, kept for Esc, is wiped too.
                back: {
                    let mut f = Form::new(Purpose::Wizard);
                    f.fields[0].value = typed(CANARY);
                    f
                },
            }),
            Mode::SetupCode => Screen::Admin(AdminScreen::SetupCode {
                alias: CANARY.into(),
                code: code(),
                in_wizard: false,
            }),
            Mode::Menu | Mode::Help | Mode::Confirm => {
                Screen::Home(HomeScreen::Menu { selected: 2 })
            }
            Mode::Accounts => Screen::Admin(AdminScreen::Accounts {
                rows: vec![],
                selected: 0,
            }),
            Mode::Settings => Screen::Admin(AdminScreen::Settings { selected: 1 }),
            Mode::Page => Screen::Home(HomeScreen::Privacy {
                scroll: crate::app::scroll::Scroll::at(3),
            }),
            Mode::JournalList => Screen::Journal(JournalScreen::List),
            Mode::Search => {
                if let Some(j) = &mut m.her.journal {
                    j.searching = true;
                    j.query = typed(CANARY);
                }
                Screen::Journal(JournalScreen::List)
            }
            Mode::Read => Screen::Journal(JournalScreen::Read {
                id,
                scroll: crate::app::scroll::Scroll::at(1),
            }),
            Mode::Editor => Screen::Journal(JournalScreen::Editor {
                from: crate::app::journal::screen::CameFrom::List,
            }),
            Mode::Prompts => Screen::Journal(JournalScreen::Prompts {
                set: Some(0),
                selected: 1,
                from: crate::app::journal::screen::CameFrom::List,
            }),
            Mode::Filters => Screen::Journal(JournalScreen::Filters { selected: 1 }),
            Mode::Chart => Screen::Journal(JournalScreen::Chart { days: 30 }),
            Mode::DraftOffer => Screen::Journal(JournalScreen::DraftOffer),
            Mode::GoalList => Screen::Goals(GoalsScreen::Overview { selected: 0 }),
            Mode::Saving => Screen::Goals(GoalsScreen::SavingsGoal { id, selected: 0 }),
            Mode::Plan => Screen::Goals(GoalsScreen::BusinessPlan { id, selected: 0 }),
            Mode::Days => Screen::Goals(GoalsScreen::Days {
                plan: id,
                selected: 0,
            }),
        };
        m.overlay = match mode {
            Mode::Help => Some(Overlay::Help),
            Mode::Confirm => Some(Overlay::Confirm(Confirm::Journal(
                JournalConfirm::DeleteEntry { id },
            ))),
            _ => None,
        };
        m.busy = mode == Mode::Login;
        assert_eq!(m.mode(), mode, "the model is really in {mode:?}");
        m
    }

    /// Everything but the language, the centre settings, the login names and
    /// the clocks. Named field by field (no `..`), so a new field must be
    /// added here, and so be checked.
    fn kept_after_lock(m: &Model) -> String {
        let Model {
            lang: _,
            centre: _,
            login_names: _,
            now: _,
            last_input: _,
            set_up,
            screen,
            overlay,
            notice,
            busy,
            wait_until_ms,
            wait_alias,
            too_small,
            quit,
            her,
        } = m;
        format!(
            "{set_up} {screen:?} {overlay:?} {notice:?} {busy} {wait_until_ms:?} \
             {wait_alias:?} {too_small} {quit} her-empty={}",
            her.is_empty()
        )
    }

    #[test]
    fn a_lock_leaves_nothing_of_hers_in_any_mode() {
        let mut fresh = Model::new(true, centre(), vec!["Melati".into()], now());
        lock(&mut fresh);
        let expected = kept_after_lock(&fresh);
        assert!(fresh.her.is_empty());
        for mode in ALL_MODES {
            let mut m = model_in(mode);
            // Before: her words are held, and named on screen.
            assert!(!m.her.is_empty(), "{mode:?}");
            assert!(format!("{:?}", m.notice).contains(CANARY), "{mode:?}");
            let effects = lock(&mut m);
            assert!(matches!(effects.last(), Some(Effect::Lock)), "{mode:?}");
            let after = kept_after_lock(&m);
            assert_eq!(after, expected, "{mode:?}");
            assert!(!after.contains(CANARY), "{mode:?}: {after}");
            // And the model answers keys as a fresh one does.
            assert_eq!(m.mode(), fresh.mode(), "{mode:?}");
        }
    }
}
