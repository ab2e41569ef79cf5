//! The facilitator's screens and questions.

use crate::app::keymap::Mode;
use crate::app::shown::Shown;
use crate::domain::{Role, Status};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AdminScreen {
    Accounts {
        rows: Vec<AccountLine>,
        selected: usize,
    },
    ChooseRole {
        selected: usize,
    },
    Settings {
        selected: usize,
    },
    /// A new account's setup code, shown once.
    SetupCode {
        alias: String,
        code: Shown,
        /// True when shown by the first-run wizard (then home follows).
        in_wizard: bool,
    },
}

/// One line of the account list: no content, no keys.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountLine {
    pub alias: String,
    pub role: Role,
    pub status: Status,
    pub last_login_at: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AdminConfirm {
    SetEnabled {
        alias: String,
        enabled: bool,
    },
    RemoveAccount {
        alias: String,
    },
    /// Asked first: the code she may already have on paper stops working, and
    /// a new code on screen is one more thing a passer-by could read.
    NewCode {
        alias: String,
    },
}

impl AdminScreen {
    pub fn mode(&self) -> Mode {
        match self {
            AdminScreen::Accounts { .. } => Mode::Accounts,
            AdminScreen::ChooseRole { .. } => Mode::Choice,
            AdminScreen::Settings { .. } => Mode::Settings,
            AdminScreen::SetupCode { .. } => Mode::SetupCode,
        }
    }
}
