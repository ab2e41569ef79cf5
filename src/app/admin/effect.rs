//! What the facilitator's screens ask of the executor, and what comes back.

use crate::app::model::AccountLine;
use crate::app::shown::Shown;
use crate::domain::Role;
use crate::domain::settings::CentreSetting;

pub enum AdminEffect {
    AddAccount {
        role: Role,
        alias: String,
    },
    ListAccounts,
    /// A fresh setup code for an unclaimed account (shown like a new one).
    NewSetupCode {
        alias: String,
    },
    RemoveAccount {
        alias: String,
    },
    SetEnabled {
        alias: String,
        enabled: bool,
    },
    SaveSetting(CentreSetting),
}

impl AdminEffect {
    /// A setup code is hashed with scrypt.
    pub fn is_slow(&self) -> bool {
        matches!(
            self,
            AdminEffect::AddAccount { .. } | AdminEffect::NewSetupCode { .. }
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AdminOutcome {
    Accounts(Vec<AccountLine>),
    AccountAdded { alias: String, code: Shown },
}
