//! The payloads that live sealed in the vault. Each kind has a fixed name that is
//! stored in plaintext beside the ciphertext and bound into its associated data.
//!
//! Journal entries live in `domain::journal`, goals in `domain::goals`. The advice type is provisional: the issues that build those
//! features will grow them. They exist now so that the storage and the canary test
//! cover every kind of content from the start.

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
}

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
        }
    }
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
}

/// What she had typed into a goal form when the app locked: which form, by a
/// stable code, and the fields' text in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct FormDraft {
    pub form: String,
    pub values: Vec<String>,
}

/// What can arrive in her inbox while she is locked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum InboxItem {
    /// Someone typed a wrong passphrase for her alias, at this Unix time.
    FailedLogin { at: i64 },
    /// A mentor's advice, delivered while she was away.
    Advice(Advice),
}
