//! The payloads that live sealed in the vault. Each kind has a fixed name that is
//! stored in plaintext beside the ciphertext and bound into its associated data.
//!
//! Journal entries live in `domain::journal`, goals in `domain::goals`. The advice type is provisional: the issues that build those
//! features will grow them. They exist now so that the storage and the canary test
//! cover every kind of content from the start.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

/// The record kinds. Kept short: the kind is one of the few plaintext columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Entry,
    /// A savings goal with its deposits and withdrawals.
    SavingsGoal,
    /// A small-business plan with its milestones and daily log.
    BusinessGoal,
    Advice,
    /// A note written while she was locked: failed logins, for example.
    Notice,
    /// An identity from before a passphrase change, kept to open old inbox items.
    OldIdentity,
    /// Her own choices, such as the language she reads the app in.
    Preferences,
    /// The journal entry she is writing, sealed every few seconds.
    Draft,
    /// A goal form she was filling in when the app locked.
    FormDraft,
    /// The ids of the records she deleted, so an old copy can't bring them back.
    Tombstones,
    /// A card she pinned for someone she shares with, and whether she checked it.
    Pin,
    /// The ids of the shared files she has received, so a copy can't be replayed.
    Seen,
}

/// Every kind, for reading a kind back from the file.
pub const ALL_KINDS: [Kind; 12] = [
    Kind::Entry,
    Kind::SavingsGoal,
    Kind::BusinessGoal,
    Kind::Advice,
    Kind::Notice,
    Kind::OldIdentity,
    Kind::Preferences,
    Kind::Draft,
    Kind::FormDraft,
    Kind::Tombstones,
    Kind::Pin,
    Kind::Seen,
];

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Entry => "entry",
            Kind::SavingsGoal => "savings_goal",
            Kind::BusinessGoal => "business_goal",
            Kind::Advice => "advice",
            Kind::Notice => "notice",
            Kind::OldIdentity => "old_identity",
            Kind::Preferences => "preferences",
            Kind::Draft => "draft",
            Kind::FormDraft => "form_draft",
            Kind::Tombstones => "deleted",
            Kind::Pin => "pin",
            Kind::Seen => "seen",
        }
    }

    /// The kind a stored name stands for; none for a name the app never writes.
    pub fn from_name(name: &str) -> Option<Kind> {
        ALL_KINDS.into_iter().find(|k| k.as_str() == name)
    }

    /// Records that grow a little with each change are padded to larger steps,
    /// so that a copy taken after each change doesn't show each deposit.
    pub fn grows_in_small_steps(self) -> bool {
        matches!(
            self,
            Kind::SavingsGoal | Kind::BusinessGoal | Kind::Tombstones | Kind::Seen
        )
    }
}

/// A type that is sealed as a record of one kind. The vault's typed calls take
/// the kind from here, so a type can never be saved or read as another kind.
pub trait Record: Serialize + DeserializeOwned {
    const KIND: Kind;

    /// False when the record is past a size cap, so it must not be saved.
    fn fits(&self) -> bool {
        true
    }
}

impl Record for super::journal::Entry {
    const KIND: Kind = Kind::Entry;

    fn fits(&self) -> bool {
        self.body.chars().count() <= super::journal::MAX_BODY_CHARS
    }
}

impl Record for super::journal::Draft {
    const KIND: Kind = Kind::Draft;

    fn fits(&self) -> bool {
        self.entry.fits()
    }
}

impl Record for super::goals::SavingsGoal {
    const KIND: Kind = Kind::SavingsGoal;
}

impl Record for super::goals::BusinessGoal {
    const KIND: Kind = Kind::BusinessGoal;
}

impl Record for Advice {
    const KIND: Kind = Kind::Advice;
}

impl Record for Preferences {
    const KIND: Kind = Kind::Preferences;
}

impl Record for FormDraft {
    const KIND: Kind = Kind::FormDraft;
}

/// A note the app left while she was locked, once it is in her vault.
impl Record for InboxItem {
    const KIND: Kind = Kind::Notice;
}

/// Advice from a mentor (provisional shape).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Advice {
    pub by: String,
    pub date: String,
    pub text: String,
}

/// Her own choices, sealed like everything else she sets.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Preferences {
    /// "id" or "en"; none means the centre's language.
    pub language: Option<String>,
    /// Shows the reflection prompts (sabar, syukur, ikhlas); off unless she turns it on.
    #[serde(default)]
    pub reflection_prompts: bool,
    /// Shows entries written on this date in earlier months and years on her
    /// home screen; off unless she turns it on, as their titles are visible there.
    #[serde(default)]
    pub on_this_day: bool,
}

/// What she had typed into a goal form when the app locked: which form, by a
/// stable code, and the fields' text in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct FormDraft {
    pub form: String,
    pub values: Vec<String>,
}

/// What the app itself may leave in her inbox while she is locked. It carries
/// nothing that isn't already plaintext, because anyone who knows her recipient
/// can write one. What others send her (advice) will come signed, with a sender.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum InboxItem {
    /// Someone typed a wrong passphrase for her alias, at this Unix time.
    FailedLogin { at: i64 },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_from_its_name() {
        for kind in ALL_KINDS {
            assert_eq!(Kind::from_name(kind.as_str()), Some(kind));
            assert!(kind.as_str().len() <= 32, "the schema allows 32");
        }
        assert_eq!(Kind::from_name(&"k".repeat(300)), None);
        assert_eq!(Kind::from_name("Entry"), None);
    }
}
