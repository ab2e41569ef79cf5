//! The goals' part of `update`: the overview, a savings goal with its deposits
//! and withdrawals, a business plan with milestones and its daily log.

use super::history::{self, filled};
use super::link;
use super::state::{GoalRef, amount_text};
use crate::app::effect::{Effect, GoalsEffect, GoalsOutcome};
use crate::app::home::back::back_home;
use crate::app::keymap::Command;
use crate::app::list::step;
use crate::app::model::*;
use crate::app::notice::Notice;
use crate::domain::Id;
use crate::domain::goals::BusinessStatus;
use crate::i18n::Text;

fn form(model: &mut Model, purpose: Purpose) -> Vec<Effect> {
    model.screen = Screen::Form(Form::new(purpose));
    vec![]
}

/// The overview with the cursor on `goal`'s row, so she comes back to it.
fn overview_at(model: &Model, goal: Option<Id>) -> Screen {
    let rows = model
        .her
        .goals
        .as_ref()
        .map(|g| g.rows())
        .unwrap_or_default();
    let selected = rows
        .iter()
        .position(|r| matches!(r, GoalRef::Savings(i) | GoalRef::Business(i) if Some(*i) == goal))
        .unwrap_or(0);
    Screen::Goals(GoalsScreen::Overview { selected })
}

pub fn on_command(model: &mut Model, command: Command) -> Vec<Effect> {
    if model.her.goals.is_none() {
        model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
        return vec![];
    }
    let Screen::Goals(screen) = model.screen.clone() else {
        return vec![];
    };
    match screen {
        GoalsScreen::Overview { selected } => on_overview(model, selected, command),
        GoalsScreen::SavingsGoal { id, selected } => match command {
            Command::Deposit | Command::Withdraw => form(
                model,
                Purpose::Movement {
                    goal: id,
                    withdraw: command == Command::Withdraw,
                },
            ),
            Command::Edit => edit_saving(model, id),
            Command::Back => {
                model.screen = overview_at(model, Some(id));
                vec![]
            }
            _ => history::on_saving(model, id, selected, command),
        },
        GoalsScreen::BusinessPlan { id, selected } => on_plan(model, id, selected, command),
        GoalsScreen::Days { plan, selected } => history::on_days(model, plan, selected, command),
        GoalsScreen::LinkCapital { plan, selected } => {
            link::on_command(model, plan, selected, command)
        }
    }
}

fn on_overview(model: &mut Model, mut selected: usize, command: Command) -> Vec<Effect> {
    let Some(goals) = model.her.goals.as_mut() else {
        return vec![];
    };
    let rows = goals.rows();
    match command {
        Command::Up | Command::Down => {
            step(
                &mut selected,
                rows.len(),
                if command == Command::Up { -1 } else { 1 },
            );
            model.screen = Screen::Goals(GoalsScreen::Overview { selected });
            vec![]
        }
        Command::Submit => {
            model.screen = match rows.get(selected) {
                Some(GoalRef::Savings(id)) => Screen::Goals(GoalsScreen::SavingsGoal {
                    id: *id,
                    selected: 0,
                }),
                Some(GoalRef::Business(id)) => Screen::Goals(GoalsScreen::BusinessPlan {
                    id: *id,
                    selected: 0,
                }),
                None => return vec![],
            };
            vec![]
        }
        Command::NewEntry => form(model, Purpose::NewSavingsGoal),
        Command::NewBusiness => form(model, Purpose::NewBusinessGoal),
        Command::ShowArchived => {
            goals.show_archived = !goals.show_archived;
            model.screen = Screen::Goals(GoalsScreen::Overview { selected: 0 });
            vec![]
        }
        Command::Archive => match rows.get(selected) {
            Some(GoalRef::Savings(id)) => {
                let Some(mut goal) = goals.saving(id).cloned() else {
                    return vec![];
                };
                goal.archived = !goal.archived;
                vec![Effect::Goals(GoalsEffect::SaveSaving {
                    id: Some(*id),
                    goal,
                })]
            }
            Some(GoalRef::Business(id)) => {
                let Some(mut goal) = goals.plan(id).cloned() else {
                    return vec![];
                };
                goal.archived = !goal.archived;
                vec![Effect::Goals(GoalsEffect::SavePlan {
                    id: Some(*id),
                    goal,
                })]
            }
            None => vec![],
        },
        Command::Delete => {
            let name = match rows.get(selected) {
                Some(GoalRef::Savings(id)) => goals.saving(id).map(|g| (*id, g.name.clone())),
                Some(GoalRef::Business(id)) => goals.plan(id).map(|p| (*id, p.what.clone())),
                None => None,
            };
            if let Some((id, name)) = name {
                model.overlay = Some(Overlay::Confirm(Confirm::Goals(GoalsConfirm::DeleteGoal {
                    id,
                    name,
                })));
            }
            vec![]
        }
        Command::Back => {
            back_home(model, MenuItem::Goals);
            vec![]
        }
        _ => vec![],
    }
}

fn edit_saving(model: &mut Model, id: Id) -> Vec<Effect> {
    let Some(g) = model.her.goals.as_ref().and_then(|g| g.saving(&id)) else {
        return vec![];
    };
    let date = g.target_date.map(|d| d.format("%d-%m-%Y").to_string());
    let values = [
        g.name.clone(),
        amount_text(model.lang, g.target),
        date.unwrap_or_default(),
        g.why.clone(),
    ];
    model.screen = Screen::Form(filled(Purpose::EditSavingsGoal(id), &values));
    vec![]
}

fn on_plan(model: &mut Model, id: Id, mut selected: usize, command: Command) -> Vec<Effect> {
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

/// A yes to deleting a goal, one of a plan's steps, a movement or a logged day.
pub fn confirmed(model: &mut Model, command: Command, confirm: GoalsConfirm) -> Vec<Effect> {
    if command != Command::Confirm {
        return vec![];
    }
    match confirm {
        GoalsConfirm::DeleteGoal { id, .. } => vec![Effect::Goals(GoalsEffect::DeleteGoal(id))],
        GoalsConfirm::RemoveStep { plan, index, .. } => remove_step(model, plan, index),
        GoalsConfirm::RemoveMovement { goal, index, .. } => {
            history::remove_movement(model, goal, index)
        }
        GoalsConfirm::RemoveDay { plan, index, .. } => history::remove_day(model, plan, index),
    }
}

fn remove_step(model: &mut Model, plan: Id, index: usize) -> Vec<Effect> {
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

/// Opens the goal form she was filling in when the app locked, as she left it.
pub fn hand_back_form(model: &mut Model) {
    let Some(draft) = model.her.pending_form.take() else {
        return;
    };
    if let Some(purpose) = Purpose::from_draft_code(&draft.form) {
        model.screen = Screen::Form(filled(purpose, &draft.values));
        model.notice = Notice::info(Text::new("goal-form-handed-back"));
    }
}

/// Where a goal form goes back to, by Esc or once saved.
fn form_home(model: &Model, purpose: Purpose) -> Screen {
    let from_days = model
        .her
        .goals
        .as_ref()
        .is_some_and(|g| g.logging_from_days);
    Screen::Goals(match purpose {
        Purpose::LogDay(plan) if from_days => GoalsScreen::Days { plan, selected: 0 },
        Purpose::Movement { goal, .. }
        | Purpose::EditSavingsGoal(goal)
        | Purpose::EditMovement { goal, .. } => GoalsScreen::SavingsGoal {
            id: goal,
            selected: 0,
        },
        Purpose::EditBusinessGoal(id) | Purpose::NewMilestone(id) | Purpose::LogDay(id) => {
            GoalsScreen::BusinessPlan { id, selected: 0 }
        }
        Purpose::EditDay { plan, .. } => GoalsScreen::Days { plan, selected: 0 },
        _ => GoalsScreen::Overview { selected: 0 },
    })
}

/// Esc from a goal form goes back where it came from.
pub fn back(model: &mut Model, purpose: Purpose) -> Vec<Effect> {
    model.screen = form_home(model, purpose);
    vec![]
}

pub fn on_outcome(model: &mut Model, outcome: GoalsOutcome) -> Vec<Effect> {
    if let GoalsOutcome::Loaded {
        savings,
        business,
        form,
        damage,
    } = outcome
    {
        model.her.goals = Some(super::state::Goals::new(savings, business));
        model.her.pending_form = form;
        model.her.damage.add(damage);
        return vec![];
    }
    let Some(goals) = model.her.goals.as_mut() else {
        return vec![];
    };
    // A saved form goes back to its goal (a new one has its id only now).
    let from_form = match &model.screen {
        Screen::Form(f) => Some(f.purpose),
        _ => None,
    };
    match outcome {
        // Taken above, with or without goals loaded before.
        GoalsOutcome::Loaded { .. } => {}
        GoalsOutcome::SavingSaved { id, goal } => {
            let before = goals.saving(&id).cloned();
            goals.put_saving(id, goal.clone());
            model.notice = super::notices::after_saving(before.as_ref(), &goal);
            if from_form.is_some() {
                model.screen = Screen::Goals(GoalsScreen::SavingsGoal { id, selected: 0 });
            }
        }
        GoalsOutcome::PlanSaved { id, goal } => {
            let before = goals.plan(&id).cloned();
            goals.put_plan(id, goal.clone());
            if let Some(notice) = super::notices::after_plan(before.as_ref(), &goal) {
                model.notice = Some(notice);
            } else if from_form.is_some() {
                model.notice = Notice::info(Text::new("goal-saved"));
            }
            // A logged day goes back to the list of days if she came from there;
            // any other plan form to the plan, a new one included.
            model.screen = match from_form.map(|p| form_home(model, p)) {
                Some(days @ Screen::Goals(GoalsScreen::Days { .. })) => days,
                Some(_) => Screen::Goals(GoalsScreen::BusinessPlan { id, selected: 0 }),
                None => return vec![],
            };
        }
        GoalsOutcome::GoalDeleted(id) => {
            // Plans that drew their capital from it are unlinked, and saved so.
            let unlinked: Vec<Effect> = goals
                .business
                .iter()
                .filter(|(_, plan)| plan.capital_goal == Some(id))
                .map(|(plan_id, plan)| {
                    let mut plan = plan.clone();
                    plan.capital_goal = None;
                    Effect::Goals(GoalsEffect::SavePlan {
                        id: Some(*plan_id),
                        goal: plan,
                    })
                })
                .collect();
            goals.remove(&id);
            model.screen = Screen::Goals(GoalsScreen::Overview { selected: 0 });
            model.notice = Notice::info(Text::new("goal-deleted"));
            return unlinked;
        }
    }
    // An archived goal leaves the list: the cursor stays on a row that is there.
    if let Screen::Goals(GoalsScreen::Overview { selected }) = &mut model.screen {
        let rows = model.her.goals.as_ref().map_or(0, |g| g.rows().len());
        *selected = (*selected).min(rows.saturating_sub(1));
    }
    vec![]
}
