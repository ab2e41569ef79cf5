//! A business plan's screen: its steps, its status, and the ways to its
//! daily log, its capital link and its forms.

use super::history::{date_text, filled};
use super::link;
use super::nav::{form, overview_at};
use super::state::amount_text;
use crate::app::effect::{Effect, GoalsEffect};
use crate::app::keymap::Command;
use crate::app::list::step;
use crate::app::model::*;
use crate::domain::Id;
use crate::domain::goals::BusinessStatus;

pub(super) fn on_command(
    model: &mut Model,
    id: Id,
    mut selected: usize,
    command: Command,
) -> Vec<Effect> {
    let Some(goals) = model.her.goals.as_ref() else {
        return vec![];
    };
    let Some(mut plan) = goals.plan(&id).cloned() else {
        return vec![];
    };
    match command {
        Command::Up | Command::Down => {
            step(
                &mut selected,
                plan.milestones.len(),
                if command == Command::Up { -1 } else { 1 },
            );
            model.screen = Screen::Goals(GoalsScreen::BusinessPlan { id, selected });
            return vec![];
        }
        Command::Back => {
            model.screen = overview_at(model, Some(id));
            return vec![];
        }
        Command::Edit => {
            let values = [
                plan.what.clone(),
                plan.for_whom.clone(),
                plan.place.clone(),
                amount_text(model.lang, plan.capital_needed),
                amount_text(model.lang, plan.monthly_costs),
            ];
            model.screen = Screen::Form(filled(Purpose::EditBusinessGoal(id), &values));
            return vec![];
        }
        Command::Submit => {
            let Some(step) = plan.milestones.get(selected) else {
                return vec![];
            };
            let values = [
                step.text.clone(),
                step.date.map(date_text).unwrap_or_default(),
            ];
            let purpose = Purpose::EditMilestone {
                plan: id,
                index: selected,
            };
            model.screen = Screen::Form(filled(purpose, &values));
            return vec![];
        }
        Command::AddMilestone => return form(model, Purpose::NewMilestone(id)),
        Command::LogDay => {
            if let Some(goals) = model.her.goals.as_mut() {
                goals.logging_from_days = false;
            }
            return form(model, Purpose::LogDay(id));
        }
        Command::DailySales => {
            model.screen = Screen::Goals(GoalsScreen::Days {
                plan: id,
                selected: 0,
            });
            return vec![];
        }
        Command::LinkCapital => return link::open(model, id),
        Command::Delete => {
            if let Some(step) = plan.milestones.get(selected) {
                model.overlay = Some(Overlay::Confirm(Confirm::Goals(GoalsConfirm::RemoveStep {
                    plan: id,
                    index: selected,
                    step: step.text.clone(),
                })));
            }
            return vec![];
        }
        Command::Toggle => match plan.milestones.get_mut(selected) {
            Some(m) => m.done = !m.done,
            None => return vec![],
        },
        Command::Left | Command::Right => {
            let all = BusinessStatus::ALL;
            let at = all.iter().position(|s| *s == plan.status).unwrap_or(0);
            let next = if command == Command::Right {
                (at + 1) % all.len()
            } else {
                (at + all.len() - 1) % all.len()
            };
            plan.status = all[next];
        }
        _ => return vec![],
    }
    vec![Effect::Goals(GoalsEffect::SavePlan {
        id: Some(id),
        goal: plan,
    })]
}

pub(super) fn remove_step(model: &mut Model, plan: Id, index: usize) -> Vec<Effect> {
    let Some(mut goal) = model
        .her
        .goals
        .as_ref()
        .and_then(|g| g.plan(&plan))
        .cloned()
    else {
        return vec![];
    };
    if index >= goal.milestones.len() {
        return vec![];
    }
    goal.milestones.remove(index);
    if let Screen::Goals(GoalsScreen::BusinessPlan { selected, .. }) = &mut model.screen {
        *selected = (*selected).min(goal.milestones.len().saturating_sub(1));
    }
    vec![Effect::Goals(GoalsEffect::SavePlan {
        id: Some(plan),
        goal,
    })]
}
