//! The editor's part of `update`: opening it, typing, saving, leaving, and
//! the drafts it seals on the way. Pure, like the rest.

use super::screen::CameFrom;
use super::{Editor, EditorField};
use crate::app::effect::{Effect, JournalEffect};
use crate::app::home::back::back_home;
use crate::app::keymap::Command;
use crate::app::keys::Key;
use crate::app::model::*;
use crate::app::scroll::Scroll;
use crate::domain::journal::Draft;

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

/// A key that isn't a command, for the part of the editor that has focus.
/// Her entry's date goes no later than today: an entry is about a day lived.
pub fn typed(model: &mut Model, key: Key) {
    let today = model.now.today();
    if let Some(editor) = &mut model.her.editor {
        if editor.focus == EditorField::Date && key == Key::Right && editor.date >= today {
            return;
        }
        editor.key(key);
        model.notice = editor.cap_notice().or(model.notice.take());
    }
}

/// A new entry, with a prompt she chose or none.
pub fn new_entry(model: &mut Model, prompt: Option<String>, from: CameFrom) -> Vec<Effect> {
    let now = model.now;
    let editor = Editor::new_entry(now.today(), now.unix, prompt, now.mono_ms);
    open(model, editor, from);
    model.notice = None;
    vec![]
}

pub fn open(model: &mut Model, editor: Editor, from: CameFrom) {
    model.her.editor = Some(editor);
    model.screen = Screen::Journal(JournalScreen::Editor { from });
}

/// The first draft offered back, in the editor. She was offered it on her home.
pub fn continue_draft(model: &mut Model, draft: &Draft) {
    let editor = Editor::from_draft(draft, model.now.mono_ms);
    open(model, editor, CameFrom::Home { prompt: false });
}

/// Leaves without saving, back to where she opened the editor.
pub fn close(model: &mut Model) {
    model.her.editor = None;
    let from = match model.screen {
        Screen::Journal(JournalScreen::Editor { from }) => from,
        _ => CameFrom::List,
    };
    match from {
        CameFrom::Home { prompt: false } => back_home(model, MenuItem::Write),
        CameFrom::Home { prompt: true } => back_home(model, MenuItem::WriteWithPrompt),
        CameFrom::List => model.screen = Screen::Journal(JournalScreen::List),
        CameFrom::Read(id) => {
            model.screen = Screen::Journal(JournalScreen::Read {
                id,
                scroll: Scroll::default(),
            })
        }
    }
}

pub fn save(model: &mut Model) -> Vec<Effect> {
    let Some(editor) = &model.her.editor else {
        return vec![];
    };
    if editor.is_blank() {
        model.notice = Notice::problem("journal-nothing-to-save");
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

/// `n` to the question on leaving: her changes are thrown away.
pub fn discard(model: &mut Model) -> Vec<Effect> {
    let slot = model.her.editor.as_ref().map(|e| e.slot());
    close(model);
    slot.map(|s| Effect::Journal(JournalEffect::DeleteDraft(s)))
        .into_iter()
        .collect()
}

pub fn on_command(model: &mut Model, command: Command) -> Vec<Effect> {
    match command {
        Command::Save => return save(model),
        Command::NextField | Command::PrevField => {
            if let Some(editor) = &mut model.her.editor {
                editor.next_field(command == Command::NextField);
            }
        }
        Command::Back => match &model.her.editor {
            Some(editor) if editor.changed && !editor.is_blank() => {
                model.overlay = Some(Overlay::Confirm(Confirm::Journal(
                    JournalConfirm::LeaveEditor,
                )));
            }
            // Emptied by her: nothing to keep, and no old draft either.
            Some(editor) if editor.changed => return discard(model),
            _ => close(model),
        },
        _ => {}
    }
    vec![]
}
