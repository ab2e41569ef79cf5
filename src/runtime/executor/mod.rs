//! Carries out effects against the vault. The session (her keys) and any keys
//! waiting for confirmation live here, never in the model, and are dropped,
//! which wipes them, on lock. One file per feature carries out its effects.

mod admin;
mod auth;
mod goals;
mod journal;

use crate::app::effect::{Effect, HomeEffect, Outcome};
use crate::app::model::CentreSettings;
use crate::app::model::Damage;
use crate::domain::Id;
use crate::domain::journal::DraftSlot;
use crate::domain::records::Preferences;
use crate::i18n::{Lang, Text, vault_error_text};
use crate::vault::{Loaded, Pending, Session, Vault, VaultError};
use std::collections::HashMap;

pub struct Executor {
    vault: Vault,
    session: Option<Session>,
    pending: Option<Pending>,
    /// Where each of her drafts is saved, so each save replaces only its own.
    drafts: HashMap<DraftSlot, Id>,
    /// Unix seconds now; injected so tests can move time.
    clock: Box<dyn Fn() -> i64 + Send>,
}

/// What a feature's effect gives back: an outcome for `update`, or nothing.
type Ran = Result<Option<Outcome>, VaultError>;

impl Executor {
    pub fn new(vault: Vault, clock: Box<dyn Fn() -> i64 + Send>) -> Executor {
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
            name: c.name,
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
        let ran = match effect {
            Effect::Auth(e) => self.auth(e),
            Effect::Admin(e) => self.admin(e),
            Effect::Home(HomeEffect::SaveLanguage(lang)) => self
                .change_preferences(|p| p.language = Some(lang.code().to_string()))
                .map(|()| None),
            Effect::Journal(e) => self.journal(e),
            Effect::Goals(e) => self.goals(e),
            Effect::Lock => self.lock(),
        };
        ran.unwrap_or_else(|e| Some(refused(&e)))
    }

    fn lock(&mut self) -> Ran {
        self.session = None;
        self.pending = None;
        self.drafts.clear();
        // The screen is already locked and the keys are gone; this only
        // clears old pages from the WAL, waiting briefly at most.
        self.vault.checkpoint()?;
        Ok(None)
    }

    fn now(&self) -> i64 {
        (self.clock)()
    }

    fn change_preferences(
        &mut self,
        change: impl FnOnce(&mut Preferences),
    ) -> Result<(), VaultError> {
        let session = current(&self.session)?;
        let (_, mut prefs) = self.vault.preferences(session)?;
        change(&mut prefs);
        self.vault.save_preferences(session, &prefs)
    }
}

/// The session of whoever is logged in; effects that need one are refused
/// without. A free function, so the vault can be borrowed beside it.
fn current(session: &Option<Session>) -> Result<&Session, VaultError> {
    session.as_ref().ok_or(VaultError::NotAllowed)
}

/// Gives back what a big load used and no longer needs: SQLite's page cache,
/// and, on Linux with glibc, the free pages inside the heap (the buffers the
/// records were read and opened in), which the allocator would otherwise keep.
fn release_memory(vault: &Vault) {
    vault.release_cache();
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free memory to the system; it touches no
    // memory in use.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// What a load found that she should be told.
fn damage_of<T>(loaded: &Loaded<T>) -> Damage {
    Damage {
        unreadable: loaded.unreadable,
        returned: loaded.returned,
        ..Damage::default()
    }
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
