//! A one-line text field. Its text is wiped from memory when it is cleared or
//! dropped, because it may hold a passphrase or a code.

use super::keys::Key;
use zeroize::Zeroizing;

/// Longer lines than this are refused as typed: no alias, code or passphrase
/// needs more, and it keeps a stuck key from filling memory.
const MAX_CHARS: usize = 200;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextField {
    text: Zeroizing<String>,
    /// Cursor position in characters, not bytes.
    cursor: usize,
}

impl Default for TextField {
    /// Room for the longest text up front, so the buffer never moves while she
    /// types and no partial copy of a passphrase is left behind unwiped.
    fn default() -> TextField {
        TextField {
            text: Zeroizing::new(String::with_capacity(MAX_CHARS * 4)),
            cursor: 0,
        }
    }
}

impl TextField {
    /// A field holding `text`, the cursor at its end (as if she had typed it).
    pub fn with_text(text: &str) -> TextField {
        let mut field = TextField::default();
        for c in text.chars() {
            field.edit(Key::Char(c));
        }
        field
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn chars(&self) -> usize {
        self.text.chars().count()
    }

    pub fn clear(&mut self) {
        *self = TextField::default();
    }

    /// Applies an editing key; returns false if the key is not an editing key.
    pub fn edit(&mut self, key: Key) -> bool {
        match key {
            Key::Char(c) if !c.is_control() || is_pasted_break(c) => {
                if self.chars() < MAX_CHARS {
                    // A pasted line break or tab is a space: in one line, it
                    // separates words and neither moves on nor submits.
                    let c = if is_pasted_break(c) { ' ' } else { c };
                    let at = self.byte_at(self.cursor);
                    self.text.insert(at, c);
                    self.cursor += 1;
                }
            }
            Key::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                let at = self.byte_at(self.cursor);
                self.text.remove(at);
            }
            Key::Delete if self.cursor < self.chars() => {
                let at = self.byte_at(self.cursor);
                self.text.remove(at);
            }
            Key::Left => self.cursor = self.cursor.saturating_sub(1),
            Key::Right => self.cursor = (self.cursor + 1).min(self.chars()),
            Key::Home => self.cursor = 0,
            Key::End => self.cursor = self.chars(),
            Key::Backspace | Key::Delete => {}
            _ => return false,
        }
        true
    }

    fn byte_at(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map_or(self.text.len(), |(i, _)| i)
    }
}

/// A line break or tab from a paste (typed, they are Enter and Tab).
fn is_pasted_break(c: char) -> bool {
    matches!(c, '\n' | '\t')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> TextField {
        TextField::with_text(s)
    }

    #[test]
    fn edits_by_character_not_byte() {
        let mut f = typed("Bu Ásih");
        f.edit(Key::Left);
        f.edit(Key::Left);
        f.edit(Key::Left);
        f.edit(Key::Backspace);
        assert_eq!(f.text(), "Bu sih");
        f.edit(Key::Home);
        f.edit(Key::Delete);
        f.edit(Key::End);
        f.edit(Key::Char('!'));
        assert_eq!(f.text(), "u sih!");
        assert!(!f.edit(Key::Enter));
    }

    #[test]
    fn a_pasted_line_break_or_tab_is_a_space() {
        let mut f = typed("a\tb\nc");
        assert_eq!(f.text(), "a b c");
        assert_eq!(f.cursor(), 5);
        // Other controls are still no text.
        assert!(!f.edit(Key::Char('\u{7}')));
        assert_eq!(f.text(), "a b c");
    }

    #[test]
    fn stops_at_the_limit() {
        let f = typed(&"a".repeat(MAX_CHARS + 50));
        assert_eq!(f.chars(), MAX_CHARS);
    }
}
