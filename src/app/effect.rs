//! What `update` asks the outside world to do, and what comes back, grouped by
//! the feature that asks. Each feature's own effects and outcomes live in its
//! folder; the executor has one file per feature to carry them out.

pub use super::admin::effect::{AdminEffect, AdminOutcome};
pub use super::auth::effect::{AuthEffect, AuthOutcome};
pub use super::goals::effect::{GoalsEffect, GoalsOutcome};
pub use super::home::effect::HomeEffect;
pub use super::journal::effect::{JournalEffect, JournalOutcome};
pub use super::shown::Shown;
use crate::i18n::Text;

/// Work for the executor. Secrets travel in wiping types; no `Debug`, so no
/// secret can end up in a log line by accident.
pub enum Effect {
    Auth(AuthEffect),
    Admin(AdminEffect),
    Home(HomeEffect),
    Journal(JournalEffect),
    Goals(GoalsEffect),
    /// Wipe the session and any keys waiting for confirmation.
    Lock,
}

impl Effect {
    /// Effects that run scrypt (passphrases, setup codes) and keep her waiting
    /// a moment.
    pub fn is_slow(&self) -> bool {
        match self {
            Effect::Auth(a) => a.is_slow(),
            Effect::Admin(a) => a.is_slow(),
            _ => false,
        }
    }
}

/// What the executor reports back, as an action for `update`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Auth(AuthOutcome),
    Admin(AdminOutcome),
    Journal(JournalOutcome),
    Goals(GoalsOutcome),
    /// Whatever was asked could not be done, and why.
    Refused {
        text: Text,
        /// Seconds before another try is allowed, after too many wrong ones.
        wait_seconds: Option<i64>,
    },
    Done,
}
