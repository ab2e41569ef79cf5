//! Her goals, and the goal form sealed at a lock.

use super::{Executor, Ran, current, damage_of};
use crate::app::effect::{GoalsEffect, GoalsOutcome, Outcome};
use crate::domain::goals::{BusinessGoal, SavingsGoal};
use crate::domain::records::FormDraft;

impl Executor {
    pub(super) fn goals(&mut self, effect: GoalsEffect) -> Ran {
        let session = current(&self.session)?;
        let outcome = match effect {
            GoalsEffect::Load => {
                let savings = self.vault.load_all::<SavingsGoal>(session)?;
                let business = self.vault.load_all::<BusinessGoal>(session)?;
                let mut damage = damage_of(&savings);
                damage.add(damage_of(&business));
                let (savings, business) = (savings.items, business.items);
                // Handed back once: the model holds it until she opens her goals.
                let forms = self.vault.load_all::<FormDraft>(session)?.items;
                for (id, _) in &forms {
                    self.vault.delete(session, id)?;
                }
                GoalsOutcome::Loaded {
                    savings,
                    business,
                    form: forms.into_iter().next().map(|(_, f)| f),
                    damage,
                }
            }
            GoalsEffect::SaveSaving { id, goal } => {
                let id = id.unwrap_or_else(crate::crypto::random_id);
                self.vault.save(session, &id, &goal)?;
                GoalsOutcome::SavingSaved { id, goal }
            }
            GoalsEffect::SavePlan { id, goal } => {
                let id = id.unwrap_or_else(crate::crypto::random_id);
                self.vault.save(session, &id, &goal)?;
                GoalsOutcome::PlanSaved { id, goal }
            }
            GoalsEffect::DeleteGoal(id) => {
                self.vault.delete(session, &id)?;
                GoalsOutcome::GoalDeleted(id)
            }
            GoalsEffect::SaveFormDraft(form) => {
                // One at a time: the newest replaces any earlier one.
                for (id, _) in self.vault.load_all::<FormDraft>(session)?.items {
                    self.vault.delete(session, &id)?;
                }
                self.vault
                    .save(session, &crate::crypto::random_id(), &form)?;
                return Ok(None);
            }
        };
        Ok(Some(Outcome::Goals(outcome)))
    }
}
