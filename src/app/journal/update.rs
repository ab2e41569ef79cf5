//! The journal's part of `update`: the list, search, filters, reading, the
//! editor with its drafts, prompts and the chart. Pure, like the rest.

use super::Editor;
use super::filters::change_filter;
use super::state::Journal;
use crate::app::effect::{Effect, JournalEffect, JournalOutcome};
use crate::app::keymap::Command;
use crate::app::keys::Key;
use crate::app::list::step;
use crate::app::model::*;
use crate::app::notice::Notice;
use crate::app::prompts;
use crate::app::scroll::Scroll;
use crate::i18n::Text;

/// Seconds of typing after which the draft is sealed again.
const DRAFT_EVERY_MS: u64 = 3_000;

/// Seals the draft every few seconds while she writes.
pub fn autosave(model: &mut Model) -> Vec<Effect> {
    let now = model.now.mono_ms;
    match &mut model.her.editor {
        Some(editor) if editor.dirty && now.saturating_sub(editor.drafted_ms) >= DRAFT_EVERY_MS => {
            editor.dirty = false;
            editor.drafted_ms = now;
            vec![Effect::Journal(JournalEffect::SaveDraft(editor.draft()))]
        }
        _ => vec![],
    }
}

/// A key that isn't a command, in the search field or the editor.
pub fn typed(model: &mut Model, key: Key) {
    match &model.screen {
        Screen::Journal(JournalScreen::List) => {
            if let Some(journal) = &mut model.her.journal
                && journal.query.edit(key)
            {
                journal.selected = 0;
                journal.refresh();
            }
        }
        Screen::Journal(JournalScreen::Editor) => {
            if let Some(editor) = &mut model.her.editor {
                editor.key(key);
            }
        }
        _ => {}
    }
}

pub fn new_entry(model: &mut Model, prompt: Option<String>) -> Vec<Effect> {
    let now = model.now;
    model.her.editor = Some(Editor::new_entry(
        now.today(),
        now.unix,
        prompt,
        now.mono_ms,
    ));
    model.screen = Screen::Journal(JournalScreen::Editor);
    model.notice = None;
    vec![]
}

fn close_editor(model: &mut Model) {
    model.her.editor = None;
    model.screen = Screen::Journal(JournalScreen::List);
}

fn save(model: &mut Model) -> Vec<Effect> {
    let Some(editor) = &model.her.editor else {
        return vec![];
    };
    if editor.is_blank() {
        model.notice = Some(Notice {
            text: Text::new("journal-nothing-to-save"),
            tone: Tone::Problem,
        });
        return vec![];
    }
    let modified_at = editor.entry_id.map(|_| model.now.unix);
    model.busy = true;
    vec![Effect::Journal(JournalEffect::SaveEntry {
        id: editor.entry_id,
        entry: editor.entry(modified_at),
        draft: editor.slot(),
    })]
}

pub fn confirmed(model: &mut Model, command: Command, confirm: JournalConfirm) -> Vec<Effect> {
    match (command, confirm) {
        (Command::Confirm, JournalConfirm::DeleteEntry { id }) => {
            vec![Effect::Journal(JournalEffect::DeleteEntry(id))]
        }
        (Command::Confirm, JournalConfirm::LeaveEditor) => save(model),
        (Command::Cancel, JournalConfirm::LeaveEditor) => {
            let slot = model.her.editor.as_ref().map(|e| e.slot());
            close_editor(model);
            slot.map(|s| Effect::Journal(JournalEffect::DeleteDraft(s)))
                .into_iter()
                .collect()
        }
        (Command::Confirm, JournalConfirm::DiscardDraft) => {
            if model.her.offered_drafts.is_empty() {
                return vec![];
            }
            let draft = model.her.offered_drafts.remove(0);
            if model.her.offered_drafts.is_empty() {
                model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
            }
            vec![Effect::Journal(JournalEffect::DeleteDraft(draft.slot()))]
        }
        _ => vec![],
    }
}

pub fn on_command(model: &mut Model, command: Command) -> Vec<Effect> {
    let Some(journal) = model.her.journal.as_mut() else {
        model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
        return vec![];
    };
    match (&mut model.screen, command) {
        (
            Screen::Journal(JournalScreen::List),
            Command::Up | Command::Down | Command::PageUp | Command::PageDown,
        ) => {
            let by = match command {
                Command::Up => -1,
                Command::Down => 1,
                Command::PageUp => -10,
                _ => 10,
            };
            let len = journal.visible_len();
            step(&mut journal.selected, len, by);
            vec![]
        }
        (Screen::Journal(JournalScreen::List), Command::Submit) if journal.searching => {
            journal.searching = false;
            vec![]
        }
        (Screen::Journal(JournalScreen::List), Command::Back) if journal.searching => {
            journal.searching = false;
            journal.query.clear();
            journal.refresh();
            vec![]
        }
        (Screen::Journal(JournalScreen::List), Command::Submit) => {
            if let Some((id, _)) = journal.selected_entry() {
                model.screen = Screen::Journal(JournalScreen::Read {
                    id: *id,
                    scroll: Scroll::default(),
                });
            }
            vec![]
        }
        (Screen::Journal(JournalScreen::List), Command::Search) => {
            journal.searching = true;
            vec![]
        }
        (Screen::Journal(JournalScreen::List), Command::NewEntry) => new_entry(model, None),
        (Screen::Journal(JournalScreen::List), Command::Filters) => {
            model.screen = Screen::Journal(JournalScreen::Filters { selected: 0 });
            vec![]
        }
        (Screen::Journal(JournalScreen::List), Command::ToggleOnThisDay) => {
            journal.show_on_this_day = !journal.show_on_this_day;
            model.notice = Notice::info(Text::new(if journal.show_on_this_day {
                "journal-on-this-day-on"
            } else {
                "journal-on-this-day-off"
            }));
            vec![Effect::Journal(JournalEffect::SaveOnThisDay(
                journal.show_on_this_day,
            ))]
        }
        (Screen::Journal(JournalScreen::List), Command::Chart) => {
            model.screen = Screen::Journal(JournalScreen::Chart { days: 30 });
            vec![]
        }
        (Screen::Journal(JournalScreen::List), Command::Prompts) => {
            model.screen = Screen::Journal(JournalScreen::Prompts {
                set: None,
                selected: 0,
            });
            vec![]
        }
        (
            Screen::Journal(JournalScreen::Read { scroll, .. }),
            Command::Up
            | Command::Down
            | Command::PageUp
            | Command::PageDown
            | Command::Top
            | Command::Bottom,
        ) => {
            scroll.apply(command);
            vec![]
        }
        (Screen::Journal(JournalScreen::Read { id, .. }), Command::Edit) => {
            let id = *id;
            if let Some(entry) = journal.get(&id) {
                model.her.editor = Some(Editor::from_entry(Some(id), entry, model.now.mono_ms));
                model.screen = Screen::Journal(JournalScreen::Editor);
            }
            vec![]
        }
        (Screen::Journal(JournalScreen::Read { id, .. }), Command::Delete) => {
            model.overlay = Some(Overlay::Confirm(Confirm::Journal(
                JournalConfirm::DeleteEntry { id: *id },
            )));
            vec![]
        }
        (Screen::Journal(JournalScreen::Editor), Command::Save) => save(model),
        (Screen::Journal(JournalScreen::Editor), Command::NextField | Command::PrevField) => {
            if let Some(editor) = &mut model.her.editor {
                editor.next_field(command == Command::NextField);
            }
            vec![]
        }
        (Screen::Journal(JournalScreen::Editor), Command::Back) => {
            match &model.her.editor {
                Some(editor) if editor.changed && !editor.is_blank() => {
                    model.overlay = Some(Overlay::Confirm(Confirm::Journal(
                        JournalConfirm::LeaveEditor,
                    )));
                }
                // Emptied by her: nothing to keep, and no old draft either.
                Some(editor) if editor.changed => {
                    let slot = editor.slot();
                    close_editor(model);
                    return vec![Effect::Journal(JournalEffect::DeleteDraft(slot))];
                }
                _ => close_editor(model),
            }
            vec![]
        }
        (
            Screen::Journal(JournalScreen::Prompts { set, selected }),
            Command::Up | Command::Down,
        ) => {
            let len = match set {
                None => prompts::sets(journal.reflection_prompts).len(),
                Some(i) => prompts::sets(journal.reflection_prompts)[*i].prompts.len(),
            };
            step(selected, len, if command == Command::Up { -1 } else { 1 });
            vec![]
        }
        (
            Screen::Journal(JournalScreen::Prompts {
                set: None,
                selected,
            }),
            Command::Submit,
        ) => {
            model.screen = Screen::Journal(JournalScreen::Prompts {
                set: Some(*selected),
                selected: 0,
            });
            vec![]
        }
        (
            Screen::Journal(JournalScreen::Prompts {
                set: Some(i),
                selected,
            }),
            Command::Submit,
        ) => {
            let prompt = prompts::sets(journal.reflection_prompts)[*i].prompts[*selected];
            new_entry(model, Some(prompt.to_string()))
        }
        (Screen::Journal(JournalScreen::Prompts { set: Some(i), .. }), Command::Back) => {
            model.screen = Screen::Journal(JournalScreen::Prompts {
                set: None,
                selected: *i,
            });
            vec![]
        }
        (
            Screen::Journal(JournalScreen::Prompts {
                set: None,
                selected,
            }),
            Command::Back,
        ) => {
            let _ = selected;
            model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
            vec![]
        }
        (Screen::Journal(JournalScreen::Prompts { set, selected }), Command::ToggleReflection) => {
            journal.reflection_prompts = !journal.reflection_prompts;
            *set = None;
            *selected = 0;
            vec![Effect::Journal(JournalEffect::SaveReflectionPrompts(
                journal.reflection_prompts,
            ))]
        }
        (Screen::Journal(JournalScreen::Filters { selected }), Command::Up | Command::Down) => {
            step(
                selected,
                FilterItem::ALL.len(),
                if command == Command::Up { -1 } else { 1 },
            );
            vec![]
        }
        (Screen::Journal(JournalScreen::Filters { selected }), Command::Left | Command::Right) => {
            let forward = command == Command::Right;
            let item = FilterItem::ALL[*selected];
            change_filter(
                journal,
                &mut model.her.period,
                model.now.today(),
                item,
                forward,
            );
            vec![]
        }
        (Screen::Journal(JournalScreen::Filters { .. }), Command::ClearFilters) => {
            journal.filter = Default::default();
            model.her.period = 0;
            journal.refresh();
            vec![]
        }
        (
            Screen::Journal(JournalScreen::Filters { .. })
            | Screen::Journal(JournalScreen::Chart { .. })
            | Screen::Journal(JournalScreen::Read { .. }),
            Command::Back,
        ) => {
            model.screen = Screen::Journal(JournalScreen::List);
            vec![]
        }
        (Screen::Journal(JournalScreen::Chart { days }), Command::Right) => {
            *days = if *days == 30 { 90 } else { 30 };
            vec![]
        }
        (Screen::Journal(JournalScreen::List), Command::Back) => {
            model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
            vec![]
        }
        (Screen::Journal(JournalScreen::DraftOffer), Command::Submit) => {
            if !model.her.offered_drafts.is_empty() {
                let draft = model.her.offered_drafts.remove(0);
                model.her.editor = Some(Editor::from_draft(&draft, model.now.mono_ms));
                model.screen = Screen::Journal(JournalScreen::Editor);
            }
            vec![]
        }
        (Screen::Journal(JournalScreen::DraftOffer), Command::Delete) => {
            model.overlay = Some(Overlay::Confirm(Confirm::Journal(
                JournalConfirm::DiscardDraft,
            )));
            vec![]
        }
        (Screen::Journal(JournalScreen::DraftOffer), Command::Back) => {
            model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
            vec![]
        }
        _ => vec![],
    }
}

pub fn on_outcome(model: &mut Model, outcome: JournalOutcome) -> Vec<Effect> {
    match outcome {
        JournalOutcome::Loaded {
            entries,
            mut drafts,
            reflection_prompts,
            on_this_day,
            damage,
        } => {
            model.her.damage.add(damage);
            let mut journal = Journal::new(entries, reflection_prompts);
            journal.show_on_this_day = on_this_day;
            model.her.journal = Some(journal);
            // The most recently begun first.
            drafts.sort_by_key(|d| std::cmp::Reverse(d.entry.created_at));
            if !drafts.is_empty() && matches!(model.screen, Screen::Home(HomeScreen::Menu { .. })) {
                model.screen = Screen::Journal(JournalScreen::DraftOffer);
            }
            model.her.offered_drafts = drafts;
        }
        JournalOutcome::EntrySaved { id, entry } => {
            if let Some(journal) = &mut model.her.journal {
                journal.put(id, entry);
            }
            model.her.editor = None;
            model.screen = Screen::Journal(JournalScreen::List);
            model.notice = Notice::info(Text::new("journal-saved"));
        }
        JournalOutcome::EntryDeleted(id) => {
            if let Some(journal) = &mut model.her.journal {
                journal.remove(&id);
            }
            model.screen = Screen::Journal(JournalScreen::List);
            model.notice = Notice::info(Text::new("journal-deleted"));
        }
    }
    vec![]
}
