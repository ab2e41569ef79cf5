//! The editor: the entry she is writing, its check-in rows, tags and prompt,
//! and the text widget that holds the body.

use crate::app::field::TextField;
use crate::app::keys::Key;
use crate::app::notice::{Notice, Tone};
use crate::domain::Id;
use crate::domain::journal::{CheckIn, Draft, Entry, MAX_BODY_CHARS};
use crate::i18n::Text;
use chrono::NaiveDate;
use ratatui_textarea::{CursorMove, Input, Key as EditKey, TextArea, WrapMode};
use zeroize::{Zeroize, Zeroizing};

/// The parts of the editor that take the keyboard, in Tab order: the order
/// they are shown in, from the top.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditorField {
    Date,
    Title,
    Tags,
    Body,
    Mood,
    Hope,
    Calm,
    Confidence,
}

impl EditorField {
    pub const ORDER: [EditorField; 8] = [
        EditorField::Date,
        EditorField::Title,
        EditorField::Tags,
        EditorField::Body,
        EditorField::Mood,
        EditorField::Hope,
        EditorField::Calm,
        EditorField::Confidence,
    ];

    /// Fields changed with ← and → rather than typed into.
    pub fn is_choice(self) -> bool {
        matches!(
            self,
            EditorField::Date
                | EditorField::Mood
                | EditorField::Hope
                | EditorField::Calm
                | EditorField::Confidence
        )
    }
}

pub struct Editor {
    /// The entry being changed, or none for a new one.
    pub entry_id: Option<Id>,
    pub date: NaiveDate,
    pub title: TextField,
    pub tags: TextField,
    pub check_in: CheckIn,
    pub body: TextArea<'static>,
    /// The writing prompt shown above the body, as a message id.
    pub prompt: Option<String>,
    pub focus: EditorField,
    pub created_at: i64,
    /// Changed since the last save or draft.
    pub dirty: bool,
    /// Changed since it was opened (so leaving asks first).
    pub changed: bool,
    /// When the draft was last sealed (monotonic milliseconds).
    pub drafted_ms: u64,
    /// The last key or paste met the size cap and some of it was refused.
    pub too_long: bool,
}

impl Editor {
    pub fn new_entry(
        today: NaiveDate,
        now_unix: i64,
        prompt: Option<String>,
        now_ms: u64,
    ) -> Editor {
        Editor::from_entry(
            None,
            &Entry {
                date: today,
                title: String::new(),
                body: String::new(),
                tags: vec![],
                check_in: CheckIn::default(),
                prompt,
                created_at: now_unix,
                modified_at: None,
            },
            now_ms,
        )
    }

    pub fn from_entry(entry_id: Option<Id>, entry: &Entry, now_ms: u64) -> Editor {
        let mut body = TextArea::new(entry.body.lines().map(str::to_string).collect());
        body.set_wrap_mode(WrapMode::WordOrGlyph);
        body.set_cursor_line_style(ratatui::style::Style::default());
        body.move_cursor(CursorMove::Bottom);
        body.move_cursor(CursorMove::End);
        Editor {
            entry_id,
            date: entry.date,
            title: TextField::with_text(&entry.title),
            tags: TextField::with_text(&entry.tags.join(", ")),
            check_in: entry.check_in.clone().sanitised(),
            body,
            prompt: entry.prompt.clone(),
            focus: EditorField::Body,
            created_at: entry.created_at,
            dirty: false,
            changed: false,
            drafted_ms: now_ms,
            too_long: false,
        }
    }

    pub fn from_draft(draft: &Draft, now_ms: u64) -> Editor {
        let mut editor = Editor::from_entry(draft.entry_id, &draft.entry, now_ms);
        editor.changed = true;
        editor
    }

    /// The entry as it stands now.
    pub fn entry(&self, modified_at: Option<i64>) -> Entry {
        Entry {
            date: self.date,
            title: self.title.text().trim().to_string(),
            body: self.body.lines().join("\n"),
            tags: crate::domain::journal::parse_tags(self.tags.text()),
            check_in: self.check_in.clone(),
            prompt: self.prompt.clone(),
            created_at: self.created_at,
            modified_at,
        }
    }

    pub fn slot(&self) -> crate::domain::journal::DraftSlot {
        (self.entry_id, self.created_at)
    }

    pub fn draft(&self) -> Draft {
        Draft {
            entry_id: self.entry_id,
            entry: self.entry(None),
        }
    }

    /// True when there is nothing worth keeping.
    pub fn is_blank(&self) -> bool {
        self.title.is_empty() && self.body.is_empty() && self.tags.is_empty()
    }

    /// Sends a key to the focused part; returns true if it changed the entry.
    pub fn key(&mut self, key: Key) -> bool {
        self.too_long = false;
        let changed = match self.focus {
            EditorField::Body => match key {
                Key::Char(c @ ('\n' | '\t')) => self.body_text(c.encode_utf8(&mut [0; 4])),
                _ => match edit_input(key) {
                    Some(input) => self.body_input(input),
                    None => false,
                },
            },
            EditorField::Title => self.title.edit(key) && is_change(key),
            EditorField::Tags => self.tags.edit(key) && is_change(key),
            EditorField::Date => match key {
                Key::Left => step_date(&mut self.date, -1),
                Key::Right => step_date(&mut self.date, 1),
                _ => false,
            },
            field => {
                let slot = match field {
                    EditorField::Mood => &mut self.check_in.mood,
                    EditorField::Hope => &mut self.check_in.hope,
                    EditorField::Calm => &mut self.check_in.calm,
                    _ => &mut self.check_in.confidence,
                };
                step_scale(slot, key)
            }
        };
        if changed {
            self.dirty = true;
            self.changed = true;
        }
        changed
    }

    /// Text typed or pasted into the body at once: the widget lays out the
    /// whole text again after each change, so a long paste goes in as one.
    pub fn insert_text(&mut self, text: &str) {
        self.too_long = false;
        if self.focus == EditorField::Body && self.body_text(text) {
            self.dirty = true;
            self.changed = true;
        }
    }

    /// Text into the body at the cursor: '\n' starts a new line, and a tab
    /// (only a paste has one) becomes spaces to the next tab stop, as the
    /// widget itself would lay it out. The body keeps plain lines, so the
    /// entry reads the same wherever it is shown. What passes the size cap
    /// is refused; what fits goes in.
    fn body_text(&mut self, text: &str) -> bool {
        let tab = usize::from(self.body.tab_length()).max(1);
        let text = expand_tabs(text, self.body.cursor().1, tab);
        let room = MAX_BODY_CHARS.saturating_sub(self.body_chars());
        let fits = match text.char_indices().nth(room) {
            Some((cut, _)) => {
                self.too_long = true;
                &text[..cut]
            }
            None => &text[..],
        };
        self.body.insert_str(fits)
    }

    /// One key into the body. An edit that makes it longer past the cap (a
    /// letter, or pasting back what was cut) is taken back whole. Deleting is
    /// always allowed, even in a text already past it (a forged draft).
    fn body_input(&mut self, input: Input) -> bool {
        let before = self.body_chars();
        if !self.body.input(input) {
            return false;
        }
        let after = self.body_chars();
        if after > MAX_BODY_CHARS && after > before {
            self.body.undo();
            self.too_long = true;
            return false;
        }
        true
    }

    /// The kind word for text refused at the cap, when the last key or paste
    /// met it. What she wrote stays.
    pub fn cap_notice(&self) -> Option<Notice> {
        self.too_long.then(|| Notice {
            text: Text::new("journal-too-long"),
            tone: Tone::Problem,
        })
    }

    /// The body's length as the saved entry counts it (lines joined by '\n').
    pub fn body_chars(&self) -> usize {
        let lines = self.body.lines();
        lines.iter().map(|l| l.chars().count()).sum::<usize>() + lines.len().saturating_sub(1)
    }

    pub fn next_field(&mut self, forward: bool) {
        let order = EditorField::ORDER;
        let at = order.iter().position(|f| *f == self.focus).unwrap_or(0);
        let n = order.len();
        self.focus = order[if forward {
            (at + 1) % n
        } else {
            (at + n - 1) % n
        }];
    }
}

impl Drop for Editor {
    /// Her words are wiped from the editor's lines. (The widget's undo history
    /// can't be reached from here; docs/security.md says so.)
    fn drop(&mut self) {
        let body = std::mem::take(&mut self.body);
        for mut line in body.into_lines() {
            line.zeroize();
        }
    }
}

/// `text` with each tab as spaces up to the next multiple of `tab` columns,
/// counted in characters from `column`. A copy of her words: wiped after.
fn expand_tabs(text: &str, mut column: usize, tab: usize) -> Zeroizing<String> {
    // Room for every tab up front, so no unwiped copy is left behind by growing.
    let room = text.len() + text.matches('\t').count() * tab;
    let mut out = Zeroizing::new(String::with_capacity(room));
    for c in text.chars() {
        match c {
            '\t' => {
                let spaces = tab - column % tab;
                out.extend(std::iter::repeat_n(' ', spaces));
                column += spaces;
            }
            '\n' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

fn is_change(key: Key) -> bool {
    matches!(key, Key::Char(_) | Key::Backspace | Key::Delete)
}

fn step_date(date: &mut NaiveDate, days: i64) -> bool {
    let next = if days < 0 {
        date.checked_sub_days(chrono::Days::new(days.unsigned_abs()))
    } else {
        date.checked_add_days(chrono::Days::new(days as u64))
    };
    match next {
        Some(d) => {
            *date = d;
            true
        }
        None => false,
    }
}

/// ← and → move along "not set, 1 … 5".
fn step_scale(slot: &mut Option<u8>, key: Key) -> bool {
    let next = match (key, *slot) {
        (Key::Right, None) => Some(1),
        (Key::Right, Some(v)) if v < 5 => Some(v + 1),
        (Key::Left, Some(1)) => None,
        (Key::Left, Some(v)) => Some(v - 1),
        (Key::Delete | Key::Backspace, Some(_)) => None,
        _ => return false,
    };
    *slot = next;
    true
}

/// Our keys as the text editor widget's input. Keys it shouldn't see (the
/// app's own, like Tab and F-keys) are not passed on.
fn edit_input(key: Key) -> Option<Input> {
    let plain = |key| Input {
        key,
        ctrl: false,
        alt: false,
        shift: false,
    };
    let ctrl = |key| Input {
        key,
        ctrl: true,
        alt: false,
        shift: false,
    };
    Some(match key {
        Key::Char(c) => plain(EditKey::Char(c)),
        Key::Ctrl(c) => ctrl(EditKey::Char(c)),
        Key::Alt(c) => Input {
            key: EditKey::Char(c),
            ctrl: false,
            alt: true,
            shift: false,
        },
        Key::Enter => plain(EditKey::Enter),
        Key::Backspace => plain(EditKey::Backspace),
        Key::Delete => plain(EditKey::Delete),
        Key::Left => plain(EditKey::Left),
        Key::Right => plain(EditKey::Right),
        Key::Up => plain(EditKey::Up),
        Key::Down => plain(EditKey::Down),
        Key::Home => plain(EditKey::Home),
        Key::End => plain(EditKey::End),
        Key::PageUp => plain(EditKey::PageUp),
        Key::PageDown => plain(EditKey::PageDown),
        Key::CtrlLeft => ctrl(EditKey::Left),
        Key::CtrlRight => ctrl(EditKey::Right),
        Key::CtrlUp => ctrl(EditKey::Up),
        Key::CtrlDown => ctrl(EditKey::Down),
        Key::F(_) | Key::Esc | Key::Tab | Key::BackTab => return None,
    })
}
