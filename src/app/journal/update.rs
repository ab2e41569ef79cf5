//! The journal's part of `update`: the list, search, filters, reading, the
//! editor with its drafts, prompts and the chart. Pure, like the rest.

use super::Editor;
use super::filters::change_filter;
use super::screen::CameFrom;
use super::state::Journal;
use super::write;
pub use super::write::{autosave, new_entry};
use crate::app::effect::{Effect, JournalEffect, JournalOutcome};
use crate::app::home::back::back_home;
use crate::app::keymap::Command;
use crate::app::keys::Key;
use crate::app::list::step;
use crate::app::model::*;
use crate::app::notice::Notice;
use crate::app::prompts;
use crate::app::scroll::Scroll;
use crate::i18n::Text;

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
        Screen::Journal(JournalScreen::Editor { .. }) => write::typed(model, key),
        _ => {}
    }
}

pub fn confirmed(model: &mut Model, command: Command, confirm: JournalConfirm) -> Vec<Effect> {
    match (command, confirm) {
        (Command::Confirm, JournalConfirm::DeleteEntry { id }) => {
            vec![Effect::Journal(JournalEffect::DeleteEntry(id))]
        }
        (Command::Confirm, JournalConfirm::LeaveEditor) => write::save(model),
        (Command::Cancel, JournalConfirm::LeaveEditor) => write::discard(model),
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
    if let Screen::Journal(JournalScreen::Editor { .. }) = model.screen {
        return write::on_command(model, command);
    }
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
        (Screen::Journal(JournalScreen::List), Command::NewEntry) => {
            new_entry(model, None, CameFrom::List)
        }
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
                from: CameFrom::List,
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
                let editor = Editor::from_entry(Some(id), entry, model.now.mono_ms);
                write::open(model, editor, CameFrom::Read(id));
            }
            vec![]
        }
        (Screen::Journal(JournalScreen::Read { id, .. }), Command::Delete) => {
            model.overlay = Some(Overlay::Confirm(Confirm::Journal(
                JournalConfirm::DeleteEntry { id: *id },
            )));
            vec![]
        }
        (
            Screen::Journal(JournalScreen::Prompts { set, selected, .. }),
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
                from,
            }),
            Command::Submit,
        ) => {
            model.screen = Screen::Journal(JournalScreen::Prompts {
                set: Some(*selected),
                selected: 0,
                from: *from,
            });
            vec![]
        }
        (
            Screen::Journal(JournalScreen::Prompts {
                set: Some(i),
                selected,
                from,
            }),
            Command::Submit,
        ) => {
            let prompt = prompts::sets(journal.reflection_prompts)[*i].prompts[*selected];
            let from = *from;
            new_entry(model, Some(prompt.to_string()), from)
        }
        (
            Screen::Journal(JournalScreen::Prompts {
                set: Some(i), from, ..
            }),
            Command::Back,
        ) => {
            model.screen = Screen::Journal(JournalScreen::Prompts {
                set: None,
                selected: *i,
                from: *from,
            });
            vec![]
        }
        (
            Screen::Journal(JournalScreen::Prompts {
                set: None,
                from: CameFrom::List,
                ..
            }),
            Command::Back,
        ) => {
            model.screen = Screen::Journal(JournalScreen::List);
            vec![]
        }
        (Screen::Journal(JournalScreen::Prompts { set: None, .. }), Command::Back) => {
            back_home(model, MenuItem::WriteWithPrompt);
            vec![]
        }
        (
            Screen::Journal(JournalScreen::Prompts { set, selected, .. }),
            Command::ToggleReflection,
        ) => {
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
            back_home(model, MenuItem::Journal);
            vec![]
        }
        (Screen::Journal(JournalScreen::DraftOffer), Command::Submit) => {
            if !model.her.offered_drafts.is_empty() {
                let draft = model.her.offered_drafts.remove(0);
                write::continue_draft(model, &draft);
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
            // Back to the entry she was reading, now with her changes; from
            // anywhere else, to the list, where the new entry is.
            model.screen = match model.screen {
                Screen::Journal(JournalScreen::Editor {
                    from: CameFrom::Read(read),
                }) if read == id => Screen::Journal(JournalScreen::Read {
                    id,
                    scroll: Scroll::default(),
                }),
                _ => Screen::Journal(JournalScreen::List),
            };
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
