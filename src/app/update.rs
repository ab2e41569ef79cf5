//! The one place where the model changes. Pure: no terminal, clock or disk.
//! Time arrives inside actions; work on the vault leaves as effects.
//!
//! This file only routes: keys that mean the same everywhere (quick hide,
//! quit, help), questions on top, and then each screen's feature.

use super::effect::{Effect, Outcome};
use super::form::FormFamily;
use super::journal::EditorField;
use super::keymap::{Command, Mode, lookup};
use super::keys::Key;
use super::lock::{idle_too_long, lock};
use super::model::*;
use super::{admin, auth, goals, home, journal};

pub enum Action {
    Key {
        key: Key,
        at: Moment,
    },
    /// Keys that were waiting together (typed fast, or pasted), in order.
    Keys {
        keys: Vec<Key>,
        at: Moment,
    },
    /// The terminal's size, at start and whenever it changes.
    Resize {
        width: u16,
        height: u16,
    },
    /// The clock moved on (the runtime sends this a few times a second).
    Tick(Moment),
    Done(Outcome),
}

pub fn update(model: &mut Model, action: Action) -> Vec<Effect> {
    let mut effects = route(model, action);
    // Whatever brought a passphrase form on screen, it gets its suggestion.
    effects.extend(auth::update::ask_for_suggestion(model));
    effects
}

fn route(model: &mut Model, action: Action) -> Vec<Effect> {
    match action {
        Action::Key { key, at } => {
            model.now = at;
            model.last_input = at;
            // Steady typing leaves no idle moment for a tick: seal drafts here too.
            let mut effects = journal::update::autosave(model);
            // A notice stays until she moves on; in forms it explains the field
            // she is correcting, so it stays there until the next submit.
            if !model.mode().takes_text() || model.mode() == Mode::Search {
                model.notice = None;
            }
            effects.extend(on_key(model, key));
            effects
        }
        Action::Keys { keys, at } => {
            let mut effects = Vec::new();
            let mut rest = &keys[..];
            while let Some(&key) = rest.first()
                && !model.quit
            {
                let run = text_run(model, rest);
                if run > 1 {
                    model.now = at;
                    model.last_input = at;
                    effects.extend(journal::update::autosave(model));
                    insert_text(model, &rest[..run]);
                    rest = &rest[run..];
                } else {
                    effects.extend(update(model, Action::Key { key, at }));
                    rest = &rest[1..];
                }
            }
            effects
        }
        Action::Resize { width, height } => {
            model.too_small = width < MIN_WIDTH || height < MIN_HEIGHT;
            vec![]
        }
        Action::Tick(now) => {
            model.now = now;
            auth::update::tick(model);
            if idle_too_long(model) {
                lock(model)
            } else {
                journal::update::autosave(model)
            }
        }
        Action::Done(outcome) => {
            model.busy = false;
            on_outcome(model, outcome)
        }
    }
}

fn on_key(model: &mut Model, key: Key) -> Vec<Effect> {
    let mode = model.mode();
    let command = lookup(mode, key);
    // Nothing she can't see may happen: a too-small window only hides or quits.
    if model.too_small && !matches!(command, Some(Command::QuickHide | Command::Quit)) {
        return vec![];
    }
    let Some(command) = command else {
        // Help or a question on top hides the field underneath: don't type into it.
        if !model.busy && model.overlay.is_none() {
            typed(model, mode, key);
        }
        return vec![];
    };
    match command {
        Command::QuickHide => return lock(model),
        Command::Quit => {
            model.quit = true;
            return lock(model);
        }
        Command::Help => {
            model.overlay = Some(Overlay::Help);
            return vec![];
        }
        // Ctrl+C quits many programs: here it only says how to leave, so
        // nothing half-written goes by accident.
        Command::QuitHint => {
            let keys = super::keymap::keys_for(mode, Command::Quit);
            model.notice = Notice::info(crate::i18n::Text::with("quit-hint", vec![("keys", keys)]));
            return vec![];
        }
        _ if model.busy => return vec![],
        _ => {}
    }
    match model.overlay.take() {
        Some(Overlay::Help) => vec![],
        Some(Overlay::Confirm(confirm)) => confirmed(model, command, confirm),
        None => on_command(model, command),
    }
}

/// How many of `keys`, from the first, are plain text for the editor's body
/// (letters and Enter, nothing that is a command), to go in at once.
fn text_run(model: &Model, keys: &[Key]) -> usize {
    let writing = model.mode() == Mode::Editor
        && !model.busy
        && !model.too_small
        && model.overlay.is_none()
        && model
            .her
            .editor
            .as_ref()
            .is_some_and(|e| e.focus == EditorField::Body);
    if !writing {
        return 0;
    }
    keys.iter()
        .take_while(|&&k| {
            matches!(k, Key::Char(_) | Key::Enter) && lookup(Mode::Editor, k).is_none()
        })
        .count()
}

/// Inserts a run of text keys (see `text_run`) into the editor's body.
fn insert_text(model: &mut Model, keys: &[Key]) {
    let text: String = keys
        .iter()
        .filter_map(|k| match k {
            Key::Char(c) => Some(*c),
            Key::Enter => Some('\n'),
            _ => None,
        })
        .collect();
    if let Some(editor) = &mut model.her.editor {
        editor.insert_text(&text);
        model.notice = editor.cap_notice().or(model.notice.take());
    }
}

/// A key that is not a command: text for the field that has the keyboard.
fn typed(model: &mut Model, mode: Mode, key: Key) {
    match mode {
        Mode::Search | Mode::Editor => journal::update::typed(model, key),
        _ => {
            // A notice about what she typed is stale once she changes it.
            if let Screen::Form(form) = &mut model.screen
                && form.fields[form.focus].value.edit(key)
            {
                model.notice = None;
            }
        }
    }
}

/// An answer to the question on top, handed to the feature that asked it.
fn confirmed(model: &mut Model, command: Command, confirm: Confirm) -> Vec<Effect> {
    match confirm {
        Confirm::Admin(c) if command == Command::Confirm => admin::update::confirmed(model, c),
        Confirm::Admin(_) => vec![],
        Confirm::Journal(c) => journal::update::confirmed(model, command, c),
        Confirm::Goals(c) => goals::update::confirmed(model, command, c),
    }
}

fn on_command(model: &mut Model, command: Command) -> Vec<Effect> {
    match &model.screen {
        Screen::Form(_) => on_form(model, command),
        Screen::Auth(_) => auth::update::on_command(model, command),
        Screen::Home(_) => home::update::on_command(model, command),
        Screen::Admin(_) => admin::update::on_command(model, command),
        Screen::Journal(_) => journal::update::on_command(model, command),
        Screen::Goals(_) => goals::update::on_command(model, command),
    }
}

/// Moving between fields is the same in every form; the last Enter and going
/// back belong to the form's feature.
fn on_form(model: &mut Model, command: Command) -> Vec<Effect> {
    let Screen::Form(form) = &mut model.screen else {
        return vec![];
    };
    let family = form.purpose.family();
    let purpose = form.purpose;
    match command {
        Command::NextField => form.focus = (form.focus + 1) % form.fields.len(),
        Command::PrevField => {
            form.focus = (form.focus + form.fields.len() - 1) % form.fields.len();
        }
        Command::Submit if form.focus + 1 < form.fields.len() => form.focus += 1,
        Command::Submit => {
            model.notice = None;
            return match family {
                FormFamily::Auth => auth::update::submit(model, purpose),
                FormFamily::Admin => admin::update::submit(model, purpose),
                FormFamily::Goals => goals::submit::submit(model, purpose),
            };
        }
        Command::Back => {
            model.notice = None;
            return match family {
                FormFamily::Auth => {
                    auth::update::back(model, purpose);
                    vec![]
                }
                FormFamily::Admin => admin::update::back(model, purpose),
                FormFamily::Goals => goals::update::back(model, purpose),
            };
        }
        _ => return auth::update::on_command(model, command),
    }
    vec![]
}

fn on_outcome(model: &mut Model, outcome: Outcome) -> Vec<Effect> {
    match outcome {
        Outcome::Auth(o) => auth::update::on_outcome(model, o),
        Outcome::Admin(o) => admin::update::on_outcome(model, o),
        Outcome::Journal(o) => journal::update::on_outcome(model, o),
        Outcome::Goals(o) => goals::update::on_outcome(model, o),
        Outcome::Refused { text, wait_seconds } => {
            auth::update::refused(model, text, wait_seconds);
            vec![]
        }
        Outcome::Done => admin::update::done(model),
    }
}
