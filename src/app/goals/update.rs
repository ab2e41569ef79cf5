//! The goals' part of `update`: the overview, a savings goal with its deposits
//! and withdrawals, a business plan with milestones and its daily log.

use super::history::{self, filled};
use super::nav::{form, overview_at};
use super::state::{GoalRef, amount_text};
use super::{link, plan};
use crate::app::effect::{Effect, GoalsEffect, GoalsOutcome};
use crate::app::home::back::back_home;
use crate::app::keymap::Command;
use crate::app::list::step;
use crate::app::model::*;
use crate::app::notice::Notice;
use crate::domain::Id;
use crate::i18n::Text;

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
        GoalsScreen::BusinessPlan { id, selected } => {
            plan::on_command(model, id, selected, command)
        }
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

/// A yes to deleting a goal, one of a plan's steps, a movement or a logged day.
pub fn confirmed(model: &mut Model, command: Command, confirm: GoalsConfirm) -> Vec<Effect> {
    if command != Command::Confirm {
        return vec![];
    }
    match confirm {
        GoalsConfirm::DeleteGoal { id, .. } => vec![Effect::Goals(GoalsEffect::DeleteGoal(id))],
        GoalsConfirm::RemoveStep { plan, index, .. } => plan::remove_step(model, plan, index),
        GoalsConfirm::RemoveMovement { goal, index, .. } => {
            history::remove_movement(model, goal, index)
        }
        GoalsConfirm::RemoveDay { plan, index, .. } => history::remove_day(model, plan, index),
    }
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
    let (from_days, row) = model
        .her
        .goals
        .as_ref()
        .map_or((false, 0), |g| (g.logging_from_days, g.row_after_form));
    Screen::Goals(match purpose {
        Purpose::LogDay(plan) if from_days => GoalsScreen::Days { plan, selected: 0 },
        Purpose::EditMovement { goal, .. } => GoalsScreen::SavingsGoal {
            id: goal,
            selected: row,
        },
        Purpose::Movement { goal, .. } | Purpose::EditSavingsGoal(goal) => {
            GoalsScreen::SavingsGoal {
                id: goal,
                selected: 0,
            }
        }
        Purpose::EditBusinessGoal(id) | Purpose::NewMilestone(id) | Purpose::LogDay(id) => {
            GoalsScreen::BusinessPlan { id, selected: 0 }
        }
        Purpose::EditMilestone { plan, index } => GoalsScreen::BusinessPlan {
            id: plan,
            selected: index,
        },
        Purpose::EditDay { plan, .. } => GoalsScreen::Days {
            plan,
            selected: row,
        },
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
            match from_form {
                Some(p @ Purpose::EditMovement { .. }) => model.screen = form_home(model, p),
                Some(_) => {
                    model.screen = Screen::Goals(GoalsScreen::SavingsGoal { id, selected: 0 })
                }
                None => {}
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
            // A changed step keeps its row; a new step gets the cursor.
            model.screen = match from_form.map(|p| (p, form_home(model, p))) {
                Some((_, days @ Screen::Goals(GoalsScreen::Days { .. }))) => days,
                Some((Purpose::EditMilestone { .. }, step)) => step,
                // A new step is chosen, so she sees it and can act on it.
                Some((Purpose::NewMilestone(_), _)) => Screen::Goals(GoalsScreen::BusinessPlan {
                    id,
                    selected: goal.milestones.len().saturating_sub(1),
                }),
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
