//! Her goals' screens and questions. Their state is in `Her::goals`.

use crate::app::keymap::Mode;
use crate::domain::Id;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GoalsScreen {
    /// Every goal with its bar.
    Overview {
        selected: usize,
    },
    SavingsGoal {
        id: Id,
    },
    BusinessPlan {
        id: Id,
        /// The step with the cursor.
        selected: usize,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GoalsConfirm {
    DeleteGoal {
        id: Id,
    },
    /// A step of a business plan, by its place in the list.
    RemoveStep {
        plan: Id,
        index: usize,
    },
}

impl GoalsScreen {
    pub fn mode(&self) -> Mode {
        match self {
            GoalsScreen::Overview { .. } => Mode::GoalList,
            GoalsScreen::SavingsGoal { .. } => Mode::Saving,
            GoalsScreen::BusinessPlan { .. } => Mode::Plan,
        }
    }
}
