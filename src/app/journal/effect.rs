//! What the journal asks of the executor, and what comes back.

use crate::app::model::Damage;
use crate::domain::Id;
use crate::domain::journal::{Draft, DraftSlot, Entry};

pub enum JournalEffect {
    /// Open her entries and any unfinished draft.
    Load,
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
    SaveReflectionPrompts(bool),
    SaveOnThisDay(bool),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JournalOutcome {
    Loaded {
        entries: Vec<(Id, Entry)>,
        drafts: Vec<Draft>,
        reflection_prompts: bool,
        on_this_day: bool,
        /// Entries or drafts that didn't open, or came back after deleting.
        damage: Damage,
    },
    EntrySaved {
        id: Id,
        entry: Entry,
    },
    EntryDeleted(Id),
}
