//! The facilitator's effects: accounts, setup codes and centre settings.

use super::{Executor, Ran, current};
use crate::app::effect::{AdminEffect, AdminOutcome, Outcome, Shown};
use crate::app::model::AccountLine;
use zeroize::Zeroizing;

impl Executor {
    pub(super) fn admin(&mut self, effect: AdminEffect) -> Ran {
        let now = self.now();
        let session = current(&self.session)?;
        Ok(Some(match effect {
            AdminEffect::AddAccount { role, alias } => {
                let code = self.vault.add_account(session, role, &alias, now)?;
                Outcome::Admin(AdminOutcome::AccountAdded {
                    alias: alias.trim().to_string(),
                    code: Shown(Zeroizing::new(code.display())),
                })
            }
            AdminEffect::NewSetupCode { alias } => {
                let code = self.vault.new_setup_code(session, &alias, now)?;
                Outcome::Admin(AdminOutcome::AccountAdded {
                    alias,
                    code: Shown(Zeroizing::new(code.display())),
                })
            }
            AdminEffect::RemoveAccount { alias } => {
                self.vault.remove_account(session, &alias)?;
                Outcome::Done
            }
            AdminEffect::ListAccounts => {
                let rows = self
                    .vault
                    .list_accounts(session)?
                    .into_iter()
                    .map(|a| AccountLine {
                        alias: a.alias,
                        role: a.role,
                        status: a.status,
                        last_login_at: a.last_login_at,
                    })
                    .collect();
                Outcome::Admin(AdminOutcome::Accounts(rows))
            }
            AdminEffect::SetEnabled { alias, enabled } => {
                self.vault.set_enabled(session, &alias, enabled)?;
                Outcome::Done
            }
            AdminEffect::SaveSetting(change) => {
                self.vault.set_setting(session, &change)?;
                Outcome::Done
            }
        }))
    }
}
