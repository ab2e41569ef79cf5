//! A form: its purpose, its fields and what she has typed.

use super::field::TextField;
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
            | Purpose::LogDay(_) => FormFamily::Goals,
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
            _ => return None,
        })
    }
}

impl Form {
    pub fn new(purpose: Purpose) -> Form {
        let field = |label, secret| Field {
            label,
            value: TextField::default(),
            secret,
        };
        let new_passphrase = [
            field("field-new-passphrase", true),
            field("field-repeat-passphrase", true),
        ];
        let fields = match purpose {
            Purpose::Login => vec![field("field-alias", false), field("field-passphrase", true)],
            Purpose::Wizard => [
                vec![
                    field("field-centre-name", false),
                    field("field-your-alias", false),
                ],
                new_passphrase.to_vec(),
            ]
            .concat(),
            Purpose::FirstParticipant | Purpose::AddAccount(_) => {
                vec![field("field-new-alias", false)]
            }
            Purpose::Claim => [
                vec![field("field-alias", false), field("field-setup-code", true)],
                new_passphrase.to_vec(),
            ]
            .concat(),
            Purpose::Recover => [
                vec![
                    field("field-alias", false),
                    field("field-recovery-code", true),
                ],
                new_passphrase.to_vec(),
            ]
            .concat(),
            Purpose::ChangePassphrase => [
                vec![field("field-current-passphrase", true)],
                new_passphrase.to_vec(),
            ]
            .concat(),
            Purpose::NewSavingsGoal | Purpose::EditSavingsGoal(_) => vec![
                field("field-goal-name", false),
                field("field-goal-target", false),
                field("field-goal-target-date", false),
                field("field-goal-why", false),
            ],
            Purpose::Movement { .. } => vec![
                field("field-amount", false),
                field("field-date-today", false),
                field("field-note", false),
            ],
            Purpose::NewBusinessGoal | Purpose::EditBusinessGoal(_) => vec![
                field("field-business-what", false),
                field("field-business-for-whom", false),
                field("field-business-where", false),
                field("field-business-capital", false),
                field("field-business-costs", false),
            ],
            Purpose::NewMilestone(_) => vec![
                field("field-milestone", false),
                field("field-milestone-date", false),
            ],
            Purpose::LogDay(_) => vec![
                field("field-date-today", false),
                field("field-sales", false),
                field("field-expenses", false),
            ],
        };
        Form {
            purpose,
            fields,
            focus: 0,
        }
    }

    pub fn value(&self, i: usize) -> &str {
        self.fields[i].value.text()
    }

    pub fn is_blank(&self) -> bool {
        self.fields.iter().all(|f| f.value.is_empty())
    }
}
