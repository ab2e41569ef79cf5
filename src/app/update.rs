//! The one place where the model changes. Pure: no terminal, clock or disk.
//! Time arrives inside actions; work on the vault leaves as effects.

use super::effect::{Effect, Outcome};
use super::keymap::{Command, Mode, lookup};
use super::keys::Key;
use super::model::*;
use crate::crypto::Passphrase;
use crate::domain::Role;
use crate::i18n::{Lang, Text};
use crate::store::settings;

pub enum Action {
    Key {
        key: Key,
        at: Moment,
    },
    /// The terminal's size, at start and whenever it changes.
    Resize {
        width: u16,
        height: u16,
    },
    /// The clock moved on (the runtime sends this a few times a second).
    Tick(Moment),
    Done(Outcome),
}

pub fn update(model: &mut Model, action: Action) -> Vec<Effect> {
    match action {
        Action::Key { key, at } => {
            model.now = at;
            model.last_input = at;
            // Steady typing leaves no idle moment for a tick: seal drafts here too.
            let mut effects = super::update_journal::autosave(model);
            // A notice stays until she moves on; in forms it explains the field
            // she is correcting, so it stays there until the next submit.
            if !model.mode().takes_text() || model.mode() == Mode::Search {
                model.notice = None;
            }
            effects.extend(on_key(model, key));
            effects
        }
        Action::Resize { width, height } => {
            model.too_small = width < crate::ui::MIN_WIDTH || height < crate::ui::MIN_HEIGHT;
            vec![]
        }
        Action::Tick(now) => {
            model.now = now;
            if idle_too_long(model) {
                lock(model)
            } else {
                super::update_journal::autosave(model)
            }
        }
        Action::Done(outcome) => {
            model.busy = false;
            on_outcome(model, outcome)
        }
    }
}

/// Idle by the wall clock or by the monotonic one, whichever says longer: a PC
/// woken from sleep has a jumped wall clock and a monotonic clock that paused.
fn idle_too_long(model: &Model) -> bool {
    let wall_ms = (model.now.unix - model.last_input.unix).saturating_mul(1000);
    let mono_ms = model.now.mono_ms.saturating_sub(model.last_input.mono_ms);
    let idle_ms = wall_ms.max(i64::try_from(mono_ms).unwrap_or(i64::MAX));
    model.holds_anything() && idle_ms >= model.centre.auto_lock_minutes * 60_000
}

/// Quick hide, auto-lock and logging out: wipe and show the neutral screen.
pub fn lock(model: &mut Model) -> Vec<Effect> {
    // Unsaved words are sealed as a draft first, while the keys are still here.
    let mut effects = match model.editor.take() {
        Some(editor) if editor.changed && !editor.is_blank() => {
            vec![Effect::SaveDraft(editor.draft())]
        }
        _ => vec![],
    };
    // A half-filled goal form is sealed too; so is one handed back at login
    // that she hasn't opened yet.
    let typed = match &model.screen {
        Screen::Form(form) if !form.is_blank() => {
            form.purpose
                .draft_code()
                .map(|code| crate::domain::records::FormDraft {
                    form: code,
                    values: form
                        .fields
                        .iter()
                        .map(|f| f.value.text().to_string())
                        .collect(),
                })
        }
        _ => None,
    };
    if let Some(form) = typed.or_else(|| model.pending_form.take()) {
        effects.push(Effect::SaveFormDraft(form));
    }
    model.pending_form = None;
    effects.push(Effect::Lock);
    model.journal = None;
    model.goals = None;
    model.period = 0;
    model.offered_drafts.clear();
    model.lang = model.centre.language;
    model.screen = Model::start_screen(model.set_up);
    model.overlay = None;
    model.user = None;
    model.notice = None;
    model.busy = false;
    effects
}

fn on_key(model: &mut Model, key: Key) -> Vec<Effect> {
    let mode = model.mode();
    let command = lookup(mode, key);
    // Nothing she can't see may happen: a too-small window only hides or quits.
    if model.too_small && !matches!(command, Some(Command::QuickHide | Command::Quit)) {
        return vec![];
    }
    let Some(command) = command else {
        // Help or a question on top hides the field underneath: don't type into it.
        if model.busy || model.overlay.is_some() {
            return vec![];
        }
        match mode {
            Mode::Search | Mode::Editor => super::update_journal::typed(model, key),
            _ => {
                if let Screen::Form(form) = &mut model.screen {
                    form.fields[form.focus].value.edit(key);
                }
            }
        }
        return vec![];
    };
    match command {
        Command::QuickHide => return lock(model),
        Command::Quit => {
            model.quit = true;
            return lock(model);
        }
        Command::Help => {
            model.overlay = Some(Overlay::Help);
            return vec![];
        }
        _ => {}
    }
    if model.busy {
        return vec![];
    }
    match &model.overlay {
        Some(Overlay::Help) => {
            model.overlay = None;
            vec![]
        }
        Some(Overlay::Confirm(confirm)) => {
            let confirm = confirm.clone();
            model.overlay = None;
            match (command, confirm) {
                (Command::Confirm, Confirm::SetEnabled { alias, enabled }) => {
                    vec![Effect::SetEnabled { alias, enabled }]
                }
                (Command::Confirm, Confirm::DeleteGoal { id }) => vec![Effect::DeleteGoal(id)],
                (Command::Confirm, Confirm::RemoveAccount { alias }) => {
                    vec![Effect::RemoveAccount { alias }]
                }
                (Command::Confirm, Confirm::RemoveStep { plan, index }) => {
                    super::update_goals::remove_step(model, plan, index)
                }
                (command, confirm) => super::update_journal::confirmed(model, command, confirm),
            }
        }
        None => on_command(model, command),
    }
}

fn on_command(model: &mut Model, command: Command) -> Vec<Effect> {
    if super::update_journal::owns(&model.screen) {
        return super::update_journal::on_command(model, command);
    }
    if super::update_goals::owns(&model.screen) {
        return super::update_goals::on_command(model, command);
    }
    let user_role = model.user.as_ref().map(|u| u.role);
    match (&mut model.screen, command) {
        (Screen::Language { selected }, Command::Up | Command::Down) => {
            *selected = 1 - *selected;
            model.lang = Lang::ALL[*selected];
            vec![]
        }
        (Screen::Language { selected }, Command::Submit) => {
            model.lang = Lang::ALL[*selected];
            model.screen = Screen::Form(Form::new(Purpose::Wizard));
            vec![]
        }
        (Screen::Form(form), Command::NextField) => {
            form.focus = (form.focus + 1) % form.fields.len();
            vec![]
        }
        (Screen::Form(form), Command::PrevField) => {
            form.focus = (form.focus + form.fields.len() - 1) % form.fields.len();
            vec![]
        }
        (Screen::Form(form), Command::Submit) => {
            if form.focus + 1 < form.fields.len() {
                form.focus += 1;
                return vec![];
            }
            submit_form(model)
        }
        (Screen::Form(form), Command::Back) => {
            let purpose = form.purpose;
            model.notice = None;
            back_from_form(model, purpose)
        }
        (Screen::Form(_), Command::SwitchLanguage) => {
            model.lang = other(model.lang);
            vec![]
        }
        (Screen::Form(_), Command::Forgot) => {
            model.notice = None;
            model.screen = Screen::Form(Form::new(Purpose::Recover));
            vec![]
        }
        (Screen::Form(_), Command::FirstLogin) => {
            model.notice = None;
            model.screen = Screen::Form(Form::new(Purpose::Claim));
            vec![]
        }
        (Screen::RecoveryCode { kept, .. }, Command::Tick) => {
            *kept = !*kept;
            vec![]
        }
        (Screen::RecoveryCode { kept, .. }, Command::Submit) => {
            if *kept {
                model.busy = true;
                vec![Effect::Commit]
            } else {
                model.notice = problem("notice-tick-first");
                vec![]
            }
        }
        (Screen::RecoveryCode { flow, .. }, Command::Back) => {
            let flow = *flow;
            model.notice = None;
            model.screen = match flow {
                Flow::SetUp => Screen::Form(Form::new(Purpose::Wizard)),
                Flow::Claim => Screen::Form(Form::new(Purpose::Claim)),
                Flow::Recover => Screen::Form(Form::new(Purpose::Recover)),
                Flow::ChangePassphrase => Screen::Form(Form::new(Purpose::ChangePassphrase)),
            };
            if flow == Flow::ChangePassphrase {
                // She is still logged in: her session comes back.
                vec![Effect::CancelPending]
            } else {
                // No one is logged in here: nothing of hers may stay in memory.
                vec![Effect::CancelPending, Effect::Lock]
            }
        }
        (Screen::SetupCode { in_wizard, .. }, Command::Submit) => {
            if *in_wizard {
                model.screen = Screen::Home { selected: 0 };
                vec![]
            } else {
                open_accounts(model)
            }
        }
        (Screen::Home { selected }, Command::Up) => {
            *selected = selected.saturating_sub(1);
            vec![]
        }
        (Screen::Home { selected }, Command::Down) => {
            let items = user_role.map_or(0, |r| MenuItem::for_role(r).len());
            *selected = (*selected + 1).min(items.saturating_sub(1));
            vec![]
        }
        (Screen::Home { selected }, Command::Submit) => {
            let Some(role) = user_role else {
                return vec![];
            };
            let item = MenuItem::for_role(role)[*selected];
            open_menu_item(model, item)
        }
        (Screen::Home { .. }, Command::SwitchLanguage) => {
            model.lang = other(model.lang);
            vec![Effect::SaveLanguage(model.lang)]
        }
        (Screen::Accounts { selected, .. }, Command::Up)
        | (Screen::ChooseRole { selected }, Command::Up)
        | (Screen::Settings { selected }, Command::Up) => {
            *selected = selected.saturating_sub(1);
            vec![]
        }
        (Screen::Accounts { selected, rows }, Command::Down) => {
            *selected = (*selected + 1).min(rows.len().saturating_sub(1));
            vec![]
        }
        (Screen::Accounts { .. }, Command::AddAccount) => {
            model.notice = None;
            model.screen = Screen::ChooseRole { selected: 0 };
            vec![]
        }
        (Screen::Accounts { rows, selected }, Command::NewCode) => match rows.get(*selected) {
            Some(row) if row.status == crate::domain::Status::Unclaimed => {
                let alias = row.alias.clone();
                model.busy = true;
                vec![Effect::NewSetupCode { alias }]
            }
            Some(_) => {
                model.notice = problem("err-already-claimed");
                vec![]
            }
            None => vec![],
        },
        (Screen::Accounts { rows, selected }, Command::Delete) => {
            if let Some(row) = rows.get(*selected) {
                if model.user.as_ref().is_some_and(|u| u.alias == row.alias) {
                    model.notice = problem("err-remove-yourself");
                } else {
                    model.overlay = Some(Overlay::Confirm(Confirm::RemoveAccount {
                        alias: row.alias.clone(),
                    }));
                }
            }
            vec![]
        }
        (Screen::Accounts { rows, selected }, Command::ToggleAccount) => {
            if let Some(row) = rows.get(*selected) {
                let enabled = row.status == crate::domain::Status::Disabled;
                model.overlay = Some(Overlay::Confirm(Confirm::SetEnabled {
                    alias: row.alias.clone(),
                    enabled,
                }));
            }
            vec![]
        }
        (
            Screen::Accounts { .. } | Screen::Settings { .. } | Screen::Privacy { .. },
            Command::Back,
        ) => {
            model.notice = None;
            model.screen = Screen::Home { selected: 0 };
            vec![]
        }
        (Screen::ChooseRole { selected }, Command::Down) => {
            *selected = (*selected + 1).min(ROLE_CHOICES.len() - 1);
            vec![]
        }
        (Screen::ChooseRole { selected }, Command::Submit) => {
            let role = ROLE_CHOICES[*selected];
            model.screen = Screen::Form(Form::new(Purpose::AddAccount(role)));
            vec![]
        }
        (Screen::ChooseRole { .. }, Command::Back) => open_accounts(model),
        (Screen::Settings { selected }, Command::Down) => {
            *selected = (*selected + 1).min(SettingItem::ALL.len() - 1);
            vec![]
        }
        (Screen::Settings { selected }, Command::Left | Command::Right) => {
            let item = SettingItem::ALL[*selected];
            change_setting(model, item, command == Command::Right)
        }
        (Screen::Privacy { scroll }, Command::Up) => {
            *scroll = scroll.saturating_sub(1);
            vec![]
        }
        (Screen::Privacy { scroll }, Command::Down) => {
            // The view stops at the end of the text; this only bounds the count.
            *scroll = scroll.saturating_add(1).min(24);
            vec![]
        }
        _ => vec![],
    }
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Id => Lang::En,
        Lang::En => Lang::Id,
    }
}

fn problem(id: &'static str) -> Option<Notice> {
    Some(Notice {
        text: Text::new(id),
        tone: Tone::Problem,
    })
}

/// Moves a list's selection by `by` rows, staying inside the list.
pub(super) fn step(selected: &mut usize, len: usize, by: isize) {
    let last = len.saturating_sub(1) as isize;
    *selected = (*selected as isize + by).clamp(0, last.max(0)) as usize;
}

pub(super) fn info(text: Text) -> Option<Notice> {
    Some(Notice {
        text,
        tone: Tone::Info,
    })
}

fn open_accounts(model: &mut Model) -> Vec<Effect> {
    model.screen = Screen::Accounts {
        rows: vec![],
        selected: 0,
    };
    vec![Effect::ListAccounts]
}

fn open_menu_item(model: &mut Model, item: MenuItem) -> Vec<Effect> {
    model.notice = None;
    match item {
        MenuItem::Write => super::update_journal::new_entry(model, None),
        MenuItem::WriteWithPrompt => {
            model.screen = Screen::Prompts {
                set: None,
                selected: 0,
            };
            vec![]
        }
        MenuItem::Journal => {
            model.screen = Screen::Journal;
            vec![]
        }
        MenuItem::Goals => {
            model.screen = Screen::Goals { selected: 0 };
            super::update_goals::hand_back_form(model);
            vec![]
        }
        MenuItem::Accounts => open_accounts(model),
        MenuItem::Settings => {
            model.screen = Screen::Settings { selected: 0 };
            vec![]
        }
        MenuItem::Privacy => {
            model.screen = Screen::Privacy { scroll: 0 };
            vec![]
        }
        MenuItem::ChangePassphrase => {
            model.screen = Screen::Form(Form::new(Purpose::ChangePassphrase));
            vec![]
        }
        MenuItem::Lock => lock(model),
    }
}

fn back_from_form(model: &mut Model, purpose: Purpose) -> Vec<Effect> {
    match purpose {
        // The passphrase prompt has nowhere to go back to.
        Purpose::Login => vec![],
        Purpose::Wizard => {
            model.screen = Screen::Language {
                selected: Lang::ALL.iter().position(|l| *l == model.lang).unwrap_or(0),
            };
            vec![]
        }
        Purpose::Claim | Purpose::Recover => {
            model.screen = Screen::Form(Form::new(Purpose::Login));
            vec![]
        }
        Purpose::FirstParticipant | Purpose::ChangePassphrase => {
            model.screen = Screen::Home { selected: 0 };
            vec![]
        }
        Purpose::AddAccount(_) => open_accounts(model),
        Purpose::NewSavingsGoal
        | Purpose::EditSavingsGoal(_)
        | Purpose::Movement { .. }
        | Purpose::NewBusinessGoal
        | Purpose::EditBusinessGoal(_)
        | Purpose::NewMilestone(_)
        | Purpose::LogDay(_) => super::update_goals::back(model, purpose),
    }
}

/// Checks a new passphrase typed twice; on a problem, says so and clears both.
fn new_passphrase(model: &mut Model, first: usize) -> Option<Passphrase> {
    let Screen::Form(form) = &mut model.screen else {
        return None;
    };
    let chosen = Passphrase::chosen(form.value(first));
    let repeated = Passphrase::typed(form.value(first + 1));
    let problem_id = match &chosen {
        Err(_) => Some("err-passphrase-too-short"),
        Ok(p) if !p.matches(&repeated) => Some("err-passphrases-differ"),
        Ok(_) => None,
    };
    if let Some(id) = problem_id {
        form.fields[first].value.clear();
        form.fields[first + 1].value.clear();
        form.focus = first;
        model.notice = problem(id);
        return None;
    }
    chosen.ok()
}

fn submit_form(model: &mut Model) -> Vec<Effect> {
    let Screen::Form(form) = &model.screen else {
        return vec![];
    };
    let purpose = form.purpose;
    let text = |i: usize| form.value(i).trim().to_string();
    let code = |i: usize| zeroize::Zeroizing::new(form.value(i).to_string());
    model.notice = None;
    let effect = match purpose {
        Purpose::NewSavingsGoal
        | Purpose::EditSavingsGoal(_)
        | Purpose::Movement { .. }
        | Purpose::NewBusinessGoal
        | Purpose::EditBusinessGoal(_)
        | Purpose::NewMilestone(_)
        | Purpose::LogDay(_) => return super::update_goals::submit(model, purpose),
        Purpose::Login => {
            if model.wait_seconds().is_some() {
                model.notice = problem("err-too-many-attempts");
                return vec![];
            }
            let effect = Effect::Unlock {
                alias: text(0),
                passphrase: Passphrase::typed(form.value(1)),
            };
            if let Screen::Form(form) = &mut model.screen {
                form.fields[1].value.clear();
                form.focus = 1;
            }
            effect
        }
        Purpose::Wizard => {
            let (centre, alias) = (text(0), text(1));
            if centre.is_empty() {
                model.notice = problem("err-centre-empty");
                return vec![];
            }
            let Some(passphrase) = new_passphrase(model, 2) else {
                return vec![];
            };
            Effect::SetUp {
                centre,
                alias,
                lang: model.lang,
                passphrase,
            }
        }
        Purpose::FirstParticipant => Effect::AddAccount {
            role: Role::Participant,
            alias: text(0),
        },
        Purpose::AddAccount(role) => Effect::AddAccount {
            role,
            alias: text(0),
        },
        Purpose::Claim | Purpose::Recover => {
            let (alias, code) = (text(0), code(1));
            let Some(passphrase) = new_passphrase(model, 2) else {
                return vec![];
            };
            if purpose == Purpose::Claim {
                Effect::Claim {
                    alias,
                    code,
                    passphrase,
                }
            } else {
                Effect::Recover {
                    alias,
                    code,
                    passphrase,
                }
            }
        }
        Purpose::ChangePassphrase => {
            let current = Passphrase::typed(form.value(0));
            let Some(new) = new_passphrase(model, 1) else {
                return vec![];
            };
            Effect::ChangePassphrase { current, new }
        }
    };
    model.busy = effect.is_slow();
    vec![effect]
}

fn change_setting(model: &mut Model, item: SettingItem, up: bool) -> Vec<Effect> {
    let (key, value) = match item {
        SettingItem::Language => {
            model.centre.language = other(model.centre.language);
            (settings::LANGUAGE, model.centre.language.code().to_string())
        }
        SettingItem::AutoLock => {
            let now = AUTO_LOCK_CHOICES
                .iter()
                .position(|m| *m >= model.centre.auto_lock_minutes)
                .unwrap_or(AUTO_LOCK_CHOICES.len() - 1);
            let next = if up {
                (now + 1).min(AUTO_LOCK_CHOICES.len() - 1)
            } else {
                now.saturating_sub(1)
            };
            model.centre.auto_lock_minutes = AUTO_LOCK_CHOICES[next];
            (
                settings::AUTO_LOCK_MINUTES,
                model.centre.auto_lock_minutes.to_string(),
            )
        }
        SettingItem::ShowNames => {
            model.centre.show_names = !model.centre.show_names;
            let value = if model.centre.show_names { "on" } else { "off" };
            (settings::SHOW_NAMES, value.to_string())
        }
        SettingItem::Currency => {
            let all = crate::domain::money::CURRENCIES;
            let at = all
                .iter()
                .position(|c| *c == model.centre.currency)
                .unwrap_or(0);
            let next = if up {
                (at + 1) % all.len()
            } else {
                (at + all.len() - 1) % all.len()
            };
            model.centre.currency = all[next].to_string();
            (settings::CURRENCY, model.centre.currency.clone())
        }
    };
    vec![Effect::SaveSetting { key, value }]
}

fn on_outcome(model: &mut Model, outcome: Outcome) -> Vec<Effect> {
    match outcome {
        Outcome::CodeToKeep(code) => {
            let flow = match &model.screen {
                Screen::Form(f) => match f.purpose {
                    Purpose::Wizard => Flow::SetUp,
                    Purpose::Claim => Flow::Claim,
                    Purpose::Recover => Flow::Recover,
                    _ => Flow::ChangePassphrase,
                },
                _ => return vec![Effect::CancelPending],
            };
            model.screen = Screen::RecoveryCode {
                code,
                kept: false,
                flow,
            };
            vec![]
        }
        Outcome::LoggedIn { user, language } => {
            if let Some(lang) = language {
                model.lang = lang;
            }
            model.wait_until_ms = None;
            model.notice = None;
            let flow = match &model.screen {
                Screen::RecoveryCode { flow, .. } => Some(*flow),
                _ => None,
            };
            let participant = user.role == Role::Participant;
            model.user = Some(user);
            model.screen = match flow {
                Some(Flow::SetUp) => {
                    model.set_up = true;
                    // The language chosen in the wizard is the centre's.
                    model.centre.language = model.lang;
                    Screen::Form(Form::new(Purpose::FirstParticipant))
                }
                _ => Screen::Home { selected: 0 },
            };
            if flow == Some(Flow::ChangePassphrase) {
                model.notice = info(Text::new("notice-passphrase-changed"));
            }
            if participant && model.journal.is_none() {
                vec![Effect::LoadJournal, Effect::LoadGoals]
            } else {
                vec![]
            }
        }
        Outcome::Refused { text, wait_seconds } => {
            let refused_secret =
                text.id.starts_with("err-wrong-credentials") || text.id == "err-try-later";
            let mut text = text;
            if let Screen::Form(form) = &mut model.screen
                && refused_secret
            {
                // The wait is counted down on screen, for the name it belongs to.
                if let Some(seconds) = wait_seconds {
                    let ms = u64::try_from(seconds).unwrap_or(0).saturating_mul(1000);
                    model.wait_until_ms = Some(model.now.mono_ms + ms);
                    model.wait_alias = Some(form.value(0).trim().to_lowercase());
                }
                // Say what didn't match, and clear it for the next try.
                let (id, field) = match form.purpose {
                    Purpose::Claim => ("err-wrong-setup-code", 1),
                    Purpose::Recover => ("err-wrong-recovery-code", 1),
                    Purpose::ChangePassphrase => ("err-wrong-current-passphrase", 0),
                    _ => ("err-wrong-credentials", 1),
                };
                text = Text::new(if text.id == "err-try-later" {
                    "err-too-many-attempts"
                } else {
                    id
                });
                if form.purpose == Purpose::ChangePassphrase {
                    for f in &mut form.fields {
                        f.value.clear();
                    }
                }
                form.fields[field].value.clear();
                form.focus = field;
            }
            model.notice = Some(Notice {
                text,
                tone: Tone::Problem,
            });
            vec![]
        }
        Outcome::Accounts(rows) => {
            if let Screen::Accounts {
                rows: shown,
                selected,
            } = &mut model.screen
            {
                *selected = (*selected).min(rows.len().saturating_sub(1));
                *shown = rows;
            }
            vec![]
        }
        Outcome::AccountAdded { alias, code } => {
            let in_wizard = matches!(
                &model.screen,
                Screen::Form(f) if f.purpose == Purpose::FirstParticipant
            );
            model.screen = Screen::SetupCode {
                alias,
                code,
                in_wizard,
            };
            vec![]
        }
        Outcome::Journal { .. } | Outcome::EntrySaved { .. } | Outcome::EntryDeleted(_) => {
            super::update_journal::on_outcome(model, outcome)
        }
        Outcome::Goals { .. }
        | Outcome::SavingSaved { .. }
        | Outcome::PlanSaved { .. }
        | Outcome::GoalDeleted(_) => super::update_goals::on_outcome(model, outcome),
        Outcome::Done => {
            if matches!(model.screen, Screen::Accounts { .. }) {
                return vec![Effect::ListAccounts];
            }
            vec![]
        }
    }
}
