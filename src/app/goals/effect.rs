//! What her goals ask of the executor, and what comes back.

use crate::app::model::Damage;
use crate::domain::Id;
use crate::domain::goals::{BusinessGoal, SavingsGoal};
use crate::domain::records::FormDraft;

pub enum GoalsEffect {
    Load,
    /// Saves a goal whole; a new one gets a fresh id.
    SaveSaving {
        id: Option<Id>,
        goal: SavingsGoal,
    },
    SavePlan {
        id: Option<Id>,
        goal: BusinessGoal,
    },
    DeleteGoal(Id),
    /// Seal a half-filled goal form on lock (replacing any earlier one).
    SaveFormDraft(FormDraft),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GoalsOutcome {
    Loaded {
        savings: Vec<(Id, SavingsGoal)>,
        business: Vec<(Id, BusinessGoal)>,
        /// A goal form sealed at the last lock, handed back once.
        form: Option<FormDraft>,
        /// Goals that didn't open, or came back after deleting.
        damage: Damage,
    },
    SavingSaved {
        id: Id,
        goal: SavingsGoal,
    },
    PlanSaved {
        id: Id,
        goal: BusinessGoal,
    },
    GoalDeleted(Id),
}
