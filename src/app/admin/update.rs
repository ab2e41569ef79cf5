//! The facilitator's screens, as part of `update`: accounts, a new account's
//! role and setup code, and the centre settings.

use super::forms::NEW_ALIAS;
use crate::app::effect::{AdminEffect, AdminOutcome, Effect};
use crate::app::home::back::back_home;
use crate::app::keymap::Command;
use crate::app::model::*;
use crate::domain::money::CURRENCIES;
use crate::domain::settings::CentreSetting;
use crate::domain::{Role, Status};
use crate::i18n::Text;

pub fn on_command(model: &mut Model, command: Command) -> Vec<Effect> {
    match (&mut model.screen, command) {
        (Screen::Admin(AdminScreen::SetupCode { in_wizard, .. }), Command::Submit) => {
            if *in_wizard {
                model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
            } else {
                return open_accounts(model);
            }
        }
        (Screen::Admin(AdminScreen::Accounts { selected, .. }), Command::Up)
        | (Screen::Admin(AdminScreen::ChooseRole { selected }), Command::Up)
        | (Screen::Admin(AdminScreen::Settings { selected }), Command::Up) => {
            *selected = selected.saturating_sub(1)
        }
        (Screen::Admin(AdminScreen::Accounts { selected, rows }), Command::Down) => {
            *selected = (*selected + 1).min(rows.len().saturating_sub(1));
        }
        (Screen::Admin(AdminScreen::Accounts { .. }), Command::AddAccount) => {
            model.notice = None;
            model.screen = Screen::Admin(AdminScreen::ChooseRole { selected: 0 });
        }
        (Screen::Admin(AdminScreen::Accounts { rows, selected }), Command::NewCode) => {
            match rows.get(*selected) {
                Some(row) if row.status == Status::Unclaimed => {
                    let alias = row.alias.clone();
                    model.overlay = Some(Overlay::Confirm(Confirm::Admin(AdminConfirm::NewCode {
                        alias,
                    })));
                }
                Some(_) => model.notice = Notice::problem("err-already-claimed"),
                None => {}
            }
        }
        (Screen::Admin(AdminScreen::Accounts { rows, selected }), Command::Delete) => {
            if let Some(row) = rows.get(*selected) {
                if model
                    .her
                    .user
                    .as_ref()
                    .is_some_and(|u| u.alias == row.alias)
                {
                    model.notice = Notice::problem("err-remove-yourself");
                } else {
                    model.overlay = Some(Overlay::Confirm(Confirm::Admin(
                        AdminConfirm::RemoveAccount {
                            alias: row.alias.clone(),
                        },
                    )));
                }
            }
        }
        (Screen::Admin(AdminScreen::Accounts { rows, selected }), Command::ToggleAccount) => {
            if let Some(row) = rows.get(*selected) {
                if is_last_facilitator(rows, row) {
                    // Refused at once, as the vault would: no question first.
                    model.notice = Notice::problem("err-last-facilitator");
                    return vec![];
                }
                let enabled = row.status == Status::Disabled;
                model.overlay = Some(Overlay::Confirm(Confirm::Admin(AdminConfirm::SetEnabled {
                    alias: row.alias.clone(),
                    enabled,
                })));
            }
        }
        (Screen::Admin(AdminScreen::Accounts { .. }), Command::Back) => {
            back_home(model, MenuItem::Accounts)
        }
        (Screen::Admin(AdminScreen::Settings { .. }), Command::Back) => {
            back_home(model, MenuItem::Settings)
        }
        (Screen::Admin(AdminScreen::ChooseRole { selected }), Command::Down) => {
            *selected = (*selected + 1).min(ROLE_CHOICES.len() - 1);
        }
        (Screen::Admin(AdminScreen::ChooseRole { selected }), Command::Submit) => {
            let role = ROLE_CHOICES[*selected];
            model.screen = Screen::Form(Form::new(Purpose::AddAccount(role)));
        }
        (Screen::Admin(AdminScreen::ChooseRole { .. }), Command::Back) => {
            return open_accounts(model);
        }
        (Screen::Admin(AdminScreen::Settings { selected }), Command::Down) => {
            *selected = (*selected + 1).min(SettingItem::ALL.len() - 1);
        }
        (Screen::Admin(AdminScreen::Settings { selected }), Command::Left | Command::Right) => {
            let item = SettingItem::ALL[*selected];
            return change_setting(model, item, command == Command::Right);
        }
        _ => {}
    }
    vec![]
}

/// The only active facilitator: someone must always be able to manage the centre.
fn is_last_facilitator(rows: &[AccountLine], row: &AccountLine) -> bool {
    let active_facilitator =
        |r: &AccountLine| r.role == Role::Facilitator && r.status == Status::Active;
    active_facilitator(row) && rows.iter().filter(|r| active_facilitator(r)).count() <= 1
}

/// A yes to one of the facilitator's questions. What is done is said at once:
/// the vault's answer follows within moments, and a refusal replaces it.
pub fn confirmed(model: &mut Model, confirm: AdminConfirm) -> Vec<Effect> {
    let (effect, notice) = match confirm {
        AdminConfirm::SetEnabled { alias, enabled } => {
            let id = if enabled {
                "notice-account-enabled"
            } else {
                "notice-account-disabled"
            };
            let text = Text::with(id, vec![("alias", alias.clone())]);
            (AdminEffect::SetEnabled { alias, enabled }, Some(text))
        }
        AdminConfirm::RemoveAccount { alias } => {
            let text = Text::with("notice-account-removed", vec![("alias", alias.clone())]);
            (AdminEffect::RemoveAccount { alias }, Some(text))
        }
        AdminConfirm::NewCode { alias } => (AdminEffect::NewSetupCode { alias }, None),
    };
    model.busy = effect.is_slow();
    if let Some(text) = notice {
        model.notice = Notice::info(text);
    }
    vec![Effect::Admin(effect)]
}

pub fn open_accounts(model: &mut Model) -> Vec<Effect> {
    model.screen = Screen::Admin(AdminScreen::Accounts {
        rows: vec![],
        selected: 0,
    });
    vec![Effect::Admin(AdminEffect::ListAccounts)]
}

/// Enter on the last field of a new account's form.
pub fn submit(model: &mut Model, purpose: Purpose) -> Vec<Effect> {
    let Screen::Form(form) = &model.screen else {
        return vec![];
    };
    let role = match purpose {
        Purpose::FirstParticipant => Role::Participant,
        Purpose::AddAccount(role) => role,
        _ => return vec![],
    };
    let effect = Effect::Admin(AdminEffect::AddAccount {
        role,
        alias: form.trimmed(&NEW_ALIAS).to_string(),
    });
    model.busy = effect.is_slow();
    vec![effect]
}

pub fn back(model: &mut Model, purpose: Purpose) -> Vec<Effect> {
    match purpose {
        Purpose::AddAccount(_) => open_accounts(model),
        _ => {
            model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
            vec![]
        }
    }
}

fn change_setting(model: &mut Model, item: SettingItem, up: bool) -> Vec<Effect> {
    let centre = &mut model.centre;
    let change = match item {
        SettingItem::Language => {
            centre.language = centre.language.other();
            CentreSetting::Language(centre.language.code())
        }
        SettingItem::AutoLock => {
            let now = AUTO_LOCK_CHOICES
                .iter()
                .position(|m| *m >= centre.auto_lock_minutes)
                .unwrap_or(AUTO_LOCK_CHOICES.len() - 1);
            let next = if up {
                (now + 1).min(AUTO_LOCK_CHOICES.len() - 1)
            } else {
                now.saturating_sub(1)
            };
            centre.auto_lock_minutes = AUTO_LOCK_CHOICES[next];
            CentreSetting::AutoLockMinutes(centre.auto_lock_minutes)
        }
        SettingItem::ShowNames => {
            centre.show_names = !centre.show_names;
            CentreSetting::ShowNames(centre.show_names)
        }
        SettingItem::Currency => {
            let all = CURRENCIES;
            let at = all.iter().position(|c| *c == centre.currency).unwrap_or(0);
            let next = if up {
                (at + 1) % all.len()
            } else {
                (at + all.len() - 1) % all.len()
            };
            centre.currency = all[next].to_string();
            CentreSetting::Currency(centre.currency.clone())
        }
    };
    vec![Effect::Admin(AdminEffect::SaveSetting(change))]
}

pub fn on_outcome(model: &mut Model, outcome: AdminOutcome) -> Vec<Effect> {
    match outcome {
        AdminOutcome::Accounts(rows) => {
            if let Screen::Admin(AdminScreen::Accounts {
                rows: shown,
                selected,
            }) = &mut model.screen
            {
                *selected = (*selected).min(rows.len().saturating_sub(1));
                *shown = rows;
            }
        }
        AdminOutcome::AccountAdded { alias, code } => {
            let in_wizard = matches!(
                &model.screen,
                Screen::Form(f) if f.purpose == Purpose::FirstParticipant
            );
            // From the list, this was `k`: the code she had stops working now.
            if matches!(model.screen, Screen::Admin(AdminScreen::Accounts { .. })) {
                model.notice = Notice::info(Text::with(
                    "notice-old-code-void",
                    vec![("alias", alias.clone())],
                ));
            }
            model.screen = Screen::Admin(AdminScreen::SetupCode {
                alias,
                code,
                in_wizard,
            });
        }
    }
    vec![]
}

/// Something was done: on the account list, the list follows.
pub fn done(model: &mut Model) -> Vec<Effect> {
    if matches!(model.screen, Screen::Admin(AdminScreen::Accounts { .. })) {
        vec![Effect::Admin(AdminEffect::ListAccounts)]
    } else {
        vec![]
    }
}
