//! What signing in asks of the executor, and what comes back.

use crate::app::model::{Damage, User};
use crate::app::shown::Shown;
use crate::crypto::Passphrase;
use crate::i18n::Lang;
use zeroize::Zeroizing;

pub enum AuthEffect {
    SetUp {
        centre: String,
        alias: String,
        lang: Lang,
        passphrase: Passphrase,
    },
    Unlock {
        alias: String,
        passphrase: Passphrase,
    },
    Claim {
        alias: String,
        code: Zeroizing<String>,
        passphrase: Passphrase,
    },
    Recover {
        alias: String,
        code: Zeroizing<String>,
        passphrase: Passphrase,
    },
    ChangePassphrase {
        current: Passphrase,
        new: Passphrase,
    },
    /// She has kept the recovery code: write the new keys.
    Commit,
    /// She went back instead: forget the new keys.
    CancelPending,
    /// Four words to suggest as a passphrase, avoiding the `known` words of
    /// her setting, from the word list of the language on screen.
    Suggest { known: Vec<String>, lang: Lang },
}

impl AuthEffect {
    /// Set-up, login, claim, recovery and a passphrase change run scrypt.
    pub fn is_slow(&self) -> bool {
        !matches!(
            self,
            AuthEffect::Commit | AuthEffect::CancelPending | AuthEffect::Suggest { .. }
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuthOutcome {
    /// New keys wait for her to confirm she has kept this recovery code.
    CodeToKeep(Shown),
    /// Logged in (or keys committed), with her saved language if she chose
    /// one, and what the login found that she should be told.
    LoggedIn {
        user: User,
        language: Option<Lang>,
        damage: Damage,
    },
    /// A passphrase to suggest on the form on screen.
    Suggested(Shown),
}
