//! The goals' part of `update`: the overview, a savings goal with its deposits
//! and withdrawals, a business plan with milestones and its daily log.

use super::state::GoalRef;
use crate::app::effect::{Effect, GoalsEffect, GoalsOutcome};
use crate::app::keymap::Command;
use crate::app::list::step;
use crate::app::model::*;
use crate::app::notice::Notice;
use crate::domain::goals::BusinessStatus;
use crate::i18n::Text;

pub(super) fn problem(model: &mut Model, id: &'static str) -> Vec<Effect> {
    model.notice = Notice::problem(id);
    vec![]
}

fn form(model: &mut Model, purpose: Purpose) -> Vec<Effect> {
    model.screen = Screen::Form(Form::new(purpose));
    vec![]
}

pub fn on_command(model: &mut Model, command: Command) -> Vec<Effect> {
    let Some(goals) = model.her.goals.as_mut() else {
        model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
        return vec![];
    };
    let rows = goals.rows();
    match (&mut model.screen, command) {
        (Screen::Goals(GoalsScreen::Overview { selected }), Command::Up | Command::Down) => {
            step(
                selected,
                rows.len(),
                if command == Command::Up { -1 } else { 1 },
            );
            vec![]
        }
        (Screen::Goals(GoalsScreen::Overview { selected }), Command::Submit) => {
            model.screen = match rows.get(*selected) {
                Some(GoalRef::Savings(id)) => Screen::Goals(GoalsScreen::SavingsGoal { id: *id }),
                Some(GoalRef::Business(id)) => Screen::Goals(GoalsScreen::BusinessPlan {
                    id: *id,
                    selected: 0,
                }),
                None => return vec![],
            };
            vec![]
        }
        (Screen::Goals(GoalsScreen::Overview { .. }), Command::NewEntry) => {
            form(model, Purpose::NewSavingsGoal)
        }
        (Screen::Goals(GoalsScreen::Overview { .. }), Command::NewBusiness) => {
            form(model, Purpose::NewBusinessGoal)
        }
        (Screen::Goals(GoalsScreen::Overview { .. }), Command::ShowArchived) => {
            goals.show_archived = !goals.show_archived;
            model.screen = Screen::Goals(GoalsScreen::Overview { selected: 0 });
            vec![]
        }
        (Screen::Goals(GoalsScreen::Overview { selected }), Command::Archive) => {
            match rows.get(*selected) {
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
            }
        }
        (Screen::Goals(GoalsScreen::Overview { selected }), Command::Delete) => {
            if let Some(GoalRef::Savings(id) | GoalRef::Business(id)) = rows.get(*selected) {
                model.overlay = Some(Overlay::Confirm(Confirm::Goals(GoalsConfirm::DeleteGoal {
                    id: *id,
                })));
            }
            vec![]
        }
        (Screen::Goals(GoalsScreen::Overview { .. }), Command::Back) => {
            model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
            vec![]
        }
        (Screen::Goals(GoalsScreen::SavingsGoal { id }), Command::Deposit | Command::Withdraw) => {
            let goal = *id;
            form(
                model,
                Purpose::Movement {
                    goal,
                    withdraw: command == Command::Withdraw,
                },
            )
        }
        (Screen::Goals(GoalsScreen::SavingsGoal { id }), Command::Edit) => {
            let id = *id;
            let Some(g) = goals.saving(&id) else {
                return vec![];
            };
            let date = g.target_date.map(|d| d.format("%d-%m-%Y").to_string());
            let values = [
                g.name.clone(),
                g.target.to_string(),
                date.unwrap_or_default(),
                g.why.clone(),
            ];
            model.screen = Screen::Form(filled(Purpose::EditSavingsGoal(id), &values));
            vec![]
        }
        (Screen::Goals(GoalsScreen::BusinessPlan { id, .. }), Command::Edit) => {
            let id = *id;
            let Some(p) = goals.plan(&id) else {
                return vec![];
            };
            let values = [
                p.what.clone(),
                p.for_whom.clone(),
                p.place.clone(),
                p.capital_needed.to_string(),
                p.monthly_costs.to_string(),
            ];
            model.screen = Screen::Form(filled(Purpose::EditBusinessGoal(id), &values));
            vec![]
        }
        (
            Screen::Goals(GoalsScreen::SavingsGoal { .. })
            | Screen::Goals(GoalsScreen::BusinessPlan { .. }),
            Command::Back,
        ) => {
            model.screen = Screen::Goals(GoalsScreen::Overview { selected: 0 });
            vec![]
        }
        (Screen::Goals(GoalsScreen::BusinessPlan { id, selected }), command) => {
            let id = *id;
            let Some(mut plan) = goals.plan(&id).cloned() else {
                return vec![];
            };
            match command {
                Command::Up | Command::Down => {
                    step(
                        selected,
                        plan.milestones.len(),
                        if command == Command::Up { -1 } else { 1 },
                    );
                    return vec![];
                }
                Command::AddMilestone => return form(model, Purpose::NewMilestone(id)),
                Command::Delete => {
                    if *selected < plan.milestones.len() {
                        model.overlay =
                            Some(Overlay::Confirm(Confirm::Goals(GoalsConfirm::RemoveStep {
                                plan: id,
                                index: *selected,
                            })));
                    }
                    return vec![];
                }
                Command::LogDay => return form(model, Purpose::LogDay(id)),
                Command::Toggle => match plan.milestones.get_mut(*selected) {
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
                Command::LinkCapital => {
                    // Steps through "no link" and each savings goal.
                    let choices: Vec<_> = goals.savings.iter().map(|(i, _)| Some(*i)).collect();
                    let all: Vec<_> = std::iter::once(None).chain(choices).collect();
                    let at = all
                        .iter()
                        .position(|c| *c == plan.capital_goal)
                        .unwrap_or(0);
                    plan.capital_goal = all[(at + 1) % all.len()];
                }
                _ => return vec![],
            }
            vec![Effect::Goals(GoalsEffect::SavePlan {
                id: Some(id),
                goal: plan,
            })]
        }
        _ => vec![],
    }
}

/// A yes to deleting a goal or one of a plan's steps.
pub fn confirmed(model: &mut Model, command: Command, confirm: GoalsConfirm) -> Vec<Effect> {
    match (command, confirm) {
        (Command::Confirm, GoalsConfirm::DeleteGoal { id }) => {
            vec![Effect::Goals(GoalsEffect::DeleteGoal(id))]
        }
        (Command::Confirm, GoalsConfirm::RemoveStep { plan, index }) => {
            remove_step(model, plan, index)
        }
        _ => vec![],
    }
}

fn remove_step(model: &mut Model, plan: crate::domain::Id, index: usize) -> Vec<Effect> {
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

/// A form with what is there now, ready to change.
fn filled(purpose: Purpose, values: &[String]) -> Form {
    let mut form = Form::new(purpose);
    for (field, value) in form.fields.iter_mut().zip(values) {
        field.value = crate::app::field::TextField::with_text(value);
    }
    form
}

/// Esc from a goal form goes back where it came from.
pub fn back(model: &mut Model, purpose: Purpose) -> Vec<Effect> {
    model.screen = match purpose {
        Purpose::Movement { goal, .. } | Purpose::EditSavingsGoal(goal) => {
            Screen::Goals(GoalsScreen::SavingsGoal { id: goal })
        }
        Purpose::EditBusinessGoal(id) => {
            Screen::Goals(GoalsScreen::BusinessPlan { id, selected: 0 })
        }
        Purpose::NewMilestone(id) | Purpose::LogDay(id) => {
            Screen::Goals(GoalsScreen::BusinessPlan { id, selected: 0 })
        }
        _ => Screen::Goals(GoalsScreen::Overview { selected: 0 }),
    };
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
    match outcome {
        // Taken above, with or without goals loaded before.
        GoalsOutcome::Loaded { .. } => {}
        GoalsOutcome::SavingSaved { id, goal } => {
            let before = goals.saving(&id).map_or(0, |g| g.percent());
            let after = goal.percent();
            let mark = crate::domain::goals::MILESTONES
                .iter()
                .rev()
                .find(|&&m| before < m && after >= m && !goal.movements.is_empty());
            goals.put_saving(id, goal);
            model.notice = match mark {
                Some(100) => Notice::info(Text::new("goal-celebrate-100")),
                Some(m) => Notice::info(Text::with(
                    "goal-celebrate",
                    vec![("percent", m.to_string())],
                )),
                None => Notice::info(Text::new("goal-saved")),
            };
            if matches!(model.screen, Screen::Form(_)) {
                model.screen = Screen::Goals(GoalsScreen::SavingsGoal { id });
            }
        }
        GoalsOutcome::PlanSaved { id, goal } => {
            goals.put_plan(id, goal);
            if matches!(model.screen, Screen::Form(_)) {
                model.screen = Screen::Goals(GoalsScreen::BusinessPlan { id, selected: 0 });
                model.notice = Notice::info(Text::new("goal-saved"));
            }
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
    vec![]
}
