//! Correcting what she logged: a savings goal's deposits and withdrawals, and a
//! plan's days of sales. Each is found by its place in the goal's list; every
//! change saves the goal whole, so that place can't go stale in between.

use super::notices::problem;
use super::state::amount_text;
use crate::app::effect::{Effect, GoalsEffect};
use crate::app::keymap::Command;
use crate::app::list::step;
use crate::app::model::*;
use crate::app::notice::Notice;
use crate::domain::Id;
use crate::domain::goals::GoalError;
use crate::i18n::Text;

/// A form with what is there now, ready to change.
pub(super) fn filled(purpose: Purpose, values: &[String]) -> Form {
    let mut form = Form::new(purpose);
    for (field, value) in form.fields.iter_mut().zip(values) {
        field.value = crate::app::field::TextField::with_text(value);
    }
    form
}

/// The list shows the newest first; `selected` counts from there.
fn index_of(selected: usize, len: usize) -> Option<usize> {
    len.checked_sub(selected + 1)
}

pub(super) fn date_text(date: chrono::NaiveDate) -> String {
    date.format("%d-%m-%Y").to_string()
}

/// Keys on a savings goal's screen that act on its movements.
pub fn on_saving(model: &mut Model, id: Id, selected: usize, command: Command) -> Vec<Effect> {
    let Some(goal) = model.her.goals.as_ref().and_then(|g| g.saving(&id)) else {
        return vec![];
    };
    let len = goal.movements.len();
    let Some(index) = index_of(selected, len) else {
        // Without a word, Enter and d would seem not to work.
        let nothing = match command {
            Command::Submit => "goal-no-movement-to-change",
            Command::Delete => "goal-no-movement-to-remove",
            _ => return vec![],
        };
        model.notice = Notice::info(Text::new(nothing));
        return vec![];
    };
    let movement = &goal.movements[index];
    match command {
        Command::Up | Command::Down => {
            let mut selected = selected;
            step(
                &mut selected,
                len,
                if command == Command::Up { -1 } else { 1 },
            );
            model.screen = Screen::Goals(GoalsScreen::SavingsGoal { id, selected });
        }
        Command::Submit => {
            let values = [
                amount_text(model.lang, movement.amount.abs()),
                date_text(movement.date),
                movement.note.clone(),
            ];
            let purpose = Purpose::EditMovement {
                goal: id,
                index,
                withdraw: movement.amount < 0,
            };
            model.screen = Screen::Form(filled(purpose, &values));
            back_to_row(model, selected);
        }
        Command::Delete => {
            model.overlay = Some(Overlay::Confirm(Confirm::Goals(
                GoalsConfirm::RemoveMovement {
                    goal: id,
                    index,
                    amount: movement.amount,
                    date: movement.date,
                },
            )));
        }
        _ => {}
    }
    vec![]
}

/// The list of a plan's logged days.
pub fn on_days(model: &mut Model, plan: Id, selected: usize, command: Command) -> Vec<Effect> {
    let Some(goal) = model.her.goals.as_ref().and_then(|g| g.plan(&plan)) else {
        return vec![];
    };
    let len = goal.log.len();
    match command {
        Command::Back => {
            model.screen = Screen::Goals(GoalsScreen::BusinessPlan {
                id: plan,
                selected: 0,
            });
            return vec![];
        }
        Command::LogDay => {
            if let Some(goals) = model.her.goals.as_mut() {
                goals.logging_from_days = true;
            }
            model.screen = Screen::Form(Form::new(Purpose::LogDay(plan)));
            return vec![];
        }
        _ => {}
    }
    let Some(index) = index_of(selected, len) else {
        return vec![];
    };
    let day = &goal.log[index];
    match command {
        Command::Up | Command::Down => {
            let mut selected = selected;
            step(
                &mut selected,
                len,
                if command == Command::Up { -1 } else { 1 },
            );
            model.screen = Screen::Goals(GoalsScreen::Days { plan, selected });
        }
        Command::Submit => {
            let values = [
                date_text(day.date),
                amount_text(model.lang, day.sales),
                amount_text(model.lang, day.expenses),
            ];
            model.screen = Screen::Form(filled(Purpose::EditDay { plan, index }, &values));
            back_to_row(model, selected);
        }
        Command::Delete => {
            model.overlay = Some(Overlay::Confirm(Confirm::Goals(GoalsConfirm::RemoveDay {
                plan,
                index,
                date: day.date,
            })));
        }
        _ => {}
    }
    vec![]
}

/// The row a form opened from a list goes back to.
pub(super) fn back_to_row(model: &mut Model, row: usize) {
    if let Some(goals) = model.her.goals.as_mut() {
        goals.row_after_form = row;
    }
}

/// The row, counted from the newest, of the item at `index` (oldest first).
pub(super) fn row_of(index: usize, len: usize) -> usize {
    len.saturating_sub(index + 1)
}

/// After a yes: the movement goes, unless the balance would then be below zero.
pub fn remove_movement(model: &mut Model, id: Id, index: usize) -> Vec<Effect> {
    let Some(mut goal) = model
        .her
        .goals
        .as_ref()
        .and_then(|g| g.saving(&id))
        .cloned()
    else {
        return vec![];
    };
    match goal.remove(index) {
        Ok(()) => {
            if let Screen::Goals(GoalsScreen::SavingsGoal { selected, .. }) = &mut model.screen {
                *selected = (*selected).min(goal.movements.len().saturating_sub(1));
            }
            vec![Effect::Goals(GoalsEffect::SaveSaving {
                id: Some(id),
                goal,
            })]
        }
        Err(GoalError::MoreThanBalance) => problem(model, "err-remove-below-zero"),
        Err(GoalError::NoSuchItem) => vec![],
    }
}

pub fn remove_day(model: &mut Model, plan: Id, index: usize) -> Vec<Effect> {
    let Some(mut goal) = model
        .her
        .goals
        .as_ref()
        .and_then(|g| g.plan(&plan))
        .cloned()
    else {
        return vec![];
    };
    if goal.remove_day(index).is_err() {
        return vec![];
    }
    if let Screen::Goals(GoalsScreen::Days { selected, .. }) = &mut model.screen {
        *selected = (*selected).min(goal.log.len().saturating_sub(1));
    }
    vec![Effect::Goals(GoalsEffect::SavePlan {
        id: Some(plan),
        goal,
    })]
}
