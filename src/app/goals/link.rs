//! Which savings goal gathers a plan's starting capital. One savings goal
//! counts for one plan only, or the same money would show as capital twice.

use crate::app::effect::{Effect, GoalsEffect};
use crate::app::keymap::Command;
use crate::app::list::step;
use crate::app::model::*;
use crate::app::notice::{Notice, Tone};
use crate::domain::Id;
use crate::i18n::Text;

/// The choices, in the order listed: no link, then each savings goal not archived.
pub fn choices(goals: &super::Goals) -> Vec<Option<Id>> {
    std::iter::once(None)
        .chain(
            goals
                .savings
                .iter()
                .filter(|(_, g)| !g.archived)
                .map(|(id, _)| Some(*id)),
        )
        .collect()
}

/// `l` on a plan: the list opens on the goal linked now.
pub fn open(model: &mut Model, plan: Id) -> Vec<Effect> {
    let Some(goals) = model.her.goals.as_ref() else {
        return vec![];
    };
    let linked = goals.plan(&plan).and_then(|p| p.capital_goal);
    let selected = choices(goals)
        .iter()
        .position(|c| *c == linked)
        .unwrap_or(0);
    model.screen = Screen::Goals(GoalsScreen::LinkCapital { plan, selected });
    vec![]
}

pub fn on_command(model: &mut Model, plan: Id, selected: usize, command: Command) -> Vec<Effect> {
    let Some(goals) = model.her.goals.as_ref() else {
        return vec![];
    };
    let all = choices(goals);
    match command {
        Command::Up | Command::Down => {
            let mut selected = selected;
            step(
                &mut selected,
                all.len(),
                if command == Command::Up { -1 } else { 1 },
            );
            model.screen = Screen::Goals(GoalsScreen::LinkCapital { plan, selected });
            vec![]
        }
        Command::Back => {
            model.screen = Screen::Goals(GoalsScreen::BusinessPlan {
                id: plan,
                selected: 0,
            });
            vec![]
        }
        Command::Submit => {
            let Some(choice) = all.get(selected).copied() else {
                return vec![];
            };
            let Some(mut goal) = goals.plan(&plan).cloned() else {
                return vec![];
            };
            let other = goals
                .business
                .iter()
                .find(|(id, p)| *id != plan && choice.is_some() && p.capital_goal == choice);
            // Her current choice again changes nothing, even if an older
            // version of the app linked that goal twice.
            if let (Some((_, other)), true) = (other, goal.capital_goal != choice) {
                model.notice = Some(Notice {
                    text: Text::with("link-taken", vec![("plan", other.what.clone())]),
                    tone: Tone::Problem,
                });
                return vec![];
            }
            model.screen = Screen::Goals(GoalsScreen::BusinessPlan {
                id: plan,
                selected: 0,
            });
            if goal.capital_goal == choice {
                return vec![];
            }
            goal.capital_goal = choice;
            vec![Effect::Goals(GoalsEffect::SavePlan {
                id: Some(plan),
                goal,
            })]
        }
        _ => vec![],
    }
}
