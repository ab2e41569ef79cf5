//! Her goals' screens and questions. Their state is in `Her::goals`.

use crate::app::keymap::Mode;
use crate::domain::Id;
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GoalsScreen {
    /// Every goal with its bar.
    Overview { selected: usize },
    SavingsGoal {
        id: Id,
        /// The deposit or withdrawal with the cursor, counted from the newest.
        selected: usize,
    },
    BusinessPlan {
        id: Id,
        /// The step with the cursor.
        selected: usize,
    },
    /// A plan's logged days (jualan harian), to check, change or remove.
    Days {
        plan: Id,
        /// Counted from the newest day.
        selected: usize,
    },
    /// Which savings goal gathers a plan's capital: "none", then each goal.
    LinkCapital { plan: Id, selected: usize },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GoalsConfirm {
    /// The name travels with the question, which says it.
    DeleteGoal { id: Id, name: String },
    /// A step of a business plan, by its place in the list, and its words.
    RemoveStep {
        plan: Id,
        index: usize,
        step: String,
    },
    /// A deposit (positive) or withdrawal, by its place in the goal's movements.
    RemoveMovement {
        goal: Id,
        index: usize,
        amount: i64,
        date: NaiveDate,
    },
    /// A logged day, by its place in the plan's log.
    RemoveDay {
        plan: Id,
        index: usize,
        date: NaiveDate,
    },
}

impl GoalsScreen {
    pub fn mode(&self) -> Mode {
        match self {
            GoalsScreen::Overview { .. } => Mode::GoalList,
            GoalsScreen::SavingsGoal { .. } => Mode::Saving,
            GoalsScreen::BusinessPlan { .. } => Mode::Plan,
            GoalsScreen::Days { .. } => Mode::Days,
            GoalsScreen::LinkCapital { .. } => Mode::Choice,
        }
    }
}
