//! Signing in: set-up, login, claim, recovery and a passphrase change. New keys
//! wait here until she confirms that she kept the recovery code.

use super::{Executor, Ran, refused_with};
use crate::app::effect::{AuthEffect, AuthOutcome, Outcome, Shown};
use crate::app::model::{Damage, User};
use crate::crypto::{Passphrase, RecoveryCode, SetupCode};
use crate::domain::words;
use crate::i18n::Lang;
use crate::vault::{Pending, Session, VaultError};
use zeroize::Zeroizing;

impl Executor {
    pub(super) fn auth(&mut self, effect: AuthEffect) -> Ran {
        let now = self.now();
        match effect {
            AuthEffect::SetUp {
                centre,
                alias,
                lang,
                passphrase,
            } => {
                let pending =
                    self.vault
                        .prepare_set_up(&centre, &alias, lang.code(), &passphrase, now)?;
                Ok(self.hold(pending))
            }
            AuthEffect::Unlock { alias, passphrase } => {
                let session = self.vault.unlock(&alias, &passphrase, now)?;
                self.logged_in(session)
            }
            AuthEffect::Claim {
                alias,
                code,
                passphrase,
            } => {
                let Some(code) = SetupCode::parse(&code) else {
                    return Ok(Some(refused_with("err-bad-setup-code")));
                };
                let pending = self.vault.prepare_claim(&alias, &code, &passphrase, now)?;
                Ok(self.hold(pending))
            }
            AuthEffect::Recover {
                alias,
                code,
                passphrase,
            } => {
                let Some(code) = RecoveryCode::parse(&code) else {
                    return Ok(Some(refused_with("err-bad-recovery-code")));
                };
                // Her sharing secret is kept: the question of whether someone
                // knows her old passphrase comes with the sharing screens, when
                // replacing it changes something she can see.
                let pending =
                    self.vault
                        .prepare_recovery(&alias, &code, &passphrase, false, now)?;
                Ok(self.hold(pending))
            }
            AuthEffect::ChangePassphrase { current, new } => {
                let alias = super::current(&self.session)?.alias().to_string();
                // Her current passphrase again, so an unlocked screen left
                // behind is not enough to take her account over.
                let checked = self.vault.unlock(&alias, &current, now)?;
                self.session = None;
                let pending = self.vault.prepare_rotation(checked, &new, false)?;
                Ok(self.hold(pending))
            }
            AuthEffect::Commit => {
                let pending = self.pending.take().ok_or(VaultError::Conflict)?;
                let session = self.vault.commit(pending, now)?;
                self.logged_in(session)
            }
            AuthEffect::Suggest { known, lang } => {
                let known: Vec<&str> = known.iter().map(String::as_str).collect();
                // Words she can read and remember: English words on an
                // English screen, Indonesian ones otherwise.
                let list = match lang {
                    Lang::En => words::english(),
                    Lang::Id => words::words(),
                };
                let words = Shown(Passphrase::suggest(list, &known));
                Ok(Some(Outcome::Auth(AuthOutcome::Suggested(words))))
            }
            AuthEffect::CancelPending => {
                if let Some(pending) = self.pending.take() {
                    self.session = pending.cancel();
                }
                Ok(None)
            }
        }
    }

    /// Keeps new keys until she confirms the recovery code, which is shown now.
    fn hold(&mut self, pending: Pending) -> Option<Outcome> {
        let code = Shown(Zeroizing::new(pending.recovery_code().display()));
        self.pending = Some(pending);
        Some(Outcome::Auth(AuthOutcome::CodeToKeep(code)))
    }

    fn logged_in(&mut self, session: Session) -> Ran {
        let (_, prefs) = self.vault.preferences(&session)?;
        let report = session.report();
        let damage = Damage {
            unreadable: report.unreadable_keys,
            unopened_messages: report.unopened_messages,
            mismatch_fixed: report.address_restored,
            ..Damage::default()
        };
        let user = User {
            alias: session.alias().to_string(),
            role: session.role(),
            failed_logins: session.failed_logins().to_vec(),
        };
        self.session = Some(session);
        Ok(Some(Outcome::Auth(AuthOutcome::LoggedIn {
            user,
            language: prefs.language.as_deref().map(Lang::from_code),
            damage,
        })))
    }
}
