//! What the notice line says after a goal is saved, worked out from the goal
//! before and after: archiving says how to bring it back, a removal says so,
//! and a progress mark newly reached gets a quiet celebration.

use crate::app::effect::Effect;
use crate::app::model::Model;
use crate::app::notice::Notice;
use crate::domain::goals::{BusinessGoal, MILESTONES, SavingsGoal};
use crate::i18n::Text;

/// Says what is wrong with what she asked; nothing to carry out.
pub fn problem(model: &mut Model, id: &'static str) -> Vec<Effect> {
    model.notice = Notice::problem(id);
    vec![]
}

fn archive_notice(archived: bool) -> Option<Notice> {
    Notice::info(Text::new(if archived {
        "goal-archived-notice"
    } else {
        "goal-unarchived-notice"
    }))
}

pub fn after_saving(before: Option<&SavingsGoal>, after: &SavingsGoal) -> Option<Notice> {
    if let Some(before) = before {
        if before.archived != after.archived {
            return archive_notice(after.archived);
        }
        if before.movements.len() > after.movements.len() {
            return Notice::info(Text::new("goal-movement-removed"));
        }
    }
    let from = before.map_or(0, |g| g.percent());
    let to = after.percent();
    let mark = MILESTONES
        .iter()
        .rev()
        .find(|&&m| from < m && to >= m && !after.movements.is_empty());
    match mark {
        Some(100) => Notice::info(Text::new("goal-celebrate-100")),
        Some(m) => Notice::info(Text::with(
            "goal-celebrate",
            // The mark passed and where she is now: 500.000 of 1.500.000
            // passes 25% but is 33%, as the bar says.
            vec![("percent", m.to_string()), ("now", to.to_string())],
        )),
        None => Notice::info(Text::new("goal-saved")),
    }
}

/// `None` when the plan's change needs no words (a step ticked, its status).
pub fn after_plan(before: Option<&BusinessGoal>, after: &BusinessGoal) -> Option<Notice> {
    let before = before?;
    if before.archived != after.archived {
        return archive_notice(after.archived);
    }
    if before.log.len() > after.log.len() {
        return Notice::info(Text::new("goal-day-removed"));
    }
    None
}
