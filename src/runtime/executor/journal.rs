//! Her journal: entries, drafts and the reflection-prompt choice.

use super::{Executor, Ran, current, damage_of, release_memory};
use crate::app::effect::{JournalEffect, JournalOutcome, Outcome};
use crate::domain::journal::{Draft, DraftSlot, Entry};
use crate::vault::VaultError;

impl Executor {
    pub(super) fn journal(&mut self, effect: JournalEffect) -> Ran {
        let session = current(&self.session)?;
        let outcome = match effect {
            JournalEffect::Load => {
                let entries = self.vault.load_all::<Entry>(session)?;
                let drafts = self.vault.load_all::<Draft>(session)?;
                let mut damage = damage_of(&entries);
                damage.add(damage_of(&drafts));
                let (entries, drafts) = (entries.items, drafts.items);
                self.drafts = drafts.iter().map(|(id, d)| (d.slot(), *id)).collect();
                let (_, prefs) = self.vault.preferences(session)?;
                release_memory(&self.vault);
                JournalOutcome::Loaded {
                    entries,
                    drafts: drafts.into_iter().map(|(_, d)| d).collect(),
                    reflection_prompts: prefs.reflection_prompts,
                    on_this_day: prefs.on_this_day,
                    damage,
                }
            }
            JournalEffect::SaveEntry { id, entry, draft } => {
                let id = id.unwrap_or_else(crate::crypto::random_id);
                self.vault.save(session, &id, &entry)?;
                self.delete_drafts(|slot| *slot == draft)?;
                JournalOutcome::EntrySaved { id, entry }
            }
            JournalEffect::SaveDraft(draft) => {
                let id = *self
                    .drafts
                    .entry(draft.slot())
                    .or_insert_with(crate::crypto::random_id);
                self.vault.save(session, &id, &draft)?;
                return Ok(None);
            }
            JournalEffect::DeleteDraft(slot) => {
                self.delete_drafts(|s| *s == slot)?;
                return Ok(None);
            }
            JournalEffect::DeleteEntry(id) => {
                self.vault.delete(session, &id)?;
                // Any draft of the deleted entry goes too.
                self.delete_drafts(|(entry, _)| *entry == Some(id))?;
                JournalOutcome::EntryDeleted(id)
            }
            JournalEffect::SaveReflectionPrompts(on) => {
                self.change_preferences(|p| p.reflection_prompts = on)?;
                return Ok(None);
            }
            JournalEffect::SaveOnThisDay(on) => {
                self.change_preferences(|p| p.on_this_day = on)?;
                return Ok(None);
            }
        };
        Ok(Some(Outcome::Journal(outcome)))
    }

    /// Deletes the drafts whose slot matches, and only those.
    fn delete_drafts(&mut self, which: impl Fn(&DraftSlot) -> bool) -> Result<(), VaultError> {
        let session = current(&self.session)?;
        let doomed: Vec<DraftSlot> = self.drafts.keys().filter(|s| which(s)).copied().collect();
        for slot in doomed {
            if let Some(id) = self.drafts.remove(&slot) {
                self.vault.delete(session, &id)?;
            }
        }
        Ok(())
    }
}
