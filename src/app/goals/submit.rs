//! Enter on the last field of a goal form: what she typed, read by field name,
//! checked, and turned into a goal to save.

use super::forms::*;
use super::history::{back_to_row, row_of};
use super::notices::problem;
use super::state::{money_problem, parse_date, reading};
use crate::app::effect::{Effect, GoalsEffect};
use crate::app::model::*;
use crate::app::spec::FieldSpec;
use crate::domain::goals::{
    BusinessGoal, BusinessStatus, DayLog, GoalError, Milestone, Movement, SavingsGoal,
};
use crate::domain::money::{parse_or_zero_in, parse_positive_in};

/// Checks a goal form and saves what it says; on a problem, says which.
pub fn submit(model: &mut Model, purpose: Purpose) -> Vec<Effect> {
    let Screen::Form(form) = &model.screen else {
        return vec![];
    };
    let v = form.values();
    let today = model.now.today();
    let reading = reading(model.lang);
    let Some(goals) = model.her.goals.as_ref() else {
        return vec![];
    };
    // A problem names the field it is about, and the cursor goes there.
    macro_rules! money {
        ($parse:ident, $field:expr) => {
            match $parse(&v[$field], reading) {
                Ok(n) => n,
                Err(e) => return problem_at(model, money_problem(e), &$field),
            }
        };
    }
    macro_rules! date {
        ($field:expr) => {
            match parse_date(&v[$field]) {
                Ok(d) => d,
                Err(_) => return problem_at(model, "err-date-unclear", &$field),
            }
        };
    }
    // A deposit or a day of sales happened already: a later date is a slip,
    // and would bend the estimate of when she reaches her target.
    macro_rules! day_done {
        ($field:expr) => {
            match date!($field) {
                Some(d) if d > today => return problem_at(model, "err-date-future", &$field),
                d => d.unwrap_or(today),
            }
        };
    }
    let mut moved_to = None;
    let effect = match purpose {
        Purpose::NewSavingsGoal | Purpose::EditSavingsGoal(_) => {
            if v[GOAL_NAME].is_empty() {
                return problem_at(model, "err-goal-name-empty", &GOAL_NAME);
            }
            let target = money!(parse_positive_in, TARGET);
            let target_date = date!(TARGET_DATE);
            let (id, mut goal) = match purpose {
                Purpose::EditSavingsGoal(id) => match goals.saving(&id) {
                    Some(g) => (Some(id), g.clone()),
                    None => return vec![],
                },
                _ => (
                    None,
                    SavingsGoal {
                        name: String::new(),
                        target,
                        target_date: None,
                        why: String::new(),
                        movements: vec![],
                        archived: false,
                        created_at: model.now.unix,
                    },
                ),
            };
            goal.name = v[GOAL_NAME].to_string();
            goal.target = target;
            goal.target_date = target_date;
            goal.why = v[WHY].to_string();
            Effect::Goals(GoalsEffect::SaveSaving { id, goal })
        }
        Purpose::Movement { goal, withdraw } => {
            let amount = money!(parse_positive_in, AMOUNT);
            let date = day_done!(DATE);
            let Some(mut saving) = goals.saving(&goal).cloned() else {
                return vec![];
            };
            let movement = Movement {
                amount: if withdraw { -amount } else { amount },
                date,
                note: v[NOTE].to_string(),
            };
            if saving.add(movement).is_err() {
                return problem_at(model, "err-withdraw-more-than-balance", &AMOUNT);
            }
            Effect::Goals(GoalsEffect::SaveSaving {
                id: Some(goal),
                goal: saving,
            })
        }
        Purpose::EditMovement {
            goal,
            index,
            withdraw,
        } => {
            let amount = money!(parse_positive_in, AMOUNT);
            let date = day_done!(DATE);
            let Some(mut saving) = goals.saving(&goal).cloned() else {
                return vec![];
            };
            let movement = Movement {
                amount: if withdraw { -amount } else { amount },
                date,
                note: v[NOTE].to_string(),
            };
            match saving.replace(index, movement.clone()) {
                Ok(()) => {
                    // Sorted by date again: the row goes where it is now.
                    let at = saving.movements.iter().rposition(|m| *m == movement);
                    moved_to = at.map(|i| row_of(i, saving.movements.len()));
                }
                Err(GoalError::MoreThanBalance) => {
                    return problem_at(model, "err-change-below-zero", &AMOUNT);
                }
                Err(GoalError::NoSuchItem) => return vec![],
            }
            Effect::Goals(GoalsEffect::SaveSaving {
                id: Some(goal),
                goal: saving,
            })
        }
        Purpose::EditDay { plan: id, index } => {
            let date = day_done!(DATE);
            let sales = money!(parse_or_zero_in, SALES);
            let expenses = money!(parse_or_zero_in, EXPENSES);
            let Some(mut plan) = goals.plan(&id).cloned() else {
                return vec![];
            };
            let day = DayLog {
                date,
                sales,
                expenses,
            };
            if plan.replace_day(index, day).is_err() {
                return vec![];
            }
            let at = plan.log.iter().position(|d| d.date == date);
            moved_to = at.map(|i| row_of(i, plan.log.len()));
            Effect::Goals(GoalsEffect::SavePlan {
                id: Some(id),
                goal: plan,
            })
        }
        Purpose::NewBusinessGoal | Purpose::EditBusinessGoal(_) => {
            if v[WHAT].is_empty() {
                return problem_at(model, "err-goal-name-empty", &WHAT);
            }
            let capital_needed = money!(parse_or_zero_in, CAPITAL);
            let monthly_costs = money!(parse_or_zero_in, COSTS);
            let (id, mut goal) = match purpose {
                Purpose::EditBusinessGoal(id) => match goals.plan(&id) {
                    Some(g) => (Some(id), g.clone()),
                    None => return vec![],
                },
                _ => (
                    None,
                    BusinessGoal {
                        what: String::new(),
                        for_whom: String::new(),
                        place: String::new(),
                        capital_needed,
                        monthly_costs,
                        milestones: vec![],
                        status: BusinessStatus::Idea,
                        capital_goal: None,
                        log: vec![],
                        archived: false,
                        created_at: model.now.unix,
                    },
                ),
            };
            goal.what = v[WHAT].to_string();
            goal.for_whom = v[FOR_WHOM].to_string();
            goal.place = v[PLACE].to_string();
            goal.capital_needed = capital_needed;
            goal.monthly_costs = monthly_costs;
            Effect::Goals(GoalsEffect::SavePlan { id, goal })
        }
        Purpose::NewMilestone(id) => {
            if v[MILESTONE].is_empty() {
                return problem_at(model, "err-milestone-empty", &MILESTONE);
            }
            let date = date!(MILESTONE_DATE);
            let Some(mut plan) = goals.plan(&id).cloned() else {
                return vec![];
            };
            plan.milestones.push(Milestone {
                text: v[MILESTONE].to_string(),
                done: false,
                date,
            });
            Effect::Goals(GoalsEffect::SavePlan {
                id: Some(id),
                goal: plan,
            })
        }
        Purpose::EditMilestone { plan: id, index } => {
            if v[MILESTONE].is_empty() {
                return problem_at(model, "err-milestone-empty", &MILESTONE);
            }
            let date = date!(MILESTONE_DATE);
            let Some(mut plan) = goals.plan(&id).cloned() else {
                return vec![];
            };
            let Some(step) = plan.milestones.get_mut(index) else {
                return vec![];
            };
            step.text = v[MILESTONE].to_string();
            step.date = date;
            Effect::Goals(GoalsEffect::SavePlan {
                id: Some(id),
                goal: plan,
            })
        }
        Purpose::LogDay(id) => {
            let date = day_done!(DATE);
            let sales = money!(parse_or_zero_in, SALES);
            let expenses = money!(parse_or_zero_in, EXPENSES);
            let Some(mut plan) = goals.plan(&id).cloned() else {
                return vec![];
            };
            plan.log_day(DayLog {
                date,
                sales,
                expenses,
            });
            Effect::Goals(GoalsEffect::SavePlan {
                id: Some(id),
                goal: plan,
            })
        }
        _ => return vec![],
    };
    if let Some(row) = moved_to {
        back_to_row(model, row);
    }
    vec![effect]
}

/// Says what is wrong and puts the cursor in the field it is about.
fn problem_at(model: &mut Model, id: &'static str, field: &FieldSpec) -> Vec<Effect> {
    if let Screen::Form(form) = &mut model.screen {
        form.focus_on(field);
    }
    problem(model, id)
}
