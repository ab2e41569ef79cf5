//! What `update` asks the outside world to do, and what comes back.

use super::model::{AccountRow, User};
use crate::crypto::Passphrase;
use crate::domain::goals::{BusinessGoal, SavingsGoal};
use crate::domain::journal::{Draft, DraftSlot, Entry};
use crate::domain::records::FormDraft;
use crate::domain::{Id, Role};
use crate::i18n::{Lang, Text};
use zeroize::Zeroizing;

/// Work for the executor. Secrets travel in wiping types; no `Debug`, so no
/// secret can end up in a log line by accident.
pub enum Effect {
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
    SaveSetting {
        key: &'static str,
        value: String,
    },
    SaveLanguage(Lang),
    SaveReflectionPrompts(bool),
    /// Open her entries and any unfinished draft.
    LoadJournal,
    /// Seal and save an entry durably; a new one gets a fresh id. Clears the draft.
    SaveEntry {
        id: Option<Id>,
        entry: Entry,
        /// The draft of this writing, which saving replaces.
        draft: DraftSlot,
    },
    SaveDraft(Draft),
    DeleteDraft(DraftSlot),
    /// Deletes an entry for good, and any draft of it.
    DeleteEntry(Id),
    LoadGoals,
    /// Saves a goal whole; a new one gets a fresh id.
    SaveSaving {
        id: Option<Id>,
        goal: SavingsGoal,
    },
    SavePlan {
        id: Option<Id>,
        goal: BusinessGoal,
    },
    DeleteGoal(Id),
    /// Seal a half-filled goal form on lock (replacing any earlier one).
    SaveFormDraft(FormDraft),
    /// Wipe the session and any keys waiting for confirmation.
    Lock,
}

impl Effect {
    /// Effects that run scrypt (passphrases, setup codes) and keep her waiting
    /// a moment.
    pub fn is_slow(&self) -> bool {
        matches!(
            self,
            Effect::SetUp { .. }
                | Effect::Unlock { .. }
                | Effect::Claim { .. }
                | Effect::Recover { .. }
                | Effect::ChangePassphrase { .. }
                | Effect::AddAccount { .. }
                | Effect::NewSetupCode { .. }
        )
    }
}

/// What the executor reports back, as an action for `update`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// New keys wait for her to confirm she has kept this recovery code.
    CodeToKeep(Zeroizing<String>),
    /// Logged in (or keys committed), with her saved language if she chose one.
    LoggedIn {
        user: User,
        language: Option<Lang>,
    },
    Refused {
        text: Text,
        /// Seconds before another try is allowed, after too many wrong ones.
        wait_seconds: Option<i64>,
    },
    Accounts(Vec<AccountRow>),
    AccountAdded {
        alias: String,
        code: Zeroizing<String>,
    },
    Journal {
        entries: Vec<(Id, Entry)>,
        drafts: Vec<Draft>,
        reflection_prompts: bool,
    },
    EntrySaved {
        id: Id,
        entry: Entry,
    },
    EntryDeleted(Id),
    Goals {
        savings: Vec<(Id, SavingsGoal)>,
        business: Vec<(Id, BusinessGoal)>,
        /// A goal form sealed at the last lock, handed back once.
        form: Option<FormDraft>,
    },
    SavingSaved {
        id: Id,
        goal: SavingsGoal,
    },
    PlanSaved {
        id: Id,
        goal: BusinessGoal,
    },
    GoalDeleted(Id),
    Done,
}
