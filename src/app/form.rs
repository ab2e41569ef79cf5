//! A form: its purpose, its fields and what she has typed.

use super::field::TextField;
use super::shown::Shown;
use super::spec::{FieldSpec, FormSpec};
use super::{admin, auth, goals};
use crate::domain::{Id, Role};

/// Why a form is on screen; decides its fields and what Enter on the last does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Login,
    /// First run: centre name, facilitator alias, passphrase twice.
    Wizard,
    /// First run, after her recovery code: the first participant's alias.
    FirstParticipant,
    /// First login with a setup code.
    Claim,
    /// Forgotten passphrase: the recovery code.
    Recover,
    ChangePassphrase,
    AddAccount(Role),
    NewSavingsGoal,
    /// A deposit, or a withdrawal, on a savings goal.
    Movement {
        goal: Id,
        withdraw: bool,
    },
    NewBusinessGoal,
    EditSavingsGoal(Id),
    EditBusinessGoal(Id),
    NewMilestone(Id),
    LogDay(Id),
    /// A deposit or withdrawal already made, by its place in the goal's list.
    EditMovement {
        goal: Id,
        index: usize,
        withdraw: bool,
    },
    /// A logged day of a plan, by its place in the plan's log.
    EditDay {
        plan: Id,
        index: usize,
    },
    /// A step of a plan, by its place in the list: to read it whole and change it.
    EditMilestone {
        plan: Id,
        index: usize,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub label: &'static str,
    pub value: TextField,
    /// Masked on screen: passphrases and codes.
    pub secret: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    pub purpose: Purpose,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// A passphrase the app suggests, on forms where she chooses one.
    pub suggestion: Suggestion,
}

/// The four-word suggestion on a form where she chooses a passphrase. The
/// words are drawn by the executor (the update has no randomness), so the form
/// asks once and shows them when they come.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Suggestion {
    /// This form doesn't choose a passphrase, or hasn't asked yet.
    None,
    Asked,
    Shown(Shown),
}

/// The feature a form belongs to, which handles its submit and going back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormFamily {
    Auth,
    Admin,
    Goals,
}

impl Purpose {
    pub fn family(self) -> FormFamily {
        match self {
            Purpose::Login
            | Purpose::Wizard
            | Purpose::Claim
            | Purpose::Recover
            | Purpose::ChangePassphrase => FormFamily::Auth,
            Purpose::FirstParticipant | Purpose::AddAccount(_) => FormFamily::Admin,
            Purpose::NewSavingsGoal
            | Purpose::Movement { .. }
            | Purpose::NewBusinessGoal
            | Purpose::EditSavingsGoal(_)
            | Purpose::EditBusinessGoal(_)
            | Purpose::NewMilestone(_)
            | Purpose::LogDay(_)
            | Purpose::EditMovement { .. }
            | Purpose::EditDay { .. }
            | Purpose::EditMilestone { .. } => FormFamily::Goals,
        }
    }

    /// A stable name for the goal forms, so what she typed can be sealed on
    /// lock and handed back after. Other forms hold passphrases and codes,
    /// which are never kept.
    pub fn draft_code(self) -> Option<String> {
        let id = |id: Id| id.to_string();
        Some(match self {
            Purpose::NewSavingsGoal => "new_savings".into(),
            Purpose::EditSavingsGoal(g) => format!("edit_savings:{}", id(g)),
            Purpose::Movement { goal, withdraw } => {
                format!("movement:{}:{}", id(goal), u8::from(withdraw))
            }
            Purpose::NewBusinessGoal => "new_business".into(),
            Purpose::EditBusinessGoal(g) => format!("edit_business:{}", id(g)),
            Purpose::NewMilestone(g) => format!("milestone:{}", id(g)),
            Purpose::LogDay(g) => format!("log_day:{}", id(g)),
            Purpose::EditMovement {
                goal,
                index,
                withdraw,
            } => format!("edit_movement:{}:{index}:{}", id(goal), u8::from(withdraw)),
            Purpose::EditDay { plan, index } => format!("edit_day:{}:{index}", id(plan)),
            Purpose::EditMilestone { plan, index } => format!("edit_step:{}:{index}", id(plan)),
            _ => return None,
        })
    }

    pub fn from_draft_code(code: &str) -> Option<Purpose> {
        let mut parts = code.split(':');
        let kind = parts.next()?;
        let mut goal = || -> Option<Id> { Id::from_slice(&hex::decode(parts.next()?).ok()?) };
        Some(match kind {
            "new_savings" => Purpose::NewSavingsGoal,
            "new_business" => Purpose::NewBusinessGoal,
            "edit_savings" => Purpose::EditSavingsGoal(goal()?),
            "edit_business" => Purpose::EditBusinessGoal(goal()?),
            "milestone" => Purpose::NewMilestone(goal()?),
            "log_day" => Purpose::LogDay(goal()?),
            "movement" => {
                let id = goal()?;
                let withdraw = parts.next()? == "1";
                Purpose::Movement { goal: id, withdraw }
            }
            "edit_movement" => {
                let goal = goal()?;
                let index = parts.next()?.parse().ok()?;
                let withdraw = parts.next()? == "1";
                Purpose::EditMovement {
                    goal,
                    index,
                    withdraw,
                }
            }
            "edit_day" => {
                let plan = goal()?;
                let index = parts.next()?.parse().ok()?;
                Purpose::EditDay { plan, index }
            }
            "edit_step" => {
                let plan = goal()?;
                let index = parts.next()?.parse().ok()?;
                Purpose::EditMilestone { plan, index }
            }
            _ => return None,
        })
    }
}

impl Purpose {
    /// What the form asks for: its title, introduction and fields.
    pub fn spec(self) -> &'static FormSpec {
        match self {
            Purpose::Login => &auth::forms::LOGIN,
            Purpose::Wizard => &auth::forms::WIZARD,
            Purpose::Claim => &auth::forms::CLAIM,
            Purpose::Recover => &auth::forms::RECOVER,
            Purpose::ChangePassphrase => &auth::forms::CHANGE_PASSPHRASE,
            Purpose::FirstParticipant => &admin::forms::FIRST_PARTICIPANT,
            Purpose::AddAccount(_) => &admin::forms::ADD_ACCOUNT,
            Purpose::NewSavingsGoal => &goals::forms::NEW_SAVINGS,
            Purpose::EditSavingsGoal(_) => &goals::forms::EDIT_SAVINGS,
            Purpose::Movement {
                withdraw: false, ..
            } => &goals::forms::DEPOSIT,
            Purpose::Movement { withdraw: true, .. } => &goals::forms::WITHDRAW,
            Purpose::NewBusinessGoal => &goals::forms::NEW_BUSINESS,
            Purpose::EditBusinessGoal(_) => &goals::forms::EDIT_BUSINESS,
            Purpose::NewMilestone(_) => &goals::forms::NEW_MILESTONE,
            Purpose::LogDay(_) => &goals::forms::LOG_DAY,
            Purpose::EditMovement {
                withdraw: false, ..
            } => &goals::forms::EDIT_DEPOSIT,
            Purpose::EditMovement { withdraw: true, .. } => &goals::forms::EDIT_WITHDRAWAL,
            Purpose::EditDay { .. } => &goals::forms::EDIT_DAY,
            Purpose::EditMilestone { .. } => &goals::forms::EDIT_MILESTONE,
        }
    }
}

impl Form {
    pub fn new(purpose: Purpose) -> Form {
        let fields = purpose
            .spec()
            .fields
            .iter()
            .map(|f| Field {
                label: f.label,
                value: TextField::default(),
                secret: f.secret,
            })
            .collect();
        Form {
            purpose,
            fields,
            focus: 0,
            suggestion: Suggestion::None,
        }
    }

    /// True for the forms where she chooses a new passphrase.
    pub fn asks_new_passphrase(&self) -> bool {
        self.field(&auth::forms::NEW_PASSPHRASE).is_some()
    }

    /// What she typed in the field named by `spec`; empty if this form has none.
    pub fn text(&self, spec: &FieldSpec) -> &str {
        self.field(spec).map_or("", |f| f.value.text())
    }

    /// The same, without spaces at either end.
    pub fn trimmed(&self, spec: &FieldSpec) -> &str {
        self.text(spec).trim()
    }

    pub fn clear(&mut self, spec: &FieldSpec) {
        if let Some(f) = self.fields.iter_mut().find(|f| f.label == spec.label) {
            f.value.clear();
        }
    }

    /// Puts the cursor in the field named by `spec`.
    pub fn focus_on(&mut self, spec: &FieldSpec) {
        if let Some(i) = self.fields.iter().position(|f| f.label == spec.label) {
            self.focus = i;
        }
    }

    fn field(&self, spec: &FieldSpec) -> Option<&Field> {
        self.fields.iter().find(|f| f.label == spec.label)
    }

    pub fn is_blank(&self) -> bool {
        self.fields.iter().all(|f| f.value.is_empty())
    }

    /// A copy of what she typed, trimmed, to read by field name while the form
    /// itself may change (`values[TARGET]`).
    pub fn values(&self) -> Values {
        Values(
            self.fields
                .iter()
                .map(|f| (f.label, f.value.text().trim().to_string()))
                .collect(),
        )
    }
}

/// What a form held when it was submitted, by field name.
pub struct Values(Vec<(&'static str, String)>);

impl std::ops::Index<FieldSpec> for Values {
    type Output = str;

    /// Empty for a field the form doesn't have.
    fn index(&self, spec: FieldSpec) -> &str {
        self.0
            .iter()
            .find(|(label, _)| *label == spec.label)
            .map_or("", |(_, text)| text.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fields are read by name, so two fields of one form must never share one.
    #[test]
    fn every_form_names_its_fields_once() {
        let id = crate::domain::Id([7; 16]);
        let all = [
            Purpose::Login,
            Purpose::Wizard,
            Purpose::FirstParticipant,
            Purpose::Claim,
            Purpose::Recover,
            Purpose::ChangePassphrase,
            Purpose::AddAccount(Role::Mentor),
            Purpose::NewSavingsGoal,
            Purpose::Movement {
                goal: id,
                withdraw: true,
            },
            Purpose::NewBusinessGoal,
            Purpose::EditSavingsGoal(id),
            Purpose::EditBusinessGoal(id),
            Purpose::NewMilestone(id),
            Purpose::LogDay(id),
            Purpose::EditMilestone { plan: id, index: 0 },
        ];
        for purpose in all {
            let labels: Vec<_> = purpose.spec().fields.iter().map(|f| f.label).collect();
            let mut unique = labels.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), labels.len(), "{purpose:?}");
            assert_eq!(Form::new(purpose).fields.len(), labels.len());
        }
    }
}
