//! Where the goal screens lead: a new form, or the overview back at a goal.

use super::state::GoalRef;
use crate::app::effect::Effect;
use crate::app::model::*;
use crate::domain::Id;

pub(super) fn form(model: &mut Model, purpose: Purpose) -> Vec<Effect> {
    model.screen = Screen::Form(Form::new(purpose));
    vec![]
}

/// The overview with the cursor on `goal`'s row, so she comes back to it.
pub(super) fn overview_at(model: &Model, goal: Option<Id>) -> Screen {
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
