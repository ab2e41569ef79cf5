//! Carries out effects against the vault. The session (her keys) and any keys
//! waiting for confirmation live here, never in the model, and are dropped,
//! which wipes them, on lock.

use crate::app::model::{AccountRow, CentreSettings, User};
use crate::app::{Effect, Outcome};
use crate::crypto::{RecoveryCode, SetupCode};
use crate::domain::Id;
use crate::domain::journal::{Draft, DraftSlot, Entry};
use crate::domain::records::{FormDraft, Kind, Preferences};
use crate::i18n::{Lang, Text, vault_error_text};
use crate::vault::{Pending, Session, Vault, VaultError};
use std::collections::HashMap;
use zeroize::Zeroizing;

pub struct Executor {
    vault: Vault,
    session: Option<Session>,
    pending: Option<Pending>,
    /// Where each of her drafts is saved, so each save replaces only its own.
    drafts: HashMap<DraftSlot, Id>,
    /// Unix seconds now; injected so tests can move time.
    clock: Box<dyn Fn() -> i64>,
}

impl Executor {
    pub fn new(vault: Vault, clock: Box<dyn Fn() -> i64>) -> Executor {
        Executor {
            vault,
            session: None,
            pending: None,
            drafts: HashMap::new(),
            clock,
        }
    }

    pub fn is_set_up(&self) -> bool {
        self.vault.is_set_up().unwrap_or(false)
    }

    /// True while someone's keys are in memory.
    pub fn holds_keys(&self) -> bool {
        self.session.is_some() || self.pending.is_some()
    }

    pub fn centre_settings(&self) -> CentreSettings {
        let c = self.vault.centre_settings();
        CentreSettings {
            language: Lang::from_code(c.language),
            auto_lock_minutes: c.auto_lock_minutes,
            show_names: c.show_names,
            setup_code_hours: c.setup_code_hours,
            currency: c.currency.to_string(),
        }
    }

    /// Names for the login screen, only when the centre shows them.
    pub fn login_names(&self) -> Vec<String> {
        if self.centre_settings().show_names {
            self.vault.login_names().unwrap_or_default()
        } else {
            vec![]
        }
    }

    pub fn run(&mut self, effect: Effect) -> Option<Outcome> {
        match self.try_run(effect) {
            Ok(outcome) => outcome,
            Err(e) => Some(refused(&e)),
        }
    }

    fn try_run(&mut self, effect: Effect) -> Result<Option<Outcome>, VaultError> {
        let now = (self.clock)();
        let outcome = match effect {
            Effect::SetUp {
                centre,
                alias,
                lang,
                passphrase,
            } => {
                let pending =
                    self.vault
                        .prepare_set_up(&centre, &alias, lang.code(), &passphrase, now)?;
                self.hold(pending)
            }
            Effect::Unlock { alias, passphrase } => {
                let session = self.vault.unlock(&alias, &passphrase, now)?;
                self.logged_in(session)?
            }
            Effect::Claim {
                alias,
                code,
                passphrase,
            } => {
                let Some(code) = SetupCode::parse(&code) else {
                    return Ok(Some(refused_with("err-bad-setup-code")));
                };
                let pending = self.vault.prepare_claim(&alias, &code, &passphrase, now)?;
                self.hold(pending)
            }
            Effect::Recover {
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
                self.hold(pending)
            }
            Effect::ChangePassphrase { current, new } => {
                let Some(alias) = self.session.as_ref().map(|s| s.alias().to_string()) else {
                    return Err(VaultError::NotAllowed);
                };
                // Her current passphrase again, so an unlocked screen left
                // behind is not enough to take her account over.
                let checked = self.vault.unlock(&alias, &current, now)?;
                self.session = None;
                let pending = self.vault.prepare_rotation(checked, &new, false)?;
                self.hold(pending)
            }
            Effect::Commit => {
                let Some(pending) = self.pending.take() else {
                    return Err(VaultError::Conflict);
                };
                let session = self.vault.commit(pending, now)?;
                self.logged_in(session)?
            }
            Effect::CancelPending => {
                if let Some(pending) = self.pending.take() {
                    self.session = pending.cancel();
                }
                None
            }
            Effect::AddAccount { role, alias } => {
                let session = signed_in(&self.session)?;
                let code = self.vault.add_account(session, role, &alias, now)?;
                Some(Outcome::AccountAdded {
                    alias: alias.trim().to_string(),
                    code: Zeroizing::new(code.display()),
                })
            }
            Effect::NewSetupCode { alias } => {
                let session = signed_in(&self.session)?;
                let code = self.vault.new_setup_code(session, &alias, now)?;
                Some(Outcome::AccountAdded {
                    alias,
                    code: Zeroizing::new(code.display()),
                })
            }
            Effect::RemoveAccount { alias } => {
                let session = signed_in(&self.session)?;
                self.vault.remove_account(session, &alias)?;
                Some(Outcome::Done)
            }
            Effect::ListAccounts => {
                let rows = self
                    .vault
                    .list_accounts(signed_in(&self.session)?)?
                    .into_iter()
                    .map(|a| AccountRow {
                        alias: a.alias,
                        role: a.role,
                        status: a.status,
                        last_login_at: a.last_login_at,
                    })
                    .collect();
                Some(Outcome::Accounts(rows))
            }
            Effect::SetEnabled { alias, enabled } => {
                let session = signed_in(&self.session)?;
                self.vault.set_enabled(session, &alias, enabled)?;
                Some(Outcome::Done)
            }
            Effect::SaveSetting { key, value } => {
                let session = signed_in(&self.session)?;
                self.vault.set_setting(session, key, &value)?;
                Some(Outcome::Done)
            }
            Effect::SaveLanguage(lang) => {
                self.change_preferences(|p| p.language = Some(lang.code().to_string()))?;
                None
            }
            Effect::SaveReflectionPrompts(on) => {
                self.change_preferences(|p| p.reflection_prompts = on)?;
                None
            }
            Effect::LoadJournal => {
                let session = signed_in(&self.session)?;
                let entries = self.vault.load_all::<Entry>(session, Kind::Entry)?.items;
                let drafts = self.vault.load_all::<Draft>(session, Kind::Draft)?.items;
                self.drafts = drafts.iter().map(|(id, d)| (d.slot(), *id)).collect();
                let (_, prefs) = self.vault.preferences(session)?;
                Some(Outcome::Journal {
                    entries,
                    drafts: drafts.into_iter().map(|(_, d)| d).collect(),
                    reflection_prompts: prefs.reflection_prompts,
                })
            }
            Effect::SaveEntry { id, entry, draft } => {
                let session = signed_in(&self.session)?;
                let id = id.unwrap_or_else(crate::crypto::random_id);
                self.vault.save(session, Kind::Entry, &id, &entry)?;
                self.delete_drafts(|slot| *slot == draft)?;
                Some(Outcome::EntrySaved { id, entry })
            }
            Effect::SaveDraft(draft) => {
                let session = signed_in(&self.session)?;
                let id = *self
                    .drafts
                    .entry(draft.slot())
                    .or_insert_with(crate::crypto::random_id);
                self.vault.save(session, Kind::Draft, &id, &draft)?;
                None
            }
            Effect::DeleteDraft(slot) => {
                self.delete_drafts(|s| *s == slot)?;
                None
            }
            Effect::DeleteEntry(id) => {
                let session = signed_in(&self.session)?;
                self.vault.delete(session, &id)?;
                // Any draft of the deleted entry goes too.
                self.delete_drafts(|(entry, _)| *entry == Some(id))?;
                Some(Outcome::EntryDeleted(id))
            }
            Effect::LoadGoals => {
                let session = signed_in(&self.session)?;
                let savings = self.vault.load_all(session, Kind::SavingsGoal)?.items;
                let business = self.vault.load_all(session, Kind::BusinessGoal)?.items;
                // Handed back once: the model holds it until she opens her goals.
                let forms = self
                    .vault
                    .load_all::<FormDraft>(session, Kind::FormDraft)?
                    .items;
                for (id, _) in &forms {
                    self.vault.delete(session, id)?;
                }
                Some(Outcome::Goals {
                    savings,
                    business,
                    form: forms.into_iter().next().map(|(_, f)| f),
                })
            }
            Effect::SaveSaving { id, goal } => {
                let session = signed_in(&self.session)?;
                let id = id.unwrap_or_else(crate::crypto::random_id);
                self.vault.save(session, Kind::SavingsGoal, &id, &goal)?;
                Some(Outcome::SavingSaved { id, goal })
            }
            Effect::SavePlan { id, goal } => {
                let session = signed_in(&self.session)?;
                let id = id.unwrap_or_else(crate::crypto::random_id);
                self.vault.save(session, Kind::BusinessGoal, &id, &goal)?;
                Some(Outcome::PlanSaved { id, goal })
            }
            Effect::DeleteGoal(id) => {
                let session = signed_in(&self.session)?;
                self.vault.delete(session, &id)?;
                Some(Outcome::GoalDeleted(id))
            }
            Effect::SaveFormDraft(form) => {
                let session = signed_in(&self.session)?;
                for (id, _) in self.vault.open_all(session, Kind::FormDraft)?.items {
                    self.vault.delete(session, &id)?;
                }
                self.vault
                    .save(session, Kind::FormDraft, &crate::crypto::random_id(), &form)?;
                None
            }
            Effect::Lock => {
                self.session = None;
                self.pending = None;
                self.drafts.clear();
                // The screen is already locked and the keys are gone; this only
                // clears old pages from the WAL, waiting briefly at most.
                self.vault.checkpoint()?;
                None
            }
        };
        Ok(outcome)
    }

    /// Deletes the drafts whose slot matches, and only those.
    fn delete_drafts(&mut self, which: impl Fn(&DraftSlot) -> bool) -> Result<(), VaultError> {
        let session = signed_in(&self.session)?;
        let doomed: Vec<DraftSlot> = self.drafts.keys().filter(|s| which(s)).copied().collect();
        for slot in doomed {
            if let Some(id) = self.drafts.remove(&slot) {
                self.vault.delete(session, &id)?;
            }
        }
        Ok(())
    }

    fn change_preferences(
        &mut self,
        change: impl FnOnce(&mut Preferences),
    ) -> Result<(), VaultError> {
        let session = signed_in(&self.session)?;
        let (_, mut prefs) = self.vault.preferences(session)?;
        change(&mut prefs);
        self.vault.save_preferences(session, &prefs)
    }

    fn hold(&mut self, pending: Pending) -> Option<Outcome> {
        let code = Zeroizing::new(pending.recovery_code().display());
        self.pending = Some(pending);
        Some(Outcome::CodeToKeep(code))
    }

    fn logged_in(&mut self, session: Session) -> Result<Option<Outcome>, VaultError> {
        let (_, prefs) = self.vault.preferences(&session)?;
        let user = User {
            alias: session.alias().to_string(),
            role: session.role(),
            failed_logins: session.failed_logins().to_vec(),
        };
        self.session = Some(session);
        Ok(Some(Outcome::LoggedIn {
            user,
            language: prefs.language.as_deref().map(Lang::from_code),
        }))
    }
}

/// The session of whoever is logged in; effects that need one are refused without.
fn signed_in(session: &Option<Session>) -> Result<&Session, VaultError> {
    session.as_ref().ok_or(VaultError::NotAllowed)
}

fn refused_with(id: &'static str) -> Outcome {
    Outcome::Refused {
        text: Text::new(id),
        wait_seconds: None,
    }
}

fn refused(e: &VaultError) -> Outcome {
    let wait_seconds = match e {
        VaultError::WrongCredentials { retry_after } => *retry_after,
        VaultError::TryLater { seconds } => Some(*seconds),
        _ => None,
    };
    Outcome::Refused {
        text: vault_error_text(e),
        wait_seconds,
    }
}
